"""File > Back up: an encrypted, checked copy of the open vault to a file the coach chooses.

The copy is made off the UI thread through its own connection, so the coach can keep typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.lock.background import BackgroundRunner
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file
from intakecompanion.ui.shared.file_places import AwayFromLaptop, removable_drives
from intakecompanion.ui.shared.fit import fit_to_screen, scaled
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.vault_messages import os_error_reason, vault_error_message
from intakecompanion.ui.shared.widgets import (
    BusyStatus,
    MessageLabel,
    PlainLabel,
    action_buttons,
)
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
    if isinstance(error, backup.KeyFileUnavailable):
        return translate(
            "BackupMessages",
            "You opened the program with your recovery key, so there is no passphrase yet to "
            "put in a key file. Make the backup without the key file, or first choose a new "
            "passphrase.",
        )
    if isinstance(error, backup.RestoreFailed):
        why = (
            os_error_reason(error.os_error)
            if error.os_error is not None
            else translate("BackupMessages", "the disk may be full or was removed")
        )
        return fill(
            translate(
                "BackupMessages",
                "The new vault could not be made there: %1. Your backup and your own vault are "
                "unchanged, and nothing half-made was left behind.",
            ),
            why,
        )
    if isinstance(error, backup.BackupDamaged):
        return translate(
            "BackupMessages",
            "This backup is damaged, so it was not restored. Nothing has been changed. Try "
            "another backup copy.",
        )
    return vault_error_message(error)


class BackupDialog(QDialog):
    """Choose a file, write the backup (and its key file) there, and say what was checked.

    Proposed: a USB stick when one is plugged in, else the Documents folder; a folder on the
    laptop itself gets a warning (a backup there is lost with the laptop)."""

    backup_done = Signal(object)  # the BackupResult

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        drives: Callable[[], list[Path]] = removable_drives,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._away = AwayFromLaptop(drives)
        self.setWindowTitle(self.tr("Back up the vault"))
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._finished)
        self._ticket = 0
        self._replace_confirmed = False
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        start = self._away.proposed_folder() / default_backup_name(stamp)

        intro = PlainLabel(
            self.tr(
                "A backup is a copy of everything in this program: all clients, conversations, "
                "notes, steps and consents, as they are now. It is encrypted: without your key "
                "nobody can read it. Put it on a USB stick and keep that in a safe place, away "
                "from this laptop. You can keep working while it is made."
            ),
            self,
        )
        intro.setWordWrap(True)
        opening = PlainLabel(
            self.tr(
                "To open it later, for example on a new laptop: File > Restore a backup, then "
                "type your recovery key, or your passphrase of today if the key file lies "
                "beside the backup."
            ),
            self,
        )
        opening.setWordWrap(True)
        self.target = QLineEdit(str(start), self)
        self.target.setAccessibleName(self.tr("Backup file"))
        self.target.textEdited.connect(self._forget_confirmation)
        self.place_warning = MessageLabel(self)
        self.place_warning.setAccessibleName(self.tr("Where the backup goes"))
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
        # Opened with the recovery key, there is no passphrase to lock a key file with.
        can_key_file = vault.passphrase_set
        self.with_key_file.setChecked(can_key_file)
        self.with_key_file.setEnabled(can_key_file)
        self.no_key_file = PlainLabel(
            self.tr(
                "You opened the program with your recovery key, so there is no passphrase yet "
                "to put in a key file: this backup opens with your recovery key only. For a key "
                "file, first choose a new passphrase (Vault > Change passphrase), then make the "
                "backup."
            ),
            self,
        )
        self.no_key_file.setProperty("role", "hint")
        self.no_key_file.setWordWrap(True)
        self.no_key_file.setVisible(not can_key_file)
        self.status = BusyStatus(self, self.tr("Making the backup"))
        buttons, self.start_button = action_buttons(self, self.tr("&Make backup"), self.start)
        self.status.controls = (self.start_button,)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(opening)
        layout.addLayout(row)
        layout.addWidget(self.place_warning)
        layout.addWidget(self.with_key_file)
        layout.addWidget(self.no_key_file)
        self.status.add_to(layout)
        layout.addWidget(buttons)
        self.setMinimumWidth(scaled(520, self))
        self.target.textChanged.connect(self._judge_place)
        self._judge_place(self.target.text(), quietly=True)  # read as the dialog opens

    def choose_target(self) -> None:
        ask_for_file(
            self,
            self.tr("Where should the backup go?"),
            self.target.text(),
            self._target_chosen,
            Pick.NEW_FILE,
            fill(self.tr("Intake Companion backups (*%1)"), BACKUP_SUFFIX),
        )

    def _target_chosen(self, chosen: str) -> None:
        self.target.setText(chosen)
        # The file dialog has asked already whether an existing file may be replaced.
        self._replace_confirmed = True

    def _judge_place(self, text: str, quietly: bool = False) -> None:
        """A warning while the chosen folder is on this laptop itself."""
        if text.strip() and self._away.on_laptop(Path(text.strip()).expanduser()):
            self.place_warning.show_message(
                self.tr(
                    "That folder is on this laptop. If the laptop is stolen or breaks, the "
                    "backup is gone with it: choose a USB stick and keep it somewhere else."
                ),
                "warning",
                quietly=quietly,
            )
        else:
            self.place_warning.clear_message()

    def _forget_confirmation(self) -> None:
        self._replace_confirmed = False

    def start(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.show_message(self.tr("Choose where the backup should go."))
            return
        target = Path(text).expanduser()
        vault, with_key_file, replace = (
            self.vault,
            self.with_key_file.isChecked(),
            self._replace_confirmed,
        )
        self.status.set_busy(True)
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

    def _done(self, result: BackupResult) -> None:
        self.status.set_busy(False)
        if result.key_file is not None:
            how = fill(
                self.tr(
                    "It opens with your recovery key, or with your passphrase of today and the "
                    "key file %1 beside it."
                ),
                result.key_file.name,
            )
        else:
            how = self.tr("It opens with your recovery key only (there is no key file).")
        self.show_message(
            fill(
                self.tr(
                    "The backup is written to %1 and read back in full: nothing is missing. %2"
                ),
                result.path,
                how,
            ),
            "ok",
        )
        self.backup_done.emit(result)

    def _failed(self, error: Exception) -> None:
        self.status.set_busy(False)
        self.show_message(backup_error_message(error))

    def show_message(self, text: str, state: str = "error") -> None:
        """Say it, and grow the dialog so the whole message shows (a wrapped label does not
        make its window taller by itself)."""
        self.status.show_message(text, state)
        fit_to_screen(self)

    def done(self, code: int) -> None:
        self._runner.wait()  # a backup being written finishes before the dialog goes
        super().done(code)
