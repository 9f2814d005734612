"""The built-in guides validate, have the phases the intake needs, and read well at a glance."""

from __future__ import annotations

import re

import pytest

from intakecompanion.guide import FEEDS, Guide, builtin_guides, validate
from intakecompanion.guide.loader import builtin_guides_dir

INTAKE_PHASES = (
    "before",
    "welcome",
    "secrecy",
    "expectations",
    "life_world",
    "first_steps",
    "closing",
)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    return {guide.id: guide for guide in builtin_guides()}


def test_every_built_in_file_validates() -> None:
    files = sorted(builtin_guides_dir().glob("*.toml"))
    assert [path.name for path in files] == ["follow_up.toml", "intake.toml"]
    for path in files:
        assert validate(path) == []


def test_built_in_guides_come_intake_first(guides: dict[str, Guide]) -> None:
    ordered = builtin_guides()
    assert [(guide.id, guide.kind) for guide in ordered] == [
        ("intake", "intake"),
        ("follow_up", "follow_up"),
    ]
    assert all(guide.builtin and guide.source is not None for guide in ordered)
    assert all(guide.languages == ("nl", "en", "fr") for guide in ordered)


def test_the_intake_walks_through_the_conversation_in_order(guides: dict[str, Guide]) -> None:
    assert tuple(phase.id for phase in guides["intake"].phases) == INTAKE_PHASES
    for phase in guides["intake"].phases:
        assert phase.title("nl") and phase.purpose("nl")
        assert phase.title("en") and phase.purpose("en")
        assert phase.title("fr") and phase.purpose("fr")
        assert len(phase.items) >= 3


def test_the_follow_up_is_shorter(guides: dict[str, Guide]) -> None:
    assert guides["follow_up"].item_count < guides["intake"].item_count
    follow_up_phases = [phase.id for phase in guides["follow_up"].phases]
    assert {"steps_review", "open_points", "cooperation", "closing"} <= set(follow_up_phases)


@pytest.mark.parametrize("guide_id", ["intake", "follow_up"])
def test_every_summary_part_is_fed(guides: dict[str, Guide], guide_id: str) -> None:
    guide = guides[guide_id]
    fed = {item.feeds for item in guide.items()} - {None}
    expected = set(FEEDS) if guide.kind == "intake" else set(FEEDS) - {"secrecy_statement"}
    assert fed == expected


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_checklist_lines_are_short_and_why_is_one_or_two_sentences(
    guides: dict[str, Guide], lang: str
) -> None:
    for guide in guides.values():
        for item in guide.items():
            assert len(item.text(lang)) <= 80, item.id
            assert not item.text(lang).endswith("."), item.id  # a line, not a paragraph
            sentences = re.findall(r"[.!?](?:\s|$)", item.why(lang))
            assert 1 <= len(sentences) <= 2, (item.id, item.why(lang))


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_the_client_texts_use_short_plain_sentences(guides: dict[str, Guide], lang: str) -> None:
    # Plain language (B1): short sentences the client can read at home without help.
    for guide in guides.values():
        for text in (guide.secrecy_statement(lang), guide.withdraw_consent(lang)):
            sentences = [part for part in re.split(r"(?<=[.!?])\s+", text) if part]
            assert sentences
            assert max(len(sentence.split()) for sentence in sentences) <= 15, text


def test_the_dutch_client_texts_say_je(guides: dict[str, Guide]) -> None:
    for guide in guides.values():
        for text in (guide.secrecy_statement("nl"), guide.withdraw_consent("nl")):
            words = set(re.findall(r"\w+", text.lower()))
            assert "je" in words
            assert not words & {"u", "uw"}


def test_the_french_texts_say_vous(guides: dict[str, Guide]) -> None:
    """French says "vous" to the client on the sheet and in every example sentence, as Belgian
    French-speaking services speak to an adult client (docs/translation.md)."""
    for guide in guides.values():
        texts = [guide.secrecy_statement("fr"), guide.withdraw_consent("fr")]
        texts += [item.say("fr") or "" for item in guide.items()]
        texts += [item.why("fr") for item in guide.items()]
        for text in texts:
            words = set(re.findall(r"\w+", text.lower()))
            assert not words & {"tu", "te", "toi", "ton", "ta", "tes"}, text
        assert "vous" in set(re.findall(r"\w+", guide.secrecy_statement("fr").lower()))


def test_the_secrecy_statement_is_the_same_in_both_guides(guides: dict[str, Guide]) -> None:
    for lang in ("nl", "en", "fr"):
        assert guides["intake"].secrecy_statement(lang) == guides["follow_up"].secrecy_statement(
            lang
        )
        assert guides["intake"].withdraw_consent(lang) == guides["follow_up"].withdraw_consent(lang)


def test_a_language_the_guide_lacks_falls_back_to_its_first(guides: dict[str, Guide]) -> None:
    intake = guides["intake"]
    assert intake.language_for("de") == "nl"
    assert intake.language_for("en") == "en"
    assert intake.language_for("fr") == "fr"
    assert intake.item("quiet_room").text("de") == intake.item("quiet_room").text("nl")
    assert intake.title("en") == "First conversation (intake)"


def test_item_lookups(guides: dict[str, Guide]) -> None:
    intake = guides["intake"]
    assert intake.phase_of("ask_consent").id == "secrecy"
    assert [item.id for item in intake.items_feeding("consents")] == [
        "ask_consent",
        "explain_withdrawal",
    ]
    assert intake.item("ask_consent").say("nl").startswith("Ik zou graag")
    assert intake.item("quiet_room").say("nl") is None
    with pytest.raises(KeyError):
        intake.item("no_such_item")
    with pytest.raises(KeyError):
        intake.phase_of("no_such_item")
    ids = [item.id for item in intake.items()]
    assert len(ids) == len(set(ids)) == intake.item_count


# The word for the appointment (the tab "Afspraak", the sheet's "next appointment") in each
# language, and what it must not be mixed with there: agreements are "afspreken" (the verb) or
# "beloftes" in Dutch, "engagements" in French (whose "accord" is a consent on the sheet).
APPOINTMENT_WORDS = {"nl": r"\bafspra(ak|ken)\b", "en": r"\bappointments?\b", "fr": "rendez-vous"}


def _phase_and_item_texts(guide: Guide, lang: str) -> list[tuple[str | None, str]]:
    """(what the item feeds, text) for every text of `guide` in `lang` (phases: None)."""
    texts: list[tuple[str | None, str]] = []
    for phase in guide.phases:
        words = phase.texts.get(lang)
        texts += [(None, words.title), (None, words.purpose)]
        for item in phase.items:
            said = item.texts.get(lang)
            texts += [(item.feeds, text) for text in (said.text, said.why, said.say or "")]
    return texts


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_the_word_for_the_appointment_means_the_appointment_only(
    guides: dict[str, Guide], lang: str
) -> None:
    """Issue 14 item 9: "jouw afspraak is over tijd" and "Afspraken en afsluiting" used the
    appointment's word for a promise or an agreement: only the next-appointment items say it."""
    for guide in guides.values():
        others = [
            text
            for feeds, text in _phase_and_item_texts(guide, lang)
            if feeds != "next_appointment"
            and re.search(APPOINTMENT_WORDS[lang], text, re.IGNORECASE)
        ]
        assert others == [], guide.id
    french = " ".join(text for g in guides.values() for _f, text in _phase_and_item_texts(g, "fr"))
    assert re.findall(r"\baccords\b(?! donnés)", french, re.IGNORECASE) == []
