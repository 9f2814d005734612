"""What SQLCipher's `PRAGMA cipher_memory_security` costs on the paths the coach feels.

The setting is process-wide and cannot be switched off once on, so each measurement runs in a
fresh process; runs with it OFF and ON alternate, against the same vault (copied fresh each
time), so background load hits both alike. Measured: opening the vault with its key (unlock
minus the key derivation, which the setting does not touch), one autosaved edit through the
Casebook, and a search.

Run: `.venv/bin/python -m benchmarks.memory_security [--notes 10000] [--edits 500] [--rounds 3]`
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import json, sys, time
from pathlib import Path
import sqlcipher3
mode, path, key_hex, edits = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
if mode == "on":
    probe = sqlcipher3.connect(":memory:")
    probe.execute("PRAGMA cipher_memory_security = ON")
    probe.close()
from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import store
started = time.perf_counter()
vault = store.open_with_data_key(path, bytes.fromhex(key_hex))
open_s = time.perf_counter() - started
state = vault.db.execute("PRAGMA cipher_memory_security").fetchone()[0]
book = Casebook(vault)
ids = [r[0] for r in vault.db.execute("SELECT id FROM notes ORDER BY id")]
saves = []
for number in range(edits):
    note = ids[(number * 7919) % len(ids)]
    started = time.perf_counter()
    book.update_note_text(note, f"bewerkt {number} vertrouwen afspraak")
    saves.append(time.perf_counter() - started)
searches = []
for word in ("vertrouwen", "afspraak", "bewerkt", "werk", "huur") * 4:
    started = time.perf_counter()
    book.clients(word)
    searches.append(time.perf_counter() - started)
vault.close()
print(json.dumps({"state": str(state), "open": open_s, "saves": saves, "searches": searches}))
"""


def make_vault(folder: Path, notes: int) -> tuple[Path, str]:
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.vault import store

    key = os.urandom(32)
    path = folder / "vault" / "vault.icv"
    with store.open_with_data_key(path, key, create=True) as vault:
        book = Casebook(vault)
        clients = max(1, notes // 10)
        with vault.transaction() as db:
            db.conn.executemany(
                "INSERT INTO clients (name, created_at) VALUES (?, '2026-03-02T10:00:00+01:00')",
                [(f"Cliënt {n}",) for n in range(clients)],
            )
        conversation = book.start_conversation(1, "intake", "intake", "1", "{}")
        with vault.transaction() as db:
            db.conn.executemany(
                "INSERT INTO notes (conversation_id, client_id, text, created_at, updated_at) "
                "VALUES (?, ?, ?, '2026-03-02T10:00:00+01:00', '2026-03-02T10:00:00+01:00')",
                [
                    (conversation.id, 1, f"Notitie {n}: werk, huur en vertrouwen " * 5)
                    for n in range(notes)
                ],
            )
    return path, key.hex()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(notes: int, edits: int, rounds: int) -> dict[str, dict[str, float | str]]:
    results: dict[str, dict[str, list[float]]] = {
        mode: {"open": [], "saves": [], "searches": []} for mode in ("off", "on")
    }
    states: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        original, key_hex = make_vault(folder / "original", notes)
        for _ in range(rounds):
            for mode in ("off", "on"):
                work = folder / "work"
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(original.parent, work)
                done = subprocess.run(
                    [sys.executable, "-c", CHILD, mode, str(work / original.name), key_hex,
                     str(edits)],
                    capture_output=True,
                    text=True,
                    check=True,
                )  # fmt: skip
                run = json.loads(done.stdout)
                states[mode] = run["state"]
                results[mode]["open"].append(run["open"])
                results[mode]["saves"] += run["saves"]
                results[mode]["searches"] += run["searches"]
    summary: dict[str, dict[str, float | str]] = {}
    for mode, values in results.items():
        summary[mode] = {
            "pragma": states[mode],
            "open_median_ms": round(statistics.median(values["open"]) * 1000, 2),
            "save_median_ms": round(statistics.median(values["saves"]) * 1000, 3),
            "save_p95_ms": round(percentile(values["saves"], 0.95) * 1000, 3),
            "search_median_ms": round(statistics.median(values["searches"]) * 1000, 2),
            "search_p95_ms": round(percentile(values["searches"], 0.95) * 1000, 2),
        }
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    summary = measure(args.notes, args.edits, args.rounds)
    summary["run"] = {
        "notes": args.notes,
        "edits_per_round": args.edits,
        "rounds": args.rounds,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
