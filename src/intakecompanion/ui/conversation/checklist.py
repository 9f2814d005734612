"""The checklist of the current phase: its purpose and items, one page per stepper entry.

A page is built when first shown, with its first `FIRST_ROWS` items; the others (a follow-up
can carry over every item of the intake) are made when first needed (later.py): scrolled into
sight, Tab or the arrow keys going on to them, or anything that looks for one of them. All at
once with a screen reader running, which reads the whole page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ChecklistAnswer, ItemState
from intakecompanion.guide import Item
from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.conversation.focus_spot import Place, ancestor, part_name
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.later import Later
from intakecompanion.ui.conversation.pages import ChecklistPage
from intakecompanion.ui.conversation.read_only import make_read_only
from intakecompanion.ui.shared.autosave import AutoSaver, FlushOnFocusOut
from intakecompanion.ui.shared.widgets import PlainLabel

Answers = dict[str, ChecklistAnswer]


class ChecklistPanel(QStackedWidget):
    """Shows one page at a time; every tick and item note goes through the autosaver."""

    # About a screen of items at 1280x720; more than any phase of the built-in guides has.
    FIRST_ROWS = 10

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
        self._rows: list[list[ItemRow] | None] = [None] * len(pages)  # the rows made
        self._later: dict[int, Later] = {}  # page index: the stand-in for its rows to come
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
        first = page.items if QAccessible.isActive() else page.items[: self.FIRST_ROWS]
        for item in first:
            row = self._build_row(index, item, answers, body)
            layout.addWidget(row)
            rows.append(row)
        if len(first) < len(page.items):
            later = Later(
                len(page.items) - len(first),
                lambda: max(row.sizeHint().height() for row in rows),
                lambda: self._make_later(index, self.FIRST_ROWS),  # a screen more
                body,
                focus_to=lambda backwards: self._focus_later(index, backwards),
            )
            later.setAccessibleName(title)
            self._later[index] = later
            layout.addWidget(later)
        layout.addStretch(1)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(title)
        return scroll, rows

    def _make_later(self, index: int, most: int | None = None) -> None:
        """Make the page's rows not made yet (`most` of them: a screen), in the stand-in's
        place and after the others in the Tab order (made after the rest of the view, they
        would come last). The stand-in stays for those still to make, after them."""
        later = self._later.get(index)
        rows = self._rows[index]
        if later is None or rows is None:
            return
        body = later.parentWidget()
        assert body is not None
        layout = body.layout()
        assert isinstance(layout, QVBoxLayout)
        position = layout.indexOf(later)
        previous: QWidget = rows[-1].note
        items = self.pages[index].items
        for item in items[len(rows) :][:most]:
            row = self._build_row(index, item, self._answers, body)
            layout.insertWidget(position, row)
            position += 1
            rows.append(row)
            if body.isVisible():
                row.show()  # now, not when the layout gets to it: Tab may come next
            if self.read_only:
                make_read_only(row)
                row.read_only = True
            for widget in (row, row.note):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        if len(rows) < len(items):
            later.set_count(len(items) - len(rows))
            return
        del self._later[index]
        later.hide()
        layout.removeWidget(later)
        later.deleteLater()

    def _focus_later(self, index: int, backwards: bool) -> None:
        """Tab came to the rows not made yet: forwards to the first of them, backwards (from
        after the checklist) to the last one's note."""
        made = len(self._rows[index] or ())
        self._make_later(index)
        rows = self._rows[index] or []
        if len(rows) > made:
            target = rows[-1].note if backwards else rows[made]
            reason = (
                Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
            )
            target.setFocus(reason)

    def tab_stops(self, index: int) -> list[QWidget]:
        """The page's stops in the Tab order as it reads: each made item and its note, then
        the stand-in for the items to come (Tab on it makes them)."""
        stops: list[QWidget] = [w for row in self._page_rows(index) for w in (row, row.note)]
        later = self._later.get(index)
        return [*stops, later] if later is not None else stops

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
        if position == len(rows):  # on to an item not made yet
            rows = self.rows(index)
        if 0 <= position < len(rows):
            rows[position].setFocus(Qt.FocusReason.TabFocusReason)

    def focused_item(self) -> Item | None:
        """The item whose row (or its note) on the page shown has the keyboard, else None."""
        widget = QApplication.focusWidget()
        index = self.currentIndex()
        if widget is None or not 0 <= index < len(self._rows):
            return None
        for row in self.made_rows(index):
            if widget is row or row.isAncestorOf(widget):
                return self._items[row.item_id]
        return None

    def show_page(self, index: int) -> None:
        self._page_rows(index)
        self.setCurrentIndex(index)

    def rows(self, index: int) -> list[ItemRow]:
        """Every row of the page, made now if need be."""
        self._page_rows(index)
        self._make_later(index)
        return list(self._page_rows(index))

    def made_rows(self, index: int) -> list[ItemRow]:
        """The rows of the page made so far (none before it is shown)."""
        return list(self._rows[index] or ())

    def _states(self, index: int) -> list[tuple[str, ItemState]]:
        """(item text, state) of the page's items: from their rows once made (they are what
        the coach changes), else as stored when the view opened (nothing else changes them)."""
        made = {row.item_id: row for row in self._rows[index] or ()}
        return [
            (row.item_text, row.state)
            if row is not None
            else (item.text(self._lang), answer.state if answer else ItemState.OPEN)
            for item in self.pages[index].items
            for row, answer in [(made.get(item.id), self._answers.get(item.id))]
        ]

    def progress(self, index: int) -> tuple[int, int]:
        """(settled, total) items of the page: settled is done or not applicable."""
        states = [state for _text, state in self._states(index)]
        return sum(state is not ItemState.OPEN for state in states), len(states)

    def open_items(self, index: int) -> list[str]:
        """The texts of the page's items still open."""
        return [text for text, state in self._states(index) if state is ItemState.OPEN]

    def focus_place(self, widget: QWidget) -> Place | None:
        """The item whose line or note `widget` is (FocusSpot)."""
        row = ancestor(widget, ItemRow, self)
        if row is None:
            return None
        return ("item", row.item_id, part_name(row, widget, ("note",)) or "line")

    def field_at(self, place: Place) -> QWidget | None:
        """The line or note of `focus_place` on the page shown, if the item is on it."""
        index = self.currentIndex()
        if not self.pages or place[:1] != ("item",):
            return None
        ids = [item.id for item in self.pages[index].items]
        if place[1] not in ids:
            return None
        rows = self._page_rows(index)
        if ids.index(str(place[1])) >= len(rows):
            rows = self.rows(index)
        row = rows[ids.index(str(place[1]))]
        return row.note if place[2:] == ("note",) else row

    def focus_page(self) -> None:
        """Focus where the coach was on this page, else its first open item."""
        index = self.currentIndex()
        rows = self._page_rows(index) if 0 <= index < len(self._rows) else []
        if not rows:
            return
        target = self._last_focused.get(index)
        if target is None:
            states = [state for _text, state in self._states(index)]
            first_open = states.index(ItemState.OPEN) if ItemState.OPEN in states else 0
            if first_open >= len(rows):
                rows = self.rows(index)
            target = rows[first_open]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
