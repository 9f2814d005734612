"""A caption's underlined letter (its Alt+letter) does not cut off its last letter (tour9 #18:
"Telefoon" in the coach's details lost the right stem of its "n").

Qt draws the underlined letter as a run of its own, without the kerning between it and the
next letter ("Te"), while the label's size hint measures the word kerned: the word drew wider
than its label. The label is rendered wider than its size hint, at the screen scalings of a
laptop, and its ink must end inside the size hint.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QLineEdit, QWidget

from intakecompanion.ui.shared.widgets import PlainLabel


def last_ink_column(label: PlainLabel, width: int, ratio: float) -> int:
    """The rightmost device pixel column the label paints text in, laid out `width` wide."""
    label.resize(width, label.sizeHint().height())
    image = QImage(round(width * ratio), round(label.height() * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    label.render(image, QPoint(0, 0))
    background = image.pixelColor(image.width() - 1, 0)
    inked = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    return inked[-1]


@pytest.mark.parametrize("text", ["&Telefoon", "&Téléphone", "&Phone", "Je &naam", "&Datum"])
@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])  # the screen's scaling
@pytest.mark.parametrize("points", [9.0, 10.0, 15.0, 20.0])  # the program's zoom
def test_a_caption_with_an_underlined_letter_is_whole(
    qtbot, text: str, ratio: float, points: float
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    field = QLineEdit(holder)
    label = PlainLabel(text, holder)
    label.setBuddy(field)
    font = QFont(label.font())
    font.setPointSizeF(points)
    label.setFont(font)  # as the zoom does: the room follows the font
    hint = label.sizeHint().width()
    assert last_ink_column(label, hint + 20, ratio) < hint * ratio


def test_a_caption_without_an_underlined_letter_keeps_its_size(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    plain = PlainLabel("Telefoon", holder)
    captioned = PlainLabel("Telefoon", holder)
    captioned.setBuddy(QLineEdit(holder))
    assert captioned.sizeHint() == plain.sizeHint()
    assert captioned.contentsMargins().right() == 0
