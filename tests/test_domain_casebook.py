"""The casebook's operations on a real encrypted vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from tests.support.conversation import sample_guide
from tests.support.conversation import start as start_with_guide
from tests.support.pages import decrypted_bytes
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook, UnknownRecord, fts_query
from intakecompanion.domain.model import (
    AppointmentStatus,
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    ItemState,
    Party,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.vault.store import Vault


@pytest.fixture
def book(raw_key_vault: Vault) -> Casebook:
    return Casebook(raw_key_vault, clock=lambda: NOW)


def start(book: Casebook, client_id: int, kind: ConversationKind = ConversationKind.INTAKE):
    return book.start_conversation(client_id, kind, "intake", "1.0", '{"id": "intake"}')


def test_profile_round_trip(book: Casebook) -> None:
    assert book.profile().is_empty
    profile = CoachProfile(
        "Noor Vermeulen",
        "OCMW Voorbeeld",
        "012 34 56 78",
        "n@example.org",
        "ma-do 9-12u",
        "geen berichten in het weekend",
    )
    book.save_profile(profile)
    book.save_profile(profile)
    assert book.profile() == profile


def test_clients_search_by_name_prefix_and_note_words(book: Casebook) -> None:
    sam = book.add_client("Sam De Smet")
    eline = book.add_client("Éline Maes")
    conversation = start(book, sam.id)
    book.add_note(conversation.id, "Zoekt werk als kok; fietst graag")

    names = [o.client.name for o in book.clients()]
    assert names == ["Éline Maes", "Sam De Smet"]
    assert [o.client.id for o in book.clients("sa")] == [sam.id]
    assert [o.client.id for o in book.clients("eline")] == [eline.id]  # accents folded
    assert [o.client.id for o in book.clients("fiets")] == [sam.id]  # word in a note
    assert book.clients("tuinman") == []
    assert book.clients('"*) OR (') == []  # odd input is never FTS syntax


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('ann "x" OR y*') == '"ann"* "x"* "OR"* "y"*'
    assert fts_query("  ;;  ") is None


def test_a_pasted_page_in_the_search_box_searches_its_first_words(book: Casebook) -> None:
    client = book.add_client("Iris Claes")
    book.add_note(start(book, client.id).id, "fietsherstel buurthuis lorem ipsum dolor")
    pasted = "fietsherstel buurthuis " + "lorem ipsum dolor " * 20_000
    assert fts_query(pasted).count('"') == 2 * 8
    assert [o.client.id for o in book.clients(pasted)] == [client.id]


def test_note_edits_keep_the_search_index_in_step(book: Casebook) -> None:
    client = book.add_client("Lena Wouters")
    note = book.add_note(start(book, client.id).id, "appelboom")
    assert note.shared is False  # internal unless the coach says otherwise
    book.update_note_text(note.id, "perenboom")
    assert book.clients("appelboom") == []
    assert [o.client.id for o in book.clients("perenboom")] == [client.id]
    book.delete_note(note.id)
    assert book.clients("perenboom") == []


def test_list_marks_open_steps_and_overdue_commitments_of_the_coach(book: Casebook) -> None:
    client = book.add_client("Mo Janssens")
    conversation = start(book, client.id)
    book.add_step(conversation.id, "cv nalezen", StepOwner.COACH, NOW.date() - timedelta(days=1))
    book.add_step(conversation.id, "bellen", StepOwner.CLIENT, NOW.date() - timedelta(days=3))
    done = book.add_step(conversation.id, "formulier", StepOwner.COACH, NOW.date())
    book.update_step(done.id, status=StepStatus.DONE)
    (overview,) = book.clients()
    assert overview.open_steps == 2
    assert overview.overdue_coach_steps == 1
    assert overview.last_conversation_at == NOW


def test_conversations_keep_their_guide_snapshot(book: Casebook) -> None:
    client = book.add_client("Ada Peeters")
    first = book.start_conversation(client.id, ConversationKind.INTAKE, "intake", "1.0", "v1")
    second = book.start_conversation(client.id, ConversationKind.FOLLOW_UP, "intake", "1.1", "v2")
    assert book.guide_snapshot(first.id) == "v1"
    assert book.guide_snapshot(second.id) == "v2"
    # An organisation edited its guide without raising the version: history still stays true.
    third = book.start_conversation(client.id, ConversationKind.FOLLOW_UP, "intake", "1.1", "v2b")
    assert book.guide_snapshot(third.id) == "v2b"
    assert book.guide_snapshot(second.id) == "v2"
    assert [c.id for c in book.conversations(client.id)] == [third.id, second.id, first.id]
    assert first.is_open
    book.finish_conversation(first.id)
    assert not book.conversation(first.id).is_open


def test_checklist_answers_upsert(book: Casebook) -> None:
    conversation = start(book, book.add_client("Kim").id)
    book.set_item_state(conversation.id, "secrecy.explain", ItemState.DONE)
    book.set_item_note(conversation.id, "secrecy.explain", "uitgelegd met voorbeeld")
    book.set_item_state(conversation.id, "lifeworld.family", ItemState.NOT_APPLICABLE)
    answers = book.answers(conversation.id)
    assert answers["secrecy.explain"].state is ItemState.DONE
    assert answers["secrecy.explain"].note == "uitgelegd met voorbeeld"
    assert answers["lifeworld.family"].state is ItemState.NOT_APPLICABLE


def test_open_intake_items_carry_over_to_the_follow_up(book: Casebook) -> None:
    """Every item of the intake's guide not settled there comes back, untouched ones too (the
    intake's closing step says so); one settled in a follow-up no longer does."""
    client = book.add_client("Jo")
    intake = start_with_guide(book, client.id, ConversationKind.INTAKE)
    items = [item.id for item in sample_guide("intake").items()]
    book.set_item_state(intake.id, items[0], ItemState.DONE)
    book.set_item_state(intake.id, items[1], ItemState.NOT_APPLICABLE)
    book.set_item_state(intake.id, items[2], ItemState.OPEN)
    book.set_item_note(intake.id, items[3], "nog vragen")
    follow_up = start_with_guide(book, client.id, ConversationKind.FOLLOW_UP)
    assert book.carried_over_items(follow_up.id) == items[2:]
    book.set_item_state(follow_up.id, items[2], ItemState.DONE)
    assert book.carried_over_items(follow_up.id) == items[3:]
    later = start_with_guide(book, client.id, ConversationKind.FOLLOW_UP)
    assert book.carried_over_items(later.id) == items[3:]
    assert book.carried_over_items(intake.id) == []


