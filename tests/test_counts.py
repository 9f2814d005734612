"""Anonymous counts (issue 16): numbers only, by whole months, small counts suppressed, the
same columns every time, and no typed text in the file."""

from __future__ import annotations

import csv
import io
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.support.trajectory_data import MARK, Clock, build_trajectory, fill_profile

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.counts import (
    COLUMNS,
    Counts,
    count_period,
    counts_csv,
    parse_month,
    published,
)
from intakecompanion.domain.model import ArchiveCopy, StepOwner, StepStatus
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault, create_vault, unlock

PASSPHRASE = "tel maar mee 42 keer"
MARCH = datetime(2026, 3, 2, 10, 0).astimezone()
FEBRUARY_END = datetime(2026, 2, 23, 10, 0).astimezone()
COUNTED = [c for c in COLUMNS[2:] if c != "follow_up_rate_percent"]  # the plain counts
DOC = Path(__file__).resolve().parents[1] / "docs" / "counts.md"


def two_clients(vault: Vault) -> Casebook:
    """Client 0 starts on 2 March (intake + 2 follow-ups); client 1 on 23 February (intake in
    February, its follow-up on 2 March). See support/trajectory_data.py for what each holds."""
    clock = Clock()
    book = Casebook(vault, clock=clock)
    built = build_trajectory(book, clock, 0, conversations=3, start=MARCH)
    build_trajectory(book, clock, 1, conversations=2, start=FEBRUARY_END)
    # A promise of the coach kept in time: due on 20 March, done on the 18th.
    clock.at(MARCH + timedelta(days=14))
    last = built.conversation_ids[-1]
    book.reopen_conversation(last)  # a finished conversation takes no new step until reopened
    step = book.add_step(last, "x", StepOwner.COACH, MARCH.date().replace(day=20))
    clock.at(MARCH + timedelta(days=16))
    book.set_step_status(step.id, StepStatus.DONE, last)
    book.finish_conversation(last)
    return book


def test_a_known_trajectory_gives_the_expected_numbers(vault: Vault) -> None:
    two_clients(vault)
    march = count_period(vault, "2026-03", "2026-03")
    assert march.values == {
        "conversations_intake": 1,
        "conversations_follow_up": 3,
        "clients_seen": 2,
        "new_clients": 1,  # client 1 was seen in February already
        "steps_set": 5,
        "steps_done": 4,
        "steps_dropped": 0,
        # 7 March (done on the 9th, late), 20 March (in time) and one to do together (open)
        "coach_promises_due": 3,
        "coach_promises_kept_in_time": 1,
        "consents_given": 2,
        "consents_refused": 2,
        "consents_withdrawn": 1,
        "appointments_kept": 3,
        "appointments_missed": 2,
        "appointments_moved": 2,
        "appointments_cancelled": 0,
        "files_erased": 0,
        "files_erased_after_archive_copy": 0,
    }
    assert (march.intake_clients, march.followed_up) == (1, 1)
    both = count_period(vault, "2026-02", "2026-03")
    assert both.values["new_clients"] == 2 and both.values["conversations_intake"] == 2
    assert both.values["coach_promises_due"] == 4
    assert (both.intake_clients, both.followed_up) == (2, 2)
    assert count_period(vault, "2026-03", "2026-02") == both  # the months in either order
    assert set(count_period(vault, "2025-01", "2025-12").values.values()) == {0}


def test_erasures_count_in_their_month_with_those_after_an_archive_copy(vault: Vault) -> None:
    clock = Clock()
    book = Casebook(vault, clock=clock)
    clock.at(MARCH)
    for number in range(3):
        client = book.add_client(f"Gewist {number}")
        archive = None
        if number:
            names = (f"kopie-dossier-{client.id}-2026-03-02.pdf",)
            archive = ArchiveCopy(MARCH, names)
        book.delete_client(client.id, archive=archive)
    march = count_period(vault, "2026-03", "2026-03").values
    assert (march["files_erased"], march["files_erased_after_archive_copy"]) == (3, 2)
    assert count_period(vault, "2026-04", "2026-04").values["files_erased"] == 0


def test_small_counts_are_written_as_under_five(vault: Vault) -> None:
    two_clients(vault)
    row = published(count_period(vault, "2026-03", "2026-03"))
    assert row["period_from"] == row["period_to"] == "2026-03"
    counts = {k: v for k, v in row.items() if k not in ("period_from", "period_to")}
    assert counts.pop("steps_set") == "5"  # 5 itself is shown
    assert set(counts.values()) == {"<5", "-"}
    assert counts["appointments_cancelled"] == "<5"  # zero is a count under 5 too
    assert counts["follow_up_rate_percent"] == "-"


def raw(**values: int) -> Counts:
    base = dict.fromkeys(COUNTED, 50)
    base.update(values)
    return Counts("2026-01", "2026-06", base, 0, 0)


