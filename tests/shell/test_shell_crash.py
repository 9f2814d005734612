"""The crash hook: code locations in an owner-only log, never messages or values."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.modes import assert_mode

from intakecompanion.ui.shared.crash import CrashHook, describe, write_crash_log

SECRET = "Noor Vermeulen heeft schulden"


def fail_with_client_text() -> None:
    note = SECRET  # a local holding client text
    raise ValueError(f"could not save {note}")


def caught() -> BaseException:
    try:
        try:
            fail_with_client_text()
        except ValueError as inner:
            raise RuntimeError(SECRET) from inner
    except RuntimeError as error:
        return error
    raise AssertionError("no error")


def test_description_has_types_and_locations_but_no_message() -> None:
    text = describe(caught())
    assert "builtins.RuntimeError" in text
    assert "builtins.ValueError" in text
    assert "fail_with_client_text" in text
    assert "test_shell_crash.py" in text
    assert SECRET not in text


def test_log_is_owner_only_and_appends(tmp_path: Path) -> None:
    log_dir = tmp_path / "log"
    first = write_crash_log(log_dir, caught())
    second = write_crash_log(log_dir, caught())
    assert first == second
    assert_mode(first, 0o600)
    assert_mode(log_dir, 0o700)
    content = first.read_text()
    assert content.count("builtins.RuntimeError") == 2
    assert SECRET not in content


def test_hook_logs_and_restores(tmp_path: Path) -> None:
    hook = CrashHook(tmp_path / "log", show_dialog=False)
    previous = sys.excepthook
    hook.install()
    try:
        assert sys.excepthook == hook.handle
        error = caught()
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        hook.uninstall()
    assert sys.excepthook is previous
    assert hook.last_log is not None and hook.last_log.is_file()
    assert SECRET not in hook.last_log.read_text()


def test_ctrl_l_locks_while_the_crash_message_is_shown(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """The message after an unexpected error was exec()'d (modal to the whole program): Ctrl+L
    did nothing while the conversation stood behind it. Now it is not modal; it holds no client
    text and may stay over the lock."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from tests.support.shell import destroy_pending, open_first_conversation, unlocked_window

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    open_first_conversation(window, "Sam De Smet")
    hook = CrashHook(app_paths.log_dir)
    seen: dict[str, object] = {}

    def with_the_message_up() -> None:
        [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        destroy_pending()
        seen["workspace"] = window.workspace
        box.close()  # a modal one would block the test in its own loop otherwise

    QTimer.singleShot(50, with_the_message_up)
    error = caught()
    hook.handle(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: "workspace" in seen)
    assert seen["workspace"] is None
