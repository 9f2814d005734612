"""Blacking out part of a note whose line ends were stored as \r\n or a lone \r (pasted from
another program): Qt shows each as one line break, so the selection is mapped back to the
stored text, and the copy holds exactly the note with that part blacked out."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from tests.support.shell import unlocked_window

from intakecompanion.domain.model import ConversationKind, CopyChoice
from intakecompanion.domain.reviews import whole_words
from intakecompanion.ui.clients.copy_dialog import CopyDialog, stored_positions

NOTE = "Eerste regel\r\nWoont bij zus Mira\rsinds maart\r\nEinde\u00a0hier"


def _select(dialog: CopyDialog, part: str) -> None:
    shown = dialog.viewer.toPlainText()
    cursor = dialog.viewer.textCursor()
    cursor.setPosition(shown.index(part))
    cursor.setPosition(shown.index(part) + len(part), QTextCursor.MoveMode.KeepAnchor)
    dialog.viewer.setTextCursor(cursor)


def test_a_part_after_crlf_and_lone_cr_line_breaks_is_blacked_out_exactly(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book = window.session.casebook
    client = book.add_client("Mira Janssens")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    note = book.add_note(conversation.id, NOTE)
    dialog = CopyDialog(book, client.id, "nl", window.workspace, drives=lambda: [tmp_path])
    assert dialog.viewer.toPlainText() != NOTE  # Qt shows the line ends otherwise

    _select(dialog, "zus Mira")  # after a \r\n
    qtbot.mouseClick(dialog.black_out_button, Qt.MouseButton.LeftButton)
    _select(dialog, "sinds")  # after a lone \r
    qtbot.mouseClick(dialog.black_out_button, Qt.MouseButton.LeftButton)
    _select(dialog, "maart\nEinde")  # across a \r\n
    qtbot.mouseClick(dialog.black_out_button, Qt.MouseButton.LeftButton)

    [reviewed] = book.copy_review(client.id)
    assert reviewed.note_id == note.id and reviewed.choice is CopyChoice.BLACK_OUT
    expected = "Eerste regel\r\nWoont bij [weggelaten]\r[weggelaten] [weggelaten]\u00a0hier"
    assert reviewed.shown_text("[weggelaten]") == expected
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing, timeout=20_000)
    [written] = tmp_path.glob("*.json")
    notes = json.loads(written.read_text(encoding="utf-8"))["conversations"][0]["notes"]
    assert [n["text"] for n in notes] == [expected]
    dialog.close()


def test_shown_and_stored_text_that_do_not_line_up_are_refused() -> None:
    assert stored_positions("a\r\nb", "a\nb") == [0, 1, 3, 4]
    assert stored_positions("a\rb\u2028c", "a\nb\nc") == [0, 1, 2, 3, 4, 5]
    assert stored_positions("a\r\nb", "a\nbc") is None  # the shown text is longer
    assert stored_positions("abc", "abd") is None  # another character
    assert stored_positions("a\r\nbc", "a\nb") is None  # the stored text is longer


def test_part_of_a_word_selected_blacks_out_the_whole_word_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    """tour10: selecting "…all" of "alleen" printed "[weggelaten]een met 2 kinderen"."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book = window.session.casebook
    client = book.add_client("Mira Janssens")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    book.add_note(conversation.id, "Zus Mira woont alleen met 2 kinderen")
    dialog = CopyDialog(book, client.id, "nl", window.workspace, drives=lambda: [tmp_path])
    _select(dialog, "Mira woont all")
    qtbot.mouseClick(dialog.black_out_button, Qt.MouseButton.LeftButton)
    [reviewed] = book.copy_review(client.id)
    assert reviewed.shown_text("[weggelaten]") == "Zus [weggelaten] met 2 kinderen"
    assert "whole words" in dialog.message.text()
    _select(dialog, "2 kinderen")  # whole words: nothing to say
    qtbot.mouseClick(dialog.black_out_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ""
    dialog.close()


def test_a_selection_is_widened_to_whole_words_only() -> None:
    text = "Woont alleen met ex-partner, l\u2019ami"
    assert whole_words(text, text.index("een"), text.index(" met")) == (6, 12)
    assert whole_words(text, text.index("partner"), text.index(",")) == (17, 27)
    assert whole_words(text, text.index("ami") + 1, len(text)) == (29, 34)
    assert whole_words(text, 5, 13) == (5, 13)  # from a space to a space: as it was
