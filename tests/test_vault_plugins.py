"""sqlite-utils plugins never see the vault's connection (nor are looked for when it opens)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from intakecompanion.vault import store


class _Spy:
    def __init__(self) -> None:
        self.connections: list[Any] = []

    @hookimpl
    def prepare_connection(self, conn: Any) -> None:
        self.connections.append(conn)


@pytest.fixture
def spy() -> Iterator[_Spy]:
    plugin = _Spy()
    pm.register(plugin, name="test-spy")
    try:
        yield plugin
    finally:
        pm.unregister(name="test-spy")


def test_an_installed_plugin_is_not_given_the_vault_connection(tmp_path: Path, spy: _Spy) -> None:
    path = tmp_path / "vault" / "vault.icv"
    key = os.urandom(32)
    with store.open_with_data_key(path, key, create=True) as vault:
        vault.db.execute("SELECT count(*) FROM clients").fetchall()
    with store.open_with_data_key(path, key) as vault:
        assert vault.db.execute("SELECT count(*) FROM clients").fetchone() == (0,)
    assert spy.connections == []
