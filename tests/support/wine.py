"""Whether the tests run on Windows Python under Wine (`make test-windows`)."""

from __future__ import annotations

import ctypes
import functools
import os


@functools.cache
def running_under_wine() -> bool:
    """True only under Wine: its ntdll exports wine_get_version, Windows' ntdll does not."""
    if os.name != "nt":
        return False
    ntdll = ctypes.WinDLL("ntdll")  # type: ignore[attr-defined]
    return hasattr(ntdll, "wine_get_version")
