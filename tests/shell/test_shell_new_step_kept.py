"""A new step with only who or a date set (it says no what yet, so it is not stored: an empty
step would be a line on the client's sheet) is kept as a form: over a lock, when the
conversation is left, and asked about before quitting (promise 4; last session's tour: such a
step was gone after a lock)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.support.keyboard import type_text
from tests.support.shell import open_first_conversation, unlock, unlocked_window

from intakecompanion.domain.model import StepOwner
from intakecompanion.ui.conversation.steps import StepRow
from intakecompanion.ui.conversation.view import ConversationView
from intakecompanion.ui.window.main_window import MainWindow

DUE = "20-12-2027"


def _new_step_set(qtbot, window: MainWindow) -> tuple[ConversationView, int]:  # type: ignore[no-untyped-def]
    """A new step: 'Coach' chosen and a date typed, no what. Returns the view and how many
    steps the conversation held."""
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_side_tab(1)
    stored = len(view.casebook.steps(view.conversation_id))
    row = view.steps.add_step()
    coach = row.who.findData(str(StepOwner.COACH))
    row.who.setCurrentIndex(coach)
    row.who.chosen.emit(coach)  # as a choice in the list
    type_text(row.due.edit, DUE)
    assert row.due.value() == date(2027, 12, 20)
    return view, stored


def _as_left(row: StepRow) -> tuple[str, StepOwner, date | None]:
    return row.what.text(), row.owner(), row.due.value()


@pytest.mark.parametrize("leave", ["lock", "overview"])
def test_a_new_step_without_what_is_back_after_a_lock_or_leaving(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, leave
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, stored = _new_step_set(qtbot, window)
    conversation_id, rows = view.conversation_id, len(view.steps.rows)
    if leave == "lock":
        qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.workspace is None
        unlock(qtbot, window)
    else:
        window.workspace.show_overview()
    window.workspace.open_conversation(conversation_id)

    view = window.workspace.conversation_page.view
    assert view.tabs.currentIndex() == 1
    assert len(view.steps.rows) == rows  # the new step is there again, as left
    assert _as_left(view.steps.rows[-1]) == ("", StepOwner.COACH, date(2027, 12, 20))
    assert window.focusWidget() is view.steps.rows[-1].what  # to go on typing its what
    assert len(view.casebook.steps(conversation_id)) == stored  # nothing stored for it
    type_text(view.steps.rows[-1].what, "Huurcontract meebrengen")
    assert view.flush()
    [step] = [s for s in view.casebook.steps(conversation_id) if s.what.startswith("Huur")]
    assert (step.who, step.due_date) == (StepOwner.COACH, date(2027, 12, 20))


def test_quitting_with_a_new_step_without_what_asks(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view, _stored = _new_step_set(qtbot, window)
    view.focus_side_tab(0)  # elsewhere in the conversation when quitting
    assert window.close() is False  # asked: nothing is lost until the coach answers
    [box] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unrecordedGuard" and w.isVisible()
    ]
    assert "a new step that does not say what yet" in box.text()
    qtbot.mouseClick(box.escapeButton(), Qt.MouseButton.LeftButton)  # keep editing
    assert window.isVisible() and view.tabs.currentIndex() == 1


def test_a_new_step_left_as_it_came_asks_nothing(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_side_tab(1)
    view.steps.add_step()  # nothing set in it: nothing to lose
    assert window.close() is True
