"""One word per language for the client's sheet (docs/translation.md): Dutch *verslag*, English
*sheet*, French *fiche*. The interface named it with two or three words (Dutch *verslag* in its
menus, *blad* in messages, *samenvatting* in the guides; English *summary* and *sheet*; French
*résumé* and *fiche*), so a coach could think there were several papers.

Where another word is no name of the sheet it is listed here: a summary said out loud, a
one-line report, and the paper's everyday word (*blad*, *feuille*) on the client's own papers,
which speak of themselves to the client, and for the handover letter, another paper."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from tests.test_core_texts_languages import TABLES

from intakecompanion.resources import resource_path


@dataclass(frozen=True)
class SheetWord:
    lang: str
    word: str  # the sheet's one name: each source must hold it
    other: re.Pattern[str]  # another name of the sheet, never allowed
    paper: re.Pattern[str] | None  # the paper's everyday word, allowed only on other papers
    not_the_sheet: tuple[str, ...]  # phrases where the other word means something else


WORDS = {
    "nl": SheetWord(
        "nl",
        "verslag",
        re.compile(r"\bsamenvatting(en)?\b", re.IGNORECASE),
        re.compile(r"\bblad(en)?\b", re.IGNORECASE),
        # The guides' why (said at the end of a conversation); check-guide's report.
        ("Een korte samenvatting toetst", "toont een samenvatting van één regel"),
    ),
    "en": SheetWord(
        "en",
        "sheet",
        re.compile(r"\bsummar(y|ies)\b", re.IGNORECASE),
        None,
        # The guides' why (said at the end of a conversation); check-guide's report.
        ("A short summary checks", "prints a one-line summary"),
    ),
    "fr": SheetWord(
        "fr",
        "fiche",
        re.compile(r"\br[ée]sum[ée]s?\b", re.IGNORECASE),  # not the verb "résumer"
        re.compile(r"\bfeuilles?\b", re.IGNORECASE),
        ("Un court résumé permet de vérifier", "affiche un résumé d'une ligne"),
    ),
}
# The client's own papers (they speak of themselves as "this sheet") and the handover letter:
# there the paper's everyday word is right.
CLIENT_PAPERS = {"summary", "client copy", "handover sheet", "handover command"}
HANDOVER_CONTEXTS = {"HandoverDialog"}
HANDOVER_KEYS = {"handover_sheet", "handover_contact"}


@dataclass(frozen=True)
class Text:
    text: str
    paper_allowed: bool = False


def _interface_texts(lang: str) -> Iterator[Text]:
    """The .ts translations; English is the source strings (the Dutch file holds them all)."""
    name = "nl" if lang == "en" else lang
    root = ET.parse(resource_path("i18n", f"intakecompanion_{name}.ts")).getroot()
    for context in root.iter("context"):
        handover = context.findtext("name") in HANDOVER_CONTEXTS
        for message in context.iter("message"):
            if lang == "en":
                yield Text(message.findtext("source") or "", handover)
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for form in forms or [translation.text or ""]:
                yield Text(form, handover)


def _table_texts(lang: str) -> Iterator[Text]:
    for name, table in TABLES.items():
        for key, text in table[lang].items():
            yield Text(text, name in CLIENT_PAPERS or key in HANDOVER_KEYS)


def _strings_in(node: Any, lang: str, inside: bool = False) -> Iterator[str]:
    """Every string under a `lang` table of a guide."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings_in(value, lang, inside or key == lang)
    elif isinstance(node, list):
        for value in node:
            yield from _strings_in(value, lang, inside)
    elif isinstance(node, str) and inside:
        yield node


def _guide_texts(lang: str) -> Iterator[Text]:
    for path in sorted(resource_path("texts", "guides").glob("*.toml")):
        for text in _strings_in(tomllib.loads(path.read_text(encoding="utf-8")), lang):
            yield Text(text)


SOURCES: dict[str, Callable[[str], Iterator[Text]]] = {
    "the interface (.ts)": _interface_texts,
    "the Qt-free tables": _table_texts,
    "the built-in guides": _guide_texts,
}


def other_names(word: SheetWord, text: Text) -> list[str]:
    """The other names of the sheet in a text, none when it uses only the one word."""
    plain = text.text
    for phrase in word.not_the_sheet:
        plain = plain.replace(phrase, "")
    found = [m.group(0) for m in word.other.finditer(plain)]
    if word.paper is not None and not text.paper_allowed:
        found += [m.group(0) for m in word.paper.finditer(plain)]
    return found


@pytest.mark.parametrize("where", sorted(SOURCES))
@pytest.mark.parametrize("lang", sorted(WORDS))
def test_the_sheet_has_one_name_per_language(lang: str, where: str) -> None:
    word = WORDS[lang]
    found = sorted({t.text for t in SOURCES[where](lang) if other_names(word, t)})
    assert found == [], f"the sheet is not a '{word.word}' in {where} ({lang}): {found}"


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_the_scan_reads_the_texts_it_judges(lang: str) -> None:
    """The scan would pass on nothing read: each source holds the word it must use."""
    word = WORDS[lang]
    for where, texts in SOURCES.items():
        assert any(word.word in t.text.lower() for t in texts(lang)), (lang, where)


def test_the_scan_tells_the_other_names_from_the_one_word() -> None:
    nl, en, fr = WORDS["nl"], WORDS["en"], WORDS["fr"]
    assert other_names(nl, Text("Geef de samenvatting mee")) == ["samenvatting"]
    assert other_names(nl, Text("het blad van het gesprek")) == ["blad"]
    assert other_names(nl, Text("Op dit blad staat", paper_allowed=True)) == []
    assert other_names(nl, Text("Kies een tabblad of een bladzijde")) == []
    assert other_names(nl, Text("Vat samen wat jullie afgesproken hebben")) == []
    assert other_names(en, Text("Summary for the client")) == ["Summary"]
    assert other_names(en, Text("Summaries already printed")) == ["Summaries"]
    assert other_names(en, Text("Sum up what you discussed")) == []
    assert other_names(fr, Text("Résumé pour le client")) == ["Résumé"]
    assert other_names(fr, Text("resume-%1")) == ["resume"]
    assert other_names(fr, Text("Résumer ce que vous avez convenu")) == []
    assert other_names(fr, Text("la feuille de l'entretien")) == ["feuille"]
