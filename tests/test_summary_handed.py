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
from intakecompanion.domain.model import ConversationKind, HandedSheet, Party, SheetMedium
from intakecompanion.summary import texts
from intakecompanion.summary.cli import _STALE_KEYS, message
from intakecompanion.summary.content import Summary, build_summary
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
    book: Casebook, outcome: str
) -> None:
    """What the sheet said was true when it was handed over and stays so: it is reprinted."""
    conversation_id, summary, sheet = _handed_with_appointment(book)
    [appointment] = book.appointments(sheet.client_id)
    follow_up = book.start_conversation(
        sheet.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    if outcome == "kept":
        book.mark_kept(appointment.id, follow_up.id)
    else:
        book.mark_missed(appointment.id, Party.CLIENT, follow_up.id)
    assert outdated(book, sheet) is None
    assert handed_summary(book, sheet.id) == summary


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
