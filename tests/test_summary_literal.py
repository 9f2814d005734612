"""Whatever a coach types into a shared note comes back literally from the printed PDF.

"Literally" means, precisely: take the note as it is printed (`printable_text`: line breaks
made uniform, the invisible C0/C1 controls and Qt's internal marker characters dropped); take
the PDF's text layer inside the body area of every page (so footers and the clipped copies Qt
leaves outside the page are not counted), pages joined in order. After both are NFKC-normalised
and stripped of all whitespace and of format characters (Unicode category Cf: bidi marks,
zero-width joiners, soft hyphens), the note is a substring of the page text.

Why each step: whitespace because a long line may wrap anywhere (and tabs come back as spaces);
NFKC because a PDF reader may report a shaped glyph by its presentation form; Cf because such
characters draw nothing and so leave no trace in a text layer. Characters beyond U+FFFF are
drawn but Qt's PDF writer gives them no text mapping, so the generated text stays within the
Basic Multilingual Plane (emoji are checked by their ink in test_summary_render).
Right-to-left text is checked word by word: a PDF reader may reorder a mixed line visually.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetrics
from tests.support.pdf_read import page_texts
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.render import base_font, body_rect, render_pdf
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.sheet import printable_text

MARKUP = st.sampled_from(
    [
        '<img src="file:///etc/passwd">',
        "<table><tr><td>",
        "</td></tr></table>",
        "<style>p{color:red}</style>",
        "<!-- -->",
        "&amp;",
        "&lt;b&gt;",
        "<script>alert(1)</script>",
        "]]>",
        "\"'",
    ]
)


@functools.cache
def has_glyph(char: str) -> bool:
    """Whether the summary's font draws `char` itself (asked while the test runs, after qapp)."""
    return QFontMetrics(base_font()).inFontUcs4(ord(char))


# Latin with accents, Greek, Cyrillic, IPA, punctuation: what the print font has a glyph for
# (a character no font has prints as an empty box, with nothing in the text layer).
LETTERS = st.characters(
    min_codepoint=0x20,
    max_codepoint=0x52F,
    exclude_categories=("Mn", "Me", "Cs", "Co", "Cn"),  # no lone combining marks or holes
    # A soft hyphen may print as "-" at a line end; the tone letters U+02E5-U+02E9 are shaped
    # by the font into one contour glyph ("˥˥" prints as a single mark), which the PDF's text
    # layer cannot map back to two characters.
    exclude_characters="\u00ad\u02e5\u02e6\u02e7\u02e8\u02e9",
).filter(has_glyph)
CONTROLS = st.characters(
    codec=None, min_codepoint=0, max_codepoint=0x9F, categories=("Cc",)
) | st.sampled_from(["\u2028", "\u2029", "\ufdd0", "\ufffc", "\u200d", "\u200e", "\u202e"])
PIECES = st.one_of(MARKUP, st.text(LETTERS, max_size=40), CONTROLS, st.sampled_from([" ", "\n"]))
NOTES = st.lists(PIECES, max_size=60).map("".join)

MEGABYTE_NOTE = ("Een lange plaktekst <b>met</b> &amp; markup, Zoë en Ελένη.\t" * 18_000)[
    :1_000_000
]

# At least two letters: between one-letter words a text extractor cannot tell the printed space from
# letter spacing and reads "a a" as "aa", "א א" as "אא" (the page itself shows the space).
HEBREW_WORDS = st.text(st.characters(min_codepoint=0x5D0, max_codepoint=0x5EA), min_size=2)
LATIN_WORDS = st.text(st.characters(min_codepoint=0x61, max_codepoint=0x7A), min_size=2)


def comparable(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        char for char in text if not char.isspace() and unicodedata.category(char) != "Cf"
    )


def body_text(pdf: Path) -> str:
    return "".join(page_texts(pdf, body_rect("A4")))


@pytest.fixture(scope="module")
def sample(
    tmp_path_factory: pytest.TempPathFactory, qapp: object
) -> Iterator[tuple[Casebook, int, Path]]:
    folder = tmp_path_factory.mktemp("literal")
    book = new_casebook(folder)
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    yield book, conversation_id, folder
    book.vault.close()


def print_note(sample: tuple[Casebook, int, Path], note: str) -> str:
    book, conversation_id, folder = sample
    added = book.add_note(conversation_id, note, shared=True)
    try:
        out = folder / "note.pdf"
        render_pdf(build_summary(book, conversation_id, "nl"), out)
        return body_text(out)
    finally:
        book.delete_note(added.id)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(note=NOTES)
@example(note=MEGABYTE_NOTE)
@example(note="x" * 5000)  # one long word: wraps anywhere and breaks into blocks
@example(note="\x00\x1b[31mrood\x1b[0m\r\nregel\u2028twee\ufdd0\ufdd1")
def test_a_shared_note_comes_back_literally(sample: tuple[Casebook, int, Path], note: str) -> None:
    expected = comparable(printable_text(note))
    if not expected:
        return  # nothing printable: an empty note is left out (tested in test_summary_content)
    assert expected in comparable(print_note(sample, note))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(words=st.lists(HEBREW_WORDS | LATIN_WORDS, min_size=1, max_size=12))
def test_right_to_left_words_come_back_in_reading_order(
    sample: tuple[Casebook, int, Path], words: list[str]
) -> None:
    printed = print_note(sample, " ".join(words))
    found = set(re.findall(r"\w+", unicodedata.normalize("NFKC", printed)))
    for word in words:
        assert word in found, word
