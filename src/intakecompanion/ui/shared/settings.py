"""The program's settings, declared once (type, default, translatable label), stored as JSON.

The settings file never holds client text: only interface choices and paths of guide files.
It is written whole (temp file, fsync, replace), so a crash mid-write leaves the old file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from intakecompanion.paths import ensure_private_dir
from intakecompanion.ui.shared.texts import PAPER_LANGUAGES

CONTEXT = "Settings"  # the translation context of the labels below


@dataclass(frozen=True)
class Setting:
    """One setting: its key in the file, type, default and how to check a stored value."""

    key: str
    default: Any
    label: object  # source text (str); translate with QCoreApplication.translate(CONTEXT, label)
    valid: Callable[[Any], bool]
    choices: tuple[tuple[str, object], ...] = ()  # (stored value, translatable label)
    minimum: int = 0
    maximum: int = 0
    in_dialog: bool = True  # shown in Edit > Settings (the zoom has its own keys and menu)


def _is_choice(*values: str) -> Callable[[Any], bool]:
    return lambda value: value in values


def _is_int_between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _is_list_of_str(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


LANGUAGE = Setting(
    "language",
    "",
    QT_TRANSLATE_NOOP("Settings", "Interface language"),
    _is_choice("", "nl", "en", "fr"),
    # Each language named in itself, as the papers' languages are: a coach who chose one she
    # does not read finds her own again (the list read "Nederlands, Engels, Frans").
    choices=(("", QT_TRANSLATE_NOOP("Settings", "Follow the system")), *PAPER_LANGUAGES),
)
LARGER_TEXT = Setting(
    "larger_text",
    False,
    QT_TRANSLATE_NOOP("Settings", "Larger text"),
    lambda value: isinstance(value, bool),
)
# The program's own zoom on top of the system's text size (Ctrl++ / Ctrl+- / Ctrl+0).
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)
ZOOM = Setting(
    "zoom",
    100,
    QT_TRANSLATE_NOOP("Settings", "Zoom"),
    lambda value: value in ZOOM_STEPS and not isinstance(value, bool),
    in_dialog=False,
)


def zoom_step(current: int, direction: int) -> int:
    """The next zoom step up (direction 1) or down (-1) from current, staying in the range."""
    steps = [step for step in ZOOM_STEPS if (step - current) * direction > 0]
    if not steps:
        return current
    return min(steps) if direction > 0 else max(steps)


IDLE_LOCK_MINUTES = Setting(
    "idle_lock_minutes",
    5,
    QT_TRANSLATE_NOOP("Settings", "Lock after this many minutes without use"),
    _is_int_between(1, 120),
    minimum=1,
    maximum=120,
)
IDLE_LOCK_CONVERSATION_MINUTES = Setting(
    "idle_lock_conversation_minutes",
    20,
    QT_TRANSLATE_NOOP("Settings", "Lock after this many minutes without use in a conversation"),
    _is_int_between(1, 120),
    minimum=1,
    maximum=120,
)
PAPER_SIZE = Setting(
    "paper_size",
    "A4",
    QT_TRANSLATE_NOOP("Settings", "Paper size of the sheet"),
    _is_choice("A4", "Letter"),
    choices=(
        ("A4", QT_TRANSLATE_NOOP("Settings", "A4")),
        ("Letter", QT_TRANSLATE_NOOP("Settings", "Letter")),
    ),
)
ORGANISATION_GUIDES = Setting(
    "organisation_guides",
    [],
    QT_TRANSLATE_NOOP("Settings", "Guide files of your organisation"),
    _is_list_of_str,
)

# In the order Edit > Settings shows those it shows.
ALL_SETTINGS: tuple[Setting, ...] = (
    LANGUAGE,
    LARGER_TEXT,
    ZOOM,
    IDLE_LOCK_MINUTES,
    IDLE_LOCK_CONVERSATION_MINUTES,
    PAPER_SIZE,
    ORGANISATION_GUIDES,
)


def _is_window_size(value: Any) -> bool:
    """[width, height] in the screen's logical pixels, and the display's scaling in percent
    they were taken at (older settings have no scaling: that of the display now)."""
    if not (isinstance(value, list) and len(value) in (2, 3)):
        return False
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return False
    size_ok = all(200 <= v <= 20000 for v in value[:2])
    return size_ok and (len(value) == 2 or 50 <= value[2] <= 1000)


# Remembered by the window itself when it closes (not in the settings dialog): its size, and
# whether it was maximised. No label: the coach never sees them as settings.
WINDOW_SIZE = Setting("window_size", [], "", lambda v: v == [] or _is_window_size(v))
WINDOW_MAXIMISED = Setting("window_maximised", False, "", lambda v: isinstance(v, bool))
# The vault opened in the window from a restore's result ("Open it here"): the program opens it
# at the next start too (without --vault). A path, never client text.
VAULT_PATH = Setting("vault_path", "", "", lambda v: isinstance(v, str))
REMEMBERED: tuple[Setting, ...] = (WINDOW_SIZE, WINDOW_MAXIMISED, VAULT_PATH)


def remembered_vault(settings: Settings) -> Path | None:
    """The vault opened last from a restore's result, while it is still there."""
    path = Path(settings.get(VAULT_PATH)) if settings.get(VAULT_PATH) else None
    return path if path is not None and path.exists() else None


class Settings:
    """The values of every declared setting, read from and written to one JSON file."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        for setting in (*ALL_SETTINGS, *REMEMBERED):
            stored = (values or {}).get(setting.key, setting.default)
            self._values[setting.key] = stored if setting.valid(stored) else setting.default

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The stored settings; a missing, unreadable or damaged file gives the defaults."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        return cls(path, data if isinstance(data, dict) else {})

    def get(self, setting: Setting) -> Any:
        value = self._values[setting.key]
        return list(value) if isinstance(value, list) else value

    def set(self, setting: Setting, value: Any) -> None:
        if not setting.valid(value):
            raise ValueError(f"invalid value for setting {setting.key}")
        self._values[setting.key] = list(value) if isinstance(value, list) else value

    def as_dict(self) -> dict[str, Any]:
        return {key: self.get(_by_key(key)) for key in self._values}

    def save(self) -> None:
        """Write the whole file: temp file in the same folder, fsync, then replace. On Windows
        another program holding the file open (a virus scan, a sync tool) is waited out for a
        moment, then FileInUse: the old file as it was, the values here unchanged."""
        from intakecompanion.vault.files import replace_file  # not needed to show the window

        ensure_private_dir(self.path.parent)
        payload = json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"
        fd, temp_name = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            replace_file(temp_name, self.path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise


def _by_key(key: str) -> Setting:
    for setting in (*ALL_SETTINGS, *REMEMBERED):
        if setting.key == key:
            return setting
    raise KeyError(key)
