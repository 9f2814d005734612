"""Show the new vault's recovery key once: print it or save it, and confirm it was kept."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file, ask_for_printer
from intakecompanion.ui.shared.file_places import AwayFromLaptop, removable_drives
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.vault_messages import os_error_reason
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel


class RecoveryKeyPage(CardPage):
    confirmed = Signal()

    def __init__(
        self,
        recovery_key: str,
        parent: QWidget | None = None,
        drives: Callable[[], list[Path]] = removable_drives,
    ) -> None:
        super().__init__(self.tr("Your recovery key"), parent)
        self._key = recovery_key
        self._away = AwayFromLaptop(drives)
        self.add_text(
            self.tr(
                "If you forget your passphrase, this key is the only way to open your notes. "
                "Nobody else can give it back. Print it or save it, and keep it somewhere safe, "
                "away from this laptop. It is shown only now."
            )
        )
        self.key_label = PlainLabel(self._grouped(recovery_key), self)
        self.key_label.setProperty("role", "recovery-key")
        self.key_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAccessibleDescription(recovery_key)
        self.column.addWidget(self.key_label)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.save_button = QPushButton(self.tr("&Save as text..."), self)
        self.save_button.setAccessibleName(self.tr("Save the recovery key as a text file"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.column.addWidget(self.message)
        self.kept = QCheckBox(self.tr("I have &kept the recovery key in a safe place"), self)
        self.kept.setAccessibleName(self.tr("I have kept the recovery key in a safe place"))
        self.column.addWidget(self.kept)
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        self.column.addLayout(end)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.kept)
        self.setTabOrder(self.kept, self.continue_button)

        self.print_button.clicked.connect(self._ask_printer)
        self.save_button.clicked.connect(self._ask_file)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def focus(self) -> None:
        self.print_button.setFocus()

    @staticmethod
    def _grouped(key: str) -> str:
        """Four groups a line, so the key reads and copies without mistakes."""
        groups = key.split("-")
        return "\n".join("-".join(groups[i : i + 4]) for i in range(0, len(groups), 4))

    def as_text(self) -> str:
        """The text written to a file or printed (in the interface language)."""
        return "\n".join(
            (
                self.tr("Intake Companion: recovery key"),
                "",
                self._key,
                "",
                fill(self.tr("Made on %1."), date.today().isoformat()),
                self.tr(
                    "This key opens your vault if you forget your passphrase. Keep it safe, "
                    "away from the laptop; anyone who has it and the vault can read the notes."
                ),
                "",
            )
        )

    def save_to(self, path: Path) -> None:
        """Write the key owner-only; the file is the coach's explicit choice."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(self.as_text())
            handle.flush()
            os.fsync(handle.fileno())

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument(self)
        document.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        document.setPlainText(self.as_text())
        document.print_(printer)
        self.message.show_message(self.tr("The recovery key was sent to the printer."), "ok")

    def _ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        ask_for_printer(self, printer, self.print_to, self.tr("Print the recovery key"))

    def _ask_file(self) -> None:
        """Proposed: a USB stick when one is plugged in, since the key belongs away from the
        laptop; else the Documents folder, with a word that a stick is better."""
        folder = self._away.proposed_folder()
        dialog = ask_for_file(
            self,
            self.tr("Save the recovery key"),
            str(folder / self.tr("intake-companion-recovery-key.txt")),
            self._save_chosen,
            Pick.NEW_FILE,
            self.tr("Text files (*.txt)"),
        )
        dialog.setDefaultSuffix("txt")

    def _save_chosen(self, name: str) -> None:
        try:
            self.save_to(Path(name))
        except OSError as error:
            self.message.show_message(
                fill(
                    self.tr("The file could not be written (%1). Choose another place."),
                    os_error_reason(error),
                ),
                "error",
            )
            return
        if not self._away.on_laptop(Path(name)):
            self.message.show_message(fill(self.tr("Saved to %1."), name), "ok")
            return
        self.message.show_message(
            fill(
                self.tr(
                    "Saved to %1. That folder is on this laptop: whoever has the laptop then "
                    "has the key too. Copy the file to a USB stick or print it, keep that away "
                    "from the laptop, and delete the file here."
                ),
                name,
            ),
            "warning",
        )

    def _continue(self) -> None:
        if self.kept.isChecked():
            self.confirmed.emit()
