"""Issue 14 item 8: the client's sheet in 12 pt where it fits on one page, smaller only as far
as needed to keep it on one page, and 10 pt over several pages when even that does not fit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.pdf_read import body_point_size, page_count, pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import write_sample_intake

NOTE = "Een wat langere gedeelde notitie over wat we bespraken en wat er nog moet gebeuren ({})."


@pytest.fixture
def book(tmp_path: Path, qapp: object) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


def printed(book: Casebook, conversation_id: int, path: Path) -> tuple[int, float]:
    pages = render_pdf(build_summary(book, conversation_id, "nl"), path)
    assert page_count(path) == pages
    return pages, body_point_size(path)


def test_a_short_sheet_is_printed_in_12_point(book: Casebook, tmp_path: Path) -> None:
    client = book.add_client("Noor Vermeulen")
    conversation = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", guide_snapshot()
    )
    book.add_note(conversation.id, "Je wilt graag werk vinden.", shared=True)
    assert printed(book, conversation.id, tmp_path / "short.pdf") == (1, 12.0)


def test_a_typical_intake_fills_its_one_page_in_text_larger_than_before(
    book: Casebook, tmp_path: Path
) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    pages, size = printed(book, conversation_id, tmp_path / "typical.pdf")
    assert pages == 1 and 10.0 < size <= 12.0


def test_a_fuller_sheet_keeps_to_one_page_in_smaller_text(book: Casebook, tmp_path: Path) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    _pages, typical = printed(book, conversation_id, tmp_path / "typical.pdf")
    for number in range(6):
        book.add_note(conversation_id, NOTE.format(number), shared=True)
    pages, size = printed(book, conversation_id, tmp_path / "fuller.pdf")
    assert pages == 1 and 10.0 <= size < typical
    assert NOTE.format(5) in " ".join(pdf_text(tmp_path / "fuller.pdf").split())


def test_a_sheet_too_long_for_one_page_runs_on_in_10_point(book: Casebook, tmp_path: Path) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    book.add_note(conversation_id, "\n".join(NOTE.format(n) for n in range(60)), shared=True)
    pages, size = printed(book, conversation_id, tmp_path / "long.pdf")
    assert pages > 1 and size == 10.0


@pytest.mark.parametrize(("typed", "lang"), [("nl", "nl"), ("nl", "en"), ("fr", "fr")])
def test_a_typical_intake_with_the_built_in_guide_is_printed_in_12_point_on_one_page(
    book: Casebook, tmp_path: Path, typed: str, lang: str
) -> None:
    """The demo's typical intake (five shared notes, three steps, two consents, the next
    appointment) with the built-in guide's longer texts: 12 pt on one A4 page, all of it."""
    from intakecompanion.guide.loader import builtin_guides
    from intakecompanion.guide.snapshot import guide_to_snapshot
    from intakecompanion.summary.sample import SAMPLES

    guide = next(g for g in builtin_guides() if g.kind == "intake")
    snapshot = guide_to_snapshot(guide)
    conversation_id = write_sample_intake(
        book, guide.id, guide.version, snapshot, STARTED_AT, lang=typed
    )
    path = tmp_path / f"typical-{lang}.pdf"
    pages = render_pdf(build_summary(book, conversation_id, lang), path)
    assert (pages, page_count(path), body_point_size(path)) == (1, 1, 12.0)
    text = " ".join(pdf_text(path).split())
    words = SAMPLES[typed]
    for shared in (*words.notes, *(what for what, _who, _days in words.steps), words.place):
        assert shared in text, shared
    assert words.given[0] in text and words.refused[0] in text and words.profile.email in text


def test_the_as_it_stands_line_only_when_printed_on_another_day(book: Casebook) -> None:
    """One of the lines the 12 pt sheet saves: "as it stands on" repeats the conversation's
    date when printed that day; printed later, it says which day the sheet tells about."""
    from datetime import timedelta

    from intakecompanion.summary.sheet import summary_html
    from intakecompanion.summary.texts import TEXTS, long_date

    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    later = STARTED_AT + timedelta(days=9)
    same_day = summary_html(build_summary(book, conversation_id, "nl", STARTED_AT))
    # (a day and its month are joined by a no-break space on the sheet)
    another_day = summary_html(build_summary(book, conversation_id, "nl", later)).replace(
        "\u00a0", " "
    )
    as_of = TEXTS["nl"]["as_of"].split("{")[0]
    assert as_of not in same_day
    assert TEXTS["nl"]["as_of"].format(date=long_date("nl", later.date())) in another_day
