"""Folding the vault's WAL back in after an erasure, and when saves pause, off the UI thread.

The checkpoint that takes an erased client's old pages out of the WAL cannot finish while another
connection (a backup that is running) still reads an older state. Waiting for that reader on the
UI thread froze the window for the busy timeout; here the checkpoint runs in a worker, never
waits, and is tried again every `RETRY_MS` until it finishes or the vault is locked (closing the
vault folds the WAL in too).
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from intakecompanion.ui.lock.background import BackgroundRunner
from intakecompanion.vault.errors import SaveFailed

if TYPE_CHECKING:
    from intakecompanion.vault.unlocked import Vault

RETRY_MS = 1000


class WalFolder(QObject):
    """`blocked` once when a fold could not finish (encrypted remnants stay in the WAL for now);
    `folded(after_blocked)` when the WAL is folded in and truncated."""

    blocked = Signal()
    folded = Signal(bool)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._settle)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try)
        self._running = False
        self._again = False  # asked again while a try was running
        self._was_blocked = False

    def stop(self) -> None:
        """At a lock, before the deferred deletion: no more tries, and a try still running in
        the worker has finished, so its worker never signals an object Qt has deleted (a
        segfault, seen once in the test suite)."""
        self._retry.stop()
        self._runner.wait()

    def fold(self) -> None:
        """Fold the WAL in now, in the worker (after an erasure)."""
        self._retry.stop()
        if self._running:
            self._again = True
        else:
            self._try()

    def _try(self) -> None:
        self._running, self._again = True, False
        vault = self._vault
        self._runner.submit(lambda: vault.checkpoint(wait=False))

    def _settle(self, _ticket: int, result: object, error: object) -> None:
        self._running = False
        if error is not None:
            return  # the vault was locked meanwhile: closing it folded the WAL in
        if self._again:
            self._try()
        elif result:
            after_blocked, self._was_blocked = self._was_blocked, False
            self.folded.emit(after_blocked)
        else:
            if not self._was_blocked:
                self._was_blocked = True
                self.blocked.emit()
            self._retry.start(RETRY_MS)


IDLE_S = 2.0  # saves paused this long: the coach is thinking, listening, or gone
IDLE_CHECK_MS = 1000


class IdleFolder(QObject):
    """Once saves have paused for `IDLE_S`, in the worker: brings the notes' search index up to
    date with the notes saved since (`vault/search_index.py`; an autosave no longer does), then
    folds the WAL in.

    Otherwise SQLite folds it itself in the commit of a save (engine.WAL_AUTOCHECKPOINT_PAGES),
    and that save waits for the copy and its fsync. What was saved is on disk either way (the
    WAL is fsync'd at every commit); a fold that cannot finish now is tried at the next pause.
    """

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._done)
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_CHECK_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def stop(self) -> None:
        """At a lock, before the deferred deletion: no more checks, and a fold still running in
        the worker has finished (as `WalFolder.stop`)."""
        self._timer.stop()
        self._runner.wait()

    def _check(self) -> None:
        vault, last = self._vault, self._vault.unfolded_commit_at
        if self._running or not vault.is_open or last is None:
            return
        if time.monotonic() - last >= IDLE_S:
            self._running = True
            self._runner.submit(lambda: _settle(vault))

    def _done(self, _ticket: int, _result: object, _error: object) -> None:
        self._running = False  # not finished or the vault locked: the next pause tries again


def _settle(vault: Vault) -> bool:
    with contextlib.suppress(SaveFailed):  # the disk refused: the next pause tries again
        vault.catch_up_search()
    return vault.checkpoint(wait=False)
