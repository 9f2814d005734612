"""Owner-only permission bits, where the system has them.

Windows has no Unix permission bits (os.stat makes them up from the read-only attribute):
there the user profile folder's access list keeps the program's files private
(docs/security.md). The files' other promises are checked on every system.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

POSIX = os.name == "posix"
ONLY_POSIX_MODES = pytest.mark.skipif(
    not POSIX, reason="Unix permission bits (Windows: the profile folder's access list)"
)


def assert_mode(path: Path, mode: int) -> None:
    """On POSIX, `path` has exactly the permission bits `mode`."""
    if POSIX:
        assert oct(stat.S_IMODE(path.stat().st_mode)) == oct(mode), path
