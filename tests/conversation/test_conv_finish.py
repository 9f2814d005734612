"""Finishing a conversation: the closing step after the last phase states what is open, the
next appointment and the sheet; finishing stores the end time and the duration stops."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.conversation import answer_consent, open_view, start
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConversationEventKind,
    ConversationKind,
    ItemState,
    SheetMedium,
)
from intakecompanion.ui.shared.texts import format_datetime


def test_closing_step_follows_the_last_phase_and_lists_what_is_open(
    qtbot, casebook, intake
) -> None:
    casebook.set_item_state(intake.id, "welcome-on-time", ItemState.DONE)
    view = open_view(qtbot, casebook, intake.id)
    for _ in range(view.phase_count + 1):  # one more: it stays on the closing step
        qtbot.keyClick(view.checklist, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_phase == view.closing_index == view.phase_count == 3
    assert view.center.currentWidget() is view.closing
    assert QApplication.focusWidget() is view.closing.finish_button
    heading = view.closing.items_heading.text()
    assert heading.startswith("\u26a0 6 item")  # 7 items, one done
    assert "Op tijd en voorbereid" not in view.closing.items.text()
    assert "Beroepsgeheim\n    \u2022 Leg het beroepsgeheim uit" in view.closing.items.text()
    assert "No next appointment yet" in view.closing.appointment.text()
    assert "\u26a0" in view.closing.appointment.text()  # said with a symbol, not colour only


def test_finishing_stores_the_end_time_and_stops_the_clock(
    qtbot, raw_key_vault, intake, reread
) -> None:
    moments = [NOW + timedelta(minutes=25)]
    casebook = Casebook(raw_key_vault, clock=lambda: moments[0])
    view = open_view(qtbot, casebook, intake.id, clock=lambda: moments[0])
    assert view.clock.minutes() == 25
    view.show_phase(view.closing_index)
    qtbot.mouseClick(view.closing.finish_button, Qt.MouseButton.LeftButton)
    stored = reread().conversation(intake.id)
    assert stored.ended_at == NOW + timedelta(minutes=25)
    moments[0] = NOW + timedelta(hours=2)
    view.clock.refresh()
    assert view.clock.minutes() == 25  # the duration stopped
    assert not view.clock._timer.isActive()
    assert view.finished_banner.isVisible()
    assert "finished" in view.closing.state.text()
    assert not view.closing.finish_button.isVisible()
    # Kept as it was: a tick no longer changes anything.
    row = view.checklist.rows(0)[0]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Space)
    assert reread().answers(intake.id) == {}
    assert not view.steps.add_button.isEnabled()
    assert view.notes.add_button.isEnabled() is False


def test_a_finished_conversation_opens_read_only(qtbot, casebook, intake, reread) -> None:
    casebook.set_last_phase(intake.id, "finish")
    casebook.finish_conversation(intake.id)
    view = open_view(qtbot, casebook, intake.id)
    assert view.current_phase == view.closing_index  # where the coach left it
    assert view.finished_banner.isVisible()
    assert view.consents.recipient.isReadOnly()
    assert not view.consents.record_button.isEnabled()
    assert view.finished_banner.reopen_button.isEnabled()
    with qtbot.waitSignal(view.reopened):
        qtbot.mouseClick(view.finished_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert reread().conversation(intake.id).is_open
    kinds = [event.kind for event in reread().conversation_events(intake.id)]
    assert kinds == [ConversationEventKind.FINISHED, ConversationEventKind.REOPENED]


def test_a_conversation_opens_at_the_phase_where_the_coach_left_it(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    assert view.current_phase == 0
    view.focus_checklist()
    qtbot.keyClick(
        view.checklist.rows(0)[0], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(
        view.checklist.rows(1)[0], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert view.flush()
    assert reread().conversation(intake.id).last_phase == "steps"
    view.close()
    again = open_view(qtbot, casebook, intake.id)
    assert again.current_phase == 2
    assert again.checklist.currentIndex() == 2


def test_the_closing_step_says_when_the_sheet_was_handed_over(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.show_phase(view.closing_index)
    assert "not printed" in view.closing.sheet.text()
    casebook.record_handed_sheet(intake.id, "nl", SheetMedium.PRINT, "{}")
    view.refresh_closing()
    assert "\u2713 The client's sheet was printed or saved on" in view.closing.sheet.text()


def test_the_closing_step_names_the_next_appointment_made_in_an_earlier_conversation(
    qtbot, casebook, intake
) -> None:
    """Review finding 3: the closing step of a follow-up warned 'No next appointment yet'
    while the one made at the intake stood (and the sheet named it)."""
    casebook.add_appointment(
        intake.client_id, NOW + timedelta(days=14), "Lokaal 2", "Noor", intake.id
    )
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    view = open_view(qtbot, casebook, follow_up.id)
    view.show_phase(view.closing_index)
    said = view.closing.appointment.text()
    assert said.startswith("\u2713") and "Next appointment:" in said and "Lokaal 2" in said


def test_finishing_waits_for_a_consent_typed_but_not_recorded(
    qtbot, casebook, intake, reread
) -> None:
    """Review finding 11: text typed in the consent form but not recorded became read-only at
    finish and was lost. The closing step says so and does not finish until it is recorded."""
    view = open_view(qtbot, casebook, intake.id)
    view.consents.recipient.setText("Huisarts")
    view.show_phase(view.closing_index)
    qtbot.mouseClick(view.closing.finish_button, Qt.MouseButton.LeftButton)
    assert reread().conversation(intake.id).is_open
    said = view.closing.state.text()
    assert said.startswith("\u26a0") and "consent form" in said and view.closing.state.isVisible()
    assert view.consents.recipient.isEnabled() and not view.consents.recipient.isReadOnly()
    view.consents.information.setText("Gezondheid")
    view.consents.purpose.setText("Zorg")
    answer_consent(view.consents)
    assert view.consents.record()
    qtbot.mouseClick(view.closing.finish_button, Qt.MouseButton.LeftButton)
    assert not reread().conversation(intake.id).is_open
    assert [c.recipient for c in reread().consents(intake.id)] == ["Huisarts"]


def test_a_follow_ups_closing_step_promises_only_the_intakes_items_come_back(
    qtbot, casebook, intake
) -> None:
    """The tour: a follow-up's closing step said all its open items 'come back in the next
    conversation', but only those left open from the intake are carried over; the follow-up's
    own items are not."""
    for item_id in ("welcome-on-time", "welcome-invite", "secrecy-explain", "steps-first"):
        casebook.set_item_state(intake.id, item_id, ItemState.DONE)  # three stay open
    first = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    left_open = casebook.carried_over_items(first.id)
    assert len(left_open) == 3
    view = open_view(qtbot, casebook, first.id)
    view.show_phase(view.closing_index)
    own = sum(
        len(view.checklist.open_items(i))
        for i, page in enumerate(view.checklist.pages)
        if not page.is_carried_over
    )
    assert own > 0
    heading = view.closing.items_heading.text()
    assert heading.startswith(f"\u26a0 {own + 3} item")
    assert "Those left open from the intake come back in the next conversation" in heading
    casebook.finish_conversation(first.id)

    second = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)  # the promise kept
    assert casebook.carried_over_items(second.id) == left_open
    for item_id in left_open:
        casebook.set_item_state(second.id, item_id, ItemState.DONE)
    view = open_view(qtbot, casebook, second.id)
    view.show_phase(view.closing_index)
    heading = view.closing.items_heading.text()
    assert heading.startswith(f"\u26a0 {own} item")
    assert "come back" not in heading and heading.endswith("still open:")


def test_an_intakes_closing_step_says_its_open_items_come_back(qtbot, casebook, intake) -> None:
    """The tour: an intake's closing step said its open items 'come back in the next
    conversation', but one never touched did not. Now every one does: those answered in the
    intake on the follow-up's first page, those never touched on a page after its own."""
    casebook.set_item_note(intake.id, "secrecy-notes", "nog niet aan toe gekomen")
    view = open_view(qtbot, casebook, intake.id)
    view.show_phase(view.closing_index)
    heading = view.closing.items_heading.text()
    assert "They stay open and come back in the next conversation" in heading
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)  # all of them
    carried = open_view(qtbot, casebook, follow_up.id)
    said = [text for _phase, text in view.closing_facts().open_items]
    pages = carried.checklist.pages
    first, last = pages[0], pages[-1]
    assert first.is_carried_over and [item.id for item in first.items] == ["secrecy-notes"]
    assert last.is_carried_over and len(last.items) == 6
    came_back = carried.checklist.open_items(0) + carried.checklist.open_items(len(pages) - 1)
    assert sorted(came_back) == sorted(said) and len(said) == 7