def test_steps_fields_change_independently(book: Casebook) -> None:
    conversation = start(book, book.add_client("Rik").id)
    step = book.add_step(
        conversation.id, "huurcontract zoeken", StepOwner.TOGETHER, date(2026, 3, 9)
    )
    book.update_step(step.id, what="huurcontract meebrengen", who=StepOwner.CLIENT)
    assert book.step(step.id).due_date == date(2026, 3, 9)
    book.update_step(step.id, due_date=None)
    changed = book.step(step.id)
    assert (changed.what, changed.who, changed.due_date) == (
        "huurcontract meebrengen",
        StepOwner.CLIENT,
        None,
    )
    assert [s.id for s in book.open_steps(conversation.client_id)] == [step.id]


def test_consent_withdrawal_is_kept_as_history(book: Casebook) -> None:
    conversation = start(book, book.add_client("Fien").id)
    consent = book.record_consent(
        conversation.id,
        recipient="VDAB-consulent",
        information="cv en diploma",
        purpose="zoeken naar werk",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        valid_until=date(2026, 12, 31),
        recorded_by="Noor",
    )
    assert consent.in_force and consent.decided_on == NOW.date()
    book.withdraw_consent(consent.id, recorded_by="Noor")
    withdrawn = book.consent(consent.id)
    assert not withdrawn.in_force
    assert withdrawn.decision is ConsentDecision.GIVEN  # what was given stays on record
    assert withdrawn.withdrawn is not None and withdrawn.withdrawn.withdrawn_at == NOW
    refused = book.record_consent(
        conversation.id,
        recipient="huisarts",
        information="medische info",
        purpose="afstemming",
        decision=ConsentDecision.REFUSED,
        form=ConsentForm.WRITTEN,
    )
    assert [c.id for c in book.consents(conversation.id)] == [consent.id, refused.id]
    with pytest.raises(UnknownRecord):
        book.withdraw_consent(9999)


