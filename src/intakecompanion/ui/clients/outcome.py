"""Recording how an appointment went without a conversation (tour8): the client did not come,
called it off or moved it, and the coach notes it from the client page or the overview in two
clicks, with a way to take a wrong click back. Kept is a conversation: that asks for one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.appointments import NotYetHappened
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Appointment, AppointmentStatus, Party
from intakecompanion.ui.shared.fit import FlowRow
from intakecompanion.ui.shared.outcomes import OutcomeButton, not_held_outcomes
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
    """The menu button for the appointment without an outcome, and "take back" for the outcome
    recorded last outside a conversation; a line says what was recorded."""

    changed = Signal()  # an outcome recorded or taken back: the page is read again
    kept_requested = Signal(int)  # client id: the appointment took place, a conversation is due

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._client_id = 0
        self._target: Appointment | None = None
        self._noted: Appointment | None = None
        self.last_recorded: int | None = None  # the appointment whose outcome was recorded here
        self.record = OutcomeButton(self)
        self.undo = QPushButton(self)
        self.message = MessageLabel(self)
        row = FlowRow(self)
        row.add(self.record, 0, Qt.AlignmentFlag.AlignLeft)
        row.add(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        row.box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        layout.addWidget(self.message)
        self.record.chosen.connect(self._chosen)
        self.record.kept_requested.connect(lambda: self.kept_requested.emit(self._client_id))
        self.undo.clicked.connect(self._undo)

    def show_for(
        self, client_id: int, target: Appointment | None, noted: Appointment | None
    ) -> None:
        """`target`: the appointment whose outcome is to be recorded (none: no button);
        `noted`: the one recorded last outside a conversation (none: nothing to take back)."""
        if client_id != self._client_id:
            self.message.clear_message()
        self._client_id, self._target, self._noted = client_id, target, noted
        self.record.show_for(target, self._casebook.now())
        self.record.setVisible(target is not None)
        self.undo.setVisible(noted is not None)
        if noted is not None:
            when = format_datetime(noted.starts_at)
            self.undo.setText(fill(self.tr("Take back: %1"), outcome_words(noted)))
            self.undo.setAccessibleName(
                fill(
                    self.tr("Take back the outcome of the appointment of %1: %2"),
                    when,
                    outcome_words(noted),
                )
            )
        self.setVisible(target is not None or noted is not None or bool(self.message.text()))

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
        if self.record.isVisible():
            self.record.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (VaultError, OSError, NotYetHappened) as error:
            self.message.show_message(
                self.tr("Missed can only be recorded once the appointment has begun.")
                if isinstance(error, NotYetHappened)
                else vault_error_message(error)
            )
            return False
        return True
