"""Before a sheet of more than LONG_SHEET pages is printed or saved, the summary dialog says
how many pages it is and lets the coach go back (tour8 #14: 35 pages printed without a word)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.support.pdf_read import page_count as pdf_page_count
from tests.support.summary_data import sample_book

from intakecompanion.domain.casebook import Casebook
from intakecompanion.summary.render import page_count
from intakecompanion.ui.dialogs.long_sheet import LONG_SHEET
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Casebook, int]]:
    book, conversation_id = sample_book(tmp_path)
    yield book, conversation_id
    book.vault.close()


def long_sheet(book: Casebook, conversation_id: int) -> None:
    """Shared notes enough for a sheet of more than LONG_SHEET pages."""
    line = "We spraken over de huur, de energiefactuur en het afbetalingsplan bij de bank."
    for number in range(30):
        book.add_note(conversation_id, "\n".join([f"{number}. {line}"] * 12), shared=True)


def test_a_long_sheet_says_its_pages_before_printing_or_saving_and_goes_back(
    sample: tuple[Casebook, int], qtbot: QtBot, isolated_home: Path
) -> None:
    """The tour (tour8 #14): a sheet of 35 pages was printed without a word. Over LONG_SHEET
    pages the dialog says how many first; "Go back" (the default) prints and saves nothing."""
    (isolated_home / "Documents").mkdir()
    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    short = dialog.save_pdf()
    assert isinstance(short, QFileDialog)  # a short sheet: straight on
    short.reject()
    long_sheet(book, conversation_id)
    pages = page_count(dialog.summary(), "A4")
    assert pages > LONG_SHEET
    for ask, onward in ((dialog.print_, "Print"), (dialog.save_pdf, "Save")):
        box = ask()
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.text() == f"This sheet is {pages} pages long."
        assert box.defaultButton().text() == "Go back"
        [go_on] = [b for b in box.buttons() if b.text().startswith(onward)]
        assert str(pages) in go_on.text()
        box.defaultButton().click()
        assert not [w for w in dialog.findChildren(QDialog) if w.isVisible()]
    assert book.handed_sheets(conversation_id) == []
    box = dialog.save_pdf()
    assert isinstance(box, QMessageBox)
    [save] = [b for b in box.buttons() if b.text().startswith("Save")]
    save.click()
    [file_dialog] = [w for w in dialog.findChildren(QFileDialog) if w.isVisible()]
    [proposal] = file_dialog.selectedFiles()
    file_dialog.reject()
    saved = dialog.pdf_chosen(proposal)
    assert saved is not None and pdf_page_count(saved) == pages  # the count said is the PDF's


@pytest.mark.usefixtures("dutch")
def test_the_question_speaks_dutch(sample: tuple[Casebook, int], qtbot: QtBot) -> None:
    book, conversation_id = sample
    long_sheet(book, conversation_id)
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    pages = page_count(dialog.summary(), "A4")
    box = dialog.print_()
    assert isinstance(box, QMessageBox)
    assert box.text() == f"Dit verslag is {pages} pagina's lang."
    names = sorted(b.text() for b in box.buttons())
    assert names == [f"{pages} pagina's afdrukken", "Terug"]
    box.defaultButton().click()
