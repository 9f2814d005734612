"""The steps agreed in earlier conversations, in the one where they are checked: each says what,
who and by when (overdue in words and a mark), and is ticked done or dropped right there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Step, StepStatus
from intakecompanion.ui.conversation.agreement_lines import is_overdue, step_line
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.ui.shared.choice_box import ChoiceBox
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property


class EarlierStepRow(QFrame):
    """A step from an earlier conversation: its line, and how it stands now."""

    def __init__(self, step: Step, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._today = today
        self.setObjectName("stepRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdue = False
        self.label = PlainLabel(parent=self)
        self.label.setWordWrap(True)
        self.status = ChoiceBox(self)
        for status, label in (
            (StepStatus.OPEN, self.tr("Open")),
            (StepStatus.DONE, self.tr("Done")),
            (StepStatus.DROPPED, self.tr("Dropped")),
        ):
            self.status.addItem(label, str(status))
        self.status.setCurrentIndex(self.status.findData(str(step.status)))
        self.show_line()
        self.label.setBuddy(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

    def chosen(self) -> StepStatus:
        return StepStatus(self.status.currentData())

    def show_line(self) -> None:
        """What, who, by when; "overdue" only while it is open (a step done is not late)."""
        step = replace(self.step, status=self.chosen())
        self.overdue = is_overdue(step, self._today)
        set_style_property(self, "overdue", "true" if self.overdue else "false")
        self.label.setText(step_line(step, self._today))
        self.status.setAccessibleName(fill(self.tr("Status of: %1"), self.label.text()))


class EarlierSteps(QWidget):
    """Rows for the client's open steps from other conversations, and those settled here."""

    changed = Signal()  # a step's status was chosen

    def __init__(
        self,
        casebook: Casebook,
        saver: AutoSaver,
        conversation_id: int,
        steps: list[Step],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self.rows: list[EarlierStepRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for step in steps:
            row = EarlierStepRow(step, today, self)
            row.status.chosen.connect(lambda _i, r=row: self._status_chosen(r))
            column.addWidget(row)
            self.rows.append(row)

    def overdue_promises(self) -> int:
        """The coach's own open steps past their date (marked in the conversation's header)."""
        return sum(
            1
            for row in self.rows
            if row.overdue and row.step.who.is_coach_promise and row.chosen() is StepStatus.OPEN
        )

    def _status_chosen(self, row: EarlierStepRow) -> None:
        row.show_line()
        step_id, status, conversation_id = row.step.id, row.chosen(), self._conversation_id

        def replay(book: Casebook) -> None:
            book.set_step_status(step_id, status, conversation_id)

        self._saver.save_now(("earlier-step", step_id), replay)
        self.changed.emit()
