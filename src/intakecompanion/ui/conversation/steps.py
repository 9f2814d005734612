"""Small concrete steps: what, who (client, coach, together), by when, and how it stands."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Step, StepOwner, StepStatus
from intakecompanion.ui.conversation.drafts import StepDraft
from intakecompanion.ui.conversation.earlier_steps import EarlierStepRow, EarlierSteps
from intakecompanion.ui.conversation.fields import ConfirmButton
from intakecompanion.ui.conversation.focus_spot import LOST, Place, ancestor, part_name
from intakecompanion.ui.conversation.growing_list import GrowingList
from intakecompanion.ui.shared.autosave import AutoSaver, FlushOnFocusOut
from intakecompanion.ui.shared.choice_box import ChoiceBox
from intakecompanion.ui.shared.date_entry import DateEntry
from intakecompanion.ui.shared.fit import natural_width, reflow
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel, focus_at_end

STEP_FIELDS = ("what", "who", "due", "status", "delete_button")  # a step's fields, by name


class StepRow(QFrame):
    """The editors of one step; the panel saves what they hold."""

    def __init__(self, number: int, step: Step | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.what = QLineEdit(step.what if step else "", self)
        self.what.setPlaceholderText(self.tr("What is the step?"))
        self.what.setAccessibleName(fill(self.tr("Step %1: what"), number))
        self.who = ChoiceBox(self)
        for owner, label in (
            (StepOwner.CLIENT, self.tr("Client")),
            (StepOwner.COACH, self.tr("Coach")),
            (StepOwner.TOGETHER, self.tr("Together")),
        ):
            self.who.addItem(label, str(owner))
        self.who.setAccessibleName(fill(self.tr("Step %1: who"), number))
        # Its words across the row, under the fields: under the field, in a third of the
        # row, a past date's warning was a column of four lines.
        self.due = DateEntry(self.tr("no date"), self, reading_at="owner")
        self.due.setObjectName(f"step-{number}-due")  # its text is told by name over a lock
        self.due.setAccessibleName(fill(self.tr("Step %1: by when"), number))
        self.status = ChoiceBox(self)
        for status, label in (
            (StepStatus.OPEN, self.tr("Open")),
            (StepStatus.DONE, self.tr("Done")),
            (StepStatus.DROPPED, self.tr("Dropped")),
        ):
            self.status.addItem(label, str(status))
        self.status.setAccessibleName(fill(self.tr("Step %1: status"), number))
        self.delete_button = ConfirmButton(self.tr("Delete"), self.tr("Click again"), self)
        self.delete_button.setAccessibleName(fill(self.tr("Delete step %1"), number))
        if step is not None:
            self.who.setCurrentIndex(self.who.findData(str(step.who)))
            self.status.setCurrentIndex(self.status.findData(str(step.status)))
            self.due.set_value(step.due_date)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setHorizontalSpacing(6)
        layout.addWidget(self.what, 0, 0, 1, 3)
        layout.addWidget(self.due.reading_label, 2, 0, 1, 3)
        # Delete last, in reading order as in Tab order: under the step's own fields (beside
        # them the row grew wider than the side panel with larger text).
        layout.addWidget(self.delete_button, 3, 0, 1, 3, Qt.AlignmentFlag.AlignRight)
        # Who, by when and status side by side; one under the other where the panel is
        # narrower than they are (a large zoom), not scrolled sideways.
        self._fields = QHBoxLayout()
        self._fields.setContentsMargins(0, 0, 0, 0)
        for caption, editor in (
            (self.tr("Who"), self.who),
            (self.tr("By"), self.due),
            (self.tr("Status"), self.status),
        ):
            cell = QVBoxLayout()
            cell.setSpacing(0)
            caption_label = PlainLabel(caption, self)
            caption_label.setProperty("role", "field-caption")
            caption_label.setBuddy(editor)
            cell.addWidget(caption_label)
            cell.addWidget(editor)
            cell.addStretch(1)
            self._fields.addLayout(cell, 1)
        layout.addLayout(self._fields, 1, 0, 1, 3)
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        reflow(self._fields, self, lambda: natural_width(self._fields) + margins)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._place_reading()  # after reflow's filter has set the fields' direction
        return super().event(event)

    def _place_reading(self) -> None:
        """The date's words under its own field while the fields stand one under the other
        (across the row below them they sat under "Status", away from the date); across the
        row while the fields stand side by side."""
        stacked = self._fields.direction() == QBoxLayout.Direction.TopToBottom
        label, grid = self.due.reading_label, self.layout()
        cell = self._fields.itemAt(1)  # by when: its caption, its field
        by = cell.layout() if cell is not None else None
        if not isinstance(grid, QGridLayout) or not isinstance(by, QBoxLayout):
            return
        if stacked == (by.indexOf(label) >= 0):
            return
        if stacked:
            grid.removeWidget(label)
            by.insertWidget(2, label)  # under the field, above the cell's stretch
        else:
            by.removeWidget(label)
            grid.addWidget(label, 2, 0, 1, 3)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """The fields one under the other: as narrow as the widest of them."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        cells = [self._fields.itemAt(i) for i in range(self._fields.count())]
        widest = max(cell.minimumSize().width() for cell in cells if cell is not None)
        what = max(
            widest, self.what.minimumSizeHint().width(), self.delete_button.sizeHint().width()
        )
        width = what + margins.left() + margins.right() + 2 * self.frameWidth()
        return QSize(width, super().minimumSizeHint().height())

    def owner(self) -> StepOwner:
        return StepOwner(self.who.currentData())

    def step_status(self) -> StepStatus:
        return StepStatus(self.status.currentData())


