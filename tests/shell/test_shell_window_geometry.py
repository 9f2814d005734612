"""Issue 14 item 7: the window opens at the size it had when it was closed, maximised if it
was, and within the screen."""

from __future__ import annotations

import json

from PySide6.QtCore import QSize
from tests.support.shell import make_window

from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.shared.appearance import Appearance
from intakecompanion.ui.shared.settings import WINDOW_MAXIMISED, WINDOW_SIZE, Settings
from intakecompanion.ui.window.main_window import MainWindow


def reopened(qtbot, app_paths, vault_path, kdf) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new window as the program makes it at start, before it is shown."""
    settings = Settings.load(app_paths.settings_file)
    session = VaultSession(VaultAccess(vault_path, kdf))
    window = MainWindow(session, settings, app_paths, Appearance("en"), watch_desktop=False)
    qtbot.addWidget(window)
    return window


def test_the_windows_size_is_remembered(qtbot, app_paths, shell_vault_path, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)
    window.resize(QSize(1100, 650))
    window.close()
    stored = json.loads(app_paths.settings_file.read_text(encoding="utf-8"))
    assert (stored["window_size"], stored["window_maximised"]) == ([1100, 650, 100], False)
    again = reopened(qtbot, app_paths, shell_vault_path, fast_kdf)
    # Within the screen (the offscreen one is 800x800), not below the window's minimum.
    screen = again.screen().availableGeometry().size()
    expected = QSize(1100, 650).boundedTo(screen).expandedTo(again.minimumSize())
    assert again.size() == expected and expected != QSize(1280, 720)  # not the default


def test_a_maximised_window_opens_maximised(qtbot, app_paths, shell_vault_path, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    settings = Settings.load(app_paths.settings_file)
    assert settings.get(WINDOW_MAXIMISED) is True
    again = reopened(qtbot, app_paths, shell_vault_path, fast_kdf)
    again.show_as_remembered()
    qtbot.waitUntil(again.isMaximized)


def test_a_remembered_size_larger_than_the_screen_is_cut_to_it(
    qtbot, app_paths, shell_vault_path, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings.load(app_paths.settings_file)
    settings.set(WINDOW_SIZE, [9000, 7000])
    settings.save()
    window = reopened(qtbot, app_paths, shell_vault_path, fast_kdf)
    screen = window.screen().availableGeometry().size().expandedTo(window.minimumSize())
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_on_a_screen_smaller_than_its_minimum_the_window_fits_the_screen(
    qtbot, app_paths, shell_vault_path, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    """tour8 #4: 1366x768 at 150 % is a screen of 911x512; the window's minimum of 960x520
    put its right column and its bottom rows off the screen. The offscreen screen is 800 wide."""
    window = reopened(qtbot, app_paths, shell_vault_path, fast_kdf)
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry().size()
    assert screen.width() < 960
    assert window.minimumWidth() <= screen.width()
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()


def test_a_size_saved_at_another_display_scaling_comes_back_as_large_on_the_screen(  # type: ignore[no-untyped-def]
    qtbot, app_paths, shell_vault_path, fast_kdf
) -> None:
    """The tour (tour8 #26): a window saved at 150 % came back two thirds as large at 100 %.
    The size is kept with the scaling it was taken at (the offscreen display is at 100 %)."""
    window = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)
    window.resize(QSize(800, 600))  # the offscreen screen's width is the window's least
    window.devicePixelRatioF = lambda: 1.5  # type: ignore[method-assign]  # saved at 150 %
    window.close()
    stored = json.loads(app_paths.settings_file.read_text(encoding="utf-8"))
    assert stored["window_size"] == [800, 600, 150]
    settings = Settings.load(app_paths.settings_file)
    settings.set(WINDOW_SIZE, [300, 480, 150])  # narrower than the window's least width
    settings.save()
    again = reopened(qtbot, app_paths, shell_vault_path, fast_kdf)
    assert again.screen().devicePixelRatio() == 1.0
    assert again.height() == 720 and again.width() == again.minimumWidth()  # 450x720 asked