def test_appointments(book: Casebook) -> None:
    client = book.add_client("Bo")
    conversation = start(book, client.id)
    when = datetime(2026, 3, 9, 14, 30).astimezone()
    appointment = book.add_appointment(
        client.id, when, "Kantoor, lokaal 2", "Noor", conversation.id
    )
    assert book.conversation_appointment(conversation.id) == appointment
    book.set_appointment_status(appointment.id, AppointmentStatus.MOVED, Party.CLIENT)
    moved = book.appointment(appointment.id)
    assert (moved.status, moved.status_by) == (AppointmentStatus.MOVED, Party.CLIENT)
    assert book.conversation_appointment(conversation.id) is None
    book.update_appointment(appointment.id, place="Bibliotheek")
    assert book.appointments(client.id)[0].place == "Bibliotheek"


def test_unknown_ids_raise_unknown_record(book: Casebook) -> None:
    with pytest.raises(UnknownRecord):
        book.client(42)
    with pytest.raises(UnknownRecord):
        book.update_note_text(42, "x")
    with pytest.raises(UnknownRecord):
        book.add_note(42, "x")


ODD_TEXTS = [
    "nul\x00byte",
    "\u202eright-to-left override\u202c and \u200fRLM",
    "emoji 👩🏽‍💼🎉 and accents éèçñ",
    "אברהם כהן",
    "<img src='file:///etc/passwd'> <b>bold</b>",
    "x" * 1_000_000,
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_text_is_stored_exactly(book: Casebook, text: str) -> None:
    note = book.add_note(start(book, book.add_client("Odd").id).id, text)
    assert book.note(note.id).text == text


def test_lone_surrogates_never_break_a_save(book: Casebook) -> None:
    client = book.add_client("Pasted\ud800name")
    assert client.name == "Pasted\ufffdname"
    note = book.add_note(start(book, client.id).id, "a\udfffb")
    book.update_note_text(note.id, "\ud83d alone")
    assert book.note(note.id).text == "\ufffd alone"


def test_every_edit_is_committed_when_the_call_returns(
    book: Casebook, raw_key_vault: Vault, data_key: bytes
) -> None:
    note = book.add_note(start(book, book.add_client("Vera").id).id, "eerste versie")
    book.update_note_text(note.id, "tweede versie")
    other = sqlcipher3.connect(str(raw_key_vault.path))
    other.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    assert other.execute("SELECT text FROM notes").fetchall() == [("tweede versie",)]
    other.close()


def test_deleting_a_client_erases_everything_even_from_free_pages(
    book: Casebook, raw_key_vault: Vault, data_key: bytes
) -> None:
    marker = "Zeldzaamwoord" + "Q7x"
    keep = book.add_client("Blijft Bestaan")
    start(book, keep.id)
    client = book.add_client(f"{marker} Naam")
    conversation = start(book, client.id)
    book.add_note(conversation.id, f"{marker} notitie " * 50, shared=True)
    book.set_item_note(conversation.id, "a", f"{marker} item")
    book.add_step(conversation.id, f"{marker} stap", StepOwner.CLIENT)
    consent = book.record_consent(
        conversation.id,
        recipient=f"{marker} dienst",
        information="i",
        purpose="p",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    book.withdraw_consent(consent.id)
    book.add_appointment(client.id, NOW, f"{marker} plaats", conversation_id=conversation.id)
    # A sheet kept as handed over is part of the client's file: erased with it.
    sheet_marker = "Bladwoord" + "K4p"
    book.record_handed_sheet(
        conversation.id, "nl", SheetMedium.PRINT, f'{{"notes": ["{sheet_marker} " ]}}' * 40
    )
    raw_key_vault.checkpoint()
    plain = decrypted_bytes(raw_key_vault.path, data_key)
    assert marker.encode() in plain and sheet_marker.encode() in plain  # the check can see it

    book.delete_client(client.id)

    assert book.clients(marker) == []
    assert [o.client.id for o in book.clients()] == [keep.id]
    for table in ("conversations", "notes", "steps", "consents", "appointments", "handed_sheets"):
        count = f"SELECT count(*) FROM {table} WHERE client_id = ?"
        assert raw_key_vault.db.execute(count, (client.id,)).fetchone()[0] == 0
    for table in ("consent_withdrawals", "checklist_answers"):
        assert raw_key_vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    wal = Path(str(raw_key_vault.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    plain = decrypted_bytes(raw_key_vault.path, data_key)
    assert marker.encode() not in plain
    assert marker.lower().encode() not in plain.lower()
    assert sheet_marker.encode() not in plain


def test_a_checkpoint_that_may_not_wait_returns_at_once_and_finishes_later(
    book: Casebook, raw_key_vault: Vault, data_key: bytes
) -> None:
    """What the app's worker runs after an erasure (`ui/lock/wal_folding.py`): with a reader holding
    an older state it gives up instead of waiting out the busy timeout, and it leaves that
    timeout as it was for every other statement; once the reader is gone it finishes."""
    marker = "Zeldzaamwoord" + "S9z"
    client = book.add_client(f"{marker} Naam")
    book.add_note(start(book, client.id).id, f"{marker} notitie " * 50)
    reader = sqlcipher3.connect(str(raw_key_vault.path), isolation_level=None)
    reader.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM clients").fetchone() == (1,)
    timeout = raw_key_vault.db.execute("PRAGMA busy_timeout").fetchone()[0]

    book.delete_client(client.id, fold_wal=False)

    assert raw_key_vault.checkpoint(wait=False) is False
    assert raw_key_vault.db.execute("PRAGMA busy_timeout").fetchone()[0] == timeout > 0
    reader.execute("COMMIT")
    reader.close()
    assert raw_key_vault.checkpoint(wait=False) is True
    assert Path(str(raw_key_vault.path) + "-wal").stat().st_size == 0
    assert marker.encode() not in decrypted_bytes(raw_key_vault.path, data_key)


def test_a_delete_stands_when_a_reader_blocks_the_checkpoint(
    book: Casebook, raw_key_vault: Vault, data_key: bytes
) -> None:
    """A backup's reader can hold an older state: the delete is committed all the same, and
    the WAL holding the erased pages is folded in once the reader is gone (at the latest at
    close)."""
    raw_key_vault.busy_timeout_ms = 50  # each checkpoint below waits this long for the reader
    marker = "Zeldzaamwoord" + "R8y"
    client = book.add_client(f"{marker} Naam")
    book.add_note(start(book, client.id).id, f"{marker} notitie " * 50)
    reader = sqlcipher3.connect(str(raw_key_vault.path), isolation_level=None)
    reader.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM clients").fetchone() == (1,)  # a snapshot

    book.delete_client(client.id)  # the checkpoint cannot finish: no error for the coach

    assert book.clients() == []
    assert raw_key_vault.checkpoint() is False
    reader.execute("COMMIT")
    reader.close()
    raw_key_vault.close()
    wal = Path(str(raw_key_vault.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert marker.encode() not in decrypted_bytes(raw_key_vault.path, data_key)
