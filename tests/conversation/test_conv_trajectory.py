"""A follow-up works with what stands: the guide's items about steps, consents and the
appointment lead to those lists; the earlier open steps, consents in force and the appointment
this conversation is can be updated there."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QBoxLayout
from tests.support.conversation import choose_outcome, open_view, start
from tests.support.keyboard import retype
from tests.support.records import NOW

from intakecompanion.domain.model import (
    AppointmentStatus,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    Party,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.guide import builtin_guides
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.ui.conversation.steps import StepRow
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.shared.texts import format_date, format_datetime


def test_an_item_about_the_steps_leads_to_the_steps_list(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.show_phase(2)  # "Kleine stappen": its first item feeds the steps
    first, appointment = view.checklist.rows(2)
    assert first.link_button is not None and "Ctrl+3" in first.link_button.text()
    assert "Ctrl+3" in first.accessibleDescription()
    qtbot.mouseClick(first.link_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.steps
    assert QApplication.focusWidget() is view.steps.add_button
    assert appointment.link_button is not None
    qtbot.mouseClick(appointment.link_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.appointment
    assert view.checklist.rows(0)[0].link_button is None  # an item about nothing in particular


def test_the_follow_up_guide_leads_from_steps_and_promises_to_the_steps() -> None:
    guide = next(g for g in builtin_guides() if g.kind == "follow_up")
    assert guide.item("client_steps").feeds == "steps"  # "Overloop de stappen van de cliënt"
    assert guide.item("own_promises").feeds == "steps"  # "Ga na of je gedaan hebt wat je beloofde"


@pytest.fixture
def follow_up(casebook, intake):
    """A follow-up after an intake that agreed two steps (both past their date), a consent and
    this very appointment."""
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 2, 27))
    casebook.add_step(intake.id, "Huisvesting bellen", StepOwner.COACH, date(2026, 2, 28))
    casebook.add_step(intake.id, "Samen een cv maken", StepOwner.TOGETHER)
    casebook.record_consent(
        intake.id,
        recipient="Dienst huisvesting",
        information="inkomen",
        purpose="sociale huur",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        valid_until=date(2026, 9, 1),
    )
    casebook.add_appointment(intake.client_id, NOW, "bureau 2", conversation_id=intake.id)
    return start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)


def test_a_follow_up_lists_the_open_steps_and_ticks_one_done_there(
    qtbot, casebook, intake, follow_up, reread
) -> None:
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.focus_side_tab(1)
    rows = view.steps.earlier.rows
    assert [row.label.text() for row in rows] == [
        f"\u26a0 overdue: Loonbrieven meebrengen (client, by {format_date(date(2026, 2, 27))})",
        f"\u26a0 overdue: Huisvesting bellen (coach, by {format_date(date(2026, 2, 28))})",
        "Samen een cv maken (together, no date)",
    ]
    assert rows[0].label.textFormat() is Qt.TextFormat.PlainText
    assert QApplication.focusWidget() is rows[0].status  # keyboard first: straight to the list
    assert view.steps.rows == []  # none agreed here yet
    rows[0].status.setCurrentIndex(rows[0].status.findData(str(StepStatus.DONE)))
    rows[0].status.activated.emit(rows[0].status.currentIndex())
    step = reread().step(rows[0].step.id)
    assert step.status is StepStatus.DONE
    assert step.status_conversation_id == follow_up.id  # done in this conversation
    assert reread().step(rows[1].step.id).status is StepStatus.OPEN
    view.close()
    # Reopened later, the step ticked here is still shown here, as done.
    again = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    texts = {row.step.what: row.chosen() for row in again.steps.earlier.rows}
    assert texts["Loonbrieven meebrengen"] is StepStatus.DONE


def test_an_overdue_promise_of_the_coach_is_marked_in_the_conversation(
    qtbot, casebook, follow_up
) -> None:
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    button = view.promises_button
    assert button.isVisible()
    assert button.text().startswith("\u26a0 1 promise")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.steps
    coach_row = view.steps.earlier.rows[1]
    coach_row.status.setCurrentIndex(coach_row.status.findData(str(StepStatus.DONE)))
    coach_row.status.activated.emit(coach_row.status.currentIndex())
    assert not button.isVisible()


def test_an_overdue_step_to_do_together_is_one_of_the_coachs_promises_in_the_header(
    qtbot, casebook, intake, follow_up
) -> None:
    """Tour7 item 3: the client list counts a 'together' step past its date as the coach's
    promise; the conversation's header says the same, before and after the steps tab is made."""
    together = casebook.add_step(intake.id, "Samen bellen", StepOwner.TOGETHER, date(2026, 3, 1))
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    button = view.promises_button
    assert button.text().startswith("\u26a0 2 promise")  # as stored: the tab is not made yet
    view.focus_side_tab(1)
    [row] = [r for r in view.steps.earlier.rows if r.step.id == together.id]
    row.status.setCurrentIndex(row.status.findData(str(StepStatus.DONE)))
    row.status.activated.emit(row.status.currentIndex())
    assert button.text().startswith("\u26a0 1 promise")


