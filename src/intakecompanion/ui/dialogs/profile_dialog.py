"""Edit the coach's details later (Edit > Your details)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.gate.messages import vault_error_message
from intakecompanion.ui.profile_form import ProfileForm
from intakecompanion.ui.widgets import MessageLabel
from intakecompanion.vault.errors import VaultError


class ProfileDialog(QDialog):
    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self.setWindowTitle(self.tr("Your details"))
        self.form = ProfileForm(self)
        self.form.set_profile(casebook.profile())
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.form.name.setFocus()

    def _save(self) -> None:
        try:
            self._casebook.save_profile(self.form.profile())
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error), "error")
            return
        self.accept()
