"""Lock after a quiet spell, with a warning first: an application-wide event filter notes the
time of every input; a once-a-second check counts down the last seconds and then locks."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        # A key that is a shortcut (Ctrl+3, Ctrl+S) never arrives as a KeyPress.
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})

WARNING_MS = 30_000  # how long the countdown before the lock shows
TICK_MS = 1_000


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class IdleWatcher(QObject):
    """Emits `countdown` once a tick during the last `warning_ms` of a quiet spell of
    `limit_ms()`, then `idle` once. Input during the countdown emits `resumed` instead, and
    the key that cancels it is not passed on, so it cannot land in a note.

    The limit is read at every check, not at the input: the input that opens a conversation
    (with its longer limit) arrives before the conversation is there."""

    idle = Signal()
    countdown = Signal(int)  # whole seconds left before the lock
    resumed = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        limit_ms: Callable[[], int],
        parent: QObject | None = None,
        *,
        warning_ms: int = WARNING_MS,
        tick_ms: int = TICK_MS,
        clock: Callable[[], int] = _monotonic_ms,
    ):
        super().__init__(parent)
        self._app = app
        self._limit_ms = limit_ms
        self._warning_ms = warning_ms
        self._clock = clock
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._check)
        self._last_input = 0
        self._warning = False
        self._swallow_key = False  # the key that cancelled the countdown
        self._active = False

    @property
    def warning(self) -> bool:
        """The countdown is showing."""
        return self._warning

    def set_timing(self, warning_ms: int, tick_ms: int, clock: Callable[[], int]) -> None:
        """How long the countdown lasts, how often it is checked, which clock (for tests)."""
        self._warning_ms, self._clock = warning_ms, clock
        self._tick.setInterval(tick_ms)
        self.restart()

    def restart(self) -> None:
        """Count the quiet spell from now."""
        self._last_input = self._clock()

    def start(self) -> None:
        """Watch from now on (while the vault is open)."""
        if not self._active:
            # Only while watching: the filter sees every event the application handles, and
            # each costs a Python call (a few microseconds).
            self._app.installEventFilter(self)
        self._active = True
        self.restart()
        self._tick.start()

    def stop(self) -> None:
        if self._active:
            self._app.removeEventFilter(self)
        self._active = False
        self._tick.stop()
        self._end_warning()

    def remove(self) -> None:
        self.stop()

    def _check(self) -> None:
        left = self._limit_ms() - (self._clock() - self._last_input)
        if left <= 0:
            self._tick.stop()
            self._warning = False
            self.idle.emit()
        elif left <= self._warning_ms:
            self._warning = True
            self.countdown.emit(math.ceil(left / 1000))
        else:
            self._end_warning()  # the limit grew (a conversation opened)

    def _end_warning(self) -> bool:
        """Stop the countdown; True if it was showing."""
        if not self._warning:
            return False
        self._warning = False
        self.resumed.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.KeyRelease:
            self._swallow_key = False  # a shortcut's key press never comes
            return False
        if kind not in _INPUT_EVENTS:
            return False
        self._last_input = self._clock()
        if self._end_warning() and kind in _KEY_EVENTS:
            self._swallow_key = True
        if kind == QEvent.Type.KeyPress and self._swallow_key:
            self._swallow_key = False
            return True
        return False
