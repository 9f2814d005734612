"""The checklist of the current phase: its purpose and items, one page per stepper entry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ChecklistAnswer, ItemState
from intakecompanion.guide import Item
from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.conversation.focus_spot import Place, ancestor, part_name
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.pages import ChecklistPage
from intakecompanion.ui.conversation.read_only import make_read_only
from intakecompanion.ui.shared.autosave import AutoSaver, FlushOnFocusOut
from intakecompanion.ui.shared.widgets import PlainLabel

Answers = dict[str, ChecklistAnswer]


class ChecklistPanel(QStackedWidget):
    """Shows one page at a time; every tick and item note goes through the autosaver."""

    progress_changed = Signal(int)  # page index
    item_focused = Signal(object)  # guide Item
    help_requested = Signal(object)  # guide Item
    link_requested = Signal(str)  # what the item feeds: "steps", "consents", "next_appointment"

    def __init__(
        self,
        casebook: Casebook,
        saver: AutoSaver,
        conversation_id: int,
        pages: list[ChecklistPage],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self._lang = lang
        self.pages = pages
        self._items: dict[str, Item] = {}
        # A page's rows are built when it is first shown (or asked for): a conversation opens
        # with one page of widgets, not every phase's (most of the time of opening it).
        self._rows: list[list[ItemRow] | None] = [None] * len(pages)
        self._last_focused: dict[int, ItemRow] = {}
        self._flush_on_focus_out = FlushOnFocusOut(saver, self)
        self._answers = casebook.answers(conversation_id)  # as stored when the view opened
        self.read_only = False  # a finished conversation: pages built later are read-only too
        self.setAccessibleName(self.tr("Checklist"))
        for _page in pages:
            self.addWidget(QWidget())  # a stand-in until the page is first shown

    def _page_rows(self, index: int) -> list[ItemRow]:
        """The page's rows, building the page in place of its stand-in the first time."""
        rows = self._rows[index]
        stand_in = self.widget(index)
        if rows is None and stand_in is not None:
            scroll, rows = self._build_page(index, self.pages[index], self._answers)
            self._rows[index] = rows
            if self.read_only:
                make_read_only(scroll)
            self.insertWidget(index, scroll)
            self.removeWidget(stand_in)
            stand_in.deleteLater()
        return rows or []

    def _build_page(
        self, index: int, page: ChecklistPage, answers: Answers
    ) -> tuple[QScrollArea, list[ItemRow]]:
        # Made inside its final parents: moving a made page restyles all of it again.
        scroll = QScrollArea(self)
        body = QWidget(scroll.viewport())
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        if page.is_carried_over:
            title = self.tr("Left open in the intake")
            purpose = self.tr(
                "These items were not yet dealt with in the intake. Tick them here once they are."
            )
        else:
            title, purpose = page.title, page.purpose
        title_label = PlainLabel(title, body)
        title_label.setProperty("role", "phase-title")
        emphasize(title_label, 1.3)
        title_label.setWordWrap(True)
        purpose_label = PlainLabel(purpose, body)
        purpose_label.setProperty("role", "phase-purpose")
        purpose_label.setWordWrap(True)
        layout.addWidget(title_label)
        layout.addWidget(purpose_label)
        rows: list[ItemRow] = []
        for item in page.items:
            row = self._build_row(index, item, answers, body)
            layout.addWidget(row)
            rows.append(row)
        layout.addStretch(1)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(title)
        return scroll, rows

    def _build_row(self, index: int, item: Item, answers: Answers, parent: QWidget) -> ItemRow:
        self._items[item.id] = item
        row = ItemRow(item.id, item.text(self._lang), self._link_text(item.feeds), parent)
        answer = answers.get(item.id)
        if answer is not None:
            row.set_state_quietly(answer.state)
            row.note.set_text_quietly(answer.note)
        row.state_chosen.connect(self._save_state)
        row.note_edited.connect(self._save_note)
        row.focused.connect(lambda _id, r=row, i=index: self._row_focused(i, r))
        row.help_requested.connect(lambda item_id: self.help_requested.emit(self._items[item_id]))
        row.link_requested.connect(lambda feed=item.feeds: self.link_requested.emit(feed))
        row.move_requested.connect(lambda step, r=row, i=index: self._move(i, r, step))
        row.note.installEventFilter(self._flush_on_focus_out)
        return row

    def _link_text(self, feeds: str | None) -> str:
        return {
            "steps": self.tr("\u2192 Steps (Ctrl+3)"),
            "consents": self.tr("\u2192 Consents (Ctrl+4)"),
            "next_appointment": self.tr("\u2192 Appointment (Ctrl+5)"),
        }.get(feeds or "", "")

    # -- saving ------------------------------------------------------------------------------

    # Each change is a replay (no widget in it): see autosave.py.

    def _save_state(self, item_id: str, state: str) -> None:
        conversation_id = self._conversation_id

        def replay(book: Casebook) -> None:
            book.set_item_state(conversation_id, item_id, ItemState(state))

        self._saver.save_now(("item-state", item_id), replay)
        self.progress_changed.emit(self.currentIndex())

    def _save_note(self, item_id: str, text: str) -> None:
        conversation_id = self._conversation_id

        def replay(book: Casebook) -> None:
            book.set_item_note(conversation_id, item_id, text)

        self._saver.change(("item-note", item_id), replay)

    # -- navigation --------------------------------------------------------------------------

    def _row_focused(self, index: int, row: ItemRow) -> None:
        self._last_focused[index] = row
        scroll = self.widget(index)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(row, 0, 12)
        self.item_focused.emit(self._items[row.item_id])

    def _move(self, index: int, row: ItemRow, step: int) -> None:
        rows = self._page_rows(index)
        position = rows.index(row) + step
        if 0 <= position < len(rows):
            rows[position].setFocus(Qt.FocusReason.TabFocusReason)

    def show_page(self, index: int) -> None:
        self._page_rows(index)
        self.setCurrentIndex(index)

    def rows(self, index: int) -> list[ItemRow]:
        return list(self._page_rows(index))

    def _states(self, index: int) -> list[tuple[str, ItemState]]:
        """(item text, state) of the page's items: from its rows once built (they are what
        the coach changes), else as stored when the view opened (nothing else changes them)."""
        return [(text, state) for _item_id, text, state in self._items_now(index)]

    def _items_now(self, index: int) -> list[tuple[str, str, ItemState]]:
        """(item id, text, state) of the page's items, as `_states` reads them."""
        rows = self._rows[index]
        if rows is not None:
            return [(row.item_id, row.item_text, row.state) for row in rows]
        return [
            (item.id, item.text(self._lang), answer.state if answer else ItemState.OPEN)
            for item in self.pages[index].items
            for answer in [self._answers.get(item.id)]
        ]

    def progress(self, index: int) -> tuple[int, int]:
        """(settled, total) items of the page: settled is done or not applicable."""
        states = [state for _text, state in self._states(index)]
        return sum(state is not ItemState.OPEN for state in states), len(states)

    def open_items(self, index: int) -> list[str]:
        """The texts of the page's items still open."""
        return [text for text, state in self._states(index) if state is ItemState.OPEN]

    def open_item_ids(self, index: int) -> list[str]:
        """The ids of the page's items still open."""
        return [i for i, _text, state in self._items_now(index) if state is ItemState.OPEN]

    def focus_place(self, widget: QWidget) -> Place | None:
        """The item whose line or note `widget` is (FocusSpot)."""
        row = ancestor(widget, ItemRow, self)
        if row is None:
            return None
        return ("item", row.item_id, part_name(row, widget, ("note",)) or "line")

    def field_at(self, place: Place) -> QWidget | None:
        """The line or note of `focus_place` on the page shown, if the item is on it."""
        rows = self._page_rows(self.currentIndex()) if self.pages else []
        row = next((r for r in rows if place[:2] == ("item", r.item_id)), None)
        if row is None:
            return None
        return row.note if place[2:] == ("note",) else row

    def focus_page(self) -> None:
        """Focus where the coach was on this page, else its first open item."""
        index = self.currentIndex()
        rows = self._page_rows(index) if 0 <= index < len(self._rows) else []
        if not rows:
            return
        target = self._last_focused.get(index)
        if target is None:
            target = next((r for r in rows if r.state is ItemState.OPEN), rows[0])
        target.setFocus(Qt.FocusReason.OtherFocusReason)
