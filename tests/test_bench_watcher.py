"""`make bench` times start-up to the first paint with a watcher on the window (goal 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

# Counts, in the child, the QtWidgets classes PySide has made by the time the window painted.
CHILD = """
import atexit, os, runpy, sys
import PySide6.QtWidgets as widgets
def report():
    made = sum(1 for name in widgets.__dict__ if name.startswith("Q"))
    print("classes", made, flush=True)
atexit.register(report)  # the watcher quits right after the first paint
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(sys.argv[0]))  # as `python script.py` does
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def watched_start(script: str, args: list[str], home: Path) -> dict[str, int]:
    env = {**os.environ, "INTAKECOMPANION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    words = dict(line.split()[:2] for line in done.stdout.splitlines())
    assert float(words["painted"]) > 0
    return {"classes": int(words["classes"])}


def test_the_watcher_makes_the_app_resolve_no_qt_class_it_does_not_use(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    """Watching the whole application made PySide create every class of every Qt module (a
    Python filter on the application is handed Qt's QGestureManager, a class PySide does not
    wrap): 15 % of the app's start-up, which the program itself does not pay."""
    vault, _key = create_vault(tmp_path / "vault" / "vault.icv", passphrase, kdf=fast_kdf)
    vault.close()
    app = watched_start("app_window.py", ["--vault", str(vault.path)], tmp_path / "home")
    bare = watched_start("bare_window.py", [], tmp_path / "home")
    assert bare["classes"] < app["classes"] < 80  # 132 when the whole application was watched
