"""Forget, at a lock, text the coach copied out of the program: it would stay pasteable.

The clipboard belongs to the whole desktop, so only what was copied here is cleared: text that
appeared while one of our windows had the focus, and is still there at the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied_here: str | None = None
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def _changed(self) -> None:
        if QGuiApplication.focusWindow() is not None:  # our window had the focus: copied here
            self._copied_here = QGuiApplication.clipboard().text()

    def forget(self) -> None:
        """Clear the clipboard if it still holds what was copied in the program."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if clipboard.ownsClipboard() or (self._copied_here and text == self._copied_here):
            clipboard.clear()
        self._copied_here = None
