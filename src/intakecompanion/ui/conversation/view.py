"""The conversation view the shell hosts: stepper and checklist, notes and agreements, autosave.

It composes the panels, routes the keyboard shortcuts and reports the saved state; each panel
talks to the Casebook itself, through the one AutoSaver, so every change reaches the disk.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.location import FocusSpot
from intakecompanion.domain.model import ConversationKind, Step
from intakecompanion.domain.rows import local_now
from intakecompanion.domain.save_queue import Replay, SaveState
from intakecompanion.guide import Guide, GuideError, Item
from intakecompanion.ui.conversation.agreement_lines import is_overdue
from intakecompanion.ui.conversation.appointment import AppointmentPanel
from intakecompanion.ui.conversation.checklist import ChecklistPanel
from intakecompanion.ui.conversation.client_badge import ClientBadge
from intakecompanion.ui.conversation.closing import (
    ClosingFacts,
    ClosingPage,
    last_finished_at,
    read_facts,
)
from intakecompanion.ui.conversation.columns import TakingTurns
from intakecompanion.ui.conversation.consents import ConsentsPanel
from intakecompanion.ui.conversation.focus_spot import Place, caret, field_in, place_in, put_caret
from intakecompanion.ui.conversation.header import build_header
from intakecompanion.ui.conversation.key_help import shortcut_help
from intakecompanion.ui.conversation.left_open import offer_to_finish
from intakecompanion.ui.conversation.notes import NotesPanel
from intakecompanion.ui.conversation.pages import (
    CARRIED_OVER,
    UNTOUCHED,
    CarriedOver,
    ChecklistPage,
    carried_over,
    checklist_pages,
    conversation_guide,
)
from intakecompanion.ui.conversation.phase_memory import FINISH_KEY, PhaseMemory
from intakecompanion.ui.conversation.read_only import make_read_only
from intakecompanion.ui.conversation.side_panels import build_side_tabs
from intakecompanion.ui.conversation.status import (
    ElapsedClock,
    FinishedBanner,
    SaveFailedBanner,
    SaveStateLabel,
)
from intakecompanion.ui.conversation.stepper import PhaseStepper
from intakecompanion.ui.conversation.steps import StepsPanel
from intakecompanion.ui.conversation.why_pane import WhyPane
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.ui.shared.choice_box import settle_choices
from intakecompanion.ui.shared.date_entry import TypedEntry
from intakecompanion.ui.shared.widgets import PlainLabel, focus_selected
from intakecompanion.vault.engine import is_damage_error

SIDE_TABS = ("notes", "steps", "consents", "appointment")


class ConversationView(QWidget):
    """One conversation, made for use while the client sits across the table."""

    saved_state_changed = Signal(str)  # a SaveState value: "saved", "pending" or "failed"
    request_summary = Signal(int)  # the conversation id, after everything typed is saved
    kept_saved = Signal(int)  # how many edits kept from before a lock are now on disk
    reopened = Signal()  # a finished conversation was reopened: the shell builds it afresh
    # Made by build_header and build_side_tabs:
    client_badge: ClientBadge
    title_label: PlainLabel
    clock: ElapsedClock
    save_state_label: SaveStateLabel
    promises_button: QPushButton
    summary_button: QPushButton
    notes: NotesPanel
    _earlier: list[Step]
    _today: date

    def __init__(
        self,
        casebook: Casebook,
        conversation_id: int,
        language: str,
        parent: QWidget | None = None,
        *,
        saver: AutoSaver | None = None,
        clock: Callable[[], datetime] = local_now,
        shortcuts_on: QWidget | None = None,
    ) -> None:
        """`shortcuts_on`: the widget within which the conversation's keys work (the page
        around the view, so they also work from its buttons above); the view by default."""
        super().__init__(parent)
        self.casebook = casebook
        self.conversation_id = conversation_id
        self.conversation = casebook.conversation(conversation_id)
        self.saver = saver or AutoSaver(parent=self)
        self.saver.target = casebook  # every change is written into this casebook
        self.saver.is_ready = lambda: casebook.vault.is_open
        self._kept_keys: list[Hashable] = []  # edits kept from before a lock, still queued
        self._kept_count = 0
        self.setObjectName("conversationView")  # the stylesheet's conversation rules' scope
        self.setAccessibleName(self.tr("Conversation"))

        self.guide_problem = ""
        pages, lang = self._read_pages(language)
        self.language = lang

        self.header = build_header(self, clock)
        self.banner = SaveFailedBanner(self)
        self.banner.retry_requested.connect(self.flush)
        self.finished_banner = FinishedBanner(self)
        self.finished_banner.reopen_requested.connect(self.reopen)

        # Each widget is made inside its final parent: moving a made widget into another
        # restyles all of it again (the application's style sheet), which made opening slow.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        titles = [page.title for page in pages]
        self.stepper = PhaseStepper([*titles, self.tr("Finish")], left)
        self.closing_index = len(pages)
        self.why_pane = WhyPane(lang, left)
        self.why_pane.hide()
        self.why_button = QPushButton(self.tr("Why? (F1)"), left)
        self.why_button.setCheckable(True)
        self.why_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.why_button.setAccessibleName(self.tr("Show why and an example sentence"))
        self.why_button.toggled.connect(self.set_why_visible)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The stepper is as tall as its phases; the why pane, when shown, gets the rest.
        left_layout.addWidget(self.stepper, 0)
        left_layout.addWidget(self.why_pane, 1)
        left_layout.addStretch(1)
        left_layout.addWidget(self.why_button)
        self._left_layout = left_layout
        # In a window too narrow for three columns: to the side tabs and back to the checklist.
        self.turn_button = QPushButton(left)
        self.turn_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+1 and Ctrl+2 do it
        left_layout.addWidget(self.turn_button)

        self.center = QStackedWidget(self.splitter)
        self.checklist = ChecklistPanel(
            casebook, self.saver, conversation_id, pages, lang, self.center
        )
        self.checklist.progress_changed.connect(self._show_progress)
        self.checklist.item_focused.connect(self.why_pane.show_item)
        self.checklist.help_requested.connect(self._help_for)
        self.checklist.link_requested.connect(self._follow_link)
        # A guide that cannot be read leaves no phases: say so above everything, since the
        # closing step (which still finishes the conversation) is then the only page.
        self.problem_label = PlainLabel(self.guide_problem, self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(self.guide_problem))
        self._closing: ClosingPage | None = None  # made when the closing step is first shown
        self.center.addWidget(self.checklist)
        self._closing_stand_in = QWidget(self.center)  # in the closing page's place until then
        self.center.addWidget(self._closing_stand_in)

        self.tabs = build_side_tabs(self, self.splitter, clock)
        self.tabs.panel_made.connect(self._panel_made)
        self._show_overdue_promises()

        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((left, 0), (self.center, 3), (self.tabs, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        # The floor is the stepper's: a floor on the whole column would let the splitter
        # squeeze it under its button's text ("Pourquoi ? (F1)" cut off at 200 %).
        self.stepper.setMinimumWidth(190)
        left.setMaximumWidth(300)
        self.center.setMinimumWidth(380)
        self.splitter.setSizes([250, 630, 470])
        self.columns = TakingTurns(self.splitter, self.center, self.tabs, self.turn_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.finished_banner)
        # Left open since an earlier day: finish it at its last change, or keep it open.
        self.left_open = offer_to_finish(self, clock)
        if self.left_open is not None:
            layout.addWidget(self.left_open)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.splitter, 1)

        self.saver.state_changed.connect(self._save_state_changed)
        # The closing step beside a side panel states what is stored: a moved appointment,
        # and the sheet it makes out of date, show there at once.
        self.saver.written.connect(self.refresh_closing)
        self.stepper.phase_selected.connect(self._phase_selected)
        self.stepper.enter_pressed.connect(self.focus_checklist)
        for index in range(len(pages)):
            self._show_progress(index)
        self._install_shortcuts(shortcuts_on or self)
        keys = [page.key for page in pages] + [FINISH_KEY]
        self._phase_memory = PhaseMemory(self.saver, self.conversation, keys)
        self.stepper.setCurrentRow(self._phase_memory.start)
        self._show_finished()

    # -- building ----------------------------------------------------------------------------

    def _read_pages(self, language: str) -> tuple[list[ChecklistPage], str]:
        try:
            guide: Guide = conversation_guide(self.casebook, self.conversation_id)
        except GuideError:
            self.guide_problem = self.tr(
                "The guide stored with this conversation cannot be read, so its checklist "
                "cannot be shown. Notes, steps, consents and the appointment still work."
            )
            return [], language
        lang = guide.language_for(language)
        try:
            carried = carried_over(self.casebook, self.conversation_id, guide)
        except GuideError:
            carried = CarriedOver()  # the intake's own snapshot is damaged: go on with this guide
        return [self._named(page) for page in checklist_pages(guide, lang, carried)], lang

    def _named(self, page: ChecklistPage) -> ChecklistPage:
        """The carried-over pages, named in the UI's language (the guide names the others)."""
        if page.key == CARRIED_OVER:
            title = self.tr("Left open in the intake")
            purpose = self.tr(
                "These items were not yet dealt with in the intake. Tick them here once they are."
            )
        elif page.key == UNTOUCHED:
            title = self.tr("Not ticked in the intake")
            purpose = self.tr(
                "These items of the intake were neither ticked nor given a note there. Tick "
                "them here once they are dealt with."
            )
        else:
            return page
        return replace(page, title=title, purpose=purpose)

    def _install_shortcuts(self, owner: QWidget) -> None:
        bindings: list[tuple[str | QKeySequence.StandardKey, Callable[[], object]]] = [
            ("Ctrl+PgDown", self.next_phase),
            ("Alt+Right", self.next_phase),
            ("Ctrl+PgUp", self.previous_phase),
            ("Alt+Left", self.previous_phase),
            ("F1", self.toggle_why),
            ("Ctrl+Shift+N", self.new_note),
            ("Ctrl+Shift+S", self.new_step),
            ("Ctrl+S", self.flush),
            ("Ctrl+1", self.focus_checklist),
            ("Ctrl+I", self.client_badge.toggle),
        ]
        for index in range(len(SIDE_TABS)):
            bindings.append((f"Ctrl+{index + 2}", partial(self.focus_side_tab, index)))
        self._shortcuts: list[QShortcut] = []
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def shortcut_help(self) -> list[tuple[str, str]]:
        """(keys, what they do), for the shell's help page."""
        return shortcut_help()

    @property
    def closing(self) -> ClosingPage:
        """The closing step's page, made in place of its stand-in when first shown or asked
        for: a conversation opens on a phase, and the page is 20 widgets (issue 18)."""
        if self._closing is None:
            page = ClosingPage(self.center)
            page.finish_requested.connect(self.finish)
            page.appointment_requested.connect(lambda: self.focus_side_tab(3))
            page.summary_requested.connect(self._summary_clicked)
            self.center.insertWidget(1, page)
            self.center.removeWidget(self._closing_stand_in)
            self._closing_stand_in.deleteLater()
            self._closing = page
        return self._closing

    # -- phases ------------------------------------------------------------------------------

    @property
    def phase_count(self) -> int:
        """The checklist's phases; the closing step comes after them (`closing_index`)."""
        return self.closing_index

    @property
    def current_phase(self) -> int:
        return self.stepper.currentRow()

    def show_phase(self, index: int) -> None:
        """Show the page at `index` (clamped; the closing step is the last), e.g. to return to
        the same place after an unlock."""
        self.stepper.setCurrentRow(max(0, min(index, self.closing_index)))

    def next_phase(self) -> None:
        self._step_phase(1)

    def previous_phase(self) -> None:
        self._step_phase(-1)

    def _step_phase(self, step: int) -> None:
        self.show_phase(self.current_phase + step)
        self.focus_checklist()

    def _phase_selected(self, index: int) -> None:
        # Not while the stepper is first filled; a finished conversation is kept as it was.
        if hasattr(self, "_phase_memory") and not self.is_finished:
            self._phase_memory.remember(index)
        if hasattr(self, "columns"):  # not while the stepper is first filled
            self.columns.show_checklist()
        if index == self.closing_index:
            self.flush()  # the closing step states what is on disk
            self.center.setCurrentWidget(self.closing)
            self.refresh_closing()
        else:
            self.checklist.show_page(index)
            self.center.setCurrentIndex(0)
            self._keep_reading_order()
        # The page shown can hand the keyboard to its first item at once (Qt moves it off the
        # page hidden); its focus then comes as no new event, and "Move to an item" was shown
        # under a framed item (tour9).
        self.why_pane.show_item(self.checklist.focused_item())

    def _keep_reading_order(self) -> None:
        """Tab reads as the eye does: the stepper, the page's items (each with its note; the
        stand-in for those still to make), then the notes and agreements beside them. A page
        built on first view joined the end of Qt's focus chain; each item moved after the one
        before puts it back in its place."""
        previous: QWidget = self.stepper
        for widget in self.checklist.tab_stops(self.checklist.currentIndex()):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _show_progress(self, index: int) -> None:
        settled, total = self.checklist.progress(index)
        self.stepper.set_progress(index, settled, total)

    # -- help pane, focus --------------------------------------------------------------------

    @property
    def why_visible(self) -> bool:
        return not self.why_pane.isHidden()

    def set_why_visible(self, visible: bool) -> None:
        self.why_pane.setVisible(visible)
        self._left_layout.setStretch(2, 0 if visible else 1)  # the spacer under the stepper
        if self.why_button.isChecked() != visible:
            self.why_button.setChecked(visible)

    def toggle_why(self) -> None:
        self.set_why_visible(not self.why_visible)

    def _help_for(self, item: Item) -> None:
        """ "?" on an item: show its why; on the item already shown, hide the pane again."""
        if self.why_visible and self.why_pane.item == item:
            self.set_why_visible(False)
            return
        self.why_pane.show_item(item)
        self.set_why_visible(True)

    def focus_checklist(self) -> None:
        self.columns.show_checklist()
        if self.current_phase == self.closing_index:
            self.closing.focus_first()
        else:
            self.checklist.focus_page()

    def focus_spot(self, widget: QWidget | None) -> FocusSpot | None:
        """At a lock: where `widget` (the window's focus) is, by names and ids (no text)."""
        if widget is None or not self.isAncestorOf(widget):
            return None
        place: Place | None = None
        if self.checklist.isAncestorOf(widget):
            place = self._within("checklist", self.checklist, widget)
        elif self._closing is not None and self._closing.isAncestorOf(widget):
            place = self._within("closing", self._closing, widget)
        elif self.tabs.isAncestorOf(widget):
            tab = self.tabs.currentIndex()
            place = self._within(tab, self.tabs.panel(tab), widget)
        return None if place is None else FocusSpot(place, *caret(widget))

    @staticmethod
    def _within(area: str | int, part: QWidget, widget: QWidget) -> Place | None:
        inner = place_in(part, widget) if part.isAncestorOf(widget) else None
        return None if inner is None else (area, *inner)

    def return_focus(self, spot: FocusSpot | None) -> None:
        """After an unlock: the keyboard back in the field of `focus_spot`, its cursor where it
        was. Else on the phases, where no key changes a record (the first item ticked with
        the next space, the closing step's button finished the conversation)."""
        field = self._field(spot.place) if spot is not None else None
        if spot is None or field is None or not field.isVisibleTo(self) or not field.isEnabled():
            self.stepper.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        put_caret(field.focusProxy() or field, spot.cursor, spot.anchor)

    def _field(self, place: Place) -> QWidget | None:
        area, inner = place[0], place[1:]
        self.columns.show_side(isinstance(area, int))
        if area == "checklist" and self.current_phase != self.closing_index:
            return field_in(self.checklist, inner)
        if area == "closing" and self.current_phase == self.closing_index:
            return field_in(self.closing, inner)
        if isinstance(area, int) and 0 <= area < self.tabs.count():
            self.tabs.setCurrentIndex(area)
            return field_in(self.tabs.panel(area), inner)
        return None

    def focus_side_tab(self, index: int) -> None:
        """Ctrl+2 to Ctrl+5: back on the field the coach was in on that tab, as Ctrl+1 goes
        back to her item; the first time (or once that field is gone) the tab's first field."""
        panel = (self.notes, self.steps, self.consents, self.appointment)[index]
        # Qt's: the last of its fields that had the keyboard. Read before the tab is shown:
        # showing it moves the keyboard from the tab left onto the new one's first button.
        last = panel.focusWidget()
        self.columns.show_side()
        self.tabs.setCurrentIndex(index)
        if last is None or not last.isVisibleTo(panel) or not last.isEnabled():
            panel.focus_first()
        elif isinstance(last.parentWidget(), TypedEntry):
            focus_selected(last)  # a date is typed anew, as on the first jump (Ctrl+5)
        else:
            last.setFocus(Qt.FocusReason.OtherFocusReason)  # its cursor where it was

    @property
    def steps(self) -> StepsPanel:
        return cast(StepsPanel, self.tabs.panel(1))

    @property
    def consents(self) -> ConsentsPanel:
        return cast(ConsentsPanel, self.tabs.panel(2))

    @property
    def appointment(self) -> AppointmentPanel:
        return cast(AppointmentPanel, self.tabs.panel(3))

    def _panel_made(self, index: int) -> None:
        if index == 1:
            self.steps.earlier.changed.connect(self._show_overdue_promises)
        if self.is_finished:
            make_read_only(self.tabs.panel(index))

    def _show_overdue_promises(self) -> None:
        if self.tabs.is_made(1):
            count = self.steps.earlier.overdue_promises()
        else:  # as stored: nothing can have changed them before the panel is made
            count = sum(
                is_overdue(s, self._today) and s.who.is_coach_promise for s in self._earlier
            )
        text = self.tr("\u26a0 %n promise(s) of yours overdue (Ctrl+3)", "", count)
        self.promises_button.setText(text)
        self.promises_button.setAccessibleName(text)
        self.promises_button.setVisible(count > 0)

    def _follow_link(self, feed: str) -> None:
        """An item about the steps, consents or appointment: show that list."""
        tab = {"steps": 1, "consents": 2, "next_appointment": 3}.get(feed)
        if tab is not None:
            self.focus_side_tab(tab)

    def new_note(self) -> None:
        self.columns.show_side()
        self.tabs.setCurrentWidget(self.notes)
        self.notes.add_note()

    def new_step(self) -> None:
        """Ctrl+Shift+S: a new step agreed here, from anywhere in the conversation; its button
        stands above the steps from other conversations, which Tab and Ctrl+3 reach first
        (the tour). A finished conversation only shows its steps. In a narrow window the side
        tabs come in sight, as for a new note: the step was typed into unseen (tour10 #4)."""
        self.columns.show_side()
        self.tabs.setCurrentWidget(self.steps)
        if self.steps.add_button.isEnabled():
            self.steps.add_step()
        else:
            self.steps.focus_first()

    # -- saving ------------------------------------------------------------------------------

    @property
    def save_state(self) -> SaveState:
        return self.saver.state

    def flush(self) -> bool:
        """Write everything typed (and chosen) so far, now; True if all of it is on disk."""
        settle_choices(self)  # a list arrowed through and not left: a lock, leaving, quitting
        return self.saver.flush()

    def shutdown(self) -> bool:
        """Before a lock or close: write everything, then stop all timers; True if all saved.

        After this the view writes nothing more, so the shell can close the vault and delete
        the view. On False (the disk refuses) the shell decides what to tell the coach.
        """
        self.clock.stop()
        return self.saver.stop()

    def take_unsaved(self) -> list[Replay]:
        """At a lock whose save failed: hand over what is not on disk (as replays that need
        no widget); the view writes nothing more."""
        self.clock.stop()
        return self.saver.take_unsaved()

    def put_back(self, replays: list[Replay]) -> None:
        """Edits kept from before a lock that still cannot be written: the banner shows and
        they are retried like any edit; `kept_saved` once all of them are on disk."""
        self._kept_keys = self.saver.put_back(replays)
        self._kept_count = len(replays)
        self._check_kept()

    def _check_kept(self) -> None:
        keys = self._kept_keys
        if keys and not any(self.saver.queue.is_pending(key) for key in keys):
            self._kept_keys = []
            self.kept_saved.emit(self._kept_count)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        # A safety net for a shell that switches away without flush(): save what was typed.
        self.flush()
        self.client_badge.conceal()
        super().hideEvent(event)

    def _save_state_changed(self, state: str) -> None:
        save_state = SaveState(state)
        self.save_state_label.show_state(save_state)
        # Not for damage met by the write: that is no full disk, and the window closes the
        # vault at once (MainWindow.vault_damaged), keeping the change in memory.
        error = self.saver.last_error
        damaged = error is not None and is_damage_error(error)
        self.banner.setVisible(save_state is SaveState.FAILED and not damaged)
        self.saved_state_changed.emit(state)
        self._check_kept()

    def _summary_clicked(self) -> None:
        self.flush()
        self.request_summary.emit(self.conversation_id)

    # -- finishing ---------------------------------------------------------------------------

    @property
    def is_finished(self) -> bool:
        return not self.conversation.is_open

    def closing_facts(self) -> ClosingFacts:
        open_items = tuple(
            (page.title, text)
            for index, page in enumerate(self.checklist.pages)
            for text in self.checklist.open_items(index)
        )
        return read_facts(self.casebook, self.conversation, open_items, self._returning())

    def _returning(self) -> int:
        """How many open items the closing step may say come back in the next conversation.
        A follow-up carries over every item of the intake not settled there or since
        (`Casebook.carried_over_items`): an intake's open items all come back; a follow-up's
        from the intake do, its own do not."""
        pages = list(enumerate(self.checklist.pages))
        carried = self.conversation.kind is ConversationKind.FOLLOW_UP
        return sum(
            len(self.checklist.open_items(i)) for i, p in pages if p.is_carried_over or not carried
        )

    def refresh_closing(self) -> None:
        """State the closing facts again (e.g. after the sheet was printed)."""
        if self.current_phase == self.closing_index:
            self.closing.show_facts(self.closing_facts())

    def sheet_handed_over(self) -> None:
        """A sheet was printed or saved: the closing step and the appointment tab say again
        whether the one the client holds is out of date (the tab went on asking for a new
        sheet after one was given)."""
        self.refresh_closing()
        if self.tabs.is_made(3):
            self.appointment.show_status()

    def finish(self, ended_at: datetime | None = None) -> bool:
        """Store the end time, now or `ended_at` (the duration stops); the shell then shows it
        as kept. Not while the consent form holds text not recorded: finishing makes it
        read-only, text lost."""
        if self.tabs.is_made(2) and self.consents.has_draft:
            self.closing.refuse_finish(
                self.tr("the consent form holds text that is not recorded. Record or clear it.")
            )
            return False
        return self._set_finished(True, ended_at)

    def reopen(self) -> bool:
        """Open a finished conversation again to correct it (the reopening is recorded)."""
        return self._set_finished(False)

    def _set_finished(self, finished: bool, ended_at: datetime | None = None) -> bool:
        conversation_id = self.conversation_id

        def replay(book: Casebook) -> None:
            if finished:
                book.finish_conversation(conversation_id, ended_at)
            else:
                book.reopen_conversation(conversation_id)

        def shown() -> None:
            self.conversation = self.casebook.conversation(conversation_id)
            if finished:
                self._show_finished()
            else:
                self.reopened.emit()

        return self.flush() and self.saver.save_now("conversation-end", replay, shown)

    def _show_finished(self) -> None:
        self.clock.show_conversation(self.conversation)
        self.finished_banner.show_finished(last_finished_at(self.casebook, self.conversation))
        self.stepper.set_final(self.closing_index, done=self.is_finished)
        self.refresh_closing()
        if self.current_phase == self.closing_index:
            self.closing.focus_first()
        if self.is_finished:
            self.checklist.read_only = True
            made = [self.tabs.panel(i) for i in range(self.tabs.count()) if self.tabs.is_made(i)]
            for panel in (self.checklist, *made):
                make_read_only(panel)
