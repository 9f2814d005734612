"""A lock while a file dialog is open: Ctrl+L typed in it locks (a modal file dialog made Qt
ignore the window's shortcuts), the idle lock too; the file dialog goes with the dialog that
asked, what the coach typed in the conversation is kept, and after the unlock the coach can
ask for a file again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from tests.support.keyboard import type_text
from tests.support.shell import (
    destroy_pending,
    only_visible,
    open_first_conversation,
    unlock,
    unlocked_window,
)
from tests.support.wine import windows_print_dialog

from intakecompanion.ui.clients.archive_dialog import ArchiveDialog
from intakecompanion.ui.clients.copy_dialog import CopyDialog
from intakecompanion.ui.dialogs.backup_dialog import BackupDialog
from intakecompanion.ui.dialogs.counts_dialog import CountsDialog
from intakecompanion.ui.dialogs.handover_dialogs import HandoverDialog, TakeOverDialog
from intakecompanion.ui.dialogs.restore_dialog import RestoreDialog
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.window.main_window import MainWindow

CLIENT = "Sam De Smet"
NOTE = "Sam brengt volgende keer het huurcontract mee."

# How the coach asks for a file in each dialog: the dialog opened as the menu or client page
# does, and the call behind its 'Choose…' (or 'Save as PDF…') button.
Ask = Callable[[MainWindow, int], Callable[[], object]]


def _client_id(window: MainWindow) -> int:
    assert window.workspace is not None
    return next(o.client.id for o in window.workspace.casebook.clients() if o.client.name == CLIENT)


def _backup(window: MainWindow, _conversation: int) -> Callable[[], object]:
    window.back_up()
    return only_visible(BackupDialog).choose_target


def _restore_from(window: MainWindow, _conversation: int) -> Callable[[], object]:
    window.restore_backup()
    return only_visible(RestoreDialog).choose_source


def _restore_into(window: MainWindow, _conversation: int) -> Callable[[], object]:
    window.restore_backup()
    return only_visible(RestoreDialog).choose_target


def _counts(window: MainWindow, _conversation: int) -> Callable[[], object]:
    window.vault_commands.show_counts()
    return only_visible(CountsDialog).choose_target


def _handover(window: MainWindow, _conversation: int) -> Callable[[], object]:
    assert window.workspace is not None
    window.workspace.ask_handover(_client_id(window))
    return only_visible(HandoverDialog).choose_target


def _take_over(window: MainWindow, _conversation: int) -> Callable[[], object]:
    window.vault_commands.take_over_client()
    return only_visible(TakeOverDialog).choose_source


def _copy(window: MainWindow, _conversation: int) -> Callable[[], object]:
    assert window.workspace is not None
    window.workspace.ask_copy(_client_id(window))
    return only_visible(CopyDialog).place.choose_folder


def _archive(window: MainWindow, _conversation: int) -> Callable[[], object]:
    assert window.workspace is not None
    window.workspace.ask_archive(_client_id(window))
    return only_visible(ArchiveDialog).place.choose_folder


def _sheet_pdf(window: MainWindow, conversation: int) -> Callable[[], object]:
    window.show_summary(conversation)
    return only_visible(SummaryDialog).save_pdf


def _sheet_print(window: MainWindow, conversation: int) -> Callable[[], object]:
    window.show_summary(conversation)
    return only_visible(SummaryDialog).print_


ASKS: dict[str, Ask] = {
    "backup": _backup,
    "restore: which backup": _restore_from,
    "restore: new vault": _restore_into,
    "counts": _counts,
    "handover": _handover,
    "take over": _take_over,
    "client's copy": _copy,
    "archive copy": _archive,
    "sheet as PDF": _sheet_pdf,
    "sheet: print": _sheet_print,
}
# Windows' print dialog is Windows' own (tests.support.wine.windows_print_dialog).
PRINT = windows_print_dialog()
CASES = [pytest.param(name, marks=PRINT) if name == "sheet: print" else name for name in ASKS]


ASKED = QFileDialog | QPrintDialog


def _open_file_dialogs() -> list[QDialog]:
    """The file (or print) dialogs on screen."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ASKED) and w.isVisible()]


