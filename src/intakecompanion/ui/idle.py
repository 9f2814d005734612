"""Lock after a quiet spell: an application-wide event filter restarts a timer on every input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, app: QCoreApplication, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._active = False

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._active:
            self._timer.start()

    def start(self) -> None:
        """Watch from now on (while the vault is open)."""
        if not self._active:
            # Only while watching: the filter sees every event the application handles, and
            # each costs a Python call (a few microseconds).
            self._app.installEventFilter(self)
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            self._app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def remove(self) -> None:
        self.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False
