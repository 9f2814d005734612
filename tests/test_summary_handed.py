"""The sheets handed over: kept in the vault as printed, reproduced exactly on "print again"."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    HandedSheet,
    Party,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.summary import texts
from intakecompanion.summary.cli import _STALE_KEYS, message
from intakecompanion.summary.content import ConsentState, Summary, build_summary
from intakecompanion.summary.handed import (
    AppointmentChanged,
    NoteNoLongerShared,
    Outdated,
    SheetNoLongerTrue,
    SheetUnreadable,
    handed_summary,
    outdated,
    record_handed_sheet,
    summary_from_json,
    summary_to_json,
)
from intakecompanion.summary.sample import write_sample_intake


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_handed_sheet_is_reproduced_exactly_after_the_records_change(
    book: Casebook, lang: str
) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, lang)
    assert summary.steps and summary.consents and summary.appointment is not None
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PDF)
    assert (sheet.lang, sheet.medium, sheet.handed_at) == (lang, SheetMedium.PDF, STARTED_AT)

    # What the sheet said stays true of what was handed over (a step reworded, the client's
    # name corrected): printed again as it was. A withdrawn consent is not such a change:
    # "a print states only what holds" (see the consent test below).
    for step in book.steps(conversation_id):
        book.update_step(step.id, what="Iets anders")
    book.rename_client(book.conversation(conversation_id).client_id, "Andere naam")
    assert build_summary(book, conversation_id, lang) != summary  # a fresh one: the present
    assert handed_summary(book, sheet.id) == summary  # print again: the sheet as handed over
    assert [s.id for s in book.handed_sheets(conversation_id)] == [sheet.id]


def test_the_json_round_trip_keeps_every_field(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    assert summary_from_json(summary_to_json(summary)) == summary
    for unreadable in ('{"format": 99, "summary": {}}', '{"format": 1, "summary": {}}', "[]"):
        with pytest.raises(ValueError):
            summary_from_json(unreadable)


@pytest.mark.parametrize("change", ["internal", "deleted", "edited"])
def test_a_kept_sheet_whose_note_is_no_longer_shared_is_not_printed_again(
    book: Casebook, change: str
) -> None:
    """Review finding 5: a note shared on a kept sheet, made internal (or deleted) afterwards,
    came back on every 'print again'. The kept sheet stays the record of what was handed over,
    but it is not printed again; a new sheet leaves the note out."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    note = book.add_note(conversation_id, "Schulden bij broer", shared=True)
    summary = build_summary(book, conversation_id, "nl")
    assert "Schulden bij broer" in summary.notes
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert handed_summary(book, sheet.id) == summary
    if change == "internal":
        book.set_note_shared(note.id, False)
    elif change == "deleted":
        book.delete_note(note.id)
    else:
        book.update_note_text(note.id, "Geldzorgen")
    with pytest.raises(NoteNoLongerShared):
        handed_summary(book, sheet.id)
    assert "Schulden bij broer" not in build_summary(book, conversation_id, "nl").notes
    assert summary_from_json(book.handed_sheet(sheet.id).content) == summary  # still kept


def test_unreadable_kept_content_says_so(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    for content in ("{", '{"format": 1, "summary": {}}'):
        sheet = book.record_handed_sheet(conversation_id, "nl", SheetMedium.PDF, content)
        with pytest.raises(SheetUnreadable):
            handed_summary(book, sheet.id)


def _handed_with_appointment(book: Casebook) -> tuple[int, Summary, HandedSheet]:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    assert summary.appointment is not None
    return (
        conversation_id,
        summary,
        record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT),
    )


