"""The unlocked-or-locked state of one vault, for the window: opens it off the UI thread.

Creating and unlocking derive a key with Argon2 (about a second), so they run in a pool thread
and report back by signal. A lock that arrives while an unlock is running wins: the vault that
unlock opens is closed at once and never handed to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.background import BackgroundJob
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault


@dataclass(frozen=True)
class VaultAccess:
    """Where the vault is and how keys are derived (tests pass cheap KDF parameters)."""

    path: Path
    kdf: KdfParams | None = None

    def exists(self) -> bool:
        return store.vault_exists(self.path)

    def create(self, passphrase: str) -> tuple[Vault, str]:
        return store.create_vault(self.path, passphrase, kdf=self.kdf)

    def unlock(self, passphrase: str) -> Vault:
        return store.unlock(self.path, passphrase)

    def recover(self, recovery_key: str) -> Vault:
        return store.unlock_with_recovery_key(self.path, recovery_key)


class VaultSession(QObject):
    """Holds the open vault and its Casebook while unlocked; nothing while locked."""

    opened = Signal()  # the casebook is ready
    created = Signal(str)  # a new vault: its recovery key, to be shown once
    failed = Signal(object)  # the exception of a create, unlock or passphrase change
    passphrase_changed = Signal()
    closed = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        access: VaultAccess | Path,
        clock: Callable[[], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access if isinstance(access, VaultAccess) else VaultAccess(access)
        self._clock = clock
        self._vault: Vault | None = None
        self._casebook: Casebook | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._attempt = 0  # bumped by every start and every lock; stale results are dropped
        self._jobs: set[BackgroundJob] = set()
        self._changing_passphrase = False
        self.opened_with_recovery_key = False

    # -- state -------------------------------------------------------------------------------

    @property
    def casebook(self) -> Casebook | None:
        return self._casebook

    @property
    def is_open(self) -> bool:
        return self._casebook is not None

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def vault_exists(self) -> bool:
        return self.access.exists()

    # -- opening -----------------------------------------------------------------------------

    def create(self, passphrase: str) -> None:
        self._start(lambda: self.access.create(passphrase), self._on_created)

    def unlock(self, passphrase: str) -> None:
        self.opened_with_recovery_key = False
        self._start(lambda: self.access.unlock(passphrase), self._on_unlocked)

    def recover(self, recovery_key: str) -> None:
        self.opened_with_recovery_key = True
        self._start(lambda: self.access.recover(recovery_key), self._on_unlocked)

    def change_passphrase(self, new_passphrase: str) -> None:
        vault = self._vault
        if vault is None:
            raise RuntimeError("the vault is locked")
        self._changing_passphrase = True
        kdf = self.access.kdf
        self._start(lambda: vault.change_passphrase(new_passphrase, kdf), self._on_passphrase_set)

    def _start(self, call: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._attempt += 1
        attempt = self._attempt
        job = BackgroundJob(call, self)
        job.succeeded.connect(lambda result: self._deliver(attempt, result, on_success))
        job.failed.connect(lambda error: self._fail(attempt, error))
        job.finished.connect(lambda: self._forget(job))
        self._jobs.add(job)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        job.start(self._pool)

    def _deliver(self, attempt: int, result: Any, on_success: Callable[[Any], None]) -> None:
        if attempt != self._attempt:
            # Locked (or superseded) meanwhile: whatever was opened is closed, never shown.
            vault = result[0] if isinstance(result, tuple) else result
            if isinstance(vault, Vault) and vault is not self._vault:
                vault.close()
            return
        on_success(result)

    def _fail(self, attempt: int, error: Exception) -> None:
        if attempt == self._attempt:
            self.failed.emit(error)

    def _forget(self, job: BackgroundJob) -> None:
        self._jobs.discard(job)
        self._changing_passphrase = False
        job.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)

    def _on_created(self, result: tuple[Vault, str]) -> None:
        vault, recovery_key = result
        self._take(vault)
        self.created.emit(recovery_key)

    def _on_unlocked(self, vault: Vault) -> None:
        self._take(vault)
        self.opened.emit()

    def _on_passphrase_set(self, _result: object) -> None:
        self.opened_with_recovery_key = False
        self.passphrase_changed.emit()

    def _take(self, vault: Vault) -> None:
        self._vault = vault
        self._casebook = Casebook(vault) if self._clock is None else Casebook(vault, self._clock)

    # -- closing -----------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the vault and forget the casebook; any unlock still running is voided."""
        self._attempt += 1
        if self._changing_passphrase:
            # It writes the key file through the open vault: let it finish before closing.
            self._pool.waitForDone()
        vault, self._vault, self._casebook = self._vault, None, None
        if vault is not None:
            vault.close()
        self.closed.emit()

    def shut_down(self) -> None:
        self.lock()
