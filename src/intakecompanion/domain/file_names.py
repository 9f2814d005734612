"""The names of the files a log entry points to, without the folders they lie in (tour10).

The client's log keeps where this program wrote a file (the erasure lists it for the coach to
delete), but what leaves the laptop says only the file's name: the client's copy ("Bestand:
verslag-2026-12-02.pdf") and a handover, whose colleague would otherwise see the first
coach's folders (on a laptop, her user name). Qt-free.
"""

from __future__ import annotations

import re

# A copy's entry holds its two files, "<pdf>, <json>": split only before an absolute path
# (POSIX, a drive letter or a network share), so a comma inside a folder's name stays put.
_NEXT_PATH = re.compile(r", (?=/|[A-Za-z]:[\\/]|\\\\)")
_FOLDER = re.compile(r"[\\/]")


def file_names(destination: str) -> tuple[str, ...]:
    """The file names in a log entry's `destination` (one path, or a copy's paths)."""
    names = (_FOLDER.split(path)[-1].strip() for path in _NEXT_PATH.split(destination))
    return tuple(name for name in names if name)


def names_only(destination: str) -> str:
    """`destination` with every path cut to its file name ("" stays "")."""
    return ", ".join(file_names(destination))


def shown_outside(how: str, destination: str) -> str:
    """What leaves the laptop says of a log entry's `destination`: a printer (`how` "print")
    as it is named, a file by its name."""
    return destination if how == "print" else names_only(destination)
