"""A conversation never finished, opened on a later day than it started (its header says "Open
since ..."): a band above it offers to finish it at its last change, or to keep it open. It is
a band, not a dialog: nothing is finished without the coach's click, and it takes no keyboard
from where the conversation puts it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from intakecompanion.domain.model import Appointment, AppointmentStatus
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel

if TYPE_CHECKING:
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.ui.conversation.view import ConversationView


class LeftOpenBand(QFrame):
    finish_requested = Signal(object)  # the datetime it ended: its last change

    def __init__(
        self,
        started_at: datetime,
        last_change: datetime,
        parent: QWidget,
        *,
        held: Appointment | None = None,
    ) -> None:
        """`held`: the appointment it was held at, not yet recorded: finishing marks it kept."""
        super().__init__(parent)
        self.setObjectName("leftOpenBand")
        self.setProperty("role", "banner")
        self.last_change = last_change
        when = format_datetime(last_change)
        said = fill(
            self.tr(
                "This conversation was left open since %1. Its last change was on %2: "
                "finish it at that moment, or keep it open."
            ),
            format_datetime(started_at),
            when,
        )
        if held is not None:
            kept = self.tr("Finishing records the appointment of %1 as kept: it was held then.")
            said = f"{said} {fill(kept, format_datetime(held.starts_at))}"
        self.message = PlainLabel(said, self)
        self.message.setWordWrap(True)
        self.finish_button = QPushButton(fill(self.tr("Finish at %1"), when), self)
        self.keep_button = QPushButton(self.tr("Keep it open"), self)
        for button in (self.finish_button, self.keep_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # as the save banner's button
            button.setAccessibleName(button.text())
        self.finish_button.clicked.connect(lambda: self.finish_requested.emit(self.last_change))
        self.keep_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.finish_button)
        layout.addWidget(self.keep_button)
        self.setAccessibleName(self.message.text())


# "Keep it open", remembered while the vault stays open (tour10: the band came back at the next
# opening): the conversations' ids per casebook, in memory only, no client text; the next
# unlock (another casebook) offers it again.
_kept_open: WeakKeyDictionary[Casebook, set[int]] = WeakKeyDictionary()


def offer_to_finish(view: ConversationView, clock: Callable[[], datetime]) -> LeftOpenBand | None:
    """The band for `view`'s conversation when it was never finished and started on an
    earlier day than today, unless the coach chose to keep it open (else None: nothing is
    read)."""
    conversation = view.conversation
    if conversation.ended_at is not None or not conversation.is_open:
        return None  # finished, or reopened to correct: it has its end
    kept_open = _kept_open.setdefault(view.casebook, set())
    if conversation.id in kept_open:
        return None
    if conversation.started_at.astimezone().date() >= clock().astimezone().date():
        return None
    # Held at an appointment nobody recorded: finishing also marks it kept, or the client page
    # and the overview go on asking how the appointment she held went (tour10).
    this = view.casebook.this_appointment(conversation.id)
    held = this if this is not None and this.status is AppointmentStatus.PLANNED else None
    band = LeftOpenBand(
        conversation.started_at, view.casebook.last_change_at(conversation.id), view, held=held
    )

    def finish(at: datetime) -> None:
        if held is not None:
            view.appointment.record_kept()  # as chosen in its tab
        if view.finish(at):
            band.hide()
        else:  # the closing step says why (a consent form not recorded, the disk)
            view.stepper.setCurrentRow(view.closing_index)

    band.finish_requested.connect(finish)
    band.keep_button.clicked.connect(lambda: kept_open.add(conversation.id))
    return band
