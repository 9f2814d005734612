"""One French word for the client's sheet: *fiche* (docs/translation.md). The interface named it
*résumé* in its menu, dialog and messages and *fiche* elsewhere (the tour, rough6 item 5), so a
coach could think there were two papers. *Résumé* stays only where it means a summary said out
loud or a one-line report, listed here."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from tests.test_core_texts_languages import TABLES

from intakecompanion.resources import resource_path

OTHER_WORD = re.compile(r"\br[ée]sum[ée]s?\b", re.IGNORECASE)  # not the verb "résumer"
# Where "résumé" is no name of the sheet: a summary said at the end of a conversation (the
# guides' why), and check-guide's one-line report.
NOT_THE_SHEET = (
    "Un court résumé permet de vérifier",
    "affiche un résumé d'une ligne",
)


def _without_other_meanings(text: str) -> str:
    for phrase in NOT_THE_SHEET:
        text = text.replace(phrase, "")
    return text


def _interface_texts() -> Iterator[str]:
    root = ET.parse(resource_path("i18n", "intakecompanion_fr.ts")).getroot()
    for translation in root.iter("translation"):
        forms = [f.text or "" for f in translation.iter("numerusform")]
        yield from forms or [translation.text or ""]


def _french_strings(node: Any, in_french: bool = False) -> Iterator[str]:
    """Every string under a `fr` table of a guide."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _french_strings(value, in_french or key == "fr")
    elif isinstance(node, list):
        for value in node:
            yield from _french_strings(value, in_french)
    elif isinstance(node, str) and in_french:
        yield node


def _guide_texts() -> Iterator[str]:
    for path in sorted(resource_path("texts", "guides").glob("*.toml")):
        yield from _french_strings(tomllib.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("where", "texts"),
    [
        ("the interface (intakecompanion_fr.ts)", _interface_texts),
        (
            "the Qt-free tables",
            lambda: (t for table in TABLES.values() for t in table["fr"].values()),
        ),
        ("the built-in guides", _guide_texts),
    ],
)
def test_the_sheet_is_a_fiche_in_french_never_a_resume(where: str, texts: Any) -> None:
    found = sorted({t for t in texts() if OTHER_WORD.search(_without_other_meanings(t))})
    assert found == [], f"'résumé' for the sheet in {where}: {found}"


def test_the_scan_reads_the_french_texts_it_judges() -> None:
    """The scan would pass on nothing read: each source holds the word it must use."""
    for texts in (_interface_texts, _guide_texts):
        assert any("fiche" in t for t in texts())
    assert any("fiche" in t for table in TABLES.values() for t in table["fr"].values())
    assert OTHER_WORD.search("Résumé pour le client") and OTHER_WORD.search("resume-%1")
    assert not OTHER_WORD.search("Résumer ce que vous avez convenu")
