"""Edit the coach's details later (Edit > Your details); saved as they are typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.profile.form import ProfileForm
from intakecompanion.ui.profile.saving import ProfileAutosave
from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.widgets import MessageLabel


class ProfileDialog(QDialog):
    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your details"))
        self.form = ProfileForm(self)
        self.form.set_profile(casebook.profile())
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.autosave = ProfileAutosave(casebook, self.form, self.message)
        # Nothing to confirm or cancel: every change is saved as it is made.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(scaled(480, self))
        self.form.name.setFocus()

    def done(self, result: int) -> None:
        """Close only once what was typed is on disk; otherwise stay, say why, keep retrying."""
        if not self.autosave.save_now():
            return
        super().done(result)
