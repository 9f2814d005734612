"""PySide6's import hook asks of every module whether it uses PySide6; the program answers it
from the file's bytes, so no module's source stays in memory (issue 18: 8 MiB with the vault
open) and the answers stay PySide6's own."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = """
import json, linecache, sys
import intakecompanion.ui
# PySide6 asks about the module an import statement returns: with `from`, the module itself.
from intakecompanion.ui.shared.texts import fill  # uses PySide6
from csv import reader  # does not
from intakecompanion.domain.location import Location  # does not
feature = sys.modules["shibokensupport.feature"]
names = ["intakecompanion.ui.shared.texts", "csv", "intakecompanion.domain.location"]
print(json.dumps({
    "kept": sorted(linecache.cache),
    "uses": [feature.pyside_feature_dict.get(name) for name in names],
}))
"""


def test_no_source_is_kept_and_the_answers_are_pysides() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(done.stdout)
    assert report["kept"] == []
    assert report["uses"] == [0, -1, -1]  # 0: uses PySide6 (features switch), -1: ignored
