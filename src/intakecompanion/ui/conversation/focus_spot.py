"""Finding a field again after an unlock, when every widget was made anew: by names and ids
(an item's id, a note's, a step's; `Place`), or by its position among the focusable fields of a
part whose fields are always made in the same order (a form, the closing step). The cursor is
told by its offsets, never by text (FocusSpot)."""

from __future__ import annotations

from typing import Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

Place = tuple[str | int | None, ...]
FIELD = "field"  # a place told by position: (FIELD, index)
LOST = ("lost",)  # a field of a record not stored yet: it cannot be found again

W = TypeVar("W", bound=QWidget)


@runtime_checkable
class KnowsFields(Protocol):
    """A panel of records whose fields are found by the record's id."""

    def focus_place(self, widget: QWidget) -> Place | None: ...

    def field_at(self, place: Place) -> QWidget | None: ...


def ancestor(widget: QWidget, kind: type[W], top: QWidget) -> W | None:
    """`widget` or the first widget above it (below `top`) that is a `kind`."""
    current: QWidget | None = widget
    while current is not None and current is not top:
        if isinstance(current, kind):
            return current
        current = current.parentWidget()
    return None


def part_name(entry: QWidget, widget: QWidget, names: tuple[str, ...]) -> str | None:
    """Which of the `entry`'s attributes `names` is (or holds) `widget`."""
    for name in names:
        part = getattr(entry, name)
        if part is widget or part.isAncestorOf(widget):
            return name
    return None


def _fields(container: QWidget) -> list[QWidget]:
    return [
        w
        for w in container.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]


def place_in(container: QWidget, widget: QWidget) -> Place | None:
    """Where `widget` is in `container`: by the record it belongs to, else by position."""
    if isinstance(container, KnowsFields):
        own = container.focus_place(widget)
        if own is not None:
            return own
    fields = _fields(container)
    return (FIELD, fields.index(widget)) if widget in fields else None


def field_in(container: QWidget, place: Place) -> QWidget | None:
    """The field at `place` (of `place_in`) in `container` as made now, or None."""
    if len(place) == 2 and place[0] == FIELD and isinstance(place[1], int):
        fields = _fields(container)
        return fields[place[1]] if 0 <= place[1] < len(fields) else None
    return container.field_at(place) if isinstance(container, KnowsFields) else None


def caret(widget: QWidget) -> tuple[int, int]:
    """(cursor, anchor) of a text field; (0, 0) for anything else."""
    if isinstance(widget, QLineEdit):
        cursor = widget.cursorPosition()
        if not widget.hasSelectedText():
            return cursor, cursor
        start, end = widget.selectionStart(), widget.selectionEnd()
        return cursor, start if cursor == end else end
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        text_cursor = widget.textCursor()
        return text_cursor.position(), text_cursor.anchor()
    return 0, 0


def put_caret(widget: QWidget, cursor: int, anchor: int) -> None:
    """Put the cursor (and selection) of `caret` back, within the text the field holds now."""
    if isinstance(widget, QLineEdit):
        length = len(widget.text())
        cursor, anchor = min(cursor, length), min(anchor, length)
        if cursor != anchor:
            widget.setSelection(anchor, cursor - anchor)  # the cursor ends at `cursor`
        else:
            widget.setCursorPosition(cursor)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        last = widget.document().characterCount() - 1
        text_cursor = widget.textCursor()
        text_cursor.setPosition(min(anchor, last))
        text_cursor.setPosition(min(cursor, last), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(text_cursor)
