"""Lock with the desktop: logind's Lock and PrepareForSleep, the freedesktop screensaver.

Where there is no DBus (Windows, macOS, a bare test machine) nothing is connected here; on
Windows the main window locks on Windows' own messages instead (windows_session.py). Ctrl+L and
the idle timer work everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, Signal, Slot

try:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface
except ImportError:  # a Qt build without DBus
    QDBusConnection = None  # type: ignore[assignment,misc]
    QDBusInterface = None  # type: ignore[assignment,misc]

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")

SYSTEM_BUS_SOCKET = Path("/run/dbus/system_bus_socket")


def _system_bus_present() -> bool:
    """Asking Qt for a bus that is not there prints warnings; look before asking."""
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or SYSTEM_BUS_SOCKET.exists()


class DesktopLockWatcher(QObject):
    """Emits `lock_now` when the session is locked, the screensaver starts or sleep begins."""

    lock_now = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if QDBusConnection is None:
            return
        if _system_bus_present():
            self._watch_logind()
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self._watch_screensaver()

    def _watch_logind(self) -> None:
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(  # type: ignore[call-overload]
                LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep", self, self._sleep_slot
            ):
                self.connected.append("PrepareForSleep")
            session_path = self._login_session_path(system)
            if session_path and system.connect(  # type: ignore[call-overload]
                LOGIN1, session_path, f"{LOGIN1}.Session", "Lock", self, self._lock_slot
            ):
                self.connected.append("Lock")

    def _watch_screensaver(self) -> None:
        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            # Any sender: desktops emit it from their own bus name, and a false alarm only locks.
            for path in SCREENSAVER_PATHS:
                if session_bus.connect(  # type: ignore[call-overload]
                    "", path, SCREENSAVER, "ActiveChanged", self, self._screensaver_slot
                ):
                    self.connected.append(f"ActiveChanged {path}")

    # The stubs say bytes; PySide6 wants the SLOT() string (hence the ignores below).
    _lock_slot = SLOT("on_session_lock()")
    _sleep_slot = SLOT("on_prepare_for_sleep(bool)")
    _screensaver_slot = SLOT("on_screensaver(bool)")

    @staticmethod
    def _login_session_path(system: QDBusConnection) -> str:
        """Our logind session's object path ("auto" means the caller's session)."""
        manager = QDBusInterface(LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", system)
        if not manager.isValid():
            return ""
        reply = manager.call("GetSession", "auto")
        arguments = reply.arguments()
        if not arguments:
            return ""
        path = arguments[0]
        return str(path.path() if hasattr(path, "path") else path)

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_now.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_now.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_now.emit()
