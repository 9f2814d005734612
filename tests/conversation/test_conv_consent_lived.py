"""The consent form as consent is lived (issue 15 item 4): a consent noted as not asked yet,
answered later in its place, and a date to look at it again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from tests.support.conversation import answer_consent, open_view
from tests.support.keyboard import retype, type_text

from intakecompanion.domain.model import ConsentDecision, ConsentForm
from intakecompanion.ui.shared.texts import format_date


def _fill(panel, recipient: str, decision: str) -> None:  # type: ignore[no-untyped-def]
    type_text(panel.recipient, recipient)
    type_text(panel.information, "inkomen en schulden")
    type_text(panel.purpose, "aanvraag sociale huur")
    answer_consent(panel, decision)


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


def test_the_date_to_look_again_is_changed_then_cleared_on_the_card_by_keyboard(
    qtbot, casebook, intake, reread
) -> None:
    casebook.record_consent(
        intake.id,
        recipient="Dienst huisvesting",
        information="inkomen",
        purpose="sociale huur",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        review_on=date(2026, 9, 1),
    )
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    [card] = panel.cards
    assert card.review is not None and card.review.value() == date(2026, 9, 1)
    assert card.review.accessibleName() == "Look at the consent to Dienst huisvesting again on"
    card.review.setFocus()
    retype(card.review, "1-4-2026")
    qtbot.keyClick(card.review.edit, Qt.Key.Key_Return)  # Enter changes it

    [consent] = reread().consents(intake.id)
    assert consent.review_on == date(2026, 4, 1)
    [change] = consent.review_changes
    assert (change.before, change.after, change.conversation_id) == (
        date(2026, 9, 1),
        date(2026, 4, 1),
        intake.id,
    )
    [card] = panel.cards  # the same card, with the change in its history
    shown = card.details.text()
    assert f"Look at it again on {format_date(date(2026, 4, 1))}" in shown
    assert f"(was {format_date(date(2026, 9, 1))})" in shown
    assert card.review is not None and card.review.edit.hasFocus()
    assert "earlier date stays" in panel.message.text()

    card.review.edit.selectAll()
    qtbot.keyClick(card.review.edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(card.review_button, Qt.MouseButton.LeftButton)  # cleared: no date
    [consent] = reread().consents(intake.id)
    assert consent.review_on is None
    # One conversation, one change: from the date it had before this conversation to none.
    [change] = consent.review_changes
    assert (change.before, change.after) == (date(2026, 9, 1), None)
    assert casebook.coach_overview(date(2026, 3, 2)).consents_review == ()


def test_a_date_that_does_not_read_is_not_stored(qtbot, casebook, intake, reread) -> None:
    casebook.record_consent(
        intake.id,
        recipient="CAW",
        information="adres",
        purpose="post",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        review_on=date(2026, 9, 1),
    )
    view = open_view(qtbot, casebook, intake.id)
    [card] = view.consents.cards
    assert card.review is not None
    retype(card.review, "31/")
    assert view.consents.change_review(card) is False
    assert "not a date yet" in view.consents.message.text()
    [consent] = reread().consents(intake.id)
    assert consent.review_on == date(2026, 9, 1) and consent.review_changes == ()


def test_a_finished_conversation_does_not_change_the_date(qtbot, casebook, intake, reread) -> None:
    casebook.record_consent(
        intake.id,
        recipient="CAW",
        information="adres",
        purpose="post",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        review_on=date(2026, 9, 1),
    )
    casebook.finish_conversation(intake.id)
    view = open_view(qtbot, casebook, intake.id)
    [card] = view.consents.cards
    assert card.review is not None and card.review.edit.isReadOnly()
    assert card.review_button is not None and not card.review_button.isEnabled()
    card.review.edit.setFocus()
    qtbot.keyClick(card.review.edit, Qt.Key.Key_Return)
    [consent] = reread().consents(intake.id)
    assert consent.review_on == date(2026, 9, 1) and consent.review_changes == ()


def test_a_typed_date_is_kept_without_enter_and_the_card_follows_when_left(
    qtbot, casebook, intake, reread
) -> None:
    casebook.record_consent(
        intake.id,
        recipient="OCMW",
        information="inkomen",
        purpose="leefloon",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    [card] = panel.cards
    assert card.review is not None
    retype(card.review, "1-4-2026")  # no Enter: written after the typing pause
    qtbot.waitUntil(lambda: reread().consents(intake.id)[0].review_on == date(2026, 4, 1))
    [consent] = reread().consents(intake.id)
    assert [(c.before, c.after) for c in consent.review_changes] == [(None, date(2026, 4, 1))]

    qtbot.keyClick(card.review.edit, Qt.Key.Key_Tab)  # leaving shows the change on the card
    assert panel.cards == [card] and "(was no date)" in card.details.text()
    assert not card.review.edit.hasFocus()  # Tab went on: the card is not rebuilt under it

    assert card.review is not None
    retype(card.review, "31/")  # no date yet: kept over a lock by the side tabs
    assert view.tabs.unread_texts() == {f"2/consent-review-{consent.id}": "31/"}


def test_a_consent_not_asked_yet_can_be_dropped_on_its_card_by_keyboard(
    qtbot, casebook, intake, reread
) -> None:
    """The note "not asked yet" stayed for good once the coach decided not to ask: the
    client's copy said it would still be asked."""
    view = open_view(qtbot, casebook, intake.id)
    panel = view.consents
    _fill(panel, "Dienst huisvesting", "not_asked")
    assert panel.record() is True
    [card] = panel.request_cards
    assert card.drop_button.accessibleName() == (
        "Not asking the consent to Dienst huisvesting after all"
    )
    card.drop_button.setFocus()
    qtbot.keyClick(card.drop_button, Qt.Key.Key_Space)  # asked again on the button
    assert len(reread().consent_requests(intake.client_id)) == 1
    assert card.drop_button.text() == "Click again to remove the note"
    qtbot.keyClick(card.drop_button, Qt.Key.Key_Space)
    assert reread().consent_requests(intake.client_id) == []
    assert panel.request_cards == [] and panel.cards == []
    assert panel.message.text() == "Not asking after all: the note is removed."
    assert panel.recipient.hasFocus()
