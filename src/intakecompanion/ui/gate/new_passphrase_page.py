"""After opening with the recovery key: choose a new passphrase (or later)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.gate.passphrase_fields import PassphraseFields
from intakecompanion.ui.shared.widgets import BusyStatus


class NewPassphrasePage(CardPage):
    passphrase_chosen = Signal(str)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Choose a new passphrase"), parent)
        self.add_text(
            self.tr(
                "The vault is open with the recovery key. Choose a new passphrase for the next "
                "times. Your recovery key stays the same and keeps working."
            )
        )
        self.fields = PassphraseFields(self)
        self.column.addWidget(self.fields)
        self.later_button = QPushButton(self.tr("&Not now"), self)
        self.later_button.setAccessibleName(self.tr("Not now: keep using the recovery key"))
        self.set_button = QPushButton(self.tr("&Set passphrase"), self)
        self.set_button.setAccessibleName(self.tr("Set passphrase"))
        self.set_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.later_button)
        row.addStretch(1)
        row.addWidget(self.set_button)
        self.column.addLayout(row)
        self.status = BusyStatus(
            self,
            self.tr("Saving the new passphrase"),
            busy_text=self.tr("Saving the new passphrase..."),
            message_name=self.tr("Message"),
        )
        self.status.controls = (self.fields, self.later_button)
        self.status.add_to(self.column)
        self.setTabOrder(self.fields.show_text, self.set_button)
        self.setTabOrder(self.set_button, self.later_button)

        self.fields.changed.connect(self._update)
        self.fields.second.returnPressed.connect(self._submit)
        self.set_button.clicked.connect(self._submit)
        self.later_button.clicked.connect(self.skipped)
        self._update()

    def focus(self) -> None:
        self.fields.first.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)
        self._update()

    def show_error(self, text: str) -> None:
        self.status.show_message(text)

    def _update(self) -> None:
        self.set_button.setEnabled(self.fields.ready() and not self.status.busy)

    def _submit(self) -> None:
        if self.fields.ready() and not self.status.busy:
            self.status.clear_message()
            self.passphrase_chosen.emit(self.fields.passphrase())
