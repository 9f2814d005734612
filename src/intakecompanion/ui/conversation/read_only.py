"""A finished conversation is shown as it was kept: its text stays readable and selectable,
and nothing in it can be changed until the coach reopens it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.note_card import NoteCard


def make_read_only(root: QWidget) -> None:
    """Text fields become read-only (still focusable, so they can be read and copied); buttons,
    choices and checklist items stop taking changes. The view is rebuilt when reopened."""
    for widget in root.findChildren(QWidget):
        if widget.property("stays_enabled"):  # e.g. "why?" on an item: it changes nothing
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractButton | QComboBox):
            widget.setEnabled(False)
        elif isinstance(widget, ItemRow | NoteCard):
            widget.read_only = True  # the row's keys; the card's field, when it is made
