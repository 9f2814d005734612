"""Run one slow call (key derivation takes about a second) off the UI thread.

The job object lives in the UI thread; the call runs in a pool thread and its result comes
back as a queued signal, so receivers always run in the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class BackgroundJob(QObject):
    """`succeeded(result)` or `failed(exception)`, then `finished()`, in the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, call: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call

    def start(self, pool: QThreadPool) -> None:
        pool.start(self._run)

    def _run(self) -> None:
        try:
            result = self._call()
        except Exception as error:  # every failure goes back to the UI, which explains it
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
