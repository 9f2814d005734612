"""The autosave queue and timers: latest write wins, failures are kept and retried in order."""

from __future__ import annotations

import sqlcipher3
from tests.support.disk import sqlite_storage_error

from intakecompanion.domain.save_queue import SaveQueue, SaveState
from intakecompanion.ui.shared.autosave import DEBOUNCE_MS, AutoSaver
from intakecompanion.vault.engine import SQLITE_FULL


class Disk:
    """Records what reached "disk"; fails like a full disk while `full` is set."""

    def __init__(self) -> None:
        self.full = False
        self.written: list[tuple[str, str]] = []

    def writer(self, key: str, value: str):
        def write(_casebook: object) -> None:
            if self.full:
                raise sqlite_storage_error("database or disk is full", SQLITE_FULL)
            self.written.append((key, value))

        return write


def test_latest_write_per_key_wins_and_order_is_kept() -> None:
    disk, queue = Disk(), SaveQueue()
    queue.put("a", disk.writer("a", "H"))
    queue.put("b", disk.writer("b", "x"))
    queue.put("a", disk.writer("a", "Hallo"))
    assert queue.state is SaveState.PENDING
    assert queue.flush() is True
    assert disk.written == [("a", "Hallo"), ("b", "x")]
    assert queue.state is SaveState.SAVED


def test_a_failed_write_stays_queued_and_later_ones_wait() -> None:
    disk, queue = Disk(), SaveQueue()
    disk.full = True
    queue.put("create", disk.writer("create", "1"))
    queue.put("update", disk.writer("update", "2"))
    assert queue.flush() is False
    assert queue.state is SaveState.FAILED
    assert isinstance(queue.last_error, sqlcipher3.OperationalError)
    assert disk.written == []
    disk.full = False
    assert queue.flush() is True
    assert disk.written == [("create", "1"), ("update", "2")]
    assert queue.last_error is None


def test_unexpected_errors_are_not_swallowed() -> None:
    queue = SaveQueue()

    def broken(_casebook: object) -> None:
        raise ValueError("a programming error must surface, not look like a full disk")

    queue.put("x", broken)
    try:
        queue.flush()
    except ValueError:
        pass
    else:
        raise AssertionError("ValueError was swallowed")


def test_a_wrong_sql_statement_is_not_taken_for_a_full_disk() -> None:
    """SQLite's own error for a mistake in the program surfaces; only a storage failure is kept
    and retried."""
    queue = SaveQueue()
    connection = sqlcipher3.connect(":memory:")
    queue.put("x", lambda _casebook: connection.execute("UPDATE nowhere SET text = 'x'"))
    try:
        queue.flush()
    except sqlcipher3.OperationalError as error:
        assert "no such table" in str(error)
    else:
        raise AssertionError("a wrong SQL statement was kept as if the disk were full")
    assert queue.last_error is None


def test_discard_drops_a_pending_write() -> None:
    disk, queue = Disk(), SaveQueue()
    queue.put("a", disk.writer("a", "1"))
    queue.discard("a")
    assert queue.flush() is True
    assert disk.written == []


def test_typed_change_is_written_after_the_pause(qtbot) -> None:
    disk = Disk()
    saver = AutoSaver()
    assert saver._debounce.interval() == DEBOUNCE_MS <= 1000  # the promise: at most 1 s
    states: list[str] = []
    saver.state_changed.connect(states.append)
    saver.change("note", disk.writer("note", "Goedemorgen"))
    assert disk.written == []  # not yet: the coach may still be typing
    assert saver.state is SaveState.PENDING
    qtbot.waitUntil(lambda: disk.written == [("note", "Goedemorgen")], timeout=5000)
    assert states == ["pending", "saved"]


def test_failure_then_retry_timer_recovers(qtbot) -> None:
    disk = Disk()
    disk.full = True
    saver = AutoSaver(retry_ms=30)
    assert saver.save_now("tick", disk.writer("tick", "done")) is False
    assert saver.state is SaveState.FAILED
    with qtbot.waitSignal(saver.state_changed, timeout=5000) as blocker:
        disk.full = False
    assert blocker.args == ["saved"]
    assert disk.written == [("tick", "done")]


def test_a_lock_takes_the_unsaved_writes_as_replays_in_order() -> None:
    disk, queue = Disk(), SaveQueue("this casebook")
    replayed: list[tuple[object, str]] = []

    def change(name: str):
        def replay(book: object) -> None:
            disk.writer(name, name)(book)  # refused while the disk is full
            replayed.append((book, name))

        return replay

    queue.put("saved", change("saved"))
    assert queue.flush() is True  # on disk: its replay goes with it
    disk.full = True
    queue.put("a", change("a-old"))
    queue.put("b", change("b"))
    queue.put("a", change("a"))
    assert queue.flush() is False
    replays = queue.take_unsaved()
    assert len(replays) == 2  # every change is a replay: all of them are handed over
    assert queue.state is SaveState.SAVED and not queue.has_pending
    disk.full = False
    for replay in replays:
        replay("next casebook")
    assert replayed == [("this casebook", "saved"), ("next casebook", "a"), ("next casebook", "b")]
