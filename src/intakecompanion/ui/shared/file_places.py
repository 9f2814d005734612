"""Where files the coach saves are proposed to go: the Documents folder under a name that
overwrites nothing, or a removable drive (a USB stick) for what belongs away from the laptop."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QStorageInfo

_DRIVE_REMOVABLE = 2  # GetDriveTypeW
# Where Windows' OneDrive keeps its folders (set by OneDrive for the signed-in user). Its
# "known folder" backup moves Documents and the Desktop into them, so the Documents folder
# proposed for a PDF is then copied to the cloud.
_SYNCED_ROOTS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def documents_folder() -> Path:
    """The coach's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def cloud_synced(folder: Path, environ: Mapping[str, str] | None = None) -> bool:
    """Whether `folder` lies in a folder OneDrive keeps in step with the cloud."""
    env = os.environ if environ is None else environ
    here = os.path.normcase(os.path.abspath(folder))
    for variable in _SYNCED_ROOTS:
        root = env.get(variable, "").strip()
        if root:
            root = os.path.normcase(os.path.abspath(root))
            if here == root or here.startswith(root.rstrip(os.sep) + os.sep):
                return True
    return False


def cloud_note(folder: Path) -> str:
    """A sentence for the coach when an unencrypted file went to a cloud-synced folder."""
    if not cloud_synced(folder):
        return ""
    return QCoreApplication.translate(
        "FilePlaces",
        "OneDrive keeps that folder in step with the cloud: the file, not encrypted, is copied "
        "there too. Delete it there once it is handed over, or save it elsewhere.",
    )


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """`stem.suffix` in `folder`, or `stem-2.suffix`, `stem-3.suffix`... if that is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _media_parents() -> list[Path]:
    """Where Linux desktops mount USB sticks: /media/<user>/<label>, /run/media/<user>/<label>."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        return []
    return [Path("/media") / user, Path("/run/media") / user]


def _windows_removable_roots() -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    roots = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady():
            if kernel32.GetDriveTypeW(root) == _DRIVE_REMOVABLE:
                roots.append(Path(root))
    return roots


def removable_drives(media_parents: Iterable[Path] | None = None) -> list[Path]:
    """The removable drives mounted now, writable ones only, in name order."""
    if sys.platform == "win32" and media_parents is None:
        return _windows_removable_roots()
    drives: list[Path] = []
    for parent in _media_parents() if media_parents is None else media_parents:
        try:
            children = sorted(parent.iterdir())
        except OSError:
            continue
        drives.extend(c for c in children if c.is_dir() and os.access(c, os.W_OK))
    return drives


def on_removable_drive(path: Path, drives: Iterable[Path]) -> bool:
    """Whether `path` lies on one of `drives` (else it is on this laptop)."""
    resolved = path.resolve()
    return any(resolved.is_relative_to(drive.resolve()) for drive in drives)


class AwayFromLaptop:
    """Where a file that belongs away from the laptop (a recovery key, a backup) is proposed:
    the first USB stick plugged in, else the Documents folder; and whether the place chosen
    is on the laptop itself, which the coach is then warned about. `drives` lists the sticks
    plugged in now (tests give their own)."""

    def __init__(self, drives: Callable[[], list[Path]] = removable_drives) -> None:
        self.drives = drives

    def proposed_folder(self) -> Path:
        drives = self.drives()
        return drives[0] if drives else documents_folder()

    def on_laptop(self, path: Path) -> bool:
        return not on_removable_drive(path, self.drives())
