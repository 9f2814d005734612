"""Damage found in the open vault (at the unlock, or while working): the vault was closed
without writing to it, and `intakecompanion verify`'s own check says what is wrong. The way
out: restore a backup (File > Restore a backup, a button here too), and what to tell IT."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.shared.i18n import interface_language
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.vault import files
from intakecompanion.vault.inspection import VerifyReport


class DamagedPage(CardPage):
    restore_requested = Signal()
    back_requested = Signal()

    def __init__(
        self, path: str, finding: object, kept: int = 0, parent: QWidget | None = None
    ) -> None:
        """`finding`: the check's VerifyReport, or the VaultError that stopped the check."""
        super().__init__(self.tr("The vault is damaged"), parent)
        self.add_text(
            self.tr(
                "Intake Companion found damage in the vault while reading it and closed it at "
                "once. Nothing has been written to it since: it stays exactly as it was found."
            )
        )
        self.findings = self.add_text(self._findings(finding))
        self.findings.setAccessibleName(self.tr("What the check found"))
        if kept:
            self.add_text(
                self.tr(
                    "%n change(s) not yet saved are kept in memory, not in the damaged vault. "
                    "Open the restored vault in this window and they are written into it; do "
                    "not quit the program before.",
                    "",
                    kept,
                )
            )
        self.add_text(
            self.tr(
                "What to do: restore your most recent backup into a new vault (File > Restore "
                "a backup, or the button below), then open that vault. Keep the damaged vault "
                "and its key file; do not delete them."
            )
        )
        self.it_text = self.add_text(
            fill(
                self.tr(
                    "What to tell IT: the vault %1 is damaged; Intake Companion's check found "
                    "the damage and nothing was written to it. Ask them to check the laptop's "
                    "disk, and to keep the vault and its key file %2 aside: with the recovery "
                    "key an expert may save more of it."
                ),
                path,
                files.key_file_path(Path(path)),
            )
        )
        self.back_button = QPushButton(self.tr("&Back to the unlock screen"), self)
        self.restore_button = QPushButton(self.tr("&Restore a backup..."), self)
        self.restore_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        self.column.addLayout(row)
        self.setTabOrder(self.restore_button, self.back_button)
        self.restore_button.clicked.connect(self.restore_requested)
        self.back_button.clicked.connect(self.back_requested)

    def _findings(self, finding: object) -> str:
        if isinstance(finding, BaseException):  # the check itself could not run
            return vault_error_message(finding)
        assert isinstance(finding, VerifyReport)
        from intakecompanion.commands.verify import describe  # `verify`'s own words

        # SQLite's and SQLCipher's own lines (English, for an expert) stay with `verify`.
        raw = {f"  {problem}" for problem in finding.structure_problems}
        raw.update(finding.cipher_messages)
        lines = [line for line in describe(finding, interface_language()) if line not in raw]
        if finding.ok:  # the read failed, the whole file checks out now: say both
            lines.append(
                self.tr(
                    "The check finds no damage in the file now; a read failed all the same. "
                    "Unlock again; if this comes back, restore a backup."
                )
            )
        else:
            lines = lines[:-1]  # its conclusion names the command; the way out is below
        return "\n".join(lines)

    def focus(self) -> None:
        self.restore_button.setFocus()
