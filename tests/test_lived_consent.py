"""Consent as it is lived (issue 15, item 4): not yet asked, a review date, consents that end
within 30 days on the overview, and an ended consent said as ended on the client's sheet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from tests.support.json_schema import problems
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.clientcopy.write import write_client_copy
from intakecompanion.domain.casebook import Casebook, UnknownRecord
from intakecompanion.domain.model import ConsentDecision, ConsentForm, ConversationKind
from intakecompanion.summary.content import ConsentState, build_summary

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "client-export.schema.json").read_text()
)
TODAY = STARTED_AT.date()


class Clock:
    def __init__(self) -> None:
        self.now = STARTED_AT

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def book(tmp_path: Path, clock: Clock) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def _conversation(book: Casebook, client_id: int, kind: ConversationKind) -> int:
    return book.start_conversation(client_id, kind, "intake", "1.0", guide_snapshot()).id


def _consent(book: Casebook, conversation_id: int, recipient: str, **fields: object):
    return book.record_consent(
        conversation_id,
        recipient=recipient,
        information="mijn huurachterstand",
        purpose="een afbetalingsplan",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        **fields,  # type: ignore[arg-type]
    )


def test_a_consent_not_yet_asked_is_listed_until_the_client_decides(book: Casebook) -> None:
    client = book.add_client("Noor Vermeulen")
    conversation = _conversation(book, client.id, ConversationKind.INTAKE)
    ask_by = TODAY + timedelta(days=14)
    request = book.request_consent(
        conversation,
        recipient="OCMW Gent",
        information="mijn inkomen",
        purpose="een leefloon",
        review_on=ask_by,
    )
    assert [(r.recipient, r.review_on) for r in book.consent_requests(client.id)] == [
        ("OCMW Gent", ask_by)
    ]
    assert book.client_consents(client.id) == []  # not asked: no decision recorded
    overview = book.coach_overview(TODAY)
    assert [(o.client_name, o.request.id) for o in overview.consents_to_ask] == [
        ("Noor Vermeulen", request.id)
    ]
    summary = build_summary(book, conversation, "nl")
    assert summary.consents == ()  # nothing may be shared: the sheet says so
    assert summary.no_consent

    decided = book.record_consent(
        conversation,
        recipient="OCMW Gent",
        information="mijn inkomen",
        purpose="een leefloon",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
        request_id=request.id,
    )
    assert book.consent_requests(client.id) == []
    assert book.coach_overview(TODAY).consents_to_ask == ()
    assert [c.id for c in book.client_consents(client.id)] == [decided.id]


def test_answering_an_unknown_request_records_nothing(book: Casebook) -> None:
    client = book.add_client("Noor Vermeulen")
    conversation = _conversation(book, client.id, ConversationKind.INTAKE)
    with pytest.raises(UnknownRecord):
        book.record_consent(
            conversation,
            recipient="OCMW Gent",
            information="i",
            purpose="p",
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
            request_id=999,
        )
    assert book.client_consents(client.id) == []  # one transaction: the consent went too


def test_review_dates_and_end_dates_within_30_days_reach_the_overview(book: Casebook) -> None:
    client = book.add_client("Noor Vermeulen")
    conversation = _conversation(book, client.id, ConversationKind.INTAKE)
    soon = _consent(book, conversation, "CAW", review_on=TODAY + timedelta(days=30))
    _consent(book, conversation, "Huisarts", review_on=TODAY + timedelta(days=31))
    ending = _consent(
        book, conversation, "Sociaal verhuurkantoor", valid_until=TODAY + timedelta(days=10)
    )
    _consent(book, conversation, "Werkwinkel", valid_until=TODAY + timedelta(days=31))
    overview = book.coach_overview(TODAY)
    assert [o.consent.id for o in overview.consents_review] == [soon.id]
    assert [o.consent.id for o in overview.consents_ending] == [ending.id]
    assert soon.review_on == TODAY + timedelta(days=30)

    moved = book.set_consent_review(soon.id, TODAY + timedelta(days=60))
    assert moved.review_on == TODAY + timedelta(days=60)
    assert book.coach_overview(TODAY).consents_review == ()
    book.set_consent_review(soon.id, TODAY - timedelta(days=1))  # overdue stays listed
    assert [o.consent.id for o in book.coach_overview(TODAY).consents_review] == [soon.id]
    book.withdraw_consent(soon.id)
    assert book.coach_overview(TODAY).consents_review == ()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("nl", "Dit mocht tot 10 maart 2026. Ik deel dit niet meer."),
     ("en", "This was allowed until 10 March 2026. I no longer share this.")],
)  # fmt: skip
def test_a_consent_that_ended_since_the_last_conversation_is_on_the_sheet_as_ended(
    book: Casebook, clock: Clock, lang: str, sentence: str
) -> None:
    client = book.add_client("Noor Vermeulen")
    intake = _conversation(book, client.id, ConversationKind.INTAKE)
    ended = _consent(book, intake, "CAW", valid_until=date(2026, 3, 10))
    old = _consent(book, intake, "Huisarts", valid_until=date(2026, 3, 1))  # before the intake
    clock.now = STARTED_AT + timedelta(days=18)
    follow_up = _conversation(book, client.id, ConversationKind.FOLLOW_UP)

    summary = build_summary(book, follow_up, lang)

    lines = {line.recipient: line for line in summary.consents}
    assert set(lines) == {"CAW"}, "one ended before the previous conversation is not repeated"
    assert lines["CAW"].state is ConsentState.EXPIRED and not lines["CAW"].given
    assert sentence in lines["CAW"].status
    assert summary.no_consent  # and the sheet says nothing may be shared now
    assert book.trajectory(follow_up).consents_expired == (book.consent(ended.id),)
    assert old.id not in {c.id for c in book.trajectory(follow_up).consents_expired}


def test_an_ended_consent_renewed_for_the_same_sharing_is_only_shown_in_force(
    book: Casebook, clock: Clock
) -> None:
    client = book.add_client("Noor Vermeulen")
    intake = _conversation(book, client.id, ConversationKind.INTAKE)
    _consent(book, intake, "CAW", valid_until=date(2026, 3, 10))
    clock.now = STARTED_AT + timedelta(days=18)
    follow_up = _conversation(book, client.id, ConversationKind.FOLLOW_UP)
    _consent(book, follow_up, "CAW")

    lines = build_summary(book, follow_up, "nl").consents
    assert [line.state for line in lines] == [ConsentState.IN_FORCE]


def test_the_copy_says_ended_review_and_not_yet_asked_consents(
    book: Casebook, clock: Clock, tmp_path: Path, qapp: object
) -> None:
    client = book.add_client("Noor Vermeulen")
    intake = _conversation(book, client.id, ConversationKind.INTAKE)
    _consent(book, intake, "CAW", valid_until=date(2026, 3, 10))
    doctor = _consent(book, intake, "Huisarts", review_on=date(2026, 8, 1))
    book.request_consent(
        intake, recipient="OCMW Gent", information="i", purpose="p", review_on=date(2026, 4, 1)
    )
    clock.now = STARTED_AT + timedelta(days=2)
    book.set_consent_review(doctor.id, date(2026, 9, 1), intake)  # changed, kept as history
    clock.now = STARTED_AT + timedelta(days=18)

    done = write_client_copy(book, client.id, tmp_path, "nl")

    pdf = " ".join(pdf_text(done.pdf).split())
    assert "Dit liep af op 10 maart 2026. Het geldt niet meer." in pdf
    assert "We bekijken dit opnieuw op 1 september 2026." in pdf
    assert "Nog niet gevraagd" in pdf and "OCMW Gent" in pdf
    assert "Je coach wil het vragen tegen 1 april 2026." in pdf
    document = json.loads(done.json.read_text(encoding="utf-8"))
    assert problems(document, SCHEMA) == []
    assert [r["recipient"] for r in document["consents_not_yet_asked"]] == ["OCMW Gent"]
    assert [c["review_on"] for c in document["consents"]] == [None, "2026-09-01"]
    [change] = document["consents"][1]["review_changes"]
    assert (change["before"], change["after"], change["conversation_id"]) == (
        "2026-08-01",
        "2026-09-01",
        intake,
    )
    when = (STARTED_AT + timedelta(days=2)).date()
    assert f"Op {when.day} maart 2026 kozen we een andere datum om dit opnieuw te bekijken." in pdf


def test_a_review_date_typed_in_steps_is_one_change_per_conversation(
    book: Casebook, clock: Clock
) -> None:
    """The card saves the date while the coach types it ("1/1", a pause, "1/10"): the copy
    must not tell the client of two changes where one was made."""
    client = book.add_client("Noor Vermeulen")
    intake = _conversation(book, client.id, ConversationKind.INTAKE)
    doctor = _consent(book, intake, "Huisarts", review_on=date(2026, 8, 1))
    clock.now = STARTED_AT + timedelta(days=2)
    follow_up = _conversation(book, client.id, ConversationKind.FOLLOW_UP)
    for typed in (date(2026, 1, 1), date(2026, 10, 1), date(2026, 10, 10)):
        book.set_consent_review(doctor.id, typed, follow_up)
    [change] = book.consent(doctor.id).review_changes
    assert (change.before, change.after, change.conversation_id) == (
        date(2026, 8, 1),
        date(2026, 10, 10),
        follow_up,
    )
    # Typed back to where it was: no change was made in this conversation after all.
    book.set_consent_review(doctor.id, date(2026, 8, 1), follow_up)
    assert book.consent(doctor.id).review_changes == ()
    # Another conversation's change stays its own.
    book.set_consent_review(doctor.id, date(2026, 9, 1), follow_up)
    later = _conversation(book, client.id, ConversationKind.FOLLOW_UP)
    book.set_consent_review(doctor.id, None, later)
    assert [
        (c.before, c.after, c.conversation_id) for c in book.consent(doctor.id).review_changes
    ] == [
        (date(2026, 8, 1), date(2026, 9, 1), follow_up),
        (date(2026, 9, 1), None, later),
    ]
