"""Issue 14 item 2: a jump with Ctrl+3 (or 4, 5) lands after the field's text with nothing
selected, so the next key adds to a stored step instead of replacing it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from tests.support.conversation import open_view
from tests.support.keyboard import type_text

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


def test_ctrl_4_and_5_select_nothing_either(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    type_text(view.consents.recipient, "Dienst huisvesting")
    for key in (Qt.Key.Key_4, Qt.Key.Key_5):
        view.focus_checklist()
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit) and focused.text()
        assert focused.selectedText() == "" and focused.cursorPosition() == len(focused.text())
