"""Issue 14 item 7: a focused button wears a clear ring in the focus blue (the stylesheet's
rule); the same button without the focus does not."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.resources import resource_path

FOCUS_BLUE = QColor(26, 115, 232)


def blue_pixels(image: QImage) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - FOCUS_BLUE.red()) < 30
                and abs(colour.green() - FOCUS_BLUE.green()) < 30
                and abs(colour.blue() - FOCUS_BLUE.blue()) < 30
            ):
                count += 1
    return count


def test_a_focused_button_has_a_ring_in_the_focus_blue(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    sheet = resource_path("ui", "style.qss").read_text(encoding="utf-8")
    window = QWidget()
    window.setStyleSheet(sheet)
    qtbot.addWidget(window)
    first, second = QPushButton("Opslaan", window), QPushButton("Annuleren", window)
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused, unfocused = first.grab().toImage(), second.grab().toImage()
    ring = 2 * (first.width() + first.height())  # a 1-pixel line around the button
    assert blue_pixels(focused) >= ring
    assert blue_pixels(unfocused) < ring // 4


def test_the_ring_leaves_the_whole_text_of_a_button_in_a_row(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    """The tour again: "← Terug naar de cliënt (Ctrl+W)" lost its arrow and bracket when it got
    the focus: the ring's padding must leave the text the room it had without it (the layout
    does not grow a button when it gets the focus)."""
    sheet = resource_path("ui", "style.qss").read_text(encoding="utf-8")
    window = QWidget()
    window.setStyleSheet(sheet)
    qtbot.addWidget(window)
    buttons = [QPushButton(text, window) for text in ("\u2190 Terug naar de cliënt (Ctrl+W)", "OK")]
    layout = QHBoxLayout(window)
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    for button in buttons:
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        assert button.fontMetrics().horizontalAdvance(button.text()) <= room.width(), button.text()


def test_a_focused_choice_list_has_the_ring_too_and_keeps_its_height(
    qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    """The keyboard on the appointment's choice after 'Verzetting vastleggen' (rough6 item 6)
    showed nothing: the system style draws no focus on a closed combo box."""
    sheet = resource_path("ui", "style.qss").read_text(encoding="utf-8")
    window = QWidget()
    window.setStyleSheet(sheet)
    qtbot.addWidget(window)
    first, second = QComboBox(window), QComboBox(window)
    layout = QVBoxLayout(window)
    for combo in (first, second):
        combo.addItems(["Verzet door de cliënt", "Gepland"])
        layout.addWidget(combo)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused, unfocused = first.grab().toImage(), second.grab().toImage()
    ring = 2 * (first.width() + first.height())
    assert blue_pixels(focused) >= ring
    assert blue_pixels(unfocused) < ring // 4
    assert first.sizeHint().height() == second.sizeHint().height()
