"""Every control a keyboard reaches has a name a screen reader can say, in the interface
language; errors are marked by more than colour (issue 17).

The walk asks Qt's accessibility interface, which is what the AT-SPI bridge hands a screen
reader: the accessible name, else a button's text or a buddy label's text. Every widget that
takes focus by Tab counts, whatever its class (a scroll area or a frame that takes the focus
and says nothing is exactly what a screen reader user trips over). The screens: the unlock
page, the overview, a client's page, a new intake, a conversation (every side tab and the
closing phase) and the dialogs of the Edit and Client menus, all in Dutch.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from tests.support.shell import (
    PASSPHRASE,
    make_window,
    open_first_conversation,
    unlock,
)

from intakecompanion.demo import seed_demo
from intakecompanion.resources import resource_path
from intakecompanion.ui.shared.widgets import MessageLabel
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams


@pytest.fixture
def seeded(shell_vault_path: Path, fast_kdf: KdfParams) -> Path:
    vault, _key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    try:
        seed_demo(vault, "nl")
    finally:
        vault.close()
    return shell_vault_path


def _english_only() -> set[str]:
    """Source texts whose Dutch differs: seen on screen in Dutch, they were not translated."""
    root = ET.parse(resource_path("i18n", "intakecompanion_nl.ts")).getroot()
    sources, dutch = set(), set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        dutch.add(translation)
        if translation and translation != source:
            sources.add(source)
    return sources - dutch


ENGLISH_ONLY = _english_only()


def keyboard_stops(root: QWidget) -> list[QWidget]:
    """The widgets under root (and root) that Tab can land on now."""
    stops = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (
            widget.isVisibleTo(root.window())
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not widget.objectName().startswith("qt_")
        ):
            stops.append(widget)
    return stops


def spoken(widget: QWidget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name).strip(), face.text(QAccessible.Text.Description)


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in keyboard_stops(root):
        name, description = spoken(widget)
        where = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        if not name:
            found.append(f"no name: {where}")
        for text in (name, description):
            if text in ENGLISH_ONLY:
                found.append(f"English in Dutch: {text!r} ({where})")
    return found


def test_every_keyboard_stop_has_a_dutch_name(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, dutch
) -> None:
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang="nl")
    assert keyboard_stops(window)
    assert problems(window) == []
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    assert problems(window) == []
    workspace.show_client(workspace.casebook.clients()[0].client.id)
    assert problems(window) == []
    workspace.clients.open_new_intake()
    assert problems(window) == []
    view = open_first_conversation(window, "Sam De Smet").view
    for tab in range(4):
        view.focus_side_tab(tab)
        assert problems(window) == [], tab
    view.show_phase(view.closing_index)
    assert problems(window) == []
    window.show_summary(view.conversation_id)
    window.edit_profile()
    window.edit_settings()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert len([d for d in dialogs if d.isVisible()]) >= 3
    for dialog in dialogs:
        if dialog.isVisible():
            assert problems(dialog) == [], type(dialog).__name__


def test_a_message_marks_error_ok_and_info_with_a_symbol_and_a_word(qtbot, dutch) -> None:  # type: ignore[no-untyped-def]
    """Errors are not told by colour alone: with no stylesheet at all (no colour) the three
    states still look different, and a screen reader hears which it is."""
    label = MessageLabel()
    qtbot.addWidget(label)
    label.setStyleSheet("* { background: white; color: black; border: none; }")
    label.resize(300, 40)
    label.show()
    looks, heard = {}, {}
    for state in ("error", "ok", "info"):
        label.show_message("De wachtwoordzin klopt niet.", state)
        looks[state] = label.grab().toImage()
        heard[state] = spoken(label)[1]
        assert label.text() == "De wachtwoordzin klopt niet."  # the text itself is unchanged
    assert looks["error"] != looks["ok"] != looks["info"] != looks["error"]
    assert heard["error"].startswith("Fout: ")
    assert heard["ok"].startswith("Gelukt: ")
    assert heard["info"].startswith("Melding: ")


def test_tab_through_the_client_list_opens_no_client(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """Passing the list with Tab leaves the overview beside it reachable; choosing opens."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    clients = workspace.clients
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clients.search.setFocus()
    qtbot.keyClick(clients.search, Qt.Key.Key_Tab)
    assert clients.list.hasFocus()
    assert workspace.overview.isVisible()
    qtbot.keyClick(clients.list, Qt.Key.Key_Down)
    assert not workspace.overview.isVisible()
