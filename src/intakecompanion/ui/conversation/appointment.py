"""The next appointment: date, time, place and with whom, stored as soon as one is filled in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Appointment
from intakecompanion.ui.conversation.autosave import AutoSaver, FlushOnFocusOut
from intakecompanion.ui.conversation.fields import ConfirmButton

DEFAULT_TIME = time(10, 0)
DEFAULT_DAYS_AHEAD = 7


class AppointmentPanel(QWidget):
    """Until the coach touches a field nothing is stored, and the panel says so."""

    def __init__(
        self,
        casebook: Casebook,
        saver: AutoSaver,
        conversation_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self._client_id = casebook.conversation(conversation_id).client_id
        self.setAccessibleName(self.tr("Next appointment"))
        existing = casebook.conversation_appointment(conversation_id)
        self.appointment_id: int | None = existing.id if existing else None
        default_day = (today or date.today()) + timedelta(days=DEFAULT_DAYS_AHEAD)

        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd-MM-yyyy")
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("e.g. the office, room 2"))
        self.with_whom = QLineEdit(self)
        self.with_whom.setPlaceholderText(self.tr("e.g. the coach and the client"))
        self._show(existing, default_day)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        self.clear_button = ConfirmButton(
            self.tr("Remove appointment"), self.tr("Click again to remove"), self
        )
        self.clear_button.setAccessibleName(self.tr("Remove the next appointment"))
        self.clear_button.confirmed.connect(self.remove)

        form = QFormLayout()
        for label, field in (
            (self.tr("Date"), self.day),
            (self.tr("Time"), self.time),
            (self.tr("Place"), self.place),
            (self.tr("With whom"), self.with_whom),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        flush = FlushOnFocusOut(saver, self)
        for editor in (self.day, self.time, self.place, self.with_whom):
            editor.installEventFilter(flush)
        self.day.dateChanged.connect(self._changed)
        self.time.timeChanged.connect(self._changed)
        self.place.textEdited.connect(self._changed)
        self.with_whom.textEdited.connect(self._changed)
        self._show_status()

    def _show(self, appointment: Appointment | None, default_day: date) -> None:
        if appointment is not None:
            starts = appointment.starts_at
            day, at = starts.date(), starts.time()
            self.place.setText(appointment.place)
            self.with_whom.setText(appointment.with_whom)
        else:
            day, at = default_day, DEFAULT_TIME
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.time.setTime(QTime(at.hour, at.minute))

    def starts_at(self) -> datetime:
        d, t = self.day.date(), self.time.time()
        naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return naive.astimezone()  # the coach's local time zone, as the vault stores times

    def _changed(self, *_args: object) -> None:
        starts, place, with_whom = self.starts_at(), self.place.text(), self.with_whom.text()

        def write() -> None:
            if self.appointment_id is None:
                appointment = self._casebook.add_appointment(
                    self._client_id, starts, place, with_whom, self._conversation_id
                )
                self.appointment_id = appointment.id
            else:
                self._casebook.update_appointment(
                    self.appointment_id, starts_at=starts, place=place, with_whom=with_whom
                )
            self._show_status()

        self._saver.change("appointment", write)

    def remove(self) -> None:
        self._saver.discard("appointment")
        appointment_id = self.appointment_id
        if appointment_id is None:
            return

        def write() -> None:
            self._casebook.delete_appointment(appointment_id)
            self.appointment_id = None
            self._show_status()

        self._saver.save_now("appointment-remove", write)

    def _show_status(self) -> None:
        stored = self.appointment_id is not None
        self.status.setText(
            self.tr("Recorded; it goes on the client's summary.")
            if stored
            else self.tr("No appointment recorded yet: fill in a field to record it.")
        )
        self.clear_button.setEnabled(stored)

    def focus_first(self) -> None:
        self.day.setFocus(Qt.FocusReason.ShortcutFocusReason)
