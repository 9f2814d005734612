"""First start: explain the vault and choose its passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.gate.passphrase_fields import PassphraseFields
from intakecompanion.ui.shared.widgets import BusyStatus


class CreateVaultPage(CardPage):
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to Intake Companion"), parent)
        self.add_text(
            self.tr(
                "Your notes are kept in an encrypted vault on this computer. Nothing is sent "
                "anywhere. Choose a passphrase to lock it: you type it each time you open "
                "the program."
            )
        )
        self.fields = PassphraseFields(self)
        self.column.addWidget(self.fields)
        self.create_button = QPushButton(self.tr("C&reate vault"), self)
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        self.column.addLayout(row)
        self.status = BusyStatus(
            self,
            self.tr("Making the vault"),
            busy_text=self.tr("Making the vault; this takes a few seconds..."),
            message_name=self.tr("Message"),
        )
        self.status.controls = (self.fields,)
        self.status.add_to(self.column)
        self.setTabOrder(self.fields.show_text, self.create_button)

        self.fields.changed.connect(self._update)
        self.fields.second.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self._update()

    def focus(self) -> None:
        self.fields.first.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)
        self._update()

    def show_error(self, text: str) -> None:
        self.status.show_message(text)

    def _update(self) -> None:
        self.create_button.setEnabled(self.fields.ready() and not self.status.busy)

    def _submit(self) -> None:
        if self.fields.ready() and not self.status.busy:
            self.status.clear_message()
            self.create_requested.emit(self.fields.passphrase())
