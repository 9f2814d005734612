"""Before quitting: edits that are not on disk would be lost, so the coach decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import plain_message_box


def confirm_quit_losing(parent: QWidget, unsaved: int) -> bool:
    """True when the coach chooses to quit anyway; staying is the default."""
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
    stay = box.addButton(
        QCoreApplication.translate("QuitGuard", "Stay"), QMessageBox.ButtonRole.RejectRole
    )
    quit_anyway = box.addButton(
        QCoreApplication.translate("QuitGuard", "Quit and lose them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is quit_anyway
