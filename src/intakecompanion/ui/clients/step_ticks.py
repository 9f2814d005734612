"""Ticking off a step between conversations (tour9 #4): the client says by phone on Tuesday that
the step is done, or the coach kept her own promise, and she records it from the client page in
two clicks, without a follow-up conversation; a wrong click is taken back until a conversation
begins (that conversation lists the step as settled since, and corrects it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Step, StepStatus
from intakecompanion.domain.rows import UnknownRecord
from intakecompanion.ui.conversation.agreement_lines import step_line
from intakecompanion.ui.shared.fit import FlowRow
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import MessageLabel
from intakecompanion.vault.errors import VaultError

MENU_ROOM = 50  # characters of a step's words in the menu: one line per entry, fits at 200 %


def short(what: str, room: int = MENU_ROOM) -> str:
    """A step's words on one line, cut with an ellipsis past `room` characters."""
    line = " ".join(what.split())
    return line if len(line) <= room else line[: room - 1].rstrip() + "\u2026"


def _menu_text(text: str) -> str:
    """A step's words in a menu: an & is a letter, not a key."""
    return text.replace("&", "&&")


class StepTicks(QWidget):
    """Under the client's open steps: a button whose menu marks one done or dropped (no longer
    to do), and "take back" for the step changed last outside a conversation; a line says what
    was recorded."""

    changed = Signal()  # a step ticked off or taken back: the page is read again

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._client_id = 0
        self._noted: Step | None = None
        # No Alt letter: every letter of its words is taken on the client page (in nl, en and
        # fr); Tab reaches it first after the language.
        self.tick = QPushButton(self.tr("Tick off a step..."), self)
        self.tick.setAccessibleName(
            self.tr("Mark an open step done or dropped, without a conversation")
        )
        self.menu_ = QMenu(self)
        self.menu_.setAccessibleName(self.tr("Open steps to tick off"))
        self.tick.setMenu(self.menu_)
        self.dropped = QMenu(self.tr("Dropped: no longer to do"), self.menu_)
        self.undo = QPushButton(self)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        row = FlowRow(self)
        for button in (self.tick, self.undo):
            row.add(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        layout.addWidget(self.message)
        self.undo.clicked.connect(self._undo)

    def show_for(
        self, client_id: int, open_steps: tuple[Step, ...], noted: Step | None, today: date
    ) -> None:
        """`open_steps`: what can be ticked off (none: no button); `noted`: the step changed
        last outside a conversation (none: nothing to take back)."""
        if client_id != self._client_id:
            self.message.clear_message()
        self._client_id, self._noted = client_id, noted
        self.menu_.clear()
        self.dropped.clear()
        for step in open_steps:
            # Its words cut where long (a menu is one line per entry), who and by when whole.
            line = _menu_text(step_line(replace(step, what=short(step.what)), today))
            tick = self.menu_.addAction(fill(self.tr("Done: %1"), line))
            tick.triggered.connect(lambda _checked=False, s=step: self._tick(s, StepStatus.DONE))
            drop = self.dropped.addAction(fill(self.tr("Dropped: %1"), line))
            drop.triggered.connect(lambda _checked=False, s=step: self._tick(s, StepStatus.DROPPED))
        if open_steps:
            self.menu_.addSeparator()
            self.menu_.addMenu(self.dropped)
        self.tick.setVisible(bool(open_steps))
        self.undo.setVisible(noted is not None)
        if noted is not None:
            # Short on the button (it fits the column at 200 %), as the outcome row's; the
            # step's words are in its name and tooltip, and in the message line beside it.
            done = noted.status is StepStatus.DONE
            self.undo.setText(self.tr("Take back: done") if done else self.tr("Take back: dropped"))
            whole = fill(
                self.tr("Take back that this step is done: %1")
                if done
                else self.tr("Take back that this step is dropped: %1"),
                noted.what,
            )
            self.undo.setAccessibleName(whole)
            self.undo.setToolTip(whole)
        self.setVisible(bool(open_steps) or noted is not None or bool(self.message.text()))

    def _tick(self, step: Step, status: StepStatus) -> None:
        book = self._casebook
        if not self._write(lambda: book.set_step_status(step.id, status, None)):
            return
        self.message.show_message(
            fill(
                self.tr("Recorded as done: %1")
                if status is StepStatus.DONE
                else self.tr("Recorded as dropped, no longer to do: %1"),
                step.what,
            ),
            "ok",
        )
        self.changed.emit()
        self.undo.setFocus(Qt.FocusReason.OtherFocusReason)  # a wrong click: one key back

    def _undo(self) -> None:
        noted = self._noted
        if noted is None:
            return
        if not self._write(lambda: self._casebook.undo_step_status(noted.id)):
            return
        self.message.show_message(fill(self.tr("Taken back, open again: %1"), noted.what), "ok")
        self.changed.emit()
        if self.tick.isVisible():
            self.tick.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UnknownRecord:  # a conversation changed it meanwhile: the page shows that
            self.message.show_message(self.tr("This step was changed elsewhere meanwhile."))
            self.changed.emit()
            return False
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error))
            return False
        return True
