"""The client's file and their rights, on the client page (issues 15 and 16): the log of what
left the vault (with consents withdrawn afterwards beside it), where the client was taken over
from, the hold "do not erase" with its reason, the pseudonym mark, and the commands that take
the file out: a copy for the client, a handover, a copy for the archive and then erasure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Disclosure, DisclosureKind, OwnNotes
from intakecompanion.handover.exchange import takeover_of
from intakecompanion.ui.shared.fit import FlowRow
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.whole_list import WholeList
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel
from intakecompanion.vault.errors import VaultError


class FilePanel(QWidget):
    copy_requested = Signal(int)  # client id
    handover_requested = Signal(int)
    archive_requested = Signal(int)

    def __init__(self, casebook: Casebook, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self.client_id = client_id
        self.pseudonym = QCheckBox(self.tr("The name is a &pseudonym the client chose"), self)
        self.pseudonym.setAccessibleName(self.tr("The name is a pseudonym"))
        self.origin = PlainLabel("", self)
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName(self.tr("Taken over from"))
        log_label = PlainLabel(self.tr("Who received the client's infor&mation?"), self)
        log_label.setProperty("role", "section")
        self.log = WholeList(self)  # its lines whole, wrapped, at any zoom
        self.log.setAccessibleName(self.tr("What left the vault"))
        log_label.setBuddy(self.log)
        self.hold = PlainLabel("", self)
        self.hold.setWordWrap(True)
        self.hold.setAccessibleName(self.tr("Hold"))
        self.hold_reason = QLineEdit(self)
        self.hold_reason.setAccessibleName(self.tr("Why the file may not be erased"))
        self.hold_reason.setPlaceholderText(self.tr("Why the file may not be erased"))
        self.hold_button = QPushButton(self.tr("Do no&t erase"), self)
        self.hold_button.setAccessibleName(self.tr("Put the file on hold: do not erase"))
        self.lift_button = QPushButton(self.tr("&Undo the hold"), self)
        self.lift_button.setAccessibleName(self.tr("Lift the hold"))
        self.copy_button = QPushButton(self.tr("Cop&y of the file..."), self)
        self.copy_button.setAccessibleName(self.tr("Make a copy of the file for the client"))
        self.handover_button = QPushButton(self.tr("H&and over..."), self)
        self.handover_button.setAccessibleName(self.tr("Hand the client over to a colleague"))
        self.archive_button = QPushButton(self.tr("Arch&ive, then erase..."), self)
        self.archive_button.setAccessibleName(
            self.tr("Write a complete copy for the archive, then erase the client")
        )
        self.message = MessageLabel(self)

        # Side by side, or one under the other where they do not fit (a large zoom).
        hold_row = FlowRow(self)
        hold_row.add(self.hold_reason, 1)
        hold_row.add(self.hold_button, 0, Qt.AlignmentFlag.AlignLeft)
        hold_row.add(self.lift_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = FlowRow(self)
        for button in (self.copy_button, self.handover_button, self.archive_button):
            buttons.add(button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pseudonym)
        layout.addWidget(self.origin)
        layout.addWidget(log_label)
        layout.addWidget(self.log)
        layout.addWidget(self.hold)
        layout.addWidget(hold_row)
        layout.addWidget(buttons)
        layout.addWidget(self.message)

        self.pseudonym.toggled.connect(self._set_pseudonym)
        self.hold_button.clicked.connect(self._place_hold)
        self.lift_button.clicked.connect(self._lift_hold)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.client_id))
        self.handover_button.clicked.connect(lambda: self.handover_requested.emit(self.client_id))
        self.archive_button.clicked.connect(lambda: self.archive_requested.emit(self.client_id))

    def unread_texts(self) -> dict[str, str]:
        """At a lock: the reason for a hold typed and not yet recorded (its button records
        it), by the client's id, kept in memory and typed again after the unlock."""
        text = self.hold_reason.text()
        return {self._hold_key(): text} if text.strip() else {}

    def type_again(self, texts: dict[str, str]) -> None:
        """After an unlock: the hold reason kept at the lock (taken out of `texts`)."""
        text = texts.pop(self._hold_key(), None)
        if text is not None and not self.hold_reason.text():
            self.hold_reason.setText(text)

    def _hold_key(self) -> str:
        return f"client/{self.client_id}/hold_reason"

    def reload(self) -> None:
        book = self._casebook
        client = book.client(self.client_id)
        self.pseudonym.blockSignals(True)
        self.pseudonym.setChecked(client.pseudonym)
        self.pseudonym.blockSignals(False)
        origin = takeover_of(book.vault, self.client_id)
        self.origin.setVisible(origin is not None)
        if origin is not None:
            sender = origin.from_name or self.tr("a colleague")
            if origin.from_organisation:
                sender = fill(self.tr("%1 (%2)"), sender, origin.from_organisation)
            self.origin.setText(
                fill(
                    self.tr("Taken over from %1: handed over on %2, taken over on %3."),
                    sender,
                    format_date(origin.sent_at.date()),
                    format_date(origin.taken_at.date()),
                )
            )
        self.log.clear()
        entries = book.disclosure_log(self.client_id)
        for entry in entries:
            self.log.addItem(self.describe(entry))
        if not entries:
            self.log.addItem(self.tr("Nothing has left the vault yet."))
        hold = book.hold(self.client_id)
        if hold is None:
            self.hold.setText(self.tr("No hold: the file may be erased."))
        else:
            self.hold.setText(
                fill(
                    self.tr("On hold since %1, do not erase: %2"),
                    format_date(hold.placed_at.date()),
                    hold.reason,
                )
            )
        self.lift_button.setEnabled(hold is not None)
        self.archive_button.setEnabled(hold is None)

    def describe(self, entry: Disclosure) -> str:
        when = format_date(entry.at.date())
        if entry.kind is DisclosureKind.SHEET:
            day = ""
            if entry.conversation_id is not None:
                day = format_date(
                    self._casebook.conversation(entry.conversation_id).started_at.date()
                )
            line = fill(
                self.tr("%1: the sheet of the conversation of %2, printed")
                if entry.how == "print"
                else self.tr("%1: the sheet of the conversation of %2, saved as PDF"),
                when,
                day,
            )
        elif entry.kind is DisclosureKind.COPY:
            line = fill(
                self.tr("%1: a copy of the file for %2"),
                when,
                entry.recipient or self.tr("the client"),
            )
        elif entry.kind is DisclosureKind.HANDOVER:
            # Whether the coach's own notes went along (tour10); said only when there were some.
            said = {
                OwnNotes.ALONG: self.tr("%1: handed over to %2, with your own notes"),
                OwnNotes.LEFT_OUT: self.tr("%1: handed over to %2, without your own notes"),
            }
            template = said.get(entry.own_notes or OwnNotes.NONE, self.tr("%1: handed over to %2"))
            line = fill(template, when, entry.recipient)
        else:
            line = fill(self.tr("%1: a backup of the whole vault (encrypted)"), when)
        if entry.destination:
            line = fill(self.tr("%1 (%2)"), line, entry.destination)
        if entry.sheet:
            about = self.tr("%1; the PDF for the client about the handover: %2")
            line = fill(about, line, entry.sheet)
        withdrawn = entry.withdrawn_after
        if withdrawn is not None:
            line = fill(
                self.tr("%1 \u2014 consent withdrawn afterwards, on %2"),
                line,
                format_date(withdrawn.withdrawn_at.date()),
            )
        return line

    def _set_pseudonym(self, on: bool) -> None:
        self._write(lambda: self._casebook.set_client_pseudonym(self.client_id, on))

    def _place_hold(self) -> None:
        reason = self.hold_reason.text().strip()
        if not reason:
            self.message.show_message(self.tr("Say why the file may not be erased."))
            self.hold_reason.setFocus()
            return
        if self._write(lambda: self._casebook.place_hold(self.client_id, reason)):
            self.hold_reason.clear()
            self.message.show_message(self.tr("The file is on hold: it cannot be erased."), "ok")

    def _lift_hold(self) -> None:
        if self._write(lambda: self._casebook.lift_hold(self.client_id)):
            self.message.show_message(self.tr("The hold is lifted."), "ok")

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error))
            return False
        self.reload()
        return True
