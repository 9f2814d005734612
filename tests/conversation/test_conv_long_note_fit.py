"""A note field grows with its text up to the lines it shows; a very long note is not laid out
whole at every fit to find that out (a 1 MB note took 1.1 s per count, 3.2 s per resize)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from intakecompanion.ui.conversation import fields
from intakecompanion.ui.conversation.fields import GrowingTextEdit, laid_out_lines


class CountingLayout(QTextLayout):
    """QTextLayout that counts the paragraphs laid out."""

    made = 0

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        CountingLayout.made += 1


@pytest.mark.parametrize("lines", [1, 3, 8])
def test_a_count_is_exact_up_to_the_lines_shown(qapp, lines: int) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(f"regel {n}" for n in range(lines))
    assert laid_out_lines(QFont(), 400, text, 8) == lines


def test_a_count_stops_one_line_past_the_lines_shown(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fields, "QTextLayout", CountingLayout)
    text = "\n".join(f"Regel {n} van een heel lange notitie." for n in range(20_000))
    field = GrowingTextEdit(max_lines=8)
    qtbot.addWidget(field)
    field.resize(500, field.height())
    CountingLayout.made = 0
    field.set_text_quietly(text)
    field.resize(420, field.height())
    # Laid out to the ninth line only, at each fit, not the 20,000 paragraphs.
    assert 0 < CountingLayout.made <= 9 * 4
    short = GrowingTextEdit(max_lines=8)
    qtbot.addWidget(short)
    short.resize(500, short.height())
    short.set_text_quietly("\n".join(["x"] * 8))
    # Still as tall as its eight lines, and the long one no taller.
    assert field.height() == short.height()


def wheel_down(widget: QWidget) -> bool:
    """One notch of the mouse wheel, down, over the middle of `widget`; whether it took it
    (Qt hands one it leaves on to the widget around it, for a wheel turned by hand)."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_a_long_note_scrolls_the_list_unless_the_note_is_being_typed_in(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    """The tour (172): scrolling down the notes, the wheel was caught by a long note's own
    scroll bar halfway and the list stood still. A note the coach is in scrolls itself."""
    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    column = QVBoxLayout(body)
    note = GrowingTextEdit(2, 4)
    note.setPlainText("\n".join(f"regel {n}" for n in range(40)))
    column.addWidget(note)
    column.addSpacing(2000)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(300, 300)
    area.show()
    qtbot.waitExposed(area)
    assert note.verticalScrollBar().maximum() > 0
    assert not wheel_down(note.viewport())  # left to the list around it
    assert note.verticalScrollBar().value() == 0
    assert wheel_down(area.viewport())  # where Qt hands it on: the list scrolls
    assert area.verticalScrollBar().value() > 0
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    assert wheel_down(note.viewport())
    assert note.verticalScrollBar().value() > 0
