"""Write the client's copy, PDF and JSON, into a chosen folder, and log it (needs QtGui).

Both files are built in memory and each written whole or not at all, owner-only, by
`vault.files.write_private_file` (its temporary file lies in the chosen folder itself, so no
plaintext lands anywhere else). Neither is encrypted: the caller says so. The copy is logged in
the vault right after both files are safely written; a copy that cannot be logged is removed
again (nothing leaves the vault without its log entry), as is a PDF whose JSON failed.

The window does this in three parts (`prepare_client_copy` reads the vault on its thread,
`CopyJob` renders and writes in a worker, `log_copy` logs back on the window's thread), so a
large file does not freeze it; the commands call `write_client_copy`, all three at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intakecompanion.clientcopy.content import ClientFile, gather_client_file
from intakecompanion.clientcopy.document import copy_json
from intakecompanion.clientcopy.sheet import copy_footer_html, copy_html
from intakecompanion.clientcopy.texts import text
from intakecompanion.domain.casebook import Casebook
from intakecompanion.summary.render import pdf_bytes
from intakecompanion.vault import files

NAMES = {"nl": "kopie-dossier", "en": "file-copy", "fr": "copie-dossier"}


class CopyExists(FileExistsError):
    """A file of the copy's name is already in the folder; nothing was overwritten."""


class CopyStopped(Exception):
    """The copy was stopped before its files were written: none was (`write_copy_files`)."""


@dataclass(frozen=True)
class CopyWritten:
    pdf: Path
    json: Path
    pages: int
    made_at: datetime  # the moment of the file the copy shows


def copy_paths(folder: Path, client_id: int, day: str, lang: str) -> tuple[Path, Path]:
    """`kopie-dossier-<client>-<day>.pdf/.json` (no name in it: the folder may be shared)."""
    stem = f"{NAMES.get(lang, NAMES['en'])}-{client_id}-{day}"
    return folder / f"{stem}.pdf", folder / f"{stem}.json"


@dataclass(frozen=True)
class PreparedCopy:
    """The snapshot a copy is made of, and where its two files go."""

    file: ClientFile
    pdf: Path
    json: Path
    recipient: str = ""
    paper: str = "A4"


def prepare_client_copy(
    book: Casebook,
    client_id: int,
    folder: Path,
    lang: str,
    *,
    include_unreviewed: bool = False,
    complete: bool = False,
    recipient: str = "",
    paper: str = "A4",
) -> PreparedCopy:
    """Read the client's file from the vault, in one transaction, on the thread that uses the
    vault; raises `NotReviewed`, `UnknownRecord` or `CopyExists` (nothing written)."""
    file = gather_client_file(
        book, client_id, lang, include_unreviewed=include_unreviewed, complete=complete
    )
    pdf_path, json_path = copy_paths(folder, client_id, file.made_at.date().isoformat(), lang)
    if pdf_path.exists() or json_path.exists():
        raise CopyExists(str(pdf_path if pdf_path.exists() else json_path))
    return PreparedCopy(file, pdf_path, json_path, recipient, paper)


def write_copy_files(
    prepared: PreparedCopy, stopped: Callable[[], bool] = lambda: False
) -> CopyWritten:
    """Render the PDF and the JSON of `prepared` and write both, each whole or not at all
    (neither stays behind when one fails), never over a file already there (`CopyExists`).
    Touches no vault and no widget: it may run in a worker thread (QTextDocument and QPainter
    on a QPdfWriter are safe outside the GUI thread). The copy is not logged yet: `log_copy`
    does that, or `remove_copy` undoes it. `stopped` is asked before each file is written:
    `CopyStopped` once it says so, with no file left (a file removed from a USB stick can
    often still be read back, so a copy stopped while it renders must not reach the disk at
    all)."""
    file = prepared.file
    data, pages = pdf_bytes(
        copy_html(file),
        lambda page, count: copy_footer_html(file, page, count),
        text(file.lang, "title"),
        prepared.paper,
    )
    made: list[Path] = []
    try:
        for path, content in ((prepared.pdf, data), (prepared.json, copy_json(file))):
            if stopped():
                raise CopyStopped
            try:
                files.write_private_file(path, content, new=True)
            except FileExistsError as exists:  # it appeared while the copy was rendered
                raise CopyExists(str(path)) from exists
            made.append(path)
    except BaseException:
        files.remove_quietly(made)
        raise
    return CopyWritten(prepared.pdf, prepared.json, pages, file.made_at)


def log_copy(book: Casebook, prepared: PreparedCopy, written: CopyWritten) -> None:
    """Log the written copy in the client's log; a copy that cannot be logged is removed
    (nothing leaves the vault without its log entry)."""
    try:
        book.record_copy(
            prepared.file.client.id, f"{written.pdf}, {written.json}", prepared.recipient
        )
    except BaseException:
        remove_copy(written)
        raise


def remove_copy(written: CopyWritten) -> None:
    files.remove_quietly([written.pdf, written.json])


def write_client_copy(
    book: Casebook,
    client_id: int,
    folder: Path,
    lang: str,
    *,
    include_unreviewed: bool = False,
    complete: bool = False,
    recipient: str = "",
    paper: str = "A4",
) -> CopyWritten:
    """Gather, write and log the copy (`complete`: every note unchanged, for the archive);
    raises `NotReviewed`, `UnknownRecord`, `CopyExists`, or the vault's error for a file
    that could not be written (nothing then stays behind)."""
    prepared = prepare_client_copy(
        book,
        client_id,
        folder,
        lang,
        include_unreviewed=include_unreviewed,
        complete=complete,
        recipient=recipient,
        paper=paper,
    )
    written = write_copy_files(prepared)
    log_copy(book, prepared, written)
    return written


class CopyJob:
    """One copy written in a worker thread while the window that asked for it may close, or
    the vault lock, before the result is back: `run` (worker) writes the files; then either
    `claim` (the window, on the result: the files are its to log) or `cancel` (the window
    closes or the vault locks) wins, under one lock, so files written but never logged are
    removed whichever comes first."""

    def __init__(self, prepared: PreparedCopy) -> None:
        self.prepared = prepared
        self._lock = threading.Lock()
        self._state = "running"  # -> written -> claimed, or -> cancelled at any point
        self._written: CopyWritten | None = None

    def run(self) -> CopyWritten | None:
        """In the worker: None when cancelled (nothing then stays in the folder)."""
        try:
            written = write_copy_files(self.prepared, lambda: self.cancelled)
        except CopyStopped:
            return None
        with self._lock:
            if self._state == "cancelled":
                remove_copy(written)
                return None
            self._state, self._written = "written", written
        return written

    @property
    def cancelled(self) -> bool:
        return self._state == "cancelled"

    def claim(self) -> bool:
        """The files are the caller's to log (False: cancelled meanwhile, nothing written)."""
        with self._lock:
            if self._state != "written":
                return False
            self._state = "claimed"
            return True

    def cancel(self) -> bool:
        """Stop the copy: files written but not yet claimed are removed, a copy still being
        rendered is dropped when it ends. True if a copy was under way (not yet claimed)."""
        with self._lock:
            under_way = self._state in ("running", "written")
            if self._state == "written" and self._written is not None:
                remove_copy(self._written)
            if self._state != "claimed":
                self._state = "cancelled"
            return under_way
