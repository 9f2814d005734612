"""First start, last step: the coach's details for the client summary (can be changed later)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.profile.form import ProfileForm
from intakecompanion.ui.profile.saving import ProfileAutosave
from intakecompanion.ui.shared.widgets import MessageLabel

if TYPE_CHECKING:  # the gate is shown before the vault's libraries are loaded
    from intakecompanion.domain.casebook import Casebook


class ProfilePage(CardPage):
    done = Signal()
    skipped = Signal()  # "later": the next unlock asks again while the details are empty

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About you"), parent)
        self._casebook = casebook
        self.add_text(
            self.tr(
                "The sheet you give your client says who you are and how and when to reach "
                "you. You can change this later under Edit > Your details."
            )
        )
        self.form = ProfileForm(self)
        self.form.set_profile(casebook.profile())
        self.column.addWidget(self.form)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.column.addWidget(self.message)
        self.autosave = ProfileAutosave(casebook, self.form, self.message)
        self.save_button = QPushButton(self.tr("&Save and start"), self)
        self.save_button.setAccessibleName(self.tr("Save and start"))
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("&Later"), self)
        self.skip_button.setAccessibleName(self.tr("Fill in your details later"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.save_button)
        self.column.addLayout(row)
        self.setTabOrder(self.form.boundaries, self.save_button)
        self.setTabOrder(self.save_button, self.skip_button)
        self.save_button.clicked.connect(self._save)
        # Enter in a one-line field saves, as the button drawn as the default says: a page is
        # no dialog, so the default button alone did nothing (tour8 #24).
        for field in (self.form.name, self.form.organisation, self.form.phone, self.form.email):
            field.returnPressed.connect(self._save)
        self.skip_button.clicked.connect(self._skip)

    def focus(self) -> None:
        self.form.name.setFocus()

    def flush(self) -> bool:
        """Before a lock: write what is typed (the page is destroyed after)."""
        return self.autosave.saver.stop()

    def _skip(self) -> None:
        # What was typed so far is kept; only a refusing disk keeps the coach here.
        if self.autosave.save_now():
            self.skipped.emit()

    def _save(self) -> None:
        if self.autosave.save_now():
            self.done.emit()
