"""File > Back up: an encrypted, checked copy of the open vault to a file the coach chooses.

The copy is made off the UI thread through its own connection, so the coach can keep typing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.background import BackgroundRunner
from intakecompanion.ui.gate.messages import vault_error_message
from intakecompanion.ui.widgets import BusyBar, MessageLabel, PlainLabel, fill
from intakecompanion.vault import backup
from intakecompanion.vault.backup import BACKUP_SUFFIX, BackupResult, default_backup_name
from intakecompanion.vault.store import Vault

translate = QCoreApplication.translate


def backup_error_message(error: BaseException) -> str:
    """What went wrong with a backup or a restore, in the coach's language."""
    if isinstance(error, backup.BackupTargetExists):
        return translate(
            "BackupMessages",
            "A file with this name already exists there. It has not been changed; choose "
            "another name.",
        )
    if isinstance(error, backup.BackupUnreadable):
        return translate(
            "BackupMessages",
            "The backup did not read back correctly, so it was removed. Your vault is "
            "unchanged. Try again, or use another stick.",
        )
    if isinstance(error, backup.BackupFailed):
        return translate(
            "BackupMessages",
            "The backup could not be written: the stick may be full, removed or read-only. "
            "Your vault is unchanged and nothing half-written was left behind.",
        )
    if isinstance(error, backup.BackupDamaged):
        return translate(
            "BackupMessages",
            "This backup is damaged, so it was not restored. Nothing has been changed. Try "
            "another backup copy.",
        )
    return vault_error_message(error)


class BackupDialog(QDialog):
    """Choose a file, write the backup (and its key file) there, and say what was checked."""

    backup_done = Signal(object)  # the BackupResult

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Back up the vault"))
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._finished)
        self._ticket = 0
        self._replace_confirmed = False
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        start = (folder or Path.home()) / default_backup_name(stamp)

        intro = PlainLabel(
            self.tr(
                "A backup is an encrypted copy of all your notes, for example on a USB stick. "
                "Keep it in a safe place, away from this laptop. It opens with your recovery "
                "key, or with the key file beside it and the passphrase you use now. You can "
                "keep working while it is made."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.target = QLineEdit(str(start), self)
        self.target.setAccessibleName(self.tr("Backup file"))
        self.target.textEdited.connect(self._forget_confirmation)
        choose = QPushButton(self.tr("C&hoose..."), self)
        choose.setAccessibleName(self.tr("Choose the backup file"))
        choose.clicked.connect(self.choose_target)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(choose)
        self.with_key_file = QCheckBox(
            self.tr("Also write the key file beside it (then your passphrase opens it too)"),
            self,
        )
        self.with_key_file.setChecked(True)
        self.busy = BusyBar(self.tr("Making the backup"), self)
        self.busy.setVisible(False)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = buttons.addButton(
            self.tr("&Make backup"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.with_key_file)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choose_target(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where should the backup go?"),
            self.target.text(),
            fill(self.tr("Intake Companion backups (*%1)"), BACKUP_SUFFIX),
        )
        if chosen:
            self.target.setText(chosen)
            # The file dialog has asked already whether an existing file may be replaced.
            self._replace_confirmed = True

    def _forget_confirmation(self) -> None:
        self._replace_confirmed = False

    def start(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.message.show_message(self.tr("Choose where the backup should go."))
            return
        target = Path(text).expanduser()
        vault, with_key_file, replace = (
            self.vault,
            self.with_key_file.isChecked(),
            self._replace_confirmed,
        )
        self._set_busy(True)
        self._ticket = self._runner.submit(
            lambda: backup.backup_vault(vault, target, with_key_file=with_key_file, replace=replace)
        )

    def _finished(self, ticket: int, result: object, error: object) -> None:
        if ticket != self._ticket:
            return
        if isinstance(error, Exception):
            self._failed(error)
        elif isinstance(result, BackupResult):
            self._done(result)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.start_button.setEnabled(not busy)
        if busy:
            self.message.clear_message()

    def _done(self, result: BackupResult) -> None:
        self._set_busy(False)
        if result.key_file is not None:
            how = fill(
                self.tr("Beside it is %1: with it, your passphrase opens the backup."),
                result.key_file.name,
            )
        else:
            how = self.tr("It opens with your recovery key only.")
        self.message.show_message(
            fill(
                self.tr("Backup written and checked: %1 (%2 pages, all intact). %3"),
                result.path,
                result.report.pages,
                how,
            ),
            "ok",
        )
        self.backup_done.emit(result)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.show_message(backup_error_message(error))

    def done(self, code: int) -> None:
        self._runner.wait()  # a backup being written finishes before the dialog goes
        super().done(code)
