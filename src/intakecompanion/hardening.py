"""Keep an unlocked vault's secrets out of core dumps: no core files, not dumpable (Linux).

A crash of an unlocked app would otherwise write its memory (the data key, the notes on
screen) to a core file or a crash reporter. `harden_process()` runs first thing at start-up.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class Hardening:
    """What could be applied on this system (False where the platform has no such knob)."""

    no_core_files: bool
    not_dumpable: bool


def harden_process() -> Hardening:
    return Hardening(no_core_files=_no_core_files(), not_dumpable=_not_dumpable())


def _no_core_files() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files to begin with
        return False
    try:
        # The soft limit only: the processes this one starts (a print dialog's helper, a test
        # run) keep theirs to decide on. PR_SET_DUMPABLE below covers this process anyway.
        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    """prctl(PR_SET_DUMPABLE, 0): no core dump even where a core pattern pipes to a crash
    reporter that ignores RLIMIT_CORE, and no ptrace or /proc/<pid>/mem by same-user processes."""
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)


def is_dumpable() -> bool | None:
    """The current state (None where it cannot be asked)."""
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
        libc.prctl.restype = ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc
