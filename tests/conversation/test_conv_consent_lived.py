"""The consent form as consent is lived (issue 15 item 4): a consent noted as not asked yet,
answered later in its place, and a date to look at it again."""

from __future__ import annotations

from datetime import date

from tests.support.conversation import open_view
from tests.support.keyboard import type_text

from intakecompanion.domain.model import ConsentDecision


def _fill(panel, recipient: str, decision: str) -> None:  # type: ignore[no-untyped-def]
    type_text(panel.recipient, recipient)
    type_text(panel.information, "inkomen en schulden")
    type_text(panel.purpose, "aanvraag sociale huur")
    [button] = [b for b in panel.decision.buttons() if b.property("value") == decision]
    button.click()


def test_not_asked_yet_is_noted_then_answered_in_its_place(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    _fill(panel, "Dienst huisvesting", "not_asked")
    panel.review_on.set_value(date(2026, 4, 1))
    assert panel.record() is True
    client_id = intake.client_id
    [request] = reread().consent_requests(client_id)
    assert (request.recipient, request.review_on) == ("Dienst huisvesting", date(2026, 4, 1))
    assert reread().consents(intake.id) == []
    [card] = panel.request_cards
    assert "Not asked yet" in card.headline.text() and "Ask by" in card.details.text()

    _fill(panel, "Dienst huisvesting", "given")
    panel.review_on.set_value(date(2026, 9, 1))
    assert panel.record() is True
    assert reread().consent_requests(client_id) == []
    [consent] = reread().consents(intake.id)
    assert consent.decision is ConsentDecision.GIVEN
    assert consent.review_on == date(2026, 9, 1)
    assert panel.request_cards == []
    [shown] = panel.cards
    assert "Look at it again on" in shown.details.text()
