"""The conversation view's side tabs: the notes, made at once, and the steps, consents and
appointment, made when first shown, with what stands for the client from earlier conversations.

Its texts keep the view's translation context ("ConversationView"), where they always were.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intakecompanion.ui.conversation.appointment import AppointmentPanel
from intakecompanion.ui.conversation.consents import ConsentsPanel
from intakecompanion.ui.conversation.notes import NotesPanel
from intakecompanion.ui.conversation.side_tabs import SideTabs
from intakecompanion.ui.conversation.steps import StepsPanel

if TYPE_CHECKING:
    from intakecompanion.ui.conversation.view import ConversationView


def build_side_tabs(
    view: ConversationView, parent: QWidget, clock: Callable[[], datetime]
) -> SideTabs:
    """Make the side tabs (and the view's `notes`, `_earlier` and `_today`) inside `parent`."""
    casebook, saver, conversation_id = view.casebook, view.saver, view.conversation_id
    tabs = SideTabs(parent)
    view.notes = NotesPanel(casebook, saver, conversation_id, parent=tabs.stack)
    # What stands for the client now: the steps, consents and appointment from earlier.
    now = clock()
    standing = casebook.trajectory(conversation_id, at=now)
    # Open steps agreed before this conversation (an older one, opened again, does not
    # list what later conversations agreed), and those of others settled in this one.
    view._earlier = [s for s in standing.open_steps if s.conversation_id < conversation_id] + [
        s for s in standing.steps_settled if s.conversation_id != conversation_id
    ]
    view._today = now.date()
    name = QCoreApplication.translate("ConversationView", "Notes, steps, consents and appointment")
    tabs.setAccessibleName(name)
    tabs.tabBar().setAccessibleName(name)
    tabs.add_made(view.notes, QCoreApplication.translate("ConversationView", "Notes"))
    tabs.add_panel(
        QCoreApplication.translate("ConversationView", "Steps"),
        lambda parent: StepsPanel(
            casebook,
            saver,
            conversation_id,
            earlier=view._earlier,
            today=view._today,
            parent=parent,
        ),
    )
    tabs.add_panel(
        QCoreApplication.translate("ConversationView", "Consents"),
        lambda parent: ConsentsPanel(casebook, saver, conversation_id, clock=clock, parent=parent),
    )
    tabs.add_panel(
        QCoreApplication.translate("ConversationView", "Appointment"),
        lambda parent: AppointmentPanel(
            casebook,
            saver,
            conversation_id,
            today=view._today,
            held=standing.this_appointment,
            parent=parent,
        ),
    )
    return tabs
