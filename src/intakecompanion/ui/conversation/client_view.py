"""Show the client: the conversation as the client may read it, in large text, for turning the
laptop towards them across the table (the design's read-back mode).

It is built from the client's sheet (summary.content), so it holds exactly what the sheet may
hold: shared notes, steps, consents and the next appointment, never an internal note, nor
another client's name. The window shows no menus meanwhile; Esc or F11 goes back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.summary.content import StepLine, Summary, build_summary
from intakecompanion.ui.shared.widgets import PlainLabel

TEXT_SCALE = 1.8  # readable from across a table


class ClientView(QScrollArea):
    """Read-only; `closed` on Esc (F11 is the workspace's toggle)."""

    closed = Signal()

    @classmethod
    def of_conversation(cls, casebook: Casebook, conversation_id: int, lang: str) -> ClientView:
        """What the client reads of the conversation, in the client's language (else `lang`),
        built from what is on disk, like the sheet."""
        client_id = casebook.conversation(conversation_id).client_id
        client_lang = casebook.client(client_id).language_or(lang)
        return cls(build_summary(casebook, conversation_id, client_lang))

    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("What the client may read"))
        self._body = QWidget(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self._body.setFont(font)
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(48, 24, 48, 24)
        self._column.setSpacing(10)
        title = self._add(summary.text("for_client", name=summary.client_name))
        bold = QFont(font)
        bold.setPointSizeF(font.pointSizeF() * 1.25)
        bold.setBold(True)
        title.setFont(bold)
        self._add(summary.date_sentence())
        for line in summary.not_held:  # appointments since the previous one that did not happen
            self._add(line.sentence)
        notes = summary.notes_section()
        if notes is not None:  # none of a meeting that did not take place, without notes
            self._section(*notes)
        self._section(summary.text("steps_heading"), self._steps(summary))
        self._section(summary.consents_heading(), self._consents(summary))
        self._section(summary.appointment_heading(), self._appointment(summary))
        self._column.addStretch(1)
        back = self._add(self.tr("Esc or F11: back to the conversation"), "hint")
        back.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setWidget(self._body)

    def _add(self, text: str, role: str = "") -> PlainLabel:
        label = PlainLabel(text, self._body)
        label.setFont(self._body.font())  # the application font is set on every widget
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        self._column.addWidget(label)
        return label

    def _section(self, heading: str, lines: tuple[str, ...] | list[str]) -> None:
        self._column.addSpacing(12)
        self._add(heading, "client-view-heading")
        for line in lines:
            self._add(line)

    @staticmethod
    def _step(summary: Summary, step: StepLine) -> str:
        # A step without a date is said without one ("(Geen datum)" stood mid-sentence); the
        # sheet's table has a column for it, where the words stand alone.
        value = f"{step.what} ({step.by_when})" if step.due_on else step.what
        return summary.text("labelled", label=step.who, value=value)

    def _steps(self, summary: Summary) -> list[str]:
        lines = []
        if summary.steps:
            lines.append(summary.text("steps_open"))
            lines += [self._step(summary, step) for step in summary.steps]
        if summary.steps_succeeded:
            lines.append(summary.text("steps_succeeded"))
            lines += [self._step(summary, step) for step in summary.steps_succeeded]
        if summary.steps_stopped:
            lines.append(summary.text("steps_stopped"))
            lines += [self._step(summary, step) for step in summary.steps_stopped]
        return lines or [summary.no_steps]

    @staticmethod
    def _consents(summary: Summary) -> list[str]:
        lines = []
        for c in summary.consents:
            line = summary.text("labelled", label=c.recipient, value=f"{c.information}. {c.status}")
            if c.until:
                until = summary.text("labelled", label=summary.text("consent_until"), value=c.until)
                line += f" {until}."
            lines.append(line)
        if summary.no_consent:
            lines.append(summary.no_consent)
        return lines

    @staticmethod
    def _appointment(summary: Summary) -> list[str]:
        appointment = summary.appointment
        if appointment is None:
            return [summary.no_appointment()]
        lines = [appointment.when]
        if appointment.made_with:
            lines.append(summary.text("appointment_made_with", coach=appointment.made_with))
        if appointment.place:
            lines.append(summary.text("appointment_place", place=appointment.place))
        if appointment.with_whom:
            lines.append(summary.text("appointment_with", with_whom=appointment.with_whom))
        return lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)
