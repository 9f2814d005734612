"""Time unlocking a vault (with and without the key derivation) and one-edit saves.

Run: `.venv/bin/python benchmarks/vault_timing.py [--clients 10000] [--edits 1000] [--json]`.
Works in a temporary folder; the KDF is tuned as at vault creation on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from intakecompanion.vault import keys, store

NOW = "2026-03-02T10:00:00+01:00"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(clients: int, edits: int, unlocks: int) -> dict[str, float | int | str]:
    started = time.perf_counter()
    params = keys.tune_kdf()
    tuning_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vault" / "vault.icv"
        passphrase = "benchmark passphrase, not a secret"
        started = time.perf_counter()
        vault, recovery_key = store.create_vault(path, passphrase, kdf=params)
        create_s = time.perf_counter() - started
        with vault.transaction() as db:
            db["clients"].insert_all(
                {"name": f"Cliënt {n}", "contact": "", "created_at": NOW} for n in range(clients)
            )
        vault.close()

        # Interleaved, so background load on a shared machine hits all three alike. The
        # recovery-key open is the same path as unlock minus the key derivation.
        unlock_times, kdf_times, open_times = [], [], []
        salt = os.urandom(16)
        for _ in range(unlocks):
            started = time.perf_counter()
            params.derive(passphrase, salt)
            kdf_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            vault = store.unlock(path, passphrase)
            unlock_times.append(time.perf_counter() - started)
            vault.close()
            started = time.perf_counter()
            vault = store.unlock_with_recovery_key(path, recovery_key)
            open_times.append(time.perf_counter() - started)
            vault.close()

        vault = store.unlock(path, passphrase)
        save_times = []
        for number in range(edits):
            client_id = 1 + (number * 7919) % clients
            started = time.perf_counter()
            with vault.transaction() as db:
                db.execute(
                    "UPDATE clients SET contact = ? WHERE id = ?", [f"06 {number:08d}", client_id]
                )
            save_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        vault.check_integrity()
        integrity_s = time.perf_counter() - started
        size = path.stat().st_size
        vault.close()

    unlock_s, kdf_s = statistics.median(unlock_times), statistics.median(kdf_times)
    open_s = statistics.median(open_times)
    return {
        "kdf_params": f"argon2id m={params.memory_kib // 1024} MiB t={params.iterations} "
        f"p={params.lanes}",
        "kdf_tuning_s": round(tuning_s, 3),
        "create_s": round(create_s, 3),
        "clients": clients,
        "vault_bytes": size,
        "unlock_median_s": round(unlock_s, 3),
        "kdf_median_s": round(kdf_s, 3),
        "unlock_without_kdf_ms": round(open_s * 1000, 1),
        "edits": edits,
        "save_p50_ms": round(percentile(save_times, 0.50) * 1000, 2),
        "save_p95_ms": round(percentile(save_times, 0.95) * 1000, 2),
        "save_max_ms": round(max(save_times) * 1000, 2),
        "integrity_check_ms": round(integrity_s * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--unlocks", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args()
    result = measure(args.clients, args.edits, args.unlocks)
    if args.json:
        print(json.dumps(result))
    else:
        for name, value in result.items():
            print(f"{name:24} {value}")


if __name__ == "__main__":
    main()