@pytest.mark.parametrize(
    ("whole", "part", "shown"),
    [(12, 9, "-"), (14, 9, "9"), (9, 9, "-"), (20, 6, "6"), (6, 3, "<5"), (3, 3, "<5")],
)
def test_a_part_of_a_shown_whole_is_hidden_when_the_rest_is_small(
    whole: int, part: int, shown: str
) -> None:
    row = published(raw(clients_seen=whole, new_clients=part))
    assert row["new_clients"] == shown
    assert row["clients_seen"] == (str(whole) if whole >= 5 else "<5")
    promises = published(raw(coach_promises_due=whole, coach_promises_kept_in_time=part))
    assert promises["coach_promises_kept_in_time"] == shown


@pytest.mark.parametrize(
    ("followed", "intakes", "shown"),
    [(10, 20, "50"), (3, 20, "-"), (17, 20, "-"), (20, 20, "-"), (0, 0, "-"), (5, 10, "50"),
     (7, 12, "58")],
)  # fmt: skip
def test_the_follow_up_rate_never_reveals_a_small_count(
    followed: int, intakes: int, shown: str
) -> None:
    counts = Counts("2026-01", "2026-01", dict.fromkeys(COUNTED, 0), intakes, followed)
    assert published(counts)["follow_up_rate_percent"] == shown


def test_the_columns_are_the_same_every_time(vault: Vault) -> None:
    empty = counts_csv(count_period(vault, "2026-01", "2026-01"))
    two_clients(vault)
    full = counts_csv(count_period(vault, "2026-02", "2026-03"))
    for text in (empty, full):
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == list(COLUMNS) and len(rows) == 2 and len(rows[1]) == len(COLUMNS)


def test_every_column_is_documented_in_order() -> None:
    documented = re.findall(r"^\| `([a-z_]+)` \|", DOC.read_text(encoding="utf-8"), re.M)
    assert documented == list(COLUMNS)


@pytest.mark.parametrize(
    ("given", "month"),
    [("2026-03", "2026-03"), ("2026-03-31", "2026-03"), (" 2026-12 ", "2026-12")],
)
def test_a_date_counts_as_its_month(given: str, month: str) -> None:
    assert parse_month(given) == month


@pytest.fixture
def marked_vault(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    """Six clients whose every text field is a marker, so most counts are 5 or more."""
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=fast_kdf)
    clock = Clock()
    book = Casebook(vault, clock=clock)
    fill_profile(book)
    for n in range(6):
        build_trajectory(book, clock, n, conversations=4, start=MARCH + timedelta(days=n))
    vault.close()
    return path


def run(monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str = PASSPHRASE + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(args)


def test_no_typed_text_and_no_day_reaches_the_file(
    marked_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with unlock(marked_vault, PASSPHRASE) as vault:  # the markers are in the vault to be found
        names = [c.client.name for c in Casebook(vault).clients()]
    assert len(names) == 6 and all(MARK in name for name in names)
    out = tmp_path / "tellingen.csv"
    args = ["counts", "--vault", str(marked_vault), "--from", "2026-03-01", "--to", "2026-04"]
    assert run(monkeypatch, [*args, "--csv", str(out), "--passphrase-stdin", "--lang", "en"]) == 0
    assert "Counts for 2026-03 to 2026-04 written" in capsys.readouterr().out
    data = out.read_bytes()
    for needle in (MARK, "één", "QZX"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert needle.encode(encoding) not in data
    assert re.fullmatch(rb"[a-z_,]+\n[0-9<\-,]+\n", data), data  # numbers and months only
    row = next(csv.DictReader(io.StringIO(data.decode())))
    assert row["conversations_follow_up"] == "18" and row["clients_seen"] == "6"
    assert row["consents_withdrawn"] == "6"
    assert row["new_clients"] == "-"  # all 6 are new: 6 - 6 = 0 clients seen before


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "2026-13 is geen maand"), ("en", "2026-13 is not a month")],
)
def test_a_month_that_is_not_one_is_refused_in_the_runs_language(
    tmp_path: Path,
    lang: str,
    said: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--lang", lang, "counts", "--from", "2026-13", "--to", "2026-03"]
    with pytest.raises(SystemExit):
        run(monkeypatch, [*args, "--csv", str(tmp_path / "x.csv")])
    assert said in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_a_wrong_passphrase_writes_nothing(
    marked_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.csv"
    args = ["counts", "--vault", str(marked_vault), "--from", "2026-03", "--to", "2026-03"]
    args += ["--csv", str(out), "--passphrase-stdin", "--lang", "nl"]
    assert run(monkeypatch, args, "fout\n") == 1
    assert "wachtwoordzin klopt niet" in capsys.readouterr().err
    assert not out.exists()
