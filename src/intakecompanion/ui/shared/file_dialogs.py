"""File and print dialogs that never stand between the coach and the lock.

A modal dialog (QFileDialog.getSaveFileName and its kin, exec(), open()) makes Qt ignore the
shortcuts of the windows behind it: Ctrl+L did nothing while one was up, and the client's
papers stayed on screen. A native file dialog (Windows' own, GTK's through the desktop theme)
takes the keys itself, and there Ctrl+L is its own 'type a location'. So a file is asked for
in Qt's own dialog, not modal, as a child of the dialog that asks: Ctrl+L works in it, and a
lock takes it together with that dialog. The answer comes back by a call, not a return value.

Qt's file dialog writes the folders it visited into Qt's own settings (QtProject.conf, on
Windows the registry's QtProject key) as it closes; a folder named after a client would stay
there in plain text, so they are taken out again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from intakecompanion.ui.shared.widgets import bring_forward, show_dialog

if TYPE_CHECKING:  # Qt's print support loads with the first print, not with the workspace
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

__all__ = ["Pick", "ask_for_file", "ask_for_printer", "forget_visited_folders"]


class Pick(Enum):
    FILE = auto()  # an existing file
    NEW_FILE = auto()  # a file to write (the dialog asks before replacing one)
    FOLDER = auto()


def ask_for_file(
    parent: QWidget,
    title: str,
    start: str,
    chosen: Callable[[str], object],
    pick: Pick = Pick.FILE,
    name_filter: str = "",
    *,
    confirm_overwrite: bool = True,
) -> QFileDialog:
    """Ask for a file or folder; `chosen(path)` once the coach has chosen. `start` is a folder,
    or a file whose name is proposed. Asked again while one is open, that one comes forward."""
    shown = bring_forward(parent, QFileDialog)
    if shown is not None:
        return shown
    dialog = QFileDialog(parent, title, start, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if pick is Pick.NEW_FILE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    elif pick is Pick.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(chosen)
    dialog.destroyed.connect(forget_visited_folders)  # after Qt wrote them, as it is deleted
    show_dialog(dialog)
    return dialog


def forget_visited_folders() -> None:
    """Take the folders Qt's file dialog remembers out of Qt's settings (its sidebar, the
    view and the column widths stay)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        settings.remove(key)
    settings.endGroup()


def ask_for_printer(
    parent: QWidget, printer: QPrinter, chosen: Callable[[QPrinter], object], title: str = ""
) -> QPrintDialog:
    """Ask for the printer and its options; `chosen(printer)` once the coach says Print.

    Qt's own print dialog (Linux) is shown not modal, a child of `parent`, as a file dialog
    above. Windows has no such dialog: Qt shows Windows' own (PrintDlgEx), which returns only
    once it is closed and keeps the keys to itself, so Ctrl+L cannot reach the program there
    (docs/security.md, the lock)."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    # The dialog holds the printer by address only: the call keeps it alive as long as it.
    dialog.accepted.connect(lambda: chosen(printer))
    show_dialog(dialog, fit=False)
    return dialog
