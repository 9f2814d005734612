"""A caption's underlined letter (its Alt+letter) does not cut off its last letter (tour9 #18:
"Telefoon" in the coach's details lost the right half of the stem of its "n").

Qt draws the underlined letter as a run of its own, without the kerning between it and the
next letter ("Te"), while the label's size hint, and the rectangle the text is clipped to,
measure the word kerned: the word drew wider than its label. The label is rendered as wide as
a layout makes it, and again wider, at the screen scalings of a laptop: the text must be drawn
the same, nothing of it clipped.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QLineEdit, QWidget

from intakecompanion.ui.shared.widgets import PlainLabel


def rendered(label: PlainLabel, width: int, ratio: float, columns: int) -> list[list[int]]:
    """The label laid out `width` wide, rendered at the screen's scaling: the grey value of
    each pixel of its first `columns` device pixel columns."""
    label.resize(width, label.sizeHint().height())
    image = QImage(columns, round(label.height() * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    label.render(image, QPoint(0, 0))
    return [[image.pixelColor(x, y).value() for y in range(image.height())] for x in range(columns)]


def laid_out_width(label: PlainLabel) -> int:
    """The width a layout gives the label (Qt's QWidgetItem: its hint, at least its least)."""
    return max(label.sizeHint().width(), label.minimumSizeHint().width(), label.minimumWidth())


@pytest.mark.parametrize("text", ["&Telefoon", "&Téléphone", "&Phone", "Je &naam", "&Tot en met"])
@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])  # the screen's scaling
@pytest.mark.parametrize("points", [9.0, 10.0, 15.0, 20.0])  # the program's zoom
def test_a_caption_with_an_underlined_letter_is_whole(
    qtbot, text: str, ratio: float, points: float
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = PlainLabel(text, holder)  # as add_row makes a form's caption; out of a layout,
    label.setBuddy(QLineEdit(holder))  # which would size it again as it is rendered
    font = QFont(label.font())
    font.setPointSizeF(points)
    label.setFont(font)  # as the zoom does: the room follows the font
    width = laid_out_width(label)
    columns = round(width * ratio) + 8
    wide = rendered(label, width + 20, ratio, columns)
    background = wide[-1][0]  # beyond the text, inside the label
    inked = [x for x, column in enumerate(wide) if any(v != background for v in column)]
    assert inked[-1] < width * ratio  # the text ends inside the label
    # ...and is drawn whole there: no column of it clipped.
    assert rendered(label, width, ratio, columns)[: inked[-1] + 1] == wide[: inked[-1] + 1]


def test_a_caption_without_an_underlined_letter_keeps_its_size(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    plain = PlainLabel("Telefoon", holder)
    captioned = PlainLabel("Telefoon", holder)
    captioned.setBuddy(QLineEdit(holder))
    assert captioned.minimumWidth() == 0
    assert captioned.sizeHint() == plain.sizeHint()
