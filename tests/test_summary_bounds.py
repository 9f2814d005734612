"""Every user text on the sheet reaches Qt's layout in bounded paragraphs, and is all printed.

Qt lays out one paragraph as a whole: a pasted megabyte in one paragraph takes minutes. A very
long value in any field is therefore cut into paragraphs of at most MAX_BLOCK_CHARS (after a
sentence, else at a space where there is one); nothing of it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QTextDocument
from tests.support.summary_data import sample_book

from intakecompanion.summary.content import Summary, build_summary
from intakecompanion.summary.sheet import MAX_BLOCK_CHARS, printable_text, summary_html

MEGABYTE = 1_000_000
VALUES = {
    "words": ("Een heel lange plaktekst met <b>markup</b> & Ελένη, " * 20_000)[:MEGABYTE],
    "one word": "x" * MEGABYTE,
    "short lines": "regel\n" * (MEGABYTE // 6),
}
FIELDS: dict[str, Callable[[Summary, str], Summary]] = {
    "client name": lambda s, v: replace(s, client_name=v),
    "coach": lambda s, v: replace(s, contact=replace(s.contact, coach=v)),
    "organisation": lambda s, v: replace(s, contact=replace(s.contact, organisation=v)),
    "phone": lambda s, v: replace(s, contact=replace(s.contact, phone=v)),
    "email": lambda s, v: replace(s, contact=replace(s.contact, email=v)),
    "reachable": lambda s, v: replace(s, contact=replace(s.contact, reachable=v)),
    "boundaries": lambda s, v: replace(s, contact=replace(s.contact, boundaries=v)),
    "step": lambda s, v: replace(s, steps=(replace(s.steps[0], what=v), *s.steps[1:])),
    "consent recipient": lambda s, v: replace(
        s, consents=(replace(s.consents[0], recipient=v), *s.consents[1:])
    ),
    "consent information": lambda s, v: replace(
        s, consents=(replace(s.consents[0], information=v), *s.consents[1:])
    ),
    "consent purpose": lambda s, v: replace(
        s, consents=(replace(s.consents[0], purpose=v), *s.consents[1:])
    ),
    "place": lambda s, v: replace(s, appointment=replace(s.appointment, place=v)),
    "with whom": lambda s, v: replace(s, appointment=replace(s.appointment, with_whom=v)),
    "note": lambda s, v: replace(s, notes=(v,)),
    "secrecy": lambda s, v: replace(s, secrecy=v),
}


@pytest.fixture(scope="module")
def typical(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Summary]:
    book, conversation_id = sample_book(tmp_path_factory.mktemp("bounds"))
    yield build_summary(book, conversation_id, "nl")
    book.vault.close()


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("kind", VALUES)
@pytest.mark.parametrize("field", FIELDS)
def test_a_megabyte_in_any_field_is_laid_out_in_bounded_paragraphs_and_printed_whole(
    typical: Summary, field: str, kind: str, qapp: object
) -> None:
    value = VALUES[kind]
    document = QTextDocument()
    document.setHtml(summary_html(FIELDS[field](typical, value)))
    block = document.begin()
    longest = 0
    while block.isValid():
        longest = max(longest, block.length())
        block = block.next()
    # A bounded piece of the value plus, at most, the fixed sentence around it.
    assert longest <= MAX_BLOCK_CHARS + 200
    assert squeezed(printable_text(value)) in squeezed(document.toPlainText())
