"""Issue 14 item 2: a jump with Ctrl+3 (or 4) lands after the field's text with nothing
selected, so the next key adds to a stored step instead of replacing it; Ctrl+5 lands in a
date, which is typed anew: its text is selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view
from tests.support.keyboard import retype, type_text

from intakecompanion.domain.model import StepOwner


def test_ctrl_3_lands_after_the_first_steps_text_and_a_key_adds_to_it(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 3, 9))
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    what = view.steps.rows[0].what
    assert QApplication.focusWidget() is what
    assert what.selectedText() == "" and what.cursorPosition() == len(what.text())
    type_text(what, " en cv")
    view.flush()
    assert reread().steps(intake.id)[0].what == "Loonbrieven meebrengen en cv"


def test_ctrl_4_selects_nothing_either(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    type_text(view.consents.recipient, "Dienst huisvesting")
    view.focus_checklist()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is view.consents.recipient
    assert focused.selectedText() == "" and focused.cursorPosition() == len(focused.text())


def test_ctrl_5_selects_the_date_so_what_is_typed_replaces_it(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    """The tour after the fix above: Ctrl+5 put the cursor after the appointment's date, and
    "9/12" typed there made "8-12-20269/12", no date. A date is a short value the coach types
    anew, as when Tab enters the field: the jump selects it."""
    view = open_view(qtbot, casebook, intake.id)
    day = view.appointment.day
    retype(day, "8-12-2026")
    view.focus_checklist()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is day.edit
    assert day.edit.selectedText() == "08/12/2026"
    type_text(day.edit, "16-3-2027")
    assert day.text() == "16-3-2027" and day.value() == date(2027, 3, 16)
    view.flush()
    stored = reread().conversation_appointment(intake.id)
    assert stored is not None and stored.starts_at.date() == date(2027, 3, 16)
