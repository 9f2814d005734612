"""Vault > Change passphrase: the current one, then the new one twice (with the gate's
strength feedback); the key file is rewrapped off the UI thread."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.gate.passphrase_fields import PassphraseFields
from intakecompanion.ui.lock.session import VaultSession
from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import BusyStatus, PlainLabel


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        # Captions above their fields: the two parts read apart at a glance.
        current_label = PlainLabel(self.tr("&Current passphrase"), self)
        emphasize(current_label)
        current_label.setBuddy(self.current)
        # After an unlock with the recovery key there is no passphrase to ask for.
        self._asks_current = session.passphrase_set
        current_label.setVisible(self._asks_current)
        self.current.setVisible(self._asks_current)
        new_label = PlainLabel(self.tr("New passphrase, twice"), self)
        emphasize(new_label)
        self.fields = PassphraseFields(self)
        self.status = BusyStatus(
            self,
            self.tr("Saving the new passphrase"),
            busy_text=self.tr("Saving the new passphrase..."),
            message_name=self.tr("Message"),
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), self)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setDefault(True)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(current_label)
        layout.addWidget(self.current)
        layout.addSpacing(8)
        layout.addWidget(new_label)
        layout.addWidget(self.fields)
        self.status.add_to(layout)
        layout.addWidget(self.buttons)
        self.status.controls = (self.current, self.fields, self.buttons)
        self.setTabOrder(self.current, self.fields.first)
        self.setMinimumWidth(scaled(480, self))

        self.fields.changed.connect(self._update)
        self.current.textEdited.connect(lambda _text: self._update())
        self.fields.second.returnPressed.connect(self.submit)
        self.change_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        session.passphrase_changed.connect(self._changed)
        session.failed.connect(self._failed)
        self._update()
        (self.current if self._asks_current else self.fields.first).setFocus()

    def _ready(self) -> bool:
        return self.fields.ready() and (bool(self.current.text()) or not self._asks_current)

    def _update(self) -> None:
        self.change_button.setEnabled(self._ready() and not self.status.busy)

    def submit(self) -> None:
        if not self._ready() or self.status.busy:
            return
        old = self.current.text() if self._asks_current else None
        self._set_busy(True)
        self._session.change_passphrase(self.fields.passphrase(), old)

    def _set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)
        self._update()

    def _changed(self) -> None:
        if not shiboken6.isValid(self) or not self.status.busy:  # closed meanwhile, not ours
            return
        self._set_busy(False)
        self.current.clear()  # the passphrases leave the widgets at once
        self.fields.clear()
        self.status.show_message(
            self.tr("The passphrase is changed. Use the new one from the next unlock."), "ok"
        )
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.change_button.hide()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or not self.status.busy:
            return
        self._set_busy(False)
        self.status.show_message(vault_error_message(error))
        if self._asks_current:
            self.current.selectAll()
            self.current.setFocus()
