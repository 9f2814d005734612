"""Every interface string has a finished Dutch and French translation with the same
placeholders, and the English file has both plural forms; lupdate's .ts files are the source
(the .qm are built)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from intakecompanion.resources import resource_path

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(resource_path("i18n", f"intakecompanion_{lang}.ts")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_language_has_every_string(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 100
    unfinished = [
        f"{context}: {source!r}"
        for context, source, message in found
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(text.strip() for text in translations_of(message))
    ]
    assert unfinished == [], "untranslated (run make translations-update, then translate):\n" + (
        "\n".join(unfinished)
    )


def test_french_translates_every_dutch_source() -> None:
    """French follows Dutch: a string lupdate put in the Dutch file is in the French one too
    (both are updated by make translations-update), so no screen falls back to English."""
    french = {(context, source) for context, source, _ in messages("fr")}
    missing = [(c, s) for c, s, _ in messages("nl") if (c, s) not in french]
    assert missing == []


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_placeholders_match(lang: str) -> None:
    wrong = []
    for context, source, message in messages(lang):
        expected = Counter(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if text and Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_english_plural_forms_are_filled() -> None:
    found = messages("en")
    assert found, "the English file holds the plural forms"
    for context, source, message in found:
        assert message.get("numerus") == "yes", (context, source)
        one, many = translations_of(message)
        assert one.strip() and many.strip() and one != many, (context, source)


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_plural_messages_have_two_forms(lang: str) -> None:
    plurals = [(c, s, m) for c, s, m in messages(lang) if m.get("numerus") == "yes"]
    assert plurals
    for context, source, message in plurals:
        one, many = translations_of(message)  # may be alike: "1 rendez-vous", "2 rendez-vous"
        assert one.strip() and many.strip(), (context, source)
