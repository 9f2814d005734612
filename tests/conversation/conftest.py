"""Fixtures for the conversation view: a real encrypted vault, a casebook, a started intake."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from tests.support.conversation import start

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation, ConversationKind
from intakecompanion.vault.store import Vault, open_with_data_key

NOW = datetime(2026, 3, 2, 10, 0).astimezone()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "v.icv"


@pytest.fixture
def data_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def vault(vault_path: Path, data_key: bytes) -> Iterator[Vault]:
    opened = open_with_data_key(vault_path, data_key, create=True)
    yield opened
    if opened.is_open:
        opened.close()


@pytest.fixture
def casebook(vault: Vault) -> Casebook:
    return Casebook(vault, clock=lambda: NOW)


@pytest.fixture
def intake(casebook: Casebook) -> Conversation:
    client = casebook.add_client("Noor Vermeulen")
    return start(casebook, client.id, ConversationKind.INTAKE)


@pytest.fixture
def reread(vault_path: Path, data_key: bytes) -> Iterator[object]:
    """Open the same vault file a second time: what it reads is what is on disk."""
    opened: list[Vault] = []

    def fresh() -> Casebook:
        second = open_with_data_key(vault_path, data_key)
        opened.append(second)
        return Casebook(second)

    yield fresh
    for second in opened:
        second._require_conn().close()
