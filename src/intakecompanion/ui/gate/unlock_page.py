"""Unlock with the passphrase; the recovery key is one click away ("forgot your passphrase?")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from intakecompanion.ui.gate.secret_entry import SecretEntryPage
from intakecompanion.ui.shared.texts import fill


class UnlockPage(SecretEntryPage):
    unlock_requested = Signal(str)
    forgot_requested = Signal()

    def __init__(self, demo_passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Intake Companion is locked"), parent)
        self.add_text(self.tr("Type your passphrase to open your notes."))
        if demo_passphrase:
            demo = self.add_text(
                fill(
                    self.tr("Demo with fictional clients. The passphrase is: %1"), demo_passphrase
                ),
                role="hint",
            )
            demo.setAccessibleName(self.tr("Demo passphrase"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        # The text set after making the button: QPushButton(text, parent) makes PySide6 weigh
        # the (icon, text, parent) form too, which makes the QIcon class and its 157 enum
        # members, not otherwise needed before the unlock screen paints (make bench, goal 1).
        self.unlock_button = QPushButton(self)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.column.addLayout(row)
        self._add_status()
        self.forgot = QPushButton(self)
        self.forgot.setText(self.tr("Forgot your passphrase?"))
        self.forgot.setProperty("role", "link")
        self.forgot.setAccessibleName(self.tr("Forgot your passphrase? Open with the recovery key"))
        self.column.addWidget(self.forgot)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot)

        self.forgot.clicked.connect(self.forgot_requested)
        self._finish(
            self.passphrase,
            (self.unlock_button,),
            (self.forgot,),
            self.tr("Type your passphrase first."),
            self.unlock_requested.emit,
        )

    def show_error(self, text: str) -> None:
        """Say what went wrong beside the field; the typed text stays, selected for retyping."""
        super().show_error(text)
        self.passphrase.selectAll()
