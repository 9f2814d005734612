"""The closing step after the last phase: what is still open, the next appointment, the
client's sheet, and the button that finishes the conversation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    Conversation,
    ConversationEventKind,
)
from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.shared.fit import FlowRow
from intakecompanion.ui.shared.sheet_state import WARN_MARK, last_sheet_warning
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel

OK_MARK = "\u2713"  # the state is said in words and a symbol too, never by colour alone


@dataclass(frozen=True)
class ClosingFacts:
    """What the closing step states, read when it is shown."""

    open_items: tuple[tuple[str, str], ...]  # (phase title, item text), checklist order
    returning: int  # how many of them come back in the next conversation (an intake's do)
    next_appointment: Appointment | None
    sheet_handed_at: datetime | None  # the last sheet printed or saved for this conversation
    finished_at: datetime | None
    unmarked: Appointment | None = None  # the appointment this conversation is, still planned
    sheet_warning: str = ""  # the sheet the client holds is out of date (sheet_state.py)


def last_finished_at(casebook: Casebook, conversation: Conversation) -> datetime | None:
    """When it was last finished, while it is finished: its end time (one left open since
    an earlier day and finished at its last change ended then, not at the click, tour10);
    after a reopen, the latest finish (a reopen keeps the first end time, so the duration
    stays; the banner names the latest finish)."""
    if conversation.is_open:
        return None
    finishes = [
        event.at
        for event in casebook.conversation_events(conversation.id)
        if event.kind is ConversationEventKind.FINISHED
    ]
    return finishes[-1] if len(finishes) > 1 else conversation.ended_at


def read_facts(
    casebook: Casebook,
    conversation: Conversation,
    open_items: tuple[tuple[str, str], ...],
    returning: int,
) -> ClosingFacts:
    """The facts as stored now (`open_items` and `returning` come from the checklist on
    screen)."""
    sheets = casebook.handed_sheets(conversation.id)
    trajectory = casebook.trajectory(conversation.id)
    held = trajectory.this_appointment
    return ClosingFacts(
        open_items=open_items,
        returning=returning,
        next_appointment=trajectory.next_appointment,  # what the sheet names
        sheet_handed_at=sheets[-1].handed_at if sheets else None,
        finished_at=last_finished_at(casebook, conversation),
        unmarked=held if held is not None and held.status is AppointmentStatus.PLANNED else None,
        sheet_warning=last_sheet_warning(casebook, conversation.client_id),
    )


def _plain(text: str, parent: QWidget, role: str = "") -> PlainLabel:
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class ClosingPage(QScrollArea):
    """One screen, read top to bottom; each line states a fact in words and a mark."""

    finish_requested = Signal()
    appointment_requested = Signal()
    summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closingPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self.viewport())  # made inside its final parent: not restyled again
        self.title = _plain(self.tr("Finish the conversation"), body, "phase-title")
        emphasize(self.title, 1.3)
        purpose = _plain(
            self.tr(
                "Look at what is still open, then finish. The duration stops and the "
                "conversation is kept as it is; you can reopen it to correct something."
            ),
            body,
            "phase-purpose",
        )
        self.items_heading = _plain("", body, "section")
        self.items = _plain("", body)
        self.items.setAccessibleName(self.tr("Items still open"))
        self.appointment = _plain("", body)
        self.appointment_button = QPushButton(self.tr("Go to the appointment (Ctrl+5)"), body)
        self.appointment_button.clicked.connect(self.appointment_requested)
        self.sheet = _plain("", body)
        self.sheet_button = QPushButton(self.tr("Sheet for the client\u2026"), body)
        self.sheet_button.setAccessibleName(self.tr("Print or save the client's sheet"))
        self.sheet_button.clicked.connect(self.summary_requested)
        self.state = _plain("", body, "section")
        self.finish_button = QPushButton(self.tr("Finish the conversation"), body)
        self.finish_button.setAccessibleName(self.tr("Finish the conversation"))
        self.finish_button.clicked.connect(self.finish_requested)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(purpose)
        layout.addWidget(self.items_heading)
        layout.addWidget(self.items)
        for label, button in (
            (self.appointment, self.appointment_button),
            (self.sheet, self.sheet_button),
        ):
            row = FlowRow(body)
            row.add(label, 1)
            row.add(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(row)
        layout.addWidget(self.state)
        finish_row = QHBoxLayout()
        finish_row.addWidget(self.finish_button)
        finish_row.addStretch(1)
        layout.addLayout(finish_row)
        layout.addStretch(1)
        self.setWidget(body)
        self.setTabOrder(self.appointment_button, self.sheet_button)
        self.setTabOrder(self.sheet_button, self.finish_button)

    def _open_heading(self, count: int, returning: int) -> str:
        """Only what is true: the promise that open items come back is made for all of them
        or, in a follow-up, for those from the intake (`ConversationView._returning`)."""
        if returning == count:
            return self.tr(
                "%1 %n item(s) of the checklist still open. They stay open and come "
                "back in the next conversation:",
                "",
                count,
            )
        if returning:
            return self.tr(
                "%1 %n item(s) of the checklist still open. Those left open from the intake "
                "come back in the next conversation:",
                "",
                count,
            )
        return self.tr("%1 %n item(s) of the checklist still open:", "", count)

    def show_facts(self, facts: ClosingFacts) -> None:
        count = len(facts.open_items)
        if count:
            self.items_heading.setText(fill(self._open_heading(count, facts.returning), WARN_MARK))
            lines: list[str] = []
            shown_phase = None
            for phase, text in facts.open_items:  # under each phase's title, in order
                if phase != shown_phase:
                    lines.append(phase)
                    shown_phase = phase
                lines.append(f"    \u2022 {text}")
            self.items.setText("\n".join(lines))
        else:
            self.items_heading.setText(
                fill(self.tr("%1 Every item of the checklist is settled."), OK_MARK)
            )
            self.items.setText("")
        self.items.setVisible(bool(count))

        appointment = facts.next_appointment
        if appointment is None:
            self.appointment.setText(fill(self.tr("%1 No next appointment yet."), WARN_MARK))
        else:
            when = format_datetime(appointment.starts_at)
            where = fill(self.tr(", %1"), appointment.place) if appointment.place else ""
            self.appointment.setText(
                fill(self.tr("%1 Next appointment: %2%3."), OK_MARK, when, where)
            )
        if facts.unmarked is not None:
            when = format_datetime(facts.unmarked.starts_at)
            note = self.tr("%1 The appointment of %2 (this conversation) is not marked kept yet.")
            self.appointment.setText(self.appointment.text() + "\n" + fill(note, WARN_MARK, when))
        self.appointment.setAccessibleName(self.appointment.text())

        if facts.sheet_handed_at is None:
            self.sheet.setText(
                fill(self.tr("%1 The client's sheet was not printed or saved yet."), WARN_MARK)
            )
        else:
            self.sheet.setText(
                fill(
                    self.tr("%1 The client's sheet was printed or saved on %2."),
                    OK_MARK,
                    format_datetime(facts.sheet_handed_at),
                )
            )
        if facts.sheet_warning:
            self.sheet.setText(self.sheet.text() + "\n" + facts.sheet_warning)
        self.sheet.setAccessibleName(self.sheet.text())

        finished = facts.finished_at is not None
        if finished:
            assert facts.finished_at is not None
            self.state.setText(
                fill(
                    self.tr("%1 This conversation was finished on %2."),
                    OK_MARK,
                    format_datetime(facts.finished_at),
                )
            )
        self.state.setVisible(finished)
        self.finish_button.setVisible(not finished)

    def refuse_finish(self, reason: str) -> None:
        """Say why the conversation was not finished (above the finish button)."""
        self.state.setText(fill(self.tr("%1 Not finished: %2"), WARN_MARK, reason))
        self.state.setVisible(True)

    def focus_first(self) -> None:
        target = self.finish_button if self.finish_button.isVisible() else self.sheet_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
