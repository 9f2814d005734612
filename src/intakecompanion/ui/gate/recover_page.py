"""Open the vault with the recovery key (13 groups of 5 characters from the printed copy)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.widgets import BusyBar, MessageLabel


class RecoverPage(CardPage):
    recover_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open with the recovery key"), parent)
        self.add_text(
            self.tr(
                "Type the recovery key you printed or saved when you made the vault. Dashes, "
                "spaces and small letters do not matter. Afterwards you can choose a new "
                "passphrase."
            )
        )
        self.key = QLineEdit(self)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-...")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.column.addWidget(self.key)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open with the recovery key"))
        self.open_button.setDefault(True)
        self.back = QPushButton(self.tr("Back to the passphrase"), self)
        self.back.setProperty("role", "link")
        self.back.setAccessibleName(self.tr("Back to the passphrase"))
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.open_button)
        self.column.addLayout(row)
        self.busy = BusyBar(self.tr("Opening the vault"), self)
        self.column.addWidget(self.busy)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.column.addWidget(self.message)
        self.setTabOrder(self.key, self.open_button)
        self.setTabOrder(self.open_button, self.back)

        self.key.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self._submit)
        self.back.clicked.connect(self.back_requested)
        self.key.textEdited.connect(lambda _text: self.message.clear_message())

    def focus(self) -> None:
        self.key.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.message.show_message(self.tr("Opening the vault..."), "info")
        else:
            self.message.clear_message()
        for widget in (self.key, self.open_button, self.back):
            widget.setEnabled(not busy)
        if not busy:
            self.key.setFocus()

    def show_error(self, text: str) -> None:
        self.message.show_message(text, "error")
        self.key.setFocus()

    def _submit(self) -> None:
        if self.busy.isVisible():
            return
        if not self.key.text().strip():
            self.message.show_message(self.tr("Type the recovery key first."), "info")
            return
        self.message.clear_message()
        self.recover_requested.emit(self.key.text())
