"""A stored note opens as a plain-text preview (one widget, not a scroll area) and becomes its
text field where and when the coach goes into it: a click puts the caret where it was, Tab and
the shortcuts edit it, nothing typed is lost, and its text is never read as markup (issue 18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from tests.support.conversation import open_view
from tests.support.keyboard import type_text

from intakecompanion.ui.conversation.note_card import NoteCard
from intakecompanion.ui.conversation.note_preview import NotePreview
from intakecompanion.ui.conversation.read_only import make_read_only

STORED = "Eerste zin over de huur. Tweede zin over de school van de kinderen."


def stored_card(qtbot, casebook, intake, text: str = STORED) -> tuple[object, NoteCard]:  # type: ignore[no-untyped-def]
    casebook.add_note(intake.id, text)
    view = open_view(qtbot, casebook, intake.id)
    [card] = view.notes.cards
    return view, card


def scroll_areas(card: NoteCard) -> list[QAbstractScrollArea]:
    return card.findChildren(QAbstractScrollArea)


def test_a_stored_note_opens_as_one_label_without_a_scroll_area(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    _view, card = stored_card(qtbot, casebook, intake)
    assert isinstance(card.preview, NotePreview) and card.preview.isVisible()
    assert card.preview.text() == STORED
    assert scroll_areas(card) == []
    # It takes the focus like a field, and a screen reader hears the field's name for it.
    assert card.preview.focusPolicy() == Qt.FocusPolicy.StrongFocus
    name = card.preview.accessibleName()
    assert name and "1" in name
    assert card.editor.accessibleName() == name


def test_a_note_preview_never_reads_its_text_as_markup(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    markup = "<b>x</b> <img src='file:///etc/passwd'> <table><tr><td>y</td></tr></table>"
    _view, card = stored_card(qtbot, casebook, intake, markup)
    assert card.preview is not None
    assert card.preview.textFormat() == Qt.TextFormat.PlainText  # set before any text
    assert card.preview.text() == markup
    assert card.editor.text() == markup


def test_a_note_longer_than_a_preview_shows_opens_as_its_field(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    """A label lays out its whole text on every paint and every measure, where the field lays
    out only what it shows: a note of a megabyte took seconds to open and each repaint of its
    preview froze the window. A note longer than the preview's lines can hold on any width
    is its field at once, as before previews."""
    long_note = ("Een lange zin over de huur en de school. " * 12 + "\n") * 4
    _view, card = stored_card(qtbot, casebook, intake, long_note)
    assert card.preview is None
    assert card.editor.text() == long_note


def test_a_click_in_a_note_puts_the_caret_there_and_typing_is_saved(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    view, card = stored_card(qtbot, casebook, intake)
    preview = card.preview
    assert preview is not None
    geometry = preview.geometry()
    # Just before "Tweede": the caret goes there, not to the start or the end.
    start = preview.contentsRect().left() + preview.margin()
    before = preview.fontMetrics().horizontalAdvance(STORED[: STORED.index("Tweede")])
    point = QPoint(start + before - 1, preview.contentsRect().top() + preview.margin() + 5)
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton, pos=point)
    editor = card.editor
    assert QApplication.focusWidget() is editor
    assert editor.geometry() == geometry  # in the preview's place: nothing moves
    assert editor.textCursor().position() == STORED.index("Tweede")
    assert not preview.isVisible() and card.preview is None
    type_text(editor, "Nieuw. ")
    assert view.flush()
    expected = STORED.replace("Tweede", "Nieuw. Tweede")
    assert [note.text for note in reread().notes(intake.id)] == [expected]


@pytest.mark.parametrize("points", [9, 10, 12, 14, 20])
@pytest.mark.parametrize("lines", [2, 3, 6, 9])
def test_a_note_s_preview_is_as_tall_as_its_field(qtbot, casebook, intake, points, lines) -> None:  # type: ignore[no-untyped-def]
    """Nothing moves when the coach goes into a note: at 10 pt (the usual size) a note of two
    lines had a preview of three, and the card shrank by a line on the click. And the field
    shows its lines without a scroll bar: it was sized in line spacings, and the box lays each
    line out a pixel taller at most sizes (16 and 15 px at 10 pt, 32 and 31 at 20 pt): at
    200 % a note of two lines scrolled, at 10 pt nine lines needed 152 px and got 147."""
    # Long lines wrap at 20 pt: shorter ones where they would come to more lines than the
    # field shows (such a note opens as its field).
    about = "over de afspraak bij het OCMW" if lines <= 3 else "bij het OCMW"
    text = "\n".join(f"Regel {n} {about}." for n in range(lines))
    font = QApplication.font()
    QApplication.setFont(QFont("Sans Serif", points))
    try:
        _view, card = stored_card(qtbot, casebook, intake, text)
        preview = card.preview
        assert preview is not None
        height = preview.height()
        editor = card.editor
        qtbot.wait(20)  # laid out at its width
        assert editor.height() == height
        assert editor.verticalScrollBar().maximum() == 0
    finally:
        QApplication.setFont(font)


def test_a_lone_carriage_return_is_a_line_in_the_preview_as_in_the_field(  # type: ignore[no-untyped-def]
    qtbot, casebook, intake
) -> None:
    """A note kept with a lone CR (pasted from an old program) shows three lines in both; the
    preview measured two and showed three, the last cut off, and the card grew on the click."""
    _view, card = stored_card(qtbot, casebook, intake, "a\r\nb\tc\rd")
    preview = card.preview
    assert preview is not None
    height = preview.height()
    editor = card.editor
    qtbot.wait(20)
    assert editor.document().blockCount() == 3
    assert (editor.height(), editor.verticalScrollBar().maximum()) == (height, 0)


def ink_from_left(widget: QWidget) -> int:
    """How far from its left edge the text painted in `widget` starts."""
    image = widget.grab().toImage()
    return min(
        x
        for x in range(image.width())
        for y in range(4, image.height() - 4)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_a_right_to_left_paragraph_stands_where_its_field_shows_it(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    """An Arabic note stood at the preview's right edge and jumped to the left on the click
    (the field lays every paragraph out from the left)."""
    _view, card = stored_card(qtbot, casebook, intake, "مرحبا بكم في المكتب")
    preview = card.preview
    assert preview is not None
    qtbot.wait(20)
    in_preview = preview.mapTo(card, QPoint(ink_from_left(preview), 0)).x()
    editor = card.editor
    qtbot.wait(20)
    in_field = editor.viewport().mapTo(card, QPoint(ink_from_left(editor.viewport()), 0)).x()
    assert abs(in_preview - in_field) <= 3


def test_tab_into_a_note_edits_it_in_the_same_place_of_the_tab_order(
    qtbot, casebook, intake
) -> None:  # type: ignore[no-untyped-def]
    view, card = stored_card(qtbot, casebook, intake)
    view.focus_side_tab(0)  # the notes: Ctrl+2 goes to the latest note, which is this one
    editor = card.editor
    assert QApplication.focusWidget() is editor
    assert card.preview is None
    # Shift+Tab leaves the field and Tab comes back to it: its place in the chain is kept.
    previous = editor.previousInFocusChain()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor
    assert previous is not None


def test_tabbing_onto_a_preview_makes_it_the_field_before_a_key_arrives(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    view, card = stored_card(qtbot, casebook, intake)
    preview = card.preview
    assert preview is not None
    before = preview.previousInFocusChain()
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert editor is card.editor and card.preview is None
    type_text(editor, "Begin. ")  # Tab leaves the caret at the start, as in any field
    assert view.flush()
    assert [note.text for note in reread().notes(intake.id)] == ["Begin. " + STORED]


def test_a_key_that_reaches_the_preview_is_typed_into_the_field(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    _view, card = stored_card(qtbot, casebook, intake)
    preview = card.preview
    assert preview is not None
    type_text(preview, "x")
    assert card.editor.text() == "x" + STORED


def test_a_finished_conversation_s_note_becomes_a_read_only_field(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view, card = stored_card(qtbot, casebook, intake)
    make_read_only(view.notes)
    assert card.preview is not None  # still the preview, until it is gone into
    assert card.editor.isReadOnly()
    type_text(card.editor, "x")
    assert card.editor.text() == STORED


def test_a_new_note_and_a_marker_are_fields_at_once(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    assert view.notes.add_note().preview is None
    assert view.notes.add_marker().preview is None


def tab_stops(qtbot, start, count: int) -> list[object]:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    stops = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_from_the_switch_to_the_text_then_to_delete_in_a_stored_note(
    qtbot, casebook, intake
) -> None:  # type: ignore[no-untyped-def]
    _view, card = stored_card(qtbot, casebook, intake)
    assert tab_stops(qtbot, card.switch, 2) == [card.editor, card.delete_button]


def test_tab_goes_from_the_switch_to_the_text_then_to_delete_in_a_new_note(
    qtbot, casebook, intake
) -> None:  # type: ignore[no-untyped-def]
    """The field made with the card comes before the delete button (found by the
    screen-reader test: made after it, Tab went to "delete" first)."""
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    qtbot.waitUntil(card.editor.isVisible)  # shown once the list has laid it out
    assert tab_stops(qtbot, card.switch, 2) == [card.editor, card.delete_button]


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(f"Regel {n} over de afspraken met de school." for n in range(1, 14)),
        "Zie https://www.voorbeeldstad.example/" + "dossier/" * 30 + " voor de brief.",
    ],
    ids=["more lines than the field shows", "a word wider than a line"],
)
def test_a_note_a_preview_would_cut_is_its_field(qtbot, casebook, intake, text) -> None:  # type: ignore[no-untyped-def]
    """The review: a label neither scrolls nor breaks a word, so the rest of a long note or
    of a web address was cut off with nothing to say so; the field scrolls and wraps."""
    _view, card = stored_card(qtbot, casebook, intake, text)
    qtbot.waitUntil(lambda: card.preview is None)
    assert card.editor.isVisible() and card.editor.text() == text
    assert QApplication.focusWidget() is not card.editor  # nothing took the focus
