"""The client list: instant search (name or words in notes), marks for what needs attention,
and the "new intake" field (name or pseudonym, marked as a pseudonym if it is one, Enter, and
the conversation starts)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import CLIENT_PAGE_SIZE, Casebook
from intakecompanion.domain.model import ClientOverview, ClientPage
from intakecompanion.ui.shared.fit import FlowRow
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel

SEARCH_DEBOUNCE_MS = 150
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole


class NewIntakeField(QWidget):
    """A one-line field for the new client's name or pseudonym, and whether it is a pseudonym;
    Enter starts, Esc cancels."""

    submitted = Signal(str, str, bool)  # name, guide id ("" for the default guide), pseudonym
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = QComboBox(self)
        self.guide.setAccessibleName(self.tr("Guide for the conversation"))
        self.guide.setVisible(False)
        self.name = QLineEdit(self)
        # The whole question above the field, wrapped: as a placeholder it was cut off in the
        # narrow client list ("Naam of schuilnaam van de ni...").
        caption = PlainLabel(self.tr("Name or pseudonym of the new client"), self)
        caption.setWordWrap(True)
        caption.setBuddy(self.name)
        self.name.setAccessibleName(self.tr("Name or pseudonym of the new client"))
        # The client may be seen under a name they chose (issue 15): marked as such from the
        # start, so the file, the search and the copy say so.
        self.pseudonym = QCheckBox(self.tr("The client &gave a pseudonym"), self)
        self.pseudonym.setAccessibleName(self.tr("The name is a pseudonym"))
        self.start = QPushButton(self.tr("Start"), self)
        self.start.setAccessibleName(self.tr("Start the intake"))
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.name)
        # Side by side, or the button under the check box where they do not fit: at 200 %
        # with Windows' fonts the row made the list wider than the client page left room for.
        row = FlowRow(self)
        row.add(self.pseudonym, 1)
        row.add(self.start)
        layout.addWidget(row)
        layout.addWidget(self.guide)
        layout.addWidget(self.message)
        self.setTabOrder(self.name, self.pseudonym)
        self.setTabOrder(self.pseudonym, self.start)
        self.setTabOrder(self.start, self.guide)
        self.name.returnPressed.connect(self._submit)
        self.start.clicked.connect(self._submit)
        self.name.textEdited.connect(lambda _text: self.message.clear_message())

    def set_guides(self, guides: list[tuple[str, str]]) -> None:
        """(id, title) of the intake guides; the choice shows only when there is one to make."""
        self.guide.clear()
        for guide_id, title in guides:
            self.guide.addItem(title, guide_id)
        self.guide.setVisible(len(guides) > 1)

    def open(self) -> None:
        self.setVisible(True)
        self.name.setFocus()
        self.name.selectAll()

    def close_field(self) -> None:
        self.name.clear()
        self.pseudonym.setChecked(False)
        self.message.clear_message()
        self.setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.close_field()
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pseudonym.hasFocus():
            self._submit()  # Enter starts from the mark too, as from the name
            return
        super().keyPressEvent(event)

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.show_message(
                self.tr("Type a name or a pseudonym first; initials are fine too."), "info"
            )
            return
        self.submitted.emit(name, self.guide.currentData() or "", self.pseudonym.isChecked())


class ClientListPanel(QWidget):
    """Emits `client_chosen(id)` when the coach picks a client, `new_intake(name, guide id,
    pseudonym)` to start."""

    client_chosen = Signal(int)
    new_intake = Signal(str, str, bool)  # name, guide id, the name is a pseudonym

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self.new_button = QPushButton(self.tr("&New intake"), self)
        self.new_button.setAccessibleName(self.tr("New intake"))
        self.new_field = NewIntakeField(self)
        self.new_field.setVisible(False)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search: name or word"))
        self.search.setToolTip(self.tr("Search: name or a word from the notes"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Clients"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.empty = PlainLabel(parent=self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.empty.setAccessibleName(self.tr("No clients"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.new_field)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.setTabOrder(self.new_button, self.new_field.name)
        self.setTabOrder(self.new_field.name, self.new_field.pseudonym)
        self.setTabOrder(self.new_field.pseudonym, self.new_field.start)
        self.setTabOrder(self.new_field.start, self.new_field.guide)
        self.setTabOrder(self.new_field.guide, self.search)
        self.setTabOrder(self.search, self.list)

        self._icons = self._make_icons()
        # The list is filled a page at a time; the next page loads when the coach scrolls
        # (or arrows) to the end, so ten thousand clients cost what a hundred do.
        self._loaded_search: str | None = None
        self._has_more = False
        bar = self.list.verticalScrollBar()
        bar.valueChanged.connect(self._load_more_at_end)
        bar.rangeChanged.connect(lambda _low, _high: self._load_more_at_end())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._choose_first)
        self.search.installEventFilter(self)
        self.new_button.clicked.connect(self.open_new_intake)
        self.new_field.submitted.connect(self.new_intake)
        self.new_field.cancelled.connect(self.search.setFocus)
        self.list.itemActivated.connect(self._activated)
        # A client opens when chosen (clicked, arrowed to, Enter), not when Tab merely passes
        # through the list: focus makes the first line current without selecting it, and the
        # overview beside the list stays there for the keyboard to reach.
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    # -- commands ----------------------------------------------------------------------------

    def open_new_intake(self) -> None:
        self.new_field.open()

    def finish_new_intake(self) -> None:
        self.new_field.close_field()

    def show_new_intake_error(self, text: str) -> None:
        self.new_field.message.show_message(text, "error")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self, select_id: int | None = None) -> None:
        """Run the search now and fill the list, keeping (or moving to) the selected client."""
        self._debounce.stop()
        keep = select_id if select_id is not None else self.selected_id()
        text = self.search.text()
        # As many rows as were showing for the same search, so a place far down is kept.
        rows = self.list.count() if text == self._loaded_search else 0
        page = self._casebook.client_page(text, limit=max(CLIENT_PAGE_SIZE, rows))
        self._loaded_search = text
        self._has_more = False  # clearing moves the scroll bar: no page may load meanwhile
        self.list.blockSignals(True)
        self.list.clear()
        self._append(page)
        self.list.blockSignals(False)
        for row in range(self.list.count()):
            if self.list.item(row).data(CLIENT_ID_ROLE) == keep:
                self.list.setCurrentRow(row)
                break
        self._show_empty_hint(bool(page.overviews))

    def select(self, client_id: int) -> None:
        """Make the client the list's current line (a client opened from the overview) if it
        is among the lines loaded; else no line is current. The search is not run again: it
        would load the same lines (the lines are as fresh as the last refresh, which follows
        every change to what they say: a conversation left, a client added or erased)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(CLIENT_ID_ROLE) == client_id:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(-1)

    def _append(self, page: ClientPage) -> None:
        for overview in page.overviews:
            self.list.addItem(self._item_for(overview))
        self._has_more = page.has_more

    def _load_more_at_end(self) -> None:
        bar = self.list.verticalScrollBar()
        # Hidden, or just refilled and not laid out yet, the list has no scroll range: every
        # page would seem to end on screen. A full page always scrolls once laid out.
        if not self._has_more or not self.list.isVisible() or bar.maximum() <= 0:
            return
        if bar.value() < bar.maximum() - bar.pageStep():
            return
        self._append(
            self._casebook.client_page(self._loaded_search or "", offset=self.list.count())
        )

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(CLIENT_ID_ROLE)) if item is not None else None

    # -- details -----------------------------------------------------------------------------

    def _item_for(self, overview: ClientOverview) -> QListWidgetItem:
        lines = [overview.client.name]
        marks: list[str] = []
        if overview.last_conversation_at is not None:
            when = format_date(overview.last_conversation_at.date())
            marks.append(fill(self.tr("last %1"), when))
        if overview.open_steps:
            marks.append(self.tr("%n open step(s)", "", overview.open_steps))
        if overview.overdue_coach_steps:
            marks.append(self.tr("your promise is overdue"))
        if marks:
            lines.append(" · ".join(marks))
        item = QListWidgetItem("\n".join(lines))
        item.setData(CLIENT_ID_ROLE, overview.client.id)
        mark = self._mark_of(overview)
        item.setIcon(self._icons[mark])
        if mark != "none":  # what the mark means, on hovering it (the line says it too)
            item.setToolTip(
                self.tr("A promise of yours is overdue")
                if mark == "overdue"
                else self.tr("Steps still open")
            )
        return item

    @staticmethod
    def _mark_of(overview: ClientOverview) -> str:
        if overview.overdue_coach_steps:
            return "overdue"
        return "open" if overview.open_steps else "none"

    def _make_icons(self) -> dict[str, QIcon]:
        style = self.style()
        blank = QPixmap(32, 32)
        blank.fill(Qt.GlobalColor.transparent)  # keeps names aligned when there is no mark
        return {
            "overdue": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "open": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            "none": QIcon(blank),
        }

    def _show_empty_hint(self, has_clients: bool) -> None:
        if has_clients:
            self.empty.setVisible(False)
            return
        if self.search.text().strip():
            self.empty.setText(self.tr("No client matches this search."))
        else:
            self.empty.setText(self.tr("No clients yet. Start with New intake (Ctrl+N)."))
        self.empty.setVisible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Down in the search goes into the list: with words typed to the first client that
        matches, as Return does; with nothing typed into the list only, as Tab does (no
        client's file opens in front of the client in the room). It did nothing while the
        search was empty."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if self.search.text().strip():
                self._choose_first()
            else:
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _choose_first(self) -> None:
        """Return in the search: the first client that matches is opened. With nothing typed
        nothing is: after an unlock the search has the keyboard, and Return there opened the
        first client of the list, another client's file in front of the client in the room."""
        if not self.search.text().strip():
            return
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.client_chosen.emit(int(item.data(CLIENT_ID_ROLE)))

    def _selection_changed(self) -> None:
        chosen = self.list.selectedItems()
        if chosen:
            self.client_chosen.emit(int(chosen[0].data(CLIENT_ID_ROLE)))
