"""A follow-up's first page lists the intake's items left open there: after a long intake,
many. It opens with its first items made and the others, below
them, made when first needed: scrolled into sight, Tab or the arrow keys going on to them,
anything that looks for one. They come in order, in the Tab order, read-only in a finished
conversation, and all at once with a screen reader running; what they stored counts before
(issue 18, goal 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.conversation import open_view

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation, ConversationKind, ItemState
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.ui.conversation import checklist as checklist_module
from intakecompanion.ui.conversation.checklist import ChecklistPanel
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.view import ConversationView

FIRST = ChecklistPanel.FIRST_ROWS


def start_builtin(casebook: Casebook, client_id: int, kind: str) -> Conversation:
    chosen = guide(kind)
    return casebook.start_conversation(
        client_id, ConversationKind(kind), chosen.id, chosen.version, guide_to_snapshot(chosen)
    )


def follow_up_of_a_long_intake(casebook: Casebook) -> tuple[Conversation, list[str]]:
    """An intake with the first item done and every other one left open, then a follow-up: it
    carries them over; those not in its own guide are on its first page (returned, in the
    intake's order)."""
    client = casebook.add_client("Sam De Smet")
    intake = start_builtin(casebook, client.id, "intake")
    intake_items = [item.id for item in guide("intake").items()]
    casebook.set_item_state(intake.id, intake_items[0], ItemState.DONE)
    for item_id in intake_items[1:]:
        casebook.set_item_state(intake.id, item_id, ItemState.OPEN)
    follow_up = start_builtin(casebook, client.id, "follow_up")
    own = {item.id for item in guide("follow_up").items()}
    carried = [item_id for item_id in intake_items[1:] if item_id not in own]
    assert len(carried) > 2 * FIRST
    return follow_up, carried


def guide(kind: str):  # type: ignore[no-untyped-def]
    return next(g for g in builtin_guides() if g.kind == kind)


def made(view: ConversationView) -> list[str]:
    return [row.item_id for row in view.checklist.made_rows(0)]


def test_the_first_items_are_made_at_once_and_the_others_when_scrolled_into_sight(
    qtbot, casebook: Casebook
) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)
    view = open_view(qtbot, casebook, follow_up.id)
    assert view.current_phase == 0 and view.checklist.pages[0].is_carried_over
    qtbot.wait(50)  # a paint of the page, had the rest been in sight
    assert made(view) == carried[:FIRST]
    assert len(view.findChildren(ItemRow)) == FIRST
    # Still counted before they are made: the stepper and the closing step know all of them.
    assert view.checklist.progress(0) == (0, len(carried))
    assert len(view.closing_facts().open_items) >= len(carried)
    scroll = view.checklist.currentWidget()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the scroll bar says there is more below
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: len(made(view)) == len(carried))
    assert made(view) == carried  # in the intake's order
    rows = view.checklist.made_rows(0)
    assert all(row.isVisible() for row in rows)
    positions = [row.mapTo(scroll.widget(), row.rect().topLeft()).y() for row in rows]
    assert positions == sorted(positions)


