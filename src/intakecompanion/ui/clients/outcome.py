"""Recording how an appointment went without a conversation (tour8): the client did not come,
called it off or moved it, and the coach notes it from the client page or the overview in two
clicks, with a way to take a wrong click back. Kept is a conversation: that asks for one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.appointments import HeldThen, NotYetHappened
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Appointment, AppointmentStatus, Party
from intakecompanion.ui.shared.fit import FlowRow
from intakecompanion.ui.shared.outcomes import (
    MomentDialog,
    OutcomeButton,
    a_week_later,
    not_held_outcomes,
)
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import MessageLabel
from intakecompanion.vault.errors import VaultError


def outcome_words(appointment: Appointment) -> str:
    """ "Missed by the client" for a recorded outcome (as the follow-up's choice box says it)."""
    chosen = (appointment.status, appointment.status_by)
    return next((label for label, value in not_held_outcomes() if value == chosen), "")


def unrecorded_line(appointment: Appointment) -> str:
    """ "Appointment of 08-12-2026 14:00: not yet recorded whether it took place"."""
    return fill(
        QCoreApplication.translate(
            "OutcomeRow", "Appointment of %1: not yet recorded whether it took place"
        ),
        format_datetime(appointment.starts_at),
    )


class OutcomeRow(QWidget):
    """The menu button for the appointment without an outcome, "plan the next appointment"
    where none is set (the client page), and "take back" for what was recorded last outside a
    conversation (the next appointment planned here, else the last outcome); a line says what
    was recorded."""

    changed = Signal()  # an outcome recorded or taken back: the page is read again
    kept_requested = Signal(int)  # client id: the appointment took place, a conversation is due
    # The appointment took place in this conversation (held at it, not marked kept): open it.
    conversation_requested = Signal(int)  # conversation id

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._client_id = 0
        self._target: Appointment | None = None
        self._noted: Appointment | None = None
        self.last_recorded: int | None = None  # the appointment whose outcome was recorded here
        self._after: Appointment | None = None  # the one a next appointment follows
        self._planned: int | None = None  # the next appointment planned here (to take back)
        self.record = OutcomeButton(self)
        self.plan = QPushButton(self.tr("Plan the next appointment..."), self)
        self.plan.setAccessibleName(self.tr("Plan the next appointment without a conversation"))
        self.undo = QPushButton(self)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        row = FlowRow(self)
        for button in (self.record, self.plan, self.undo):
            row.add(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        layout.addWidget(self.message)
        self.record.chosen.connect(self._chosen)
        self.record.kept_requested.connect(self._kept)
        self._held_in: int | None = None  # the conversation held at the target, if any
        self.plan.clicked.connect(self._plan)
        self.undo.clicked.connect(self._undo)

    def show_for(
        self,
        client_id: int,
        target: Appointment | None,
        noted: Appointment | None,
        *,
        plan_after: Appointment | None = None,
        can_plan: bool = False,
    ) -> None:
        """`target`: the appointment whose outcome is to be recorded (none: no button);
        `noted`: the one recorded last outside a conversation (none: nothing to take back);
        `can_plan`: no next appointment is set, one can be planned (after `plan_after`, the
        client's last one: its place, its hour)."""
        if client_id != self._client_id:
            self.message.clear_message()
            self._planned = None
        self._client_id, self._target, self._noted = client_id, target, noted
        self._after = plan_after
        self._held_in = self._casebook.conversation_at(target) if target else None
        self.record.show_for(target, self._casebook.now(), held=self._held_in is not None)
        self.record.setVisible(target is not None)
        self.plan.setVisible(can_plan)
        planned = self._planned_here()
        self.undo.setVisible(planned is not None or noted is not None)
        if planned is not None:
            when = format_datetime(planned.starts_at)
            self.undo.setText(fill(self.tr("Take back: the appointment of %1"), when))
            self.undo.setAccessibleName(
                fill(self.tr("Take back the next appointment planned for %1"), when)
            )
        elif noted is not None:
            when = format_datetime(noted.starts_at)
            self.undo.setText(fill(self.tr("Take back: %1"), outcome_words(noted)))
            self.undo.setAccessibleName(
                fill(
                    self.tr("Take back the outcome of the appointment of %1: %2"),
                    when,
                    outcome_words(noted),
                )
            )
        self.setVisible(
            target is not None or can_plan or not self.undo.isHidden() or bool(self.message.text())
        )

    def _kept(self) -> None:
        """Kept is a conversation: the one held at it, else the follow-up to start, for the
        appointment's own client (on the overview, the one recorded last, to take back, may be
        another client's)."""
        if self._held_in is not None:
            self.conversation_requested.emit(self._held_in)
        elif self._target is not None:
            self.kept_requested.emit(self._target.client_id)

    def _planned_here(self) -> Appointment | None:
        """The next appointment planned here while nothing else was recorded of it."""
        if self._planned is None:
            return None
        found = [a for a in self._casebook.appointments(self._client_id) if a.id == self._planned]
        if not found or found[0].status is not AppointmentStatus.PLANNED:
            self._planned = None
            return None
        return found[0]

    def _plan(self) -> None:
        book, client_id, after = self._casebook, self._client_id, self._after
        today = book.now().date()
        moment = MomentDialog.ask(
            self,
            self.tr("Next appointment"),
            self.tr("When is the next appointment?"),
            a_week_later(after, today),
            today,
        )
        if moment is None:  # the coach went back: nothing recorded
            return
        place, with_whom = (after.place, after.with_whom) if after else ("", "")
        made: list[Appointment] = []
        if not self._write(
            lambda: made.append(book.add_appointment(client_id, moment, place, with_whom))
        ):
            return
        self._planned = made[0].id
        self.message.show_message(
            fill(self.tr("The next appointment is on %1."), format_datetime(moment)), "ok"
        )
        self.changed.emit()
        self.undo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(
        self, status: AppointmentStatus, by: Party | None, moved_to: datetime | None
    ) -> None:
        target = self._target
        if target is None:
            return
        book = self._casebook

        def write() -> None:
            if status is AppointmentStatus.MOVED:
                assert moved_to is not None
                book.move_appointment(target.id, moved_to, by)
            elif status is AppointmentStatus.MISSED:
                book.mark_missed(target.id, by)
            else:
                assert by is not None  # cancelled: by the client or the coach
                book.cancel_appointment(target.id, by)

        if not self._write(write):
            return
        recorded = book.appointment(target.id)
        line = fill(
            self.tr("Recorded for the appointment of %1: %2."),
            format_datetime(recorded.starts_at),
            outcome_words(recorded),
        )
        if recorded.moved_to is not None:
            new = book.appointment(recorded.moved_to)
            line = fill(
                self.tr("%1 The next appointment is on %2."), line, format_datetime(new.starts_at)
            )
        self.message.show_message(line, "ok")
        self.last_recorded = target.id
        self.changed.emit()
        self.undo.setFocus(Qt.FocusReason.OtherFocusReason)  # a wrong click: one key back

    def _undo(self) -> None:
        planned = self._planned_here()
        if planned is not None:
            if self._write(lambda: self._casebook.delete_appointment(planned.id)):
                self._planned = None
                self.message.show_message(
                    fill(
                        self.tr("Taken back: no appointment on %1."),
                        format_datetime(planned.starts_at),
                    ),
                    "ok",
                )
                self.changed.emit()
                self._focus_after_take_back()
            return
        noted = self._noted
        if noted is None:
            return
        if not self._write(lambda: self._casebook.undo_outcome(noted.id)):
            return
        self.message.show_message(
            fill(
                self.tr("Taken back: the appointment of %1 has no outcome recorded."),
                format_datetime(noted.starts_at),
            ),
            "ok",
        )
        self.changed.emit()
        self._focus_after_take_back()

    def _focus_after_take_back(self) -> None:
        """The keyboard leaves the take-back button, which may now take back another outcome
        (tour10: a second Space took that back too): to the line's record button, else to
        "plan the next appointment", else on along the tab order."""
        for button in (self.record, self.plan):
            if button.isVisible():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.undo.hasFocus():
            self.focusNextChild()

    def _refusal(self, error: Exception) -> str:
        """What the coach reads when an outcome was not recorded."""
        if isinstance(error, NotYetHappened):
            return self.tr("Missed can only be recorded once the appointment has begun.")
        if isinstance(error, HeldThen):
            return self.tr(
                "A conversation was held at this appointment: it took place. Open that "
                "conversation to say how it went."
            )
        return vault_error_message(error)

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (VaultError, OSError, NotYetHappened, HeldThen) as error:
            self.message.show_message(self._refusal(error))
            return False
        return True
