"""Show the client (F11): the conversation as the client may read it, large, with only what
is shared; Esc or F11 goes back; a lock from there works as everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.shell import (
    all_texts,
    destroy_pending,
    open_first_conversation,
    unlocked_window,
    widget_texts,
)

from intakecompanion.domain.model import StepOwner
from intakecompanion.ui.conversation.client_view import ClientView
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.shared.widgets import PlainLabel

OTHER_CLIENTS = ("Sam De Smet", "Yusuf Aydın", "Mira Janssens")
INTERNAL = "Interne gedachte: vermoedt schulden bij de buurman"
ITEM_NOTE = "Intern bij het punt: twijfelt aan de huisarts"
SHARED = "Samen genoteerd: wil graag opnieuw gaan zwemmen"
STEP = "Formulier van het OCMW invullen"


def view_texts(view: QWidget) -> list[str]:
    widgets = [view, *view.findChildren(QWidget)]
    return [text for widget in widgets for text in widget_texts(widget) if text]


def test_the_client_view_shows_only_what_is_shared(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    book = window.session.casebook
    assert book is not None
    conversation = page.conversation_id
    internal = book.add_note(conversation, INTERNAL)
    assert not internal.shared
    book.add_note(conversation, SHARED, shared=True)
    book.set_item_note(conversation, "welcome-on-time", ITEM_NOTE)
    book.add_step(conversation, STEP, StepOwner.CLIENT)
    internal_texts = [INTERNAL, ITEM_NOTE] + [
        n.text for n in book.notes(conversation) if not n.shared
    ]

    qtbot.keyClick(page.view, Qt.Key.Key_F11)
    workspace = window.workspace
    assert workspace is not None
    view = workspace.client_view
    assert isinstance(view, ClientView) and view.isVisible()
    assert not page.isVisible() and not workspace.clients.isVisible()
    assert not window.menuBar().isVisible()
    texts = view_texts(view)
    joined = "\n".join(texts)
    assert SHARED in joined and STEP in joined and "Éline Maes" in joined
    assert not [t for t in internal_texts if t in joined]
    assert not [name for name in OTHER_CLIENTS if name in joined]
    # A step without a date is said without one: "(Geen datum)" stood mid-sentence (tour10).
    assert next(t for t in texts if STEP in t).endswith(STEP)
    label = next(w for w in view.findChildren(PlainLabel) if SHARED in w.text())
    assert label.font().pointSizeF() >= 1.5 * page.back_button.font().pointSizeF()  # large
    # The menus' commands are off too: Ctrl+F would show the client list.
    assert not window.commands["find"].isEnabled() and window.commands["lock"].isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert workspace.client_view is None and page.isVisible()
    assert window.menuBar().isVisible() and window.commands["find"].isEnabled()

    qtbot.keyClick(page.view, Qt.Key.Key_F11)  # the same key there and back
    assert workspace.client_view is not None
    qtbot.keyClick(workspace.client_view, Qt.Key.Key_F11)
    assert workspace.client_view is None and page.isVisible()


def test_the_client_view_speaks_the_clients_language(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """What the client reads is in the client's language, not the coach's (issue 17)."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    book = window.session.casebook
    assert book is not None
    conversation = page.conversation_id
    book.set_client_language(book.conversation(conversation).client_id, "fr")
    book.add_step(conversation, STEP, StepOwner.CLIENT)
    qtbot.keyClick(page.view, Qt.Key.Key_F11)
    view = window.workspace.client_view  # type: ignore[union-attr]
    joined = "\n".join(view_texts(view))
    assert "De quoi nous avons parlé" in joined and "Petites étapes" in joined
    assert f"Vous : {STEP}\n" in joined  # no date: none said (tour10)
    assert "Waar we over praatten" not in joined
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_a_lock_from_the_client_view_works_as_everywhere(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    qtbot.keyClick(page.view, Qt.Key.Key_F11)
    view = window.workspace.client_view  # type: ignore[union-attr]
    assert view is not None
    with qtbot.waitSignal(window.session.closed, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    destroy_pending()
    assert isinstance(window.gate.page, UnlockPage)
    assert window.menuBar().isVisible()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, ClientView)]
    assert not [t for t in all_texts() if "Éline" in t]
