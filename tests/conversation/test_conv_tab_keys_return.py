"""Ctrl+1 to Ctrl+5 land predictably (tour 7): back on the field the coach was in within that
part of the conversation, its cursor where it was; the first time on its first field. Ctrl+3
landed on "New step", on the first step's text or on an earlier step's status box by what the
panel held, wherever the coach had been, so Ctrl+3 then Space did different things."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.conversation import open_view, start
from tests.support.keyboard import retype, type_text

from intakecompanion.domain.model import ConversationKind, StepOwner

CTRL = Qt.KeyboardModifier.ControlModifier


def jump(qtbot, number: int) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Ctrl+`number` where the keyboard is; the field that has it afterwards."""
    keys = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 5: Qt.Key.Key_5}
    qtbot.keyClick(QApplication.focusWidget(), keys[number], CTRL)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_ctrl_3_goes_back_to_the_step_field_the_coach_left(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 2, 27))
    casebook.add_step(intake.id, "Huisvesting bellen", StepOwner.COACH, date(2026, 2, 28))
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    casebook.add_step(follow_up.id, "Cv meebrengen", StepOwner.CLIENT)
    view = open_view(qtbot, casebook, follow_up.id)
    view.focus_checklist()
    first = jump(qtbot, 3)
    assert jump(qtbot, 1) is not first and jump(qtbot, 3) is first  # the same, the first time
    what = view.steps.rows[0].what
    what.setFocus()
    what.setCursorPosition(2)
    jump(qtbot, 1)
    assert jump(qtbot, 3) is what
    assert what.cursorPosition() == 2 and what.selectedText() == ""
    type_text(what, "-")
    assert what.text() == "Cv- meebrengen"
    assert jump(qtbot, 2) is not what and jump(qtbot, 3) is what  # from another tab too


def test_ctrl_2_goes_back_to_the_note_the_coach_was_in(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    """Not to the latest note once the coach was in another one."""
    for text in ("Eerste notitie", "Tweede notitie"):
        casebook.add_note(intake.id, text)
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    latest = view.notes.cards[-1].editor
    assert jump(qtbot, 2) is latest  # the first time: the latest note
    first = view.notes.cards[0].editor
    first.setFocus()
    jump(qtbot, 1)
    assert jump(qtbot, 2) is first


def test_ctrl_5_back_in_the_date_selects_it_again(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    """A date is typed anew: back in it, its text is selected as on the first jump."""
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    day = view.appointment.day
    jump(qtbot, 5)
    retype(day, "8-12-2026")
    jump(qtbot, 1)
    assert jump(qtbot, 5) is day.edit
    assert day.edit.selectedText() == "08/12/2026"  # written as the labels write it


def test_a_field_gone_sends_ctrl_3_to_the_first_field_again(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    assert jump(qtbot, 3) is view.steps.add_button  # no step yet
    row = view.steps.add_step()
    type_text(row.what, "Bellen")
    row.delete_button.click()
    row.delete_button.click()
    jump(qtbot, 1)
    assert jump(qtbot, 3) is view.steps.add_button


def test_ctrl_shift_s_makes_a_new_step_from_anywhere(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    """The tour (#21): "New step" stood above the steps from other conversations, which Ctrl+3
    and Tab reach first, and no key made one. Ctrl+Shift+S does, as Ctrl+Shift+N makes a note,
    and the button and the key help say so."""
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 2, 27))
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)
    view = open_view(qtbot, casebook, follow_up.id)
    view.focus_checklist()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL | shift)
    assert len(view.steps.rows) == 1
    assert QApplication.focusWidget() is view.steps.rows[0].what
    type_text(view.steps.rows[0].what, "Cv meebrengen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL | shift)
    assert len(view.steps.rows) == 2 and QApplication.focusWidget() is view.steps.rows[1].what
    assert "Ctrl+Shift+S" in view.steps.add_button.text()
    assert "Ctrl+Shift+S" in [keys for keys, _ in view.shortcut_help()]
