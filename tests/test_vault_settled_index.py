"""Schema step 16: the overview's kept and missed appointments of its days come from an index,
not from reading every appointment ever made (misc9 measured the whole table read three
times: about 20 ms at 40,000 appointments, against goal 9's 30 ms)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.old_vault import build_vault_at

from intakecompanion.vault import keys, store
from intakecompanion.vault.keys import KdfParams

QUERY = (
    "SELECT a.id FROM appointments a INDEXED BY appointments_settled "
    "WHERE a.status IN ('kept', 'missed') AND a.starts_at >= ? AND a.starts_at < ?"
)


def test_a_vault_of_step_15_gets_the_index_and_the_overview_reads_through_it(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    path = tmp_path / "vault.icv"
    data_key, salt = keys.new_data_key(), os.urandom(16)
    build_vault_at(path, data_key, salt, 15)
    wrapping = keys.Wrapping.from_passphrase(passphrase, fast_kdf)
    keys.write_key_file(store.key_file_path(path), wrapping.seal(salt, [data_key]))
    with store.unlock(path, passphrase) as vault:
        made = vault.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'appointments_settled'"
        ).fetchone()
        plan = vault.db.execute("EXPLAIN QUERY PLAN " + QUERY, ("2026-12-01", "2026-12-08"))
        steps = " ".join(str(r[-1]) for r in plan.fetchall())
    assert made is not None and "status IN ('kept', 'missed')" in made[0]
    assert "USING INDEX appointments_settled (starts_at>? AND starts_at<?)" in steps
