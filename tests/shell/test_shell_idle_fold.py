"""The WAL is folded into the vault when saves pause, in the worker, so no save waits for
SQLite folding it in the middle of the coach's typing (issue 18); the notes' search index is
brought up to date with the notes saved since, in the same pause, just before."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.lock import wal_folding
from intakecompanion.ui.lock.wal_folding import IdleFolder
from intakecompanion.vault import search_index
from intakecompanion.vault.engine import WAL_AUTOCHECKPOINT_PAGES
from intakecompanion.vault.unlocked import Vault


@pytest.fixture
def fold_threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = Vault.checkpoint

    def spying(self: Vault, *args: object, **kwargs: object) -> bool:
        seen.append(threading.current_thread().name)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Vault, "checkpoint", spying)
    return seen


def edited_note(vault: Vault) -> None:
    """A note saved twice: its search index is behind (vault/search_index.py)."""
    book = Casebook(vault)
    client = book.add_client("Fictief Persoon")
    conversation = book.start_conversation(client.id, "intake", "intake", "1", "{}")
    note = book.add_note(conversation.id, "fietsherstel")
    book.update_note_text(note.id, "fietsherstel en tuinwerk")
    assert search_index.is_behind(vault.db.conn)


def wal_of(vault: Vault) -> Path:
    return vault.path.with_name(vault.path.name + "-wal")


def test_sqlite_folds_in_the_wal_itself_only_as_a_backstop(vault: Vault) -> None:
    pages = vault.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert pages == WAL_AUTOCHECKPOINT_PAGES > 1000  # SQLite's default, in a save, is 1000


def test_saves_that_pause_are_folded_in_by_the_worker(
    qtbot, vault: Vault, fold_threads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wal_folding, "IDLE_S", 0.2)
    monkeypatch.setattr(wal_folding, "IDLE_CHECK_MS", 50)
    Casebook(vault).add_client("Fictief Persoon")
    assert wal_of(vault).stat().st_size > 0
    assert vault.unfolded_commit_at is not None
    folder = IdleFolder(vault)
    # Folded: recorded by the worker right after the WAL's truncation, under the write lock.
    qtbot.waitUntil(lambda: vault.unfolded_commit_at is None, timeout=10000)
    assert wal_of(vault).stat().st_size == 0
    assert fold_threads and threading.main_thread().name not in fold_threads
    folder.stop()


def test_the_notes_search_index_catches_up_in_the_worker_when_saves_pause(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wal_folding, "IDLE_S", 0.2)
    monkeypatch.setattr(wal_folding, "IDLE_CHECK_MS", 50)
    seen: list[str] = []
    real = search_index.catch_up

    def spying(conn: object) -> None:
        seen.append(threading.current_thread().name)
        real(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(search_index, "catch_up", spying)
    edited_note(vault)
    folder = IdleFolder(vault)
    qtbot.waitUntil(lambda: vault.unfolded_commit_at is None, timeout=10000)
    assert not search_index.is_behind(vault.db.conn)
    assert vault.db.execute(
        "SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'tuinwerk'"
    ).fetchall() == [(1,)]
    assert seen and threading.main_thread().name not in seen
    assert wal_of(vault).stat().st_size == 0  # the catching up was folded in too
    folder.stop()


def test_nothing_is_folded_before_the_saves_pause(
    qtbot, vault: Vault, fold_threads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wal_folding, "IDLE_S", 3600.0)
    monkeypatch.setattr(wal_folding, "IDLE_CHECK_MS", 20)
    edited_note(vault)
    folder = IdleFolder(vault)
    qtbot.wait(300)
    assert fold_threads == []
    assert wal_of(vault).stat().st_size > 0
    assert search_index.is_behind(vault.db.conn)  # nor is the index brought up to date
    folder.stop()


def test_stopping_waits_for_a_fold_still_running_in_the_worker(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A lock deletes the workspace, and the folder with it: a worker still folding then
    signalled a deleted object (a segfault of an xdist worker in this file, seen once)."""
    monkeypatch.setattr(wal_folding, "IDLE_S", 0.0)
    monkeypatch.setattr(wal_folding, "IDLE_CHECK_MS", 10)
    started, finished = threading.Event(), threading.Event()

    def slow(_vault: Vault) -> bool:
        started.set()
        time.sleep(0.3)
        finished.set()
        return True

    monkeypatch.setattr(wal_folding, "_settle", slow)
    Casebook(vault).add_client("Fictief Persoon")
    folder = IdleFolder(vault)
    qtbot.waitUntil(started.is_set, timeout=5000)
    folder.stop()
    assert finished.is_set()
