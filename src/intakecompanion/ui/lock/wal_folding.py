"""Folding the vault's WAL back in after an erasure, off the UI thread.

The checkpoint that takes an erased client's old pages out of the WAL cannot finish while another
connection (a backup that is running) still reads an older state. Waiting for that reader on the
UI thread froze the window for the busy timeout; here the checkpoint runs in a worker, never
waits, and is tried again every `RETRY_MS` until it finishes or the vault is locked (closing the
vault folds the WAL in too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from intakecompanion.ui.lock.background import BackgroundRunner

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
