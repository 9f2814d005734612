"""No network: the app's own self-check, the vault commands and the desktop app work in a
network namespace with no network at all (unshare -n), the GUI never imports QtNetwork, and
no internet socket is ever open. The socket guard in tests/conftest.py covers the rest."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams


def unshare_unavailable() -> str | None:
    if not sys.platform.startswith("linux"):
        return "a network namespace (unshare -n) is Linux-only"
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    done = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if done.returncode != 0:
        return "this machine does not allow a network namespace (unshare -n needs privileges)"
    return None


WHY_NOT = unshare_unavailable()
NO_NETWORK = pytest.mark.skipif(WHY_NOT is not None, reason=str(WHY_NOT))


def offline(argv: list[str], stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["unshare", "-n", sys.executable, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@NO_NETWORK
def test_the_namespace_really_has_no_network() -> None:
    """The check can fail: in the namespace even the loopback is down."""
    done = offline(["-c", "import socket; socket.create_connection(('127.0.0.1', 9), timeout=2)"])
    assert done.returncode != 0 and "Network is unreachable" in done.stderr


@NO_NETWORK
def test_the_self_check_passes_without_network() -> None:
    done = offline(["-m", "intakecompanion", "--self-check", "--lang", "en"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All checks passed." in done.stdout


@NO_NETWORK
def test_vault_casebook_and_commands_work_without_network(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    script = """
import sys
from pathlib import Path
from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import store
from intakecompanion.vault.backup import backup_vault
with store.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n")) as vault:
    book = Casebook(vault)
    client = book.add_client("Noor Vermeulen")
    conversation = book.start_conversation(client.id, "intake", "intake", "1", "{}")
    book.add_note(conversation.id, "offline genoteerd")
    backup_vault(vault, Path(sys.argv[2]))
print("done")
"""
    store.create_vault(vault_path, passphrase, kdf=fast_kdf)[0].close()
    backup = tmp_path / "b.icvbackup"
    done = offline(["-c", script, str(vault_path), str(backup)], passphrase + "\n")
    assert done.stdout.strip() == "done", done.stderr
    verified = offline(
        ["-m", "intakecompanion", "--lang", "en", "verify", "--vault", str(backup),
         "--passphrase-stdin"],
        passphrase + "\n",
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout + verified.stderr


# Started as the real program (main with --demo, which unlocks a throw-away vault), then asked
# from inside the event loop what it has imported and which sockets it holds.
GUI = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from intakecompanion.app import main
app = QApplication(sys.argv[:1])

def inet_sockets():
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = open(f"/proc/self/net/{table}").read().splitlines()[1:]
        except OSError:
            continue
        inodes |= {line.split()[9] for line in lines if len(line.split()) > 9}
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            held.append(target)
    return held

def window():
    from intakecompanion.ui.window.main_window import MainWindow
    return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

def unlock():
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    w = window()
    w.gate.entered.connect(lambda: QTimer.singleShot(200, use))
    w.gate.page.passphrase.setText(w.gate._demo_passphrase)
    QTest.keyClick(w.gate.page.passphrase, Qt.Key.Key_Return)

def use():
    w = window()
    book = w.workspace.casebook
    client = book.clients()[0].client
    conversation = book.conversations(client.id)[0]
    w.workspace.open_conversation(conversation.id)
    w.show_summary(conversation.id)
    QTimer.singleShot(300, report)

def report():
    w = window()
    print("UNLOCKED", w.is_unlocked)
    print("QTNETWORK", sorted(m for m in sys.modules if "QtNetwork" in m))
    print("INET", inet_sockets())
    app.quit()

QTimer.singleShot(int(sys.argv[1]), unlock)
sys.exit(main(["--demo", "--lang", "nl"]))
"""


def gui_report(run: list[str]) -> dict[str, str]:
    done = subprocess.run(
        [*run, sys.executable, "-c", GUI, "300"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    return lines


def test_the_gui_never_imports_qtnetwork_nor_opens_an_internet_socket() -> None:
    report = gui_report([])
    assert report["UNLOCKED"] == "True"  # a conversation and its summary were shown
    assert report["QTNETWORK"] == "[]"
    assert report["INET"] == "[]"


@NO_NETWORK
def test_the_gui_starts_without_network() -> None:
    report = gui_report(["unshare", "-n"])
    assert report["UNLOCKED"] == "True" and report["QTNETWORK"] == "[]"


def test_no_module_of_the_program_imports_qtnetwork() -> None:
    """Every module of the package imported in one clean process: QtNetwork never loads."""
    script = """
import importlib, pkgutil, sys
import intakecompanion
for module in pkgutil.walk_packages(intakecompanion.__path__, "intakecompanion."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
network = ("urllib.request", "http.client")
print(sorted(m for m in sys.modules if "QtNetwork" in m or m.startswith(network)))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
