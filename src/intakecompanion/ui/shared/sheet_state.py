"""Whether the client's sheet handed over is still true of the records, in the coach's words:
said where the coach looks (the closing step, the appointment, the client's history, the
summary dialog), so a sheet that would mislead the client is replaced, not left to stand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intakecompanion.domain.casebook import Casebook
from intakecompanion.summary.handed import Outdated, outdated
from intakecompanion.ui.shared.texts import fill, format_datetime

WARN_MARK = "\u26a0"  # said in words too, never by colour or symbol alone


def outdated_reason(reason: Outdated) -> str:
    """What no longer holds, to follow "out of date: "."""
    if reason is Outdated.APPOINTMENT:
        return QCoreApplication.translate(
            "SheetState", "its appointment was moved, cancelled, removed or changed since"
        )
    if reason is Outdated.APPOINTMENT_PASSED:
        return QCoreApplication.translate(
            "SheetState", "the appointment it names as the next one has passed since"
        )
    if reason is Outdated.APPOINTMENT_MADE:
        return QCoreApplication.translate(
            "SheetState", "it says no appointment is set, but one was made since"
        )
    if reason is Outdated.CONSENT:
        return QCoreApplication.translate(
            "SheetState", "a consent it says is given was withdrawn or changed since"
        )
    if reason is Outdated.CONSENT_GIVEN:
        return QCoreApplication.translate(
            "SheetState", "it says something is not shared, but consent to share it was given since"
        )
    if reason is Outdated.MET:
        return QCoreApplication.translate(
            "SheetState", "whether the appointment of that day took place was changed since"
        )
    if reason is Outdated.NOT_HELD:
        return QCoreApplication.translate(
            "SheetState", "an appointment it says did not take place has another outcome now"
        )
    if reason is Outdated.STEPS:
        return QCoreApplication.translate(
            "SheetState", "what it says of the small steps changed since"
        )
    if reason is Outdated.CONTACT:
        return QCoreApplication.translate("SheetState", "your details on it changed since")
    return QCoreApplication.translate(
        "SheetState", "a note on it is no longer shared with the client"
    )


def last_sheet_warning(casebook: Casebook, client_id: int) -> str:
    """The warning when the sheet the client was handed last is out of date, else ""."""
    sheet = casebook.last_handed_sheet(client_id)
    reason = outdated(casebook, sheet) if sheet is not None else None
    if sheet is None or reason is None:
        return ""
    return fill(
        QCoreApplication.translate(
            "SheetState",
            "%1 The client's sheet handed over on %2 is out of date: %3. Give a new one (Ctrl+P).",
        ),
        WARN_MARK,
        format_datetime(sheet.handed_at),
        outdated_reason(reason),
    )
