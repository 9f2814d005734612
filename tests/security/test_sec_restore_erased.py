"""A backup made before an erasure brings the client back when it is restored (promise 3).
The vault the coach works in knows its erasures by number and moment added, no text; the
restore finds those clients in the restored vault and, with the coach's consent, erases them
there again before the vault counts: nothing of them stays in its files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from tests.support.pages import decrypted_bytes
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.returning import Returned, erase_returned
from intakecompanion.vault import keys, store
from intakecompanion.vault.backup import backup_vault, restore_backup
from intakecompanion.vault.store import Vault

NAME = "Noor Teruggebracht"


@pytest.mark.parametrize("erase_again", [True, False])
def test_a_restore_finds_the_erased_clients_the_backup_brings_back(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str, erase_again: bool
) -> None:
    vault, recovery_key = made
    moment = [NOW]
    book = Casebook(vault, clock=lambda: moment[0])
    noor = book.add_client(NAME)
    book.add_note(book.start_conversation(noor.id, "intake", "intake", "1", "{}").id, NAME)  # type: ignore[arg-type]
    backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    book.delete_client(noor.id)
    moment[0] = NOW + timedelta(minutes=5)
    later = book.add_client("Ilse Later")  # may get Noor's number; not in the backup
    book.delete_client(later.id)
    book.add_client("Sam Blijft")  # after the backup, not erased

    target = tmp_path / "restored" / "vault.icv"
    returned: list[Returned] = []
    restore_backup(
        backup,
        target,
        passphrase=passphrase,
        then=lambda restored: returned.append(
            erase_returned(restored, book.erasures(), erase_again)
        ),
    )

    assert returned == [Returned(1, 1 if erase_again else 0)]
    with store.unlock(target, passphrase) as restored:
        names = [r[0] for r in restored.db.execute("SELECT name FROM clients")]
    assert (NAME in names) is not erase_again
    assert "Sam Blijft" not in names  # added after the backup
    held = decrypted_bytes(target, keys.parse_recovery_key(recovery_key))
    assert (NAME.encode() in held) is not erase_again
    assert sorted(p.name for p in target.parent.iterdir()) == ["vault.icv", "vault.icv.key"]
