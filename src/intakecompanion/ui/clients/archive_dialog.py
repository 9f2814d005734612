"""Client page > Archive, then erase (issue 15): the erasure dialog (what is erased, Cancel by
default) with a folder and a language for the complete copy written first: every note
unchanged, whatever a review for the client chose. A USB stick is proposed when one is in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.clients.copy_place import CopyPlace
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.shared.file_places import removable_drives
from intakecompanion.ui.shared.widgets import MessageLabel


class ArchiveDialog(DeleteClientDialog):
    """`confirmed(client_id, folder, lang)` once the coach chose to archive and erase."""

    confirmed = Signal(int, str, str)

    def __init__(
        self,
        casebook: Casebook,
        client_id: int,
        lang: str = "nl",
        parent: QWidget | None = None,
        drives: Callable[[], list[Path]] = removable_drives,
    ) -> None:
        super().__init__(casebook, client_id, parent)
        self.setWindowTitle(self.tr("Archive, then erase"))
        self.question.setText(
            self.tr("Write a complete copy for the archive, then erase this client?")
        )
        self.warning.setText(
            self.tr(
                "The copy (a PDF and a JSON file) holds every note unchanged, internal ones "
                "too. It is not encrypted: write it to the archive's drive, not to this "
                "laptop. Only once both files are written is the client erased from the "
                "vault, for good."
            )
        )
        self.erase_button.setText(self.tr("&Archive and erase"))
        self.erase_button.setAccessibleName(self.tr("Archive and erase"))
        self.erase_button.clicked.disconnect()
        self.erase_button.clicked.connect(self._confirm)
        self.place = CopyPlace(lang, drives, self.tr("Where should the archive copy go?"), self)
        self.language = self.place.language
        self.folder = self.place.folder
        self.message = MessageLabel(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.place)
        layout.insertWidget(layout.count() - 1, self.message)
        self.cancel_button.setFocus()

    def _confirm(self) -> None:
        folder = self.place.chosen_folder()
        if not folder.is_dir():
            self.message.show_message(self.tr("That folder does not exist. Choose another."))
            return
        self.confirmed.emit(self.client_id, str(folder), self.place.lang())
        self.accept()
