"""Client page > Copy of the file (issue 15): the coach reviews each internal note and item
note (include, include with parts blacked out, or leave out with a reason; each choice is
stored at once), then the copy is written as PDF and JSON into a chosen folder, a USB stick
proposed when one is plugged in, with the warning that neither file is encrypted.

The file is read from the vault here, in one transaction (the vault's connection belongs to
this thread); the PDF is rendered and both files written in a worker, so a large file does not
freeze the window. Closing the dialog, or a lock, while that runs stops the copy: nothing of it
stays in the folder and nothing is logged; the review choices are stored already."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.clientcopy.content import NotReviewed, guide_texts
from intakecompanion.clientcopy.texts import text as copy_text
from intakecompanion.clientcopy.write import (
    CopyExists,
    CopyWritten,
    PreparedCopy,
    log_copy,
    prepare_client_copy,
    remove_copy,
)
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CopyChoice, ReviewedText
from intakecompanion.domain.reviews import InvalidReview, whole_words
from intakecompanion.ui.clients.copy_place import CopyPlace
from intakecompanion.ui.clients.copy_writer import CopyWriter
from intakecompanion.ui.shared.file_places import (
    cloud_note,
    on_removable_drive,
    removable_drives,
)
from intakecompanion.ui.shared.fit import scaled, wrap_lines
from intakecompanion.ui.shared.i18n import interface_language
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import BusyStatus, PlainLabel, action_buttons
from intakecompanion.vault.errors import VaultError

PREVIEW_CHARS = 70
# What Qt's plain-text viewer gives back for a stored character that it shows otherwise.
SHOWN_AS = {"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\u00a0": " "}


def copy_stopped_text() -> str:
    """Said where the coach is when a copy being written was stopped (closed or locked)."""
    return QCoreApplication.translate(
        "CopyDialog",
        "The copy of the file was not made: it was stopped before it was ready. Nothing was "
        "left in the folder and nothing was logged; your review choices are kept. Make the "
        "copy again when you are ready.",
    )


def copy_exists_text() -> str:
    return QCoreApplication.translate(
        "CopyDialog", "A copy of today is already in that folder. Choose another folder."
    )


def not_written_text(error: Exception) -> str:
    """Why the worker could not write a copy's files."""
    if isinstance(error, CopyExists):
        return copy_exists_text()
    if isinstance(error, VaultError):
        return vault_error_message(error)
    return QCoreApplication.translate(
        "CopyDialog", "The files could not be written there. Choose another place."
    )


def stored_positions(stored: str, shown: str) -> list[int] | None:
    """For each character of `shown` (the note as Qt's viewer gives it back) where it begins
    in `stored`, plus the end: Qt shows a \\r\\n (two stored characters) as one \\n, and
    other characters one for one (a lone \\r, a line or paragraph separator as \\n, a
    no-break space as a space). None when the two do not line up."""
    positions: list[int] = []
    at = 0
    for char in shown:
        if at >= len(stored) or SHOWN_AS.get(stored[at], stored[at]) != char:
            return None
        positions.append(at)
        at += 2 if stored.startswith("\r\n", at) else 1
    return [*positions, at] if at == len(stored) else None