def test_a_conversation_left_open_to_a_later_day_says_since_when_not_a_duration_of_days(
    qtbot, raw_key_vault, intake
) -> None:
    """tour8 #7: a follow-up left open on 7 January at 14:05 and opened again later showed
    'Duur 47:59' and 'Durée 139:55', read as minutes and seconds, or as days spent talking."""
    moments = [NOW + timedelta(days=2, hours=3)]
    casebook = Casebook(raw_key_vault, clock=lambda: moments[0])
    view = open_view(qtbot, casebook, intake.id, clock=lambda: moments[0])
    started = format_datetime(intake.started_at)
    assert view.clock.text() == f"Open since {started}"
    assert view.clock.accessibleName() == f"Open since {started}"
    assert not view.clock._timer.isActive()
    view.show_phase(view.closing_index)
    qtbot.mouseClick(view.closing.finish_button, Qt.MouseButton.LeftButton)
    assert view.clock.text() == f"From {started} to {format_datetime(moments[0])}"


def test_a_conversation_on_the_day_it_started_shows_its_duration(
    qtbot, raw_key_vault, intake
) -> None:
    casebook = Casebook(raw_key_vault, clock=lambda: NOW + timedelta(minutes=75))
    view = open_view(qtbot, casebook, intake.id, clock=lambda: NOW + timedelta(minutes=75))
    assert view.clock.text() == "Duration 1:15"
    assert view.clock._timer.isActive()


def field_colour(field: QWidget) -> QColor:
    """The colour most painted inside `field` halfway down: its background."""
    QApplication.processEvents()
    image = field.grab().toImage()
    line = [image.pixelColor(x, field.height() // 2).rgb() for x in range(field.width())]
    return QColor.fromRgb(Counter(line).most_common(1)[0][0])


def test_a_finished_conversations_fields_do_not_look_like_fields_to_type_in(  # type: ignore[no-untyped-def]
    qtbot, casebook, intake, app_stylesheet
) -> None:
    """The tour (42, 43): in a finished conversation the appointment's fields were white, as
    fields to type in are, and the coach clicked into them to change the place. They take the
    window's colour; those of an open conversation stay white."""
    casebook.finish_conversation(intake.id)
    view = open_view(qtbot, casebook, intake.id)
    view.show()
    view.focus_side_tab(3)
    panel = view.appointment
    assert panel.place.isReadOnly()
    window = view.palette().color(QPalette.ColorRole.Window)
    assert field_colour(panel.place) == window
    assert field_colour(panel.with_whom) == window
    casebook.reopen_conversation(intake.id)
    reopened = open_view(qtbot, casebook, intake.id)
    reopened.show()
    reopened.focus_side_tab(3)
    assert field_colour(reopened.appointment.place) != window
