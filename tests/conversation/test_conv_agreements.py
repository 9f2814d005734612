"""The side panels: small steps, consents (withdrawal kept as history), the next appointment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.conversation import answer_consent, open_view
from tests.support.keyboard import retype, type_text
from tests.support.records import NOW

from intakecompanion.domain.model import ConsentDecision, ConsentForm, StepOwner, StepStatus
from intakecompanion.ui.shared.texts import format_date


def test_new_step_with_who_date_and_status(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.focus_side_tab(1)
    assert QApplication.focusWidget() is view.steps.add_button
    qtbot.keyClick(view.steps.add_button, Qt.Key.Key_Space)
    row = view.steps.rows[-1]
    assert QApplication.focusWidget() is row.what
    row.who.setCurrentIndex(row.who.findData(str(StepOwner.TOGETHER)))
    row.who.activated.emit(row.who.currentIndex())
    assert reread().steps(intake.id) == []  # a step is stored once it says what
    qtbot.keyClicks(row.what, "Samen naar het OCMW")
    retype(row.due, "16/3/2026")
    view.flush()
    [step] = reread().steps(intake.id)
    assert (step.what, step.who, step.due_date) == (
        "Samen naar het OCMW",
        StepOwner.TOGETHER,
        date(2026, 3, 16),
    )
    row.status.setCurrentIndex(row.status.findData(str(StepStatus.DONE)))
    row.status.activated.emit(row.status.currentIndex())
    assert reread().step(step.id).status is StepStatus.DONE
    row.due.edit.selectAll()
    qtbot.keyClick(row.due.edit, Qt.Key.Key_Backspace)  # empty: no date
    view.flush()
    assert reread().step(step.id).due_date is None


def test_steps_reload_and_delete_with_confirmation(qtbot, casebook, intake, reread) -> None:
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 3, 9))
    view = open_view(qtbot, casebook, intake.id)
    [row] = view.steps.rows
    assert row.what.text() == "Loonbrieven meebrengen"
    assert row.owner() is StepOwner.CLIENT
    assert row.due.value() == date(2026, 3, 9)
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert len(reread().steps(intake.id)) == 1
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert reread().steps(intake.id) == []


def test_record_and_withdraw_consent_keeps_history(qtbot, casebook, intake, reread) -> None:
    casebook.save_profile(casebook.profile().__class__(name="Noor Vermeulen"))
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    view.focus_side_tab(2)
    assert QApplication.focusWidget() is panel.recipient
    type_text(panel.recipient, "Dienst huisvesting")
    type_text(panel.information, "inkomen en schulden")
    type_text(panel.purpose, "aanvraag sociale huur")
    answer_consent(panel, "given", "written")
    assert panel.record() is True
    [consent] = reread().consents(intake.id)
    assert consent.decision is ConsentDecision.GIVEN and consent.form is ConsentForm.WRITTEN
    assert consent.recorded_by == "Noor Vermeulen"
    assert panel.recipient.text() == ""

    [card] = panel.cards
    assert card.withdraw_button is not None
    card.withdraw_button.setFocus()
    qtbot.keyClick(card.withdraw_button, Qt.Key.Key_Space)  # asked again on the button
    view.flush()
    assert reread().consents(intake.id)[0].withdrawn is None
    assert card.withdraw_button.text() == "Click again to withdraw"
    qtbot.keyClick(card.withdraw_button, Qt.Key.Key_Space)
    [after] = reread().consents(intake.id)
    assert after.withdrawn is not None and not after.in_force
    [card] = panel.cards
    assert card.withdraw_button is None
    assert QApplication.focusWidget() is card  # the keyboard stays on it, now withdrawn
    assert card.headline.text().startswith("Withdrawn")
    assert "Dienst huisvesting" in card.headline.text()  # still listed, with the date
    assert card.details.text().count("\n") >= 2


def test_refused_consent_has_nothing_to_withdraw(qtbot, casebook, intake) -> None:
    casebook.record_consent(
        intake.id,
        recipient="Werkgever",
        information="ziekteverzuim",
        purpose="re-integratie",
        decision=ConsentDecision.REFUSED,
        form=ConsentForm.ORAL,
    )
    view = open_view(qtbot, casebook, intake.id)
    [card] = view.consents.cards
    assert card.withdraw_button is None


def test_incomplete_consent_asks_politely_and_stores_nothing(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    type_text(panel.recipient, "Huisarts")
    assert panel.record() is False
    assert panel.message.text()
    assert QApplication.focusWidget() is panel.information
    assert casebook.consents(intake.id) == []


def test_consents_from_the_intake_can_be_withdrawn_in_a_follow_up(qtbot, casebook, intake) -> None:
    from tests.support.conversation import start

    from intakecompanion.domain.model import ConversationKind

    casebook.record_consent(
        intake.id,
        recipient="Schuldbemiddeling",
        information="schulden",
        purpose="afbetalingsplan",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    view = open_view(qtbot, casebook, follow_up.id)
    [card] = view.consents.cards
    assert card.withdraw_button is not None
    card.withdraw_button.click()
    card.withdraw_button.click()  # confirmed
    assert casebook.consents(intake.id)[0].withdrawn is not None


def test_appointment_is_stored_on_first_edit_and_reloads(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.appointment
    assert panel.appointment_id is None
    assert not panel.clear_button.isEnabled()
    retype(panel.day, "9/3/2026")
    type_text(panel.place, "Kantoor, lokaal 2")
    view.flush()
    stored = reread().conversation_appointment(intake.id)
    assert stored is not None
    assert stored.place == "Kantoor, lokaal 2"
    assert (stored.starts_at.date(), stored.starts_at.hour) == (date(2026, 3, 9), 10)
    view.close()

    again = open_view(qtbot, casebook, intake.id)
    assert again.appointment.place.text() == "Kantoor, lokaal 2"
    assert again.appointment.day.value() == date(2026, 3, 9)
    again.appointment.clear_button.click()
    again.appointment.clear_button.click()
    assert reread().conversation_appointment(intake.id) is None


def test_elapsed_clock_counts_minutes(qtbot, casebook, intake) -> None:
    from datetime import timedelta

    later = intake.started_at + timedelta(minutes=75)
    view = open_view(qtbot, casebook, intake.id, clock=lambda: later)
    assert view.clock.minutes() == 75
    assert "1:15" in view.clock.text()


def test_follow_up_records_how_the_previous_appointment_went(
    qtbot, casebook, intake, reread
) -> None:
    from datetime import datetime

    from tests.support.conversation import start

    from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party

    made = casebook.add_appointment(  # the day before: missed can be true of it (tour7)
        intake.client_id, datetime(2026, 3, 1, 10, 0).astimezone(), "Kantoor", "", intake.id
    )
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    view = open_view(qtbot, casebook, follow_up.id)
    combo = view.appointment.previous_status
    assert not combo.isHidden()
    combo.setCurrentIndex(combo.findText(combo.itemText(5)))  # missed by the coach
    combo.activated.emit(5)
    stored = reread().appointment(made.id)
    assert (stored.status, stored.status_by) == (AppointmentStatus.MISSED, Party.COACH)
    assert view.appointment.appointment_id is None  # the next one is a new appointment


def test_an_intake_has_no_previous_appointment(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    assert view.appointment.previous is None
    assert view.appointment.previous_status.isHidden()


def test_a_consent_valid_until_before_the_day_it_is_given_is_refused_and_kept_as_typed(
    qtbot, casebook, intake, reread
) -> None:
    """The tour (tour6 item 2): 'Geldig tot' typed as 3/11 on 1 December was recorded with
    only the 'already past' note, and the sheet told the client no consent was given."""
    view = open_view(qtbot, casebook, intake.id, clock=lambda: NOW)
    panel = view.consents
    view.focus_side_tab(2)
    type_text(panel.recipient, "Dienst huisvesting")
    type_text(panel.information, "inkomen")
    type_text(panel.purpose, "sociale huur")
    retype(panel.valid_until, "2/2/2026")
    answer_consent(panel)
    assert panel.record() is False
    assert panel.message.text() == (
        f"'Valid until' lies before the day the consent is given ({format_date(NOW.date())}): "
        "give a later date, or leave it empty."
    )
    assert panel.message.property("state") == "error"
    assert QApplication.focusWidget() is panel.valid_until.edit
    assert reread().consents(intake.id) == []
    assert panel.recipient.text() == "Dienst huisvesting"  # what was typed stays
    assert panel.valid_until.value() == date(2026, 2, 2)
    retype(panel.valid_until, "2/3/2026")  # the day itself is fine
    assert panel.record() is True
    [consent] = reread().consents(intake.id)
    assert consent.valid_until == date(2026, 3, 2) and consent.in_force
