"""An unlocked vault: one sqlite-utils Database over a keyed SQLCipher connection.

Every write goes through `Vault.transaction()`: one short transaction that is on disk (fsync'd,
synchronous=FULL) when the block exits, or rolled back whole and reported as `SaveFailed`.
The vault also keeps what it needs to rewrite its key file: a new passphrase, a new recovery key.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import sqlcipher3
from sqlite_utils import Database

from intakecompanion.vault import (  # noqa: F401  (compat: sqlite-utils fix)
    compat,
    files,
    inspection,
    keys,
    migration_copies,
    passphrase_rule,
    search_index,
)
from intakecompanion.vault.claim import VaultClaim
from intakecompanion.vault.engine import (
    copy_database,
    is_damage_error,
    is_storage_error,
    raw_key_pragma,
    salt_of,
)
from intakecompanion.vault.errors import (
    FileInUse,
    PassphraseNotSet,
    SaveFailed,
    VaultDamaged,
    VaultError,
)


class Vault:
    """An open, unlocked vault. Made by `create_vault`, `unlock`, `unlock_with_recovery_key`
    or `open_with_data_key`; holds the data key (and the passphrase's wrapping key, if it was
    unlocked with one) so the key file can be rewritten without asking again."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        *,
        data_key: bytes,
        wrapping: keys.Wrapping | None = None,
        salt: bytes | None = None,
    ) -> None:
        self.path = Path(path)
        self._conn: sqlcipher3.Connection | None = conn
        # No sqlite-utils plugins: none may touch the vault's connection, and looking for them
        # scans every installed package's metadata (about 17 ms and 1.5 MiB per Database).
        self.db = Database(conn, execute_plugins=False)
        self._data_key = data_key
        self._wrapping = wrapping
        # Kept from the unlock: the file is never reopened by path while the connection holds
        # it (closing any handle of it drops the process's POSIX locks on Linux).
        self.salt = salt if salt is not None else salt_of(conn)
        # A new recovery key is made in a worker thread while the UI thread may write: the
        # re-key and a transaction must never interleave on the one connection.
        self._writing = threading.RLock()
        # time.monotonic() of the last commit, while any is not yet folded into the file (None:
        # the WAL is folded in), so saves that have paused can be folded (IdleFolder).
        self.unfolded_commit_at: float | None = None
        self._claim: VaultClaim | None = None  # a command's hold on the vault (`held_by`)
        # A write that met damage (a page failing its check: no retry mends it, unlike a full
        # disk) is told to `on_damage`, so the window closes the vault untouched as after a
        # read that met it; from then on `close` writes nothing either.
        self.damaged = False
        self.on_damage: Callable[[], None] | None = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def changes(self) -> tuple[int, int]:
        """Changes as soon as anything is written: the rows this connection has changed
        (SQLite's total_changes) and the data version, which another connection's commit
        moves. Equal twice: nothing read in between can have changed."""
        conn = self._require_conn()
        return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def key_file(self) -> Path:
        return files.key_file_path(self.path)

    @property
    def passphrase_set(self) -> bool:
        """False after a recovery-key unlock: the key file then needs a new passphrase."""
        return self._wrapping is not None

    @property
    def busy_timeout_ms(self) -> int:
        """How long a write or a waiting checkpoint waits for another connection (a backup's
        reader) before it gives up: SQLite's busy timeout, 5 s unless set."""
        return int(self._require_conn().execute("PRAGMA busy_timeout").fetchone()[0])

    @busy_timeout_ms.setter
    def busy_timeout_ms(self, milliseconds: int) -> None:
        self._require_conn().execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One short write transaction, committed (and fsync'd) when the block exits.

        Storage failures (disk full, I/O error, read-only, locked) roll everything back and
        raise `SaveFailed` (from SQLite's error: `is_damage_error` tells damage met by the
        write, also told to `on_damage`); mistakes in the SQL itself propagate unchanged.
        """
        with self._writing:
            conn = self._require_conn()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                if is_storage_error(exc):  # locked by another program, or the disk is gone
                    raise SaveFailed() from exc
                raise
            try:
                yield self.db
                conn.execute("COMMIT")
                self.unfolded_commit_at = time.monotonic()
            except BaseException as exc:
                self._rollback()
                if is_storage_error(exc):
                    if is_damage_error(exc):
                        self._damage_met()
                    raise SaveFailed() from exc
                raise

    def _damage_met(self) -> None:
        first, self.damaged = not self.damaged, True
        if first and self.on_damage is not None:
            self.on_damage()

    def catch_up_search(self) -> None:
        """Index the notes saved since the search index last caught up (`search_index.py`):
        before a search, when saves pause, at a backup and when the vault closes. Nothing to
        do costs one read. `SaveFailed` when the disk refuses: the index stays behind, no text
        is lost, and the next catch-up applies it."""
        with self._writing:
            if search_index.is_behind(self._require_conn()):
                with self.transaction():
                    search_index.catch_up(self._require_conn())

    def checkpoint(self, *, wait: bool = True) -> bool:
        """Fold the WAL back into the main file and truncate it (after deletes, before close).

        Returns False when it could not finish: another connection (a backup's reader) still
        reads an older state, or the disk refused. Committed data is safe either way; the WAL
        is folded in at the next checkpoint, at the latest when the vault is closed. With
        `wait=False` it does not wait out the busy timeout for that reader (nor keep a save
        waiting meanwhile): for a worker that tries again later.
        """
        with self._writing:
            conn = self._require_conn()
            try:
                with _busy_timeout(conn, None if wait else 0):
                    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlcipher3.Error as exc:
                if is_storage_error(exc):
                    return False
                raise
            if busy == 0:
                self.unfolded_commit_at = None
        return busy == 0

    def copy_to(self, target: Path) -> None:
        """A complete copy of the vault as this connection sees it, at `target` (new, 0600),
        under the same key and salt (the key file and the recovery key open it too)."""
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        with self._writing:
            try:
                files.create_private_file(temp)
                copy_database(self._require_conn(), temp, self._data_key, self.salt)
                files.rename_file(temp, target)
                files.fsync_folder(target.parent)
            except FileInUse:
                raise
            except (OSError, sqlcipher3.Error) as exc:
                raise SaveFailed() from exc
            finally:
                files.remove_quietly([temp, temp.with_name(temp.name + "-journal")])

    def remove_kept_copies(self) -> None:
        """Remove the copies kept from before a schema migration, and an inspection copy a
        crash left behind (after an erasure: they still hold what was erased)."""
        migration_copies.remove(migration_copies.find(self.path, self.salt))
        migration_copies.remove_stale_inspections(self.path)

    def check_integrity(self) -> None:
        """Read every page (HMAC) and the b-trees; `VaultDamaged` if anything is off."""
        conn = self._require_conn()
        try:
            cipher_problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise VaultDamaged() from exc
        if cipher_problems or result != [("ok",)]:
            raise VaultDamaged()

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the data key under `new_passphrase` (the vault itself is not rewritten)."""
        passphrase_rule.require_acceptable(new_passphrase)
        self._require_conn()
        params = kdf or self._current_kdf() or keys.tune_kdf()
        wrapping = keys.Wrapping.from_passphrase(new_passphrase, params)
        keys.write_key_file(self.key_file, wrapping.seal(self.salt, [self._data_key]))
        self._wrapping = wrapping

    def replace_recovery_key(self) -> str:
        """Re-key the vault under a new data key; returns the new recovery key (show it once).

        The old recovery key (and the old key file) no longer open the vault; copies made
        earlier keep their old key. The key file holds both keys while `PRAGMA rekey` runs,
        so the passphrase opens the vault whatever moment a crash comes.
        """
        with self._writing:
            conn = self._require_conn()
            if self._wrapping is None:
                raise PassphraseNotSet()
            if conn.in_transaction:
                raise RuntimeError("replace_recovery_key inside a transaction")
            salt, old_key, new_key = self.salt, self._data_key, keys.new_data_key()
            keys.write_key_file(self.key_file, self._wrapping.seal(salt, [old_key, new_key]))
            try:
                conn.execute(raw_key_pragma(new_key, pragma="rekey"))
            except sqlcipher3.Error as exc:
                keys.write_key_file(self.key_file, self._wrapping.seal(salt, [old_key]))
                raise SaveFailed() from exc
            # The vault is under the new key from here on: the key file must keep it, and the
            # new recovery key must be shown (the old one no longer opens the vault).
            self._data_key = new_key
            try:
                self.checkpoint()  # the old key's pages leave the WAL now
                keys.write_key_file(self.key_file, self._wrapping.seal(salt, [new_key]))
            except (sqlcipher3.Error, VaultError):
                pass  # the key file still holds both keys; the next unlock settles it
            return keys.format_recovery_key(new_key)

    def held_by(self, claim: VaultClaim) -> Vault:
        """Keep `claim` (vault/claim.py) until the vault is closed: a command that writes."""
        self._claim = claim
        return self

    def close(self) -> None:
        if self.damaged:  # a write met damage: nothing more goes into the file
            self.close_untouched()
            self._let_go()
            return
        # Under the write lock: a worker's checkpoint (ui/lock/wal_folding.py) may be running.
        with self._writing:
            if self._conn is not None:
                try:
                    # On a full or failing disk these do not finish: every committed edit is
                    # safe in the WAL and the next open folds it in; the notes behind stay
                    # recorded and the next search indexes them. A lock must not stop half-way.
                    self._catch_up_search_quietly()
                    self.checkpoint()
                finally:
                    self._conn.close()
                    self._conn = None
                    self._let_go()

    def _let_go(self) -> None:
        claim, self._claim = self._claim, None
        if claim is not None:
            claim.release()

    def close_untouched(self) -> None:
        """Close after damage was found, writing nothing more to the file: no catch-up of the
        search index, no checkpoint. Commits of this session stay in the -wal beside it
        (SQLite folds the WAL in when its last connection closes: a read-only connection is
        held open meanwhile, so this one is not the last, and that one may not write)."""
        with self._writing:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            if self.unfolded_commit_at is None:  # nothing to fold in: a close writes nothing
                conn.close()
                return
            try:
                reader = inspection.open_read_only(self.path, self._data_key)
                reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.Error:
                conn.close()  # its first page is hit too: nothing left to hold it with
                return
            try:
                conn.close()
            finally:
                reader.close()

    def check_closed(self) -> inspection.VerifyReport:
        """What `intakecompanion verify` finds in this vault's file, once it is closed (read
        only, with the key it was opened with). `VaultDamaged` when not one page opens."""
        if self._conn is not None:
            raise RuntimeError("close the vault first: a second handle would drop its locks")
        unlocked = inspection.UnlockedKeys((self._data_key,), None, proven=True)
        return inspection.verify_file(self.path, unlocked)[0]

    def _catch_up_search_quietly(self) -> None:
        try:
            self.catch_up_search()
        except (SaveFailed, sqlcipher3.Error):
            pass  # a full disk, or a vault whose migration failed (no table of notes behind)

    def _current_kdf(self) -> keys.KdfParams | None:
        if self._wrapping is not None:
            return self._wrapping.kdf
        try:
            return keys.read_key_file(self.key_file).kdf
        except VaultError:
            return None

    def _rollback(self) -> None:
        conn = self._conn
        if conn is not None and conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlcipher3.Error:
                pass  # SQLite already rolled back after the I/O error

    def _require_conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn


@contextmanager
def _busy_timeout(conn: sqlcipher3.Connection, milliseconds: int | None) -> Iterator[None]:
    """Use another busy timeout for one statement (None: keep the connection's own)."""
    if milliseconds is None:
        yield
        return
    previous = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")
