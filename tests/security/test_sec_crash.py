"""kill -9 at random moments while a separate process autosaves through the real code: after
every kill the vault opens, a search finds every updated note by its newest text (the kill
leaves notes whose search index is behind; the search indexes them first), both integrity
checks and the search indexes' own pass, and every edit whose call had returned before the
kill is there.

The editor is forked from a server that has the app's modules imported (tests/security/
crash_worker.py), so a round costs milliseconds, not a Python start-up. Each round is checked
on a copy of the crashed folder, so the next editor still has to recover the hot WAL itself.
Set CRASH_SEED to replay a run.
"""

from __future__ import annotations

import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from tests.security.crash_worker import BASE_NOTES, plan
from tests.support.figures import record
from tests.support.integrity import problems

from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import store

WORKER = Path(__file__).with_name("crash_worker.py")
MODES = ("casebook", "queue", "timers")
OPENING_SHARE = 0.2  # of the kills aimed at the opening, the rest at the editing
NUMBERS_PER_ROUND = 100_000  # edit numbers of round r start at r * this: never reused


class Server:
    """The fork server and a line reader with a timeout on its output."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.process.stdout is not None
        self._out = self.process.stdout.fileno()
        os.set_blocking(self._out, False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._out, selectors.EVENT_READ)
        self._buffer = b""

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()

    def line(self, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not self._selector.select(left):
                raise TimeoutError(f"no line from the worker; stderr: {self._stderr()}")
            chunk = os.read(self._out, 65536)
            if not chunk:
                raise EOFError(f"the worker ended; stderr: {self._stderr()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def _stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return "(still running)"
        return self.process.stderr.read().decode(errors="replace")[-2000:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@dataclass
class Confirmed:
    """What the editors confirmed: every add, and the newest update per slot."""

    notes: set[str] = field(default_factory=set)
    steps: set[str] = field(default_factory=set)
    updates: dict[int, int] = field(default_factory=dict)
    items: dict[int, int] = field(default_factory=dict)
    count: int = 0

    def add(self, number: int) -> None:
        kind, slot, text = plan(number)
        self.count += 1
        if kind == "add_note":
            self.notes.add(text)
        elif kind == "add_step":
            self.steps.add(text)
        elif kind == "update_note":
            self.updates[slot] = max(self.updates.get(slot, -1), number)
        else:
            self.items[slot] = max(self.items.get(slot, -1), number)


def number_of(text: str | None) -> int:
    return int(text.split("-")[1]) if text and "-" in text else -1


def missing_edits(book: Casebook, confirmed: Confirmed) -> list[str]:
    """Confirmed edits not found in the vault (an update counts when it or a later one is)."""
    notes = book.notes(1)
    texts = {n.text for n in notes}
    base = notes[:BASE_NOTES]
    answers = book.answers(1)
    steps = {s.what for s in book.steps(1)}
    lost = sorted(confirmed.notes - texts) + sorted(confirmed.steps - steps)
    for slot, number in confirmed.updates.items():
        if number_of(base[slot].text) < number:
            lost.append(f"update of note slot {slot} to {number}: found {base[slot].text!r}")
    for slot, number in confirmed.items.items():
        found = answers.get(f"item-{slot}")
        if found is None or number_of(found.note) < number:
            lost.append(f"item-{slot} note {number}: found {found!r}")
    return lost


def prepare(folder: Path) -> tuple[Path, bytes]:
    path = folder / "vault" / "vault.icv"
    data_key = os.urandom(32)
    with store.open_with_data_key(path, data_key, create=True) as vault:
        book = Casebook(vault)
        client = book.add_client("Noor Vermeulen")
        conversation = book.start_conversation(client.id, "intake", "intake", "1", "{}")
        for slot in range(BASE_NOTES):
            book.add_note(conversation.id, f"base-{slot}")
    return path, data_key


def unfound_notes(book: Casebook) -> list[str]:
    """The updated notes a search does not find by their newest text (the search indexes the
    notes whose index an autosave left behind first, vault/search_index.py)."""
    client = book.clients()[0].client.id
    return [
        note.text
        for note in book.notes(1)[:BASE_NOTES]
        if [o.client.id for o in book.clients(note.text.replace("-", " "))] != [client]
    ]


def check_copy(path: Path, data_key: bytes, confirmed: Confirmed, scratch: Path) -> int:
    """Open a copy of the crashed folder the ordinary way and check everything; returns how
    many notes the kill left with their search index behind."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(path.parent, scratch, ignore=shutil.ignore_patterns(".*"))
    with store.open_with_data_key(scratch / path.name, data_key) as vault:
        behind = vault.db.execute("SELECT count(*) FROM notes_fts_behind").fetchone()[0]
        book = Casebook(vault)
        assert unfound_notes(book) == []
        assert problems(vault.db.conn) == []
        assert missing_edits(book, confirmed) == []
    return int(behind)


