"""Before a long sheet is printed or saved: how many pages it is, and the way back.

A sheet of 35 pages (a conversation with long shared notes) was printed without a word: the
coach learnt its length at the printer (tour8 #14). More than LONG_SHEET pages asks first, with
the count from the sheet's own layout (`summary.render.page_count`); going back is the default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from intakecompanion.domain.model import SheetMedium
from intakecompanion.ui.shared.widgets import plain_message_box, show_dialog

# The most pages a sheet has before the coach is asked: an intake's sheet is one or two.
LONG_SHEET = 6


class LongSheetQuestion(QObject):
    """The question's words for a sheet of `pages` pages handed over as `medium` (a QObject
    for `tr`, whose plural forms Qt Linguist finds)."""

    def __init__(self, pages: int, medium: SheetMedium) -> None:
        super().__init__()
        self.title = self.tr("A long sheet")
        self.text = self.tr("This sheet is %n page(s) long.", "", pages)
        self.back = self.tr("Go back")
        if medium is SheetMedium.PRINT:
            self.advice = self.tr("Print all of it, or go back and look at the preview first.")
            self.onward = self.tr("Print %n page(s)", "", pages)
        else:
            self.advice = self.tr("Save all of it, or go back and look at the preview first.")
            self.onward = self.tr("Save %n page(s) as PDF", "", pages)


def ask_about_a_long_sheet(
    parent: QWidget, pages: int, medium: SheetMedium, go_on: Callable[[], object]
) -> QMessageBox:
    """Say that the sheet is `pages` pages long; its button for `medium` calls `go_on`, "Go
    back" (the default) nothing. Not modal: Ctrl+L still locks."""
    words = LongSheetQuestion(pages, medium)
    box = plain_message_box(parent, QMessageBox.Icon.Warning, words.title, words.text, words.advice)
    box.setObjectName("longSheet")
    back = box.addButton(words.back, QMessageBox.ButtonRole.RejectRole)
    onward = box.addButton(words.onward, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    onward.clicked.connect(go_on)
    show_dialog(box)
    return box
