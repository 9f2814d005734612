"""The conversation chosen on the client's page is made while the coach reads it
(ui/window/warm_conversation.py): opening it shows that page, but only while it shows what is
stored, and nothing of it outlives the client's page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from tests.support.shell import all_texts, intake_for, workspace_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.paths import AppPaths
from intakecompanion.ui.window import warm_conversation
from intakecompanion.ui.window.workspace import Workspace
from intakecompanion.vault.store import Vault

ANNA_NOTE = "Anna-notitie over de huurwaarborg"


@pytest.fixture
def book(vault: Vault) -> Casebook:
    return Casebook(vault)


@pytest.fixture
def workspace(qtbot, book: Casebook, app_paths: AppPaths) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    _window, space = workspace_window(qtbot, book, app_paths)
    yield space  # the window stays referenced while the test runs


def warmed(qtbot, workspace: Workspace, client_id: int):  # type: ignore[no-untyped-def]
    """The client's page shown, and the coach reading it until the conversation is made."""
    workspace.show_client(client_id)
    qtbot.waitUntil(lambda: workspace.warm.page is not None, timeout=3000)
    page = workspace.warm.page
    assert page is not None and not page.isVisible()
    return page


def test_the_conversation_made_while_reading_is_the_one_opened(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    book.add_note(anna, ANNA_NOTE)
    page = warmed(qtbot, workspace, book.conversation(anna).client_id)
    assert page.conversation_id == anna
    workspace.open_conversation(anna)
    assert workspace.conversation_page is page
    assert page.isVisible()
    assert workspace.warm.page is None
    assert ANNA_NOTE in page.view.notes.cards[0].editor.text()
    # Back on the page: the same conversation is made again while the coach reads.
    workspace.back_to_client()
    again = warmed(qtbot, workspace, book.conversation(anna).client_id)
    assert again is not page


def test_a_write_since_it_was_made_makes_it_afresh(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    stale = warmed(qtbot, workspace, book.conversation(anna).client_id)
    book.add_note(anna, ANNA_NOTE)  # e.g. what the client's page records meanwhile
    workspace.open_conversation(anna)
    page = workspace.conversation_page
    assert page is not None and page is not stale
    assert [card.editor.text() for card in page.view.notes.cards] == [ANNA_NOTE]


def test_a_page_read_again_after_a_write_has_it_made_anew(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    stale = warmed(qtbot, workspace, book.conversation(anna).client_id)
    book.add_note(anna, ANNA_NOTE)  # an outcome or a step recorded on the page: it reloads
    assert workspace.client_panel is not None
    workspace.client_panel.reload()
    qtbot.waitUntil(lambda: workspace.warm.page not in (None, stale), timeout=3000)
    made = workspace.warm.page
    workspace.open_conversation(anna)
    assert workspace.conversation_page is made
    assert [card.editor.text() for card in made.view.notes.cards] == [ANNA_NOTE]


def test_another_day_or_an_old_page_makes_it_afresh(
    qtbot, book: Casebook, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    client_id = book.conversation(anna).client_id
    made = warmed(qtbot, workspace, client_id)
    tomorrow = datetime.now() + timedelta(days=1)
    monkeypatch.setattr(warm_conversation, "local_now", lambda: tomorrow)
    workspace.open_conversation(anna)
    assert workspace.conversation_page is not made  # what is overdue may differ tomorrow
    workspace.back_to_client()
    monkeypatch.undo()
    made = warmed(qtbot, workspace, client_id)
    later = warm_conversation.time.monotonic() + warm_conversation.FRESH_FOR_S + 1
    monkeypatch.setattr(workspace.warm, "_clock", lambda: later)
    workspace.open_conversation(anna)
    assert workspace.conversation_page is not made


def test_nothing_of_it_stays_once_another_client_is_shown(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    bart = intake_for(book, "Bart Verzonnen")
    book.add_note(anna, ANNA_NOTE)
    warmed(qtbot, workspace, book.conversation(anna).client_id)
    assert any(ANNA_NOTE in text for text in all_texts())  # the check can see it
    workspace.show_client(book.conversation(bart).client_id)
    assert workspace.warm.page is None
    assert not [text for text in all_texts() if ANNA_NOTE in text]


@pytest.mark.parametrize("leave", ["overview", "erase", "lock"])
def test_nothing_of_it_stays_when_the_page_is_left(
    qtbot, book: Casebook, workspace: Workspace, leave: str
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    client_id = book.conversation(anna).client_id
    book.add_note(anna, ANNA_NOTE)
    warmed(qtbot, workspace, client_id)
    if leave == "overview":
        workspace.show_overview()
    elif leave == "erase":
        workspace._erase(client_id)
    else:
        workspace.stop()  # the lock's first step; nothing is made after it either
        workspace.show_client(client_id)
        qtbot.wait(warm_conversation.PAUSE_MS * 2)
    assert workspace.warm.page is None
    assert not [text for text in all_texts() if ANNA_NOTE in text]


def test_going_down_the_list_makes_only_the_client_paused_on(
    qtbot, book: Casebook, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    conversations = [intake_for(book, f"Client {n} Fictief") for n in range(4)]
    made: list[int] = []
    make = workspace.warm._make
    monkeypatch.setattr(workspace.warm, "_make", lambda cid: made.append(cid) or make(cid))
    for conversation_id in conversations:  # faster than the pause: as with the arrow keys
        workspace.show_client(book.conversation(conversation_id).client_id)
    qtbot.waitUntil(lambda: workspace.warm.page is not None, timeout=3000)
    assert made == [conversations[-1]]


def test_a_zoom_since_it_was_made_makes_it_afresh(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    made = warmed(qtbot, workspace, book.conversation(anna).client_id)
    font = QApplication.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(larger)
    try:
        workspace.open_conversation(anna)
    finally:
        QApplication.setFont(font)
    assert workspace.conversation_page is not made
