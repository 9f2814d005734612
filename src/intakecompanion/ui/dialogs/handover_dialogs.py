"""Vault > Hand over the client / Take over a client (issue 16): the GUI side of
`intakecompanion handover` and `take-over` (handover/exchange.py does the work)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import OwnNotes
from intakecompanion.domain.rows import local_now
from intakecompanion.handover.exchange import (
    AlreadyTakenOver,
    ClientSheet,
    NoHandoverConsent,
    OwnHandover,
    TargetExists,
    hand_over,
    read_handover,
    take_over,
)
from intakecompanion.handover.records import export_client, internal_notes
from intakecompanion.handover.transfer import (
    CodeMistyped,
    DamagedFile,
    ForeignFile,
    HandoverFileError,
    NewerFile,
    WrongCode,
)
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file
from intakecompanion.ui.shared.fit import fit_to_screen, fixed_pitch, scaled
from intakecompanion.ui.shared.i18n import interface_language
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel, action_buttons, add_row
from intakecompanion.vault.errors import VaultError

HANDOVER_SUFFIX = ".icho"


def _file_row(edit: QLineEdit, choose: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row


class HandoverDialog(QDialog):
    """Choose the consent (by its recipient) and the file; write it; show the transfer code."""

    erase_requested = Signal(int)  # the client id, once the file is written

    def __init__(self, casebook: Casebook, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.client_id = client_id
        self.setWindowTitle(self.tr("Hand the client over"))
        intro = PlainLabel(
            self.tr(
                "The client's records go into one encrypted file for the new coach, with the "
                "client's consent. Pass the file and the transfer code on in two different ways: "
                "the file on a stick or by mail, the code by phone or on paper."
            ),
            self,
        )
        intro.setWordWrap(True)
        now = local_now()
        self.consents = [c for c in casebook.client_consents(client_id) if c.in_force_on(now)]
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Consent for the handover"))
        for consent in self.consents:
            self.recipient.addItem(
                fill(
                    self.tr("%1 (consent of %2)"),
                    consent.recipient,
                    format_date(consent.decided_on),
                )
            )
        # Nothing chosen at first: the coach picks the consent for this handover herself.
        self.recipient.setPlaceholderText(self.tr("Choose the client's consent for it"))
        self.recipient.setCurrentIndex(-1)
        self.recipient.currentIndexChanged.connect(self._consent_chosen)
        # What the chosen consent covers, as it was recorded, beside what the file would hold:
        # the coach checks the one against the other before anything is written.
        self.agreed = PlainLabel("", self)
        self.agreed.setWordWrap(True)
        self.agreed.setVisible(False)
        own_notes = internal_notes(export_client(casebook.vault.db, client_id))
        self.leave_out = QCheckBox(
            self.tr(
                "Do not pass on my own &notes (%n internal notes and notes on checklist points)",
                "",
                own_notes,
            ),
            self,
        )
        self.leave_out.setAccessibleName(self.tr("Do not pass on my own notes"))
        self.leave_out.setVisible(own_notes > 0)
        self.checked = QCheckBox(
            self.tr("I &checked that the client's consent covers what goes along"), self
        )
        self.checked.setAccessibleName(self.tr("The consent covers what goes along"))
        self.checked.toggled.connect(self._update)
        # Named in the coach's language, never after the client.
        start = Path.home() / (fill(self.tr("handover-%1"), client_id) + HANDOVER_SUFFIX)
        self.target = QLineEdit(str(start), self)
        self.target.setAccessibleName(self.tr("Handover file"))
        choose = QPushButton(self.tr("C&hoose..."), self)
        choose.setAccessibleName(self.tr("Choose the handover file"))
        choose.clicked.connect(self.choose_target)
        # Shown to be read out or written down (two lines of groups), never put on the
        # clipboard: it opens the file.
        self.code = PlainLabel("", self)
        self.code.setFont(fixed_pitch())  # the zoom applies
        self.code.setAccessibleName(self.tr("Transfer code"))
        self.code.setVisible(False)
        self.sheet = QCheckBox(
            self.tr("Also write the client's &sheet \u201cYour new coach\u201d (PDF)"),
            self,
        )
        self.sheet.setChecked(True)
        self.sheet.setAccessibleName(self.tr("Also write the client's sheet"))
        self.contact = QLineEdit(self)
        # The only place the new coach is named: "To" picks the consent, whose recipient may
        # be a service or a role; the sheet says the file goes there, never that it is the coach.
        self.contact.setAccessibleName(self.tr("Who the new coach is and how to reach them"))
        self.contact.setPlaceholderText(self.tr("Name, service, phone, email, when"))
        self.sheet.toggled.connect(self.contact.setEnabled)
        form = QFormLayout()
        add_row(form, self.tr("&To"), self.recipient)
        form.addRow(self.agreed)
        form.addRow(self.leave_out)
        form.addRow(self.checked)
        add_row(form, self.tr("&File"), _file_row(self.target, choose)).setBuddy(self.target)
        form.addRow(self.sheet)
        add_row(form, self.tr("&Reach the new coach"), self.contact)
        self.message = MessageLabel(self)
        buttons, self.write_button = action_buttons(
            self, self.tr("&Write handover file"), self.write
        )
        self.erase_button = buttons.addButton(
            self.tr("&Erase the client here..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.erase_button.setVisible(False)
        self.erase_button.clicked.connect(self._erase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(scaled(640, self))
        self._update()
        if not self.consents:
            self.message.show_message(
                self.tr(
                    "This client has no consent in force for a handover. Record the client's "
                    "consent first, in a conversation (to whom, what, why)."
                )
            )

    def _consent_chosen(self, index: int) -> None:
        self.checked.setChecked(False)  # another consent: checked again
        if index >= 0:
            consent = self.consents[index]
            self.agreed.setText(
                fill(
                    self.tr(
                        "What the client agreed to pass on: \u201c%1\u201d. Why: \u201c%2\u201d."
                    ),
                    consent.information,
                    consent.purpose,
                )
            )
        self.agreed.setVisible(index >= 0)
        self._update()
        fit_to_screen(self)  # the consent's words whole

    def _update(self) -> None:
        self.write_button.setEnabled(
            self.recipient.currentIndex() >= 0 and self.checked.isChecked() and not self.code.text()
        )

    def choose_target(self) -> None:
        ask_for_file(
            self,
            self.tr("Where should the handover file go?"),
            self.target.text(),
            self.target.setText,
            Pick.NEW_FILE,
        )

    def write(self) -> None:
        if self.recipient.currentIndex() < 0:
            return
        consent = self.consents[self.recipient.currentIndex()]
        target = Path(self.target.text().strip())
        sheet = None
        if self.sheet.isChecked():
            sheet = ClientSheet(self.sheet_path(target), interface_language(), self.contact.text())
        try:
            done = hand_over(
                self.casebook.vault,
                self.client_id,
                consent.recipient,
                target,
                local_now,
                sheet,
                leave_out_internal_notes=self.leave_out.isChecked(),
            )
        except NoHandoverConsent:
            self.message.show_message(self.tr("This consent is no longer in force."))
            return
        except TargetExists:
            self.message.show_message(
                self.tr("A file with this name already exists there. Choose another name.")
            )
            return
        except (OSError, VaultError) as error:
            self.message.show_message(
                vault_error_message(error)
                if isinstance(error, VaultError)
                else self.tr("The file could not be written there. Choose another place.")
            )
            return
        self.sheet.setEnabled(False)
        self.contact.setEnabled(False)
        for done_with in (self.agreed, self.leave_out, self.checked):  # room for the code
            done_with.setVisible(False)
        groups = done.code.split("-")
        self.code.setText("-".join(groups[:7]) + "-\n" + "-".join(groups[7:]))
        self.code.setAccessibleDescription(done.code)
        self.code.setVisible(True)
        self.write_button.setEnabled(False)
        self.erase_button.setVisible(True)
        self.message.show_message(
            fill(
                self.tr(
                    "Handover file written: %1. Give the new coach the transfer code above by "
                    "phone or on paper, never with the file. The handover is recorded; the "
                    "client is still in this vault until you erase them."
                ),
                done.path,
            )
            + (
                ""
                if done.sheet is None
                else " "
                + fill(
                    self.tr("The client's sheet (not encrypted, for the client): %1."),
                    done.sheet,
                )
            )
            + self._own_notes_said(done.own_notes),
            "ok",
        )
        fit_to_screen(self)  # the code and the message whole

    def _own_notes_said(self, own_notes: OwnNotes) -> str:
        """Whether the coach's own notes went along (tour10: the row about them is gone once
        the file is written, and nothing said it)."""
        if own_notes is OwnNotes.ALONG:
            return " " + self.tr(
                "Your own notes (internal notes and notes on checklist points) went along in "
                "the handover file."
            )
        if own_notes is OwnNotes.LEFT_OUT:
            return " " + self.tr("Your own notes stayed here: they are not in the handover file.")
        return ""

    def sheet_path(self, target: Path) -> Path:
        """The client's sheet beside the handover file: `<name>-client-sheet.pdf`, in the
        coach's language."""
        return target.with_name(fill(self.tr("%1-client-sheet"), target.stem) + ".pdf")

    def _erase(self) -> None:
        self.erase_requested.emit(self.client_id)
        self.accept()


