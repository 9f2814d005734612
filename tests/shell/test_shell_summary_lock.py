"""The client's summary previewed: it opens (no crash), and Ctrl+L locks from it and takes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
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


def _with_the_pdf_file_dialog_open(qtbot, window, act) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Open the sheet, click 'Save as PDF…' and call `act(file_dialog)` while its file dialog is
    up; what the lock left is read before any file dialog still open is closed (a file dialog
    that blocks in its own loop would otherwise hang the test)."""
    page = open_first_conversation(window, "Sam De Smet")
    window.show_summary(page.conversation_id)
    assert window.workspace is not None
    dialog = next(w for w in window.workspace.findChildren(SummaryDialog) if w.isVisible())
    seen: dict[str, object] = {}

    def in_the_file_dialog() -> None:
        [file_dialog] = [w for w in QApplication.topLevelWidgets() if _open_file_dialog(w)]
        act(file_dialog)
        destroy_pending()
        seen["workspace"] = window.workspace
        seen["unlock page"] = isinstance(window.gate.page, UnlockPage)
        seen["still shown"] = [
            type(w).__name__
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog | SummaryDialog) and w.isVisible()
        ]
        for w in QApplication.topLevelWidgets():
            if _open_file_dialog(w):
                w.reject()

    QTimer.singleShot(50, in_the_file_dialog)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "workspace" in seen)
    return seen


def _open_file_dialog(widget: QWidget) -> bool:
    return isinstance(widget, QFileDialog) and widget.isVisible()


def test_ctrl_l_locks_from_the_save_as_pdf_file_dialog(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """The tour: Ctrl+L in 'Save as PDF…'s file dialog did nothing (a modal dialog blocks the
    window's shortcuts), and the client's sheet stayed on screen."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)

    def ctrl_l(file_dialog: QFileDialog) -> None:
        file_dialog.activateWindow()
        qtbot.waitUntil(file_dialog.isActiveWindow)
        qtbot.keyClick(file_dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    seen = _with_the_pdf_file_dialog_open(qtbot, window, ctrl_l)
    assert seen == {"workspace": None, "unlock page": True, "still shown": []}


def test_the_idle_lock_takes_the_pdf_file_dialog(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    seen = _with_the_pdf_file_dialog_open(qtbot, window, lambda _dialog: window.idle.idle.emit())
    assert seen == {"workspace": None, "unlock page": True, "still shown": []}
