"""How an appointment went, in the coach's words: the outcomes the follow-up's choice box offers
and the client page's and the overview's menu records (`OutcomeButton`), and the dialog that
asks a moment outside a conversation (to which an appointment was moved, the next one)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.model import Appointment, AppointmentStatus, Party
from intakecompanion.domain.working_days import working_day_from
from intakecompanion.ui.shared.date_entry import DateEntry, TimeEntry
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel

Outcome = tuple[AppointmentStatus, Party | None]


def not_held_outcomes() -> tuple[tuple[str, Outcome], ...]:
    """The outcomes of an appointment that did not take place at its moment, with their
    words: moved, missed or cancelled, by the client or by the coach."""

    translate = QCoreApplication.translate
    return (
        (translate("Outcomes", "Moved by the client"), (AppointmentStatus.MOVED, Party.CLIENT)),
        (translate("Outcomes", "Moved by the coach"), (AppointmentStatus.MOVED, Party.COACH)),
        (translate("Outcomes", "Missed by the client"), (AppointmentStatus.MISSED, Party.CLIENT)),
        (translate("Outcomes", "Missed by the coach"), (AppointmentStatus.MISSED, Party.COACH)),
        (
            translate("Outcomes", "Cancelled by the client"),
            (AppointmentStatus.CANCELLED, Party.CLIENT),
        ),
        (
            translate("Outcomes", "Cancelled by the coach"),
            (AppointmentStatus.CANCELLED, Party.COACH),
        ),
    )


class OutcomeButton(QPushButton):
    """A button whose menu records how an appointment went without a conversation: only what
    can be true of it now (`Appointment.could_be`: missed once it has begun; only kept once a
    conversation was held at it); moved asks for the new moment first. Kept is a
    conversation: that entry asks for the follow-up.

    `chosen(status, by, moved_to)`: moved_to is the new moment (a datetime) or None."""

    chosen = Signal(object, object, object)
    kept_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mar&k how it went..."), parent)
        self.menu_ = QMenu(self)
        self.menu_.setAccessibleName(self.tr("How the appointment went"))
        self.setMenu(self.menu_)
        self._appointment: Appointment | None = None
        self._now = datetime.now().astimezone()

    def show_for(
        self, appointment: Appointment | None, now: datetime, *, held: bool = False
    ) -> None:
        """The outcomes that can be recorded for `appointment` at `now`; none: disabled.
        `held`: a conversation was held at it: kept opens that one (`kept_requested` too)."""
        self._appointment, self._now = appointment, now
        self.menu_.clear()
        self.setEnabled(appointment is not None)
        if appointment is None:
            self.setAccessibleName(self.tr("Record how the appointment went"))
            return
        when = format_datetime(appointment.starts_at)
        self.setAccessibleName(fill(self.tr("Record how the appointment of %1 went"), when))
        if appointment.could_be(AppointmentStatus.KEPT, now):
            kept = self.menu_.addAction(
                self.tr("Kept: open the conversation held at it...")
                if held
                else self.tr("Kept: start the follow-up conversation...")
            )
            kept.triggered.connect(self.kept_requested)
            self.menu_.addSeparator()
        for label, (status, by) in not_held_outcomes():
            if not appointment.could_be(status, now, held=held):
                continue
            moved = status is AppointmentStatus.MOVED
            action = self.menu_.addAction(fill(self.tr("%1..."), label) if moved else label)
            action.triggered.connect(lambda _checked=False, s=status, b=by: self._choose(s, b))

    def _choose(self, status: AppointmentStatus, by: Party | None) -> None:
        moved_to = None
        if status is AppointmentStatus.MOVED:
            assert self._appointment is not None
            moved_to = MomentDialog.ask(
                self,
                self.tr("Moved appointment"),
                fill(
                    self.tr("The appointment of %1 is moved to:"),
                    format_datetime(self._appointment.starts_at),
                ),
                a_week_later(self._appointment, self._now.date()),
                self._now.date(),
            )
            if moved_to is None:  # the coach went back: nothing recorded
                return
        self.chosen.emit(status, by, moved_to)


class MomentDialog(QDialog):
    """A day and a time: to which an appointment was moved, or when the next one is; nothing
    is recorded until OK."""

    def __init__(
        self,
        title: str,
        caption: str,
        first: datetime,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        said = PlainLabel(caption, self)
        said.setWordWrap(True)
        self.day = DateEntry(
            self.tr("e.g. 9/3 or next Tuesday"), self, today=lambda: today, optional=False
        )
        self.day.setAccessibleName(self.tr("Date"))
        self.time = TimeEntry(self.tr("e.g. 14u30"), self)
        self.time.setAccessibleName(self.tr("Time"))
        local = first.astimezone()
        self.day.set_value(local.date())
        self.time.set_value(time(local.hour, local.minute))
        day_label = PlainLabel(self.tr("&Date"), self)
        day_label.setBuddy(self.day.edit)
        time_label = PlainLabel(self.tr("&Time"), self)
        time_label.setBuddy(self.time.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_readable)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (said, day_label, self.day, time_label, self.time, buttons):
            layout.addWidget(widget)
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept_readable(self) -> None:
        for entry in (self.day, self.time):
            if not entry.readable():  # what is wrong stands beside the field
                entry.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.accept()

    def moment(self) -> datetime:
        day, at = self.day.value(), self.time.value()
        assert day is not None and at is not None
        return datetime.combine(day, at).astimezone()

    @staticmethod
    def ask(
        parent: QWidget, title: str, caption: str, first: datetime, today: date
    ) -> datetime | None:
        """The moment chosen, or None when the coach cancels."""
        dialog = MomentDialog(title, caption, first, today, parent)
        try:
            return dialog.moment() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def a_week_later(appointment: Appointment | None, today: date) -> datetime:
    """The moment a new appointment is first proposed at: a week after the appointment (or
    after today, when that is later), or the first working day after that (not a weekend or a
    public holiday), at its hour (else 10:00)."""
    local = appointment.starts_at.astimezone() if appointment else None
    day = max(local.date(), today) if local else today
    at = time(local.hour, local.minute) if local else time(10, 0)
    return datetime.combine(working_day_from(day + timedelta(days=7)), at).astimezone()
