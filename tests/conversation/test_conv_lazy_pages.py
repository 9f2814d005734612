"""A conversation opens with only the phase and the tab it shows built; the others are built when
first shown, and until then what they stored still counts (progress, the closing step)."""

from __future__ import annotations

from tests.support.conversation import open_view

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation, ItemState
from intakecompanion.ui.conversation.closing import ClosingPage
from intakecompanion.ui.conversation.consents import ConsentsPanel
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.steps import StepsPanel


def test_a_phase_not_shown_is_built_when_shown_and_its_stored_answers_count_before(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    casebook.set_item_state(intake.id, "secrecy-explain", ItemState.DONE)
    casebook.set_item_note(intake.id, "secrecy-notes", "Fictief: zegt dit liever niet.")
    view = open_view(qtbot, casebook, intake.id)
    assert view.current_phase == 0
    assert len(view.findChildren(ItemRow)) == 2  # the first phase's items only
    # The second phase is not built, yet its stored answer counts and the closing step knows.
    assert view.checklist.progress(1) == (1, 3)
    assert "1 of 3" in view.stepper.item(1).text() or "1 van 3" in view.stepper.item(1).text()
    open_items = [text for _phase, text in view.closing_facts().open_items]
    assert "Leg het beroepsgeheim uit" not in open_items
    assert "Zeg wat je noteert" in open_items
    view.show_phase(1)
    assert len(view.findChildren(ItemRow)) == 5
    explain, _consent, notes = view.checklist.rows(1)
    assert explain.state is ItemState.DONE
    assert notes.note.text() == "Fictief: zegt dit liever niet."
    assert view.checklist.currentWidget().isAncestorOf(explain)


def test_a_phase_of_a_finished_conversation_built_later_is_read_only(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    casebook.finish_conversation(intake.id)
    view = open_view(qtbot, casebook, intake.id)
    view.show_phase(1)
    row = view.checklist.rows(1)[0]
    assert row.read_only
    assert not row.done_button.isEnabled()
    assert row.note.isReadOnly()
    row.toggle(ItemState.DONE)
    assert casebook.answers(intake.id) == {}


def test_the_steps_consents_and_appointment_panels_are_made_when_their_tab_is_shown(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    assert view.findChildren(ConsentsPanel) == []
    assert view.tabs.tabText(2) == "Toestemmingen" or view.tabs.tabText(2) == "Consents"
    view.tabs.setCurrentIndex(2)
    (panel,) = view.findChildren(ConsentsPanel)
    assert view.tabs.currentWidget() is panel is view.consents
    assert view.tabs.currentIndex() == 2
    assert view.findChildren(StepsPanel) == []
    view.focus_side_tab(1)  # Ctrl+3
    assert view.tabs.currentWidget() is view.steps
    assert len(view.findChildren(StepsPanel)) == 1


def test_the_closing_page_is_made_when_the_closing_step_is_first_shown(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    assert view.findChildren(ClosingPage) == []  # a conversation opens on a phase
    view.show_phase(view.closing_index)
    [page] = view.findChildren(ClosingPage)
    assert view.center.currentWidget() is page is view.closing
    assert page.finish_button.isVisible() and page.items_heading.text()
    view.show_phase(0)
    view.show_phase(view.closing_index)  # made once
    assert view.findChildren(ClosingPage) == [page]
