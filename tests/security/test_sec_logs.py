"""Logs: nothing the program writes to stderr, stdout or its log files holds note text, a
passphrase or a key. The real program runs in its own process: a wrong passphrase, then the
right one, notes typed with markers, a save that fails, and an error with client text in its
message and in a local variable, which the crash hook writes to the crash log."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from tests.support.figures import record
from tests.support.scan import Scan, needles_for

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CoachProfile
from intakecompanion.paths import AppPaths
from intakecompanion.vault import keys, store
from intakecompanion.vault.keys import KdfParams

TAG = secrets.token_hex(4).upper()
NOTE = f"NotitieMarker{TAG} over schulden"
CLIENT = f"ClientMarker{TAG}"
WRONG = f"foute wachtwoordzin {TAG}"
PASSPHRASE = f"juiste wachtwoordzin {TAG} en nog wat"

SESSION = """
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from intakecompanion.app import main

wrong, right, client, note = sys.argv[2:6]
app = QApplication(sys.argv[:1])

def window():
    from intakecompanion.ui.window.main_window import MainWindow
    return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

def type_passphrase(text):
    page = window().gate.page
    page.passphrase.setText(text)
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)

def first():
    window().session.failed.connect(lambda _error: QTimer.singleShot(50, second))
    type_passphrase(wrong)

def second():
    window().gate.entered.connect(lambda: QTimer.singleShot(100, work))
    type_passphrase(right)

def work():
    w = window()
    book = w.workspace.casebook
    conversation = book.start_conversation(
        book.add_client(client).id, "intake", "intake", "1", "{}"
    )
    w.workspace.open_conversation(conversation.id)
    view = w.workspace.conversation_page.view
    view.notes.add_note().editor.insertPlainText(note)
    view.flush()
    # A save that fails: the vault is made read-only for SQLite's next write.
    book.vault.db.execute("PRAGMA query_only = ON")
    view.notes.add_note().editor.insertPlainText(note + " (not saved)")
    assert view.flush() is False  # the failure path: banner, text kept for the retry
    book.vault.db.execute("PRAGMA query_only = OFF")
    assert view.flush() is True
    QTimer.singleShot(0, crash)

def crash():
    QTimer.singleShot(300, close_dialogs)
    text = note  # a local holding client text, as a real bug would have
    raise RuntimeError("could not handle " + text + " " + right)

def close_dialogs():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.accept()
    QTimer.singleShot(100, app.quit)

QTimer.singleShot(200, first)
sys.exit(main(["--vault", sys.argv[1], "--lang", "nl"]))
"""


def test_stderr_and_log_files_hold_no_client_text_or_secret(
    tmp_path: Path, fast_kdf: KdfParams, isolated_home: Path
) -> None:
    path = tmp_path / "vault" / "vault.icv"
    vault, recovery_key = store.create_vault(path, PASSPHRASE, kdf=fast_kdf)
    # First start finished: with no details the unlock would ask for them (gate.py).
    Casebook(vault).save_profile(CoachProfile(name="Noor Vermeulen"))
    vault.close()
    done = subprocess.run(
        [sys.executable, "-c", SESSION, str(path), WRONG, PASSPHRASE, CLIENT, NOTE],
        capture_output=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    logs = AppPaths.from_environment().log_dir
    crash_logs = sorted(logs.glob("crash-*.log"))
    assert crash_logs, done.stderr.decode(errors="replace")[-3000:]  # the hook did run
    assert "builtins.RuntimeError" in crash_logs[0].read_text()
    with store.unlock(path, PASSPHRASE) as reopened:  # the session really wrote the note
        texts = [r[0] for r in reopened.db.execute("SELECT text FROM notes")]
    assert NOTE in texts and NOTE + " (not saved)" in texts  # saved on the retry

    data_key = keys.parse_recovery_key(recovery_key)
    secrets_ = {"note": NOTE, "client": CLIENT, "tag": TAG, "wrong passphrase": WRONG,
                "passphrase": PASSPHRASE, "recovery key": recovery_key,
                "data key hex": data_key.hex(), "data key": data_key}  # fmt: skip
    scan = Scan(needles_for(secrets_))
    scan.read("stderr", done.stderr)
    scan.read("stdout", done.stdout)
    scan.tree(isolated_home)
    scan.tree(path.parent)
    assert scan.hits == []
    record(
        "logs",
        stderr_bytes=len(done.stderr),
        files=scan.files,
        bytes=scan.bytes,
        crash_logs=len(crash_logs),
    )


def test_the_commands_never_echo_a_secret(tmp_path: Path, fast_kdf: KdfParams) -> None:
    path = tmp_path / "vault" / "vault.icv"
    vault, recovery_key = store.create_vault(path, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    mistyped = recovery_key[:-3] + ("X" if recovery_key[-3] != "X" else "Y") + recovery_key[-2:]
    outputs = b""
    for argv, stdin in (
        (["verify", "--vault", str(path), "--passphrase-stdin"], WRONG),
        (["verify", "--vault", str(path), "--recovery-key", "--passphrase-stdin"], mistyped),
        (["backup", "--vault", str(path), "--to", str(tmp_path / "b"), "--passphrase-stdin"],
         PASSPHRASE),
    ):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "intakecompanion", *argv],
            input=(stdin + "\n").encode(),
            capture_output=True,
            timeout=120,
        )
        outputs += done.stdout + done.stderr
    scan = Scan(needles_for({"wrong": WRONG, "passphrase": PASSPHRASE, "mistyped": mistyped}))
    scan.read("command output", outputs)
    assert scan.hits == []
    assert b"tikfout" in outputs or b"typing mistake" in outputs  # the errors were reported
