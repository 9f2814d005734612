"""The stepper measures a row's wrapped text once per width and font (issue 18): Qt asks for
every row's size again on each layout of the list, and the style sheet's answer was 8 % of the
CPU time of opening a conversation."""

from __future__ import annotations

from PySide6.QtGui import QFont

from intakecompanion.ui.conversation.stepper import PhaseStepper, _WrappedRowDelegate

TITLES = ["Welcome", "Money and debts", "Housing", "Health and care", "Finish"]


def counting_measures(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    measured: list[str] = []
    measure = _WrappedRowDelegate._measure

    def counted(self, option, index, width):  # type: ignore[no-untyped-def]
        measured.append(index.data())
        return measure(self, option, index, width)

    monkeypatch.setattr(_WrappedRowDelegate, "_measure", counted)
    return measured


def test_a_second_layout_measures_nothing_again(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    measured = counting_measures(monkeypatch)
    stepper = PhaseStepper(TITLES)
    qtbot.addWidget(stepper)
    stepper.resize(240, 400)
    stepper.show()
    qtbot.waitExposed(stepper)
    heights = [stepper.sizeHintForRow(i) for i in range(stepper.count())]
    assert 0 < len(measured) <= 2 * len(TITLES)  # once per row, in each state Qt asks about
    measured.clear()
    stepper.doItemsLayout()
    assert [stepper.sizeHintForRow(i) for i in range(stepper.count())] == heights
    assert measured == []


def test_new_text_or_a_new_font_is_measured_again(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    measured = counting_measures(monkeypatch)
    stepper = PhaseStepper(TITLES)
    qtbot.addWidget(stepper)
    stepper.resize(240, 400)
    stepper.show()
    qtbot.waitExposed(stepper)
    before = stepper.sizeHintForRow(1)
    measured.clear()
    stepper.set_progress(1, 2, 4)
    stepper.sizeHintForRow(1)
    assert any("2 of 4" in text for text in measured)
    larger = QFont(stepper.font())
    larger.setPointSizeF(larger.pointSizeF() * 2)
    stepper.setFont(larger)
    assert stepper.sizeHintForRow(1) > before
