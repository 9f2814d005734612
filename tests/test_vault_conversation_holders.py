"""Schema step 15: a conversation taken over from a colleague keeps who held it. Clients taken
over before the step came from files that did not tell it: their conversations from before
the file was sent become the previous coach's (unnamed, at the sending service), the
receiving coach's own later ones stay hers."""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.old_vault import build_vault_at

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import OtherCoach
from intakecompanion.vault import keys, store
from intakecompanion.vault.keys import KdfParams

STARTS = ("2026-11-10T10:00:00+01:00", "2026-11-24T10:00:00+01:00", "2026-11-30T09:00:00+01:00")


def test_conversations_of_a_client_taken_over_before_the_step_become_the_previous_coachs(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    path = tmp_path / "vault.icv"
    data_key, salt = keys.new_data_key(), os.urandom(16)
    build_vault_at(path, data_key, salt, 14)  # client 1 is the vault's own
    conn = store.connect(path, data_key, salt=salt)
    conn.execute("INSERT INTO clients (name, created_at) VALUES ('Yasmina', ?)", (STARTS[0],))
    conn.execute(
        "INSERT INTO guide_snapshots (guide_id, version, content, fingerprint) "
        "VALUES ('intake', '1', '', 'f')"
    )
    for client_id, at in ((2, STARTS[0]), (2, STARTS[1]), (2, STARTS[2]), (1, STARTS[0])):
        conn.execute(
            "INSERT INTO conversations (client_id, kind, guide_snapshot_id, started_at) "
            "VALUES (?, 'follow_up', 1, ?)",
            (client_id, at),
        )
    conn.execute(
        "INSERT INTO takeovers (transfer_id, client_id, from_name, from_organisation, sent_at, "
        "taken_at) VALUES ('ab', 2, 'Griet Vermeulen', 'OCMW Lier', "
        "'2026-11-26T16:00:00+01:00', '2026-11-27T09:00:00+01:00')"
    )
    conn.commit()
    conn.close()
    wrapping = keys.Wrapping.from_passphrase(passphrase, fast_kdf)
    keys.write_key_file(store.key_file_path(path), wrapping.seal(salt, [data_key]))
    with store.unlock(path, passphrase) as vault:
        book = Casebook(vault)
        taken = [c.held_by for c in reversed(book.conversations(2))]
        own = [c.held_by for c in book.conversations(1)]
    previous = OtherCoach("", "OCMW Lier")  # "je vorige coach (OCMW Lier)", never her name
    assert taken == [previous, previous, None]  # the last one she held after the take-over
    assert own == [None]
