"""A fork server for the kill -9 test: imports the app's code once, then forks one editor per
round, which opens the vault through the real code and autosaves edits until it is killed.

Protocol on stdin/stdout, one line each (writes below PIPE_BUF are atomic on a pipe):
  test -> server: `round <vault> <key hex> <first number> <mode>` | `quit`
  server -> test: `pid <pid>`, then the child's `ready` and `ok <n>` lines (each written only
  after the edit's call returned, i.e. the edit is committed), then `end <pid> <status>`.
Modes: `casebook` (each edit a Casebook call), `queue` (the view's SaveQueue, three edits per
flush) and `timers` (the AutoSaver's debounce timers on a headless QCoreApplication).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

BASE_NOTES = 5  # notes made before the first round; updates and item notes rotate over them
KINDS = ("add_note", "update_note", "item_note", "add_step")


def plan(number: int) -> tuple[str, int, str]:
    """Edit `number`: its kind, the slot it changes, and the text it writes."""
    kind = KINDS[number % len(KINDS)]
    slot = (number // len(KINDS)) % BASE_NOTES
    prefix = {"add_note": "note", "update_note": "upd", "item_note": "item", "add_step": "step"}
    return kind, slot, f"{prefix[kind]}-{number}"


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def serve() -> None:
    # Everything a child needs is imported once, here, so a fork costs milliseconds.
    from PySide6.QtCore import QCoreApplication  # noqa: F401

    from intakecompanion.domain.casebook import Casebook  # noqa: F401
    from intakecompanion.domain.save_queue import SaveQueue  # noqa: F401
    from intakecompanion.ui.shared.autosave import AutoSaver  # noqa: F401
    from intakecompanion.vault import store
    from intakecompanion.vault.engine import check_sqlcipher

    check_sqlcipher()
    assert store
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            return
        _, vault, key_hex, first, mode = parts
        pid = os.fork()
        if pid == 0:
            _child(Path(vault), bytes.fromhex(key_hex), int(first), mode)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"end {pid} {os.waitstatus_to_exitcode(status)}")


def _child(vault_path: Path, data_key: bytes, first: int, mode: str) -> None:
    code = 0
    try:
        os.close(0)
        _edit_until_killed(vault_path, data_key, first, mode)
    except BaseException:
        say("error " + traceback.format_exc().replace("\n", " | "))
        code = 1
    os._exit(code)


def _edit_until_killed(vault_path: Path, data_key: bytes, first: int, mode: str) -> None:
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.domain.model import StepOwner
    from intakecompanion.vault import store

    vault = store.open_with_data_key(vault_path, data_key)
    book = Casebook(vault)
    conversation = 1
    base = [n.id for n in book.notes(conversation)[:BASE_NOTES]]
    say("ready")

    def edit(number: int) -> Callable[..., None]:
        kind, slot, text = plan(number)

        def write(_book: object = None) -> None:  # a replay too: it writes into `book`
            if kind == "add_note":
                book.add_note(conversation, text)
            elif kind == "update_note":
                book.update_note_text(base[slot], text)
            elif kind == "item_note":
                book.set_item_note(conversation, f"item-{slot}", text)
            else:
                book.add_step(conversation, text, StepOwner.CLIENT)

        return write

    def key(number: int) -> tuple[str, int]:
        kind, slot, _ = plan(number)
        return (kind, slot if kind in ("update_note", "item_note") else number)

    number = first
    if mode == "casebook":
        while True:
            edit(number)()
            say(f"ok {number}")
            number += 1
    elif mode == "queue":
        from intakecompanion.domain.save_queue import SaveQueue

        queue = SaveQueue()
        while True:
            batch = [number, number + 1, number + 2]
            for item in batch:
                queue.put(key(item), edit(item))
            if not queue.flush():
                raise RuntimeError(f"flush failed: {queue.last_error!r}")
            for item in batch:
                say(f"ok {item}")
            number += 3
    else:
        from PySide6.QtCore import QCoreApplication

        from intakecompanion.domain.save_queue import SaveState
        from intakecompanion.ui.shared.autosave import AutoSaver

        app = QCoreApplication([])
        saver = AutoSaver(debounce_ms=1, max_wait_ms=3, retry_ms=1000)
        while True:
            batch = [number, number + 1]
            for item in batch:
                saver.change(key(item), edit(item))
            while saver.queue.has_pending:
                app.processEvents()
            if saver.state is not SaveState.SAVED:
                raise RuntimeError(f"autosave failed: {saver.last_error!r}")
            for item in batch:
                say(f"ok {item}")
            number += 2


if __name__ == "__main__":
    serve()
