"""Going from one client's conversation straight to another's: nothing of the first client
stays in any widget (the screen may be seen by the next client), and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.support.shell import all_texts, intake_for, type_text, workspace_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import StepOwner
from intakecompanion.paths import AppPaths
from intakecompanion.ui.window.workspace import Workspace
from intakecompanion.vault.store import Vault

A_TEXTS = ("Anna-notitie huur", "Anna-item schoolkeuze", "Anna-stap CAW bellen")


@pytest.fixture
def book(vault: Vault) -> Casebook:
    return Casebook(vault)


@pytest.fixture
def workspace(qtbot, book: Casebook, app_paths: AppPaths) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    _window, space = workspace_window(qtbot, book, app_paths)
    yield space  # the window stays referenced while the test runs


def test_no_text_of_the_first_client_stays_after_opening_the_next(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    bart = intake_for(book, "Bart Verzonnen")
    book.add_note(anna, A_TEXTS[0])
    book.add_step(anna, A_TEXTS[2], StepOwner.CLIENT)
    workspace.open_conversation(anna)
    page = workspace.conversation_page
    assert page is not None
    view = page.view
    view.show_phase(1)  # a phase built after opening holds text too
    item = view.checklist.rows(1)[0]
    type_text(item.note, A_TEXTS[1])
    assert any(A_TEXTS[0] in text for text in all_texts())  # the check can see Anna's text
    workspace.open_conversation(bart)
    texts = all_texts()
    assert not [text for text in texts if any(a in text for a in A_TEXTS)]
    assert book.answers(anna)[item.item_id].note == A_TEXTS[1]  # typed, then saved on leaving


def test_text_typed_just_before_switching_is_saved(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    anna = intake_for(book, "Anna Fictief")
    bart = intake_for(book, "Bart Verzonnen")
    workspace.open_conversation(anna)
    page = workspace.conversation_page
    assert page is not None
    row = page.view.checklist.rows(0)[0]
    page.view.notes.add_note()
    card_edit = page.view.notes.cards[-1].editor
    type_text(row.note, "Eerste zin")
    type_text(card_edit, "Tweede zin")
    workspace.open_conversation(bart)  # at once: no autosave delay has passed
    assert book.answers(anna)[row.item_id].note == "Eerste zin"
    assert [note.text for note in book.notes(anna)] == ["Tweede zin"]
