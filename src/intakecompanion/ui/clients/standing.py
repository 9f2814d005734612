"""What stands for a client, above their conversations: the open steps (what, who, by when;
one is ticked off here between conversations), the next appointment and how the last ones
went, the consents in force (and those that ended, said as ended), and an appointment's outcome
recorded before it could be true (an old vault), for the coach to correct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    ClientStanding,
    ConsentDecision,
)
from intakecompanion.ui.clients.outcome import OutcomeRow, outcome_words, unrecorded_line
from intakecompanion.ui.clients.step_ticks import StepTicks
from intakecompanion.ui.conversation.agreement_lines import (
    appointment_line,
    consent_line,
    step_line,
)
from intakecompanion.ui.shared.sheet_state import WARN_MARK
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel

MAX_LINES = 6  # per kind; the conversation holds the rest
EARLIER_APPOINTMENTS = 3  # the last ones with an outcome; the client's copy lists them all


def _lines(lines: list[str], more: str) -> str:
    shown = [f"\u2022 {line}" for line in lines[:MAX_LINES]]
    if len(lines) > MAX_LINES:
        shown.append(more)
    return "\n".join(shown)


class StandingPanel(QWidget):
    """Labelled lines of plain text; each label names its field for a screen reader. The
    consents that ended (given, not withdrawn, past their end date, none newer for the same
    sharing in force) have their own line, shown only when there are any."""

    def __init__(self, casebook: Casebook, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._client_id = client_id
        self.steps = self._field()
        self.appointment = self._field()
        self.earlier = self._field()
        self.consents = self._field()
        self.ended = self._field()
        self.too_early = self._field()
        # How the appointment without an outcome went, under the appointment's line.
        self.outcome = OutcomeRow(casebook, self)
        # A step ticked off between conversations, under the open steps.
        self.step_ticks = StepTicks(casebook, self)
        # A grid, not a QFormLayout: the form kept its fields' heights from before the style
        # sheet's fonts (the zoom) and cut a line of the open steps off at 200 %.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(1, 1)
        self._captions: dict[QLabel, QLabel] = {}
        for caption, field in (
            (self.tr("Open steps"), self.steps),
            (self.tr("Next appointment"), self.appointment),
            (self.tr("Earlier appointments"), self.earlier),
            (self.tr("Consents in force"), self.consents),
            (self.tr("Consents that ended"), self.ended),
            (self.tr("To correct"), self.too_early),
        ):
            row = layout.rowCount()
            label = PlainLabel(caption, self)
            label.setProperty("role", "section")
            label.setBuddy(field)
            layout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(field, row, 1)
            self._captions[field] = label
            if field is self.steps:  # its buttons right under it
                layout.addWidget(self.step_ticks, row + 1, 1)
            if field is self.appointment:
                layout.addWidget(self.outcome, row + 1, 1)

    def _field(self) -> PlainLabel:
        field = PlainLabel(parent=self)
        field.setWordWrap(True)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return field

    def reload(self) -> None:
        standing = self._casebook.client_standing(self._client_id)
        today = standing.at.date()
        more = self.tr("\u2026 and more in the conversations")
        steps = [step_line(step, today) for step in standing.open_steps]
        self._set(self.steps, _lines(steps, more) or self.tr("No open steps."))
        self.step_ticks.show_for(self._client_id, standing.open_steps, standing.step_noted, today)
        self._set(self.appointment, self._appointments(standing))
        appointments = standing.appointments
        self.outcome.show_for(
            self._client_id,
            standing.unrecorded or standing.next_appointment,
            standing.last_noted,
            plan_after=appointments[-1] if appointments else None,
            can_plan=standing.next_appointment is None,
        )
        earlier: list[str] = []
        for appointment in reversed(appointments):  # a heavy client has dozens: only 3 said
            line = self._earlier(appointment)
            if line:
                earlier.append(line)
                if len(earlier) == EARLIER_APPOINTMENTS:
                    break
        self._set(self.earlier, _lines(earlier, ""))
        self._show_row(self.earlier, bool(earlier))
        holding = {c.sharing for c in standing.consents_in_force}
        ended = [
            fill(self.tr("%1 \u2014 ended, no longer in force"), consent_line(c))
            for c in self._casebook.client_consents(self._client_id)
            if c.decision is ConsentDecision.GIVEN
            and c.withdrawn is None
            and c.expired_on(today)
            and c.sharing not in holding
        ]
        in_force = [consent_line(c) for c in standing.consents_in_force]
        self._set(self.consents, _lines(in_force, more) or self.tr("No consent in force."))
        self._set(self.ended, _lines(ended, more))
        self._show_row(self.ended, bool(ended))
        too_early = [self._too_early(a) for a in appointments]
        self._set(self.too_early, "\n".join(line for line in too_early if line))
        self._show_row(self.too_early, any(too_early))

    def _appointments(self, standing: ClientStanding) -> str:
        """The next appointment, and the one whose time passed with nothing recorded of it
        (said plainly, not hidden behind "no next appointment")."""
        coming = standing.next_appointment
        lines = [unrecorded_line(standing.unrecorded)] if standing.unrecorded else []
        if coming is not None:
            lines.append(appointment_line(coming))
        elif not lines:
            lines.append(self.tr("No next appointment."))
        return "\n".join(lines)

    def _earlier(self, appointment: Appointment) -> str:
        """ "08-12-2026 14:00: missed by the client", for an appointment whose outcome is
        known; "" for one still planned (or recorded too early: `_too_early` says it). Once
        the message of the moment is gone the coach still sees a pattern of missed ones
        (tour10 #8)."""
        known = appointment.known()
        if known.status is AppointmentStatus.PLANNED:
            return ""
        said = outcome_words(known)  # "" for kept, or an outcome stored without who
        if said:
            words = said[:1].lower() + said[1:]
        else:
            words = {
                AppointmentStatus.KEPT: self.tr("took place"),
                AppointmentStatus.MOVED: self.tr("moved"),
                AppointmentStatus.MISSED: self.tr("missed"),
                AppointmentStatus.CANCELLED: self.tr("cancelled"),
            }[known.status]
        return fill(self.tr("%1: %2"), format_datetime(known.starts_at), words)

    def _too_early(self, appointment: Appointment) -> str:
        """An outcome an old vault recorded before it could be true, said to the coach so she
        corrects it: the client's sheet and copy, this page and the counts read it as not
        recorded (`Appointment.known`). "" for any other appointment."""
        if not appointment.outcome_too_early or appointment.outcome_at is None:
            return ""
        if appointment.status is AppointmentStatus.KEPT:
            template = self.tr(
                "%1 The appointment of %2 was recorded as kept on %3, before it could have "
                "taken place. Until you correct that in the appointment tab, the sheet, the "
                "copy of the file and the counts take it as not recorded."
            )
        else:
            template = self.tr(
                "%1 The appointment of %2 was recorded as missed on %3, before it had begun. "
                "Until you correct that in the appointment tab, the sheet, the copy of the file "
                "and the counts take it as not recorded."
            )
        return fill(
            template,
            WARN_MARK,
            format_datetime(appointment.starts_at),
            format_datetime(appointment.outcome_at),
        )

    def caption_of(self, field: QLabel) -> QLabel:
        """The caption beside `field` (its buddy)."""
        return self._captions[field]

    def _show_row(self, field: QLabel, shown: bool) -> None:
        for widget in (field, self._captions[field]):
            widget.setVisible(shown)

    def _set(self, field: QLabel, text: str) -> None:
        field.setText(text)
        field.setAccessibleName(text)
