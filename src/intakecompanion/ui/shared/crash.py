"""The crash hook: log where the program failed (never what it held) and say so calmly.

The log gets the exception's type and the code locations of its traceback, nothing else: no
message, no local variables, no argument values, because any of those may hold client text.
The vault needs no rescue: every edit was its own committed transaction.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from intakecompanion.paths import ensure_private_dir
from intakecompanion.ui.shared.texts import fill

if TYPE_CHECKING:
    from datetime import datetime

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def describe(error: BaseException) -> str:
    """The exception chain as type names and code locations (file, line, function, code)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        parts.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            parts.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                parts.append(f"    {frame.line.strip()}")
        current = current.__cause__ or current.__context__
        if current is not None:
            parts.append("raised while handling or because of:")
    return "\n".join(parts) + "\n"


def write_crash_log(log_dir: Path, error: BaseException, now: datetime | None = None) -> Path:
    """Append the description to today's crash log (owner-only) and return its path."""
    from datetime import datetime  # not needed to show the unlock screen (make bench, goal 1)

    ensure_private_dir(log_dir)
    stamp = now or datetime.now()
    path = log_dir / f"crash-{stamp:%Y-%m-%d}.log"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(f"--- {stamp:%Y-%m-%d %H:%M:%S}\n{describe(error)}")
    os.chmod(path, 0o600)
    return path


def _is_damage(error: BaseException) -> bool:
    from intakecompanion.vault.engine import is_damage_error  # loaded by then: it was raised

    return is_damage_error(error)


class CrashHook:
    """Installed as sys.excepthook (and threading.excepthook) while the app runs."""

    def __init__(self, log_dir: Path, show_dialog: bool = True) -> None:
        self.log_dir = log_dir
        self.show_dialog = show_dialog
        self.last_log: Path | None = None
        self._previous: ExceptHook | None = None
        self._message: QWidget | None = None  # the message shown last
        # Damage met in the open vault is no crash: the window closes the vault untouched and
        # says so (MainWindow.vault_damaged), instead of "you can keep working".
        self.on_damage: Callable[[], None] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = threading.__excepthook__

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        try:
            self.last_log = write_crash_log(self.log_dir, error)
        except OSError:
            self.last_log = None
        if threading.current_thread() is not threading.main_thread():
            return
        if self.on_damage is not None and _is_damage(error):
            self.on_damage()
        elif self.show_dialog:
            self._tell_the_coach()

    def _tell_the_coach(self) -> None:
        if QApplication.instance() is None:
            return
        translate = QCoreApplication.translate
        text = translate(
            "CrashHook",
            "Something went wrong inside Intake Companion. Your notes are safe: everything "
            "that was shown as saved is in the vault.",
        )
        if self.last_log is not None:
            detail = translate(
                "CrashHook",
                "A short technical report (without any client information) was written to:\n%1",
            )
            detail = fill(detail, self.last_log)
        else:
            detail = translate("CrashHook", "The technical report could not be written.")
        # Imported here (QtWidgets is loaded; only the class is made): the message box's class
        # and enums are not needed before something goes wrong (goal 1, the first paint).
        from PySide6.QtWidgets import QMessageBox

        from intakecompanion.ui.shared.widgets import plain_message_box, show_dialog

        box = plain_message_box(
            None,
            QMessageBox.Icon.Warning,
            translate("CrashHook", "Intake Companion"),
            text,
            detail
            + "\n\n"
            + translate("CrashHook", "You can keep working. If it happens again, restart."),
        )
        box.setAccessibleName(translate("CrashHook", "Error report"))
        # Not exec(): modal to the whole program, it blocked Ctrl+L with the conversation
        # behind it. Held here, since a window without a parent lives as its Python object.
        self._message = box
        show_dialog(box)
