"""Before quitting: edits that are not on disk would be lost, so the coach decides.

Not exec(): modal to the whole program, the question blocked Ctrl+L while the conversation with
the edits stood behind it. It is shown not modal, and the answer comes by a call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import bring_forward, plain_message_box, show_dialog


def ask_quit_losing(
    parent: QWidget, unsaved: int, quit_anyway: Callable[[], object]
) -> QMessageBox:
    """Ask; `quit_anyway()` when the coach chooses to quit anyway. Staying is the default. Asked
    again while the question is open, that one comes forward."""
    shown = bring_forward(parent, QMessageBox, "quitGuard")
    if shown is not None:
        return shown
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("QuitGuard", "Not everything is saved"),
        fill(
            QCoreApplication.translate(
                "QuitGuard",
                "Changes not saved yet: %1. The disk refused them; if you quit now, they are lost.",
            ),
            unsaved,
        ),
        QCoreApplication.translate(
            "QuitGuard", "Stay, make room on the disk or check the folder, and saving retries."
        ),
    )
    box.setObjectName("quitGuard")
    stay = box.addButton(
        QCoreApplication.translate("QuitGuard", "Stay"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button = box.addButton(
        QCoreApplication.translate("QuitGuard", "Quit and lose them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    quit_button.clicked.connect(quit_anyway)
    show_dialog(box)
    return box
