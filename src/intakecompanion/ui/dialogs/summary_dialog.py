"""The client summary in the app: choose its language and paper, preview, print, or save a PDF.

The summary's language is chosen per print (a Dutch-speaking coach may print in English for
this client). Printing and the preview write no file of this program's own; saving a PDF
writes where the coach chooses, with a reminder that a PDF is not encrypted.

What is printed or saved is kept in the vault as the sheet handed over (summary.handed); the
dialog can print such a sheet again exactly as it was, or a new one that states the present.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPageSize
from PySide6.QtPrintSupport import (
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import HandedSheet, SheetMedium
from intakecompanion.summary.content import Summary, build_summary, contact_block
from intakecompanion.summary.handed import (
    AppointmentChanged,
    NoteNoLongerShared,
    Outdated,
    SheetNoLongerTrue,
    SheetUnreadable,
    handed_summary,
    outdated,
    record_handed_sheet,
)
from intakecompanion.summary.render import PAPER_SIZES, page_count, print_summary, render_pdf
from intakecompanion.ui.dialogs.long_sheet import LONG_SHEET, ask_about_a_long_sheet
from intakecompanion.ui.shared.choice_box import ChoiceBox
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file, ask_for_printer
from intakecompanion.ui.shared.file_places import cloud_note, documents_folder, free_name
from intakecompanion.ui.shared.fit import fit_to_screen, screen_room
from intakecompanion.ui.shared.sheet_state import outdated_reason
from intakecompanion.ui.shared.texts import PAPER_LANGUAGES, fill, format_date, format_time
from intakecompanion.ui.shared.vault_messages import os_error_reason, vault_error_message
from intakecompanion.ui.shared.widgets import (
    MessageLabel,
    PlainLabel,
    add_row,
    plain_message_box,
    show_dialog,
)
from intakecompanion.vault.errors import FileInUse, VaultError

__all__ = ["SummaryDialog"]


class _Preview(QPrintPreviewDialog):
    """Shows the sheet only: its own Print and Page setup are taken away, so every print goes
    through the dialog's Print and is kept as handed over.

    Holds on to its printer: Qt does not own a printer it is given, and one that only a
    temporary held was freed by Python while the preview drew on it (a crash on Preview)."""

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self.held_printer = printer
        hidden = {
            QCoreApplication.translate("QPrintPreviewDialog", text)
            for text in ("Print", "Page setup")
        }
        for bar in self.findChildren(QToolBar):
            for action in bar.actions():
                if action.text() in hidden:
                    action.setEnabled(False)
                    action.setVisible(False)
        for view in self.findChildren(QPrintPreviewWidget):
            view.fitInView()  # the whole page, however tall the window

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Most of the screen: fitting the dialog to the screen took Qt's natural height, a
        strip of about 110 px with the page at 5 % (the tour)."""
        return screen_room(self)


