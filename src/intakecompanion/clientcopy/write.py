"""Write the client's copy, PDF and JSON, into a chosen folder, and log it (needs QtGui).

Both files are built in memory and each written whole or not at all, owner-only, by
`vault.files.write_private_file` (its temporary file lies in the chosen folder itself, so no
plaintext lands anywhere else). Neither is encrypted: the caller says so. The copy is logged in
the vault right after both files are safely written; a copy that cannot be logged is removed
again (nothing leaves the vault without its log entry), as is a PDF whose JSON failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intakecompanion.clientcopy.content import gather_client_file
from intakecompanion.clientcopy.document import copy_json
from intakecompanion.clientcopy.sheet import copy_footer_html, copy_html
from intakecompanion.clientcopy.texts import text
from intakecompanion.domain.casebook import Casebook
from intakecompanion.summary.render import pdf_bytes
from intakecompanion.vault import files

NAMES = {"nl": "kopie-dossier", "en": "file-copy", "fr": "copie-dossier"}


class CopyExists(FileExistsError):
    """A file of the copy's name is already in the folder; nothing was overwritten."""


@dataclass(frozen=True)
class CopyWritten:
    pdf: Path
    json: Path
    pages: int


def copy_paths(folder: Path, client_id: int, day: str, lang: str) -> tuple[Path, Path]:
    """`kopie-dossier-<client>-<day>.pdf/.json` (no name in it: the folder may be shared)."""
    stem = f"{NAMES.get(lang, NAMES['en'])}-{client_id}-{day}"
    return folder / f"{stem}.pdf", folder / f"{stem}.json"


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
    file = gather_client_file(
        book, client_id, lang, include_unreviewed=include_unreviewed, complete=complete
    )
    pdf_path, json_path = copy_paths(folder, client_id, file.made_at.date().isoformat(), lang)
    if pdf_path.exists() or json_path.exists():
        raise CopyExists(str(pdf_path if pdf_path.exists() else json_path))
    data, pages = pdf_bytes(
        copy_html(file),
        lambda page, count: copy_footer_html(file, page, count),
        text(lang, "title"),
        paper,
    )
    made: list[Path] = []
    try:
        for path, content in ((pdf_path, data), (json_path, copy_json(file))):
            files.write_private_file(path, content)
            made.append(path)
        book.record_copy(client_id, f"{pdf_path}, {json_path}", recipient)
    except BaseException:
        files.remove_quietly(made)
        raise
    return CopyWritten(pdf_path, json_path, pages)
