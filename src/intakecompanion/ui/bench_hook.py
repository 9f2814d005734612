"""For `make bench`: with INTAKECOMPANION_BENCH_EXIT_AFTER_PAINT=1 the app quits right after the
window's first paint and prints when that was, so start-up can be timed from outside."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

EXIT_AFTER_PAINT_ENV = "INTAKECOMPANION_BENCH_EXIT_AFTER_PAINT"


def peak_memory_kib() -> int:
    """This process's peak resident memory since it started (VmHWM; 0 where unknown).

    Not ru_maxrss: on Linux that also counts the parent's memory at the time of the fork.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _FirstPaint(QObject):
    """Reports after the first paint event of the watched window has been handled."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # A zero timer fires once this paint (children included) has been flushed.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # CLOCK_MONOTONIC is shared by all processes, so the parent can subtract its own start.
        print(f"painted {time.monotonic():.6f} {peak_memory_kib()}", file=sys.stdout, flush=True)
        QApplication.quit()


def quit_after_first_paint_if_asked(window: QWidget) -> None:
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        _FirstPaint(window)
