"""Figures the security suite measured (kill rounds, inputs tried, files and bytes scanned).

Each test records its figures under a name; they are merged into
`.pytest_cache/security-figures.json` and printed (visible with `pytest -s`), so that
docs/security.md can quote the last run.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FIGURES_FILE = Path(__file__).resolve().parents[2] / ".pytest_cache" / "security-figures.json"
STALE_LOCK_SECONDS = 30  # far longer than any worker holds it (one small JSON file)


def record(name: str, **values: Any) -> None:
    merge(FIGURES_FILE, name, values)
    print(f"\n[figures] {name}: {json.dumps(values, sort_keys=True)}")


def merge(path: Path, name: str, values: dict[str, Any]) -> None:
    """Put `name`'s figures into `path`, keeping everyone else's: the pytest-xdist workers
    share the file, so each reads, adds and writes it holding a lock (else two that record at
    once lose one's figures, or one renames away the other's temporary file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path.with_name(path.name + ".lock")):
        try:
            everything = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            everything = {}
        everything[name] = {**values, "recorded": time.strftime("%Y-%m-%d %H:%M:%S")}
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(everything, indent=2, sort_keys=True), encoding="utf-8")
        temp.replace(path)


@contextmanager
def _locked(lock: Path) -> Iterator[None]:
    """Hold `lock` (a file made exclusively) for the block; one left by a worker that was
    killed holding it is taken over after STALE_LOCK_SECONDS."""
    while True:
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            break
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > STALE_LOCK_SECONDS:
                    lock.unlink(missing_ok=True)
            except OSError:
                pass  # released meanwhile
        except PermissionError:
            pass  # Windows: the lock is being removed by its holder
        time.sleep(0.01)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)
