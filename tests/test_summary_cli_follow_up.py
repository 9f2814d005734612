"""`intakecompanion summary` of a follow-up tells what stands: the intake's consent in force,
the open steps and the appointment made at the intake; and keeps the sheet it wrote."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.domain.rows import local_now
from intakecompanion.guide.loader import builtin_guides
from intakecompanion.guide.snapshot import guide_to_snapshot
from intakecompanion.summary.handed import handed_summary
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
    # A follow-up by phone today, before that appointment: a step was done, nothing new agreed.
    today = Casebook(vault, clock=lambda: now - timedelta(minutes=30))
    follow_up = start(today, client.id, ConversationKind.FOLLOW_UP)
    today.set_step_status(done.id, StepStatus.DONE, follow_up)
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
