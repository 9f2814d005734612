"""The log of what left the vault, per client (issue 15): sheets, copies, handovers, backups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    DisclosureKind,
    OwnNotes,
    SheetMedium,
)
from intakecompanion.handover.exchange import hand_over
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.vault.backup import BackupFailed, backup_vault


class Clock:
    def __init__(self) -> None:
        self.now = STARTED_AT

    def __call__(self) -> datetime:
        return self.now

    def later(self, minutes: int = 10) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def book(tmp_path: Path, clock: Clock) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def _intake(book: Casebook, name: str = "Noor Vermeulen") -> tuple[int, int]:
    conversation_id = write_sample_intake(
        book, "intake", "1.0", guide_snapshot(), STARTED_AT, client_name=name
    )
    return book.conversation(conversation_id).client_id, conversation_id


def test_printed_and_saved_sheets_are_the_log_entries_with_printer_and_file(
    book: Casebook, clock: Clock
) -> None:
    client_id, conversation_id = _intake(book)
    summary = build_summary(book, conversation_id, "nl")
    record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT, "Printer gang 2")
    clock.later()
    record_handed_sheet(book, conversation_id, summary, SheetMedium.PDF, "/media/stick/noor.pdf")
    log = book.disclosure_log(client_id)
    assert [(e.kind, e.how, e.destination, e.conversation_id) for e in log] == [
        (DisclosureKind.SHEET, "print", "Printer gang 2", conversation_id),
        (DisclosureKind.SHEET, "pdf", "/media/stick/noor.pdf", conversation_id),
    ]
    assert [e.at for e in log] == [STARTED_AT, STARTED_AT + timedelta(minutes=10)]
    # one record per sheet: the handed sheets are the log, nothing is written twice
    assert book.vault.db.execute("SELECT count(*) FROM disclosures").fetchone()[0] == 0


def test_a_backup_appears_in_the_log_of_every_client_then_in_the_vault(
    book: Casebook, clock: Clock, tmp_path: Path
) -> None:
    noor, _ = _intake(book)
    clock.later()
    target = tmp_path / "stick" / "backup.icvbackup"
    target.parent.mkdir()
    backup_vault(book.vault, target, with_key_file=False, clock=clock)
    clock.later()
    later_client = book.add_client("Ilse Later").id
    (entry,) = book.disclosure_log(noor)
    assert (entry.kind, entry.how, entry.destination) == (
        DisclosureKind.BACKUP,
        "file",
        str(target),
    )
    assert book.disclosure_log(later_client) == []  # the backup did not hold this client


def test_a_backup_that_cannot_be_logged_is_removed(
    book: Casebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _intake(book)
    target = tmp_path / "backup.icvbackup"

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("intakecompanion.vault.backup._log_backup", broken)
    with pytest.raises(BackupFailed):
        backup_vault(book.vault, target, with_key_file=False)
    assert not target.exists()


def test_a_handover_is_logged_with_the_consent_withdrawn_after_it(
    book: Casebook, clock: Clock, tmp_path: Path
) -> None:
    client_id, conversation_id = _intake(book)
    recipient = "Schuldbemiddeling OCMW Voorbeeldstad"
    hand_over(book.vault, client_id, recipient, tmp_path / "noor.ichandover", clock)
    (entry,) = book.disclosure_log(client_id)
    assert (entry.kind, entry.recipient, entry.withdrawn_after) == (
        DisclosureKind.HANDOVER,
        recipient,
        None,
    )
    assert entry.consent is not None
    clock.later()
    book.withdraw_consent(entry.consent.id, conversation_id=conversation_id)
    (entry,) = book.disclosure_log(client_id)
    assert entry.withdrawn_after is not None
    assert entry.withdrawn_after.withdrawn_at == clock.now


def test_a_copy_is_logged_and_goes_with_the_client_at_an_erasure(
    book: Casebook, clock: Clock, tmp_path: Path
) -> None:
    noor, _ = _intake(book)
    other, _ = _intake(book, "Ilse Janssens")
    clock.later()
    book.record_copy(noor, "/media/stick/kopie-noor.pdf, kopie-noor.json")
    backup_vault(book.vault, tmp_path / "b.icvbackup", with_key_file=False, clock=clock)
    assert [e.kind for e in book.disclosure_log(noor)] == [
        DisclosureKind.COPY,
        DisclosureKind.BACKUP,
    ]
    assert [e.kind for e in book.disclosure_log(other)] == [DisclosureKind.BACKUP]
    book.delete_client(noor)
    rows = book.vault.db.execute("SELECT kind, client_id FROM disclosures").fetchall()
    assert [tuple(r) for r in rows] == [("backup", None)]  # the copy's file name went too


def test_a_handover_keeps_its_file_in_the_log_and_loses_its_file_names_at_an_erasure(
    book: Casebook, clock: Clock, tmp_path: Path
) -> None:
    """The tour: the log named the client's sheet, not the handover file that went to the
    other service. After the erasure the handover stays in the log (issue 16) without the
    names of its files (a file name may carry the client's name); the erasure keeps the
    client's number and when they were added, no text."""
    client_id, _ = _intake(book)
    added = book.client(client_id).created_at
    target = tmp_path / "overdracht-noor.icho"
    hand_over(book.vault, client_id, "Schuldbemiddeling OCMW Voorbeeldstad", target, clock)
    (entry,) = book.disclosure_log(client_id)
    assert (entry.destination, entry.sheet) == (str(target), "")
    clock.later()
    book.delete_client(client_id)
    rows = book.vault.db.execute("SELECT client_id, sheet, file FROM handovers").fetchall()
    assert [tuple(r) for r in rows] == [(None, "", "")]
    erased = book.vault.db.execute("SELECT client_id, client_created_at FROM erasures")
    assert [tuple(r) for r in erased.fetchall()] == [(client_id, added.isoformat())]


def test_a_handover_s_entry_says_whether_the_coach_s_own_notes_went_along(
    book: Casebook, clock: Clock, tmp_path: Path
) -> None:
    """tour10: after the handover nothing said whether the coach's own notes went along. The
    entry keeps it (no text): they went along, stayed here, or there were none."""
    recipient = "Schuldbemiddeling OCMW Voorbeeldstad"
    client_id, conversation_id = _intake(book)
    book.add_note(conversation_id, "Voor mezelf: opvolgen", shared=False)
    hand_over(book.vault, client_id, recipient, tmp_path / "a.icho", clock)
    clock.later()
    hand_over(
        book.vault, client_id, recipient, tmp_path / "b.icho", clock, leave_out_internal_notes=True
    )
    quiet = book.add_client("Ilse Janssens")
    started = book.start_conversation(quiet.id, ConversationKind.INTAKE, "t", "1", "{}")
    book.record_consent(
        started.id,
        recipient=recipient,
        information="de stappen",
        purpose="verder",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    hand_over(
        book.vault, quiet.id, recipient, tmp_path / "c.icho", clock, leave_out_internal_notes=True
    )
    assert [e.own_notes for e in book.disclosure_log(client_id)] == [
        OwnNotes.ALONG,
        OwnNotes.LEFT_OUT,
    ]
    assert [e.own_notes for e in book.disclosure_log(quiet.id)] == [OwnNotes.NONE]
    stored = book.vault.db.execute("SELECT own_notes FROM handovers ORDER BY id").fetchall()
    assert [r[0] for r in stored] == ["along", "left_out", "none"]