def _with_a_file_dialog_open(qtbot, window: MainWindow, ask: Ask, act) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Type a note, ask for a file and call `act(file_dialog)` while its dialog is up; what the
    lock left is read before any file dialog still open is closed (a modal one blocks in its
    own loop, which would otherwise hang the test)."""
    page = open_first_conversation(window, CLIENT)
    view = page.view
    view.focus_side_tab(0)
    type_text(view.notes.add_note().editor, NOTE)
    choose = ask(window, page.conversation_id)
    seen: dict[str, object] = {}

    def in_the_file_dialog() -> None:
        [file_dialog] = _open_file_dialogs()
        act(file_dialog)
        destroy_pending()
        seen["workspace"] = window.workspace
        seen["unlock page"] = isinstance(window.gate.page, UnlockPage)
        seen["still shown"] = [
            type(w).__name__
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
        ]
        for w in _open_file_dialogs():
            w.reject()

    QTimer.singleShot(50, in_the_file_dialog)
    choose()
    qtbot.waitUntil(lambda: "workspace" in seen)
    seen["page"] = page.conversation_id
    return seen


def _ctrl_l(qtbot):  # type: ignore[no-untyped-def]
    def act(file_dialog: QWidget) -> None:
        file_dialog.activateWindow()
        qtbot.waitUntil(file_dialog.isActiveWindow)
        qtbot.keyClick(file_dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    return act


@pytest.mark.parametrize("asked", CASES)
def test_ctrl_l_locks_from_a_file_dialog(qtbot, app_paths, seeded, fast_kdf, asked) -> None:  # type: ignore[no-untyped-def]
    """The tour: Ctrl+L in the file dialog of 'Save as PDF…' did nothing (fixed before), and the
    same in those of backup, restore, counts, handover, take over, the client's copy and in the
    sheet's print dialog (a modal dialog blocks the window's shortcuts); the client's papers
    stayed on screen."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    seen = _with_a_file_dialog_open(qtbot, window, ASKS[asked], _ctrl_l(qtbot))
    conversation = seen.pop("page")
    assert seen == {"workspace": None, "unlock page": True, "still shown": []}
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ASKED)]  # deleted

    unlock(qtbot, window)  # the note typed before is stored, and the file can be asked again
    assert window.workspace is not None
    assert NOTE in [n.text for n in window.workspace.casebook.notes(int(conversation))]
    ASKS[asked](window, int(conversation))()
    [again] = _open_file_dialogs()
    again.reject()


@pytest.mark.parametrize("asked", CASES)
def test_the_idle_lock_takes_a_file_dialog(qtbot, app_paths, seeded, fast_kdf, asked) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    seen = _with_a_file_dialog_open(
        qtbot, window, ASKS[asked], lambda _dialog: window.idle.idle.emit()
    )
    seen.pop("page")
    assert seen == {"workspace": None, "unlock page": True, "still shown": []}


def test_ctrl_l_locks_from_the_guide_file_dialog_of_the_settings(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """Settings > guides > 'Add…' opened its file dialog with open() (modal to the window), so
    Ctrl+L did nothing while the conversation stood behind it. The settings stay open over the
    lock (they hold no client text), and so does the guide's file dialog."""
    from intakecompanion.ui.dialogs.settings_dialog import GuideFilesEditor, SettingsDialog

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    open_first_conversation(window, CLIENT)
    window.edit_settings()
    [guides] = only_visible(SettingsDialog).findChildren(GuideFilesEditor)
    qtbot.mouseClick(guides.add_button, Qt.MouseButton.LeftButton)
    [file_dialog] = _open_file_dialogs()
    _ctrl_l(qtbot)(file_dialog)
    destroy_pending()
    assert window.workspace is None and isinstance(window.gate.page, UnlockPage)
    file_dialog.reject()


def test_asking_again_brings_the_open_file_dialog_forward(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not modal, the 'Choose…' behind a file dialog can be clicked again: one dialog, not two."""
    from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file

    parent = QDialog()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    first = ask_for_file(parent, "Where?", "", chosen.append, Pick.FOLDER)
    assert ask_for_file(parent, "Where?", "", chosen.append, Pick.FOLDER) is first
    assert first.testOption(QFileDialog.Option.DontUseNativeDialog)  # Ctrl+L reaches Qt
    assert len(_open_file_dialogs()) == 1
    first.reject()


def test_a_file_dialog_leaves_no_folder_in_qts_settings(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own file dialog wrote the folders it visited into QtProject.conf (the registry on
    Windows) as it closed: a folder named after a client stood there in plain text."""
    from PySide6.QtCore import QSettings

    from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file

    folder = tmp_path / "Kopie Zoë Janssens"
    folder.mkdir()
    parent = QDialog()
    qtbot.addWidget(parent)
    start = str(folder / "blad.pdf")
    dialog = ask_for_file(parent, "Where?", start, lambda _path: None, Pick.NEW_FILE)
    dialog.accept()
    destroy_pending()  # deleted as it closes: that is when Qt writes its settings
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    remembered = [str(settings.value(key, "")) for key in settings.allKeys()]
    assert not [value for value in remembered if "Janssens" in value]
