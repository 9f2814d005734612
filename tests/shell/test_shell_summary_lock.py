"""The client's summary previewed: it opens (no crash), and Ctrl+L locks from it and takes it.
(Its file and print dialogs: test_shell_file_dialog_lock.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from tests.support.shell import destroy_pending, open_first_conversation, unlocked_window

from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.gate.unlock_page import UnlockPage


def test_ctrl_l_locks_from_the_summary_preview(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Sam De Smet")
    window.show_summary(page.conversation_id)
    assert window.workspace is not None
    dialog = next(w for w in window.workspace.findChildren(SummaryDialog) if w.isVisible())
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)  # crashed before
    preview = next(w for w in dialog.findChildren(QPrintPreviewDialog) if w.isVisible())
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)

    qtbot.keyClick(preview, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    destroy_pending()
    assert window.workspace is None
    assert isinstance(window.gate.page, UnlockPage)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QPrintPreviewDialog | SummaryDialog) and w.isVisible()
    ]