def kill_rounds(rounds: int, tmp_path: Path, max_delay: float) -> dict[str, int]:
    seed = int(os.environ.get("CRASH_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    path, data_key = prepare(tmp_path)
    confirmed = Confirmed()
    figures = {
        "seed": seed,
        "rounds": 0,
        "killed_while_opening": 0,
        "killed_while_editing": 0,
        "rounds_with_notes_behind": 0,
    }
    server = Server()
    try:
        for round_number in range(rounds):
            mode = MODES[round_number % len(MODES)]
            first = (round_number + 1) * NUMBERS_PER_ROUND
            server.send(f"round {path} {data_key.hex()} {first} {mode}")
            pid = int(server.line().split()[1])
            ready = False
            if rng.random() < OPENING_SHARE:
                time.sleep(rng.uniform(0, 0.03))  # while it opens (and recovers) the vault
            else:
                line = server.line()
                if line != "ready":
                    raise AssertionError(f"seed {seed}, round {round_number}: {line}")
                ready = True
                time.sleep(rng.uniform(0, max_delay))  # somewhere in its stream of edits
            os.kill(pid, signal.SIGKILL)
            while True:
                line = server.line()
                if line == "ready":
                    ready = True
                elif line.startswith("ok "):
                    confirmed.add(int(line.split()[1]))
                elif line.startswith("error "):
                    raise AssertionError(f"seed {seed}, round {round_number}: {line}")
                elif line.startswith("end "):
                    assert line.split()[2] == str(-signal.SIGKILL), line
                    break
            figures["rounds"] += 1
            figures["killed_while_editing" if ready else "killed_while_opening"] += 1
            try:
                behind = check_copy(path, data_key, confirmed, tmp_path / "check")
            except AssertionError as exc:
                raise AssertionError(f"seed {seed}, round {round_number} ({mode}): {exc}") from exc
            figures["rounds_with_notes_behind"] += behind > 0
    finally:
        server.close()
    with store.open_with_data_key(path, data_key) as vault:
        assert problems(vault.db.conn) == []
        assert missing_edits(Casebook(vault), confirmed) == []
    figures["confirmed_edits"] = confirmed.count
    figures["leftover_open_copies"] = sum(1 for p in path.parent.iterdir() if p.name[0] == ".")
    return figures


@pytest.mark.skipif(not hasattr(os, "fork"), reason="editors forked and killed by SIGKILL (POSIX)")
def test_kill_nine_while_autosaving_loses_no_confirmed_edit(tmp_path: Path) -> None:
    started = time.monotonic()
    figures = kill_rounds(30, tmp_path, max_delay=0.06)
    assert figures["killed_while_editing"] > 0 and figures["confirmed_edits"] > 0
    assert figures["rounds_with_notes_behind"] > 0  # the search had notes to catch up
    record("crash_fast", **figures, seconds=round(time.monotonic() - started, 1))


@pytest.mark.slow
def test_five_hundred_kills_while_autosaving(tmp_path: Path) -> None:
    started = time.monotonic()
    figures = kill_rounds(500, tmp_path, max_delay=0.08)
    assert figures["rounds"] == 500
    assert figures["killed_while_editing"] > 250 and figures["killed_while_opening"] > 0
    assert figures["rounds_with_notes_behind"] > 0
    record("crash_slow", **figures, seconds=round(time.monotonic() - started, 1))
