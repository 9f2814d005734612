"""Promise 5 on the follow-up's sheet, read back from the PDF: its title when the meeting did
not take place, a kept sheet whose next appointment has passed, and an outcome recorded before
the appointment could have taken place (old vaults), in Dutch, English and French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind, Party
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.texts import TEXTS

LANGS = ("nl", "en", "fr")


class Clock:
    """The casebook's clock, moved on by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


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
