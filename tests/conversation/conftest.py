"""Fixtures for the conversation view: a real encrypted vault, a casebook, a started intake."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.conversation import start
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation, ConversationKind
from intakecompanion.vault.store import Vault, open_with_data_key


@pytest.fixture
def casebook(raw_key_vault: Vault) -> Casebook:
    return Casebook(raw_key_vault, clock=lambda: NOW)


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
