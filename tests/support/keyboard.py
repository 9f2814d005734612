"""Typing into widgets the way a coach does, accents included."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from intakecompanion.ui.shared.date_entry import DateEntry, TimeEntry


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, any characters (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def retype(entry: DateEntry | TimeEntry, text: str) -> None:
    """Type `text` over what a date or time field holds, as the coach would."""
    entry.edit.setFocus()
    entry.edit.selectAll()
    type_text(entry.edit, text)
