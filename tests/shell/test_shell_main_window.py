"""The main window on a real vault: workspace, lock (manual, idle, desktop), what stays after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog
from tests.support.keyboard import type_text
from tests.support.shell import (
    PASSPHRASE,
    all_texts,
    destroy_pending,
    make_window,
    open_first_conversation,
    unlock,
    unlocked_window,
    unnamed_controls,
)

from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.profile.dialog import ProfileDialog
from intakecompanion.ui.shared.settings import IDLE_LOCK_MINUTES, Settings
from intakecompanion.ui.window.main_window import WINDOW_TITLE

# Every name and text the demo writes: none may survive a lock anywhere in the widget tree.
CLIENT_TEXTS = (
    "Sam De Smet",
    "Éline Maes",
    "Yusuf Aydın",
    "Mira Janssens",
    "terug aan het werk",
    "energieleverancier",
    "Cv meebrengen",
    "Schuldhulpverlening",
    "Eerste contact via de huisarts",
)


def test_lock_leaves_no_client_text_anywhere(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    page.view.focus_side_tab(0)
    window.edit_profile()  # a dialog with the coach's details is open too
    before = "\n".join(all_texts())
    assert "Éline Maes" in before and "energieleverancier" in before

    dialog = next(w for w in window.findChildren(ProfileDialog) if w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    destroy_pending()
    assert window.workspace is None
    assert window.session.casebook is None
    assert isinstance(window.gate.page, UnlockPage)
    after = "\n".join(all_texts())
    for text in CLIENT_TEXTS + ("Noor Vermeulen",):
        assert text not in after, text
    assert all(w.windowTitle() in ("", WINDOW_TITLE) for w in QApplication.topLevelWidgets())
    assert window.windowTitle() == WINDOW_TITLE


def test_unlock_returns_to_the_same_conversation_and_phase(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Sam De Smet")
    conversation_id = page.conversation_id
    page.view.show_phase(3)
    window.lock()
    page = window.gate.page
    assert isinstance(page, UnlockPage)
    type_text(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert window.workspace is not None
    back = window.workspace.conversation_page
    assert back is not None
    assert back.conversation_id == conversation_id
    assert back.phase() == 3


def test_desktop_lock_signal_locks(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    from intakecompanion.ui.lock.desktop_lock import DesktopLockWatcher

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    watcher = DesktopLockWatcher(window)
    watcher.lock_now.connect(window.lock)
    watcher.on_prepare_for_sleep(False)  # waking up: nothing to do
    assert window.workspace is not None
    watcher.on_screensaver(True)
    assert window.workspace is None


def test_the_window_watches_the_desktop_lock_once_it_has_painted(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The window's own desktop-lock watcher: made after the unlock screen's first paint (it
    is not needed before the first unlock), and its signal locks an open vault."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf, watch_desktop=True)
    qtbot.waitUntil(lambda: window.desktop_lock is not None)
    unlock(qtbot, window)
    assert window.workspace is not None
    assert window.desktop_lock is not None
    window.desktop_lock.on_screensaver(True)
    assert window.workspace is None
    assert isinstance(window.gate.page, UnlockPage)


def _windows_message(message: int, w_param: int):  # type: ignore[no-untyped-def]
    from intakecompanion.ui.lock import windows_session

    return windows_session.MSG(hwnd=None, message=message, wParam=w_param, lParam=0)


@pytest.mark.parametrize(
    ("message", "w_param"),
    [(0x02B1, 0x7), (0x02B1, 0x2), (0x0218, 0x4)],
    ids=["session-locked", "user-switched", "suspend"],
)
def test_windows_session_lock_and_suspend_lock_the_vault(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, message: int, w_param: int
) -> None:
    """Windows' WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT) and
    WM_POWERBROADCAST (PBT_APMSUSPEND), delivered to the window's native event handler as Qt's
    Windows platform hands them over, lock as logind's Lock and PrepareForSleep do."""
    import ctypes

    from PySide6.QtCore import QByteArray

    window = make_window(qtbot, app_paths, seeded, fast_kdf, watch_desktop=True)
    unlock(qtbot, window)
    event_type = QByteArray(b"windows_generic_MSG")
    unlocking = _windows_message(0x02B1, 0x8)  # WTS_SESSION_UNLOCK
    resuming = _windows_message(0x0218, 0x12)  # PBT_APMRESUMEAUTOMATIC
    for harmless in (unlocking, resuming):
        window.nativeEvent(event_type, ctypes.addressof(harmless))
    window.nativeEvent(QByteArray(b"xcb_generic_event_t"), 0)
    assert window.workspace is not None
    locking = _windows_message(message, w_param)
    handled = window.nativeEvent(event_type, ctypes.addressof(locking))
    assert window.workspace is None
    assert isinstance(window.gate.page, UnlockPage)
    assert handled[0] is False  # Windows' own handling goes on (the lock screen, the sleep)


