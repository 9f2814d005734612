"""The client list loads a page at a time and the next page as the coach reaches the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.support.records import NOW
from tests.support.shell import workspace_window

from intakecompanion.domain.casebook import CLIENT_PAGE_SIZE, Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.paths import AppPaths
from intakecompanion.ui.clients.list_panel import CLIENT_ID_ROLE, ClientListPanel
from intakecompanion.vault.store import Vault

CLIENTS = CLIENT_PAGE_SIZE * 2 + 30


@pytest.fixture
def book(vault: Vault) -> Casebook:
    book = Casebook(vault, clock=lambda: NOW)
    for number in range(CLIENTS):
        book.add_client(f"Cliënt {number:04d}")
    return book


def scroll_to_end(qtbot, panel: ClientListPanel, rows: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll to the bottom once the list's layout has caught up with its rows."""
    bar = panel.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() >= rows // 2)  # scrolled per row: about rows - 12
    bar.setValue(bar.maximum())


def test_pages_load_as_the_coach_scrolls_and_a_refresh_keeps_the_place(
    qtbot, book: Casebook
) -> None:  # type: ignore[no-untyped-def]
    panel = ClientListPanel(book)
    qtbot.addWidget(panel)
    panel.resize(320, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.list.count() == CLIENT_PAGE_SIZE
    scroll_to_end(qtbot, panel, CLIENT_PAGE_SIZE)
    qtbot.waitUntil(lambda: panel.list.count() == 2 * CLIENT_PAGE_SIZE)
    scroll_to_end(qtbot, panel, 2 * CLIENT_PAGE_SIZE)
    qtbot.waitUntil(lambda: panel.list.count() == CLIENTS)
    scroll_to_end(qtbot, panel, CLIENTS)
    qtbot.wait(50)
    assert panel.list.count() == CLIENTS  # nothing more to load
    names = [panel.list.item(r).text() for r in range(panel.list.count())]
    assert names == sorted(names) and len(set(names)) == CLIENTS

    far = panel.list.item(CLIENTS - 5)
    panel.list.setCurrentItem(far)
    chosen = far.data(CLIENT_ID_ROLE)
    panel.refresh()
    assert panel.list.count() == CLIENTS
    assert panel.selected_id() == chosen


def test_the_keyboard_reaches_the_next_page_and_a_new_search_starts_over(
    qtbot, book: Casebook
) -> None:  # type: ignore[no-untyped-def]
    panel = ClientListPanel(book)
    qtbot.addWidget(panel)
    panel.resize(320, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    QTest.keyClick(panel.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: panel.list.count() > CLIENT_PAGE_SIZE)
    panel.search.setText("Cliënt")
    panel.refresh()
    assert panel.list.count() == CLIENT_PAGE_SIZE
    panel.search.setText("0042")
    panel.refresh()
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["Cliënt 0042"]


def test_coming_back_from_a_conversation_loads_no_extra_page(
    qtbot, book: Casebook, app_paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    _window, workspace = workspace_window(qtbot, book, app_paths)
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    client = book.clients()[-1].client.id  # far down: not on the first page
    conversation = book.start_conversation(
        client, ConversationKind.INTAKE, guide.id, guide.version, guide_to_snapshot(guide)
    )
    for _ in range(3):  # the list hides during a conversation, and is refreshed after it
        for step in (
            lambda: workspace.show_client(client),
            lambda: workspace.open_conversation(conversation.id),
            workspace.back_to_client,
        ):
            step()
            qtbot.wait(10)
    assert workspace.clients.list.count() == CLIENT_PAGE_SIZE


def test_a_client_opened_from_elsewhere_is_found_among_the_lines_loaded(
    qtbot, book: Casebook, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Opened from the overview, a client on the list's first page is made its current line
    without the search being run again (make bench, goal 5); with one further down, not
    loaded, no line is current and the search is not run either."""
    _window, workspace = workspace_window(qtbot, book, app_paths)
    clients = book.clients()
    near, far = clients[5].client.id, clients[-1].client.id
    searched: list[str] = []
    client_page = book.client_page
    monkeypatch.setattr(
        book, "client_page", lambda *a, **k: searched.append("x") or client_page(*a, **k)
    )
    workspace.show_client(near)
    assert workspace.clients.selected_id() == near
    assert searched == []
    workspace.show_client(far)  # not loaded: no line is current, the same lines stay
    assert searched == []
    assert workspace.clients.selected_id() is None
    assert workspace.clients.list.count() == CLIENT_PAGE_SIZE
    assert workspace.client_panel is not None and workspace.client_panel.client_id == far
