"""The disk-full scenario, run in the test process (on a full tmpfs) or in a child process
(under a file-size limit, where mounting is not allowed). It reports what it saw as a dict.

The coach types a long note; the autosave queue tries to write it while no byte fits; the text
must stay queued, the error must be SaveFailed, the vault must stay whole and unchanged; once
there is room again the same queued write succeeds.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

NEW_TEXT = "Lange notitie van Noor Vermeulen. " * 60_000  # about 2 MB, far more than fits


def run_scenario(
    folder: Path, data_key: bytes, make_full: Callable[[], None], make_room: Callable[[], None]
) -> dict[str, Any]:
    from tests.support.integrity import problems

    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.domain.save_queue import SaveQueue, SaveState
    from intakecompanion.vault import engine, store

    seen: dict[str, Any] = {}
    path = folder / "vault.icv"
    vault = store.open_with_data_key(path, data_key, create=True)
    book = Casebook(vault)
    client = book.add_client("Noor Vermeulen")
    conversation = book.start_conversation(client.id, "intake", "intake", "1", "{}")
    note = book.add_note(conversation.id, "eerste versie")
    vault.checkpoint()  # the WAL starts empty: the long note has to make it grow

    make_full()
    queue = SaveQueue(book)
    queue.put(("note", note.id), lambda target: target.update_note_text(note.id, NEW_TEXT))
    seen["flushed_while_full"] = queue.flush()
    seen["state_while_full"] = str(queue.state)
    seen["error"] = type(queue.last_error).__name__
    seen["still_queued"] = queue.is_pending(("note", note.id))
    seen["text_while_full"] = book.note(note.id).text
    seen["problems_while_full"] = problems(vault.db.conn)
    other = engine.keyed_connection(str(path), data_key)  # what another reader sees
    seen["other_reader_text"] = other.execute(
        "SELECT text FROM notes WHERE id = ?", (note.id,)
    ).fetchone()[0]
    other.close()
    try:
        book.add_note(conversation.id, NEW_TEXT)  # small edits may still fit in the WAL
        seen["direct_call"] = "saved"
    except Exception as exc:  # the direct casebook call must raise SaveFailed too
        seen["direct_call"] = type(exc).__name__

    make_room()
    seen["flushed_after_room"] = queue.flush()
    seen["state_after_room"] = str(queue.state) if queue.state is SaveState.SAVED else "not saved"
    seen["text_after_room_is_new"] = book.note(note.id).text == NEW_TEXT
    vault.close()
    with store.open_with_data_key(path, data_key) as reopened:
        seen["reopened_text_is_new"] = Casebook(reopened).note(note.id).text == NEW_TEXT
        seen["problems_after"] = problems(reopened.db.conn)
    return seen


def _child_with_file_size_limit(folder: str, key_hex: str) -> None:
    """Where mounting is not allowed: a file-size limit stands in for the full disk."""
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    path = Path(folder) / "vault.icv"

    def make_full() -> None:
        limit = path.stat().st_size + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))

    def make_room() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))

    seen = run_scenario(Path(folder), bytes.fromhex(key_hex), make_full, make_room)
    sys.stdout.write(json.dumps(seen))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.umask(0o077)
    _child_with_file_size_limit(sys.argv[1], sys.argv[2])
