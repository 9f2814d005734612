"""A long pasted note, one line of many sentences, is cut into bounded paragraphs for Qt's
layout (sheet._bounded): the sheet must not show where. The tour saw a forced line break in
the middle of a sentence every 2,000 characters ("Zin 21: de" / "cliënt vertelt ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from tests.support.summary_data import sample_book

from intakecompanion.summary.content import Summary, build_summary
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sheet import MAX_BLOCK_CHARS

# Sentences of a few words of unlike lengths, so the cuts of 2,000 characters fall anywhere
# in a printed line; one line, no line break.
WORDS = ("de", "cliënt", "vertelt", "over", "haar", "week", "en", "wat", "er", "goed", "ging")
NOTE = " ".join(
    f"Zin {n}: {' '.join(WORDS[: 3 + n % 8])} bij {'ons' if n % 3 else 'de buren'}."
    for n in range(260)
)
# points: a space and the sides of the letters that PDFium's tight boxes leave out, with room
# to spare (a line that is full leaves less than its next word and this)
SLACK = 8
NEW_LINE = 40  # points: a letter this far left of the one before starts the next line


@pytest.fixture
def summary(tmp_path: Path, qapp: object) -> Iterator[Summary]:
    book, conversation_id = sample_book(tmp_path)
    yield replace(build_summary(book, conversation_id, "nl"), notes=(NOTE,))
    book.vault.close()


def printed_lines(path: Path) -> list[tuple[str, float, float, float]]:
    """Each printed line: its letters (no spaces), its right edge, the width of its first
    word and the right edge of the widest line of its page (the text's right margin)."""
    document = pdfium.PdfDocument(str(path))
    lines: list[tuple[str, float, float, float]] = []
    try:
        for page in document:
            text_page = page.get_textpage()
            boxes: list[list[tuple[str, float, float]]] = []
            for index in range(text_page.count_chars()):
                char = chr(pdfium_c.FPDFText_GetUnicode(text_page, index))
                if not char.strip():
                    if boxes and boxes[-1][-1][0] != " ":
                        boxes[-1].append((" ", boxes[-1][-1][2], boxes[-1][-1][2]))
                    continue
                left, _bottom, right, _top = text_page.get_charbox(index)
                if not boxes or left < boxes[-1][-1][1] - NEW_LINE:  # back to the left: a line
                    boxes.append([])
                boxes[-1].append((char, left, right))
            margin = max(line[-1][2] for line in boxes)
            for line in boxes:
                word = next((box for box in line if box[0] == " "), line[-1])
                letters = [box for box in line if box[0] != " "]
                text = "".join(c for c, _l, _r in letters)
                lines.append((text, letters[-1][2], word[2] - line[0][1], margin))
    finally:
        document.close()
    return lines


def test_a_long_note_breaks_lines_only_where_they_are_full_or_a_sentence_ends(
    summary: Summary, tmp_path: Path
) -> None:
    assert len(NOTE) > 4 * MAX_BLOCK_CHARS and "\n" not in NOTE
    out = tmp_path / "long-note.pdf"
    render_pdf(summary, out)
    whole = re.sub(r"\s", "", NOTE)
    # The note's lines, a page's foot and the next page's head between them left out.
    note = [line for line in printed_lines(out) if line[0].lstrip("\u2022") in whole]
    assert "".join(text for text, *_rest in note) == "\u2022" + whole  # all of it, in order
    broken = [
        f"{text[-30:]!r} ends at {right:.0f} of {margin:.0f}, {after[0][:12]!r} fits after it"
        for (text, right, _word, margin), after in zip(note, note[1:], strict=False)
        if not text.endswith(".") and right + after[2] + SLACK < margin
    ]
    assert broken == [], "\n".join(broken)
