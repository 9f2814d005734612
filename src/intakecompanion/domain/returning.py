"""Clients a restored backup brings back after they were erased (promise 3).

A backup made before an erasure still holds the client. When it is restored, the vault the
coach works in knows its erasures by the client's number and the moment they were added (no
client text, schema step 14); the clients of the restored vault that match came back with the
backup. With the coach's consent they are erased again in the restored vault right away, as
an erasure there (recorded, secure-deleted, the WAL folded in), before the coach opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Erasure
from intakecompanion.domain.retention import ErasureRefused
from intakecompanion.vault.backup import restore_backup
from intakecompanion.vault.unlocked import Vault


@dataclass(frozen=True)
class Returned:
    """How many erased clients came back with a restored backup, and how many of them were
    erased again (a client on hold in the backup is not)."""

    clients: int = 0
    erased_again: int = 0


def erase_returned(restored: Vault, erasures: list[Erasure], erase_again: bool) -> Returned:
    """In the `restored` vault, find the clients `erasures` erased; erase them again if asked."""
    book = Casebook(restored)
    back = book.erased_elsewhere(erasures)
    again = 0
    for client_id in back if erase_again else []:
        try:
            book.delete_client(client_id)
        except ErasureRefused:
            continue
        again += 1
    return Returned(len(back), again)


def restore_erasing_returned(
    backup: Path,
    target: Path,
    erasures: Callable[[], list[Erasure]],
    erase_again: bool,
    **restore: Any,
) -> Returned:
    """Restore `backup` into a new vault at `target` (`restore_backup`, with its `restore`
    arguments: the secrets, the KDF), finding there the clients `erasures()` erased and
    erasing them again if asked, before the new vault counts. `erasures` is asked once the
    backup is checked and its copy made (the command opens the coach's vault for them; if
    that fails, nothing of the restore stays). File > Restore and the `restore` command both
    restore through here."""
    returned: list[Returned] = []
    restore_backup(
        backup,
        target,
        then=lambda vault: returned.append(erase_returned(vault, erasures(), erase_again)),
        **restore,
    )
    return returned[0]
