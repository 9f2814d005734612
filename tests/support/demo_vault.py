"""The fictional demo vault the window tests unlock: made once per test run, copied per test.

Making it costs a key derivation and the fsyncs of seeding it (about a second); a copy of its
closed files (tests.support.vault_files.copy_vault) costs nothing and holds the same records.
"""

from __future__ import annotations

from pathlib import Path

from intakecompanion.demo import seed_demo
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams

PASSPHRASE = "paars paard nietje batterij"


def make_demo_vault(path: Path) -> str:
    """The Dutch demo records in a new vault at `path` under PASSPHRASE, closed; returns the
    vault's recovery key."""
    vault, recovery_key = store.create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    with vault:
        seed_demo(vault, "nl")
    return recovery_key