@pytest.mark.parametrize("change", ["moved in a follow-up", "cancelled", "removed", "new place"])
def test_a_kept_sheet_whose_appointment_no_longer_stands_is_out_of_date_and_not_printed_again(
    book: Casebook, change: str
) -> None:
    """The tour (rough6 item 1): the appointment on a sheet handed over was moved afterwards,
    in a follow-up, and the sheet went on being 'as handed over' without a word; printed
    again, it sent the client to the old moment."""
    conversation_id, summary, sheet = _handed_with_appointment(book)
    assert outdated(book, sheet) is None and handed_summary(book, sheet.id) == summary
    [appointment] = book.appointments(sheet.client_id)
    if change == "moved in a follow-up":
        follow_up = book.start_conversation(
            sheet.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
        )
        book.move_appointment(
            appointment.id, appointment.starts_at + timedelta(days=2), Party.CLIENT, follow_up.id
        )
    elif change == "cancelled":
        book.cancel_appointment(appointment.id, Party.COACH)
    elif change == "removed":
        book.delete_appointment(appointment.id)
    else:
        book.update_appointment(appointment.id, place="Lokaal 3")
    assert outdated(book, sheet) is Outdated.APPOINTMENT
    with pytest.raises(AppointmentChanged):
        handed_summary(book, sheet.id)
    assert summary_from_json(book.handed_sheet(sheet.id).content) == summary  # still kept
    assert book.last_handed_sheet(sheet.client_id) == sheet