def test_tab_and_down_go_on_from_the_first_items_to_the_next_one(qtbot, casebook: Casebook) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)
    view = open_view(qtbot, casebook, follow_up.id)
    last_made = view.checklist.made_rows(0)[-1]
    last_made.note.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(last_made.note, Qt.Key.Key_Tab)
    rows = view.checklist.made_rows(0)
    assert QApplication.focusWidget() is rows[FIRST]
    assert rows[FIRST].item_id == carried[FIRST]
    qtbot.keyClick(rows[FIRST], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[FIRST].note

    again = open_view(qtbot, casebook, follow_up.id)  # the arrow key, item by item
    last_made = again.checklist.made_rows(0)[-1]
    last_made.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(last_made, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is again.checklist.made_rows(0)[FIRST]


def test_shift_tab_from_after_the_checklist_comes_to_the_last_items_note(
    qtbot, casebook: Casebook
) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)
    view = open_view(qtbot, casebook, follow_up.id)
    after: QWidget = view.checklist.made_rows(0)[-1].note.nextInFocusChain()
    while view.checklist.isAncestorOf(after) or not (
        after.isVisible() and after.isEnabled() and after.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        after = after.nextInFocusChain()
    after.setFocus(Qt.FocusReason.TabFocusReason)
    assert len(made(view)) == FIRST
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert made(view) == carried
    assert QApplication.focusWidget() is view.checklist.made_rows(0)[-1].note


def test_what_is_typed_and_ticked_stays_when_the_others_are_made(
    qtbot, casebook: Casebook, reread
) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)
    view = open_view(qtbot, casebook, follow_up.id)
    first = view.checklist.made_rows(0)[0]
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    typing = view.checklist.made_rows(0)[1]
    typing.note.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(typing.note, "Fictief: nog")
    view.checklist.rows(0)  # the others are made while the coach types
    qtbot.keyClicks(typing.note, " te bespreken")
    assert QApplication.focusWidget() is typing.note
    assert typing.note.text() == "Fictief: nog te bespreken"
    assert view.flush()
    answers = reread().answers(follow_up.id)
    assert answers[carried[0]].state is ItemState.DONE
    assert answers[carried[1]].note == "Fictief: nog te bespreken"


def test_an_item_not_made_yet_is_found_again_after_a_lock(qtbot, casebook: Casebook) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)
    view = open_view(qtbot, casebook, follow_up.id)
    view.checklist.rows(0)[-1].note.setFocus(Qt.FocusReason.OtherFocusReason)
    spot = view.focus_spot(QApplication.focusWidget())
    assert spot is not None

    again = open_view(qtbot, casebook, follow_up.id)
    assert len(made(again)) == FIRST
    again.return_focus(spot)
    assert QApplication.focusWidget() is again.checklist.made_rows(0)[-1].note
    assert again.checklist.made_rows(0)[-1].item_id == carried[-1]


def test_the_later_items_of_a_finished_conversation_are_read_only(
    qtbot, casebook: Casebook
) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)
    casebook.finish_conversation(follow_up.id)
    view = open_view(qtbot, casebook, follow_up.id)
    view.show_phase(0)
    later = view.checklist.rows(0)[-1]
    assert later.read_only and later.note.isReadOnly()
    assert not later.done_button.isEnabled()
    later.toggle(ItemState.DONE)
    assert later.state is ItemState.OPEN
    assert casebook.answers(follow_up.id) == {}


def test_with_a_screen_reader_every_item_is_made_at_once(
    qtbot, casebook: Casebook, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    follow_up, carried = follow_up_of_a_long_intake(casebook)

    class Reading:
        @staticmethod
        def isActive() -> bool:  # noqa: N802 (Qt API)
            return True

    monkeypatch.setattr(checklist_module, "QAccessible", Reading)
    view = open_view(qtbot, casebook, follow_up.id)
    assert made(view) == carried
    stops = view.checklist.tab_stops(0)
    assert stops == [w for row in view.checklist.made_rows(0) for w in (row, row.note)]


def test_the_items_never_touched_in_the_intake_come_back_after_the_follow_ups_own(
    qtbot, casebook: Casebook
) -> None:  # type: ignore[no-untyped-def]
    """An intake in which the coach ticked one item and left one open with a note: the
    follow-up opens on that one, and every item she never touched comes back on a page after
    the follow-up's own phases, made when shown (issue 18, goal 10: not on opening)."""
    client = casebook.add_client("Sam De Smet")
    intake = start_builtin(casebook, client.id, "intake")
    intake_items = [item.id for item in guide("intake").items()]
    casebook.set_item_state(intake.id, intake_items[0], ItemState.DONE)
    casebook.set_item_note(intake.id, intake_items[1], "Fictief: volgende keer.")
    follow_up = start_builtin(casebook, client.id, "follow_up")
    own = {item.id for item in guide("follow_up").items()}
    never = [item_id for item_id in intake_items[2:] if item_id not in own]
    view = open_view(qtbot, casebook, follow_up.id)
    pages = view.checklist.pages
    assert [item.id for item in pages[0].items] == [intake_items[1]]
    assert view.current_phase == 0
    assert [item.id for item in pages[-1].items] == never
    assert pages[-1].title == "Not ticked in the intake"
    assert len(view.findChildren(ItemRow)) == 1  # the page shown; the last one not yet
    assert view.checklist.progress(len(pages) - 1) == (0, len(never))
    view.show_phase(len(pages) - 1)
    assert [row.item_id for row in view.checklist.made_rows(len(pages) - 1)] == never[:FIRST]
    view.focus_checklist()
    assert QApplication.focusWidget() is view.checklist.made_rows(len(pages) - 1)[0]
