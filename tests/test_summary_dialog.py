"""The summary dialog: language per print, save as PDF, preview through the printer path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import sample_book
from tests.support.wine import opens_the_print_dialog

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CoachProfile, SheetMedium
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Casebook, int]]:
    book, conversation_id = sample_book(tmp_path)
    yield book, conversation_id
    book.vault.close()


def test_language_is_chosen_per_print(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    assert dialog.summary().lang == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    out = dialog.write_pdf(tmp_path / "s.pdf")
    assert out is not None
    assert "Ons gesprek" in pdf_text(out)
    assert "niet versleuteld" in dialog.reminder.text() or "not encrypted" in dialog.reminder.text()


def test_the_clients_language_is_the_default_and_a_new_sheet_becomes_it(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    book, conversation_id = sample
    client_id = book.conversation(conversation_id).client_id
    book.set_client_language(client_id, "fr")
    dialog = SummaryDialog(book, conversation_id, None, "nl")  # a Dutch-speaking coach
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Nederlands", "English", "Français"]
    assert dialog.language.currentData() == "fr"
    out = dialog.write_pdf(tmp_path / "fiche.pdf")
    assert out is not None and "Notre entretien" in pdf_text(out)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.write_pdf(tmp_path / "sheet.pdf") is not None
    assert book.client(client_id).language == "en"
    # Printed again exactly as handed: its own language, and the client's stays.
    dialog.again.setChecked(True)
    dialog.handed.setCurrentIndex(dialog.handed.findData(book.handed_sheets(conversation_id)[0].id))
    again = dialog.write_pdf(tmp_path / "again.pdf")
    assert again is not None and "Notre entretien" in pdf_text(again)
    assert book.client(client_id).language == "en"
    fresh = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(fresh)
    assert fresh.language.currentData() == "en"


@opens_the_print_dialog
def test_print_asks_without_blocking_and_prints_and_keeps_the_sheet_once_chosen(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    """The print dialog is no longer exec()'d (it blocked Ctrl+L): print_() returns at once,
    and the sheet is printed and kept when the coach says Print, not before."""
    from PySide6.QtWidgets import QDialog

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    print_dialog = dialog.print_()
    assert print_dialog.isVisible() and not print_dialog.isModal()
    assert print_dialog.width() >= print_dialog.sizeHint().width()  # "Print to F…" was cut
    assert book.handed_sheets(conversation_id) == []
    target = tmp_path / "printed.pdf"
    print_dialog.printer().setOutputFileName(str(target))
    print_dialog.done(QDialog.DialogCode.Accepted)  # as Print does, past the dialog's checks
    assert "Our conversation" in pdf_text(target)
    [kept] = book.handed_sheets(conversation_id)
    assert kept.medium is SheetMedium.PRINT and kept.destination == str(target)


def test_print_said_after_the_lock_prints_nothing_and_reads_nothing(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    """Windows' print dialog is Windows' own and may still be answered after a lock closed the
    vault (until the sheet's dialog is destroyed): Print then reads nothing and prints nothing."""
    from PySide6.QtPrintSupport import QPrinter

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    printer = QPrinter()
    target = tmp_path / "after-the-lock.pdf"
    printer.setOutputFileName(str(target))
    book.vault.close()  # the lock
    dialog.print_on(printer)  # raised on the closed vault before
    assert not target.exists()


def test_save_as_pdf_proposes_documents_a_dated_free_name_and_says_where(
    sample: tuple[Casebook, int],
    qtbot: QtBot,
    isolated_home: Path,
) -> None:
    """It proposed "summary.pdf" in the working folder (the next client's sheet went over it)
    and said nothing after saving."""
    book, conversation_id = sample
    documents = isolated_home / "Documents"
    documents.mkdir()
    today = date.today().isoformat()
    earlier = documents / f"sheet-{today}.pdf"
    earlier.write_bytes(b"the sheet of the client before")
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    file_dialog = dialog.save_pdf()
    [proposal] = file_dialog.selectedFiles()
    file_dialog.reject()
    assert Path(proposal) == documents / f"sheet-{today}-2.pdf"
    assert dialog.summary().client_name not in proposal
    saved = dialog.pdf_chosen(proposal)
    assert saved == documents / f"sheet-{today}-2.pdf" and saved.exists()
    assert earlier.read_bytes() == b"the sheet of the client before"
    assert dialog.message.isVisibleTo(dialog)
    assert saved.name in dialog.message.text() and str(documents) in dialog.message.text()
    # A name typed without ".pdf" whose PDF exists: the dialog never asked about that file.
    again = dialog.pdf_chosen(str(documents / f"sheet-{today}"))
    assert again == documents / f"sheet-{today}-3.pdf"
    assert earlier.read_bytes() == b"the sheet of the client before"


def test_unwritable_folder_is_reported_and_nothing_written(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    folder = tmp_path / "<b>missing</b>"
    assert dialog.write_pdf(folder / "s.pdf") is None
    [warning] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert str(folder) in warning.text()  # the path as typed, never read as markup
    assert warning.textFormat() == Qt.TextFormat.PlainText
    assert not folder.exists()


def test_a_pdf_held_open_by_a_viewer_is_reported_and_kept(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: saving over a PDF that a viewer holds open fails after a short wait; the coach
    reads why, the old PDF stays and no temporary file is left."""
    from PySide6.QtWidgets import QMessageBox

    from intakecompanion.vault import files

    def held(source: str | Path, target: str | Path) -> None:
        error = PermissionError(13, "in use")
        error.winerror = 32  # type: ignore[attr-defined]  (ERROR_SHARING_VIOLATION)
        raise error

    monkeypatch.setattr(files.os, "replace", held)
    monkeypatch.setattr(files, "_sleep", lambda _seconds: None)
    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    folder = tmp_path / "Documenten van Émile"
    folder.mkdir()
    target = folder / "samenvatting.pdf"
    target.write_bytes(b"%PDF- the one open in the viewer")
    assert dialog.write_pdf(target) is None
    [warning] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert str(target) in warning.text()
    assert "open in another program" in warning.text()
    assert target.read_bytes() == b"%PDF- the one open in the viewer"
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_preview_and_print_write_no_file(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from intakecompanion.summary.render import print_summary

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    printer = dialog._printer()
    assert printer.pageLayout().pageSize().id().name == "A4"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what the preview draws into
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    before = set(Path(os.environ["TMPDIR"]).iterdir())
    assert print_summary(dialog.summary(), printer) == 1
    assert set(Path(os.environ["TMPDIR"]).iterdir()) == before


def test_a_saved_sheet_is_kept_and_printed_again_exactly(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    from intakecompanion.domain.model import SheetMedium, StepOwner

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    assert dialog.fresh.isChecked() and not dialog.again.isEnabled()  # nothing handed yet
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    handed = dialog.summary()
    with qtbot.waitSignal(dialog.handed_over):
        assert dialog.write_pdf(tmp_path / "s.pdf") is not None
    [sheet] = book.handed_sheets(conversation_id)
    assert (sheet.medium, sheet.lang) == (SheetMedium.PDF, "en")
    assert dialog.again.isEnabled() and dialog.handed.count() == 1
    assert "saved as PDF" in dialog.handed.itemText(0)

    # The records change afterwards: a new sheet states them, the kept one does not change.
    book.add_step(conversation_id, "Een nieuwe stap na het afdrukken", StepOwner.CLIENT)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    fresh = dialog.summary()
    assert any("nieuwe stap" in step.what for step in fresh.steps)
    dialog.again.setChecked(True)
    assert not dialog.language.isEnabled()  # a sheet printed again keeps its language
    assert dialog.summary() == handed
    assert not any("nieuwe stap" in step.what for step in dialog.summary().steps)


def test_the_sheet_just_saved_shows_whole_in_the_box_of_sheets_handed_before(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path
) -> None:
    """The tour: saved as PDF, the box read "01-12-2026 om 09:10, als pdf bewaard, N" (the
    dialog did not grow with the box's new line)."""
    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.write_pdf(tmp_path / "s.pdf") is not None
    qtbot.wait(10)
    assert "saved as PDF" in dialog.handed.currentText()
    assert dialog.handed.width() >= dialog.handed.sizeHint().width()


def test_from_the_history_the_sheet_handed_last_is_chosen(
    sample: tuple[Casebook, int], qtbot: QtBot
) -> None:
    from intakecompanion.domain.model import SheetMedium

    book, conversation_id = sample
    empty = SummaryDialog(book, conversation_id, None, "nl", again=True)
    qtbot.addWidget(empty)
    assert empty.fresh.isChecked()  # nothing was handed over yet: a new sheet
    book.record_handed_sheet(conversation_id, "en", SheetMedium.PRINT, "{}")
    book.record_handed_sheet(conversation_id, "nl", SheetMedium.PDF, "{}")
    dialog = SummaryDialog(book, conversation_id, None, "nl", again=True)
    qtbot.addWidget(dialog)
    assert dialog.again.isChecked() and not dialog.language.isEnabled()
    assert dialog.handed.currentData() == book.handed_sheets(conversation_id)[-1].id


def test_from_the_history_a_sheet_out_of_date_is_not_chosen_and_says_why(
    sample: tuple[Casebook, int], qtbot: QtBot
) -> None:
    """rough6 item 1: 'Verslag opnieuw' chose the sheet handed last even when its appointment
    had been moved since; it stays in the list, marked, and a new sheet is chosen."""
    from intakecompanion.domain.model import Party, SheetMedium
    from intakecompanion.summary.content import build_summary
    from intakecompanion.summary.handed import record_handed_sheet

    book, conversation_id = sample
    record_handed_sheet(
        book, conversation_id, build_summary(book, conversation_id, "nl"), SheetMedium.PRINT
    )
    holds = SummaryDialog(book, conversation_id, None, "nl", again=True)
    qtbot.addWidget(holds)
    assert holds.again.isChecked() and "out of date" not in holds.handed.itemText(0)
    [appointment] = book.appointments(book.conversation(conversation_id).client_id)
    book.cancel_appointment(appointment.id, Party.CLIENT)
    dialog = SummaryDialog(book, conversation_id, None, "nl", again=True)
    qtbot.addWidget(dialog)
    assert dialog.fresh.isChecked() and dialog.language.isEnabled()
    assert dialog.handed.itemText(0).endswith(
        "(out of date: its appointment was moved, cancelled, removed or changed since)"
    )


def test_saving_shows_a_busy_state_while_the_sheet_is_laid_out(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    import intakecompanion.ui.dialogs.summary_dialog as module

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    seen = []
    real_render = module.render_pdf

    def watched(*args: object, **kwargs: object) -> int:
        buttons = (dialog.preview_button, dialog.print_button, dialog.pdf_button)
        busy_cursor = QGuiApplication.overrideCursor() is not None
        seen.append(([b.isEnabled() for b in buttons], dialog.status.text(), busy_cursor))
        return real_render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "render_pdf", watched)
    assert dialog.write_pdf(tmp_path / "s.pdf") is not None
    assert seen == [([False, False, False], "Preparing the sheet…", True)]
    assert dialog.pdf_button.isEnabled() and dialog.status.text() == ""
    assert QGuiApplication.overrideCursor() is None


def test_the_preview_only_shows_the_sheet(sample: tuple[Casebook, int], qtbot: QtBot) -> None:
    """Review finding 4: the preview's own Print printed the sheet without keeping it as
    handed over; it shows the sheet only, printing goes through the dialog's Print."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolBar

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    preview = dialog.preview()
    try:
        offered = {
            action.text()
            for bar in preview.findChildren(QToolBar)
            for action in bar.actions()
            if action.isVisible() and action.isEnabled()
        }
        assert QCoreApplication.translate("QPrintPreviewDialog", "Zoom in") in offered
        for text in ("Print", "Page setup"):
            assert QCoreApplication.translate("QPrintPreviewDialog", text) not in offered
    finally:
        preview.close()
    assert book.handed_sheets(conversation_id) == []


@pytest.mark.parametrize("why", ["internal", "unreadable"])
def test_again_refuses_a_kept_sheet_with_a_note_now_internal_or_unreadable(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path, why: str
) -> None:
    """Review findings 5 and 7: 'print again' gave a note made internal since back on paper,
    and kept content it could not read crashed the dialog. It says so and chooses a new sheet,
    which leaves the note out."""
    from PySide6.QtWidgets import QMessageBox

    from intakecompanion.domain.model import SheetMedium

    book, conversation_id = sample
    note = book.add_note(conversation_id, "Schulden bij broer", shared=True)
    if why == "unreadable":
        book.record_handed_sheet(conversation_id, "nl", SheetMedium.PDF, "{")
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    if why == "internal":
        with qtbot.waitSignal(dialog.handed_over):
            assert dialog.write_pdf(tmp_path / "first.pdf") is not None
        book.set_note_shared(note.id, False)
    kept = book.handed_sheets(conversation_id)
    dialog.again.setChecked(True)
    assert dialog.write_pdf(tmp_path / "again.pdf") is None
    assert not (tmp_path / "again.pdf").exists()
    assert book.handed_sheets(conversation_id) == kept
    [box] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert ("no longer shared" if why == "internal" else "cannot be read") in box.text()
    assert dialog.fresh.isChecked()
    fresh = dialog.summary()
    assert fresh is not None
    assert ("Schulden bij broer" in fresh.notes) is (why == "unreadable")


def test_a_pdf_saved_in_a_onedrive_folder_says_it_goes_to_the_cloud(
    sample: tuple[Casebook, int], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: OneDrive's folder backup moves Documents into OneDrive, so the proposed place
    for the (unencrypted) sheet is copied to the cloud. The coach is told; elsewhere not."""
    book, conversation_id = sample
    onedrive = tmp_path / "OneDrive - Welzijnshuis"
    (onedrive / "Documenten").mkdir(parents=True)
    (tmp_path / "local").mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(onedrive))
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    assert dialog.write_pdf(onedrive / "Documenten" / "summary.pdf") is not None
    assert "OneDrive" in dialog.message.text()
    assert dialog.message.property("state") == "info"
    assert dialog.write_pdf(tmp_path / "local" / "summary.pdf") is not None
    assert "OneDrive" not in dialog.message.text()
    assert dialog.message.property("state") == "ok"


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_the_preview_takes_most_of_the_screen_and_shows_the_whole_page(
    sample: tuple[Casebook, int], qtbot: QtBot, zoom: float
) -> None:
    """The tour: the preview opened as a strip (705x109 at 100 %, 886x114 at 200 %) with the
    page at 5.3 %, as fitting a dialog to the screen took the preview's small natural height."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from intakecompanion.ui.shared.fit import screen_room

    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * zoom)
    dialog.setFont(font)
    preview = dialog.preview()
    try:
        room = screen_room(preview)
        qtbot.waitUntil(lambda: preview.height() >= 0.8 * room.height())
        assert preview.width() >= 0.6 * room.width()
        [widget] = preview.findChildren(QPrintPreviewWidget)
        assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.FitInView
        assert widget.zoomFactor() >= 0.3  # an A4 page half as tall as the screen at least
    finally:
        preview.close()


def test_the_dialog_warns_when_the_coachs_details_are_empty(
    sample: tuple[Casebook, int], qtbot: QtBot
) -> None:
    """sheet9 item 1 (tour9): without the coach's details the sheet names nobody, and the
    dialog did not say so. It says so, with a button to fill them in; a name takes it away."""
    book, conversation_id = sample
    book.save_profile(CoachProfile())
    dialog = SummaryDialog(book, conversation_id, None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.details_note.isVisible() and "empty" in dialog.details_note.text()
    assert dialog.details_button.isVisible()
    with qtbot.waitSignal(dialog.details_wanted):
        dialog.details_button.click()
    book.save_profile(CoachProfile(name="Sam De Smet"))
    dialog.check_details()
    assert not dialog.details_note.isVisible() and not dialog.details_button.isVisible()


def test_the_dialog_warns_when_the_sheet_is_in_another_language_than_the_details(
    sample: tuple[Casebook, int], qtbot: QtBot
) -> None:
    """sheet9 item 2 (tour9): a French sheet printed "Quand pouvez-vous me joindre ? dinsdag
    en donderdag" from a Dutch-speaking coach's details, without a word. The dialog says that
    her own words are printed as typed when the sheet's language is not the interface's."""
    book, conversation_id = sample  # details typed in Dutch
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert not dialog.details_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.details_note.isVisible() and dialog.details_button.isVisible()
    assert "Français" in dialog.details_note.text() and "Nederlands" in dialog.details_note.text()
    # Nothing of her own words to print: nothing to say.
    profile = book.profile()
    book.save_profile(replace(profile, reachable="", boundaries=""))
    dialog.check_details()
    assert not dialog.details_note.isVisible()
