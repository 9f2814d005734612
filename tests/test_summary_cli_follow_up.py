"""`intakecompanion summary` of a follow-up tells what stands: the intake's consent in force,
the open steps and the appointment made at the intake; and keeps the sheet it wrote."""

from __future__ import annotations

import io
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    Party,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.domain.rows import local_now
from intakecompanion.guide.loader import builtin_guides
from intakecompanion.guide.snapshot import guide_to_snapshot
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import handed_summary, record_handed_sheet
from intakecompanion.summary.texts import TEXTS, clock_time, long_date
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault, unlock

PASSPHRASE = "lange zin met spaties 42"


def start(book: Casebook, client_id: int, kind: ConversationKind) -> int:
    guide = next(g for g in builtin_guides() if g.kind == str(kind))
    snapshot = guide_to_snapshot(guide)
    return book.start_conversation(client_id, kind, guide.id, guide.version, snapshot).id


def flat(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_follow_ups_summary_names_what_stands_and_is_kept(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    now = local_now()
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    intake_day = now - timedelta(days=3)
    book = Casebook(vault, clock=lambda: intake_day)
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    book.add_step(intake, "Brieven meebrengen", StepOwner.CLIENT, now.date() + timedelta(days=4))
    done = book.add_step(intake, "Huisarts bellen", StepOwner.COACH)
    book.record_consent(
        intake,
        recipient="Schuldbemiddeling",
        information="Je schulden",
        purpose="Een plan maken",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    appointment = (now + timedelta(days=5)).replace(hour=14, minute=0, second=0)
    book.add_appointment(client.id, appointment, "Kerkstraat 12", "Sam", intake)
    book.finish_conversation(intake)
    # A follow-up by phone yesterday, before that appointment: a step was done, nothing new
    # agreed. The sheet printed today says what stands today ("as of"), a day after the call.
    yesterday = Casebook(vault, clock=lambda: now - timedelta(days=1))
    follow_up = start(yesterday, client.id, ConversationKind.FOLLOW_UP)
    yesterday.set_step_status(done.id, StepStatus.DONE, follow_up)
    vault.close()

    out = tmp_path / "vervolg.pdf"
    args = ["--lang", "nl", "summary", "--vault", str(path), "--conversation", str(follow_up)]
    args += ["--pdf", str(out), "--passphrase-stdin"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(args) == 0, capsys.readouterr().err
    text = flat(out)
    nl = TEXTS["nl"]
    for expected in (
        "Schuldbemiddeling",
        nl["consent_given"],
        "Brieven meebrengen",
        nl["steps_succeeded"],
        "Huisarts bellen",
        nl["appointment_when"].format(
            date=long_date("nl", appointment.date()), time=clock_time("nl", appointment)
        ),
        nl["as_of"].format(date=long_date("nl", now.date())),
    ):
        assert expected in text, expected
    for untrue in ("no_consent_now", "no_steps", "no_open_steps", "no_appointment"):
        assert nl[untrue] not in text, untrue

    with unlock(path, PASSPHRASE) as reopened:
        book = Casebook(reopened)
        [sheet] = book.handed_sheets(follow_up)
        assert (sheet.medium, sheet.lang) == (SheetMedium.PDF, "nl")
        kept = handed_summary(book, sheet.id)
        assert kept.consents[0].recipient == "Schuldbemiddeling" and kept.appointment is not None
        assert [s.what for s in kept.steps] == ["Brieven meebrengen"]


def test_again_prints_the_sheet_handed_over_last_exactly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    book = Casebook(vault)
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    step = book.add_step(intake, "Brieven meebrengen", StepOwner.CLIENT)
    vault.close()

    def summary(out: Path, *extra: str) -> int:
        args = ["--lang", "nl", "summary", "--vault", str(path), "--conversation", str(intake)]
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        return main([*args, "--pdf", str(out), "--passphrase-stdin", *extra])

    assert summary(tmp_path / "none.pdf", "--again") != 0  # nothing handed over yet
    assert "nog geen verslag meegegeven" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()
    assert summary(tmp_path / "first.pdf", "--lang", "en") == 0
    with unlock(path, PASSPHRASE) as reopened:
        Casebook(reopened).set_step_status(step.id, StepStatus.DONE, intake)
    assert summary(tmp_path / "fresh.pdf") == 0  # Dutch, and the step is done now
    # Reworded, the step is the same step: the kept sheet still holds, in its own words (a new
    # open step would make its "no steps open now" untrue: test_summary_handed.py).
    with unlock(path, PASSPHRASE) as reopened:
        Casebook(reopened).update_step(step.id, what="Nieuwe woorden")
    assert summary(tmp_path / "again.pdf", "--again") == 0  # the last one, as it was
    assert summary(tmp_path / "fresh2.pdf") == 0  # what stands now
    first, fresh, again, fresh2 = (
        flat(tmp_path / f"{n}.pdf") for n in ("first", "fresh", "again", "fresh2")
    )
    assert "Still to do:" in first and "Brieven meebrengen" in first
    assert "Dit is gelukt:" in fresh and again == fresh and "Nieuwe woorden" not in again
    assert "Nieuwe woorden" in fresh2
    with unlock(path, PASSPHRASE) as reopened:
        sheets = Casebook(reopened).handed_sheets(intake)
        assert [s.lang for s in sheets] == ["en", "nl", "nl", "nl"]
        assert sheets[3].content != sheets[2].content
        assert sheets[2].content == sheets[1].content  # printed again: the same sheet, kept again


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_again_refuses_a_kept_sheet_it_cannot_read_or_whose_note_is_internal_now(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
    lang: str,
) -> None:
    """Review findings 7 and 5: unreadable kept content crashed `--again`; a note made
    internal after the sheet was handed over came back on the paper."""
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    book = Casebook(vault)
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    note = book.add_note(intake, "Schulden bij broer", shared=True)
    vault.close()

    def again(out: Path) -> int:
        args = ["--lang", lang, "summary", "--vault", str(path), "--conversation", str(intake)]
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        return main([*args, "--pdf", str(out), "--passphrase-stdin", "--again"])

    with unlock(path, PASSPHRASE) as reopened:
        Casebook(reopened).record_handed_sheet(intake, "nl", SheetMedium.PDF, '{"format": 1}')
    assert again(tmp_path / "unreadable.pdf") == 1
    said = capsys.readouterr().err
    assert ("kan niet gelezen worden" if lang == "nl" else "cannot be read") in said
    assert not (tmp_path / "unreadable.pdf").exists()

    with unlock(path, PASSPHRASE) as reopened:
        book = Casebook(reopened)
        summary = build_summary(book, intake, "nl")
        record_handed_sheet(book, intake, summary, SheetMedium.PRINT)
        book.set_note_shared(note.id, False)
    assert again(tmp_path / "internal.pdf") == 1
    said = capsys.readouterr().err
    assert ("niet meer gedeeld" if lang == "nl" else "no longer shared") in said
    assert not (tmp_path / "internal.pdf").exists()


@pytest.mark.parametrize(("lang", "said"), [("nl", "verzet"), ("en", "moved"), ("fr", "déplacé")])
def test_again_refuses_a_kept_sheet_whose_appointment_was_moved_in_a_follow_up(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
    lang: str,
    said: str,
) -> None:
    """The tour (rough6 item 1): the appointment on the intake's sheet, moved in a follow-up,
    came back on 'print again' at its old moment."""
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    book = Casebook(vault)
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    starts = datetime(2026, 12, 8, 10, 0).astimezone()
    appointment = book.add_appointment(client.id, starts, "Lokaal 2", conversation_id=intake)
    record_handed_sheet(book, intake, build_summary(book, intake, "nl"), SheetMedium.PRINT)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.move_appointment(appointment.id, starts + timedelta(days=2), Party.CLIENT, follow_up)
    vault.close()

    args = ["--lang", lang, "summary", "--vault", str(path), "--conversation", str(intake)]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    out = tmp_path / "again.pdf"
    assert main([*args, "--pdf", str(out), "--passphrase-stdin", "--again"]) == 1
    assert said in capsys.readouterr().err and not out.exists()
