"""One test file runs on its own the way a newcomer types it: `.venv/bin/pytest tests/x.py`.

The `pytest` script puts its own folder (.venv/bin) first on sys.path, not the project root,
so the tests' shared helpers (`tests.support...`) are found only through pytest's
`pythonpath` setting in pyproject.toml. `python -P -m pytest` starts the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_one_file_that_imports_shared_helpers_is_collected_from_the_root() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    target = "tests/test_vault_meta.py"  # imports the shared helpers (tests.support)
    assert "from tests." in (ROOT / target).read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-P", "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         target],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No module named 'tests'" not in done.stdout + done.stderr
    assert f"{target}::" in done.stdout
