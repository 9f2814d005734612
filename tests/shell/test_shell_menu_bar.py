"""The menu bar while the unlock screen starts: its menus, titled, from the start (Alt and a
title's letter opens one); their actions and the window's shortcuts right after the first paint
(make bench, goal 1), or at once when a menu is opened or an action is asked for before then."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from tests.support.shell import make_window, only_visible

from intakecompanion.ui.dialogs.settings_dialog import SettingsDialog
from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.shared.appearance import Appearance
from intakecompanion.ui.shared.i18n import install_translators, interface_locale
from intakecompanion.ui.shared.settings import Settings
from intakecompanion.ui.window.main_window import MainWindow

TITLES = {
    "en": ["&File", "&Vault", "&Client", "&Edit", "&Help"],
    "nl": ["&Bestand", "&Kluis", "&Cliënt", "Be&werken", "&Hulp"],
    "fr": ["&Fichier", "Coff&re-fort", "&Client", "É&dition", "&Aide"],
}
LOCK = {"en": "&Lock", "nl": "&Vergrendelen", "fr": "&Verrouiller"}
# Actions per menu, separators not counted.
ACTIONS = [5, 5, 6, 5, 2]
SHORTCUTS = {
    "Ctrl+N",
    "Ctrl+L",
    "Ctrl+Q",
    "Ctrl+Shift+O",
    "Ctrl+F",
    "Ctrl+Shift+N",
    "Ctrl+W",
    "Ctrl+P",
    "Ctrl+,",
    "Ctrl++",
    "Ctrl+=",
    "Ctrl+-",
    "Ctrl+0",
    "Shift+F1",
}


@pytest.fixture(params=["nl", "en", "fr"])
def lang(request, qapp: QApplication, compiled_translations: Path):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param, compiled_translations)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(interface_locale("en"))


def _menus(window: MainWindow) -> list[QMenu]:
    menus = [action.menu() for action in window.menuBar().actions()]
    assert all(isinstance(menu, QMenu) for menu in menus)
    return menus  # type: ignore[return-value]


def _unshown_window(qtbot, app_paths, seeded, fast_kdf, lang: str) -> MainWindow:  # type: ignore[no-untyped-def]
    session = VaultSession(VaultAccess(seeded, fast_kdf))
    window = MainWindow(
        session, Settings.load(app_paths.settings_file), app_paths, Appearance(lang)
    )
    qtbot.addWidget(window)
    return window


def test_the_menus_are_titled_at_once_and_filled_after_the_first_paint(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, lang: str
) -> None:
    window = _unshown_window(qtbot, app_paths, seeded, fast_kdf, lang)
    assert [action.text() for action in window.menuBar().actions()] == TITLES[lang]
    assert not window.commands.made
    assert window.actions() == []

    window.show()
    qtbot.waitUntil(lambda: window.commands.made)
    counts = [len([a for a in m.actions() if not a.isSeparator()]) for m in _menus(window)]
    assert counts == ACTIONS
    assert _menus(window)[0].actions()[-2].text() == LOCK[lang]
    keys = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.actions()
        for key in action.shortcuts()
    }
    assert keys == SHORTCUTS
    # Locked: only what works without a vault is on.
    enabled = {action.text().replace("&", "") for action in window.actions() if action.isEnabled()}
    assert len(enabled) == 8  # restore, quit, settings, three zooms, shortcuts, about


def test_a_menu_opened_before_the_first_paint_shows_its_actions(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = _unshown_window(qtbot, app_paths, seeded, fast_kdf, "en")
    file_menu = _menus(window)[0]
    file_menu.aboutToShow.emit()
    assert window.commands.made
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts == ["&New intake...", "&Back up...", "&Restore a backup...", "&Lock", "&Quit"]
    assert not window.commands["lock"].isEnabled()  # locked
    assert window.commands["quit"].isEnabled()


def test_an_action_asked_for_before_the_first_paint_is_made_then(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = _unshown_window(qtbot, app_paths, seeded, fast_kdf, "en")
    assert window.commands["settings"].shortcut().toString() == "Ctrl+,"
    assert window.commands.made
    assert len(window.actions()) == sum(ACTIONS)


def test_a_shortcut_works_on_the_unlock_screen_once_it_has_painted(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    qtbot.waitUntil(lambda: window.commands.made)
    qtbot.keyClick(window.gate.page, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = only_visible(SettingsDialog)
    dialog.close()
