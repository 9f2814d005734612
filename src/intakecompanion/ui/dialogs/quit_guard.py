"""Before quitting: edits that are not on disk, or filled in and not recorded, would be lost,
so the coach decides.

Not exec(): modal to the whole program, the question blocked Ctrl+L while the conversation with
the edits stood behind it. It is shown not modal, and the answer comes by a call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
        # The count after the noun: "Changes not saved yet: 1." read as a numbered list (tour9).
        fill(
            QCoreApplication.translate(
                "QuitGuard",
                "The disk refused to save changes (number of changes: %1). If you quit now, "
                "they are lost.",
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


def ask_quit_unrecorded(
    parent: QWidget,
    consent: bool,
    record: Callable[[], object] | None,
    keep_editing: Callable[[], object],
    discard: Callable[[], object],
    hold: bool = False,
    what: Sequence[str] = (),
) -> QMessageBox:
    """Something filled in is not recorded (a consent form when `consent`, only the reason
    for a hold when `hold`, else the fields `what` names): record it (when `record` is given)
    and quit, keep editing (the default), or discard it and quit."""
    shown = bring_forward(parent, QMessageBox, "unrecordedGuard")
    if shown is not None:
        return shown
    if consent:
        text = QCoreApplication.translate(
            "QuitGuard",
            "A consent is filled in that is not recorded yet. If you quit now, it is lost.",
        )
    elif hold:
        text = QCoreApplication.translate(
            "QuitGuard",
            "The reason to keep a file from being erased is typed but not recorded yet (Do "
            "not erase). If you quit now, it is lost.",
        )
    else:
        text = fill(
            QCoreApplication.translate(
                "QuitGuard", "Not recorded yet: %1. If you quit now, it is lost."
            ),
            "; ".join(what),
        )
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("QuitGuard", "Not recorded yet"),
        text,
    )
    box.setObjectName("unrecordedGuard")
    if record is not None:
        record_button = box.addButton(
            QCoreApplication.translate("QuitGuard", "Record and quit"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        record_button.clicked.connect(record)
    keep = box.addButton(
        QCoreApplication.translate("QuitGuard", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    discard_button = box.addButton(
        QCoreApplication.translate("QuitGuard", "Discard and quit"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    keep.clicked.connect(keep_editing)
    discard_button.clicked.connect(discard)
    show_dialog(box)
    return box
