"""The appointment a conversation proposes, and the one proposed from the client page or the
overview after a no-show, is never on a weekend or a Belgian public holiday (tour9 #20: a
week after 18 December 2026 was proposed: Friday 25 December)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from tests.support.conversation import open_view

from intakecompanion.ui.shared.outcomes import a_week_later


@pytest.mark.parametrize(
    ("today", "proposed"),
    [
        (date(2026, 12, 18), date(2026, 12, 28)),  # 25 December, then the weekend
        (date(2027, 3, 22), date(2027, 3, 30)),  # Easter Monday
        (date(2027, 4, 29), date(2027, 5, 7)),  # Ascension
        (date(2026, 12, 16), date(2026, 12, 23)),  # an ordinary week
    ],
)
def test_the_next_appointment_is_proposed_on_a_working_day(
    qtbot, casebook, intake, today: date, proposed: date
) -> None:
    now = datetime(today.year, today.month, today.day, 9, 0).astimezone()
    view = open_view(qtbot, casebook, intake.id, clock=lambda: now)
    panel = view.appointment
    assert panel.day.value() == proposed
    assert panel.moved_day.value() == proposed


def test_a_new_appointment_after_one_not_held_is_proposed_on_a_working_day(
    casebook, intake
) -> None:
    missed = casebook.add_appointment(intake.client_id, datetime(2027, 4, 29, 14, 30).astimezone())
    assert a_week_later(missed, date(2027, 4, 29)) == datetime(2027, 5, 7, 14, 30).astimezone()
    assert a_week_later(None, date(2026, 12, 18)) == datetime(2026, 12, 28, 10, 0).astimezone()
