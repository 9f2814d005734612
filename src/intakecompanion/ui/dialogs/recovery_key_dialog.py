"""Vault > New recovery key: say what changes, re-key the vault off the UI thread, then show
the new key once, on the same page as at the vault's creation (print, save, "I have kept it")."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.lock.session import VaultSession
from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import BusyStatus, PlainLabel
from intakecompanion.vault.errors import VaultError


class NewRecoveryKeyDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.key_page: RecoveryKeyPage | None = None
        self.setWindowTitle(self.tr("New recovery key"))
        self.stack = QStackedWidget(self)
        intro = QWidget(self.stack)
        self.explanation = PlainLabel(
            self.tr(
                "A new recovery key replaces the one you have now. After this, your current "
                "recovery key no longer opens this vault. Backups made before now keep the key "
                "they had: keep the old recovery key as long as you keep those backups.\n\n"
                "The new key is shown once: print it or save it, away from this laptop. Your "
                "passphrase stays the same."
            ),
            intro,
        )
        self.explanation.setWordWrap(True)
        self.status = BusyStatus(
            intro,
            self.tr("Making a new recovery key"),
            busy_text=self.tr("Making a new recovery key; this can take a little while..."),
            message_name=self.tr("Message"),
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, intro)
        self.make_button = QPushButton(self.tr("&Make a new recovery key"), intro)
        self.make_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        column = QVBoxLayout(intro)
        column.addWidget(self.explanation)
        self.status.add_to(column)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.stack.addWidget(intro)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setMinimumWidth(scaled(560, self))
        self.make_button.clicked.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        session.recovery_key_replaced.connect(self._made)
        session.failed.connect(self._failed)
        if not session.passphrase_set:
            # A re-key rewrites the key file, which needs a passphrase to wrap the new key.
            self.make_button.setEnabled(False)
            self.status.show_message(
                self.tr(
                    "The vault was opened with its recovery key and has no passphrase yet. "
                    "Choose one first under Vault > Change passphrase."
                ),
                "info",
            )
        self.make_button.setFocus()

    def make(self) -> None:
        if self.status.busy or not self.make_button.isEnabled():
            return
        self.status.set_busy(True)
        self.make_button.setEnabled(False)
        self._session.replace_recovery_key()

    def _made(self, recovery_key: str) -> None:
        # Closed meanwhile: the next unlock offers a new key.
        if not shiboken6.isValid(self) or not self.status.busy:
            return
        self.status.set_busy(False)
        page = RecoveryKeyPage(recovery_key, self.stack)
        page.confirmed.connect(self._kept)
        self.key_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.setMinimumHeight(520)
        page.focus()

    def _kept(self) -> None:
        try:
            self._session.confirm_recovery_key()
        except (VaultError, OSError) as error:
            if self.key_page is not None:
                self.key_page.message.show_message(vault_error_message(error), "error")
            return
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or not self.status.busy:
            return
        self.status.set_busy(False)
        self.make_button.setEnabled(True)
        self.status.show_message(vault_error_message(error))
