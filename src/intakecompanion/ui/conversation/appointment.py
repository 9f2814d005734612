"""The next appointment (date, time, place, with whom), and how the previous one went."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Appointment, AppointmentStatus
from intakecompanion.domain.working_days import working_day_from
from intakecompanion.ui.conversation.drafts import RecordRef
from intakecompanion.ui.conversation.fields import ConfirmButton
from intakecompanion.ui.shared.autosave import AutoSaver, FlushOnFocusOut
from intakecompanion.ui.shared.choice_box import ChoiceBox
from intakecompanion.ui.shared.date_entry import DateEntry, TimeEntry
from intakecompanion.ui.shared.fit import FlowRow, VerticalScroll
from intakecompanion.ui.shared.outcomes import not_held_outcomes
from intakecompanion.ui.shared.sheet_state import last_sheet_warning
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel, add_row, focus_selected

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
        *,
        held: Appointment | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self._client_id = casebook.conversation(conversation_id).client_id
        self.setAccessibleName(self.tr("Next appointment"))
        existing = casebook.conversation_appointment(conversation_id)
        self._record = RecordRef(existing.id if existing else None)
        # A week ahead, or the first working day after it (not a weekend or public holiday).
        default_day = working_day_from((today or date.today()) + timedelta(days=DEFAULT_DAYS_AHEAD))

        self.day = DateEntry(self.tr("e.g. 9/3 or next Tuesday"), self, optional=False)
        self.time = TimeEntry(self.tr("e.g. 14u30"), self)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("e.g. the office, room 2"))
        self.with_whom = QLineEdit(self)
        self.with_whom.setPlaceholderText(self.tr("e.g. the coach and the client"))
        self._show(existing, default_day)
        self.status = PlainLabel(parent=self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        self.clear_button = ConfirmButton(
            self.tr("Remove appointment"), self.tr("Click again to remove"), self
        )
        self.clear_button.setAccessibleName(self.tr("Remove the next appointment"))
        self.clear_button.confirmed.connect(self.remove)

        # The appointment this conversation is (to mark kept), else the last one made before.
        # Moved while in it, it takes place at the new moment: that is the next appointment.
        self.previous = held or self._previous_appointment()
        # Only what can be true of it now is offered (and what is stored): still to come, it
        # was neither kept nor missed; it can be moved or cancelled. Held in another
        # conversation, it took place: it was not moved, missed or cancelled (tour10).
        now, before = casebook.now(), self.previous
        elsewhere = (
            before is not None
            and before.held_in != conversation_id
            and casebook.conversation_at(before) not in (None, conversation_id)
        )
        self.previous_status = ChoiceBox(self)
        outcomes = (
            (self.tr("Planned"), (AppointmentStatus.PLANNED, None)),
            (self.tr("Kept: it is this conversation"), (AppointmentStatus.KEPT, None)),
            *not_held_outcomes(),
        )
        offered = set()
        for label, value in outcomes:
            if (
                before is None
                or before.status is value[0]
                or before.could_be(value[0], now, held=elsewhere)
            ):
                self.previous_status.addItem(label, value)
                offered.add(value[0])
        self._to_come = before is not None and any(
            before.status is not status and not before.could_be(status, now)
            for _label, (status, _by) in outcomes
        )
        self.previous_status.setAccessibleName(self.tr("How the previous appointment went"))
        self.previous_status.chosen.connect(self._previous_status_chosen)
        # Moved: to which moment (a new appointment is made there; the old one points to it).
        self.moved_day = DateEntry(self.tr("e.g. 9/3 or next Tuesday"), self, optional=False)
        self.moved_day.setAccessibleName(self.tr("Moved to date"))
        self.moved_time = TimeEntry(self.tr("e.g. 14u30"), self)
        self.moved_time.setAccessibleName(self.tr("Moved to time"))
        self._name_typed_fields()
        self.move_button = QPushButton(self.tr("Record the move"), self)
        self.move_button.setAccessibleName(self.tr("Record to which moment it was moved"))
        self.move_button.clicked.connect(self._move_confirmed)
        self.moved_label = PlainLabel(parent=self)
        self.moved_label.setWordWrap(True)
        moved_caption = PlainLabel(self.tr("Moved to"), self)
        moved_caption.setBuddy(self.moved_day)
        time_caption = PlainLabel(self.tr("Time"), self)  # as the next appointment's
        time_caption.setBuddy(self.moved_time)
        self.move_fields = _MoveRow(self)
        left = Qt.AlignmentFlag.AlignLeft
        for widget, alignment in (
            (moved_caption, left),
            (self.moved_day, None),  # its words wrap in the room it gets
            (time_caption, left),
            # Its reason wraps under it across the row: aligned, it was laid out as wide as
            # the row and shown as wide as the field, and cut in half (the tour).
            (self.moved_time, None),
            (self.move_button, left),
        ):
            self.move_fields.add(widget, 0, alignment)
        self.move_fields.box.addStretch(1)
        self._set_moved_day(default_day)

        form = QFormLayout()
        # The appointment this conversation is (or the one before) above, with its caption on
        # a line of its own (a date in it is too long for the form's caption column); then the
        # next appointment's fields under their own heading.
        earlier = QVBoxLayout()
        if self.previous is not None:
            self._select((self.previous.status, self.previous.status_by))
            when = format_datetime(self.previous.starts_at)
            if held is not None:
                caption = fill(self.tr("This appointment (%1)"), when)
            elif self.previous.starts_at > now:  # made before, still to come
                caption = fill(self.tr("Appointment to come (%1)"), when)
            else:
                caption = fill(self.tr("Previous appointment (%1)"), when)
            caption_label = PlainLabel(caption, self)
            caption_label.setProperty("role", "section")
            caption_label.setWordWrap(True)
            caption_label.setBuddy(self.previous_status)
            earlier.addWidget(caption_label)
            earlier.addWidget(self.previous_status)
            if self._to_come:
                # Kept is offered from an hour before it; missed only once it has begun.
                to_come = PlainLabel(
                    self.tr("It has not begun yet: missed only once its time has come.")
                    if AppointmentStatus.KEPT in offered
                    else self.tr(
                        "Still to come: it can be moved or cancelled; kept or missed only once "
                        "its time has come."
                    ),
                    self,
                )
                to_come.setProperty("role", "hint")
                to_come.setWordWrap(True)
                earlier.addWidget(to_come)
        else:
            self.previous_status.hide()
        earlier.addWidget(self.move_fields)
        earlier.addWidget(self.moved_label)
        self._show_moved()
        next_heading = PlainLabel(self.tr("Next appointment"), self)
        next_heading.setProperty("role", "section")
        for label, field in (
            (self.tr("Date"), self.day),
            (self.tr("Time"), self.time),
            (self.tr("Place"), self.place),
            (self.tr("With whom"), self.with_whom),
        ):
            field.setAccessibleName(label)
            add_row(form, label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.clear_button)
        # One page that scrolls up and down where a large zoom makes it taller than the panel:
        # squeezed at 200 %, a move's row read 'rzetting vastlegg' with its date's words and
        # its caption cut (the tour), as the consent form did before it scrolled.
        page = VerticalScroll(self)
        layout = QVBoxLayout(page.body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(earlier)
        layout.addWidget(next_heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(page)

        self._tab_in_reading_order()
        flush = FlushOnFocusOut(saver, self)
        for editor in (self.day.edit, self.time.edit, self.place, self.with_whom):
            editor.installEventFilter(flush)
        self.day.value_changed.connect(self._changed)
        self.time.value_changed.connect(self._changed)
        self.place.textEdited.connect(self._changed)
        self.with_whom.textEdited.connect(self._changed)
        self._show_status()

    def _tab_in_reading_order(self) -> None:
        """Tab as the panel reads: how the appointment went and its move above, then the next
        appointment (they were made the other way round, and Tab went by that)."""
        chain = (
            self.previous_status,
            self.moved_day.edit,
            self.moved_time.edit,
            self.move_button,
            self.day.edit,
            self.time.edit,
            self.place,
            self.with_whom,
            self.clear_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _name_typed_fields(self) -> None:
        """Their text is told by name over a lock (SideTabs.unread_texts)."""
        self.day.setObjectName("appointment-day")
        self.time.setObjectName("appointment-time")
        self.moved_day.setObjectName("moved-day")
        self.moved_time.setObjectName("moved-time")

    def form_texts(self) -> dict[str, str]:
        """At a lock (SideTabs.unread_texts): "moved" chosen for the previous appointment and
        not recorded yet (nothing saves it before the moment is given), with the moment as
        typed; else nothing."""
        if self.move_fields.isHidden():
            return {}
        return {
            "previous": str(self.previous_status.currentIndex()),
            "moved-day": self.moved_day.text(),
            "moved-time": self.moved_time.text(),
        }

    def type_again(self, texts: dict[str, str]) -> None:
        """After an unlock: "moved" chosen again, the moment as typed, nothing recorded."""
        if self.previous is None or "previous" not in texts:
            return
        self.previous_status.setCurrentIndex(int(texts["previous"]))
        self.moved_label.hide()
        self.move_fields.show()
        self.moved_day.type_again(texts.get("moved-day", ""))
        self.moved_time.type_again(texts.get("moved-time", ""))

    def _previous_appointment(self) -> Appointment | None:
        """The last appointment made before, in an earlier conversation or without one (the
        client page, the overview): this one may be it, or replace it."""
        earlier = [
            a
            for a in self._casebook.appointments(self._client_id)
            if a.conversation_id is None or a.conversation_id < self._conversation_id
        ]
        return earlier[-1] if earlier else None

    @property
    def appointment_id(self) -> int | None:
        return self._record.id

    # Each change is a replay (no widget in it), then what the panel shows once it is on disk;
    # a lock can hand the replay over (autosave.py).

    def _select(self, outcome: tuple[AppointmentStatus, object]) -> bool:
        """Show `outcome` as the one chosen in the box; False when it is not offered."""
        for index in range(self.previous_status.count()):
            if self.previous_status.itemData(index) == outcome:
                self.previous_status.setCurrentIndex(index)
                return True
        return False

    def record_kept(self) -> None:
        """Record this conversation's appointment kept, as when chosen in the box (the
        left-open band's finish: the conversation was held at it)."""
        if self.previous is not None and self._select((AppointmentStatus.KEPT, None)):
            self._previous_status_chosen()

    def _previous_status_chosen(self) -> None:
        assert self.previous is not None
        appointment_id, conversation_id = self.previous.id, self._conversation_id
        status, by = self.previous_status.currentData()
        if status is AppointmentStatus.MOVED and self.previous.moved_to is None:
            # Recorded with the new moment: ask for it first.
            self.moved_label.hide()
            self.move_fields.show()
            if not self.previous_status.leaving:  # chosen in the box, not by leaving it
                self.moved_day.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.move_fields.hide()
        # Moved by the other party: still to the moment it was moved to.
        moved_to = self.previous.moved_to if status is AppointmentStatus.MOVED else None

        def replay(book: Casebook) -> None:
            if status is AppointmentStatus.KEPT:  # it became this conversation
                book.mark_kept(appointment_id, conversation_id)
            else:
                book.set_appointment_status(
                    appointment_id, status, by, conversation_id, moved_to=moved_to
                )

        self._saver.save_now("appointment-previous", replay, self._outcome_shown)

    def _outcome_shown(self) -> None:
        """An outcome on disk: its move, and whether the sheet handed over still holds (it may
        say "we met" of an appointment now recorded as missed, or the other way round)."""
        self._show_moved()
        self.show_status()

    def _move_confirmed(self) -> None:
        assert self.previous is not None
        if not (self.moved_day.readable() and self.moved_time.readable()):
            # What is wrong stands beside the field; nothing is recorded until it reads.
            unreadable = self.moved_day if not self.moved_day.readable() else self.moved_time
            unreadable.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        appointment_id, conversation_id = self.previous.id, self._conversation_id
        _status, by = self.previous_status.currentData()
        starts = _moment(self.moved_day, self.moved_time)
        record = self._record
        adopted: list[int] = []  # the next appointment, once the move is recorded

        def replay(book: Casebook) -> None:
            # The appointment moved (this one, or the one made before) takes place at the new
            # moment: that is the next appointment, set to it if already made here, else made.
            onto = record.id
            new = book.move_appointment(appointment_id, starts, by, conversation_id, onto=onto)
            record.id = new.id
            adopted.append(new.id)

        def shown() -> None:
            self.previous = self._casebook.appointment(appointment_id)
            if adopted:
                with QSignalBlocker(self.day), QSignalBlocker(self.time):
                    self._show(self._casebook.appointment(record.id or 0), starts.date())
            self._show_status()
            # The row with the button that had the keyboard goes: the keyboard stays on the
            # appointment it moved (its choice, "Moved to …" under it), not wherever Qt sends it.
            focused = QApplication.focusWidget()
            had_keyboard = focused is not None and self.move_fields.isAncestorOf(focused)
            self._show_moved()
            if had_keyboard:
                self.previous_status.setFocus(Qt.FocusReason.OtherFocusReason)

        self._saver.save_now("appointment-previous", replay, shown)

    def _set_moved_day(self, day: date, at: time = DEFAULT_TIME) -> None:
        self.moved_day.set_value(day)
        self.moved_time.set_value(at)

    def _show_moved(self) -> None:
        """The moment the previous appointment was moved to, once that is recorded."""
        self.move_fields.hide()
        self._show_moved_label()

    def _show_moved_label(self) -> None:
        if self.previous is not None:  # as stored: the next appointment may be the moved-to one
            self.previous = self._casebook.appointment(self.previous.id)
        moved_to = self.previous.moved_to if self.previous is not None else None
        self.moved_label.setVisible(moved_to is not None)
        if moved_to is not None:
            when = format_datetime(self._casebook.appointment(moved_to).starts_at)
            self.moved_label.setText(fill(self.tr("Moved to %1"), when))

    def _show(self, appointment: Appointment | None, default_day: date) -> None:
        if appointment is not None:
            starts = appointment.starts_at
            day, at = starts.date(), starts.time()
            self.place.setText(appointment.place)
            self.with_whom.setText(appointment.with_whom)
        else:
            day, at = default_day, DEFAULT_TIME
        self.day.set_value(day)
        self.time.set_value(at)

    def starts_at(self) -> datetime:
        return _moment(self.day, self.time)

    def _changed(self, *_args: object) -> None:
        starts, place, with_whom = self.starts_at(), self.place.text(), self.with_whom.text()
        record, client_id, conversation_id = self._record, self._client_id, self._conversation_id

        def replay(book: Casebook) -> None:
            if record.id is None:
                appointment = book.add_appointment(
                    client_id, starts, place, with_whom, conversation_id
                )
                record.id = appointment.id
            else:
                book.update_appointment(
                    record.id, starts_at=starts, place=place, with_whom=with_whom
                )

        def shown() -> None:
            self._show_status()
            self._show_moved_label()  # "Moved to" the next appointment follows its edit

        self._saver.change("appointment", replay, shown)

    def remove(self) -> None:
        self._saver.discard("appointment")
        record, appointment_id = self._record, self._record.id
        if appointment_id is None:
            return

        def replay(book: Casebook) -> None:
            book.delete_appointment(appointment_id)
            record.id = None

        def shown() -> None:
            self._show_status()

        self._saver.save_now("appointment-remove", replay, shown)

    def _show_status(self) -> None:
        self.show_status()
        self.clear_button.setEnabled(self.appointment_id is not None)

    def show_status(self) -> None:
        """What is recorded, and, once an appointment on the sheet the client holds was moved,
        removed or changed (or a note on it no longer shared), that the sheet is out of date.
        Only the words: a finished conversation's buttons stay off."""
        stored = self.appointment_id is not None
        if not stored:
            line = self.tr("No appointment recorded yet: fill in a field to record it.")
        elif self._casebook.appointment(self.appointment_id or 0).starts_at < self._casebook.now():
            line = self.tr("Recorded, but it lies in the past: it is not on the client's sheet.")
        else:
            line = self.tr("Recorded; it goes on the client's sheet.")
        lines = [line]
        warning = last_sheet_warning(self._casebook, self._client_id)
        self.status.setText("\n".join([*lines, warning] if warning else lines))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Said again each time the tab is shown: a note on the sheet may have been made
        internal in the notes tab meanwhile."""
        super().showEvent(event)
        self.show_status()

    def focus_first(self) -> None:
        focus_selected(self.day)


class _MoveRow(FlowRow):
    """The moment an appointment was moved to: side by side while each part fits at its least
    width (the date's words under its field), else one under the other. Never wider than the
    panel as the coach left it: choosing "moved" moved the divider."""

    def _side_by_side(self) -> int:
        items = [self.box.itemAt(i) for i in range(self.box.count())]
        widths = [item.minimumSize().width() for item in items if item is not None]
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)


def _moment(day: DateEntry, at: TimeEntry) -> datetime:
    """The day and time the entries hold (each keeps its last valid value; both start with
    one), in the coach's local time zone, as the vault stores times."""
    chosen_day, chosen_time = day.value(), at.value()
    assert chosen_day is not None and chosen_time is not None
    return datetime.combine(chosen_day, chosen_time).astimezone()
