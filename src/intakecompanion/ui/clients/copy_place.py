"""Where a copy of a client's file goes, and in which language: the two rows the copy dialog
and the archive-then-erase dialog share. A USB stick is proposed when one is plugged in,
else the Documents folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file
from intakecompanion.ui.shared.file_places import documents_folder
from intakecompanion.ui.shared.texts import PAPER_LANGUAGES
from intakecompanion.ui.shared.widgets import add_row


class CopyPlace(QWidget):
    def __init__(
        self,
        lang: str,
        drives: Callable[[], list[Path]],
        question: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question  # the folder chooser's title
        self.language = QComboBox(self)
        for code, name in PAPER_LANGUAGES:  # each named in itself, as the sheet's languages
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.setAccessibleName(self.tr("Language of the copy"))
        found = drives()
        self.folder = QLineEdit(str(found[0] if found else documents_folder()), self)
        self.folder.setAccessibleName(self.tr("Folder for the copy"))
        choose = QPushButton(self.tr("C&hoose..."), self)
        choose.setAccessibleName(self.tr("Choose the folder for the copy"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("La&nguage"), self.language)
        add_row(form, self.tr("&Folder"), folder_row).setBuddy(self.folder)

    def lang(self) -> str:
        return str(self.language.currentData() or "nl")

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip())

    def choose_folder(self) -> None:
        ask_for_file(self, self.question, self.folder.text(), self.folder.setText, Pick.FOLDER)
