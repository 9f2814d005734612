"""The consent form chooses nothing for the coach: each consent's decision and how it was given
are chosen for it (tour7 item 1: after 'Record consent' the last choices stood, and a second
consent filled in without touching them was recorded 'refused', 'written')."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view
from tests.support.keyboard import type_text
from tests.support.translations import compile_translation

from intakecompanion.domain.model import ConsentDecision, ConsentForm


def _type(panel, recipient: str) -> None:  # type: ignore[no-untyped-def]
    type_text(panel.recipient, recipient)
    type_text(panel.information, "inkomen")
    type_text(panel.purpose, "sociale huur")


def _choose(group, value: str) -> None:  # type: ignore[no-untyped-def]
    [button] = [b for b in group.buttons() if b.property("value") == value]
    button.click()


def _chosen(group) -> list[bool]:  # type: ignore[no-untyped-def]
    return [b.isChecked() for b in group.buttons()]


def test_a_second_consent_is_not_recorded_with_the_first_ones_answer(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    _type(panel, "Dienst A")
    _choose(panel.decision, "refused")
    _choose(panel.form, "written")
    assert panel.record() is True
    assert _chosen(panel.decision) == [False, False, False]  # chosen again for the next one
    assert _chosen(panel.form) == [False, False]

    _type(panel, "Dienst B")
    assert panel.record() is False  # not 'refused, written' unseen
    assert panel.message.text() == "Choose the decision: given, refused or not asked yet."
    assert panel.message.property("state") == "error"
    assert QApplication.focusWidget() is panel.decision.buttons()[0]
    assert [c.recipient for c in reread().consents(intake.id)] == ["Dienst A"]
    assert panel.recipient.text() == "Dienst B"  # what was typed stays

    _choose(panel.decision, "given")
    assert panel.record() is False  # how it was given is the coach's to say too
    assert panel.message.text() == "Choose how the client answered: oral or written."
    assert QApplication.focusWidget() is panel.form.buttons()[0]
    _choose(panel.form, "oral")
    assert panel.record() is True
    second = next(c for c in reread().consents(intake.id) if c.recipient == "Dienst B")
    assert (second.decision, second.form) == (ConsentDecision.GIVEN, ConsentForm.ORAL)


def test_the_form_opens_with_nothing_chosen_and_is_answered_by_keyboard(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    view.focus_side_tab(2)
    assert _chosen(panel.decision) == [False, False, False]
    assert _chosen(panel.form) == [False, False]
    _type(panel, "Huisarts")
    qtbot.keyClick(panel.purpose, Qt.Key.Key_Return)
    panel.record()  # the coach is sent to the choice, then answers with the keyboard
    given = panel.decision.buttons()[0]
    assert QApplication.focusWidget() is given
    qtbot.keyClick(given, Qt.Key.Key_Right)  # the arrow goes to 'refused', Space chooses it
    refused = panel.decision.buttons()[1]
    assert QApplication.focusWidget() is refused
    qtbot.keyClick(refused, Qt.Key.Key_Space)
    assert _chosen(panel.decision) == [False, True, False]
    panel.record()
    oral = panel.form.buttons()[0]
    assert QApplication.focusWidget() is oral
    qtbot.keyClick(oral, Qt.Key.Key_Space)
    assert panel.record() is True
    [consent] = reread().consents(intake.id)
    assert (consent.decision, consent.form) == (ConsentDecision.REFUSED, ConsentForm.ORAL)


def test_not_asked_yet_needs_no_answer_form_and_leaves_nothing_chosen(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    _type(panel, "Werkgever")
    _choose(panel.decision, "not_asked")
    assert not any(b.isEnabled() for b in panel.form.buttons())  # there is no answer yet
    assert panel.record() is True
    [request] = reread().consent_requests(intake.client_id)
    assert request.recipient == "Werkgever"
    assert _chosen(panel.decision) == [False, False, False]
    assert all(b.isEnabled() for b in panel.form.buttons())


@pytest.mark.parametrize(
    ("lang", "decision", "how"),
    [
        (
            "nl",
            "Kies de beslissing: gegeven, geweigerd of nog niet gevraagd.",
            "Kies hoe de cliënt antwoordde: mondeling of schriftelijk.",
        ),
        (
            "fr",
            "Choisissez la décision\u00a0: donné, refusé ou pas encore demandé.",
            "Choisissez comment le client a répondu\u00a0: oral ou écrit.",
        ),
    ],
)
def test_the_choice_asked_for_is_said_in_the_coachs_language(
    qtbot, casebook, intake, tmp_path: Path, lang: str, decision: str, how: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(compile_translation(lang, tmp_path)))
    QApplication.installTranslator(translator)
    try:
        panel = open_view(qtbot, casebook, intake.id).consents
        _type(panel, "Huisarts")
        assert panel.record() is False
        assert panel.message.text() == decision
        _choose(panel.decision, "given")
        assert panel.record() is False
        assert panel.message.text() == how
    finally:
        QApplication.removeTranslator(translator)
