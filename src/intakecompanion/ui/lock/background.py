"""Run slow calls (key derivation takes about a second) off the UI thread, one at a time.

A plain worker thread does the call; the result comes back through a queued signal of one
long-lived runner object, so receivers run in the UI thread. There are no per-call QObjects:
creating and deleting those across threads is where PySide crashes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor


@runtime_checkable
class _Closable(Protocol):
    """What a call may hand back that must not be left open (a vault)."""

    def close(self) -> None: ...


class BackgroundRunner(QObject):
    """`finished(ticket, result, error)` in the UI thread for every `submit`ted call."""

    finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made with the first call (the first unlock): the unlock screen shows without
        # concurrent.futures and its queue and thread modules (goal 1).
        self._executor: ThreadPoolExecutor | None = None
        self._ticket = 0

    def submit(self, call: Callable[[], Any]) -> int:
        """Start `call` in the worker thread; returns the ticket its outcome will carry."""
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="intakecompanion-worker"
            )
        self._ticket += 1
        self._executor.submit(self._run, self._ticket, call)
        return self._ticket

    def wait(self) -> None:
        """Block until every submitted call has finished (quitting, tests)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    def _run(self, ticket: int, call: Callable[[], Any]) -> None:
        try:
            result, error = call(), None
        except Exception as failure:  # every failure goes back to the UI, which explains it
            result, error = None, failure
        del call  # the closure may hold a passphrase: let it go now
        try:
            self.finished.emit(ticket, result, error)
        except RuntimeError:
            # The runner is gone (the program is closing): nobody is left to take what was
            # opened, so it is closed here.
            for thing in result if isinstance(result, tuple) else (result,):
                if isinstance(thing, _Closable):
                    thing.close()
