"""File > Restore a backup: check a backup and make a new vault from it (never over one).

With the passphrase the backup was made with (its key file beside it), or with the recovery
key and a new passphrase. The key derivation runs off the UI thread. Clients erased in the
open vault come back with a backup made before: the restore says how many, and erases them
again in the new vault unless the coach unticks that (`domain/returning.py`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.model import Erasure
from intakecompanion.domain.returning import Returned, restore_erasing_returned
from intakecompanion.ui.dialogs.backup_dialog import backup_error_message
from intakecompanion.ui.lock.background import BackgroundRunner
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file
from intakecompanion.ui.shared.fit import fit_to_screen, scaled
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import (
    BusyStatus,
    PlainLabel,
    action_buttons,
    add_row,
)
from intakecompanion.vault import files
from intakecompanion.vault.backup import BACKUP_SUFFIX
from intakecompanion.vault.keys import KdfParams


class RestoreDialog(QDialog):
    """`target`: where the new vault goes; None lets the coach choose a new file.
    `erasures`: those of the open vault, to find the erased clients the backup brings back."""

    restored = Signal(str)  # the new vault's path
    open_requested = Signal(str)  # "Open it here": the window switches to the new vault

    def __init__(
        self,
        target: Path | None,
        parent: QWidget | None = None,
        kdf: KdfParams | None = None,
        erasures: list[Erasure] | None = None,
    ) -> None:
        super().__init__(parent)
        self._erasures = [e for e in erasures or [] if e.client_id is not None]
        self.setWindowTitle(self.tr("Restore a backup"))
        self._kdf = kdf
        self._new_path = Path()
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._finished)
        self._ticket = 0
        intro = PlainLabel(
            self.tr(
                "The backup is checked first, then a new vault is made from it. An existing "
                "vault is never overwritten."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Backup file"))
        self.target = QLineEdit(str(target) if target else "", self)
        self.target.setAccessibleName(self.tr("New vault"))
        self.target.setReadOnly(target is not None)
        self.with_passphrase = QRadioButton(self.tr("With the passphrase of the backup"), self)
        self.with_recovery_key = QRadioButton(self.tr("With the recovery key"), self)
        self.with_passphrase.setChecked(True)
        self.passphrase = self._secret(self.tr("Passphrase of the backup"))
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.new_passphrase = self._secret(self.tr("New passphrase"))
        self.repeat = self._secret(self.tr("New passphrase again"))

        form = QFormLayout()
        add_row(form, self.tr("Backup file"), self._with_button(self.source, self.choose_source))
        chooser = None if target is not None else self.choose_target
        add_row(form, self.tr("New vault"), self._with_button(self.target, chooser))
        form.addRow(self.with_passphrase)
        add_row(form, self.tr("Passphrase"), self.passphrase)
        form.addRow(self.with_recovery_key)
        add_row(form, self.tr("Recovery key"), self.recovery_key)
        add_row(form, self.tr("New passphrase"), self.new_passphrase)
        add_row(form, self.tr("New passphrase again"), self.repeat)
        self._form = form
        self.with_passphrase.toggled.connect(self._show_fields)
        self.erase_again = QCheckBox(
            self.tr("Erase again the clients erased here"),
            self,
        )
        self.erase_again.setChecked(True)
        self.erase_again.setVisible(bool(self._erasures))

        self.status = BusyStatus(self, self.tr("Checking and restoring the backup"))
        buttons, self.start_button = action_buttons(self, self.tr("&Restore"), self.start)
        self.status.controls = (self.start_button,)
        # Shown with the result of a restore beside the open vault: work in the new one here.
        self.open_button = QPushButton(self.tr("&Open the new vault in this window"), self)
        self.open_button.clicked.connect(self._open_new)
        self.open_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.erase_again)
        self.status.add_to(layout)
        layout.addWidget(self.open_button)
        layout.addWidget(buttons)
        self.setMinimumWidth(scaled(560, self))
        self._show_fields()
        # Another restore after one: a changed field takes the last result away.
        for edit in (self.passphrase, self.recovery_key, self.new_passphrase, self.repeat):
            edit.textEdited.connect(self._edited)  # typed (not the clearing after a restore)
        for path_edit in (self.source, self.target):
            path_edit.textChanged.connect(self._edited)  # typed, or chosen with "Choose..."
        self.with_passphrase.toggled.connect(self._edited)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def _with_button(self, edit: QLineEdit, choose: object) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        if callable(choose):
            button = QPushButton(self.tr("Choose..."), box)
            button.setAccessibleName(fill(self.tr("Choose: %1"), edit.accessibleName()))
            button.clicked.connect(choose)
            row.addWidget(button)
            # Made after every field, it would come after all of them in the Tab order.
            QWidget.setTabOrder(edit, button)
        return box

    def _show_fields(self) -> None:
        by_passphrase = self.with_passphrase.isChecked()
        self._form.setRowVisible(self.passphrase, by_passphrase)
        for edit in (self.recovery_key, self.new_passphrase, self.repeat):
            self._form.setRowVisible(edit, not by_passphrase)

    def choose_source(self) -> None:
        ask_for_file(
            self,
            self.tr("Which backup?"),
            self.source.text(),
            self.source.setText,
            Pick.FILE,
            fill(self.tr("Intake Companion backups (*%1);;All files (*)"), BACKUP_SUFFIX),
        )

    def choose_target(self) -> None:
        ask_for_file(
            self,
            self.tr("Where should the new vault go?"),
            self.target.text(),
            self.target.setText,
            Pick.NEW_FILE,
            confirm_overwrite=False,  # never over one: refused anyway
        )

    def start(self) -> None:
        source, target = self.source.text().strip(), self.target.text().strip()
        if not source or not target:
            self.status.show_message(self.tr("Choose the backup file and the new vault."))
            return
        new_path = Path(target).expanduser()
        if any(p.exists() for p in files.companion_files(new_path)):
            self.status.show_message(
                self.tr(
                    "A vault already exists there. It has not been changed; choose a new place."
                )
            )
            return
        if self.with_passphrase.isChecked():
            secrets: dict[str, str] = {"passphrase": self.passphrase.text()}
        else:
            if self.new_passphrase.text() != self.repeat.text():
                self.status.show_message(self.tr("The two new passphrases are not the same."))
                return
            secrets = {
                "recovery_key": self.recovery_key.text(),
                "new_passphrase": self.new_passphrase.text(),
            }
        if not all(secrets.values()):
            self.status.show_message(self.tr("Fill in the passphrase or the recovery key."))
            return
        kdf, backup_path = self._kdf, Path(source).expanduser()
        erasures, again = self._erasures, self.erase_again.isChecked()
        self.status.set_busy(True)
        self._new_path = new_path
        self._ticket = self._runner.submit(
            lambda: restore_erasing_returned(
                backup_path, new_path, lambda: erasures, again, kdf=kdf, **secrets
            )
        )

    def _finished(self, ticket: int, result: object, error: object) -> None:
        if ticket != self._ticket:
            return
        if isinstance(error, Exception):
            self._failed(error)
        else:
            self._done(self._new_path, result if isinstance(result, Returned) else Returned())

    def _done(self, path: Path, back: Returned) -> None:
        self.status.set_busy(False)
        for edit in (self.passphrase, self.recovery_key, self.new_passphrase, self.repeat):
            edit.clear()
        lines = [fill(self.tr("The backup was checked and restored into a new vault: %1"), path)]
        # How many came back, and what became of them, in one sentence whose nouns and verbs
        # agree with that number ("Ze zijn opnieuw gewist" was said of one client too).
        if back.clients and back.erased_again == back.clients:
            lines.append(
                self.tr(
                    "%n client(s) erased in this vault came back with the backup and were "
                    "erased again in the new vault.",
                    "",
                    back.clients,
                )
            )
        elif back.erased_again:  # some of two or more
            lines.append(
                fill(
                    self.tr("Clients erased in this vault that came back with the backup: %1."),
                    back.clients,
                )
            )
            lines.append(
                fill(
                    self.tr(
                        "Erased again in the new vault: %1. The others are on hold there; "
                        "they stay."
                    ),
                    back.erased_again,
                )
            )
        elif back.clients:
            lines.append(
                self.tr(
                    "%n client(s) erased in this vault came back with the backup and are in "
                    "the new vault again; erase them there if they should stay erased.",
                    "",
                    back.clients,
                )
            )
        beside = not self.target.isReadOnly()  # beside the open vault, not in its place
        if beside:
            lines.append(
                self.tr(
                    "Your own vault stays as it was. To work in the new vault, open it in this "
                    "window: your vault is locked first, then the new one asks for its "
                    "passphrase. From then on the program opens the new vault at every start."
                )
            )
        self.status.show_message("\n".join(lines), "ok")
        self.start_button.setEnabled(False)
        self.open_button.setVisible(beside)
        fit_to_screen(self)  # the whole message shows
        if beside:
            self.open_button.setFocus()
        self.restored.emit(str(path))

    def _edited(self) -> None:
        """A field changed after a result: that result no longer stands; restore again."""
        if self.status.busy:
            return
        self.status.clear_message()
        self.open_button.hide()
        self.start_button.setEnabled(True)

    def _open_new(self) -> None:
        path = str(self._new_path)
        self.accept()
        self.open_requested.emit(path)

    def _failed(self, error: Exception) -> None:
        self.status.set_busy(False)
        self.open_button.hide()
        self.status.show_message(backup_error_message(error))

    def done(self, code: int) -> None:
        self._runner.wait()
        super().done(code)
