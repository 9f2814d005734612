"""Whether texts are shown whole: labels that got less room than their text needs (Qt cuts
such a text off silently), and line edits whose hint does not fit."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


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


def placeholder_fits(edit: QLineEdit) -> bool:
    room = edit.width() - 16  # the frame and the text margins on both sides
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room
