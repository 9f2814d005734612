"""Erasing a client while another reader (a backup) holds the vault's WAL: the window does not
wait for that reader, the erase result says encrypted remnants remain, and the WAL is folded in
and truncated once the reader is gone."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tests.support.pages import decrypted_bytes
from tests.support.shell import unlocked_window

from intakecompanion.ui.lock import wal_folding
from intakecompanion.vault import engine, keys
from intakecompanion.vault.unlocked import Vault

NAME = "Sam De Smet"


@pytest.fixture
def seeded(seeded: Path, seeded_recovery_key: str) -> tuple[Path, bytes]:
    """The demo vault and its data key."""
    return seeded, keys.parse_recovery_key(seeded_recovery_key)


@pytest.fixture
def checkpoints_on_the_ui_thread(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every checkpoint the UI thread runs itself (it would wait for the reader)."""
    seen: list[str] = []
    real = Vault.checkpoint

    def spying(self: Vault, *args: object, **kwargs: object) -> bool:
        if threading.current_thread() is threading.main_thread():
            seen.append(f"checkpoint{args}{kwargs}")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Vault, "checkpoint", spying)
    return seen


def test_erasing_while_a_backup_reads_does_not_wait_and_says_remnants_remain(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, checkpoints_on_the_ui_thread, monkeypatch
) -> None:
    path, data_key = seeded
    monkeypatch.setattr(wal_folding, "RETRY_MS", 20)
    window = unlocked_window(qtbot, app_paths, path, fast_kdf)
    workspace = window.workspace
    client = next(o.client for o in workspace.casebook.clients() if o.client.name == NAME)
    wal = Path(f"{path}-wal")
    reader = engine.keyed_connection(str(path), data_key)  # what a running backup holds
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM clients").fetchone()

    workspace._erase(client.id)  # the coach confirmed the erasure

    assert checkpoints_on_the_ui_thread == []  # the window never waits for the reader
    assert all(o.client.id != client.id for o in workspace.casebook.clients())
    qtbot.waitUntil(lambda: "remnants" in workspace.message.text(), timeout=5000)
    assert "erased" in workspace.message.text()
    assert wal.stat().st_size > 0  # the erased rows' old pages are still in the WAL
    qtbot.wait(100)  # several retries while the reader stays
    assert wal.stat().st_size > 0

    reader.execute("COMMIT")
    reader.close()
    qtbot.waitUntil(lambda: wal.stat().st_size == 0, timeout=10000)
    qtbot.waitUntil(lambda: "now removed" in workspace.message.text(), timeout=5000)
    assert checkpoints_on_the_ui_thread == []
    assert NAME.encode() not in decrypted_bytes(path, data_key)


def test_erasing_without_another_reader_says_erased_and_truncates_the_wal(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, checkpoints_on_the_ui_thread
) -> None:
    path, data_key = seeded
    window = unlocked_window(qtbot, app_paths, path, fast_kdf)
    workspace = window.workspace
    client = next(o.client for o in workspace.casebook.clients() if o.client.name == NAME)

    workspace._erase(client.id)

    assert checkpoints_on_the_ui_thread == []
    assert workspace.message.text().startswith("The client and all their records have been erased.")
    wal = Path(f"{path}-wal")
    qtbot.waitUntil(lambda: wal.stat().st_size == 0, timeout=10000)
    qtbot.wait(50)
    assert workspace.message.text().startswith("The client and all their records have been erased.")
    assert NAME.encode() not in decrypted_bytes(path, data_key)
