"""Before a long sheet is printed or saved: how many pages it is, and the way back.

A sheet of 35 pages (a conversation with long shared notes) was printed without a word: the
coach learnt its length at the printer (tour8 #14). More than LONG_SHEET pages asks first, with
the count from the sheet's own layout (`summary.render.page_count`); going back is the default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from intakecompanion.domain.model import SheetMedium
from intakecompanion.ui.shared.widgets import show_dialog

# The most pages a sheet has before the coach is asked: an intake's sheet is one or two.
LONG_SHEET = 6


class LongSheetQuestion(QMessageBox):
    """That the sheet is `pages` pages long; its button for `medium` calls `go_on`."""

    def __init__(
        self, parent: QWidget, pages: int, medium: SheetMedium, go_on: Callable[[], object]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("longSheet")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("A long sheet"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("This sheet is %n page(s) long.", "", pages))
        if medium is SheetMedium.PRINT:
            advice = self.tr("Print all of it, or go back and look at the preview first.")
            onward_text = self.tr("Print %n page(s)", "", pages)
        else:
            advice = self.tr("Save all of it, or go back and look at the preview first.")
            onward_text = self.tr("Save %n page(s) as PDF", "", pages)
        self.setInformativeText(advice)
        back = self.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        onward = self.addButton(onward_text, QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(back)
        self.setEscapeButton(back)
        onward.clicked.connect(go_on)


def ask_about_a_long_sheet(
    parent: QWidget, pages: int, medium: SheetMedium, go_on: Callable[[], object]
) -> QMessageBox:
    """Show the question (not modal: Ctrl+L still locks)."""
    box = LongSheetQuestion(parent, pages, medium, go_on)
    show_dialog(box)
    return box
