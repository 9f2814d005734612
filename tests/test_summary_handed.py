"""The sheets handed over: kept in the vault as printed, reproduced exactly on "print again"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import SheetMedium
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import (
    handed_summary,
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

    for step in book.steps(conversation_id):
        book.update_step(step.id, what="Iets anders")
    for consent in book.consents(conversation_id):
        book.withdraw_consent(consent.id, conversation_id=conversation_id)
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
