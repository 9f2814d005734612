"""Child process for goal 7: the app as `launch` builds it, unlocked, showing the client list.

Prints one JSON line: how long from the unlock request to the client list's first paint, peak
and current memory. `--key-mode recovery` opens with the recovery key (the same path minus the
KDF, whose Argon2 memory would otherwise dominate the peak); `passphrase` is the real unlock.
The key or passphrase is read from stdin. Run by `benchmarks/startup.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from intakecompanion.paths import AppPaths
from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.shared.appearance import prepare_application
from intakecompanion.ui.shared.settings import Settings
from intakecompanion.ui.window.launch import create_application
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault import store
from intakecompanion.vault.store import Vault

TIMEOUT_MS = 300_000


class RecoveryKeyAccess(VaultAccess):
    """Unlock with the recovery key given as the 'passphrase' (no key derivation)."""

    def unlock(self, passphrase: str) -> Vault:
        return store.unlock_with_recovery_key(self.path, passphrase)


def status_kib(field: str) -> int:
    """A memory figure of this process from /proc/self/status: VmHWM is the peak since exec
    (ru_maxrss would also count the parent's memory at the fork), VmRSS the current."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class ListPainted(QObject):
    """Reports once the client list has painted after the unlock."""

    def __init__(self, window: MainWindow, started: float) -> None:
        super().__init__(window)
        self.window = window
        self.started = started
        self.watching = False
        window.session.opened.connect(self._watch)

    def _watch(self, _with_recovery_key: bool) -> None:
        QTimer.singleShot(0, self._install)

    def _install(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            QTimer.singleShot(5, self._install)
            return
        self.opened_at = time.perf_counter()
        workspace.clients.list.viewport().installEventFilter(self)
        workspace.clients.list.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self.watching:
            self.watching = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        workspace = self.window.workspace
        rows = workspace.clients.list.count() if workspace is not None else 0
        print(
            json.dumps(
                {
                    "unlock_to_list_s": time.perf_counter() - self.started,
                    "rows_in_list": rows,
                    "peak_kib": status_kib("VmHWM"),
                    "current_kib": status_kib("VmRSS"),
                }
            ),
            flush=True,
        )
        QApplication.quit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--key-mode", choices=["recovery", "passphrase"], default="recovery")
    args = parser.parse_args()
    secret = sys.stdin.readline().rstrip("\n")

    app = create_application(sys.argv[:1])
    paths = AppPaths.from_environment()
    settings = Settings.load(paths.settings_file)
    appearance = prepare_application(app, settings, "nl")
    access = (RecoveryKeyAccess if args.key_mode == "recovery" else VaultAccess)(args.vault)
    session = VaultSession(access)
    window = MainWindow(session, settings, paths, appearance)
    window.show()
    app.processEvents()
    ListPainted(window, time.perf_counter())
    session.unlock(secret)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(3))
    code = app.exec()
    window.shut_down()
    return code


if __name__ == "__main__":
    sys.exit(main())
