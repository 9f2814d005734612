"""The unlock screen's imports may not grow unnoticed (issue 18): start-up is measured against
a bare PySide6 window, and every module on the way to the unlock screen adds to it.

The program runs in a child process up to its painted unlock screen and reports what it has
imported. A module of the program new on that way fails here until it is added to `ALLOWED`
(first ask: can it load later, with the first unlock or the first use?); modules of Python and
of the libraries are held to a count. Qt classes the unlock screen does not show are not made
for it either: PySide6 makes a class's enums when the class is first touched (QStyle's are 566
members, QIcon's 157), so naming one at a module's top, in a class body or in an overloaded
call costs the start-up (see docs/performance.md, seventh pass).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

PASSPHRASE = "paars-paard-nietje 47 batterij"  # fictional

ALLOWED = {
    "intakecompanion",
    "intakecompanion.app",
    "intakecompanion.cli",
    "intakecompanion.commands",
    "intakecompanion.commands.help_texts",
    "intakecompanion.commands.language",
    "intakecompanion.domain",
    "intakecompanion.domain.location",
    "intakecompanion.hardening",
    "intakecompanion.paths",
    "intakecompanion.resources",
    "intakecompanion.ui",
    "intakecompanion.ui.gate",
    "intakecompanion.ui.gate.card",
    "intakecompanion.ui.gate.gate",
    "intakecompanion.ui.gate.secret_entry",
    "intakecompanion.ui.gate.unlock_page",
    "intakecompanion.ui.lock",
    "intakecompanion.ui.lock.background",
    "intakecompanion.ui.lock.clipboard_guard",
    "intakecompanion.ui.lock.idle",
    "intakecompanion.ui.lock.idle_warning",
    "intakecompanion.ui.lock.kept_edits",
    "intakecompanion.ui.lock.session",
    "intakecompanion.ui.lock.windows_session",  # Windows locks from the first window on
    "intakecompanion.ui.shared",
    "intakecompanion.ui.shared.announce",  # the unlock page's messages are said (issue 17)
    "intakecompanion.ui.shared.appearance",
    "intakecompanion.ui.shared.crash",
    "intakecompanion.ui.shared.first_paint",  # work that waits for the first paint
    "intakecompanion.ui.shared.fit",  # the unlock page's column grows with the zoom (issue 17)
    "intakecompanion.ui.shared.i18n",
    "intakecompanion.ui.shared.settings",
    "intakecompanion.ui.shared.texts",
    "intakecompanion.ui.shared.vault_messages",
    "intakecompanion.ui.shared.widgets",
    "intakecompanion.ui.source_reads",
    "intakecompanion.ui.window",
    "intakecompanion.ui.window.launch",
    "intakecompanion.ui.window.end_of_session",  # a logout saves what is typed (tour9 #2)
    "intakecompanion.ui.window.main_window",
    "intakecompanion.ui.window.menus",
    "intakecompanion.ui.window.vault_commands",
    "intakecompanion.vault",
    "intakecompanion.vault.claim",  # the unlock page holds its vault (tour9 #1)
    "intakecompanion.vault.errors",
}
# Python's and the libraries' modules at the unlock screen (PySide6 and its support included):
# 177 on 2026-11-30, 166 on 2026-12-01 (Python 3.11, PySide6 6.11; a bare PySide6 window has
# 151 in all).
OTHER_MODULES_AT_MOST = 172
# Loaded with the first unlock, in its worker: never for the unlock screen itself.
LATER = ("sqlcipher3", "sqlite_utils", "cryptography", "argon2", "intakecompanion.vault.store")
# Qt classes made after the first paint (the menus' actions, the window icon), by the first
# unlock or the first use (the tab style, dialogs, lists, painting a message's mark).
NOT_BEFORE_THE_PAINT = {
    "QAccessible",
    "QAction",
    "QDialog",
    "QDialogButtonBox",
    "QIcon",
    "QKeySequence",
    "QListView",
    "QMessageBox",
    "QPainter",
    "QProxyStyle",
    "QStyle",
    "QStyleOption",
}

CHILD = """
import gc, json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from intakecompanion.app import main
from intakecompanion.ui.window.main_window import MainWindow

class AtFirstPaint(QObject):
    # The modules loaded when the window first paints: what comes after that paint (the
    # desktop-lock watcher) is not the unlock screen's.
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.modules = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if self.modules is None and event.type() == QEvent.Type.Paint:
            self.modules = sorted(sys.modules)
            # PySide6 puts a class in its module's namespace when it is first made.
            qt = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
            self.classes = sorted(name for module in qt for name in vars(module))
            self.collecting = gc.isenabled()
            QTimer.singleShot(0, self.after_the_paint)
        return False

    def after_the_paint(self):
        # Queued behind the work the program itself does right after its first paint.
        QTimer.singleShot(0, self.report)

    def report(self):
        report = {
            "page": type(self.window.gate.page).__name__,
            "modules": self.modules,
            "classes": self.classes,
            "collecting_at_the_paint": self.collecting,
            "collecting_after_it": gc.isenabled(),
        }
        print(json.dumps(report))
        QApplication.quit()

show = MainWindow.show_as_remembered

def show_watched(window):
    AtFirstPaint(window)
    show(window)

MainWindow.show_as_remembered = show_watched
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def unlock_screen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The program started to its painted unlock screen in a child process: what it had
    loaded and made when it first painted, and whether Python's garbage collector ran."""
    folder = tmp_path_factory.mktemp("startup")
    vault, _key = create_vault(folder / "vault" / "vault.icv", PASSPHRASE, kdf=KdfParams.minimum())
    vault.close()
    env = {**os.environ, "INTAKECOMPANION_HOME": str(folder / "home")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--vault", str(vault.path), "--lang", "nl"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_unlock_screen_imports_no_more_than_it_did(unlock_screen: dict[str, Any]) -> None:
    modules = unlock_screen["modules"]
    assert unlock_screen["page"] == "UnlockPage"
    own = {m for m in modules if m.split(".")[0] == "intakecompanion"}
    assert sorted(own - ALLOWED) == []
    assert [m for m in modules if m.startswith(LATER)] == []
    assert len(modules) - len(own) <= OTHER_MODULES_AT_MOST
    assert sorted(NOT_BEFORE_THE_PAINT.intersection(unlock_screen["classes"])) == []


def test_the_garbage_collector_waits_for_the_first_paint_and_runs_after_it(
    unlock_screen: dict[str, Any],
) -> None:
    """What the start makes lives as long as the program: collecting it before the paint only
    walked it again and again (docs/performance.md, ninth pass). Left off after the paint, the
    program's cyclic garbage would never be freed."""
    assert unlock_screen["collecting_at_the_paint"] is False
    assert unlock_screen["collecting_after_it"] is True
