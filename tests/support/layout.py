"""Whether texts are shown whole: labels and buttons that got less room than their text needs
(Qt cuts such a text off silently), and line edits whose hint does not fit."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget


def cut_labels(root: QWidget) -> list[str]:
    """The labels shown in `root` whose text needs more room than they have."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip():
            continue
        needed = label.minimumSizeHint()
        height = label.heightForWidth(label.width()) if label.wordWrap() else needed.height()
        if needed.width() > label.width() + 1 or height > label.height() + 1:
            found.append(
                f"{label.text()[:40]!r} needs {needed.width()}x{height}, "
                f"has {label.width()}x{label.height()}"
            )
    return found


def cut_buttons(root: QWidget) -> list[str]:
    """The buttons, check boxes and radio buttons shown in `root` narrower than their text."""
    return [
        f"button {button.text()[:40]!r} needs {button.sizeHint().width()}, has {button.width()}"
        for button in root.findChildren(QAbstractButton)
        if button.isVisibleTo(root)
        and button.text().strip()
        and button.sizeHint().width() > button.width() + 1
    ]


def sideways_scrolling(root: QWidget) -> list[str]:
    """The scrolled pages and forms shown in `root` wider than their room: part of them is out
    of sight until the coach scrolls sideways. (Lists and tables are not counted: a long
    line there ends in "..." and is read whole beside or below them.)"""
    return [
        f"{area.accessibleName() or type(area).__name__} scrolls sideways by "
        f"{area.horizontalScrollBar().maximum()}"
        for area in root.findChildren(QScrollArea)
        if area.isVisibleTo(root) and area.horizontalScrollBar().maximum() > 0
    ]


def placeholder_fits(edit: QLineEdit) -> bool:
    room = edit.width() - 16  # the frame and the text margins on both sides
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room
