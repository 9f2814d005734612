"""The program's translations compiled fresh from the .ts files, with Qt's own lrelease."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import PySide6

from intakecompanion.resources import resource_path

# The lrelease inside the PySide6 package: the pyside6-lrelease wrapper script is missing when
# the wheels are installed with --target (the Windows tests under Wine).
LRELEASE = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")


def compile_translation(lang: str, folder: Path) -> Path:
    target = folder / f"intakecompanion_{lang}.qm"
    source = resource_path("i18n", f"intakecompanion_{lang}.ts")
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    return target
