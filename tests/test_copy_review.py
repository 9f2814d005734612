"""The coach's review of internal notes and item notes before a client's copy (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CopyChoice
from intakecompanion.domain.reviews import InvalidReview
from intakecompanion.summary.sample import write_sample_intake

MARK = "[weggelaten]"


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


@pytest.fixture
def conversation_id(book: Casebook) -> int:
    return write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)


def test_internal_and_item_notes_await_review_and_shared_notes_do_not(
    book: Casebook, conversation_id: int
) -> None:
    client_id = book.conversation(conversation_id).client_id
    book.add_note(conversation_id, "", shared=False)  # empty: nothing to review
    review = book.copy_review(client_id)
    internal = [n for n in book.notes(conversation_id) if not n.shared and n.text]
    assert [(r.note_id, r.item_id) for r in review] == [
        *((n.id, None) for n in internal),
        (None, "secrecy"),
    ]
    assert all(r.choice is None for r in review)


def test_choices_are_stored_and_an_edit_asks_for_a_new_review(
    book: Casebook, conversation_id: int
) -> None:
    client_id = book.conversation(conversation_id).client_id
    note = next(n for n in book.notes(conversation_id) if not n.shared)
    done = book.review_note(note.id, CopyChoice.BLACK_OUT, [(0, 4), (2, 8)])
    assert done.parts == ((0, 8),)  # overlapping parts merged
    assert done.shown_text(MARK) == MARK + note.text[8:]
    item = book.review_item_note(conversation_id, "secrecy", CopyChoice.LEAVE_OUT, reason=" Derde ")
    assert (item.choice, item.reason, item.shown_text(MARK)) == (
        CopyChoice.LEAVE_OUT,
        "Derde",
        None,
    )
    assert [r.choice for r in book.copy_review(client_id)] == [
        CopyChoice.BLACK_OUT,
        CopyChoice.LEAVE_OUT,
    ]
    book.update_note_text(note.id, note.text + " en meer")
    assert [r.choice for r in book.copy_review(client_id)] == [None, CopyChoice.LEAVE_OUT]
    book.review_note(note.id, CopyChoice.INCLUDE)
    assert book.copy_review(client_id)[0].shown_text(MARK) == note.text + " en meer"


def test_a_blacked_out_part_keeps_the_spaces_at_its_ends_so_the_marker_stands_apart(
    book: Casebook, conversation_id: int
) -> None:
    """tour8 #19: a part chosen from the space after a full stop printed
    '2.400 euro.[weggelaten]' in the client's copy."""
    note = book.add_note(
        conversation_id, "Schuld 2.400 euro. Haar buurvrouw helpt. Verder", shared=False
    )
    start = note.text.index(" Haar")
    end = note.text.index("Verder")
    done = book.review_note(note.id, CopyChoice.BLACK_OUT, [(start, end)])
    assert done.shown_text(MARK) == f"Schuld 2.400 euro. {MARK} Verder"
    spaces = book.review_note(note.id, CopyChoice.BLACK_OUT, [(start, start + 1)])
    assert spaces.shown_text(MARK) == f"Schuld 2.400 euro. {MARK}Haar buurvrouw helpt. Verder"


def test_a_choice_that_cannot_hold_is_refused(book: Casebook, conversation_id: int) -> None:
    note = next(n for n in book.notes(conversation_id) if not n.shared)
    shared = next(n for n in book.notes(conversation_id) if n.shared)
    with pytest.raises(InvalidReview):
        book.review_note(note.id, CopyChoice.LEAVE_OUT, reason="  ")
    with pytest.raises(InvalidReview):
        book.review_note(note.id, CopyChoice.BLACK_OUT, [])
    with pytest.raises(InvalidReview):
        book.review_note(note.id, CopyChoice.BLACK_OUT, [(0, len(note.text) + 1)])
    with pytest.raises(InvalidReview):
        book.review_note(shared.id, CopyChoice.INCLUDE)
    client_id = book.conversation(conversation_id).client_id
    assert all(r.choice is None for r in book.copy_review(client_id))
