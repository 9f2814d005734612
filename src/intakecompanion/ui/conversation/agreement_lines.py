"""One line of text per step, appointment or consent, in the interface language.

Shared by the client page, the coach's overview and the follow-up's lists, so a step reads the
same everywhere. Overdue is said in words and a symbol, never by colour alone. The lines are
plain text: the widgets that show them set Qt.TextFormat.PlainText.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    Consent,
    Step,
    StepOwner,
    StepStatus,
)
from intakecompanion.ui.shared.texts import fill, format_date, format_datetime, format_time

OVERDUE_MARK = "\u26a0"


def owner_label(owner: StepOwner) -> str:
    return {
        StepOwner.CLIENT: QCoreApplication.translate("AgreementLines", "client"),
        StepOwner.COACH: QCoreApplication.translate("AgreementLines", "coach"),
        StepOwner.TOGETHER: QCoreApplication.translate("AgreementLines", "together"),
    }[owner]


def is_overdue(step: Step, today: date) -> bool:
    """Open and past its date (a step done or dropped is never overdue)."""
    return step.status is StepStatus.OPEN and step.due_date is not None and step.due_date < today


def step_line(step: Step, today: date) -> str:
    """ "⚠ overdue: Bring the payslips (client, by 09-03-2026)"."""
    who = owner_label(step.who)
    if step.due_date is None:
        detail = fill(QCoreApplication.translate("AgreementLines", "%1, no date"), who)
    else:
        detail = fill(
            QCoreApplication.translate("AgreementLines", "%1, by %2"),
            who,
            format_date(step.due_date),
        )
    line = fill(QCoreApplication.translate("AgreementLines", "%1 (%2)"), step.what, detail)
    if is_overdue(step, today):
        return fill(
            QCoreApplication.translate("AgreementLines", "%1 overdue: %2"), OVERDUE_MARK, line
        )
    return line


def appointment_line(appointment: Appointment, time_only: bool = False) -> str:
    """ "02-03-2026 10:00, Sociaal huis" (only "10:00, ..." where the day is said already);
    an outcome recorded before it could be true (an old vault's, `outcome_too_early`: read as
    not recorded) says it is to be corrected."""
    when = (
        format_time(appointment.starts_at.astimezone().time())
        if time_only
        else format_datetime(appointment.starts_at)
    )
    if appointment.place:
        when = fill(QCoreApplication.translate("AgreementLines", "%1, %2"), when, appointment.place)
    if not appointment.outcome_too_early:
        return when
    if appointment.status is AppointmentStatus.KEPT:
        return fill(
            QCoreApplication.translate(
                "AgreementLines", "%1 (to correct: recorded as kept before it could take place)"
            ),
            when,
        )
    return fill(
        QCoreApplication.translate(
            "AgreementLines", "%1 (to correct: recorded as missed before it had begun)"
        ),
        when,
    )


def consent_line(consent: Consent) -> str:
    """ "To the housing service: income and debts (until 01-09-2026)"."""
    line = fill(
        QCoreApplication.translate("AgreementLines", "To %1: %2"),
        consent.recipient,
        consent.information,
    )
    if consent.valid_until is not None:
        return fill(
            QCoreApplication.translate("AgreementLines", "%1 (until %2)"),
            line,
            format_date(consent.valid_until),
        )
    return fill(QCoreApplication.translate("AgreementLines", "%1 (no end date)"), line)
