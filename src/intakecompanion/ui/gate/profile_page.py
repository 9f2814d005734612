"""First start, last step: the coach's details for the client summary (can be changed later)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.gate.messages import vault_error_message
from intakecompanion.ui.profile_form import ProfileForm
from intakecompanion.ui.widgets import MessageLabel
from intakecompanion.vault.errors import VaultError

if TYPE_CHECKING:  # the gate is shown before the vault's libraries are loaded
    from intakecompanion.domain.casebook import Casebook


class ProfilePage(CardPage):
    done = Signal()

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About you"), parent)
        self._casebook = casebook
        self.add_text(
            self.tr(
                "The summary you give your client says who you are and how and when to reach "
                "you. You can change this later under Edit > Your details."
            )
        )
        self.form = ProfileForm(self)
        self.form.set_profile(casebook.profile())
        self.column.addWidget(self.form)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.column.addWidget(self.message)
        self.save_button = QPushButton(self.tr("&Save and start"), self)
        self.save_button.setAccessibleName(self.tr("Save and start"))
        self.save_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.column.addLayout(row)
        self.setTabOrder(self.form.boundaries, self.save_button)
        self.save_button.clicked.connect(self._save)

    def focus(self) -> None:
        self.form.name.setFocus()

    def _save(self) -> None:
        try:
            self._casebook.save_profile(self.form.profile())
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error), "error")
            return
        self.done.emit()
