"""What the summary says: shared items only, from the stored conversation, the same on reprint."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.summary_data import (
    SECRECY_EN,
    SECRECY_NL,
    STARTED_AT,
    WITHDRAW_NL,
    guide_snapshot,
    new_casebook,
)

from intakecompanion.domain.casebook import Casebook, UnknownRecord
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    Party,
    StepOwner,
    StepStatus,
)
from intakecompanion.summary.content import ConsentState, Summary, build_summary
from intakecompanion.summary.sample import INTERNAL_MARKER, SHARED_NOTES, write_sample_intake
from intakecompanion.summary.sheet import fixed_text, summary_html
from intakecompanion.summary.texts import TEXTS, clock_time, long_date, short_date
from intakecompanion.ui.conversation.client_view import ClientView
from intakecompanion.ui.shared.widgets import PlainLabel


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


def test_only_shared_notes_and_nothing_internal(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    book.add_note(conversation_id, "   ", shared=True)  # an empty shared note is left out
    summary = build_summary(book, conversation_id, "nl")
    assert summary.notes == SHARED_NOTES
    flat = repr(summary)
    assert INTERNAL_MARKER not in flat
    assert "done" not in flat.lower()  # no checklist state


def test_contact_date_kind_and_guide_texts(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    nl = build_summary(book, conversation_id, "nl")
    assert nl.client_name == "Noor Vermeulen"
    assert nl.contact.coach == "Sam De Smet"
    assert nl.contact.reachable == "maandag tot donderdag, van 9 tot 12 uur"
    assert nl.date == "maandag 2 maart 2026"
    assert nl.kind == TEXTS["nl"]["kind_intake"]
    assert nl.secrecy == SECRECY_NL
    assert nl.withdraw_howto == WITHDRAW_NL
    en = build_summary(book, conversation_id, "en")
    assert en.date == "Monday 2 March 2026"
    assert en.secrecy == SECRECY_EN


def test_steps_consents_and_appointment(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    assert [(s.who, s.by_when) for s in summary.steps] == [  # by date, without one last
        ("Je coach", "5 maart 2026"),
        ("Jij", "9 maart 2026"),
        ("Samen", "Geen datum"),
    ]
    assert summary.no_steps == "" and summary.no_consent == ""
    given, refused = summary.consents
    assert (given.recipient, given.given, given.until) == (
        "Schuldbemiddeling OCMW Voorbeeldstad",
        True,
        "31 december 2026",
    )
    assert (refused.recipient, refused.given, refused.until) == ("VDAB", False, "")
    assert summary.appointment is not None
    assert summary.appointment.when == "dinsdag 10 maart 2026 om 14.00 uur"
    assert summary.appointment.place == "OCMW Voorbeeldstad, Kerkstraat 12, lokaal 3"


def test_withdrawn_consent_is_marked_and_dropped_step_listed_as_stopped(tmp_path: Path) -> None:
    later = STARTED_AT + timedelta(days=40)
    now = [STARTED_AT]
    book = new_casebook(tmp_path, clock=lambda: now[0])
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    consent = book.consents(conversation_id)[0]
    step = book.steps(conversation_id)[0]
    now[0] = later
    book.withdraw_consent(consent.id)
    book.update_step(step.id, status=StepStatus.DROPPED)
    summary = build_summary(book, conversation_id, "nl")
    withdrawn, refused = summary.consents
    assert withdrawn.state is ConsentState.WITHDRAWN and not withdrawn.given
    assert withdrawn.status == "Je hebt dit ingetrokken op 11 april 2026. Ik deel dit niet meer."
    assert withdrawn.until == ""  # no "until you withdraw it" under a withdrawn consent
    assert refused.status == "Je zei nee. Ik deel dit niet." and refused.until == ""
    assert summary.no_consent == TEXTS["nl"]["no_consent_now"]
    assert len(summary.steps) == 2
    assert [s.what for s in summary.steps_stopped] == [step.what]
    assert summary.steps_succeeded == ()
    book.vault.close()


def test_a_fresh_print_later_states_the_present_with_the_conversations_guide(
    tmp_path: Path,
) -> None:
    now = [STARTED_AT]
    book = new_casebook(tmp_path, clock=lambda: now[0])
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    first = build_summary(book, conversation_id, "nl")
    # Months later: a new guide version with other texts is used for another conversation,
    # and the appointment made that day has been kept.
    now[0] = STARTED_AT + timedelta(days=120)
    client_id = book.conversation(conversation_id).client_id
    follow_up = book.start_conversation(
        client_id,
        ConversationKind.FOLLOW_UP,
        "intake",
        "2.0",
        guide_snapshot("2.0", secrecy_nl="Nieuwe tekst over geheim."),
    )
    appointment = book.appointments(client_id)[0]
    book.mark_kept(appointment.id, follow_up.id)
    again = build_summary(book, conversation_id, "nl")
    assert again.as_of == "dinsdag 30 juni 2026" and first.as_of == "maandag 2 maart 2026"
    assert again.date == first.date and again.secrecy == first.secrecy == SECRECY_NL
    assert first.appointment is not None and again.appointment is None  # kept: not ahead
    assert again.steps == first.steps and again.notes == first.notes
    book.vault.close()


def test_damaged_guide_snapshot_falls_back_to_plain_texts(book: Casebook) -> None:
    client = book.add_client("Sam Peeters")
    conversation = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", "{not json"
    )
    summary = build_summary(book, conversation.id, "en")
    assert summary.secrecy == TEXTS["en"]["secrecy_fallback"]
    assert summary.withdraw_howto == TEXTS["en"]["withdraw_fallback"]
    assert summary.notes == () and summary.steps == () and summary.appointment is None


def test_consent_without_end_date_and_follow_up_kind(book: Casebook) -> None:
    client = book.add_client("Lotte Maes")
    conversation = book.start_conversation(
        client.id, ConversationKind.FOLLOW_UP, "intake", "1.0", guide_snapshot()
    )
    book.record_consent(
        conversation.id,
        recipient="Huisarts",
        information="Je medicatie",
        purpose="Afstemmen",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    book.add_step(conversation.id, "Bellen", StepOwner.CLIENT)
    summary = build_summary(book, conversation.id, "en")
    assert summary.consents[0].until == TEXTS["en"]["consent_no_end"]
    assert summary.consents[0].status == "You said yes. I may share this."
    assert summary.kind == TEXTS["en"]["kind_follow_up"]


def test_unknown_conversation_and_language(book: Casebook) -> None:
    with pytest.raises(UnknownRecord):
        build_summary(book, 999, "nl")
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    with pytest.raises(ValueError):
        build_summary(book, conversation_id, "de")


def test_every_language_has_the_same_texts_and_placeholders() -> None:
    import string

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    nl, en = TEXTS["nl"], TEXTS["en"]
    assert nl.keys() == en.keys()
    for key in nl:
        assert fields(nl[key]) == fields(en[key]), key


def test_dates_are_written_out_without_the_locale() -> None:
    assert long_date("nl", date(2026, 12, 31)) == "donderdag 31 december 2026"
    assert short_date("en", date(2026, 5, 1)) == "1 May 2026"
    moment = datetime(2026, 3, 10, 9, 5)
    assert clock_time("nl", moment) == "9.05 uur"
    assert clock_time("en", moment) == "9:05"


def test_summary_is_frozen(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.lang = "en"  # type: ignore[misc]


def test_one_verb_for_taking_a_consent_back_in_the_sheet_and_the_guides() -> None:
    """Issue 11 item 9: the sheet mixed "intrekken" and "terugnemen"; it is "intrekken"."""
    from intakecompanion.guide.loader import builtin_guides

    dutch = list(TEXTS["nl"].values())
    for guide in builtin_guides():
        dutch.append(guide.withdraw_consent("nl"))
        dutch.extend(item.texts.get("nl").why or "" for item in guide.items())
        dutch.extend(item.texts.get("nl").say or "" for item in guide.items())
    joined = " ".join(dutch).lower()
    assert "terugn" not in joined and "nam dit terug" not in joined
    assert "intrekt" in TEXTS["nl"]["consent_no_end"]
    assert "ingetrokken" in TEXTS["nl"]["consent_withdrawn"]


def _client_view_says(qtbot: Any, summary: Summary) -> list[str]:
    """The lines of the show-the-client view (F11) of `summary`."""
    view = ClientView(summary)
    qtbot.addWidget(view)
    return [label.text() for label in view.findChildren(PlainLabel)]


def _follow_up_not_held(book: Casebook, note: str | None) -> int:
    """A follow-up at its appointment, which the client missed (recorded in it); `note`
    shared in it, if given."""
    intake_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(intake_id).client_id
    this = book.add_appointment(client_id, STARTED_AT, "Lokaal 2", conversation_id=intake_id)
    follow_up = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    if note is not None:
        book.add_note(follow_up.id, note, shared=True)
    book.mark_missed(this.id, Party.CLIENT, follow_up.id)
    return follow_up.id


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_a_conversation_whose_appointment_did_not_take_place_does_not_say_we_talked(
    book: Casebook, qtbot: Any, lang: str
) -> None:
    """sheets7 item 4: the appointment missed, the sheet said "Our appointment of … did not
    take place." and then, under "Waar we over praatten" (what we talked about), the notes
    shared in the conversation: a talk that did not happen. Its notes stand under what the
    coach wrote down for the client; the sheet and F11 say the same."""
    note = "Je belde af omdat je ziek was. We zoeken een nieuwe dag."
    summary = build_summary(book, _follow_up_not_held(book, note), lang)
    assert not summary.met and summary.notes == (note,)
    page = summary_html(summary)
    talked, wrote = (TEXTS[lang][key] for key in ("notes_heading", "notes_heading_not_held"))
    assert fixed_text(talked) not in page
    assert f"<h2>{fixed_text(wrote)}</h2>" in page and html.escape(note, quote=True) in page
    assert summary.notes_section() == (wrote, (note,))
    shown = _client_view_says(qtbot, summary)
    assert talked not in shown and wrote in shown and note in shown


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_a_conversation_not_held_without_shared_notes_has_no_notes_section(
    book: Casebook, qtbot: Any, lang: str
) -> None:
    """Nothing was talked about and nothing written down for the client: no heading and no
    "we did not write anything down about this together"."""
    follow_up = _follow_up_not_held(book, None)
    summary = build_summary(book, follow_up, lang)
    page = summary_html(summary)
    for key in ("notes_heading", "notes_heading_not_held", "no_notes"):
        assert fixed_text(TEXTS[lang][key]) not in page
    assert summary.notes_section() is None
    shown = _client_view_says(qtbot, summary)
    assert TEXTS[lang]["no_notes"] not in shown and TEXTS[lang]["notes_heading"] not in shown
    # A conversation that took place keeps its heading and says when nothing was written.
    this = book.this_appointment(follow_up)
    assert this is not None
    book.mark_kept(this.id, follow_up)
    met = build_summary(book, follow_up, lang)
    assert met.met
    assert met.notes_section() == (TEXTS[lang]["notes_heading"], (TEXTS[lang]["no_notes"],))
