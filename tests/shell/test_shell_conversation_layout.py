"""A conversation opened is laid out once, at the size it is shown in (issue 18, goal 10).

The page was made current at a default size with the client list still beside it: shown, it
was laid out at that size, then again (every word-wrapped label and note measured again) once
the list had stepped aside. It now gets its room before it is shown, and the keyboard focus
still goes from the client list straight into the conversation (what a screen reader says).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.guide.catalog import GuideCatalog
from intakecompanion.paths import AppPaths
from intakecompanion.ui.window.workspace import Workspace
from intakecompanion.vault.store import Vault


class Resizes(QObject):
    """The widgets inside `root` that get a Resize event (class and object name)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.resized: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, QWidget)
            and (watched is self.root or self.root.isAncestorOf(watched))
        ):
            self.resized.append(f"{type(watched).__name__} {watched.objectName()}".strip())
        return False


@pytest.fixture
def workspace(qtbot, vault: Vault, app_paths: AppPaths) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    space = Workspace(Casebook(vault), GuideCatalog(app_paths, []), "en", window)
    window.setCentralWidget(space)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield space


def client_with_a_conversation(workspace: Workspace) -> int:
    """A client with an intake of three notes, shown beside the list; the intake's id."""
    book = workspace.casebook
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    client = book.add_client("Noor Fictief")
    conversation = book.start_conversation(
        client.id, ConversationKind.INTAKE, guide.id, guide.version, guide_to_snapshot(guide)
    ).id
    for text in ("We spraken over de huur.", "De school van de kinderen.", "Werk zoeken."):
        book.add_note(conversation, text)
    workspace.show_client(client.id)
    QApplication.processEvents()
    assert workspace.clients.isVisible()  # the list is beside the client's page
    return conversation


def test_an_opened_conversation_is_not_laid_out_again_once_shown(
    qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    conversation = client_with_a_conversation(workspace)

    workspace.open_conversation(conversation)
    page = workspace.conversation_page
    assert page is not None
    assert not workspace.clients.isVisible()  # stepped aside
    assert page.geometry() == workspace.right.contentsRect()  # the page has its room
    resizes = Resizes(page)
    QApplication.instance().installEventFilter(resizes)
    try:
        for _ in range(3):  # what the opening posted: layouts, then the paint
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(resizes)
    assert page.isVisible() and page.view.notes.cards[2].isVisible()
    # Only a scroll area's viewport may still grow: by its scroll bar's width, once the scroll
    # area finds it needs none (before, 57 widgets were laid out again, the page first).
    assert set(resizes.resized) <= {"QWidget qt_scrollarea_viewport"}, resizes.resized


def test_the_client_page_being_left_is_not_laid_out_in_the_conversations_room(
    qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    """The page stack gets the room the conversation keeps while the client's page is still
    its current page: that page, about to be hidden, was laid out at that width (its history
    list, its rows of buttons), and again at its own when the coach came back to it."""
    conversation = client_with_a_conversation(workspace)
    panel = workspace.client_panel
    assert panel is not None
    size = panel.size()
    resizes = Resizes(panel)
    QApplication.instance().installEventFilter(resizes)
    try:
        workspace.open_conversation(conversation)
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(resizes)
    assert resizes.resized == []
    workspace.back_to_client()
    QApplication.processEvents()
    assert panel.isVisible() and panel.size() == size


def test_the_focus_goes_from_the_client_list_into_the_conversation_only(
    qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    """Laid out once, the page must still not be reached through the client's page being left:
    with the list hidden first, its focus went on to the client page's language choice, and
    a screen reader said that before the conversation (test_screen_reader.py heard it)."""
    conversation = client_with_a_conversation(workspace)
    panel = workspace.client_panel
    assert panel is not None
    workspace.window().activateWindow()
    qtbot.waitActive(workspace.window())
    workspace.clients.list.setFocus()
    qtbot.waitUntil(workspace.clients.list.hasFocus)
    focused: list[QWidget] = []
    app = QApplication.instance()
    app.focusChanged.connect(lambda _old, new: focused.append(new))
    workspace.open_conversation(conversation)
    QApplication.processEvents()
    page = workspace.conversation_page
    assert page is not None
    assert focused, "the focus did not move"
    assert all(w is not None and page.isAncestorOf(w) for w in focused), [
        f"{type(w).__name__} {w.objectName() if w else ''}" for w in focused
    ]
    assert focused[-1] is QApplication.focusWidget()