class SummaryDialog(QDialog):
    """Preview, print or save one conversation's summary."""

    handed_over = Signal()  # a sheet was printed or saved, and kept in the client's file
    details_wanted = Signal()  # the coach asks to fill in their details (Your details)

    def __init__(
        self,
        casebook: Casebook,
        conversation_id: int,
        parent: QWidget | None = None,
        default_lang: str = "nl",
        *,
        again: bool = False,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._conversation_id = conversation_id
        # The interface language: the one the coach's details are taken to be typed in.
        self._coach_lang = default_lang
        self.setWindowTitle(self.tr("Sheet for the client"))
        self.setObjectName("summaryDialog")

        # The client's language, else the coach's; the language of a new sheet printed here
        # becomes the client's.
        client_id = casebook.conversation(conversation_id).client_id
        self.language = QComboBox()
        for code, name in PAPER_LANGUAGES:
            self.language.addItem(name, code)
        chosen = casebook.client(client_id).language_or(default_lang)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.setAccessibleName(self.tr("Language of the sheet"))
        self.paper = QComboBox()
        for name in PAPER_SIZES:
            self.paper.addItem(name, name)
        self.paper.setAccessibleName(self.tr("Paper size"))

        # A new sheet states the present; one handed before can be printed again unchanged.
        self.fresh = QRadioButton(self.tr("A &new sheet: what stands today"))
        self.again = QRadioButton(self.tr("&Again, exactly as handed over:"))
        self.source = QButtonGroup(self)
        self.source.addButton(self.fresh)
        self.source.addButton(self.again)
        self.fresh.setChecked(True)
        self.handed = ChoiceBox()
        self.handed.setAccessibleName(self.tr("Sheet handed over before"))
        self.handed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.again.toggled.connect(self._source_changed)
        self.handed.chosen.connect(lambda _i: self.again.setChecked(True))
        self._fill_handed()
        if again and self.again.isEnabled() and not self._last_outdated:
            self.again.setChecked(True)  # from the history: the sheet handed last, still true

        form = QFormLayout()
        form.addRow(self.fresh)
        form.addRow(self.again)
        # A caption of its own: a screen reader reads a combo box by its choice ("none yet")
        # and finds its question in the label linked to it, which a radio button is not.
        add_row(form, self.tr("Sheet handed over before:"), self.handed)
        add_row(form, self.tr("Language of the sheet:"), self.language)
        add_row(form, self.tr("Paper:"), self.paper)

        self.reminder = PlainLabel(
            self.tr("A PDF file is not encrypted: keep it somewhere safe, or print instead.")
        )
        self.reminder.setWordWrap(True)
        # What the coach's details make the new sheet say (nothing of who she is, or her own
        # words in another language), with the way to fill them in.
        self.details_note = PlainLabel()
        self.details_note.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Your &details…"))
        self.details_button.setAutoDefault(False)
        self.details_button.clicked.connect(self.details_wanted)
        self.language.currentIndexChanged.connect(self.check_details)
        self.again.toggled.connect(self.check_details)
        # A form filled in and not recorded (a consent) is not on the sheet: said, as quitting
        # says it (the window tells, `say_unrecorded`).
        self.unrecorded_note = MessageLabel(self)
        self.unrecorded_note.setAccessibleName(self.tr("Not recorded yet"))
        self.status = PlainLabel()
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self._button(buttons, self.tr("&Preview…"), self.preview)
        self.print_button = self._button(buttons, self.tr("P&rint…"), self.print_)
        self.pdf_button = self._button(buttons, self.tr("Save as P&DF…"), self.save_pdf)
        buttons.rejected.connect(self.reject)
        self._actions = (self.preview_button, self.print_button, self.pdf_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unrecorded_note)
        layout.addWidget(self.reminder)
        layout.addWidget(self.details_note)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.preview_button.setDefault(True)
        self.check_details()

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what is printed ---------------------------------------------------------------------

    def _fill_handed(self) -> None:
        sheets = list(reversed(self._casebook.handed_sheets(self._conversation_id)))
        self.handed.clear()
        reasons = [outdated(self._casebook, sheet, to_print=True) for sheet in sheets]
        # The sheet handed last no longer says what is true: "again" is not proposed for it.
        self._last_outdated = bool(reasons) and reasons[0] is not None
        for sheet, reason in zip(sheets, reasons, strict=True):
            self.handed.addItem(self._describe(sheet, reason), sheet.id)
        self.again.setEnabled(bool(sheets))
        self.handed.setEnabled(bool(sheets))
        if not sheets:
            self.handed.addItem(self.tr("none yet"))
            self.fresh.setChecked(True)

    def _describe(self, sheet: HandedSheet, reason: Outdated | None) -> str:
        how = self.tr("printed") if sheet.medium is SheetMedium.PRINT else self.tr("saved as PDF")
        language = dict(PAPER_LANGUAGES).get(sheet.lang, sheet.lang)
        at = sheet.handed_at
        described = fill(
            self.tr("%1 at %2, %3, %4"),
            format_date(at.date()),
            format_time(at.time()),
            how,
            language,
        )
        if reason is None:
            return described
        return fill(self.tr("%1 (out of date: %2)"), described, outdated_reason(reason))

    def details_problem(self) -> str:
        """What the coach's details make a new sheet lack, or "": no name, phone or email (the
        sheet does not say who the coach is), or her own words ("when to reach me", "good to
        know") printed in a sheet in another language than the one she works in. Her details
        are compared with the interface language, not with a language stored with them: she
        types them in the language she works in, and no record or schema holds more."""
        if self.again.isChecked():
            return ""  # a kept sheet is printed as it was handed over
        profile = self._casebook.profile()
        if not contact_block(profile).says_who:
            return self.tr(
                "Your details are empty: the sheet does not say who you are or how the client "
                "can reach you."
            )
        lang = self.language.currentData()
        if lang != self._coach_lang and (profile.reachable.strip() or profile.boundaries.strip()):
            names = dict(PAPER_LANGUAGES)
            return fill(
                self.tr(
                    "The sheet's language (%1) is not the one you work in (%2): when you can "
                    "be reached and what is good to know are printed as you typed them in your "
                    "details."
                ),
                names.get(lang, lang),
                names.get(self._coach_lang, self._coach_lang),
            )
        return ""

    def say_unrecorded(self, what: Sequence[str]) -> None:
        """Says what is filled in and not recorded, and so not on a new sheet ("a consent");
        nothing when `what` is empty."""
        if not what:
            self.unrecorded_note.clear_message()
            return
        self.unrecorded_note.show_message(
            fill(
                self.tr(
                    "Not recorded yet, so not on a new sheet: %1. Record it first (Close, then "
                    "record it), or print without it."
                ),
                "; ".join(what),
            ),
            "warning",
            quietly=True,  # read with the dialog as it opens
        )

    def check_details(self) -> None:
        """Shows what the coach's details lack, with the button to fill them in."""
        problem = self.details_problem()
        self.details_note.setText(problem)
        self.details_note.setVisible(bool(problem))
        self.details_button.setVisible(bool(problem))

    def _source_changed(self) -> None:
        # A sheet printed again keeps its own language; a new one is written in the chosen one.
        self.language.setEnabled(not self.again.isChecked())

    def summary(self) -> Summary | None:
        """A new sheet is built from the vault each time (what is stored now); one handed
        before comes back exactly as it was kept. None when a kept one cannot be given again
        (said in a message; a new sheet is chosen instead)."""
        if self.again.isChecked() and self.handed.currentData() is not None:
            try:
                return handed_summary(self._casebook, int(self.handed.currentData()))
            except SheetUnreadable:
                why = self.tr("This kept sheet cannot be read.")
            except NoteNoLongerShared:
                why = self.tr(
                    "This kept sheet holds a note that is no longer shared with the client "
                    "(made internal, changed or deleted), so it is not printed again."
                )
            except AppointmentChanged:
                why = self.tr(
                    "This kept sheet names an appointment that was moved, cancelled, removed "
                    "or changed since, so it is not printed again."
                )
            except SheetNoLongerTrue as stale:
                why = fill(
                    self.tr("This kept sheet is out of date: %1. It is not printed again."),
                    outdated_reason(stale.reason),
                )
            self.fresh.setChecked(True)
            box = plain_message_box(
                self,
                QMessageBox.Icon.Information,
                self.tr("Print a new sheet"),
                fill(self.tr("%1 A new sheet is chosen: it states what stands today."), why),
            )
            show_dialog(box)
            return None
        return build_summary(self._casebook, self._conversation_id, self.language.currentData())

    def _handed_over(self, summary: Summary, medium: SheetMedium, destination: str) -> None:
        """Keep what was printed or saved (and on which printer, in which file) as part of the
        client's file; it is also the entry in the log of what left the vault."""
        try:
            record_handed_sheet(
                self._casebook,
                self._conversation_id,
                summary,
                medium,
                destination,
                remember_language=not self.again.isChecked(),
            )
        except (VaultError, OSError) as error:
            box = plain_message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("The sheet was not kept"),
                fill(
                    self.tr(
                        "The sheet was handed over, but could not be kept in the client's file "
                        "(%1). Print it again once saving works, so the file says what was "
                        "handed over."
                    ),
                    vault_error_message(error),
                ),
            )
            show_dialog(box)
            return
        self.handed_over.emit()
        chosen = self.again.isChecked()
        self._fill_handed()
        if not chosen:
            self.fresh.setChecked(True)
        fit_to_screen(self)  # the sheet just handed over is in the box, whole

    def paper_size(self) -> str:
        return str(self.paper.currentData())

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAPER_SIZES[self.paper_size()]))
        printer.setDocName(self.tr("Sheet"))
        return printer

    @contextmanager
    def busy(self) -> Iterator[None]:
        """While the sheet is laid out (seconds for a very long text): a wait cursor, the
        actions off and a short message, drawn before the work starts."""
        self.status.setText(self.tr("Preparing the sheet…"))
        for button in self._actions:
            button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.repaint()  # drawn now, without running other events in between
        try:
            yield
        finally:
            QGuiApplication.restoreOverrideCursor()
            for button in self._actions:
                button.setEnabled(True)
            self.status.clear()

    # -- actions -----------------------------------------------------------------------------

    def preview(self) -> QPrintPreviewDialog | None:
        """Not modal (exec() would block Ctrl+L); a child of this dialog, so a lock takes it."""
        summary = self.summary()
        if summary is None:
            return None
        dialog = _Preview(self._printer(), self)
        dialog.paintRequested.connect(lambda printer: self._print(summary, printer))
        show_dialog(dialog)
        return dialog

    def print_(self) -> QDialog | None:
        """Not exec(): a modal print dialog blocked Ctrl+L (Linux; Windows' own cannot be
        helped, see file_dialogs.ask_for_printer). A child of this dialog, so a lock takes it.
        A long sheet asks first (that question is returned)."""
        return self._unless_long(
            SheetMedium.PRINT, lambda: ask_for_printer(self, self._printer(), self.print_on)
        )

    def _unless_long(self, medium: SheetMedium, go_on: Callable[[], QDialog]) -> QDialog | None:
        """`go_on()` (the print or file dialog), or first the question whether a sheet of more
        than LONG_SHEET pages is what the coach wants to hand over (tour8 #14)."""
        summary = self.summary()
        if summary is None:
            return None
        with self.busy():
            pages = page_count(summary, self.paper_size())
        if pages <= LONG_SHEET:
            return go_on()
        return ask_about_a_long_sheet(self, pages, medium, go_on)

    def print_on(self, printer: QPrinter) -> None:
        if not self._casebook.vault.is_open:
            # Locked meanwhile: Windows' print dialog can be answered after the lock, until
            # the sheet's dialog is gone. Nothing is printed, nothing read.
            return
        summary = self.summary()
        if summary is None:
            return
        self._print(summary, printer)
        self._handed_over(
            summary, SheetMedium.PRINT, printer.printerName() or printer.outputFileName()
        )

    def _print(self, summary: Summary, printer: QPrinter) -> None:
        with self.busy():
            print_summary(summary, printer)

    def save_pdf(self) -> QDialog | None:
        """The file dialog (`ask_for_pdf_file`); a long sheet asks first."""
        return self._unless_long(SheetMedium.PDF, self.ask_for_pdf_file)

    def ask_for_pdf_file(self) -> QFileDialog:
        """Proposed: the Documents folder, a name with today's date and never a client's name
        (file names show in lists and recent files), and one not taken yet. A file dialog a
        lock takes with the sheet (file_dialogs)."""
        stem = fill(self.tr("sheet-%1"), date.today().isoformat())
        return ask_for_file(
            self,
            self.tr("Save the sheet as PDF (not encrypted)"),
            str(free_name(documents_folder(), stem, ".pdf")),
            self.pdf_chosen,
            Pick.NEW_FILE,
            self.tr("PDF files (*.pdf)"),
        )

    def pdf_chosen(self, name: str) -> Path | None:
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            # The file dialog asked about replacing the name as typed, not this one.
            path = free_name(path.parent, path.name, ".pdf")
        return self.write_pdf(path)

    def write_pdf(self, path: Path) -> Path | None:
        summary = self.summary()
        if summary is None:
            return None
        try:
            with self.busy():
                render_pdf(summary, path, self.paper_size())
        except FileInUse:  # Windows: the older PDF there is open in a viewer
            self._pdf_not_saved(
                fill(
                    self.tr(
                        "%1 is open in another program (a PDF viewer?), so it could not be "
                        "replaced. Nothing was changed. Close it there and save again, or "
                        "choose another name."
                    ),
                    path,
                )
            )
            return None
        except OSError as error:
            self._pdf_not_saved(
                fill(
                    self.tr("The PDF could not be written to %1 (%2). Nothing was changed."),
                    path.parent,
                    os_error_reason(error),
                )
            )
            return None
        saved = fill(
            self.tr("The sheet was saved as %1 in the folder %2. It is not encrypted."),
            path.name,
            path.parent,
        )
        synced = cloud_note(path.parent)  # Windows: Documents moved into OneDrive
        if synced:
            self.message.show_message(f"{saved} {synced}", "info")
        else:
            self.message.show_message(saved, "ok")
        fit_to_screen(self)
        self._handed_over(summary, SheetMedium.PDF, str(path))
        return path

    def _pdf_not_saved(self, text: str) -> None:
        self.message.clear_message()  # an earlier "saved" no longer describes the last attempt
        box = plain_message_box(
            self, QMessageBox.Icon.Warning, self.tr("The PDF was not saved"), text
        )
        show_dialog(box)
