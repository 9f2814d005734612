"""State properties the style sheet selects on take effect when they change (re-polished), and
the conversation's rules of the one stylesheet reach only the conversation."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget
from tests.support.conversation import answer_consent, open_view
from tests.support.keyboard import type_text

ERROR = QColor(200, 40, 30)  # style.qss: QLabel[role="hint"][state="error"], left edge
OK = QColor(30, 126, 52)  # style.qss: QLabel[role="hint"][state="ok"], left edge


def edge(label: QLabel) -> QColor:
    """The colour of the label's left edge as drawn (its text keeps the system's colour)."""
    image = label.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def test_consent_message_loses_the_error_colour_after_a_success(  # type: ignore[no-untyped-def]
    qtbot, casebook, intake, app_stylesheet
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    view.focus_side_tab(2)
    type_text(panel.recipient, "Dienst huisvesting")
    assert panel.record() is False  # incomplete: asked politely, with the error edge
    assert edge(panel.message).name() == ERROR.name()
    type_text(panel.information, "inkomen en schulden")
    type_text(panel.purpose, "aanvraag sociale huur")
    answer_consent(panel)
    assert panel.record() is True
    assert panel.message.property("state") == "ok"
    assert edge(panel.message).name() == OK.name()


def test_the_passphrases_match_line_has_a_red_then_green_edge(qtbot, app_stylesheet) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 7: "not the same yet" was grey hint text, easy to miss. Its words still
    say it; the edge is the colour beside them, and the text keeps the system's colour."""
    from intakecompanion.ui.gate.passphrase_fields import PassphraseFields

    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    type_text(fields.first, "paars paard nietje batterij")
    type_text(fields.second, "paars paard")
    assert fields.match.text() == "The two passphrases are not the same yet."
    assert edge(fields.match).name() == ERROR.name()
    type_text(fields.second, " nietje batterij")
    assert fields.match.text() == "Both are the same."
    assert edge(fields.match).name() == OK.name()
    fields.second.clear()
    assert edge(fields.match).name() not in (ERROR.name(), OK.name())


def test_the_conversation_rules_reach_only_the_conversation(qtbot, app_stylesheet) -> None:  # type: ignore[no-untyped-def]
    """The conversation's rules sit in the one stylesheet scoped to the view: a section
    heading is bold inside a view named conversationView and plain outside it."""
    outside = QWidget()
    inside = QWidget()
    inside.setObjectName("conversationView")
    labels = []
    for parent in (outside, inside):
        qtbot.addWidget(parent)
        label = QLabel("Kleine stappen", parent)
        label.setProperty("role", "section")
        parent.show()
        labels.append(label)
    qtbot.waitUntil(lambda: labels[1].font().weight() == QFont.Weight.DemiBold)
    assert labels[0].font().weight() == QFont.Weight.Normal
