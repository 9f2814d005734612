"""Retention the organisation sets (issue 15 item 3): the guide's [retention], the files due
for review, and a hold that blocks erasure."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from tests.support.guide_samples import VALID_GUIDE, write_guide
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.domain.retention import ErasureRefused
from intakecompanion.guide.loader import parse_guide, validate
from intakecompanion.guide.model import Retention, organisation_retention
from intakecompanion.guide.snapshot import guide_from_snapshot, guide_to_snapshot


def _with_retention(lines: str) -> str:
    return VALID_GUIDE.replace("[nl]\n", f"[retention]\n{lines}\n\n[nl]\n", 1)


@pytest.mark.parametrize(
    ("lines", "rule"),
    [
        ("keep = 10", Retention(10, True)),
        ('keep = "permanent"\nmay_erase = false', Retention(None, False)),
    ],
)
def test_a_guide_states_the_rule_and_keeps_it_in_its_snapshot(lines: str, rule: Retention) -> None:
    guide, problems = parse_guide(_with_retention(lines))
    assert problems == [] and guide is not None and guide.retention == rule
    assert guide_from_snapshot(guide_to_snapshot(guide)).retention == rule


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ("keep = 0", "bad_retention_keep"),
        ("keep = 10.5", "bad_retention_keep"),
        ('keep = "forever"', "bad_retention_keep"),
        ("may_erase = false", "bad_retention_keep"),  # keep is required
        ('keep = 5\nmay_erase = "no"', "bad_retention_may_erase"),
        ("keep = 5\nyears = 5", "unknown_key"),
    ],
)
def test_check_guide_names_a_wrong_retention_with_its_line(
    lines: str, code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_guide(tmp_path, "g.toml", _with_retention(lines))
    assert [p.code for p in validate(path)] == [code]
    assert main(["--lang", "nl", "check-guide", str(path)]) == 1
    said = capsys.readouterr().out
    assert ", regel " in said.splitlines()[0]


def test_the_organisation_rule_keeps_longest_and_erases_only_if_all_allow() -> None:
    base, _ = parse_guide(VALID_GUIDE)
    assert base is not None
    ten, five = (parse_guide(_with_retention(f"keep = {n}"))[0] for n in (10, 5))
    never, _ = parse_guide(_with_retention("keep = 3\nmay_erase = false"))
    assert organisation_retention([base]) is None
    assert organisation_retention([base, ten, five]) == Retention(10, True)  # type: ignore[list-item]
    assert organisation_retention([five, never]) == Retention(5, False)  # type: ignore[list-item]


class Clock:
    now = STARTED_AT

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, Clock())
    yield casebook
    casebook.vault.close()


def _client(book: Casebook, name: str, when: datetime) -> int:
    book._clock.now = when  # type: ignore[attr-defined]
    client_id = book.add_client(name).id
    book.start_conversation(client_id, ConversationKind.INTAKE, "intake", "1.0", guide_snapshot())
    return client_id


def test_files_past_their_period_are_listed_for_review_and_nothing_is_erased(
    book: Casebook,
) -> None:
    old = _client(book, "Oud Dossier", datetime(2015, 3, 1, 10, 0).astimezone())
    _client(book, "Recent Dossier", datetime(2024, 6, 1, 10, 0).astimezone())
    book.add_client("Zonder Gesprek")  # created at 2024-06-01 by the clock: not due
    today = date(2026, 3, 2)
    overview = book.coach_overview(today, retention=Retention(10, True))
    assert [(f.client_id, f.due_on, f.hold) for f in overview.files_due] == [
        (old, date(2025, 3, 1), None)
    ]
    assert book.coach_overview(today).files_due == ()  # no rule: nothing listed
    assert book.coach_overview(today, retention=Retention(None, False)).files_due == ()
    assert book.coach_overview(today, retention=Retention(12, True)).files_due == ()
    assert len(book.clients()) == 3


def test_a_held_file_cannot_be_erased_until_the_hold_is_lifted(book: Casebook) -> None:
    client_id = _client(book, "Noor Vermeulen", STARTED_AT)
    hold = book.place_hold(client_id, "Lopende procedure bij de jeugdrechter")
    assert book.hold(client_id) == hold
    with pytest.raises(ErasureRefused) as refused:
        book.delete_client(client_id)
    assert refused.value.hold == hold
    assert book.coach_overview(
        STARTED_AT.date().replace(year=2040), retention=Retention(1, True)
    ).files_due[0].hold == ("Lopende procedure bij de jeugdrechter")
    book.lift_hold(client_id)
    with pytest.raises(ErasureRefused) as refused:
        book.delete_client(client_id, retention=Retention(None, False))  # the rule forbids it
    assert refused.value.hold is None
    book.client(client_id)  # still there
    book.delete_client(client_id)
    assert book.clients() == []
    assert book.vault.db.execute("SELECT count(*) FROM client_holds").fetchone()[0] == 0
