"""Edits a lock interrupted (KeptEdits): held for the vault they were made in, written into it
after the next unlock in the order they were made, and never into another vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.ui.lock.kept_edits import KeptEdits
from intakecompanion.vault.errors import SaveFailed
from intakecompanion.vault.store import Vault, open_with_data_key


def note_text(text: str):  # type: ignore[no-untyped-def]
    return lambda book: book.add_note(book.conversations(book.clients()[0].client.id)[0].id, text)


@pytest.fixture
def book(raw_key_vault: Vault) -> Casebook:
    book = Casebook(raw_key_vault)
    client = book.add_client("Noor Vermeulen")
    book.start_conversation(client.id, ConversationKind.INTAKE, "intake", "1.0", "{}")
    return book


def notes(book: Casebook) -> list[str]:
    conversation = book.conversations(book.clients()[0].client.id)[0]
    return [note.text for note in book.notes(conversation.id)]


def test_kept_edits_are_written_into_their_own_vault_in_order(book: Casebook) -> None:
    kept = KeptEdits()
    kept.keep([note_text("eerst"), note_text("dan")], book)
    assert len(kept) == 2
    assert kept.write_into(book) == (2, [])
    assert notes(book) == ["eerst", "dan"] and len(kept) == 0


def test_kept_edits_never_go_into_another_vault(book: Casebook, tmp_path: Path) -> None:
    kept = KeptEdits()
    kept.keep([note_text("voor de eerste kluis")], book)
    other = open_with_data_key(tmp_path / "other" / "v.icv", os.urandom(32), create=True)
    with other:
        assert kept.write_into(Casebook(other)) == (0, [])
        kept.keep([note_text("voor de tweede kluis")], Casebook(other))  # never mixed
    assert len(kept) == 1
    assert kept.write_into(book) == (1, [])
    assert notes(book) == ["voor de eerste kluis"]


def test_from_the_first_refused_edit_on_they_wait_in_order(book: Casebook) -> None:
    def refused(_book: Casebook) -> None:
        raise SaveFailed()

    later = note_text("later")
    kept = KeptEdits()
    kept.keep([note_text("eerst"), refused, later], book)
    assert kept.write_into(book) == (3, [refused, later])
    assert notes(book) == ["eerst"]


def test_a_mistake_in_an_edit_surfaces(book: Casebook) -> None:
    def wrong_sql(target: Casebook) -> None:
        target.vault.db.execute("UPDATE nowhere SET text = 'x'")

    kept = KeptEdits()
    kept.keep([wrong_sql], book)
    with pytest.raises(sqlcipher3.OperationalError):
        kept.write_into(book)


def test_unread_date_text_is_given_back_once_and_only_to_its_own_vault(
    book: Casebook, tmp_path: Path
) -> None:
    kept = KeptEdits()
    kept.keep_unread({"1/3/appointment-day": "dinsdag na het examen"}, book)
    other = open_with_data_key(tmp_path / "other" / "v.icv", os.urandom(32), create=True)
    with other:
        assert kept.take_unread(Casebook(other)) == {}
        kept.keep_unread({"2/3/appointment-day": "later"}, Casebook(other))  # never mixed
    assert kept.take_unread(book) == {"1/3/appointment-day": "dinsdag na het examen"}
    assert kept.take_unread(book) == {}
