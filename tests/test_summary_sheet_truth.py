"""Promise 5 on the follow-up's sheet, read back from the PDF: its title when the meeting did
not take place, a kept sheet whose next appointment has passed, and an outcome recorded before
the appointment could have taken place (old vaults), in Dutch, English and French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind, Party, SheetMedium
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import (
    Outdated,
    SheetNoLongerTrue,
    handed_summary,
    outdated,
    record_handed_sheet,
)
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.texts import TEXTS

LANGS = ("nl", "en", "fr")


@pytest.fixture
def clock() -> Clock:
    return Clock(STARTED_AT)


@pytest.fixture
def book(tmp_path: Path, clock: Clock, qapp: object) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def printed(book: Casebook, conversation_id: int, lang: str, folder: Path) -> str:
    """The new sheet of the conversation as its PDF reads back."""
    out = folder / f"sheet-{lang}.pdf"
    render_pdf(build_summary(book, conversation_id, lang), out)
    return flat(pdf_text(out))


def follow_up_at_appointment(book: Casebook, clock: Clock) -> tuple[int, int]:
    """The intake (2 March), an appointment a week later made in it, and the follow-up
    started at that appointment: (follow-up id, appointment id)."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(intake).client_id
    clock.now = STARTED_AT + timedelta(days=7)
    this = book.add_appointment(client_id, clock.now, "Lokaal 2", conversation_id=intake)
    follow_up = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    return follow_up.id, this.id


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_of_a_meeting_that_did_not_take_place_has_no_conversation_title(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    """sheets8 item 1: the appointment missed, the sheet said "Our appointment of … did not
    take place" under the title "Ons gesprek" (our conversation), in its footer too. Its title
    says where things stand; a follow-up that took place keeps "Ons gesprek"."""
    follow_up, this = follow_up_at_appointment(book, clock)
    book.mark_missed(this, Party.CLIENT, follow_up)
    words = TEXTS[lang]
    text = printed(book, follow_up, lang, tmp_path)
    assert words["date_line_not_held"].split("{")[0] in text
    assert words["title"] not in text
    assert text.startswith(words["title_not_held"])
    assert text.count(words["title_not_held"]) == 2  # the heading and the footer
    book.mark_kept(this, follow_up)
    met = printed(book, follow_up, lang, tmp_path)
    assert met.startswith(words["title"]) and met.count(words["title"]) == 2
    assert words["title_not_held"] not in met


@pytest.mark.parametrize("lang", LANGS)
def test_a_kept_sheet_whose_next_appointment_has_passed_is_out_of_date(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    """sheets8 item 2: the intake's sheet names "Onze volgende afspraak: dinsdag 10 maart om
    14.00 uur"; on 11 March "print again" printed it as an appointment to come. It is out of
    date from the appointment's start on (taken place or not), said in the coach's words; a
    new sheet names no passed appointment as the next."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, intake, lang)
    assert summary.appointment is not None
    sheet = record_handed_sheet(book, intake, summary, SheetMedium.PRINT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    clock.now = appointment.starts_at - timedelta(minutes=1)
    assert outdated(book, sheet) is None and handed_summary(book, sheet.id) == summary
    clock.now = appointment.starts_at + timedelta(minutes=1)
    assert outdated(book, sheet) is Outdated.APPOINTMENT_PASSED
    with pytest.raises(SheetNoLongerTrue) as refused:
        handed_summary(book, sheet.id)
    assert refused.value.reason is Outdated.APPOINTMENT_PASSED
    text = printed(book, intake, lang, tmp_path)
    assert summary.appointment.when not in text
    assert flat(TEXTS[lang]["no_appointment"]) in text
    # Kept in a follow-up at it: the intake's sheet still names it as the next one.
    follow_up = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    book.mark_kept(appointment.id, follow_up.id)
    assert outdated(book, sheet) is Outdated.APPOINTMENT_PASSED