def test_a_follow_up_withdraws_a_consent_in_force_and_marks_its_appointment_kept(
    qtbot, casebook, follow_up, reread
) -> None:
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    [card] = view.consents.cards
    assert card.headline.text().startswith("In force")
    assert f"Valid until {format_date(date(2026, 9, 1))}" in card.details.text()
    assert card.withdraw_button is not None
    for _confirmed in range(2):
        qtbot.mouseClick(card.withdraw_button, Qt.MouseButton.LeftButton)
    [consent] = reread().client_consents(follow_up.client_id)
    assert consent.withdrawals[-1].conversation_id == follow_up.id

    panel = view.appointment
    assert panel.previous is not None and panel.previous.place == "bureau 2"
    choices = panel.previous_status
    [kept] = [i for i in range(choices.count()) if choices.itemData(i)[0] is AppointmentStatus.KEPT]
    assert "this conversation" in choices.itemText(kept)
    panel.previous_status.setCurrentIndex(kept)
    panel.previous_status.activated.emit(kept)
    appointment = reread().appointment(panel.previous.id)
    assert appointment.status is AppointmentStatus.KEPT
    assert appointment.held_in == follow_up.id


def test_a_step_ticked_done_is_no_longer_said_to_be_overdue(qtbot, casebook, follow_up) -> None:
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    row = view.steps.earlier.rows[0]
    assert row.label.text().startswith("\u26a0 overdue") and row.property("overdue") == "true"
    row.status.setCurrentIndex(row.status.findData(str(StepStatus.DONE)))
    row.status.activated.emit(row.status.currentIndex())
    assert row.label.text().startswith("Loonbrieven meebrengen")
    assert row.property("overdue") == "false"
    assert row.status.accessibleName().endswith(row.label.text())


def test_the_closing_step_reminds_of_the_appointment_not_yet_marked_kept(
    qtbot, casebook, follow_up
) -> None:
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.show_phase(view.closing_index)
    assert "is not marked kept yet" in view.closing.appointment.text()
    [held] = casebook.appointments(follow_up.client_id)
    casebook.mark_kept(held.id, follow_up.id)
    view.refresh_closing()
    assert "marked kept" not in view.closing.appointment.text()


def test_an_earlier_conversation_does_not_list_steps_agreed_later(
    qtbot, casebook, intake, follow_up
) -> None:
    casebook.add_step(follow_up.id, "Later afgesproken", StepOwner.CLIENT)
    view = open_view(qtbot, casebook, intake.id, clock=lambda: NOW)
    assert view.steps.earlier.rows == []
    assert [row.what.text() for row in view.steps.rows] == [
        "Loonbrieven meebrengen",
        "Huisvesting bellen",
        "Samen een cv maken",
    ]


def test_a_follow_up_records_to_which_moment_its_appointment_was_moved(
    qtbot, casebook, follow_up, reread
) -> None:
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.moved_to is None
    assert not panel.move_fields.isVisible()
    choose_outcome(panel, AppointmentStatus.MOVED, Party.CLIENT)
    assert panel.move_fields.isVisible()
    assert QApplication.focusWidget() is panel.moved_day.edit  # keyboard: to the new date
    assert reread().appointment(panel.previous.id).status is AppointmentStatus.PLANNED
    retype(panel.moved_day, "9/3/2026")
    retype(panel.moved_time, "14u30")
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)

    book = reread()
    old = book.appointment(panel.previous.id)
    assert old.status is AppointmentStatus.MOVED and old.status_by is Party.CLIENT
    assert old.moved_to is not None
    new = book.appointment(old.moved_to)
    moment = datetime(2026, 3, 9, 14, 30).astimezone()
    assert new.status is AppointmentStatus.PLANNED and new.starts_at == moment
    assert new.place == "bureau 2"
    assert book.next_appointment(follow_up.client_id, at=NOW) == new
    assert panel.moved_label.text() == f"Moved to {format_datetime(moment)}"
    assert panel.moved_label.textFormat() is Qt.TextFormat.PlainText
    assert not panel.move_fields.isVisible()
    assert panel.appointment_id == new.id  # it is this conversation's next appointment now
    view.close()
    again = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    again.tabs.setCurrentWidget(again.appointment)
    assert again.appointment.moved_label.text() == f"Moved to {format_datetime(moment)}"
    assert again.appointment.moved_label.isVisible()
    assert len(reread().appointments(follow_up.client_id)) == 2  # no duplicate made


def _move_with_keyboard_choices(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    """'Moved by the client', the new moment typed, 'Record the move' pressed with Space (as
    the tour did it: the button has the keyboard when it is pressed)."""
    choose_outcome(panel, AppointmentStatus.MOVED, Party.CLIENT)
    retype(panel.moved_day, "9/3/2026")
    retype(panel.moved_time, "14u30")
    panel.move_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.move_button, Qt.Key.Key_Space)


