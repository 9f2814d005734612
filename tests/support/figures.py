"""Figures the security suite measured (kill rounds, inputs tried, files and bytes scanned).

Each test records its figures under a name; they are merged into
`.pytest_cache/security-figures.json` and printed (visible with `pytest -s`), so that
docs/security.md can quote the last run.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

FIGURES_FILE = Path(__file__).resolve().parents[2] / ".pytest_cache" / "security-figures.json"


def record(name: str, **values: Any) -> None:
    FIGURES_FILE.parent.mkdir(parents=True, exist_ok=True)
    try:
        everything = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        everything = {}
    everything[name] = {**values, "recorded": time.strftime("%Y-%m-%d %H:%M:%S")}
    temp = FIGURES_FILE.with_suffix(".tmp")
    temp.write_text(json.dumps(everything, indent=2, sort_keys=True), encoding="utf-8")
    temp.replace(FIGURES_FILE)
    print(f"\n[figures] {name}: {json.dumps(values, sort_keys=True)}")
