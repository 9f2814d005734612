"""Vault > Anonymous counts: numbers of whole months to a CSV file for the organisation's
reports (the same file as `intakecompanion counts`; docs/counts.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.counts import count_period, counts_csv
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file
from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel, action_buttons, add_row
from intakecompanion.vault.errors import VaultError
from intakecompanion.vault.unlocked import Vault


class CountsDialog(QDialog):
    """Choose the months and the file; write the counts there and say so."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        folder: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Anonymous counts"))
        today = today or date.today()
        intro = PlainLabel(
            self.tr(
                "Numbers only, for the organisation's reports: conversations, clients, steps, "
                "consents and appointments of whole months. No name, no text, no day. A count "
                "under 5 is written <5."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.first = self._month_edit(QDate(today.year, 1, 1), self.tr("First month"))
        self.last = self._month_edit(QDate(today.year, today.month, 1), self.tr("Last month"))
        name = fill(self.tr("counts-%1-%2"), today.year, f"{today.month:02d}") + ".csv"
        start = (folder or Path.home()) / name
        self.target = QLineEdit(str(start), self)
        self.target.setAccessibleName(self.tr("CSV file"))
        choose = QPushButton(self.tr("C&hoose..."), self)
        choose.setAccessibleName(self.tr("Choose the CSV file"))
        choose.clicked.connect(self.choose_target)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(choose)
        form = QFormLayout()
        captions = (
            add_row(form, self.tr("Fro&m"), self.first),
            add_row(form, self.tr("&Through"), self.last),
            add_row(form, self.tr("&File"), row),
        )
        captions[2].setBuddy(self.target)
        for caption in captions:  # a mnemonic's caption measures a few pixels short
            caption.setMinimumWidth(
                caption.sizeHint().width() + caption.fontMetrics().averageCharWidth()
            )
        self.message = MessageLabel(self)
        buttons, self.save_button = action_buttons(self, self.tr("&Save counts"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(scaled(480, self))

    def _month_edit(self, month: QDate, name: str) -> QDateEdit:
        edit = _MonthEdit(month, self)
        edit.setDisplayFormat("MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def choose_target(self) -> None:
        ask_for_file(
            self,
            self.tr("Where should the counts go?"),
            self.target.text(),
            self.target.setText,
            Pick.NEW_FILE,
            "CSV (*.csv)",
        )

    def save(self) -> None:
        first, last = (_month(edit.date()) for edit in (self.first, self.last))
        target = Path(self.target.text().strip())
        try:
            counts = count_period(self.vault, first, last)
            target.write_text(counts_csv(counts), encoding="utf-8", newline="")
        except (OSError, VaultError) as error:
            if isinstance(error, VaultError):
                self.message.show_message(vault_error_message(error))
            else:
                self.message.show_message(
                    self.tr("The file could not be written there. Choose another place.")
                )
            return
        said = fill(
            self.tr("Counts of %1 to %2 saved: %3"), counts.first_month, counts.last_month, target
        )
        self.message.show_message(said, "ok")


def _month(day: QDate) -> str:
    return f"{day.year():04d}-{day.month():02d}"


class _MonthEdit(QDateEdit):
    """A month and year; Tab leaves it (a date edit's Tab walks its sections first, so the
    next field could not be reached in one key). The arrows and typing change the month."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt API)
        return QWidget.focusNextPrevChild(self, next)
