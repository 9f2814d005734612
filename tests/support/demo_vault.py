"""The fictional demo vault the window tests unlock: made once per test run, copied per test.

Making it costs a key derivation and the fsyncs of seeding it (about a second); a copy of the
closed files costs nothing and holds the same bytes a fresh one would.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from intakecompanion.demo import seed_demo
from intakecompanion.paths import ensure_private_dir
from intakecompanion.vault import files, store
from intakecompanion.vault.keys import KdfParams

PASSPHRASE = "paars paard nietje batterij"


def make_demo_vault(path: Path) -> str:
    """The Dutch demo records in a new vault at `path` under PASSPHRASE, closed; returns the
    vault's recovery key."""
    vault, recovery_key = store.create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    with vault:
        seed_demo(vault, "nl")
    return recovery_key


def copy_vault(source: Path, target: Path) -> None:
    """The closed vault at `source` and its key file, as `target` (modes kept: 0600)."""
    ensure_private_dir(target.parent)
    shutil.copy2(source, target)
    shutil.copy2(files.key_file_path(source), files.key_file_path(target))
