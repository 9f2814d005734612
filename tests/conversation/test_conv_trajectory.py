"""A follow-up works with what stands: the guide's items about steps, consents and the
appointment lead to those lists; the earlier open steps, consents in force and the appointment
this conversation is can be updated there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.conversation.helpers import open_view

from intakecompanion.guide import builtin_guides


def test_an_item_about_the_steps_leads_to_the_steps_list(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.show_phase(2)  # "Kleine stappen": its first item feeds the steps
    first, appointment = view.checklist.rows(2)
    assert first.link_button is not None and "Ctrl+3" in first.link_button.text()
    assert "Ctrl+3" in first.accessibleDescription()
    qtbot.mouseClick(first.link_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.steps
    assert QApplication.focusWidget() is view.steps.add_button
    assert appointment.link_button is not None
    qtbot.mouseClick(appointment.link_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.appointment
    assert view.checklist.rows(0)[0].link_button is None  # an item about nothing in particular


def test_the_follow_up_guide_leads_from_steps_and_promises_to_the_steps() -> None:
    guide = next(g for g in builtin_guides() if g.kind == "follow_up")
    assert guide.item("client_steps").feeds == "steps"  # "Overloop de stappen van de cliënt"
    assert guide.item("own_promises").feeds == "steps"  # "Ga na of je gedaan hebt wat je beloofde"
