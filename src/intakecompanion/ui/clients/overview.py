"""The coach's overview, shown when no client is open: this week's appointments across all
clients, the coach's own promises, clients' overdue steps, consents that end soon or are to be
looked at again or not asked yet, and files due for review under the organisation's retention.

One list, read with the arrow keys: section headings are not selectable, so Up/Down go from
line to line, and Enter (or a double click) opens that line's client. Client names are items'
plain text (a list item never renders markup). On an appointment's line, the button under the
list (or the context menu: a right click, the Menu key) records how it went without a
conversation; an appointment whose time passed with nothing recorded says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    CoachOverview,
    OverviewAppointment,
    OverviewConsentRequest,
    OverviewFile,
    OverviewStep,
)
from intakecompanion.domain.rows import UnknownRecord
from intakecompanion.guide.model import Retention
from intakecompanion.ui.clients.outcome import OutcomeRow, unrecorded_line
from intakecompanion.ui.conversation.agreement_lines import (
    appointment_line,
    consent_line,
    step_line,
)
from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.shared.fit import wrap_lines
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.widgets import PlainLabel

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
APPOINTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (client id, text), or (client id, text, appointment id) for an appointment's line
Line = tuple[int, str] | tuple[int, str, int]


class OverviewPanel(QWidget):
    client_chosen = Signal(int)  # client id
    follow_up_requested = Signal(int)  # client id: an appointment was kept
    conversation_requested = Signal(int)  # conversation id: the one held at an appointment

    def __init__(
        self,
        casebook: Casebook,
        parent: QWidget | None = None,
        retention: Callable[[], Retention | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._retention = retention
        self.setObjectName("coachOverview")
        self.title = PlainLabel(self.tr("Your overview"), self)
        self.title.setProperty("role", "title")
        emphasize(self.title, 1.2)
        self.list = QListWidget(self)
        self.list.setObjectName("overviewList")
        self.list.setAccessibleName(self.tr("Your overview: appointments, promises, steps"))
        self.list.setAccessibleDescription(
            self.tr(
                "Enter opens the client of the line. On an appointment, the Menu key (or "
                "Shift+F10) records how it went."
            )
        )
        wrap_lines(self.list)
        self.title.setBuddy(self.list)
        # How the appointment on the current line went, without a conversation.
        self.outcome = OutcomeRow(casebook, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.outcome)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._show_outcome())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.installEventFilter(self)  # the Menu key and Shift+F10 open it too
        self.outcome.changed.connect(self._outcome_changed)
        self.outcome.kept_requested.connect(self.follow_up_requested)
        self.outcome.conversation_requested.connect(self.conversation_requested)

    def reload(self, row: int = 0) -> None:
        """The lists as stored now; the current line is the first one from `row` on."""
        overview = self._casebook.coach_overview(retention=self._retention())
        self.list.clear()
        for heading, lines in self._sections(overview):
            if len(lines) >= overview.limit:  # the list was cut at its limit: say so
                self._heading(fill(self.tr("%1 (the first %2)"), heading, len(lines)))
            else:
                self._heading(fill(self.tr("%1 (%2)"), heading, len(lines)))
            for client_id, text, *appointment in lines:
                item = QListWidgetItem(text)
                item.setData(CLIENT_ID_ROLE, client_id)
                item.setData(APPOINTMENT_ID_ROLE, appointment[0] if appointment else None)
                self.list.addItem(item)
            if not lines:
                self._quiet(self.tr("Nothing."))
        chosen = [i for i in range(self.list.count()) if self.list.item(i).data(CLIENT_ID_ROLE)]
        current = next((i for i in chosen if i >= row), chosen[-1] if chosen else None)
        if current is not None:
            self.list.setCurrentRow(current)
        self._show_outcome()

    def _sections(self, overview: CoachOverview) -> list[tuple[str, list[Line]]]:
        today, now = overview.today, self._casebook.now()

        def named(name: str, text: str) -> str:
            return fill(self.tr("%1 \u2014 %2"), name, text)

        def appointments(entries: tuple[OverviewAppointment, ...], day_said: bool) -> list[Line]:
            """Each with its appointment; one whose time passed says nothing is recorded."""

            def line(a: Appointment) -> str:
                return unrecorded_line(a) if a.starts_at < now else appointment_line(a, day_said)

            return [
                (e.client_id, named(e.client_name, line(e.appointment)), e.appointment.id)
                for e in entries
            ]

        def steps(entries: tuple[OverviewStep, ...]) -> list[Line]:
            return [(e.client_id, named(e.client_name, step_line(e.step, today))) for e in entries]

        return [
            (
                fill(self.tr("Today, %1"), format_date(today)),
                appointments(overview.appointments_today, True),
            ),
            (self.tr("The coming days"), appointments(overview.appointments_week, False)),
            (
                self.tr("The past week: how did these appointments go?"),
                appointments(overview.appointments_unrecorded, False),
            ),
            (self.tr("Your promises, due this week or overdue"), steps(overview.coach_promises)),
            (self.tr("Clients' steps past their date"), steps(overview.overdue_client_steps)),
            (
                self.tr("Consents that end within 30 days"),
                [
                    (e.client_id, named(e.client_name, consent_line(e.consent)))
                    for e in overview.consents_ending
                ],
            ),
            (
                self.tr("Consents to look at again within 30 days"),
                [
                    (
                        e.client_id,
                        named(
                            e.client_name,
                            fill(
                                self.tr("%1, look again on %2"),
                                consent_line(e.consent),
                                format_date(e.consent.review_on or today),
                            ),
                        ),
                    )
                    for e in overview.consents_review
                ],
            ),
            (
                self.tr("Consents not asked yet"),
                [
                    (e.client_id, named(e.client_name, self._to_ask(e)))
                    for e in overview.consents_to_ask
                ],
            ),
            (
                self.tr("Files due for review (keeping period over)"),
                [
                    (e.client_id, named(e.client_name, self._file_due(e)))
                    for e in overview.files_due
                ],
            ),
        ]

    def _to_ask(self, entry: OverviewConsentRequest) -> str:
        request = entry.request
        line = fill(self.tr("To %1: %2"), request.recipient, request.information)
        if request.review_on is None:
            return line
        return fill(self.tr("%1, ask by %2"), line, format_date(request.review_on))

    def _file_due(self, entry: OverviewFile) -> str:
        line = fill(
            self.tr("last conversation (or start of the file) on %1, for review since %2"),
            format_date(entry.last.date()),
            format_date(entry.due_on),
        )
        if entry.hold is not None:
            return fill(self.tr("%1; on hold: %2"), line, entry.hold)
        return line

    def _heading(self, text: str) -> None:
        item = self._passive(text)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        # Room above each heading, so the sections read as blocks.
        height = int(QFontMetrics(font).lineSpacing() * 2.2)
        item.setSizeHint(QSize(0, height))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)

    def _quiet(self, text: str) -> None:
        self._passive(text)

    def _passive(self, text: str) -> QListWidgetItem:
        """A row that is read but not chosen: the arrow keys step over it (a list view skips
        rows without the enabled flag); its text keeps the normal colour."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(self.list.palette().brush(QPalette.ColorRole.Text))
        self.list.addItem(item)
        return item

    def lines(self) -> list[tuple[int | None, str]]:
        """(client id or None for headings, text) of every row, top to bottom."""
        rows = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            client_id = item.data(CLIENT_ID_ROLE)
            rows.append((int(client_id) if client_id else None, item.text()))
        return rows

    def _current_appointment(self) -> tuple[int, Appointment] | None:
        item = self.list.currentItem()
        appointment_id = item.data(APPOINTMENT_ID_ROLE) if item is not None else None
        if not appointment_id:
            return None
        appointment = self._appointment(int(appointment_id))
        return (int(item.data(CLIENT_ID_ROLE)), appointment) if appointment else None

    def _appointment(self, appointment_id: int | None) -> Appointment | None:
        """As stored; None once it is gone (its client erased meanwhile)."""
        if appointment_id is None:
            return None
        try:
            return self._casebook.appointment(appointment_id)
        except UnknownRecord:
            return None

    def _show_outcome(self) -> None:
        """The button for the current line's appointment, and "take back" for the one
        recorded here last while it still stands as recorded here."""
        current = self._current_appointment()
        noted = self._appointment(self.outcome.last_recorded)
        if noted is not None and (
            noted.outcome_at is None or noted.outcome_conversation_id is not None
        ):
            noted = None  # taken back, or recorded again in a conversation
        client_id = noted.client_id if noted else (current[0] if current else 0)
        self.outcome.show_for(client_id, current[1] if current else None, noted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """The Menu key or Shift+F10 on an appointment's line: its outcome menu (not every
        platform turns the key into a context menu event)."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            menu_key = event.key() == Qt.Key.Key_Menu or (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
            item = self.list.currentItem()
            if menu_key and item is not None and item.data(APPOINTMENT_ID_ROLE):
                self._context_menu(self.list.visualItemRect(item).center())
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, at: QPoint) -> None:
        item = self.list.itemAt(at)
        if item is None or not item.data(APPOINTMENT_ID_ROLE):
            return
        self.list.setCurrentItem(item)
        self.outcome.record.menu_.exec(self.list.viewport().mapToGlobal(at))

    def _outcome_changed(self) -> None:
        """Recorded or taken back: the lists again, the keyboard where it was."""
        self.reload(self.list.currentRow())

    def focus(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(CLIENT_ID_ROLE)
        if client_id:
            self.client_chosen.emit(int(client_id))
