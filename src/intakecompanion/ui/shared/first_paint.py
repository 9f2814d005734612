"""Work that waits until a window has first painted: what the first screen does not need is
not in the way of showing it (make bench, goal 1)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls `work` once, from the event loop, right after `window` has painted for the first
    time; the window is watched until then only (a Python filter on the whole application
    would see every object's events, see benchmarks/bare_window.py)."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self._work is not None:
            watched.removeEventFilter(self)
            # A zero timer: after this paint has been handled and flushed to the screen.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()
