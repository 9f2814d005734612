"""The unlocked-or-locked state of one vault, for the window: opens it off the UI thread.

Creating and unlocking derive a key with Argon2 (about a second), so they run in a pool thread.
Every request reports back the same way, by signal: its own signal when it succeeds, `failed`
when it does not. A lock that arrives while an unlock is running wins: the vault that unlock
opens is closed at once and never handed to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from intakecompanion.ui.lock.background import BackgroundRunner
from intakecompanion.ui.lock.kept_edits import KeptEdits
from intakecompanion.vault.claim import VaultClaim
from intakecompanion.vault.errors import VaultError

if TYPE_CHECKING:
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.vault.keys import KdfParams
    from intakecompanion.vault.store import Vault


def _store() -> ModuleType:
    """The vault's libraries (SQLCipher, Argon2, sqlite-utils) load with the first create or
    unlock, in the worker thread, so the unlock screen shows sooner and smaller (make bench).
    The casebook comes along, ready for when the vault is handed over."""
    import intakecompanion.domain.casebook  # noqa: F401
    from intakecompanion.vault import store

    return store


@dataclass(frozen=True)
class VaultAccess:
    """Where the vault is and how keys are derived (tests pass cheap KDF parameters)."""

    path: Path
    kdf: KdfParams | None = None

    def exists(self) -> bool:
        return Path(self.path).exists()  # as store.vault_exists, without loading the vault

    def create(self, passphrase: str) -> tuple[Vault, str]:
        result: tuple[Vault, str] = _store().create_vault(self.path, passphrase, kdf=self.kdf)
        # Not confirmed until the coach says they kept it: a lock before that (the key page
        # gone unseen) is told apart at the next unlock, which offers a new key.
        _set_confirmed_quietly(result[0], False)
        return result

    def unlock(self, passphrase: str) -> Vault:
        vault: Vault = _store().unlock(self.path, passphrase)
        return vault

    def recover(self, recovery_key: str) -> Vault:
        vault: Vault = _store().unlock_with_recovery_key(self.path, recovery_key)
        _set_confirmed_quietly(vault, True)  # the coach has it: they just typed it
        return vault


def _set_confirmed_quietly(vault: Vault, confirmed: bool) -> None:
    """Record whether the recovery key was confirmed; a disk that refuses only means the
    question comes (or does not come) once more, so it never stops an open."""
    from intakecompanion.vault import meta
    from intakecompanion.vault.errors import VaultError

    try:
        if meta.recovery_key_confirmed(vault) != confirmed:
            meta.set_recovery_key_confirmed(vault, confirmed)
    except (VaultError, OSError):
        pass


def _change_passphrase(vault: Vault, old: str | None, new: str, kdf: KdfParams | None) -> None:
    """Check the current passphrase (when the vault has one), then rewrap the key."""
    from intakecompanion.vault import keys

    if vault.passphrase_set:  # after a recovery-key unlock there is none to check
        keys.Wrapping.unlock(keys.read_key_file(vault.key_file), old or "")  # WrongPassphrase
    vault.change_passphrase(new, kdf)


def _replace_recovery_key(vault: Vault) -> str:
    """Re-key the vault; the new key counts as unconfirmed until the coach says they kept it."""
    key = vault.replace_recovery_key()
    _set_confirmed_quietly(vault, False)
    return key


def _check_damaged(vault: Vault) -> object:
    from intakecompanion.vault.errors import VaultError

    try:
        return vault.check_closed()
    except VaultError as error:
        return error


class VaultSession(QObject):
    """Holds the open vault and its Casebook while unlocked; nothing while locked."""

    opened = Signal(bool)  # the casebook is ready; True when opened with the recovery key
    created = Signal(str)  # a new vault: its recovery key, to be shown once
    passphrase_changed = Signal()
    recovery_key_replaced = Signal(str)  # the new recovery key, to be shown once
    failed = Signal(object)  # the exception of any of the requests above
    closed = Signal()
    busy_changed = Signal(bool)
    # Damage was found in the open vault: closed untouched, then checked as `verify` does;
    # the check's report (inspection.VerifyReport), or the VaultError when it could not run.
    damaged = Signal(object)
    # A write met damage in the open vault (its transaction rolled back as `SaveFailed`, no
    # full disk): the window closes it as when a read meets damage (MainWindow.vault_damaged).
    write_met_damage = Signal()

    def __init__(
        self,
        access: VaultAccess | Path,
        clock: Callable[[], Any] | None = None,
        parent: QObject | None = None,
        *,
        casebook_factory: Callable[[Vault], Casebook] | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access if isinstance(access, VaultAccess) else VaultAccess(access)
        self._clock = clock
        self._casebook_factory = casebook_factory  # tests inject a casebook whose disk fails
        self.kept = KeptEdits()  # edits a lock interrupted, for the next unlock
        self._vault: Vault | None = None
        self._casebook: Casebook | None = None
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._settle)
        self._attempt = 0  # bumped by every start and every lock; stale results are dropped
        # ticket -> (attempt, what to do with the result); a ticket leaves when its call ends
        self._pending: dict[int, tuple[int, Callable[[Any], None]]] = {}
        self._writing_keys = False  # a passphrase change or a re-key is running
        # This window's hold on its vault (vault/claim.py): taken when the unlock page shows or
        # the vault is made, kept while open and while locked (kept edits wait for it), let go
        # when the window quits or turns to another vault.
        self._claim: VaultClaim | None = None

    # -- state -------------------------------------------------------------------------------

    @property
    def casebook(self) -> Casebook | None:
        return self._casebook

    @property
    def is_open(self) -> bool:
        return self._casebook is not None

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def vault_exists(self) -> bool:
        return self.access.exists()

    def switch_to(self, path: Path) -> None:
        """From now on this session opens the vault at `path` (locked: nothing is open)."""
        if self.is_open or self.busy:
            raise RuntimeError("lock the vault before switching to another")
        if Path(path) != Path(self.access.path):
            self.let_go()
        self.access = VaultAccess(path, self.access.kdf)

    def claim(self) -> VaultError | None:
        """Hold the vault for this window; the refusal (`VaultInUse`: another window has it, or
        the folder cannot be written) when it cannot be held. Asked again at every open."""
        if self._claim is None:
            try:
                self._claim = VaultClaim.take(self.access.path)
            except VaultError as refused:
                return refused
        return None

    def let_go(self) -> None:
        """Give the vault up for other windows (quit, or another vault): nothing is open."""
        claim, self._claim = self._claim, None
        if claim is not None:
            claim.release()

    # -- opening -----------------------------------------------------------------------------

    # The calls capture `access` (plain data), never `self`: they end in the worker thread.

    def create(self, passphrase: str) -> None:
        access = self.access
        if self._claimed():
            self._start(lambda: access.create(passphrase), self._on_created)

    def unlock(self, passphrase: str) -> None:
        access = self.access
        if self._claimed():
            self._start(
                lambda: access.unlock(passphrase), lambda vault: self._on_unlocked(vault, False)
            )

    def recover(self, recovery_key: str) -> None:
        access = self.access
        if self._claimed():
            self._start(
                lambda: access.recover(recovery_key),
                lambda vault: self._on_unlocked(vault, True),
            )

    def _claimed(self) -> bool:
        """The vault is held for this window; otherwise `failed` says why not."""
        refused = self.claim()
        if refused is not None:
            self.failed.emit(refused)
        return refused is None

    # -- the keys, while open (the gate after a recovery-key unlock, the Vault menu) ----------

    @property
    def passphrase_set(self) -> bool:
        return self._vault is not None and self._vault.passphrase_set

    @property
    def recovery_key_confirmed(self) -> bool:
        from intakecompanion.vault import meta

        return meta.recovery_key_confirmed(self._open_vault())

    def confirm_recovery_key(self) -> None:
        """The coach says they kept the recovery key shown; SaveFailed if the disk refuses."""
        from intakecompanion.vault import meta

        meta.set_recovery_key_confirmed(self._open_vault(), True)

    def change_passphrase(self, new: str, old: str | None = None) -> None:
        """Check `old` (when the vault has a passphrase: not after a recovery-key unlock), then
        set `new`, off the UI thread; `passphrase_changed`. A lock meanwhile waits for it, and
        the outcome then goes nowhere."""
        vault = self._open_vault()
        self._writing_keys = True
        kdf = self.access.kdf
        self._start(
            lambda: _change_passphrase(vault, old, new, kdf),
            lambda _result: self.passphrase_changed.emit(),
        )

    def replace_recovery_key(self) -> None:
        """Re-key the vault off the UI thread; `recovery_key_replaced(new_key)`."""
        vault = self._open_vault()
        self._writing_keys = True
        self._start(lambda: _replace_recovery_key(vault), self.recovery_key_replaced.emit)

    def _open_vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the vault is locked")
        return self._vault

    def _start(self, call: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._attempt += 1
        ticket = self._runner.submit(call)
        self._pending[ticket] = (self._attempt, on_success)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

    def _settle(self, ticket: int, result: Any, error: Exception | None) -> None:
        attempt, on_success = self._pending.pop(ticket)
        self._writing_keys = False
        # Busy ends before the outcome is shown, so pages are usable again when they show it.
        if not self._pending:
            self.busy_changed.emit(False)
        if attempt != self._attempt:
            # Locked (or superseded) meanwhile: whatever was opened is closed, never shown.
            vault = result[0] if isinstance(result, tuple) else result
            if isinstance(vault, _store().Vault) and vault is not self._vault:
                vault.close()
        elif error is not None:
            self.failed.emit(error)
        else:
            on_success(result)

    def _on_created(self, result: tuple[Vault, str]) -> None:
        vault, recovery_key = result
        self._take(vault)
        self.created.emit(recovery_key)

    def _on_unlocked(self, vault: Vault, with_recovery_key: bool) -> None:
        self._take(vault)
        self.opened.emit(with_recovery_key)

    def _take(self, vault: Vault) -> None:
        from intakecompanion.domain.casebook import Casebook

        self._vault = vault
        vault.on_damage = self.write_met_damage.emit
        if self._casebook_factory is not None:
            self._casebook = self._casebook_factory(vault)
        elif self._clock is not None:
            self._casebook = Casebook(vault, self._clock)
        else:
            self._casebook = Casebook(vault)

    # -- edits kept across a lock ------------------------------------------------------------

    @property
    def kept_count(self) -> int:
        return len(self.kept)

    # -- closing -----------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the vault and forget the casebook; any unlock still running is voided."""
        self._attempt += 1
        if self._writing_keys:
            # It rewrites the key file (or re-keys) through the open vault: let it finish
            # before closing; its outcome is then dropped, the lock wins.
            self._runner.wait()
        vault, self._vault, self._casebook = self._vault, None, None
        if vault is not None:
            vault.close()
        self.closed.emit()

    def close_damaged(self) -> None:
        """A read met a damaged page: close the vault writing nothing more (no catch-up, no
        checkpoint), forget the casebook (`closed`), then check the file off the UI thread with
        `verify`'s own check; `damaged(report)`, or `damaged(error)` when even that fails."""
        self._attempt += 1
        vault, self._vault, self._casebook = self._vault, None, None
        if vault is None:
            return
        vault.close_untouched()
        self.closed.emit()
        self._start(lambda: _check_damaged(vault), self.damaged.emit)

    def shut_down(self) -> None:
        """Lock, and wait for a call still running (its vault is closed when it arrives)."""
        self.lock()
        self._runner.wait()
        QCoreApplication.sendPostedEvents(self)  # deliver (and so close) what it opened
        self.let_go()  # the vault is closed: another window may have it now
