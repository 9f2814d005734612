"""Fixtures for the security suite: a vault with a coach's records in it, a casebook on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.records import NOW, fill_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault


@pytest.fixture
def made(vault_path: Path, passphrase: str, fast_kdf: KdfParams) -> Iterator[tuple[Vault, str]]:
    """An open vault with records in it, and its recovery key."""
    vault, recovery_key = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    fill_casebook(Casebook(vault, clock=lambda: NOW))
    yield vault, recovery_key
    vault.close()
