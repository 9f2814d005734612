"""Locking with the desktop: a real (private) session bus carries the screensaver's signal;
without any bus the watcher quietly connects nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intakecompanion.ui.lock.desktop_lock import DesktopLockWatcher

CHILD = textwrap.dedent(
    """
    import subprocess, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from intakecompanion.ui.lock.desktop_lock import DesktopLockWatcher

    app = QCoreApplication([])
    watcher = DesktopLockWatcher()
    assert any(name.startswith("ActiveChanged") for name in watcher.connected), watcher.connected
    locked = []
    watcher.lock_now.connect(lambda: (locked.append(True), app.quit()))
    SIGNAL = ["/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"]
    def send(active):
        command = ["dbus-send", "--session", "--type=signal", *SIGNAL, f"boolean:{active}"]
        subprocess.run(command, check=True)
    QTimer.singleShot(100, lambda: send("false"))  # the screensaver stopping: no lock
    QTimer.singleShot(300, lambda: send("true"))
    QTimer.singleShot(10000, app.quit)
    app.exec()
    sys.exit(0 if locked == [True] else 3)
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
    reason="no dbus tools (the screensaver's D-Bus signal is Linux desktops'; Windows' session"
    " lock: test_shell_main_window)",
)
def test_screensaver_signal_on_a_private_session_bus_locks() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_without_a_bus_nothing_is_connected(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DBUS_SYSTEM_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(
        "intakecompanion.ui.lock.desktop_lock.SYSTEM_BUS_SOCKET", Path(os.devnull + "-none")
    )
    watcher = DesktopLockWatcher()
    assert watcher.connected == []
    fired: list[bool] = []
    watcher.lock_now.connect(lambda: fired.append(True))
    watcher.on_prepare_for_sleep(True)
    watcher.on_session_lock()
    assert fired == [True, True]
