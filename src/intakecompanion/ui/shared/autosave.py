"""Autosave for every editor (conversations, the coach's details): each change is a replay
(a function of the casebook, no widget in it), written into the casebook soon after.

`SaveQueue` (intakecompanion.domain.save_queue) is the Qt-free logic; `AutoSaver` adds the
debounce and retry timers and reports what is on disk.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from intakecompanion.domain.save_queue import Replay, SaveQueue, SaveState, Then

DEBOUNCE_MS = 700  # typed text is written after this pause (the promise is at most 1 s)
MAX_WAIT_MS = 3000  # and at least this often while the coach keeps typing without a pause
RETRY_MS = 5000  # after a failed save, try again this often


class AutoSaver(QObject):
    """Runs a SaveQueue on timers: after a typing pause, on focus-out, on demand, and on retry."""

    state_changed = Signal(str)  # a SaveState value
    written = Signal()  # changes went to disk (what is shown from the store may read again)

    def __init__(
        self,
        queue: SaveQueue | None = None,
        *,
        target: Any = None,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue or SaveQueue(target)
        self._state = self.queue.state
        self._debounce = self._timer(debounce_ms)
        self._max_wait = self._timer(max_wait_ms)
        self._retry = self._timer(retry_ms)
        self._stopped = False
        self._kept_serial = itertools.count(1)
        # Whether the store can take writes now; the view ties this to the vault being open,
        # so a retry that fires after a lock does not write to a closed vault.
        self.is_ready: Callable[[], bool] = lambda: True

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def last_error(self) -> BaseException | None:
        return self.queue.last_error

    @property
    def target(self) -> Any:
        """What the changes are written into: the editor's casebook."""
        return self.queue.target

    @target.setter
    def target(self, target: Any) -> None:
        self.queue.target = target

    def change(self, key: Hashable, replay: Replay, then: Then | None = None) -> None:
        """A typed change: written after a short pause (or on focus-out / flush); `then` runs
        once it is on disk."""
        self.queue.put(key, replay, then)
        if self._stopped:
            return
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self._update_state()

    def save_now(self, key: Hashable, replay: Replay, then: Then | None = None) -> bool:
        """A click (tick, switch, add, withdraw): written at once; kept and retried on failure."""
        self.queue.put(key, replay, then)
        return self.flush()

    def take_unsaved(self) -> list[Replay]:
        """At a lock: hand over what could not be saved (see `SaveQueue.take_unsaved`); the
        saver stops, so nothing is written to the vault being closed."""
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()
        self._stopped = True
        taken = self.queue.take_unsaved()
        self._update_state()
        return taken

    def put_back(self, replays: list[Replay]) -> list[Hashable]:
        """Queue edits kept from before a lock, retried like any other; returns their keys."""
        keys: list[Hashable] = []
        for replay in replays:
            key = ("kept", next(self._kept_serial))
            self.queue.put(key, replay)
            keys.append(key)
        self.flush()
        return keys

    def discard(self, key: Hashable) -> None:
        self.queue.discard(key)
        self._update_state()

    def flush(self) -> bool:
        """Write everything pending now; True when all of it is on disk."""
        if self._stopped or not self.is_ready():  # the vault may be closed: nothing to write to
            for timer in (self._debounce, self._max_wait, self._retry):
                timer.stop()
            return not self.queue.has_pending
        self._debounce.stop()
        self._max_wait.stop()
        had_changes = self.queue.has_pending
        done = self.queue.flush()
        if self.queue.state is SaveState.FAILED:
            self._retry.start()
        else:
            self._retry.stop()
        self._update_state()
        if had_changes and done:
            self.written.emit()
        return done

    def stop(self) -> bool:
        """Write what is pending, then stop every timer (before the vault closes on a lock)."""
        done = self.flush()
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()
        self._stopped = True
        return done

    def _update_state(self) -> None:
        state = self.queue.state
        if state is not self._state:
            self._state = state
            self.state_changed.emit(str(state))


class FlushOnFocusOut(QObject):
    """Event filter: when an editor loses focus, its pending text is written right away."""

    def __init__(self, saver: AutoSaver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._saver = saver

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut and self._saver.queue.has_pending:
            self._saver.flush()
        return False