def test_new_intake_goes_straight_into_the_conversation(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    workspace = window.workspace
    assert workspace is not None
    field = workspace.clients.new_field.name
    assert field.hasFocus() or field.isVisible()
    type_text(field, "Zoë Özkan")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    page = workspace.conversation_page
    assert page is not None
    conversation = workspace.casebook.conversation(page.conversation_id)
    assert workspace.casebook.client(conversation.client_id).name == "Zoë Özkan"
    assert str(conversation.kind) == "intake"
    assert not workspace.clients.isVisible()  # other clients' names step aside
    assert window.windowTitle() == WINDOW_TITLE
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert workspace.conversation_page is None
    assert workspace.clients.isVisible()
    assert workspace.client_panel is not None
    assert workspace.client_panel.client_id == conversation.client_id


def test_follow_up_and_delete_from_the_client_panel(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    yusuf = next(o.client for o in workspace.casebook.clients() if o.client.name == "Yusuf Aydın")
    workspace.show_client(yusuf.id)
    panel = workspace.client_panel
    assert panel is not None
    qtbot.mouseClick(panel.follow_up_button, Qt.MouseButton.LeftButton)
    assert workspace.conversation_page is not None
    kinds = [str(c.kind) for c in workspace.casebook.conversations(yusuf.id)]
    assert kinds == ["follow_up", "intake"]
    workspace.back_to_client()

    workspace.ask_delete()
    dialogs = [w for w in workspace.findChildren(DeleteClientDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    assert any(o.client.id == yusuf.id for o in workspace.casebook.clients())
    workspace.ask_delete()
    dialog = next(w for w in workspace.findChildren(DeleteClientDialog) if w.isVisible())
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert all(o.client.id != yusuf.id for o in workspace.casebook.clients())
    assert workspace.client_panel is None
    assert "erased" in workspace.message.text()


def test_fits_a_1366x768_laptop_with_larger_text(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    open_first_conversation(window, "Éline Maes")
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # a panel or taskbar
    window.resize(QSize(1366, 728))
    assert window.width() == 1366 and window.height() == 728


def test_shortcuts_dialog_lists_window_and_conversation_keys(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    open_first_conversation(window, "Sam De Smet")
    window.show_shortcuts()
    dialog = next(w for w in window.findChildren(ShortcutsDialog) if w.isVisible())
    keys = [dialog.window_table.item(r, 0).text() for r in range(dialog.window_table.rowCount())]
    assert {"Ctrl+N", "Ctrl+L", "Ctrl+F", "Ctrl+W"} <= set(keys)
    assert dialog.conversation_table.rowCount() >= 5
    # Issue 14 item 7: every row shows at once (the dialog was too small and scrolled them).
    QApplication.processEvents()
    for table in (dialog.window_table, dialog.conversation_table):
        assert table.verticalScrollBar().maximum() == 0, table.accessibleName()
    dialog.reject()


def test_every_control_has_an_accessible_name(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_client(workspace.casebook.clients()[0].client.id)
    workspace.clients.open_new_intake()
    assert unnamed_controls(workspace) == []
    window.commands["overview"].trigger()
    assert unnamed_controls(workspace) == []
    view = open_first_conversation(window, "Sam De Smet").view  # a follow-up
    for tab in range(4):
        view.focus_side_tab(tab)
        assert unnamed_controls(workspace) == [], tab
    view.show_phase(view.closing_index)
    assert unnamed_controls(workspace) == []
    window.show_summary(view.conversation_id)
    window.edit_profile()
    window.edit_settings()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_the_overview_from_the_menu_closes_the_conversation_and_is_remembered(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    assert window.commands["overview"].shortcut().toString() == "Ctrl+Shift+O"
    assert window.commands["overview"] in window.menuBar().actions()[2].menu().actions()
    open_first_conversation(window, "Éline Maes").view.notes.add_note().editor.insertPlainText(
        "Nog even genoteerd."
    )
    window.commands["overview"].trigger()
    assert workspace.conversation_page is None  # saved and closed
    assert workspace.right.currentWidget() is workspace.welcome
    assert workspace.overview.list.count() > 0
    window.lock()
    unlock(qtbot, window)
    again = window.workspace
    assert again is not None and again.right.currentWidget() is again.welcome
    book = again.casebook
    eline = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    notes = [n.text for c in book.conversations(eline.id) for n in book.notes(c.id)]
    assert "Nog even genoteerd." in notes


def test_a_sheet_saved_from_the_closing_step_is_stated_there(
    qtbot, app_paths, seeded, fast_kdf, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Sam De Smet").view
    view.show_phase(view.closing_index)
    assert "not printed or saved yet" in view.closing.sheet.text()
    qtbot.mouseClick(view.closing.sheet_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in window.findChildren(SummaryDialog) if w.isVisible())
    assert dialog.fresh.isChecked()  # from a conversation: a new sheet
    assert dialog.write_pdf(tmp_path / "verslag.pdf") is not None
    assert "was printed or saved on" in view.closing.sheet.text()
    dialog.reject()


def test_idle_minutes_come_from_settings(qtbot, app_paths, shell_vault_path, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    settings = Settings.load(app_paths.settings_file)
    settings.set(IDLE_LOCK_MINUTES, 7)
    settings.save()
    window = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)
    assert window._idle_ms() == 7 * 60_000
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_summary_from_the_conversation_and_from_the_history(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    qtbot.mouseClick(page.view.summary_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(SummaryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].summary().client_name == "Éline Maes"
    dialogs[0].reject()
    window.workspace.back_to_client()  # type: ignore[union-attr]
    panel = window.workspace.client_panel  # type: ignore[union-attr]
    assert panel is not None
    qtbot.mouseClick(panel.summary_button, Qt.MouseButton.LeftButton)
    assert [d for d in window.findChildren(SummaryDialog) if d.isVisible()]
    window.lock()
    destroy_pending()
    assert not [d for d in QApplication.allWidgets() if isinstance(d, SummaryDialog)]
