"""The copy of the vault made before a schema migration, and how long it lives.

The copy (`<vault>.schema<N>-<stamp>.bak`, same key and salt as the vault) is there to undo a
migration that went wrong. It keeps the records of its moment, so it lives only while it can
be needed: it is removed at the first unlock after the migration at which the migrated vault
passes its integrity check, and at once when a client is erased (an erased client must not stay
in any file the program keeps). A restore never makes one: the backup itself is the copy.

Opening a vault with a hot WAL (after a crash) first looks at a copy of it in a temporary
folder beside it (`.<vault>.inspect-*`, removed once looked at). A crash during that open
leaves the folder behind; it goes at the next such open, and at an erasure, with the copies
made before a migration (`Vault.remove_kept_copies`).
"""

from __future__ import annotations

import glob
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from intakecompanion.vault import files

_NAME = re.compile(r"\.schema\d+-\d{8}T\d{6}Z\.bak")


def copy_path(vault_path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return vault_path.with_name(f"{vault_path.name}.schema{version}-{stamp}.bak")


def find(vault_path: Path, salt: bytes) -> list[Path]:
    """The copies of the vault at `vault_path` (earlier migrations, or a failed one): named
    after it and starting with its `salt`. A copy of another vault that once lay at that
    path (another salt) is not this vault's to remove."""
    pattern = glob.escape(str(vault_path)) + ".schema*.bak"
    return sorted(
        Path(found)
        for found in glob.glob(pattern)
        if _NAME.fullmatch(Path(found).name[len(vault_path.name) :])
        and _starts_with(Path(found), salt)
    )


def _starts_with(path: Path, salt: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(salt)) == salt
    except OSError:
        return False


def remove(copies: list[Path]) -> None:
    """Remove the copies (encrypted: unlinking them is enough); the folder is synced so the
    removal survives a power cut. Best effort: a copy that cannot go is tried again later."""
    if not copies:
        return
    files.remove_quietly(copies)
    files.fsync_folder_if_possible(copies[0].parent)


def inspection_prefix(vault_path: Path) -> str:
    return f".{vault_path.name}.inspect-"


def remove_stale_inspections(vault_path: Path) -> None:
    """A crash during an earlier open can leave its inspection copy behind. It is encrypted,
    but it would keep records the coach has since deleted, so it goes before a new one is made
    and when a client is erased."""
    for stale in vault_path.parent.glob(inspection_prefix(vault_path) + "*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
