"""No plaintext at rest: a full intake typed through the real windows, with a marker in every
field, then every file under the test's HOME, XDG folders, TMPDIR and the vault folder, the
files the process holds open after deleting them, and files changed in the machine's shared
temp folders are read as bytes and searched for every marker and the passphrase (UTF-8,
UTF-16 LE and BE): while unlocked, after a lock, and after quitting."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.conversation import answer_consent
from tests.support.figures import record
from tests.support.keyboard import retype, type_text
from tests.support.pages import decrypted_bytes
from tests.support.scan import Scan, needles_for
from tests.support.shell import make_window

from intakecompanion.paths import AppPaths
from intakecompanion.ui.dialogs.backup_dialog import BackupDialog
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault import keys
from intakecompanion.vault.keys import KdfParams

pytestmark = pytest.mark.usefixtures("settle_qt")

TAG = secrets.token_hex(4).upper()
FIELDS = (
    "coach name", "organisation", "phone", "email", "reachable", "boundaries", "client",
    "item note", "internal note", "shared note", "step", "recipient", "information",
    "purpose", "place", "with whom", "search",
)  # fmt: skip
MARKERS = {field: f"Mrk{field.title().replace(' ', '')}{TAG}" for field in FIELDS}
PASSPHRASE = f"lila kasteel {TAG.lower()} regenboog vijftien"


def create_vault(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    create = window.gate.page
    assert isinstance(create, CreateVaultPage)
    type_text(create.fields.first, PASSPHRASE)
    type_text(create.fields.second, PASSPHRASE)
    with qtbot.waitSignal(window.session.created, timeout=20000) as created:
        qtbot.keyClick(create.fields.second, Qt.Key.Key_Return)
    recovery_key = str(created.args[0])
    key_page = window.gate.page
    assert isinstance(key_page, RecoveryKeyPage)
    qtbot.keyClick(key_page.kept, Qt.Key.Key_Space)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    profile = window.gate.page
    assert isinstance(profile, ProfilePage)
    form = profile.form
    type_text(form.name, MARKERS["coach name"])
    type_text(form.organisation, MARKERS["organisation"])
    type_text(form.phone, MARKERS["phone"])
    type_text(form.email, MARKERS["email"])
    type_text(form.reachable, MARKERS["reachable"])
    type_text(form.boundaries, MARKERS["boundaries"])
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    return recovery_key


def intake(qtbot, window: MainWindow, pdf: Path, usb: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    assert workspace is not None
    window.new_intake()
    type_text(workspace.clients.new_field.name, MARKERS["client"])
    qtbot.keyClick(workspace.clients.new_field.name, Qt.Key.Key_Return)
    page = workspace.conversation_page
    assert page is not None
    view = page.view
    view.focus_checklist()
    row = view.checklist.rows(0)[0]
    type_text(row, MARKERS["item note"])
    qtbot.keyClick(row.note, Qt.Key.Key_Escape)
    view.focus_side_tab(0)
    view.notes.add_note().editor.insertPlainText(MARKERS["internal note"] + " " + "tekst " * 300)
    shared = view.notes.add_note()
    shared.editor.insertPlainText(MARKERS["shared note"])
    qtbot.mouseClick(shared.switch, Qt.MouseButton.LeftButton)
    view.focus_side_tab(1)
    step = view.steps.add_step()
    type_text(step.what, MARKERS["step"])
    retype(step.due, "9/3/2031")
    view.focus_side_tab(2)
    type_text(view.consents.recipient, MARKERS["recipient"])
    type_text(view.consents.information, MARKERS["information"])
    type_text(view.consents.purpose, MARKERS["purpose"])
    answer_consent(view.consents)
    assert view.consents.record() is True
    view.focus_side_tab(3)
    retype(view.appointment.day, "16-3-31")
    type_text(view.appointment.place, MARKERS["place"])
    type_text(view.appointment.with_whom, MARKERS["with whom"])
    assert view.flush() is True
    # The summary, saved as a PDF on purpose (that file is plaintext by design, left out).
    qtbot.mouseClick(view.summary_button, Qt.MouseButton.LeftButton)
    [summary] = [d for d in window.findChildren(SummaryDialog) if d.isVisible()]
    assert summary.write_pdf(pdf) == pdf
    summary.reject()
    # A backup on a "stick" inside the home folder: scanned like everything else.
    window.back_up()
    [dialog] = [d for d in window.findChildren(BackupDialog) if d.isVisible()]
    dialog.target.setText(str(usb / "kopie.icvbackup"))
    with qtbot.waitSignal(dialog.backup_done, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    # Search for the client, by name and by a word of the internal note.
    workspace.show_client_list()
    type_text(workspace.clients.search, MARKERS["search"])
    workspace.clients.search.clear()
    type_text(workspace.clients.search, MARKERS["internal note"][:12])
    # the search runs after a short pause in typing
    qtbot.waitUntil(lambda: not workspace.clients._debounce.isActive())
    QApplication.processEvents()


def test_a_full_intake_leaves_no_plaintext_anywhere(
    qtbot, app_paths: AppPaths, fast_kdf: KdfParams, isolated_home: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    started = time.time()
    usb = isolated_home / "usb"
    usb.mkdir()
    deliberate = tmp_path / "printed" / "summary.pdf"
    deliberate.parent.mkdir()
    window = make_window(qtbot, app_paths, app_paths.default_vault, fast_kdf)
    recovery_key = create_vault(qtbot, window)
    data_key = keys.parse_recovery_key(recovery_key)
    intake(qtbot, window, deliberate, usb)
    book = window.session.casebook
    assert book is not None and book.profile().boundaries == MARKERS["boundaries"]

    wanted = {**MARKERS, "passphrase": PASSPHRASE, "recovery key": recovery_key}
    needles = needles_for({**wanted, "data key hex": data_key.hex(), "data key": data_key})
    roots = [isolated_home, app_paths.default_vault.parent, usb]
    totals = {"files": 0, "bytes": 0, "deleted_open_files": 0}

    def scan_everything(moment: str) -> None:
        scan = Scan(needles)
        for root in roots:
            scan.tree(root, skip=[deliberate])
        totals["deleted_open_files"] += scan.deleted_but_open()
        scan.shared_temp_since(started)
        assert scan.hits == [], f"{moment}: {scan.hits}"
        totals["files"] += scan.files
        totals["bytes"] += scan.bytes

    scan_everything("unlocked, after the intake")
    window.lock()
    scan_everything("after the lock")
    window.close()
    scan_everything("after quitting")

    # The scan can see: every marker but the search words is in the vault once decrypted,
    # and the shared note is in the PDF the coach chose to save.
    plain = decrypted_bytes(app_paths.default_vault, data_key)
    missing = [f for f, m in MARKERS.items() if f != "search" and m.encode() not in plain]
    assert missing == []
    assert deliberate.stat().st_size > 0
    record("no_plaintext_ui", markers=len(MARKERS), encodings=3, scans=3, **totals)