class TakeOverDialog(QDialog):
    """Choose a handover file, type its transfer code, take the client over."""

    taken_over = Signal(int)  # the new client id

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.setWindowTitle(self.tr("Take over a client"))
        intro = PlainLabel(
            self.tr(
                "Take over a client from a colleague: choose the handover file and type the "
                "transfer code the colleague gave you. Nothing changes unless both are right."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Handover file"))
        choose = QPushButton(self.tr("C&hoose..."), self)
        choose.setAccessibleName(self.tr("Choose the handover file"))
        choose.clicked.connect(self.choose_source)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Transfer code"))
        self.code.setFont(fixed_pitch())  # the zoom applies
        form = QFormLayout()
        add_row(form, self.tr("&File"), _file_row(self.source, choose)).setBuddy(self.source)
        add_row(form, self.tr("Transfer &code"), self.code)
        self.message = MessageLabel(self)
        buttons, self.take_button = action_buttons(self, self.tr("&Take over"), self.take)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(scaled(640, self))

    def choose_source(self) -> None:
        ask_for_file(self, self.tr("Which handover file?"), str(Path.home()), self.source.setText)

    def take(self) -> None:
        try:
            data = Path(self.source.text().strip()).read_bytes()
            opened, payload = read_handover(data, self.code.text())
            result = take_over(self.casebook.vault, opened, payload)
        except HandoverFileError as error:
            self.message.show_message(self._refusal(error))
            return
        except (OSError, VaultError) as error:
            self.message.show_message(
                vault_error_message(error)
                if isinstance(error, VaultError)
                else self.tr("The file could not be read. Nothing has been changed.")
            )
            return
        self.take_button.setEnabled(False)
        sender = result.from_name or self.tr("a colleague")
        said = self.tr(
            "The client was taken over (%n conversation(s)), handed over by %1 on %2.",
            "",
            result.conversations,
        )
        self.message.show_message(fill(said, sender, format_date(result.sent_at.date())), "ok")
        self.taken_over.emit(result.client_id)

    def _refusal(self, error: HandoverFileError) -> str:
        if isinstance(error, CodeMistyped):
            if error.group:
                return fill(
                    self.tr("The transfer code has a typing mistake in group %1. Check it."),
                    error.group,
                )
            return self.tr("The transfer code has a typing mistake. Check it.")
        texts: list[tuple[type[HandoverFileError], str]] = [
            (WrongCode, self.tr("This transfer code does not belong to this file.")),
            (
                DamagedFile,
                self.tr("This handover file is damaged or incomplete. Ask for a new one."),
            ),
            (ForeignFile, self.tr("This is not a handover file of Intake Companion.")),
            (
                NewerFile,
                self.tr("This handover file was made by a newer version of the program."),
            ),
            (AlreadyTakenOver, self.tr("This handover file has already been taken over.")),
            (
                OwnHandover,
                self.tr("This handover file was written from this vault: the client is here."),
            ),
        ]
        said = next((t for kind, t in texts if isinstance(error, kind)), texts[1][1])
        return fill(self.tr("%1 Nothing has been changed."), said)
