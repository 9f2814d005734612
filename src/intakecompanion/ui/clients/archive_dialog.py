"""Client page > Archive, then erase (issue 15): the erasure dialog (what is erased, Cancel by
default) with a folder and a language for the complete copy written first: every note
unchanged, whatever a review for the client chose. A USB stick is proposed when one is in.

As for the client's copy, the file is read here and the files written in a worker; the client
is erased only once both are written. Closing the dialog, or a lock, meanwhile erases nothing
and leaves no file behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from intakecompanion.clientcopy.archive import prepare_archive
from intakecompanion.clientcopy.write import CopyWritten, PreparedCopy, remove_copy
from intakecompanion.domain.casebook import Casebook
from intakecompanion.guide.model import Retention
from intakecompanion.ui.clients.copy_dialog import not_written_text
from intakecompanion.ui.clients.copy_place import CopyPlace
from intakecompanion.ui.clients.copy_writer import CopyWriter
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.shared.erasure import erasure_refusal
from intakecompanion.ui.shared.file_places import removable_drives
from intakecompanion.ui.shared.widgets import BusyStatus


def archive_stopped_text() -> str:
    """Said where the coach is when an archive copy being written was stopped."""
    return QCoreApplication.translate(
        "ArchiveDialog",
        "The archive copy was not made: it was stopped before it was ready. Nothing was "
        "left in the folder and the client was not erased.",
    )


class ArchiveDialog(DeleteClientDialog):
    """`reading` just before the file is read (save what is typed), `written(prepared,
    files)` once both files of the copy are written (then erase), `stopped` when the dialog
    closed while they were being written (nothing then erased, no file left)."""

    reading = Signal()
    written = Signal(object, object)
    stopped = Signal()

    def __init__(
        self,
        casebook: Casebook,
        client_id: int,
        lang: str = "nl",
        parent: QWidget | None = None,
        drives: Callable[[], list[Path]] = removable_drives,
        retention: Retention | None = None,
    ) -> None:
        super().__init__(casebook, client_id, parent)
        self.casebook = casebook
        self.retention = retention
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
        # At a large zoom the dialog has no room for it on a laptop's screen: what erasing
        # cannot reach is said in the message after the erasure.
        self.outside.hide()
        self.erase_button.setText(self.tr("&Archive and erase"))
        self.erase_button.setAccessibleName(self.tr("Archive and erase"))
        self.erase_button.clicked.disconnect()
        self.erase_button.clicked.connect(self._confirm)
        self.place = CopyPlace(lang, drives, self.tr("Where should the archive copy go?"), self)
        self.language = self.place.language
        self.folder = self.place.folder
        self.status = BusyStatus(
            self,
            self.tr("Writing the archive copy"),
            busy_text=self.tr(
                "Writing the archive copy; the client is erased once it is written. Closing "
                "this window stops it and erases nothing."
            ),
        )
        self.status.controls = (self.place, self.erase_button)
        self.message = self.status.message
        self.writer = CopyWriter(archive_stopped_text(), self)
        self.writer.written.connect(self._written)
        self.writer.failed.connect(self._failed)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.place)
        layout.insertWidget(layout.count() - 1, self.status.bar)
        layout.insertWidget(layout.count() - 1, self.message)
        self.cancel_button.setFocus()

    def _confirm(self) -> None:
        """Read the file now (one consistent moment), then write it in the worker."""
        folder = self.place.chosen_folder()
        if not folder.is_dir():
            self.message.show_message(self.tr("That folder does not exist. Choose another."))
            return
        self.reading.emit()
        read: list[PreparedCopy] = []
        refusal = erasure_refusal(
            lambda: read.append(
                prepare_archive(
                    self.casebook, self.client_id, folder, self.place.lang(), self.retention
                )
            )
        )
        if refusal:
            self.message.show_message(refusal)
            return
        self.status.set_busy(True)
        self.writer.start(read[0])

    def _failed(self, error: Exception) -> None:
        self.status.set_busy(False)
        self.message.show_message(not_written_text(error))

    def _written(self, prepared: PreparedCopy, files: CopyWritten) -> None:
        self.status.set_busy(False)
        if not self.casebook.vault.is_open:
            remove_copy(files)
            self.message.show_message(archive_stopped_text())
            return
        self.written.emit(prepared, files)
        self.accept()

    def done(self, code: int) -> None:
        if self.writer.stop():
            self.status.set_busy(False)
            self.stopped.emit()
        super().done(code)
