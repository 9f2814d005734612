"""The desktop session ends (a logout, a shutdown): what is typed is saved before the process
goes, as Ctrl+Q saves it, only without a question (nobody is there to answer it).

- Linux: the session manager (systemd, logind) sends SIGTERM, and SIGKILL some seconds later.
  Python runs a signal handler only when the interpreter runs, and Qt's event loop waits in
  C++: `signal.set_wakeup_fd` writes the signal's number into a pipe whose read end a
  QSocketNotifier watches (a pipe, no socket: the program opens none), so the loop wakes at
  once; the window saves, closes the vault and the program exits. SIGHUP (the terminal it was
  started from closed) likewise.
- Windows: WM_QUERYENDSESSION is Qt's `commitDataRequest`: what is typed is saved (the logout
  may still be cancelled, so the window stays as it is); WM_ENDSESSION is `aboutToQuit`, which
  Qt emits just before Windows ends the process: the window saves and closes the vault.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication

ENDING = (signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM))


class EndOfSession(QObject):
    """From `install` until `uninstall`: `save` when the session asks to, `end` when it ends."""

    def __init__(
        self, app: QGuiApplication, save: Callable[[], None], end: Callable[[], None]
    ) -> None:
        super().__init__(app)
        self._app = app
        self._save = save
        self._end = end
        self._pipe: tuple[int, int] | None = None
        self._previous: dict[int, Any] = {}
        self._previous_fd = -1
        self._notifier: QSocketNotifier | None = None

    def install(self) -> None:
        self._app.commitDataRequest.connect(self._commit_data)
        self._app.aboutToQuit.connect(self._end)
        if os.name == "posix":
            self._watch_signals()

    def uninstall(self) -> None:
        self._app.commitDataRequest.disconnect(self._commit_data)
        self._app.aboutToQuit.disconnect(self._end)
        if self._pipe is None:
            return
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for fd in self._pipe:
            os.close(fd)
        self._pipe = None

    def _commit_data(self, _manager: object) -> None:
        self._save()

    def _watch_signals(self) -> None:
        read, write = os.pipe()
        os.set_blocking(read, False)
        os.set_blocking(write, False)  # a full pipe drops a byte, never blocks the handler
        self._pipe = (read, write)
        self._previous_fd = signal.set_wakeup_fd(write)
        for number in ENDING:
            # A handler of our own: without one the default action ends the process at once.
            self._previous[number] = signal.signal(number, _noted)
        self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        assert self._pipe is not None
        try:
            numbers = os.read(self._pipe[0], 64)
        except BlockingIOError:
            return
        if any(number in numbers for number in ENDING):
            self._end()
            QCoreApplication.exit(0)  # exit, not quit: quit would ask the windows to close


def _noted(_number: int, _frame: object) -> None:
    """The signal is acted on in the event loop (`_woken`), where Qt may be called."""
