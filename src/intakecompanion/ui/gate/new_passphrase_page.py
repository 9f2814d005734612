"""After opening with the recovery key: choose a new passphrase (or later)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.gate.passphrase_fields import PassphraseFields
from intakecompanion.ui.shared.widgets import BusyBar, MessageLabel


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
        self.busy = BusyBar(self.tr("Saving the new passphrase"), self)
        self.column.addWidget(self.busy)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.column.addWidget(self.message)
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
        self.busy.setVisible(busy)
        if busy:
            self.message.show_message(self.tr("Saving the new passphrase..."), "info")
        else:
            self.message.clear_message()
        self.fields.setEnabled(not busy)
        self.later_button.setEnabled(not busy)
        self.set_button.setEnabled(not busy and self.fields.ready())

    def show_error(self, text: str) -> None:
        self.message.show_message(text, "error")

    def _update(self) -> None:
        self.set_button.setEnabled(self.fields.ready() and not self.busy.isVisible())

    def _submit(self) -> None:
        if self.fields.ready() and not self.busy.isVisible():
            self.message.clear_message()
            self.passphrase_chosen.emit(self.fields.passphrase())
