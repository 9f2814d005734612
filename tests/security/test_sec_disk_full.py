"""A full disk: a clear SaveFailed, the vault whole and unchanged, the typed text still held
by the autosave queue, and the same save succeeding once there is room again.

On a real, full tmpfs where mounting is allowed (root); under a file-size limit in a child
process otherwise (and always, so both paths stay proven)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.security.disk_full_scenario import run_scenario
from tests.support.disk import fill_up, small_disk, tmpfs_unavailable_reason
from tests.support.integrity import problems

from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import store

SCENARIO = Path(__file__).with_name("disk_full_scenario.py")


def assert_nothing_lost(seen: dict[str, Any]) -> None:
    assert seen["flushed_while_full"] is False
    assert seen["state_while_full"] == "failed"
    assert seen["error"] == "SaveFailed"
    assert seen["still_queued"] is True  # the typed text is kept, to be written later
    assert seen["text_while_full"] == "eerste versie"  # rolled back whole, not half a note
    assert seen["other_reader_text"] == "eerste versie"
    assert seen["problems_while_full"] == []
    assert seen["direct_call"] == "SaveFailed"
    assert seen["flushed_after_room"] is True
    assert seen["state_after_room"] == "saved"
    assert seen["text_after_room_is_new"] is True
    assert seen["reopened_text_is_new"] is True
    assert seen["problems_after"] == []


@pytest.mark.skipif(tmpfs_unavailable_reason() is not None, reason=str(tmpfs_unavailable_reason()))
def test_a_full_disk_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 8 * 1024) as disk:
        ballast: list[Path] = []
        seen = run_scenario(
            disk,
            os.urandom(32),
            make_full=lambda: ballast.append(fill_up(disk)),
            make_room=lambda: ballast[0].unlink(),
        )
    assert_nothing_lost(seen)


@pytest.mark.skipif(os.name != "posix", reason="a file size limit (RLIMIT_FSIZE) is POSIX")
def test_a_file_size_limit_loses_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCENARIO), str(tmp_path), os.urandom(32).hex()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert_nothing_lost(json.loads(done.stdout))


@pytest.mark.skipif(tmpfs_unavailable_reason() is not None, reason=str(tmpfs_unavailable_reason()))
def test_locking_on_a_full_disk_closes_the_vault_and_keeps_every_edit(tmp_path: Path) -> None:
    """Closing folds the WAL into the vault (a checkpoint), which needs room; on a full disk
    the vault must still close (a lock may not stop half-way) with every edit in the WAL."""
    data_key = os.urandom(32)
    with small_disk(tmp_path / "disk", 8 * 1024) as disk:
        path = disk / "vault.icv"
        vault = store.open_with_data_key(path, data_key, create=True)
        book = Casebook(vault)
        conversation = book.start_conversation(
            book.add_client("Noor Vermeulen").id, "intake", "intake", "1", "{}"
        )
        vault.checkpoint()
        for number in range(30):
            book.add_note(conversation.id, f"notitie {number} " + "x" * 20_000)
        ballast = fill_up(disk)
        vault.close()
        assert not vault.is_open
        ballast.unlink()
        with store.open_with_data_key(path, data_key) as reopened:
            assert len(Casebook(reopened).notes(conversation.id)) == 30
            assert problems(reopened.db.conn) == []