def test_a_sheet_handed_over_says_it_is_out_of_date_once_its_appointment_is_moved(
    qtbot, casebook, intake, follow_up
) -> None:
    """The tour (rough6 item 1): the intake's sheet named the appointment; moved in the
    follow-up ('Verzetting vastleggen'), nothing said the sheet the client took home was
    wrong now. The appointment tab, the closing step and the summary dialog say so."""
    summary = build_summary(casebook, intake.id, "nl")
    assert summary.appointment is not None
    sheet = record_handed_sheet(casebook, intake.id, summary, SheetMedium.PRINT)
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    assert "out of date" not in panel.status.text()
    view.show_phase(view.closing_index)
    assert "out of date" not in view.closing.sheet.text()
    view.tabs.setCurrentWidget(view.appointment)

    _move_with_keyboard_choices(qtbot, panel)
    assert panel.previous is not None and panel.previous.moved_to is not None
    handed = format_datetime(sheet.handed_at)
    warning = (
        f"\u26a0 The client's sheet handed over on {handed} is out of date: its appointment "
        "was moved, cancelled, removed or changed since. Give a new one (Ctrl+P)."
    )
    assert panel.status.text().endswith(warning)
    view.show_phase(0)
    view.show_phase(view.closing_index)  # the closing step states what is stored when shown
    assert view.closing.sheet.text().endswith(warning)
    dialog = SummaryDialog(casebook, intake.id, view)
    qtbot.addWidget(dialog)
    assert dialog.handed.itemText(0).endswith(
        "(out of date: its appointment was moved, cancelled, removed or changed since)"
    )

    # A new sheet of the follow-up states the new moment: nothing is out of date any more.
    fresh = build_summary(casebook, follow_up.id, "nl")
    record_handed_sheet(casebook, follow_up.id, fresh, SheetMedium.PRINT)
    view.close()
    again = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    assert "out of date" not in again.appointment.status.text()


def test_after_recording_the_move_the_keyboard_stays_on_the_appointment_it_moved(
    qtbot, casebook, follow_up
) -> None:
    """The tour (rough6 item 6): after 'Verzetting vastleggen' the button that had the
    keyboard is hidden, and the keyboard landed elsewhere ('Terug naar de cliënt' once). It
    stays in the panel, on the moved appointment's choice, with its new moment under it."""
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    _move_with_keyboard_choices(qtbot, panel)
    assert panel.moved_label.isVisible() and not panel.move_fields.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.previous_status)


def test_the_closing_step_beside_the_appointment_tab_states_the_move_at_once(
    qtbot, casebook, intake, follow_up
) -> None:
    """Tried under Xvfb (rough6): with 'Afronden' shown, a move recorded in the side panel
    left the closing step naming the old moment and a sheet still true, until another phase
    was chosen and this one again."""
    record_handed_sheet(
        casebook, intake.id, build_summary(casebook, intake.id, "nl"), SheetMedium.PRINT
    )
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.show_phase(view.closing_index)
    view.tabs.setCurrentWidget(view.appointment)
    assert "out of date" not in view.closing.sheet.text()
    _move_with_keyboard_choices(qtbot, view.appointment)
    moment = format_datetime(datetime(2026, 3, 9, 14, 30).astimezone())
    assert f"Next appointment: {moment}" in view.closing.appointment.text()
    assert "is out of date: its appointment was moved" in view.closing.sheet.text()


def test_the_appointment_tab_says_the_sheet_is_out_of_date_once_a_note_on_it_is_made_internal(
    qtbot, casebook, intake
) -> None:
    """Review 6: made internal in the notes tab, a note on the sheet the client holds made the
    closing step say the sheet was out of date, but the appointment tab, shown next, did not."""
    casebook.add_note(intake.id, "Schulden bij broer", shared=True)
    record_handed_sheet(
        casebook, intake.id, build_summary(casebook, intake.id, "nl"), SheetMedium.PRINT
    )
    view = open_view(qtbot, casebook, intake.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    assert "out of date" not in view.appointment.status.text()
    view.tabs.setCurrentWidget(view.notes)
    [card] = view.notes.cards
    card.switch.click()
    assert view.saver.flush()
    view.tabs.setCurrentWidget(view.appointment)
    assert view.appointment.status.text().endswith(
        "is out of date: a note on it is no longer shared with the client. Give a new one (Ctrl+P)."
    )


def test_in_a_narrow_row_a_steps_date_in_words_stands_under_its_own_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The tour (174a): with who, by when and status one under the other, "lundi 21 décembre"
    stood under "Statut", away from its date. Under the date field; across the row again once
    the fields stand side by side."""
    row = StepRow(1, None)
    qtbot.addWidget(row)
    row.due.set_value(date(2026, 12, 21))
    row.resize(row.minimumSizeHint().width(), 400)
    row.show()
    qtbot.waitExposed(row)
    label = row.due.reading_label
    qtbot.waitUntil(lambda: row._fields.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: label.geometry().top() < row.status.geometry().top())
    assert label.isVisible() and label.text()
    assert row.due.geometry().bottom() < label.geometry().top()
    row.resize(1200, 400)
    qtbot.waitUntil(lambda: row._fields.direction() == QBoxLayout.Direction.LeftToRight)
    qtbot.waitUntil(lambda: label.geometry().top() > row.status.geometry().bottom())
    assert label.width() > row.due.width()  # across the row
