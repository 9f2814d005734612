"""The coach's overview, shown when no client is open: this week's appointments across all
clients, the coach's own promises, clients' overdue steps, consents that end soon or are to be
looked at again or not asked yet, and files due for review under the organisation's retention.

One list, read with the arrow keys: section headings are not selectable, so Up/Down go from
line to line, and Enter (or a double click) opens that line's client. Client names are items'
plain text (a list item never renders markup).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachOverview,
    OverviewConsentRequest,
    OverviewFile,
    OverviewStep,
)
from intakecompanion.guide.model import Retention
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

Line = tuple[int, str]  # (client id, text)


class OverviewPanel(QWidget):
    client_chosen = Signal(int)  # client id

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
        self.list.setAccessibleDescription(self.tr("Enter opens the client of the line."))
        wrap_lines(self.list)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)

    def reload(self) -> None:
        overview = self._casebook.coach_overview(retention=self._retention())
        self.list.clear()
        for heading, lines in self._sections(overview):
            if len(lines) >= overview.limit:  # the list was cut at its limit: say so
                self._heading(fill(self.tr("%1 (the first %2)"), heading, len(lines)))
            else:
                self._heading(fill(self.tr("%1 (%2)"), heading, len(lines)))
            for client_id, text in lines:
                item = QListWidgetItem(text)
                item.setData(CLIENT_ID_ROLE, client_id)
                self.list.addItem(item)
            if not lines:
                self._quiet(self.tr("Nothing."))
        first = next(
            (i for i in range(self.list.count()) if self.list.item(i).data(CLIENT_ID_ROLE)), None
        )
        if first is not None:
            self.list.setCurrentRow(first)

    def _sections(self, overview: CoachOverview) -> list[tuple[str, list[Line]]]:
        today = overview.today

        def named(name: str, text: str) -> str:
            return fill(self.tr("%1 \u2014 %2"), name, text)

        def steps(entries: tuple[OverviewStep, ...]) -> list[Line]:
            return [(e.client_id, named(e.client_name, step_line(e.step, today))) for e in entries]

        return [
            (
                fill(self.tr("Today, %1"), format_date(today)),
                [
                    (e.client_id, named(e.client_name, appointment_line(e.appointment, True)))
                    for e in overview.appointments_today
                ],
            ),
            (
                self.tr("The coming days"),
                [
                    (e.client_id, named(e.client_name, appointment_line(e.appointment)))
                    for e in overview.appointments_week
                ],
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

    def focus(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(CLIENT_ID_ROLE)
        if client_id:
            self.client_chosen.emit(int(client_id))
