"""The conversation view's header: the client's initials, the conversation and its start, the
coach's overdue promises, the elapsed time, the saved state and the summary button.

Its texts keep the view's translation context ("ConversationView"), where they always were.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from intakecompanion.domain.model import ConversationKind
from intakecompanion.ui.conversation.client_badge import ClientBadge
from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.conversation.status import ElapsedClock, SaveStateLabel
from intakecompanion.ui.shared.fit import natural_width, reflow
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel

if TYPE_CHECKING:
    from intakecompanion.ui.conversation.view import ConversationView


def build_header(view: ConversationView, clock: Callable[[], datetime]) -> QHBoxLayout:
    """Make the header's widgets as the view's attributes and return their row."""
    # Only the client's initials: the screen may be seen (or shared) by others.
    conversation, casebook = view.conversation, view.casebook
    client_id = conversation.client_id
    view.client_badge = ClientBadge(lambda: casebook.client(client_id).name, view)
    view.client_badge.button.setToolTip(QCoreApplication.translate("ConversationView", "Ctrl+I"))
    kind = (
        QCoreApplication.translate("ConversationView", "Intake conversation")
        if conversation.kind is ConversationKind.INTAKE
        else QCoreApplication.translate("ConversationView", "Follow-up conversation")
    )
    started = format_datetime(conversation.started_at)
    title = QCoreApplication.translate("ConversationView", "%1, started %2")
    view.title_label = PlainLabel(fill(title, kind, started), view)
    view.title_label.setProperty("role", "conversation-title")
    view.title_label.setWordWrap(True)  # zoomed in, it takes a second line, not a cut
    emphasize(view.title_label, 1.15)
    view.clock = ElapsedClock(conversation, clock, view)
    view.save_state_label = SaveStateLabel(view)
    # The coach's own promises past their date, said in the header wherever she is.
    view.promises_button = QPushButton(view)
    view.promises_button.setObjectName("overduePromises")
    # The header's buttons are out of the Tab chain, as the bar's above them (page.py): each
    # has its key (Ctrl+3 on this one, Ctrl+P, Ctrl+I), and a space typed after a Tab that
    # wrapped from the side panel onto one of them opened the sheet or showed the full name.
    # Tab goes round the phases, the checklist and the side panel.
    view.promises_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.promises_button.clicked.connect(lambda: view.focus_side_tab(1))
    view.promises_button.hide()
    view.summary_button = QPushButton(
        QCoreApplication.translate("ConversationView", "Sheet for the client\u2026"), view
    )
    view.summary_button.setAccessibleName(
        QCoreApplication.translate("ConversationView", "Sheet for the client")
    )
    view.summary_button.setToolTip(
        QCoreApplication.translate("ConversationView", "Sheet for the client (Ctrl+P)")
    )
    view.summary_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.summary_button.clicked.connect(view._summary_clicked)
    who = QHBoxLayout()
    who.addWidget(view.client_badge)
    who.addSpacing(12)
    who.addWidget(view.title_label, 1)
    status = QHBoxLayout()
    status.addStretch(0)  # right-aligned when it is a line of its own
    status.addWidget(view.promises_button)
    status.addSpacing(12)
    status.addWidget(view.clock)
    status.addSpacing(12)
    status.addWidget(view.save_state_label)
    status.addSpacing(12)
    status.addWidget(view.summary_button)
    header = QHBoxLayout()
    header.addLayout(who, 1)
    header.addSpacing(12)
    header.addLayout(status)

    # The clock, the save state and the summary go under the title where the title would
    # keep too little room beside them (a large zoom): none of them is cut off.
    def side_by_side() -> int:
        title_room = 24 * view.title_label.fontMetrics().averageCharWidth()
        badge = view.client_badge.sizeHint().width()
        return 16 + badge + 12 + title_room + 12 + natural_width(status)

    reflow(header, view, side_by_side)
    return header
