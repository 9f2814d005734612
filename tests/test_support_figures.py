"""The security suite's figures file is shared by every pytest-xdist worker (`make test` runs
with -n auto): workers recording at the same moment must neither fail nor lose a figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 4
RECORDS = 25

# One worker: records RECORDS figures of its own into the file given.
WORKER = """
import sys
sys.path.insert(0, sys.argv[1])  # the repository, as pytest's rootdir (Wine ignores PYTHONPATH)
from pathlib import Path
from tests.support.figures import merge
for number in range(int(sys.argv[4])):
    merge(Path(sys.argv[2]), f"worker {sys.argv[3]} figure {number}", {"rounds": number})
"""


def test_workers_recording_at_once_keep_every_figure(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    args = [str(ROOT), str(figures)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *args, str(worker), str(RECORDS)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(WORKERS)
    ]
    errors = [worker.communicate(timeout=120)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0] * WORKERS, errors
    recorded = json.loads(figures.read_text(encoding="utf-8"))
    assert len(recorded) == WORKERS * RECORDS
    assert recorded[f"worker 3 figure {RECORDS - 1}"]["rounds"] == RECORDS - 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.json"]  # no lock or temp left
