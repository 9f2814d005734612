"""The yardstick for start-up: a bare PySide6 QMainWindow of the app's size, quitting after
its first paint and printing when; app_window.py runs the app with the same watcher.

Run by `benchmarks/startup.py` (its `main()`); imports nothing of the app.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


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


class FirstPaint(QObject):
    """Watches one window: after its first paint has been handled, prints the moment
    (CLOCK_MONOTONIC, shared by all processes, so the parent can subtract its own start) and
    the peak memory, and quits.

    The window only, not the whole application: a Python filter on the application is handed
    every object that gets an event, and for an object of a class PySide does not wrap (Qt's
    QGestureManager, made with the first scroll area) PySide then creates every class of every
    loaded Qt module, about 160 enums: 15 % of the app's start-up, paid by the watcher
    alone (the program has no such filter before it is unlocked) and never by the bare window,
    which has no scroll area. docs/performance.md has the measurement.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            # A zero timer fires once this paint (children included) has been flushed.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"painted {time.monotonic():.6f} {peak_memory_kib()}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Intake Companion")
    window.resize(1280, 720)
    FirstPaint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