@pytest.mark.parametrize("outcome", ["kept", "missed"])
def test_a_kept_sheet_whose_appointment_took_place_or_was_missed_still_holds(
    tmp_path: Path, outcome: str
) -> None:
    """What the sheet said was true when it was handed over and stays so: it is reprinted."""
    now = [STARTED_AT]
    book = new_casebook(tmp_path, lambda: now[0])
    conversation_id, summary, sheet = _handed_with_appointment(book)
    [appointment] = book.appointments(sheet.client_id)
    now[0] = appointment.starts_at  # its day came: it can have been kept or missed
    follow_up = book.start_conversation(
        sheet.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    if outcome == "kept":
        book.mark_kept(appointment.id, follow_up.id)
    else:
        book.mark_missed(appointment.id, Party.CLIENT, follow_up.id)
    assert outdated(book, sheet) is None
    assert handed_summary(book, sheet.id) == summary
    book.vault.close()


def _refused_again(book: Casebook, sheet: HandedSheet, summary: Summary, reason: Outdated) -> None:
    assert outdated(book, sheet) is reason
    with pytest.raises(SheetNoLongerTrue) as refused:
        handed_summary(book, sheet.id)
    assert refused.value.reason is reason
    assert summary_from_json(book.handed_sheet(sheet.id).content) == summary  # still kept


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_a_kept_sheet_whose_consent_was_withdrawn_is_out_of_date_and_not_printed_again(
    book: Casebook, lang: str
) -> None:
    """Review 6 finding 3: after the consents were withdrawn, 'print again' still printed
    "Je zei ja. Ik mag dit delen." and nothing said the sheet was out of date."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, lang)
    assert any(line.given for line in summary.consents)
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    for consent in book.consents(conversation_id):
        book.withdraw_consent(consent.id, conversation_id=conversation_id)
    _refused_again(book, sheet, summary, Outdated.CONSENT)


def test_a_kept_sheet_saying_no_appointment_is_set_is_out_of_date_once_one_is_made(
    book: Casebook,
) -> None:
    """Review 6 finding 4: "no new appointment is set" was reprinted after one was made."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    for appointment in book.appointments(client_id):
        book.delete_appointment(appointment.id)
    summary = build_summary(book, conversation_id, "nl")
    assert summary.appointment is None
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None and handed_summary(book, sheet.id) == summary
    book.add_appointment(
        client_id, STARTED_AT + timedelta(days=7), "Lokaal 2", conversation_id=conversation_id
    )
    _refused_again(book, sheet, summary, Outdated.APPOINTMENT_MADE)


def test_a_kept_sheet_is_out_of_date_once_the_coachs_phone_number_changed(
    book: Casebook,
) -> None:
    """Review 6 finding 4: reprinted after the coach's phone changed, it gave the old number
    under "Bel me"."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    book.save_profile(replace(book.profile(), phone="0470 00 00 00"))
    assert summary.contact.phone != "0470 00 00 00"
    _refused_again(book, sheet, summary, Outdated.CONTACT)


def test_a_kept_sheet_is_out_of_date_once_the_coachs_organisation_changed_and_says_no_more(
    book: Casebook,
) -> None:
    """The whole contact block is compared (name, organisation, phone, e-mail, hours,
    boundaries): its reason named only "phone, e-mail, hours", untrue when the organisation
    alone changed. It names no detail now."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    book.save_profile(replace(book.profile(), organisation="Dienst Fictief"))
    _refused_again(book, sheet, summary, Outdated.CONTACT)
    for lang in ("nl", "en", "fr"):
        said = message(lang, _STALE_KEYS[Outdated.CONTACT.value], id=7).lower()
        assert not {"phone", "telefoon", "téléphone", "e-mail"} & set(
            said.replace("(", " ").replace(",", " ").split()
        ), said


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_summary_again_says_why_for_every_reason_a_kept_sheet_is_out_of_date(lang: str) -> None:
    """`summary --again` has its own words for each reason, in each language."""
    for reason in Outdated:
        said = message(lang, _STALE_KEYS[reason.value], id=7)
        assert "7" in said and "--again" in said
    assert len(set(_STALE_KEYS.values())) == len(Outdated)


def test_a_later_wording_of_the_appointments_moment_leaves_kept_sheets_as_they_were(
    book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 6 finding 5: the appointment was judged on the sheet's words, so a new wording
    of its moment made every kept sheet 'out of date' though nothing had changed. It is judged
    on the stored moment, place and with whom now."""
    conversation_id, summary, sheet = _handed_with_appointment(book)
    assert summary.appointment is not None and summary.appointment.starts_at
    monkeypatch.setitem(texts.TEXTS["nl"], "appointment_when", "{date}, {time}")
    assert build_summary(book, conversation_id, "nl").appointment != summary.appointment
    assert outdated(book, sheet) is None
    assert handed_summary(book, sheet.id) == summary
    [appointment] = book.appointments(sheet.client_id)
    book.update_appointment(appointment.id, starts_at=appointment.starts_at + timedelta(hours=1))
    assert outdated(book, sheet) is Outdated.APPOINTMENT


def test_a_sheet_kept_before_the_moment_was_stored_is_judged_on_its_words(
    book: Casebook,
) -> None:
    """Sheets kept before `AppointmentLine.starts_at` read back with "": their words decide."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    assert summary.appointment is not None
    content = json.loads(summary_to_json(summary))
    del content["summary"]["appointment"]["starts_at"]
    sheet = book.record_handed_sheet(conversation_id, "nl", SheetMedium.PRINT, json.dumps(content))
    kept = handed_summary(book, sheet.id)
    assert kept.appointment is not None and kept.appointment.starts_at == ""
    assert outdated(book, sheet) is None
    [appointment] = book.appointments(sheet.client_id)
    book.update_appointment(appointment.id, place="Lokaal 3")
    assert outdated(book, sheet) is Outdated.APPOINTMENT


def test_a_later_wording_of_dates_leaves_a_kept_sheets_consents_as_they_were(
    book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for the appointment (review 6 finding 5): a consent in force is judged on its stored
    end date, so a new wording of dates does not make every kept sheet 'out of date'."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    [line] = [line for line in summary.consents if line.given]
    assert line.valid_until and line.until.endswith("december 2026")
    months = tuple(name.capitalize() for name in texts._MONTHS["nl"])
    monkeypatch.setitem(texts._MONTHS, "nl", months)
    assert build_summary(book, conversation_id, "nl").consents != summary.consents
    assert outdated(book, sheet) is None
    assert handed_summary(book, sheet.id) == summary


def test_a_sheet_kept_before_the_end_date_was_stored_is_judged_on_its_words(
    book: Casebook,
) -> None:
    """Sheets kept before `ConsentLine.valid_until` read back with "": their words decide."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    content = json.loads(summary_to_json(summary))
    for line in content["summary"]["consents"]:
        del line["valid_until"]
    sheet = book.record_handed_sheet(conversation_id, "nl", SheetMedium.PRINT, json.dumps(content))
    assert not any(line.valid_until for line in handed_summary(book, sheet.id).consents)
    assert outdated(book, sheet) is None
    for consent in book.consents(conversation_id):
        book.withdraw_consent(consent.id, conversation_id=conversation_id)
    assert outdated(book, sheet) is Outdated.CONSENT


def _no_appointment_sheet(book: Casebook) -> tuple[int, int, Summary, HandedSheet]:
    """The intake's sheet saying no next appointment is set, handed over at STARTED_AT."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    for appointment in book.appointments(client_id):
        book.delete_appointment(appointment.id)
    summary = build_summary(book, conversation_id, "nl")
    assert summary.appointment is None
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    return conversation_id, client_id, summary, sheet


@pytest.mark.parametrize("since", ["kept", "missed", "no outcome recorded", "cancelled"])
def test_a_kept_sheet_saying_no_appointment_stays_out_of_date_once_the_one_made_since_is_past(
    tmp_path: Path, since: str
) -> None:
    """sheets7 item 1: the sheet said "no new appointment is set"; one was made afterwards and
    was out of date, but once its moment had passed (kept, missed or nothing recorded yet) the
    kept sheet was 'true' again and printed as it was: only planned appointments still to come
    were looked at. One made and cancelled since leaves no appointment: the sentence holds."""
    now = [STARTED_AT]
    book = new_casebook(tmp_path, lambda: now[0])
    try:
        _conversation_id, client_id, summary, sheet = _no_appointment_sheet(book)
        appointment = book.add_appointment(client_id, STARTED_AT + timedelta(days=7), "Lokaal 2")
        assert outdated(book, sheet) is Outdated.APPOINTMENT_MADE
        now[0] = STARTED_AT + timedelta(days=8)
        if since == "kept":
            follow_up = book.start_conversation(
                client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
            )
            book.mark_kept(appointment.id, follow_up.id)
        elif since == "missed":
            book.mark_missed(appointment.id, Party.CLIENT)
        elif since == "cancelled":
            book.cancel_appointment(appointment.id, Party.CLIENT)
        if since == "cancelled":
            assert outdated(book, sheet) is None
            assert handed_summary(book, sheet.id) == summary
        else:
            _refused_again(book, sheet, summary, Outdated.APPOINTMENT_MADE)
    finally:
        book.vault.close()


def test_the_appointment_a_follow_up_is_does_not_make_its_sheet_saying_none_out_of_date(
    tmp_path: Path,
) -> None:
    """A follow-up at its appointment, begun half an hour early: its sheet rightly says no next
    appointment is set (the one it is, is not a next one), and that one is not 'made since'."""
    appointment_at = STARTED_AT + timedelta(days=7)
    now = [appointment_at - timedelta(minutes=30)]
    book = new_casebook(tmp_path, lambda: now[0])
    try:
        intake_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
        client_id = book.conversation(intake_id).client_id
        for appointment in book.appointments(client_id):
            book.delete_appointment(appointment.id)
        book.add_appointment(client_id, appointment_at, "Lokaal 2", conversation_id=intake_id)
        follow_up = book.start_conversation(
            client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
        )
        summary = build_summary(book, follow_up.id, "nl")
        assert summary.appointment is None and summary.met
        sheet = record_handed_sheet(book, follow_up.id, summary, SheetMedium.PRINT)
        assert outdated(book, sheet) is None and handed_summary(book, sheet.id) == summary
    finally:
        book.vault.close()


def _follow_up(book: Casebook, client_id: int) -> int:
    return book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    ).id


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
@pytest.mark.parametrize("before", ["refused", "withdrawn", "none in force"])
def test_a_kept_sheet_saying_something_is_not_shared_is_out_of_date_once_a_yes_is_given(
    book: Casebook, lang: str, before: str
) -> None:
    """sheets7 item 2: the sheet said "You said no. I do not share this." (or that it was taken
    back, or that nothing may be shared at all), the client said yes later, and the kept sheet
    went on being printed as true."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    [given, refused] = book.consents(conversation_id)
    if before != "refused":
        book.withdraw_consent(given.id, conversation_id=conversation_id)
    summary = build_summary(book, conversation_id, lang)
    states = {line.recipient: line.state for line in summary.consents}
    assert states[refused.recipient] is ConsentState.REFUSED
    if before == "refused":
        assert states[given.recipient] is ConsentState.IN_FORCE and not summary.no_consent
    else:
        assert states[given.recipient] is ConsentState.WITHDRAWN
        assert summary.no_consent == texts.text(lang, "no_consent_now")
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    # The yes, in a later conversation: to what the sheet says is not shared, or (for "none in
    # force") to something the sheet does not name at all.
    yes = {
        "refused": refused,
        "withdrawn": given,
        "none in force": replace(refused, recipient="Huisarts", information="Je medicatie"),
    }[before]
    book.record_consent(
        _follow_up(book, client_id),
        recipient=yes.recipient,
        information=yes.information,
        purpose=yes.purpose,
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    _refused_again(book, sheet, summary, Outdated.CONSENT_GIVEN)
    said = message(lang, _STALE_KEYS[Outdated.CONSENT_GIVEN.value], id=7).lower()
    assert not {"withdrawn", "ingetrokken", "retiré"} & set(said.split()), said


def test_a_kept_sheet_saying_no_stays_true_when_the_yes_given_since_was_taken_back(
    book: Casebook,
) -> None:
    """What the sheet says of a refusal holds again once the yes is withdrawn; a yes to
    something else (while other consents are in force) does not contradict it either."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    [_given, refused] = book.consents(conversation_id)
    summary = build_summary(book, conversation_id, "nl")
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    follow_up = _follow_up(book, client_id)
    for recipient in ("Huisarts", refused.recipient):
        yes = book.record_consent(
            follow_up,
            recipient=recipient,
            information=refused.information,
            purpose=refused.purpose,
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
        )
    assert outdated(book, sheet) is Outdated.CONSENT_GIVEN
    book.withdraw_consent(yes.id, conversation_id=follow_up)
    assert outdated(book, sheet) is None
    assert handed_summary(book, sheet.id) == summary


@pytest.mark.parametrize("first", ["met", "not held"])
def test_a_kept_sheet_is_out_of_date_once_whether_its_meeting_took_place_changed(
    book: Casebook, first: str
) -> None:
    """A sheet printed in a follow-up at its appointment says "We met on …" (and what we
    talked about); the coach then records that the appointment was missed: the sheet says a
    meeting took place that did not. And the other way round."""
    intake_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(intake_id).client_id
    [appointment] = book.appointments(client_id)
    book.delete_appointment(appointment.id)
    this = book.add_appointment(client_id, STARTED_AT, "Lokaal 2", conversation_id=intake_id)
    follow_up = _follow_up(book, client_id)
    if first == "not held":
        book.mark_missed(this.id, Party.CLIENT, follow_up)
    summary = build_summary(book, follow_up, "nl")
    assert summary.met is (first == "met")
    sheet = record_handed_sheet(book, follow_up, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    if first == "met":
        book.mark_missed(this.id, Party.CLIENT, follow_up)
    else:
        book.mark_kept(this.id, follow_up)
    _refused_again(book, sheet, summary, Outdated.MET)


@pytest.mark.parametrize("change", ["done", "dropped", "removed", "another date", "someone else"])
def test_a_kept_sheet_whose_step_still_to_do_changed_is_out_of_date(
    book: Casebook, change: str
) -> None:
    """Found in sheets7: the sheet says "Dit moet nog gebeuren: … Jij, 9 maart 2026"; in the
    follow-up the step was done (or dropped, removed, given another date or person), and the
    kept sheet was printed again as true. A step reworded stays the same step (see the first
    test): its words stay as handed over."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    summary = build_summary(book, conversation_id, "nl")
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    step = next(s for s in book.steps(conversation_id) if s.who is StepOwner.CLIENT)
    assert any(line.what == step.what for line in summary.steps)
    follow_up = _follow_up(book, client_id)
    book.update_step(step.id, what="Alle brieven meebrengen, ook de oude")
    assert outdated(book, sheet) is None
    if change == "done":
        book.set_step_status(step.id, StepStatus.DONE, follow_up)
    elif change == "dropped":
        book.set_step_status(step.id, StepStatus.DROPPED, follow_up)
    elif change == "removed":
        book.delete_step(step.id)
    elif change == "another date":
        book.update_step(step.id, due_date=STARTED_AT.date() + timedelta(days=21))
    else:
        book.update_step(step.id, who=StepOwner.TOGETHER)
    _refused_again(book, sheet, summary, Outdated.STEPS)


def test_a_kept_sheet_saying_a_step_is_done_is_out_of_date_once_it_is_open_again(
    book: Casebook,
) -> None:
    intake_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(intake_id).client_id
    follow_up = _follow_up(book, client_id)
    step = book.steps(intake_id)[0]
    book.set_step_status(step.id, StepStatus.DONE, follow_up)
    summary = build_summary(book, follow_up, "nl")
    assert [line.what for line in summary.steps_succeeded] == [step.what]
    sheet = record_handed_sheet(book, follow_up, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    book.set_step_status(step.id, StepStatus.OPEN, follow_up)
    _refused_again(book, sheet, summary, Outdated.STEPS)


@pytest.mark.parametrize("said", ["no_steps", "no_open_steps"])
def test_a_kept_sheet_saying_no_step_is_open_is_out_of_date_once_one_is_agreed(
    book: Casebook, said: str
) -> None:
    """ "We spraken nog geen stappen af." / "Er staan nu geen stappen meer open.", then a step
    agreed in a follow-up. "None agreed yet" stays untrue once that step is done."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    for step in book.steps(conversation_id):
        if said == "no_steps":
            book.delete_step(step.id)
        else:
            book.set_step_status(step.id, StepStatus.DONE, conversation_id)
    summary = build_summary(book, conversation_id, "nl")
    assert summary.no_steps == texts.text("nl", said)
    sheet = record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    follow_up = _follow_up(book, client_id)
    new = book.add_step(follow_up, "Een huisarts bellen", StepOwner.CLIENT, None)
    _refused_again(book, sheet, summary, Outdated.STEPS)
    book.set_step_status(new.id, StepStatus.DONE, follow_up)
    assert outdated(book, sheet) is (Outdated.STEPS if said == "no_steps" else None)


def test_a_sheet_kept_before_the_steps_were_stored_is_judged_on_their_words(
    book: Casebook,
) -> None:
    """Sheets kept before `StepLine.step_id` read back with 0: the words find the step."""
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    content = json.loads(summary_to_json(summary))
    for line in content["summary"]["steps"]:
        for name in ("step_id", "owner", "due_on"):
            del line[name]
    sheet = book.record_handed_sheet(conversation_id, "nl", SheetMedium.PRINT, json.dumps(content))
    assert not any(line.step_id for line in handed_summary(book, sheet.id).steps)
    step = book.steps(conversation_id)[0]
    book.update_step(step.id, due_date=STARTED_AT.date() + timedelta(days=30))
    assert outdated(book, sheet) is None  # not in its words
    book.set_step_status(step.id, StepStatus.DONE, conversation_id)
    assert outdated(book, sheet) is Outdated.STEPS
