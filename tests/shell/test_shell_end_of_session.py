"""A logout or shutdown while a note waits to be saved (tour9 #2): the note is on disk before
the process ends. Linux sends SIGTERM (the log said "Caught Terminated" and the note was gone);
Windows ends the session through Qt's aboutToQuit (WM_ENDSESSION)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.support.demo_vault import PASSPHRASE
from tests.support.keyboard import type_text
from tests.support.shell import open_first_conversation, unlocked_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.paths import AppPaths
from intakecompanion.ui.window.end_of_session import EndOfSession
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Zoë belt morgen zelf de huisbaas (fictief)."

# The program itself (app.main, as started from the desktop), driven from inside: unlock, open
# Éline's first conversation, add a note and type it, then SIGTERM while it waits for the pause
# in typing that saves it.
WORKER = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from intakecompanion.app import main
from intakecompanion.ui.window.main_window import MainWindow
from tests.support.shell import open_first_conversation

NOTE, PASSPHRASE = sys.argv[1], sys.argv[2]

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def unlock():
    page = window().gate.page
    window().gate.entered.connect(type_and_end)
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()

def type_and_end():
    view = open_first_conversation(window(), "Éline Maes").view
    view.notes.add_note().editor.insertPlainText(NOTE)
    print("waiting", view.saver.queue.pending_count, flush=True)
    os.kill(os.getpid(), signal.SIGTERM)

show = MainWindow.show_as_remembered

def show_then_unlock(shown):
    show(shown)
    QTimer.singleShot(0, unlock)

MainWindow.show_as_remembered = show_then_unlock
sys.exit(main(sys.argv[3:]))
"""


def notes_of_eline(path: Path) -> list[str]:
    with store.unlock(path, PASSPHRASE) as vault:
        book = Casebook(vault)
        client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
        first = book.conversations(client.id)[0]
        return [note.text for note in book.notes(first.id)]


@pytest.mark.skipif(
    os.name == "nt",
    reason="Wine: os.kill ends a Windows process with TerminateProcess, which no program "
    "can catch; Windows ends a session with WM_ENDSESSION (the test below)",
)
def test_a_sigterm_while_a_note_waits_to_be_saved_saves_it_first(seeded: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", WORKER, NOTE, PASSPHRASE, "--lang", "nl"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )
    assert "waiting 1" in done.stdout, done.stdout + done.stderr  # not on disk at the signal
    assert done.returncode == 0, done.stderr  # ended by itself, not by the signal
    assert NOTE in notes_of_eline(seeded)


def test_the_end_of_a_windows_session_saves_a_note_waiting_to_be_saved(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    ending = EndOfSession(qapp, window.save_now, window.end_session)
    ending.install()
    try:
        view = open_first_conversation(window, "Éline Maes").view
        type_text(view.notes.add_note().editor, NOTE)
        assert view.saver.queue.pending_count == 1
        qapp.aboutToQuit.emit()  # what Qt does on WM_ENDSESSION, before Windows ends it
    finally:
        ending.uninstall()
    assert window.workspace is None and not window.session.is_open
    assert NOTE in notes_of_eline(seeded)
