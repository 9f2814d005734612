"""Before a follow-up is started for a client who has a conversation still open: open that
one (the default), start a new one besides it, or neither. Two open conversations came about
without a word (tour9 #4).

Not exec(), as the quit question: Ctrl+L must work while it is asked; the answer comes by a
call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intakecompanion.domain.model import Conversation, ConversationKind
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.widgets import bring_forward, plain_message_box, show_dialog


def ask_open_or_new(
    parent: QWidget,
    still_open: Conversation,
    open_it: Callable[[], object],
    start_new: Callable[[], object],
) -> QMessageBox:
    """Ask; `open_it()` or `start_new()` as the coach chooses, nothing on Cancel."""
    shown = bring_forward(parent, QMessageBox, "stillOpen")
    if shown is not None:
        return shown
    kind = (
        QCoreApplication.translate("StillOpen", "intake")
        if still_open.kind is ConversationKind.INTAKE
        else QCoreApplication.translate("StillOpen", "follow-up")
    )
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("StillOpen", "A conversation is still open"),
        fill(
            QCoreApplication.translate(
                "StillOpen",
                "This client's %1 of %2 is still open. Open it, or start a new follow-up?",
            ),
            kind,
            format_date(still_open.started_at.date()),
        ),
    )
    box.setObjectName("stillOpen")
    open_button = box.addButton(
        QCoreApplication.translate("StillOpen", "Open it"), QMessageBox.ButtonRole.AcceptRole
    )
    new_button = box.addButton(
        QCoreApplication.translate("StillOpen", "Start a new follow-up"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.setEscapeButton(cancel)
    open_button.clicked.connect(open_it)
    new_button.clicked.connect(start_new)
    show_dialog(box)
    return box
