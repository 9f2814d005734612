"""PySide6 reads the source of every module imported after it, to learn whether the module uses
PySide6 (PYSIDE-2029, for its `__feature__` switches), through `inspect.getsource`: every source
file then stays in `linecache` for the whole session. Measured (issue 18): 106 modules and
15-30 ms on the way to the unlock screen, 234 files and 8 MiB of Python objects once the vault
is open. The same question is answered here from the file's bytes, and nothing is kept.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads PySide6's support modules, the hook among them)


def spare_pyside_source_reads() -> None:
    """Replace PySide6's check (still asked, without keeping the source, for a module without
    a .py file on disk); once per process."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        return  # another PySide6 version
    try:
        original = feature._mod_uses_pyside  # PySide6's internal, absent in other versions
    except AttributeError:
        return
    if original.__name__ == "uses_pyside":
        return  # done already

    def uses_pyside(module: ModuleType) -> bool:
        path = module.__dict__.get("__file__")
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        # No readable .py file (e.g. the Windows embeddable Python's stdlib in python311.zip):
        # PySide6's own check reads it, and what that put in linecache is dropped again.
        cached = set(linecache.cache)
        answer = bool(original(module))
        for name in set(linecache.cache) - cached:
            linecache.cache.pop(name, None)
        return answer

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what it read before this
