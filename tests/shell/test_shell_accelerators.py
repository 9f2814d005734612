"""Issue 14 item 2: every screen answers each Alt+letter once, menu bar titles included (Alt+B
opened the File menu instead of "Als tekst bewaren"), in Dutch, English and French."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from tests.support.accelerators import clashes
from tests.support.shell import make_window, unlock

from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.new_key_offer_page import NewKeyOfferPage
from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage
from intakecompanion.ui.gate.recover_page import RecoverPage
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.ui.shared.i18n import interface_locale
from intakecompanion.ui.window.main_window import MainWindow


@pytest.fixture(params=["nl", "en", "fr"])
def lang(request, qapp: QApplication, compiled_translations: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface in `lang`, with Qt's own texts as the program loads them."""
    translators = []
    if request.param != "en":
        translator = QTranslator()
        assert translator.load(str(compiled_translations / f"intakecompanion_{request.param}.qm"))
        qapp.installTranslator(translator)
        translators.append(translator)
        assert QCoreApplication.translate("Language", "en") == request.param
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(interface_locale("en"))


def check(found: dict[str, dict[str, list[str]]], name: str, screen: QWidget) -> None:
    QApplication.processEvents()
    import os

    if os.environ.get("DUMP_ACCEL"):
        from tests.support.accelerators import accelerators

        print("SCREEN", name, sorted((k, v) for k, v in accelerators(screen).items()))
    double = clashes(screen)
    if double:
        found[name] = double


def gate_pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each page of the gate, shown in the window under its menu bar."""
    casebook_free: list[tuple[str, Callable[[], QWidget]]] = [
        ("create", CreateVaultPage),
        ("unlock", UnlockPage),
        ("recover", RecoverPage),
        ("recovery key", lambda: RecoveryKeyPage("ABCDE-FGHJK-KMNPQ")),
        ("new passphrase", NewPassphrasePage),
        ("new key offer", NewKeyOfferPage),
    ]
    for name, make in casebook_free:
        page = make()
        window.gate.addWidget(page)
        window.gate.setCurrentWidget(page)
        yield name, window
        window.gate.removeWidget(page)
        page.deleteLater()


def new_dialogs(before: set[QWidget]) -> list[QDialog]:
    QApplication.processEvents()
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]


def test_every_screen_answers_each_alt_letter_once(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, lang
) -> None:
    found: dict[str, dict[str, list[str]]] = {}
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang=lang)
    for name, screen in gate_pages(window):
        check(found, f"gate: {name}", screen)
    window.gate.show_unlock()
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    profile = ProfilePage(book)
    window.gate.addWidget(profile)
    window.stack.setCurrentWidget(window.gate)
    window.gate.setCurrentWidget(profile)
    check(found, "gate: your details", window)
    window.stack.setCurrentWidget(workspace)

    workspace.show_client_list()
    check(found, "client list", window)
    workspace.clients.open_new_intake()
    check(found, "client list: new intake", window)
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    workspace.show_client(client.id)
    check(found, "client page", window)

    conversation = book.conversations(client.id)[0]
    workspace.open_conversation(conversation.id)
    page = workspace.conversation_page
    assert page is not None
    view = page.view
    for phase in range(view.stepper.count()):
        view.show_phase(phase)
        check(found, f"conversation: phase {phase + 1}", window)
    view.show_phase(0)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        check(found, f"conversation: side tab {tab + 1}", window)

    openers: list[tuple[str, Callable[[], object]]] = [
        ("settings", window.edit_settings),
        ("your details", window.edit_profile),
        ("keyboard shortcuts", window.show_shortcuts),
        ("about", window.commands["about"].trigger),
        ("back up", window.back_up),
        ("restore", window.restore_backup),
        ("summary", lambda: window.show_summary(conversation.id)),
        ("change passphrase", window.vault_commands.change_passphrase),
        ("new recovery key", window.vault_commands.new_recovery_key),
        ("counts", window.vault_commands.show_counts),
        ("take over", window.vault_commands.take_over_client),
    ]
    workspace.back_to_client()
    openers += [
        ("delete client", lambda: workspace.ask_delete(client.id)),
        ("hand over", window.vault_commands.hand_over_client),
    ]
    for name, open_dialog in openers:
        before = set(QApplication.topLevelWidgets())
        open_dialog()
        dialogs = new_dialogs(before)
        assert dialogs, name
        for dialog in dialogs:
            check(found, f"dialog: {name}", dialog)
            dialog.close()
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_alt_e_on_the_client_page_never_opens_the_erase_dialog(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, lang
) -> None:
    """The tour in French: Alt+E, the Edit menu's key in English and in many French programs,
    opened 'Effacer ce client…' (French gave 'Effacer le client…' the E, 'Édition' the d)."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang=lang)
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    client = next(o.client for o in workspace.casebook.clients() if o.client.name == "Sam De Smet")
    workspace.show_client(client.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = set(QApplication.topLevelWidgets())
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(400)  # a button's Alt letter clicks it after its 100 ms press animation
    opened = [type(d).__name__ for d in new_dialogs(before)]
    for dialog in new_dialogs(before):
        dialog.close()
    assert "DeleteClientDialog" not in opened
