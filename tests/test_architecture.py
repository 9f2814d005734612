"""The architecture document's promises: its example runs, and the core never imports Qt."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = [
    "vault",
    "domain",
    "guide",
    "summary/content.py",
    "summary/texts.py",
    "paths.py",
    "clientcopy/content.py",
    "clientcopy/document.py",
    "clientcopy/sheet.py",
    "clientcopy/texts.py",
]


def test_the_documented_example_runs() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    exec(compile(example, "docs/architecture.md", "exec"), {})


def test_the_core_imports_no_qt() -> None:
    package = ROOT / "src" / "intakecompanion"
    offenders = []
    for entry in QT_FREE:
        files = [package / entry] if entry.endswith(".py") else (package / entry).rglob("*.py")
        for file in files:
            source = file.read_text(encoding="utf-8")
            if re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", source, flags=re.M):
                offenders.append(str(file.relative_to(ROOT)))
    assert offenders == []


def test_importing_the_core_loads_no_qt_module() -> None:
    code = (
        "import sys\n"
        "import intakecompanion.domain.casebook, intakecompanion.guide, "
        "intakecompanion.summary.content, intakecompanion.vault.store\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
