"""State properties the style sheet selects on take effect when they change (re-polished)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from tests.support.conversation import open_view
from tests.support.keyboard import type_text

ERROR = QColor(200, 40, 30)  # conversation.qss: QLabel[role="hint"][state="error"], left edge
OK = QColor(30, 126, 52)  # conversation.qss: QLabel[role="hint"][state="ok"], left edge


def edge(label: QLabel) -> QColor:
    """The colour of the label's left edge as drawn (its text keeps the system's colour)."""
    image = label.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def test_consent_message_loses_the_error_colour_after_a_success(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    view.focus_side_tab(2)
    type_text(panel.recipient, "Dienst huisvesting")
    assert panel.record() is False  # incomplete: asked politely, with the error edge
    assert edge(panel.message).name() == ERROR.name()
    type_text(panel.information, "inkomen en schulden")
    type_text(panel.purpose, "aanvraag sociale huur")
    assert panel.record() is True
    assert panel.message.property("state") == "ok"
    assert edge(panel.message).name() == OK.name()
