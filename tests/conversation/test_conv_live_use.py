"""Made for a live conversation: fits a laptop, every control named, no client name shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.support.conversation import open_view

from intakecompanion.domain.model import ConsentDecision, ConsentForm, StepOwner


def _fill(casebook, intake) -> None:
    casebook.add_note(intake.id, "intern")
    casebook.add_step(intake.id, "Loonbrieven meebrengen", StepOwner.CLIENT)
    casebook.record_consent(
        intake.id,
        recipient="Huisarts",
        information="medisch",
        purpose="premie",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )


def test_fits_a_1366_by_768_laptop(qtbot, casebook, intake) -> None:
    _fill(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    hint = view.minimumSizeHint()
    # Room is left for the window frame and the shell's own bar above the view.
    assert hint.width() <= 1366 and hint.height() <= 620
    view.resize(1366, 640)
    qtbot.wait(10)
    assert view.checklist.width() >= 380 and view.tabs.width() >= 360
    row = view.checklist.rows(0)[0]
    assert row.done_button.isVisible() and row.not_applicable_button.isVisible()
    assert row.done_button.mapTo(view, row.done_button.rect().bottomRight()).x() <= 1366


def _focusable(view: QWidget) -> list[QWidget]:
    found = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        for widget in view.findChildren(QWidget):
            if (
                widget.isVisible()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and widget not in found
            ):
                found.append(widget)
    return found


def test_every_focusable_control_has_an_accessible_name(qtbot, casebook, intake) -> None:
    _fill(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    unnamed = [
        f"{type(w).__name__} {w.objectName()} in {type(w.parentWidget()).__name__}"
        for w in _focusable(view)
        if not w.accessibleName().strip()
    ]
    assert unnamed == []


def test_no_client_name_anywhere_in_the_view(qtbot, casebook, intake) -> None:
    _fill(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    assert "Noor" not in view.windowTitle()
    texts = []
    for widget in [view, *view.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
    assert not [t for t in texts if "Noor" in t or "Vermeulen" in t]


def test_tab_moves_from_the_stepper_into_the_checklist(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.stepper.setFocus()
    qtbot.keyClick(view.stepper, Qt.Key.Key_Down)
    assert view.current_phase == 1
    qtbot.keyClick(view.stepper, Qt.Key.Key_Return)
    rows = view.checklist.rows(1)
    assert QApplication.focusWidget() is rows[0]
    qtbot.keyClick(rows[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[0].note
    qtbot.keyClick(rows[0].note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[1]


def test_ctrl_number_keys_reach_every_panel(qtbot, casebook, intake) -> None:
    _fill(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    expected = [
        view.notes.cards[-1].editor,
        view.steps.rows[0].what,
        view.consents.recipient,
        view.appointment.day,
    ]
    for number, target in enumerate(expected, start=2):
        key = getattr(Qt.Key, f"Key_{number}")
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is target or target.isAncestorOf(
            QApplication.focusWidget()
        )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.checklist.rows(0)[0]


def test_shortcut_help_lists_the_keys(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    keys = [k for k, _ in view.shortcut_help()]
    assert any("F1" in k for k in keys) and any("Ctrl+Shift+N" in k for k in keys)
