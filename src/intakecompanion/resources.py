"""One resolver for the program's own files (guides, forms, stylesheet, translations).

Works from a checkout (`resources/` at the top), an installed wheel (`intakecompanion/resources`)
and a PyInstaller bundle (`sys._MEIPASS/resources`).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")  # source checkout (src layout)
    for candidate in candidates:
        if (candidate / "texts").is_dir():
            return candidate
    raise FileNotFoundError("The program's resources folder is missing; reinstall the program.")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
