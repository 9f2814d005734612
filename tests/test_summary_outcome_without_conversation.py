"""An appointment recorded missed, cancelled or moved outside a conversation (the client page,
the overview; tour8 finding 6): the next follow-up's sheet says it did not take place (or was
moved), as the sheet of a follow-up at it says; the client's copy and the counts say what was
recorded; a sheet handed over is out of date once the outcome is taken back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.clientcopy.content import gather_client_file
from intakecompanion.clientcopy.sheet import copy_html
from intakecompanion.clientcopy.texts import TEXTS as COPY_TEXTS
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.counts import count_period
from intakecompanion.domain.model import Appointment, ConversationKind, Party, SheetMedium
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import Outdated, outdated, record_handed_sheet
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.texts import long_date, text

LANGS = ("nl", "en", "fr")


@pytest.fixture
def clock() -> Clock:
    return Clock(STARTED_AT)


@pytest.fixture
def book(tmp_path: Path, clock: Clock, qapp: object) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def flat(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def printed(book: Casebook, conversation_id: int, lang: str, folder: Path) -> str:
    out = folder / f"sheet-{lang}.pdf"
    render_pdf(build_summary(book, conversation_id, lang), out)
    return flat(pdf_text(out))


def intake_and_its_appointment(book: Casebook) -> tuple[int, Appointment]:
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    return intake, appointment


def follow_up(book: Casebook, clock: Clock, client_id: int, days_later: int) -> int:
    clock.now = STARTED_AT + timedelta(days=days_later)
    return book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    ).id


def said(lang: str, key: str, appointment: Appointment) -> str:
    return text(lang, key, date=long_date(lang, appointment.starts_at.date()))


@pytest.mark.parametrize("lang", LANGS)
def test_the_next_sheet_says_a_missed_appointment_did_not_take_place(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    intake, appointment = intake_and_its_appointment(book)
    clock.now = appointment.starts_at + timedelta(hours=1)
    book.mark_missed(appointment.id, Party.CLIENT)  # from the client page: no conversation
    assert book.appointment(appointment.id).outcome_conversation_id is None
    later = follow_up(book, clock, appointment.client_id, 14)
    sheet = printed(book, later, lang, tmp_path)
    sentence = said(lang, "date_line_not_held", appointment)
    assert flat(sentence) in sheet
    assert sheet.index(flat(text(lang, "date_line", date=long_date(lang, clock.now.date())))) < (
        sheet.index(flat(sentence))
    )
    # Said once: not on the intake's sheet, not on a sheet after the next one.
    assert flat(sentence) not in printed(book, intake, lang, tmp_path)
    after = follow_up(book, clock, appointment.client_id, 21)
    assert not build_summary(book, after, lang).not_held


@pytest.mark.parametrize("lang", LANGS)
def test_the_next_sheet_says_a_moved_appointment_was_moved(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    _intake, appointment = intake_and_its_appointment(book)
    clock.now = appointment.starts_at - timedelta(days=1)
    new = book.move_appointment(appointment.id, appointment.starts_at + timedelta(days=2))
    later = follow_up(book, clock, appointment.client_id, 14)
    sheet = printed(book, later, lang, tmp_path)
    assert flat(said(lang, "date_line_moved", appointment)) in sheet
    assert flat(said(lang, "date_line_moved", new)) not in sheet  # the new one was not moved


def test_a_follow_up_at_the_appointment_says_it_once_on_its_own_date_line(
    book: Casebook, clock: Clock
) -> None:
    """Recorded in a conversation, the sheet of that conversation says it (its date line),
    and no later sheet repeats it."""
    _intake, appointment = intake_and_its_appointment(book)
    clock.now = appointment.starts_at
    at_it = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    book.mark_missed(appointment.id, Party.CLIENT, at_it.id)
    summary = build_summary(book, at_it.id, "nl")
    assert not summary.met and not summary.not_held
    later = follow_up(book, clock, appointment.client_id, 14)
    assert not build_summary(book, later, "nl").not_held


def test_a_handed_sheet_is_out_of_date_once_the_outcome_is_taken_back(
    book: Casebook, clock: Clock
) -> None:
    _intake, appointment = intake_and_its_appointment(book)
    clock.now = appointment.starts_at + timedelta(hours=1)
    book.cancel_appointment(appointment.id, Party.CLIENT)
    later = follow_up(book, clock, appointment.client_id, 14)
    summary = build_summary(book, later, "nl")
    assert [line.sentence for line in summary.not_held] == [
        said("nl", "date_line_not_held", appointment)
    ]
    sheet = record_handed_sheet(book, later, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    book.undo_outcome(appointment.id)
    assert outdated(book, sheet) is Outdated.NOT_HELD


@pytest.mark.parametrize("lang", LANGS)
def test_the_copy_and_the_counts_say_what_was_recorded(
    book: Casebook, clock: Clock, lang: str
) -> None:
    _intake, appointment = intake_and_its_appointment(book)
    clock.now = appointment.starts_at + timedelta(hours=1)
    book.mark_missed(appointment.id, Party.CLIENT)
    copy = flat(
        copy_html(gather_client_file(book, appointment.client_id, lang, include_unreviewed=True))
    )
    assert COPY_TEXTS[lang]["appointment_missed_client"] in copy.replace("&#x27;", "'")
    month = appointment.starts_at.strftime("%Y-%m")
    counts = count_period(book.vault, month, month).values
    assert counts["appointments_missed"] == 1 and counts["appointments_kept"] == 0
