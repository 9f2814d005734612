"""The program's own zoom (Ctrl++ / Ctrl+- / Ctrl+0, remembered) and that the main screens
survive it at 1366x768 without a label cut off (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.layout import cut_labels
from tests.support.shell import PASSPHRASE, make_window, open_first_conversation, unlock

from intakecompanion.demo import seed_demo
from intakecompanion.ui.shared.settings import ZOOM, Settings
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams

SCREEN = (1366, 768)


@pytest.fixture
def seeded(shell_vault_path: Path, fast_kdf: KdfParams) -> Path:
    vault, _key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    try:
        seed_demo(vault, "nl")
    finally:
        vault.close()
    return shell_vault_path


@pytest.fixture(autouse=True)
def _keep_the_application_font(qapp: QApplication) -> Iterator[None]:
    """Zoom sets the application's font and palette: give the next test the ones it had."""
    font, palette = qapp.font(), qapp.palette()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


def point_size() -> float:
    return QApplication.font().pointSizeF()


def test_ctrl_plus_minus_and_zero_zoom_and_are_remembered(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    normal = 10.0  # the tests' Appearance has no system size: the program's fallback
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Plus, control)
    assert point_size() == pytest.approx(normal * 1.1)
    qtbot.keyClick(window, Qt.Key.Key_Equal, control)  # Ctrl++ without Shift
    assert point_size() == pytest.approx(normal * 1.25)
    assert Settings.load(app_paths.settings_file).get(ZOOM) == 125
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Minus, control)
    assert point_size() == pytest.approx(normal * 0.8)
    qtbot.keyClick(window, Qt.Key.Key_Minus, control)  # the smallest step stays
    assert Settings.load(app_paths.settings_file).get(ZOOM) == 80
    qtbot.keyClick(window, Qt.Key.Key_0, control)
    assert point_size() == pytest.approx(normal)
    assert Settings.load(app_paths.settings_file).get(ZOOM) == 100
    # Unlocked too, the same keys; and a new window starts at the remembered zoom.
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Plus, control)
    assert Settings.load(app_paths.settings_file).get(ZOOM) == 110


def test_the_main_screens_at_150_percent_cut_off_no_label(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    window.set_zoom(150)
    assert point_size() == pytest.approx(15.0)

    def check(screen: str) -> None:
        QApplication.processEvents()
        assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1], screen
        assert cut_labels(window) == [], screen

    check("unlock")
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    check("overview")
    workspace.show_client(workspace.casebook.clients()[0].client.id)
    check("client")
    workspace.clients.open_new_intake()
    check("new intake")
    view = open_first_conversation(window, "Sam De Smet").view
    for tab in range(4):
        view.focus_side_tab(tab)
        check(f"conversation, side tab {tab}")
    view.show_phase(view.closing_index)
    check("closing")
