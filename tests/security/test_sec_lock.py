"""After a lock, no client text is left anywhere the program could still show it.

Extends tests/shell/test_shell_main_window.py (widget texts, titles and tooltips with the
profile dialog open) in three ways: what to look for is every text stored in the vault, not a
hand-made list; every surface that can hold client text is open at the moment of the lock
(a conversation, the client panel, the summary, backup and delete dialogs, a search); and
besides widgets, every item model, action, text document and window the application still
has is read, in all the roles a view or a screen reader could show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.figures import record
from tests.support.keyboard import type_text
from tests.support.shell import all_texts, destroy_pending, unlocked_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.paths import AppPaths
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault.keys import KdfParams

pytestmark = pytest.mark.usefixtures("settle_qt")

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.UserRole,
)


def stored_texts(book: Casebook) -> set[str]:
    """Every client text in the vault, as the coach typed it (words of 5+ letters too)."""
    texts: set[str] = set()
    profile = book.profile()
    texts |= {profile.name, profile.phone, profile.email, profile.boundaries}
    for overview in book.clients():
        client = overview.client
        texts |= {client.name, client.contact}
        for appointment in book.appointments(client.id):
            texts |= {appointment.place, appointment.with_whom}
        for conversation in book.conversations(client.id):
            texts |= {n.text for n in book.notes(conversation.id)}
            texts |= {a.note for a in book.answers(conversation.id).values()}
            texts |= {s.what for s in book.steps(conversation.id)}
            for consent in book.consents(conversation.id):
                texts |= {consent.recipient, consent.information, consent.purpose}
    return {t.strip() for t in texts if t and len(t.strip()) >= 5}


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    found: list[str] = []
    parent = parent or QModelIndex()
    try:
        columns = max(1, model.columnCount(parent))
    except TypeError:  # list models keep columnCount private in PySide: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    found.append(value)
            try:
                nested = columns > 0 and model.hasChildren(index)
            except TypeError:
                nested = False
            if nested:
                found += model_texts(model, index)
    return found


def everything_left() -> tuple[list[str], dict[str, int]]:
    """Texts of every widget, model, action, document and window the application still has."""
    destroy_pending()
    texts = list(all_texts())
    objects: list[QObject] = [QApplication.instance()]  # type: ignore[list-item]
    for widget in QApplication.topLevelWidgets():
        objects.append(widget)
        objects += widget.findChildren(QObject)
    objects += QApplication.instance().findChildren(QObject)  # type: ignore[union-attr]
    counts = {"objects": len(objects), "models": 0, "actions": 0, "documents": 0}
    for thing in objects:
        if isinstance(thing, QAbstractItemModel):
            counts["models"] += 1
            texts += model_texts(thing)
        elif isinstance(thing, QAction):
            counts["actions"] += 1
            texts += [thing.text(), thing.toolTip(), thing.statusTip(), thing.whatsThis()]
            texts += [thing.iconText()]
        elif isinstance(thing, QTextDocument):
            counts["documents"] += 1
            texts.append(thing.toPlainText())
        if isinstance(thing, QWidget):
            texts += [thing.windowIconText(), thing.windowFilePath()]
    texts += [window.title() for window in QGuiApplication.allWindows()]
    counts["widgets"] = len(QApplication.allWidgets())
    return [t for t in texts if t], counts


def leaks(needles: set[str], texts: list[str]) -> list[str]:
    joined = "\n".join(texts)
    return sorted(n for n in needles if n in joined)


def open_every_surface(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    overviews = book.clients()
    workspace.show_client(overviews[1].client.id)
    window.edit_profile()
    window.back_up()
    workspace.ask_delete()
    conversation = book.conversations(overviews[0].client.id)[0]
    workspace.open_conversation(conversation.id)
    window.show_summary(conversation.id)
    page = workspace.conversation_page
    assert page is not None
    for tab in range(4):
        page.view.focus_side_tab(tab)
    qtbot.wait(50)


def test_after_a_lock_no_stored_text_is_left_anywhere(
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    assert window.workspace is not None
    needles = stored_texts(window.workspace.casebook)
    assert len(needles) >= 20
    open_every_surface(qtbot, window)
    before, _ = everything_left()
    shown = leaks(needles, before)
    assert len(shown) >= len(needles) // 3  # the walk does find client text while unlocked

    window.lock()
    after, counts = everything_left()
    assert leaks(needles, after) == []
    assert isinstance(window.gate.page, UnlockPage)
    record(
        "lock",
        stored_texts=len(needles),
        shown_before_lock=len(shown),
        texts_read_after_lock=len(after),
        **counts,
    )


def test_a_search_typed_before_the_lock_is_gone_after_it(
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    assert window.workspace is not None
    panel = window.workspace.clients
    type_text(panel.search, "Yusuf")
    # the search runs after a short pause in typing: the list then holds Yusuf only
    qtbot.waitUntil(
        lambda: [panel.list.item(r).text()[:5] for r in range(panel.list.count())] == ["Yusuf"]
    )
    window.lock()
    after, _ = everything_left()
    assert leaks({"Yusuf"}, after) == []


def test_text_copied_from_a_note_does_not_outlive_the_lock(
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    conversation = book.conversations(book.clients()[0].client.id)[0]
    workspace.open_conversation(conversation.id)
    page = workspace.conversation_page
    assert page is not None
    page.view.focus_side_tab(0)
    note = page.view.notes.add_note()
    note.editor.insertPlainText("Gekopieerd uit een notitie over Yusuf")
    qtbot.wait(20)  # the new card scrolls into view first
    window.activateWindow()  # the coach works in this window: it has the focus
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    note.editor.selectAll()
    note.editor.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Gekopieerd uit een notitie over Yusuf"
    window.lock()
    assert clipboard.text() == ""


def test_text_copied_in_another_program_is_left_alone(qapp: QApplication) -> None:
    from intakecompanion.ui.lock.clipboard_guard import ClipboardGuard

    guard = ClipboardGuard()
    assert QGuiApplication.focusWindow() is None  # none of our windows is open
    QGuiApplication.clipboard().setText("uit een ander programma")
    guard.forget()
    assert QGuiApplication.clipboard().text() == "uit een ander programma"
