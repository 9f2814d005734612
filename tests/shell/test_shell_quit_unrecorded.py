"""Quitting with a form filled in and not recorded asks first (the coach's tour: a consent typed,
'refused' chosen, Ctrl+Q quit at once and the form was empty after the restart, while the header
said "Saved" the whole time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.support.demo_vault import PASSPHRASE
from tests.support.keyboard import type_text
from tests.support.shell import unlocked_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConsentDecision
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault.store import unlock as unlock_vault

RECIPIENT = "Huisarts van Zoë"


def _question() -> QMessageBox:
    [box] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unrecordedGuard" and w.isVisible()
    ]
    return box


def _button(box: QMessageBox, role: QMessageBox.ButtonRole):  # type: ignore[no-untyped-def]
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    return button


def _consent_typed(qtbot, window: MainWindow, *, complete: bool = True):  # type: ignore[no-untyped-def]
    workspace = window.workspace
    book = workspace.casebook
    sam = next(o.client.id for o in book.clients() if o.client.name == "Sam De Smet")
    [today] = [c for c in book.conversations(sam) if not c.finished]
    workspace.open_conversation(today.id)
    view = workspace.conversation_page.view
    view.focus_side_tab(2)
    type_text(view.consents.recipient, RECIPIENT)
    if complete:
        type_text(view.consents.information, "gezondheid")
        type_text(view.consents.purpose, "attest")
    qtbot.mouseClick(view.consents.decision.buttons()[1], Qt.MouseButton.LeftButton)  # refused
    return view, sam


def test_quitting_with_a_consent_not_recorded_asks_and_keeps_editing_by_default(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, _sam = _consent_typed(qtbot, window)
    view.focus_side_tab(0)  # elsewhere in the conversation when quitting
    assert window.close() is False  # asked: nothing is lost until the coach answers
    box = _question()
    assert "consent" in box.text() and not box.isModal()
    assert box.defaultButton() is box.escapeButton()
    assert window.close() is False and _question() is box  # asked once
    qtbot.mouseClick(box.escapeButton(), Qt.MouseButton.LeftButton)  # keep editing
    assert window.isVisible()
    assert view.tabs.currentIndex() == 2 and view.consents.recipient.text() == RECIPIENT
    assert window.close() is False
    qtbot.mouseClick(
        _button(_question(), QMessageBox.ButtonRole.DestructiveRole), Qt.MouseButton.LeftButton
    )
    assert not window.isVisible()  # discarded, as the coach chose


def test_record_and_quit_records_the_consent(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, sam = _consent_typed(qtbot, window)
    qtbot.mouseClick(view.consents.form.buttons()[0], Qt.MouseButton.LeftButton)  # orally
    assert window.close() is False
    record = _button(_question(), QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    vault = unlock_vault(seeded, PASSPHRASE)  # what is on disk once the program has quit
    try:
        consents = Casebook(vault).client_consents(sam)
    finally:
        vault.close()
    [consent] = [c for c in consents if c.recipient == RECIPIENT]
    assert consent.decision is ConsentDecision.REFUSED


def test_an_incomplete_consent_is_not_recorded_and_the_window_stays(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, _sam = _consent_typed(qtbot, window, complete=False)
    assert window.close() is False
    qtbot.mouseClick(
        _button(_question(), QMessageBox.ButtonRole.AcceptRole), Qt.MouseButton.LeftButton
    )
    assert window.isVisible()
    assert QApplication.focusWidget() is view.consents.information  # what is missing
    assert view.consents.recipient.text() == RECIPIENT


def test_a_consent_left_in_another_conversation_is_asked_about_too(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, _sam = _consent_typed(qtbot, window)
    window.workspace.back_to_client()  # the form is kept in memory, for its conversation
    assert window.close() is False
    box = _question()
    assert not [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(box.escapeButton(), Qt.MouseButton.LeftButton)  # keep editing: back there
    view = window.workspace.conversation_page.view
    assert view.tabs.currentIndex() == 2 and view.consents.recipient.text() == RECIPIENT


def test_quitting_with_a_hold_reason_typed_and_not_recorded_asks_and_goes_back_to_it(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The reason for a hold is kept over a lock (test_shell_lock_edits.py); quitting asks
    for it too, and 'keep editing' shows that client's page with the field."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    sam = next(o.client.id for o in book.clients() if o.client.name == "Sam De Smet")
    workspace.show_client(sam)
    type_text(workspace.client_panel.file.hold_reason, "lopende klacht")
    other = next(o.client.id for o in book.clients() if o.client.id != sam)
    workspace.show_client(other)  # typed on a page left
    assert window.close() is False
    box = _question()
    assert "erased" in box.text() and "consent" not in box.text()
    qtbot.mouseClick(box.escapeButton(), Qt.MouseButton.LeftButton)  # keep editing
    assert workspace.client_panel is not None and workspace.client_panel.client_id == sam
    assert workspace.client_panel.file.hold_reason.text() == "lopende klacht"
    assert window.close() is False
    qtbot.mouseClick(
        _button(_question(), QMessageBox.ButtonRole.DestructiveRole), Qt.MouseButton.LeftButton
    )
    assert not window.isVisible()


def test_the_quit_question_names_the_field_that_is_not_recorded(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """tour9 #5: the next appointment's hour was no time; the question said "the move of an
    appointment, or a date that is not a date yet". It names the field."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    sam = next(o.client.id for o in book.clients() if o.client.name == "Sam De Smet")
    [today] = [c for c in book.conversations(sam) if not c.finished]
    workspace.open_conversation(today.id)
    view = workspace.conversation_page.view
    view.focus_side_tab(3)
    view.appointment.time.edit.clear()
    type_text(view.appointment.time.edit, "half tien")
    assert window.close() is False
    text = _question().text()
    assert "the time of the next appointment (empty or no time yet)" in text
    assert "move" not in text and "date" not in text


def test_the_count_of_changes_the_disk_refused_follows_its_noun(qtbot) -> None:  # type: ignore[no-untyped-def]
    """tour9 #5: "Changes not saved yet: 1. The disk refused them" read as a numbered list."""
    from PySide6.QtWidgets import QWidget

    from intakecompanion.ui.dialogs.quit_guard import ask_quit_losing

    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask_quit_losing(parent, 1, lambda: None)
    assert box.text().startswith("The disk refused to save changes (number of changes: 1).")


def test_the_sheets_dialog_says_a_consent_filled_in_is_not_on_the_sheet(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """tour9 #3: a refusal typed in the consent form, Ctrl+P, and the sheet was printed
    without it, without a word (quitting asks). The sheet's dialog says what it leaves out."""
    from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, _sam = _consent_typed(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in window.workspace.findChildren(SummaryDialog) if w.isVisible())
    note = dialog.unrecorded_note
    assert note.isVisible() and note.text().startswith("Not recorded yet, so not on a new sheet")
    assert "a consent" in note.text()
    dialog.close()
    qtbot.mouseClick(view.consents.form.buttons()[0], Qt.MouseButton.LeftButton)  # orally
    assert view.consents.record()
    window.summary_of_current()
    dialog = next(w for w in window.workspace.findChildren(SummaryDialog) if w.isVisible())
    assert not dialog.unrecorded_note.isVisible()
