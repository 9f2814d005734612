"""Issue 11 item 9: a withdrawn consent read as given ("✓ Je zei ja — Je nam dit terug op …",
then "Tot wanneer: Tot je het terugneemt") and a refused one as "Tot wanneer: Ik deel dit
niet."; each now says where it stands in one sentence, and only a consent in force has an end."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path

from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.model import ConsentDecision, ConsentForm, ConversationKind
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.sheet import summary_html


def blocks(sheet: str) -> list[str]:
    """The consents section cut into one plain-text block per consent (from its mark on)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", sheet))
    text = re.sub(r"[\u2068\u2069]", "", " ".join(text.split()))
    section = text.split("Wat mag ik delen en met wie?")[1].split("Kleine stappen")[0]
    parts = [b.strip() for b in re.split(r"(?=[\u2713\u2717] )", section)]
    return [b for b in parts if b.startswith(("\u2713", "\u2717"))]


def test_each_consent_says_where_it_stands_and_only_one_in_force_has_an_end(
    tmp_path: Path,
) -> None:
    now = [STARTED_AT]
    book = new_casebook(tmp_path, clock=lambda: now[0])
    client = book.add_client("Noor Vermeulen")
    talk = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", guide_snapshot()
    )
    ids = {}
    for recipient, decision, until in (
        ("VDAB", ConsentDecision.GIVEN, None),
        ("Huisarts", ConsentDecision.GIVEN, None),
        ("School", ConsentDecision.REFUSED, None),
        ("Mutualiteit", ConsentDecision.GIVEN, STARTED_AT.date() + timedelta(days=2)),
    ):
        ids[recipient] = book.record_consent(
            talk.id,
            recipient=recipient,
            information="Gegevens",
            purpose="Hulp",
            decision=decision,
            form=ConsentForm.ORAL,
            valid_until=until,
        ).id
    now[0] = STARTED_AT + timedelta(days=5)
    book.withdraw_consent(ids["Huisarts"], conversation_id=talk.id)
    given, withdrawn, refused, expired = blocks(summary_html(build_summary(book, talk.id, "nl")))
    assert given.startswith("✓ Je zei ja. Ik mag dit delen.")
    assert given.endswith("Tot wanneer Tot je dit intrekt")
    assert withdrawn.startswith("✗ Je hebt dit ingetrokken op 7 maart 2026. Ik deel dit niet meer.")
    assert refused.startswith("✗ Je zei nee. Ik deel dit niet.")
    assert expired.startswith("✗ Dit mocht tot 4 maart 2026. Ik deel dit niet meer.")
    for line in (withdrawn, refused, expired):
        assert "Je zei ja" not in line and "Tot wanneer" not in line and "✓" not in line


def test_a_refusal_or_withdrawal_gives_way_to_a_later_consent_for_the_same_sharing(
    tmp_path: Path,
) -> None:
    """Review finding 2: refused (or withdrawn) at the intake and given at a follow-up, the
    intake's fresh sheet said both 'Je zei nee. Ik deel dit niet.' and 'Je zei ja.'."""
    now = [STARTED_AT]
    book = new_casebook(tmp_path, clock=lambda: now[0])
    client = book.add_client("Noor Vermeulen")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", guide_snapshot()
    )

    def consent(conversation_id: int, recipient: str, decision: ConsentDecision) -> int:
        return book.record_consent(
            conversation_id,
            recipient=recipient,
            information="Gezondheid",
            purpose="Zorg",
            decision=decision,
            form=ConsentForm.ORAL,
        ).id

    consent(intake.id, "Huisarts", ConsentDecision.REFUSED)
    withdrawn = consent(intake.id, "School", ConsentDecision.GIVEN)
    book.withdraw_consent(withdrawn, conversation_id=intake.id)
    now[0] = STARTED_AT + timedelta(days=7)
    follow_up = book.start_conversation(
        client.id, ConversationKind.FOLLOW_UP, "vervolg", "1.0", guide_snapshot()
    )
    consent(follow_up.id, "huisarts ", ConsentDecision.GIVEN)  # as typed: same recipient
    consent(follow_up.id, "School", ConsentDecision.GIVEN)
    for conversation in (intake, follow_up):
        lines = build_summary(book, conversation.id, "nl").consents
        assert [(c.recipient.strip().lower(), c.status) for c in lines] == [
            ("huisarts", "Je zei ja. Ik mag dit delen."),
            ("school", "Je zei ja. Ik mag dit delen."),
        ]


def test_a_later_refusal_takes_back_the_consent_in_force_for_the_same_sharing(
    tmp_path: Path,
) -> None:
    """Given at the intake and refused at a follow-up: the sheet said only 'Je zei ja. Ik mag
    dit delen.' (the refusal gave way to the consent still in force). What the client said last
    holds: recording the refusal takes the earlier consent back in the same transaction."""
    now = [STARTED_AT]
    book = new_casebook(tmp_path, clock=lambda: now[0])
    client = book.add_client("Noor Vermeulen")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", guide_snapshot()
    )
    fields = {"information": "Gezondheid", "purpose": "Zorg", "form": ConsentForm.ORAL}
    given = book.record_consent(
        intake.id, recipient="Huisarts", decision=ConsentDecision.GIVEN, **fields
    )
    other = book.record_consent(
        intake.id, recipient="School", decision=ConsentDecision.GIVEN, **fields
    )
    now[0] = STARTED_AT + timedelta(days=7)
    follow_up = book.start_conversation(
        client.id, ConversationKind.FOLLOW_UP, "vervolg", "1.0", guide_snapshot()
    )
    book.record_consent(
        follow_up.id, recipient=" huisarts", decision=ConsentDecision.REFUSED, **fields
    )
    withdrawal = book.consent(given.id).withdrawn
    assert withdrawal is not None and withdrawal.conversation_id == follow_up.id
    assert book.consent(other.id).withdrawn is None  # another recipient is not touched
    statuses = {
        c.recipient.strip().lower(): c.status
        for c in build_summary(book, follow_up.id, "nl").consents
    }
    assert statuses["school"] == "Je zei ja. Ik mag dit delen."
    assert not statuses["huisarts"].startswith("Je zei ja")
