"""A copy for the archive, then the erasure (issue 15, item 3; needs QtGui for the PDF).

Some services hand a closed file to the public archive: the client's complete copy (PDF and
JSON, every note unchanged, whatever a review for the client chose) is written to the chosen
folder, and only once both files are safely there is the client erased from the vault, the
way `Casebook.delete_client` proves (secure delete, WAL folded in). Whether the file may be
erased is checked before anything is written: a client on hold, or an organisation whose
retention rule says this program may not erase, gets `ErasureRefused` and no files. The copy's
entry in the client's log goes with the client; the erasure record keeps that an archive copy
was made, when, and its file names (the client's number and the day: no client text).
"""

from __future__ import annotations

from pathlib import Path

from intakecompanion.clientcopy.texts import text
from intakecompanion.clientcopy.write import (
    CopyWritten,
    PreparedCopy,
    log_copy,
    prepare_client_copy,
    remove_copy,
    write_copy_files,
)
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ArchiveCopy
from intakecompanion.guide.model import Retention


def prepare_archive(
    book: Casebook, client_id: int, folder: Path, lang: str, retention: Retention | None = None
) -> PreparedCopy:
    """Check that the client may be erased and read the complete copy (one transaction);
    raises `ErasureRefused` or what `prepare_client_copy` raises (nothing written)."""
    book.check_erasable(client_id, retention)
    return prepare_client_copy(
        book, client_id, folder, lang, complete=True, recipient=text(lang, "archive")
    )


def erase_archived(
    book: Casebook,
    prepared: PreparedCopy,
    written: CopyWritten,
    retention: Retention | None = None,
    *,
    fold_wal: bool = True,
) -> None:
    """Once both files are written: log the copy, then erase the client with the copy's file
    names in the erasure record. A client that may no longer be erased (a hold placed while
    the files were written), or a copy that cannot be logged, keeps the client and removes
    the files."""
    client_id = prepared.file.client.id
    try:
        book.check_erasable(client_id, retention)
    except BaseException:
        remove_copy(written)
        raise
    log_copy(book, prepared, written)
    archive = ArchiveCopy(written.made_at, (written.pdf.name, written.json.name))
    book.delete_client(client_id, fold_wal=fold_wal, retention=retention, archive=archive)


def archive_then_erase(
    book: Casebook,
    client_id: int,
    folder: Path,
    lang: str,
    retention: Retention | None = None,
    *,
    fold_wal: bool = True,
) -> CopyWritten:
    """Write the complete copy into `folder`, then erase the client; returns the files.

    Raises `ErasureRefused` (nothing written, nothing erased), or what `write_client_copy`
    raises (nothing erased). Should the erasure itself fail, the copy stays and so does the
    client: the coach may try the erasure again. The window does the same in three parts
    (`prepare_archive`, the files written by a `CopyJob` in a worker, `erase_archived`).
    """
    prepared = prepare_archive(book, client_id, folder, lang, retention)
    written = write_copy_files(prepared)
    erase_archived(book, prepared, written, retention, fold_wal=fold_wal)
    return written
