"""The autosave's queue, without Qt: the latest change per key, kept until it is on disk.

A change is a replay: a function of the casebook it is written into, touching no widget. The
queue writes it into its `target`; what a lock interrupts is handed over as it is (in memory)
and written into the casebook of the next unlock. `ui/shared/autosave.py` runs the queue on
timers.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from enum import StrEnum
from typing import Any

from intakecompanion.vault.engine import is_storage_error
from intakecompanion.vault.errors import VaultError


def is_save_failure(exc: BaseException) -> bool:
    """A write the disk refused, kept and tried again: the vault's own errors (its transaction
    turns storage failures into SaveFailed), the operating system's, and a storage failure
    SQLite reports itself (disk full, read-only, I/O). Anything else, a wrong SQL statement
    included, is a mistake in the program and must surface, not look like a full disk."""
    return isinstance(exc, VaultError | OSError) or is_storage_error(exc)


# A change against the casebook passed in (this session's, or the next unlock's).
Replay = Callable[[Any], None]
# What the screen does once the change is on disk (never run for a change handed over).
Then = Callable[[], None]


class SaveState(StrEnum):
    SAVED = "saved"  # everything shown is on disk
    PENDING = "pending"  # a change waits for the debounce
    FAILED = "failed"  # the last attempt failed; the change is kept and retried


class SaveQueue:
    """Pending changes by key; a newer change for a key replaces the older one (it carries more).

    A change leaves the queue only once its replay, written into `target`, has returned: the
    value is on disk.
    """

    def __init__(self, target: Any = None) -> None:
        self.target = target
        self._pending: dict[Hashable, tuple[Replay, Then | None]] = {}
        self._flushing = False
        self.last_error: BaseException | None = None

    def put(self, key: Hashable, replay: Replay, then: Then | None = None) -> None:
        self._pending[key] = (replay, then)

    def discard(self, key: Hashable) -> None:
        self._pending.pop(key, None)

    def take_unsaved(self) -> list[Replay]:
        """Empty the queue: the changes not on disk, in the order they were made."""
        replays = [replay for replay, _then in self._pending.values()]
        self._pending.clear()
        self.last_error = None
        return replays

    def is_pending(self, key: Hashable) -> bool:
        return key in self._pending

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    @property
    def state(self) -> SaveState:
        if self.last_error is not None:
            return SaveState.FAILED
        return SaveState.PENDING if self._pending else SaveState.SAVED

    def flush(self) -> bool:
        """Write the pending changes in the order they were made; True when nothing is left.

        Stops at the first failure so later writes (an update after a create) keep their order,
        and a failing disk is not hammered; the failed write stays queued for the next try.
        """
        if self._flushing:  # a write's own widget update re-entered; the outer flush goes on
            return False
        self._flushing = True
        try:
            for key, change in list(self._pending.items()):
                if self._pending.get(key) is not change:
                    continue  # replaced or discarded by an earlier change in this round
                replay, then = change
                try:
                    replay(self.target)
                except Exception as exc:
                    if not is_save_failure(exc):
                        raise
                    self.last_error = exc
                    return False
                if self._pending.get(key) is change:
                    del self._pending[key]
                if then is not None:
                    then()
            self.last_error = None
            return not self._pending
        finally:
            self._flushing = False
