"""The autosave's queue, without Qt: the latest write per key, kept until it succeeds.

A write may come with a replay: the same change as a function of the casebook that touches no
widget, so what a lock interrupts can be handed over (in memory) and written after the next
unlock. `ui/shared/autosave.py` runs the queue on timers.
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


Write = Callable[[], None]
# The same change against a casebook passed in (the one of the next unlock); touches no widget.
Replay = Callable[[Any], None]


class SaveState(StrEnum):
    SAVED = "saved"  # everything shown is on disk
    PENDING = "pending"  # a change waits for the debounce
    FAILED = "failed"  # the last attempt failed; the change is kept and retried


class SaveQueue:
    """Pending writes by key; a newer write for a key replaces the older one (it carries more).

    A write is a callable that reads the current value from its widget and hands it to the
    casebook; it leaves the queue only once that call has returned, i.e. the value is on disk.
    """

    def __init__(self) -> None:
        self._pending: dict[Hashable, Write] = {}
        self._replays: dict[Hashable, Replay] = {}
        self._flushing = False
        self.last_error: BaseException | None = None

    def put(self, key: Hashable, write: Write, replay: Replay | None = None) -> None:
        self._pending[key] = write
        if replay is None:
            self._replays.pop(key, None)
        else:
            self._replays[key] = replay

    def discard(self, key: Hashable) -> None:
        self._pending.pop(key, None)
        self._replays.pop(key, None)

    def take_unsaved(self) -> tuple[list[Replay], int]:
        """Empty the queue: (the replays of what is pending, in order; how many had none)."""
        replays = [self._replays[key] for key in self._pending if key in self._replays]
        without = len(self._pending) - len(replays)
        self._pending.clear()
        self._replays.clear()
        self.last_error = None
        return replays, without

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
        """Run the pending writes in the order they were made; True when nothing is left.

        Stops at the first failure so later writes (an update after a create) keep their order,
        and a failing disk is not hammered; the failed write stays queued for the next try.
        """
        if self._flushing:  # a write's own widget update re-entered; the outer flush goes on
            return False
        self._flushing = True
        try:
            for key, write in list(self._pending.items()):
                if self._pending.get(key) is not write:
                    continue  # replaced or discarded by an earlier write in this round
                try:
                    write()
                except Exception as exc:
                    if not is_save_failure(exc):
                        raise
                    self.last_error = exc
                    return False
                if self._pending.get(key) is write:
                    del self._pending[key]
                    self._replays.pop(key, None)
            self.last_error = None
            return not self._pending
        finally:
            self._flushing = False
