"""The client's sheet in French: every fixed text French and plain ("vous", short sentences),
the built-in guide's French secrecy text, dates and times as written in Belgium, one A4 page.
Read back from the PDF with PDFium, as the client's tools read it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import SECRECY_NL, STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import INTERNAL_MARKER, SAMPLES, write_sample_intake
from intakecompanion.summary.texts import TEXTS, clock_time, long_date, short_date

FRENCH = SAMPLES["fr"]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def french_intake(tmp_path: Path, qapp: object) -> Iterator[tuple[Casebook, int]]:
    book = new_casebook(tmp_path)
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    conversation_id = write_sample_intake(
        book, guide.id, guide.version, guide_to_snapshot(guide), STARTED_AT, lang="fr"
    )
    yield book, conversation_id
    book.vault.close()


def test_the_french_sheet_of_a_typical_intake_is_french_and_one_page(
    french_intake: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = french_intake
    out = tmp_path / "resume.pdf"
    assert render_pdf(build_summary(book, conversation_id, "fr"), out) == 1
    text = flat(pdf_text(out))
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    for expected in (
        "Notre entretien",
        "Nous nous sommes vus le lundi 2 mars 2026.",
        "C'était notre premier entretien.",
        "Votre coach",
        "Je m'appelle Sam Dubois. Je suis votre coach.",
        "De quoi nous avons parlé",
        "Que devient ce que vous me dites ?",
        flat(guide.secrecy_statement("fr")),
        flat(guide.withdraw_consent("fr")),
        "Vous avez dit oui. Je peux partager ceci.",
        "Vous avez dit non. Je ne partage pas ceci.",
        "Petites étapes",
        "Votre coach 5 mars 2026",
        "Pas de date",
        "Notre prochain rendez-vous",
        "mardi 10 mars 2026 à 14 h",
        "Page 1 sur 1",
        *FRENCH.notes,
    ):
        assert expected in text, expected
    for dutch_or_english in ("Ons gesprek", "Je coach", "Our conversation", "Pagina", "om 14"):
        assert dutch_or_english not in text
    assert INTERNAL_MARKER not in text and "méfiante" not in text


def test_the_french_sheet_uses_short_sentences(
    french_intake: tuple[Casebook, int], tmp_path: Path
) -> None:
    """Easy to read ("facile à lire et à comprendre"): the sheet's sentences average at most
    12 words, and no fixed text has a sentence over 15."""
    book, conversation_id = french_intake
    out = tmp_path / "resume.pdf"
    render_pdf(build_summary(book, conversation_id, "fr"), out)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", pdf_text(out)) if s.strip()]
    words = [len(sentence.split()) for sentence in sentences]
    assert sum(words) / len(words) <= 12, sentences
    for fixed in TEXTS["fr"].values():
        for sentence in re.split(r"(?<=[.!?])\s+", fixed):
            assert len(sentence.split()) <= 15, sentence


def test_the_french_sheet_says_vous_to_the_client() -> None:
    for fixed in TEXTS["fr"].values():
        words = set(re.findall(r"\w+", fixed.lower()))
        assert not words & {"tu", "toi", "ton", "ta", "tes"}, fixed


def test_a_guide_copy_without_french_prints_the_french_fallback(
    tmp_path: Path, qapp: object
) -> None:
    """A conversation held with an older guide (Dutch and English only) still gets a sheet in
    one language: the plain French fallback, not the guide's Dutch in the middle."""
    book = new_casebook(tmp_path)
    try:
        conversation_id = write_sample_intake(
            book, "intake", "1.0", guide_snapshot(), STARTED_AT, lang="fr"
        )
        summary = build_summary(book, conversation_id, "fr")
    finally:
        book.vault.close()
    assert summary.secrecy == TEXTS["fr"]["secrecy_fallback"]
    assert summary.withdraw_howto == TEXTS["fr"]["withdraw_fallback"]
    assert SECRECY_NL not in summary.secrecy


def test_french_dates_and_times() -> None:
    assert long_date("fr", date(2026, 3, 2)) == "lundi 2 mars 2026"
    assert short_date("fr", date(2026, 8, 1)) == "1er août 2026"
    assert short_date("nl", date(2026, 8, 1)) == "1 augustus 2026"
    assert clock_time("fr", datetime(2026, 3, 2, 14, 30)) == "14 h 30"
    assert clock_time("fr", datetime(2026, 3, 2, 9, 5)) == "9 h 05"
    assert clock_time("fr", datetime(2026, 3, 2, 10, 0)) == "10 h"
