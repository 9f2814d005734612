"""Whether the tests run on Windows Python under Wine (`make test-windows`)."""

from __future__ import annotations

import ctypes
import functools
import os
import sys
from collections.abc import Callable
from typing import TypeVar

import pytest


@functools.cache
def running_under_wine() -> bool:
    """True only under Wine: its ntdll exports wine_get_version, Windows' ntdll does not."""
    if os.name != "nt":
        return False
    ntdll = ctypes.WinDLL("ntdll")  # type: ignore[attr-defined]
    return hasattr(ntdll, "wine_get_version")


def windows_print_dialog() -> list[pytest.MarkDecorator]:
    """For a test that opens the print dialog. On Windows it is Windows' own (PrintDlgEx): it
    waits in Windows' loop for a person and keeps the keys, so Ctrl+L cannot lock from it (a
    product limit, docs/security.md): expected to fail there, and not run, since it would wait.
    Under Wine it cannot open at all (no spooler; offscreen the sheet has no window handle)."""
    on_windows = sys.platform == "win32" and not running_under_wine()
    return [
        pytest.mark.wine_limit("no spooler, and offscreen no window handle for PrintDlgEx"),
        pytest.mark.xfail(
            on_windows, reason="Windows' print dialog waits for a person, keeps the keys", run=False
        ),
    ]


F = TypeVar("F", bound=Callable[..., object])


def opens_the_print_dialog(test: F) -> F:
    """windows_print_dialog()'s marks on a test function."""
    for mark in windows_print_dialog():
        test = mark(test)
    return test