class StepsPanel(GrowingList):
    """The client's open steps from other conversations (ticked done or dropped here), then
    the steps agreed in this conversation; a new step is stored once it says what. Until then
    who, by when and status chosen for it are a form nothing saves (`form_texts`): kept in
    memory over a lock and when the conversation is left, and asked about before quitting."""

    def __init__(
        self,
        casebook: Casebook,
        saver: AutoSaver,
        conversation_id: int,
        parent: QWidget | None = None,
        *,
        earlier: list[Step] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(8, parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self._tokens = itertools.count(1)
        self._flush_on_focus_out = FlushOnFocusOut(saver, self)
        self.rows: list[StepRow] = []
        self._drafts: dict[StepRow, StepDraft] = {}
        self.setAccessibleName(self.tr("Small steps"))
        self.add_button.setText(self.tr("New step (Ctrl+Shift+S)"))
        self.add_button.setAccessibleName(self.tr("New step"))
        self.add_button.clicked.connect(self.add_step)
        self.earlier = EarlierSteps(
            casebook, saver, conversation_id, earlier or [], today or date.today(), self
        )
        if self.earlier.rows:
            for caption, widget in (
                (self.tr("Steps from other conversations"), self.earlier),
                (self.tr("Agreed in this conversation"), None),
            ):
                heading = PlainLabel(caption, self)
                heading.setProperty("role", "section")
                self.append(heading)
                if widget is not None:
                    self.append(widget)
        for step in casebook.steps(conversation_id):
            self._add_row(step)

    def _add_row(self, step: Step | None) -> StepRow:
        row = StepRow(len(self.rows) + 1, step)
        draft = StepDraft(
            self._conversation_id,
            step.id if step else None,
            row.what.text(),
            row.owner(),
            row.due.value(),
            row.step_status(),
        )
        self._drafts[row] = draft
        token = next(self._tokens)
        row.what.textEdited.connect(lambda text, d=draft, t=token: self._what_edited(d, t, text))
        row.who.chosen.connect(lambda _i, r=row, d=draft, t=token: self._who_set(r, d, t))
        row.status.chosen.connect(lambda _i, r=row, d=draft, t=token: self._status_set(r, d, t))
        row.due.value_changed.connect(lambda _d, r=row, d=draft, t=token: self._due_set(r, d, t))
        row.delete_button.confirmed.connect(lambda r=row, t=token: self._delete(r, t))
        row.what.installEventFilter(self._flush_on_focus_out)
        row.due.edit.installEventFilter(self._flush_on_focus_out)
        self.append(row)
        self.rows.append(row)
        return row

    def add_step(self) -> StepRow:
        row = self._add_row(None)
        row.what.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reveal_soon(row)
        return row

    # -- a new step that says no what yet (HoldsForm) -------------------------------------------

    def form_texts(self) -> dict[str, str]:
        """The new steps not stored for want of what (an empty step would be a line on the
        client's sheet) whose who, by when or status was set, by their place among those:
        "new-0/who", "new-0/status", "new-0/due" (the date field's text as typed)."""
        texts: dict[str, str] = {}
        waiting = [r for r in self.rows if self._drafts[r].id is None and not r.what.text().strip()]
        for place, row in enumerate(r for r in waiting if _set(self._drafts[r], r)):
            draft = self._drafts[row]
            texts[f"new-{place}/who"] = str(draft.who)
            texts[f"new-{place}/status"] = str(draft.status)
            texts[f"new-{place}/due"] = row.due.text()
        return texts

    def type_again(self, texts: dict[str, str]) -> None:
        """After an unlock or opening the conversation again: `form_texts` as new steps after
        the stored ones, as chosen and typed, the cursor in the (last) one's what."""
        places: dict[str, dict[str, str]] = {}
        for key, text in texts.items():
            place, name = key.split("/", 1)
            places.setdefault(place, {})[name] = text
        for place in sorted(places, key=lambda p: int(p.removeprefix("new-"))):
            fields = places[place]
            row = self._add_row(None)
            draft = self._drafts[row]
            row.who.setCurrentIndex(row.who.findData(fields.get("who", str(draft.who))))
            row.status.setCurrentIndex(row.status.findData(fields.get("status", str(draft.status))))
            draft.who, draft.status = row.owner(), row.step_status()
            row.due.type_again(fields.get("due", ""))
            draft.due = row.due.value()
            row.what.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_id(self, row: StepRow) -> int | None:
        """The row's step in the vault (None until it says what and was written)."""
        return self._drafts[row].id

    # -- saving ------------------------------------------------------------------------------

    # The changes read the row's draft, never the row: each is a replay (no widget in it), so
    # a lock can hand it over (autosave.py).

    def _save(self, key: tuple[str, int], draft: StepDraft, update: Callable[..., None]) -> None:
        """Save a step's change: the first write creates the step with all its fields."""

        def replay(book: Casebook) -> None:
            if draft.ensure_stored(book):
                assert draft.id is not None
                update(book, draft.id)

        if key[0] in ("step-what", "step-due"):  # typed: after a pause
            self._saver.change(key, replay)
        else:
            self._saver.save_now(key, replay)

    def _what_edited(self, draft: StepDraft, token: int, text: str) -> None:
        draft.what = text
        self._save(("step-what", token), draft, lambda book, i: book.update_step(i, what=text))

    def _who_set(self, row: StepRow, draft: StepDraft, token: int) -> None:
        owner = draft.who = row.owner()
        self._save(("step-who", token), draft, lambda book, i: book.update_step(i, who=owner))

    def _status_set(self, row: StepRow, draft: StepDraft, token: int) -> None:
        status = draft.status = row.step_status()
        self._save(
            ("step-status", token), draft, lambda book, i: book.update_step(i, status=status)
        )

    def _due_set(self, row: StepRow, draft: StepDraft, token: int) -> None:
        due = draft.due = row.due.value()
        self._save(("step-due", token), draft, lambda book, i: book.update_step(i, due_date=due))

    def _delete(self, row: StepRow, token: int) -> None:
        for field in ("what", "who", "status", "due"):
            self._saver.discard(("step-" + field, token))
        step_id = self._drafts.pop(row).id
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        if step_id is not None:

            def replay(book: Casebook) -> None:
                book.delete_step(step_id)

            self._saver.save_now(("step-delete", token), replay)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_place(self, widget: QWidget) -> Place | None:
        """The step (by its id) whose field `widget` is; a new step that says nothing yet is
        ("step", None, "what"): a new step again (FocusSpot)."""
        earlier = ancestor(widget, EarlierStepRow, self)
        if earlier is not None:
            return ("earlier", earlier.step.id)
        row = ancestor(widget, StepRow, self)
        if row is None:
            return None
        part = part_name(row, widget, STEP_FIELDS)
        step_id = self.step_id(row)
        if part is None or (step_id is None and (part != "what" or row.what.text())):
            return LOST
        return ("step", step_id, part)

    def field_at(self, place: Place) -> QWidget | None:
        if place[:1] == ("earlier",):
            row = next((r for r in self.earlier.rows if r.step.id == place[1]), None)
            return row.status if row is not None else None
        if place[:1] != ("step",):
            return None
        if place[1] is None:
            return self.add_step().what
        found = next((r for r in self.rows if self.step_id(r) == place[1]), None)
        return getattr(found, str(place[2])) if found is not None else None

    def focus_first(self) -> None:
        if self.earlier.rows:
            self.earlier.rows[0].status.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        focus_at_end(self.rows[0].what if self.rows else self.add_button)


def _set(draft: StepDraft, row: StepRow) -> bool:
    """Whether anything of a new step is set: who or status chosen other than a new step's,
    a date, or text in the date field."""
    new = StepDraft(draft.conversation_id)
    return (draft.who, draft.status, draft.due) != (new.who, new.status, new.due) or bool(
        row.due.text().strip()
    )
