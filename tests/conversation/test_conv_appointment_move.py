"""Moving the appointment a follow-up is, while in it (tour6 item 1): the meeting did not take
place then and takes place at the new moment. The appointment tab, the client page, the
show-the-client view (F11) and the sheet name one and the same next appointment, after each
edit and after the conversation is opened again."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from tests.support.conversation import open_view, start
from tests.support.keyboard import retype
from tests.support.records import NOW

from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.sheet import fixed_text, summary_html
from intakecompanion.summary.texts import long_date
from intakecompanion.ui.shared.texts import format_datetime


def _follow_up_at_its_appointment(casebook, intake):  # type: ignore[no-untyped-def]
    casebook.add_appointment(intake.client_id, NOW, "bureau 2", conversation_id=intake.id)
    return start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)


def _choose(panel, status, by) -> None:  # type: ignore[no-untyped-def]
    choices = panel.previous_status
    [index] = [i for i in range(choices.count()) if choices.itemData(i) == (status, by)]
    choices.setCurrentIndex(index)
    choices.activated.emit(index)


def _sheet_says(casebook, conversation_id):  # type: ignore[no-untyped-def]
    summary = build_summary(casebook, conversation_id, "en")
    assert summary.appointment is not None
    return summary


def test_moving_this_appointment_after_setting_the_next_one_leaves_one_next_appointment(
    qtbot, casebook, intake, reread
) -> None:
    """The tour: next appointment set to tomorrow 10:00, then this appointment 'moved by the
    client' to Thursday 9:00. The tab kept tomorrow, the sheet said tomorrow too, and opened
    again the tab showed Thursday under 'Previous appointment (…) missed'."""
    follow_up = _follow_up_at_its_appointment(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    retype(panel.day, "3/3/2026")  # tomorrow
    retype(panel.time, "10u")
    view.saver.flush()
    assert panel.appointment_id is not None
    _choose(panel, AppointmentStatus.MOVED, Party.CLIENT)
    retype(panel.moved_day, "5/3/2026")  # Thursday
    retype(panel.moved_time, "9u")
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)

    thursday = datetime(2026, 3, 5, 9, 0).astimezone()
    book = reread()
    planned = [
        a for a in book.appointments(follow_up.client_id) if a.status is AppointmentStatus.PLANNED
    ]
    assert [a.starts_at for a in planned] == [thursday]  # one meeting to come, not two
    [this] = [a for a in book.appointments(follow_up.client_id) if a.starts_at == NOW]
    assert this.status is AppointmentStatus.MOVED and this.moved_to == planned[0].id
    # The tab: the move and the next appointment are that one moment.
    assert panel.moved_label.text() == f"Moved to {format_datetime(thursday)}"
    assert panel.starts_at() == thursday
    assert panel.appointment_id == planned[0].id
    # The client page and the sheet (and F11, built from the same summary) say the same.
    assert book.client_standing(follow_up.client_id, NOW).next_appointment == planned[0]
    summary = _sheet_says(casebook, follow_up.id)
    assert summary.appointment.when.startswith("Thursday 5 March 2026")
    # It did not take place today: the sheet does not say we met, but that it was moved.
    date_sentence = summary.date_sentence()
    assert "met" not in date_sentence
    assert date_sentence == f"Our appointment of {long_date('en', NOW.date())} was moved."
    page = summary_html(summary)
    assert fixed_text(date_sentence) in page
    assert fixed_text(summary.kind) not in page  # not "this was a follow-up conversation"

    view.close()
    again = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    again.tabs.setCurrentWidget(again.appointment)
    reopened = again.appointment
    assert reopened.previous is not None and reopened.previous.id == this.id  # this one
    assert reopened.previous_status.currentData() == (AppointmentStatus.MOVED, Party.CLIENT)
    assert reopened.moved_label.text() == f"Moved to {format_datetime(thursday)}"
    assert reopened.starts_at() == thursday
    assert reopened.appointment_id == planned[0].id


def test_changing_the_next_appointment_after_the_move_changes_the_move_everywhere(
    qtbot, casebook, intake, reread
) -> None:
    """The tour in French: the move recorded first, then the next appointment's date changed;
    the tab said 'Moved to' the old moment while F11 showed an appointment the tab no longer
    showed. The moved-to appointment is the next appointment: one edit moves both."""
    follow_up = _follow_up_at_its_appointment(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    _choose(panel, AppointmentStatus.MOVED, Party.CLIENT)
    retype(panel.moved_day, "5/3/2026")
    retype(panel.moved_time, "9u")
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    retype(panel.day, "6/3/2026")
    view.saver.flush()

    friday = datetime(2026, 3, 6, 9, 0).astimezone()
    book = reread()
    planned = [
        a for a in book.appointments(follow_up.client_id) if a.status is AppointmentStatus.PLANNED
    ]
    assert [a.starts_at for a in planned] == [friday]
    assert panel.moved_label.text() == f"Moved to {format_datetime(friday)}"
    assert _sheet_says(casebook, follow_up.id).appointment.when.startswith("Friday 6 March")


def test_a_next_appointment_in_the_past_is_not_said_to_go_on_the_sheet(
    qtbot, casebook, intake
) -> None:
    """The tour: the next appointment's date changed to '3/11' (past) said 'Recorded; it goes
    on the client's sheet' while no sheet names a past appointment."""
    follow_up = _follow_up_at_its_appointment(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    retype(panel.day, "3/3/2026")
    view.saver.flush()
    assert panel.status.text().startswith("Recorded; it goes on the client's sheet.")
    retype(panel.day, "2/2/2026")
    view.saver.flush()
    assert build_summary(casebook, follow_up.id, "en").appointment is None
    assert panel.status.text().startswith(
        "Recorded, but it lies in the past: it is not on the client's sheet."
    )


def test_a_meeting_kept_still_says_we_met(casebook, intake) -> None:
    follow_up = _follow_up_at_its_appointment(casebook, intake)
    [appointment] = casebook.appointments(intake.client_id)
    casebook.mark_kept(appointment.id, follow_up.id)
    summary = build_summary(casebook, follow_up.id, "en")
    assert summary.date_sentence() == f"We met on {long_date('en', NOW.date())}."


def test_who_moved_it_changed_keeps_the_moment_and_kept_after_all_shows_no_move(
    qtbot, casebook, intake, reread
) -> None:
    """'Moved by the coach' after 'moved by the client' was recorded lost the moment it was
    moved to; 'Kept' after a move left 'Moved to …' standing in the tab."""
    follow_up = _follow_up_at_its_appointment(casebook, intake)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    _choose(panel, AppointmentStatus.MOVED, Party.CLIENT)
    retype(panel.moved_day, "5/3/2026")
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    moved_to = panel.appointment_id
    _choose(panel, AppointmentStatus.MOVED, Party.COACH)
    this = reread().appointment(panel.previous.id)
    assert this.status_by is Party.COACH and this.moved_to == moved_to
    assert panel.moved_label.isVisible()
    _choose(panel, AppointmentStatus.KEPT, None)
    assert reread().appointment(this.id).held_in == follow_up.id
    assert not panel.moved_label.isVisible()
    assert build_summary(casebook, follow_up.id, "en").met


def _planned(book, client_id):  # type: ignore[no-untyped-def]
    return [a for a in book.appointments(client_id) if a.status is AppointmentStatus.PLANNED]


@pytest.mark.parametrize("earlier_day", [6, -4], ids=["still to come", "already past"])
def test_moving_an_earlier_appointment_after_setting_the_next_one_leaves_one_next_appointment(
    qtbot, casebook, intake, reread, earlier_day
) -> None:
    """sheets7 item 3: in a follow-up that is no appointment (the client dropped by), the next
    appointment set to tomorrow 10:00, then the appointment made in the intake ('Previous
    appointment') moved by the client to Thursday 9:00. A second appointment was added: two
    planned, the tab naming tomorrow as the next, the client page and the sheet the earliest.
    Moving it means that appointment takes place at the new moment: it is the one next
    appointment, in the tab, on the client page, on the sheet and opened again."""
    earlier = casebook.add_appointment(
        intake.client_id, NOW + timedelta(days=earlier_day), "bureau 2", conversation_id=intake.id
    )
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.id == earlier.id
    retype(panel.day, "3/3/2026")  # tomorrow
    retype(panel.time, "10u")
    view.saver.flush()
    made_here = panel.appointment_id
    assert made_here is not None
    _choose(panel, AppointmentStatus.MOVED, Party.CLIENT)
    retype(panel.moved_day, "5/3/2026")  # Thursday
    retype(panel.moved_time, "9u")
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)

    thursday = datetime(2026, 3, 5, 9, 0).astimezone()
    book = reread()
    [coming] = _planned(book, follow_up.client_id)  # one meeting to come, not two
    assert coming.starts_at == thursday and coming.id == made_here
    assert coming.place == "bureau 2" and panel.place.text() == "bureau 2"  # none typed here
    moved = book.appointment(earlier.id)
    assert moved.status is AppointmentStatus.MOVED and moved.moved_to == coming.id
    assert panel.moved_label.text() == f"Moved to {format_datetime(thursday)}"
    assert panel.starts_at() == thursday and panel.appointment_id == coming.id
    assert book.client_standing(follow_up.client_id, NOW).next_appointment == coming
    summary = _sheet_says(casebook, follow_up.id)
    assert summary.appointment.when.startswith("Thursday 5 March 2026")
    assert summary.met  # this conversation was no appointment: it took place as a talk

    view.close()
    again = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    again.tabs.setCurrentWidget(again.appointment)
    reopened = again.appointment
    assert reopened.previous is not None and reopened.previous.id == earlier.id
    assert reopened.previous_status.currentData() == (AppointmentStatus.MOVED, Party.CLIENT)
    assert reopened.moved_label.text() == f"Moved to {format_datetime(thursday)}"
    assert reopened.starts_at() == thursday and reopened.appointment_id == coming.id
