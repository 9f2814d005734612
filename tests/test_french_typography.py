"""French typography in what the program shows (the tour: "5. Comment se passe la
collaboration ?" left the "?" alone on the next line, and buttons ended in "..." where "…" is
the sign). A space before ? ! : ; is a no-break space in French, so the sign stays with its
word; a guide file may be typed with ordinary spaces, so the guide gives its French texts with
no-break spaces whatever the file holds."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest

from intakecompanion.guide import builtin_guides
from intakecompanion.guide.model import Localized, Phase, PhaseText
from intakecompanion.resources import resource_path

LOOSE_SIGN = re.compile(r" [?!:;]")  # an ordinary space, where a line may break


def _translations(lang: str) -> Iterator[str]:
    root = ET.parse(resource_path("i18n", f"intakecompanion_{lang}.ts")).getroot()
    for translation in root.iter("translation"):
        forms = [f.text or "" for f in translation.iter("numerusform")]
        yield from forms or [translation.text or ""]


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_no_translation_writes_three_dots_for_an_ellipsis(lang: str) -> None:
    found = sorted(t for t in _translations(lang) if "..." in t)
    assert found == []
    assert any("…" in t for t in _translations(lang))


def test_french_translations_keep_each_sign_with_its_word() -> None:
    found = sorted(t for t in _translations("fr") if LOOSE_SIGN.search(t))
    assert found == []
    assert any("\u00a0?" in t for t in _translations("fr"))


def test_the_built_in_guides_give_french_signs_a_no_break_space() -> None:
    shown = [
        text
        for guide in builtin_guides()
        for text in (
            guide.title("fr"),
            guide.description("fr") or "",
            guide.secrecy_statement("fr"),
            guide.withdraw_consent("fr"),
            *(t for phase in guide.phases for t in (phase.title("fr"), phase.purpose("fr"))),
            *(t for item in guide.items() for t in (item.text("fr"), item.why("fr"))),
            *(item.say("fr") or "" for item in guide.items()),
        )
    ]
    assert [t for t in shown if LOOSE_SIGN.search(t)] == []
    assert any(t.endswith("collaboration\u00a0?") for t in shown)


def test_a_guide_file_typed_with_ordinary_spaces_is_shown_with_no_break_spaces() -> None:
    phase = Phase(
        "p",
        Localized(
            (
                ("nl", PhaseText("Hoe loopt het? Zo : goed", "Vraag : hoe ?")),
                ("fr", PhaseText("Comment ça se passe ?", "Demandez : quoi ; quand ! 09:30")),
            )
        ),
        (),
    )
    assert phase.title("fr") == "Comment ça se passe\u00a0?"
    assert phase.purpose("fr") == "Demandez\u00a0: quoi\u00a0; quand\u00a0! 09:30"
    assert phase.title("nl") == "Hoe loopt het? Zo : goed"  # Dutch writes no space there


def _french_messages() -> Iterator[tuple[str, str]]:
    root = ET.parse(resource_path("i18n", "intakecompanion_fr.ts")).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        yield message.findtext("source") or "", translation.text or ""


def test_a_recipient_is_never_written_after_a_bare_a() -> None:
    """The tour: "donné oralement le 01/12/2026 à CPAS de Bruxelles" (French says "au CPAS").
    A recipient is whatever name the coach typed, with or without its article, so French names
    it where no article is needed ("destinataire : …"), never after "à"."""
    to_recipient = re.compile(r"(?<!of %\d )\bto %(\d)", re.IGNORECASE)
    found = [
        (source, french)
        for source, french in _french_messages()
        for number in to_recipient.findall(source)
        if re.search(rf"\b[àÀ] %{number}", french)
    ]
    assert found == []
    from tests.test_core_texts_languages import TABLES

    core = [t for table in TABLES.values() for t in table["fr"].values() if "à {recipient}" in t]
    assert core == []
    assert any("to %1" in source for source, _ in _french_messages())
