"""Arrowing through a closed drop-down list records nothing (the coach's tour: Down twice on an
earlier step's status stored "done" then "dropped", the client's copy said both); the choice
is made in the open list, with Enter, or by leaving the box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view, start
from tests.support.records import NOW

from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party, StepOwner
from intakecompanion.domain.model import StepStatus as S


def _follow_up(casebook, intake):  # type: ignore[no-untyped-def]
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 2, 27))
    casebook.add_appointment(intake.client_id, NOW, "bureau 2", conversation_id=intake.id)
    return start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)


def test_arrowing_an_earlier_steps_status_records_only_the_option_left_on(
    qtbot, casebook, intake, reread
) -> None:
    follow_up = _follow_up(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.focus_side_tab(1)
    [row] = view.steps.earlier.rows
    box = row.status
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert row.chosen() is S.DROPPED  # shown (and heard) while browsing
    assert reread().step(row.step.id).status is S.OPEN  # "done" passed by, nothing stored
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # left on "dropped": that is the choice
    view.flush()
    assert [e.status for e in reread().step_history(row.step.id)] == [S.OPEN, S.DROPPED]


def test_enter_chooses_the_option_arrowed_to_in_a_new_steps_fields(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.focus_side_tab(1)
    row = view.steps.add_step()
    qtbot.keyClicks(row.what, "Huurcontract meebrengen")
    view.flush()
    [step] = reread().steps(intake.id)
    row.who.setFocus()
    qtbot.keyClick(row.who, Qt.Key.Key_Down)
    row.status.setFocus()  # leaving "who" on "coach" chooses it
    qtbot.keyClick(row.status, Qt.Key.Key_Down)
    assert (reread().step(step.id).who, reread().step(step.id).status) == (
        StepOwner.COACH,
        S.OPEN,
    )
    qtbot.keyClick(row.status, Qt.Key.Key_Return)
    assert reread().step(step.id).status is S.DONE
    assert QApplication.focusWidget() is row.status


def test_arrowing_past_a_move_keeps_the_focus_and_stores_nothing(
    qtbot, casebook, intake, reread
) -> None:
    follow_up = _follow_up(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.focus_side_tab(3)
    panel = view.appointment
    held = panel.previous
    assert held is not None
    box = panel.previous_status
    box.setFocus()
    outcomes = [box.itemData(i) for i in range(box.count())]
    missed = outcomes.index((AppointmentStatus.MISSED, Party.CLIENT))
    assert outcomes.index((AppointmentStatus.MOVED, Party.CLIENT)) < missed
    for _ in range(missed - box.currentIndex()):  # past both moves
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is box
        assert panel.move_fields.isHidden()
    assert box.currentIndex() == missed
    assert reread().appointment(held.id).status is AppointmentStatus.PLANNED
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert reread().appointment(held.id).status is AppointmentStatus.MISSED
    # A move chosen with Enter asks for its moment: the keyboard goes there.
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.currentData() == (AppointmentStatus.MOVED, Party.CLIENT)
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not panel.move_fields.isHidden()
    assert QApplication.focusWidget() is panel.moved_day.edit


def test_a_choice_browsed_to_is_chosen_before_everything_is_saved(
    qtbot, casebook, intake, reread
) -> None:
    """A lock, leaving the conversation or quitting saves with the box still holding the
    keyboard: the option shown is the coach's choice and is not lost (the flush settles it)."""
    follow_up = _follow_up(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.focus_side_tab(1)
    [row] = view.steps.earlier.rows
    qtbot.keyClick(row.status, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is row.status
    view.flush()
    assert [e.status for e in reread().step_history(row.step.id)] == [S.OPEN, S.DONE]
    view.flush()  # nothing browsed since: nothing said again
    assert len(reread().step_history(row.step.id)) == 2