class CopyDialog(QDialog):
    """Review, then write. The window title never holds the client's name. `stopped` when
    the dialog closed while a copy was being written (the copy was then not made)."""

    stopped = Signal()

    def __init__(
        self,
        casebook: Casebook,
        client_id: int,
        lang: str = "nl",
        parent: QWidget | None = None,
        drives: Callable[[], list[Path]] = removable_drives,
    ) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.client_id = client_id
        self._drives = drives
        self.setWindowTitle(self.tr("Copy of the file"))
        intro = PlainLabel(
            self.tr(
                "The client may have a copy of everything kept about them, internal notes "
                "included. Look at each internal note and note on a checklist point first: "
                "include it, black out what concerns someone else, or leave it out with a "
                "reason (the copy shows the reason)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("Notes to review"))
        wrap_lines(self.notes)  # a long line wraps rather than scrolling sideways
        self.viewer = QPlainTextEdit(self)  # plain text only: a note is never read as markup
        self.viewer.setReadOnly(True)
        self.viewer.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.viewer.setAccessibleName(self.tr("The note; select a part to black it out"))
        self.shown = PlainLabel("", self)
        self.shown.setWordWrap(True)
        self.shown.setAccessibleName(self.tr("As the copy shows it"))
        self.include_button = QPushButton(self.tr("&Include"), self)
        self.black_out_button = QPushButton(self.tr("&Black out the selected part"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Why it is left out"))
        self.reason.setPlaceholderText(self.tr("Why it is left out (the client reads this)"))
        self.leave_out_button = QPushButton(self.tr("&Leave out"), self)
        choice_row = QHBoxLayout()
        for widget in (self.include_button, self.black_out_button):
            choice_row.addWidget(widget)
        leave_row = QHBoxLayout()
        leave_row.addWidget(self.reason, 1)
        leave_row.addWidget(self.leave_out_button)

        self.place = CopyPlace(lang, drives, self.tr("Where should the copy go?"), self)
        self.language = self.place.language
        self.folder = self.place.folder
        warning = PlainLabel(
            self.tr(
                "The PDF and the JSON file are not encrypted: anyone with the files can read "
                "them. Write them to the client's own USB stick, not to this laptop."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.status = BusyStatus(
            self,
            self.tr("Writing the copy"),
            busy_text=self.tr("Writing the copy. You can wait here; closing this window stops it."),
        )
        self.message = self.status.message
        buttons, self.write_button = action_buttons(self, self.tr("&Write the copy"), self.write)
        self.status.controls = (
            self.notes,
            self.include_button,
            self.black_out_button,
            self.reason,
            self.leave_out_button,
            self.place,
            self.write_button,
        )
        self.writer = CopyWriter(copy_stopped_text(), self)
        self.writer.written.connect(self._written)
        self.writer.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        notes_label = PlainLabel(self.tr("N&otes to review"), self)
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.shown)
        layout.addLayout(choice_row)
        layout.addLayout(leave_row)
        layout.addWidget(self.place)
        layout.addWidget(warning)
        self.status.add_to(layout)
        layout.addWidget(buttons)
        # Room to review the notes, within the screen: 1366x768 at 125 % (Windows) leaves a
        # window 566 logical pixels of height, its title bar included.
        self.setMinimumSize(scaled(720, self), 500)
        self.resize(
            QSize(scaled(720, self), 640).boundedTo(self.screen().availableGeometry().size() * 0.9)
        )

        self.notes.currentRowChanged.connect(self._show_current)
        self.include_button.clicked.connect(lambda: self._choose(CopyChoice.INCLUDE))
        self.black_out_button.clicked.connect(lambda: self._choose(CopyChoice.BLACK_OUT))
        self.leave_out_button.clicked.connect(lambda: self._choose(CopyChoice.LEAVE_OUT))
        self.language.currentIndexChanged.connect(lambda _index: self._show_current())
        self.reviews: list[ReviewedText] = []
        self.reload()
        self.notes.setFocus()

    # -- the review --------------------------------------------------------------------------

    def reload(self, row: int = 0) -> None:
        self.reviews = self.casebook.copy_review(self.client_id)
        days = {c.id: c.started_at.date() for c in self.casebook.conversations(self.client_id)}
        lang = interface_language()
        points = {
            c: guide_texts(self.casebook, c, lang)[1]
            for c in {r.conversation_id for r in self.reviews if r.item_id is not None}
        }
        self.notes.blockSignals(True)
        self.notes.clear()
        for reviewed in self.reviews:
            self.notes.addItem(QListWidgetItem(self._describe(reviewed, days, points)))
        self.notes.blockSignals(False)
        if self.reviews:
            self.notes.setCurrentRow(min(row, len(self.reviews) - 1))
        self._show_current()
        self._update()

    def _describe(
        self, reviewed: ReviewedText, days: dict[int, date], points: dict[int, dict[str, str]]
    ) -> str:
        """A line of the list; a checklist point is named by its text in the coach's language
        (by its id only when the conversation's stored guide cannot be read)."""
        first = " ".join(reviewed.text.split())
        if len(first) > PREVIEW_CHARS:
            first = first[:PREVIEW_CHARS] + "\u2026"
        day = days.get(reviewed.conversation_id)
        kind = (
            self.tr("Internal note")
            if reviewed.note_id is not None
            else fill(self.tr("Note on the point \u201c%1\u201d"), self._point(reviewed, points))
        )
        if reviewed.choice is CopyChoice.INCLUDE:
            state = self.tr("included")
        elif reviewed.choice is CopyChoice.BLACK_OUT:
            state = self.tr("included, parts blacked out")
        elif reviewed.choice is CopyChoice.LEAVE_OUT:
            state = fill(self.tr("left out: %1"), reviewed.reason)
        else:
            state = self.tr("to review")
        when = format_date(day) if day is not None else ""
        return fill(self.tr("%1, %2 \u2014 %3: %4"), when, kind, state, first)

    @staticmethod
    def _point(reviewed: ReviewedText, points: dict[int, dict[str, str]]) -> str:
        item_id = reviewed.item_id or ""
        return points.get(reviewed.conversation_id, {}).get(item_id, item_id)

    def current(self) -> ReviewedText | None:
        row = self.notes.currentRow()
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def _show_current(self) -> None:
        reviewed = self.current()
        has = reviewed is not None
        for widget in (self.include_button, self.black_out_button, self.leave_out_button):
            widget.setEnabled(has)
        if reviewed is None:
            self.viewer.setPlainText("")
            self.shown.setText(self.tr("No internal notes or item notes: nothing to review."))
            return
        self.viewer.setPlainText(reviewed.text)
        self.reason.setText(reviewed.reason)
        shown = reviewed.shown_text(copy_text(self._lang(), "blacked_out"))
        if reviewed.choice is None:
            self.shown.setText(self.tr("Not reviewed yet."))
        elif shown is None:
            self.shown.setText(fill(self.tr("Left out. The copy says why: %1"), reviewed.reason))
        else:
            self.shown.setText(fill(self.tr("In the copy: %1"), shown))

    def _choose(self, choice: CopyChoice) -> None:
        reviewed = self.current()
        if reviewed is None:
            return
        parts: list[tuple[int, int]] = []
        reason = ""
        widened = False
        if choice is CopyChoice.BLACK_OUT:
            selected = self.selection()
            if selected is None:
                self.message.show_message(self.tr("Select the part to black out first."))
                return
            start, end = whole_words(reviewed.text, *selected)
            widened = (start, end) != selected
            kept = reviewed.parts if reviewed.choice is CopyChoice.BLACK_OUT else ()
            parts = [*kept, (start, end)]
        elif choice is CopyChoice.LEAVE_OUT:
            reason = self.reason.text().strip()
            if not reason:
                self.message.show_message(self.tr("Say why it is left out: the client reads it."))
                self.reason.setFocus()
                return
        try:
            if reviewed.note_id is not None:
                self.casebook.review_note(reviewed.note_id, choice, parts, reason)
            else:
                self.casebook.review_item_note(
                    reviewed.conversation_id, reviewed.item_id or "", choice, parts, reason
                )
        except InvalidReview:
            self.message.show_message(self.tr("This choice cannot be stored for this note."))
            return
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error))
            return
        self.message.clear_message()
        row = self.notes.currentRow()
        self.reload(row + 1 if choice is not CopyChoice.BLACK_OUT else row)
        if widened:  # said, so the coach sees why more than she selected is blacked out
            self.message.show_message(
                self.tr("Blacked out up to whole words: part of a word tells what was there."),
                "warning",
            )

    def selection(self) -> tuple[int, int] | None:
        """The selected part as [start, end) characters of the stored note (Qt counts UTF-16
        units and shows every line break, also \\r\\n or a lone \\r, as one \\n); None
        without a selection or when the shown text does not line up with the stored one."""
        reviewed = self.current()
        cursor = self.viewer.textCursor()
        if reviewed is None or not cursor.hasSelection():
            return None
        shown = self.viewer.toPlainText()
        stored = stored_positions(reviewed.text, shown)
        if stored is None:
            return None
        units = shown.encode("utf-16-le")

        def index(position: int) -> int:
            return stored[len(units[: position * 2].decode("utf-16-le", errors="ignore"))]

        return index(cursor.selectionStart()), index(cursor.selectionEnd())

    def waiting(self) -> int:
        return sum(1 for r in self.reviews if r.choice is None)

    def _update(self) -> None:
        self.write_button.setEnabled(self.waiting() == 0)
        self.write_button.setToolTip(
            ""
            if self.waiting() == 0
            else self.tr("%n note(s) still to review.", "", self.waiting())
        )

    # -- writing -----------------------------------------------------------------------------

    def _lang(self) -> str:
        return self.place.lang()

    def write(self) -> None:
        """Read the file now (one consistent moment), then render and write it in the worker."""
        folder = self.place.chosen_folder()
        if not folder.is_dir():
            self.message.show_message(self.tr("That folder does not exist. Choose another."))
            return
        try:
            prepared = prepare_client_copy(self.casebook, self.client_id, folder, self._lang())
        except NotReviewed as waiting:
            self.message.show_message(self.tr("%n note(s) still to review.", "", waiting.count))
            self.reload()
            return
        except CopyExists:
            self.message.show_message(copy_exists_text())
            return
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error))
            return
        self.status.set_busy(True)
        self.writer.start(prepared)

    @property
    def writing(self) -> bool:
        return self.writer.writing

    def _idle(self) -> None:
        self.status.set_busy(False)
        self._show_current()
        self._update()

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.message.show_message(not_written_text(error))

    def _written(self, prepared: PreparedCopy, result: CopyWritten) -> None:
        self._idle()
        if not self.casebook.vault.is_open:
            remove_copy(result)
            self.message.show_message(copy_stopped_text())
            return
        try:
            log_copy(self.casebook, prepared, result)
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error))
            return
        self._say_written(result)

    def _say_written(self, done: CopyWritten) -> None:
        folder = done.pdf.parent
        written = fill(
            self.tr(
                "Written: %1 and %2. They are not encrypted. The copy is recorded in the "
                "client's log."
            ),
            done.pdf,
            done.json,
        )
        if on_removable_drive(folder, self._drives()):
            self.message.show_message(written, "ok")
        else:
            laptop = self.tr(
                "That folder is on this laptop: give the files to the client and delete them here."
            )
            synced = cloud_note(folder)  # Windows: Documents moved into OneDrive
            self.message.show_message(" ".join(filter(None, (written, laptop, synced))), "warning")
        self.write_button.setEnabled(False)

    def stop_writing(self) -> bool:
        """Stop a copy being written (a lock, the dialog closing): what the worker wrote is
        removed and nothing is logged. True if one was under way."""
        if not self.writer.stop():
            return False
        self._idle()
        return True

    def done(self, code: int) -> None:
        if self.stop_writing():
            self.stopped.emit()
        super().done(code)
