"""Every key point of the seed text on trust is covered by the built-in intake guide.

The ten sentences are the seed's ✓ list (resources come from shared/seed/000_d15fa6e8919838bf.txt,
"Basishouding 2"), quoted word for word; each is mapped to the items that put it into practice.
"""

from __future__ import annotations

import pytest

from intakecompanion.guide import Guide, builtin_guides

SEED_KEY_POINTS: dict[str, tuple[str, ...]] = {
    "Als je zorgt dat cliënten zich veilig voelen, zullen zij sneller geneigd zijn om "
    "moeilijkheden aan te geven.": ("quiet_room", "invite_to_tell", "main_worry"),
    "Een vertrouwensband opbouwen en duidelijkheid bieden, hangen heel erg samen.": (
        "explain_conversation",
        "course_of_trajectory",
    ),
    "Als je wil dat cliënten je vertrouwen, probeer dan duidelijk te zijn over de wederzijdse "
    "verwachtingen en het verloop van het traject.": (
        "ask_hopes",
        "what_you_can_do",
        "course_of_trajectory",
    ),
    "Het creëren van duidelijkheid begint vanaf het eerste gesprek.": ("explain_conversation",),
    "Cliënten vinden het belangrijk dat de gevoelige informatie die zij vertellen niet wordt "
    "doorverteld.": ("explain_secrecy", "no_sharing_without_consent"),
    "Het is interessant om je beroepsgeheim te benadrukken en aan te geven wat er gebeurt met "
    "gevoelige informatie die er wordt verteld.": ("explain_secrecy", "what_is_written"),
    "Als je informatie over de cliënt wil delen met anderen of andere diensten, is het "
    "belangrijk dat cliënten hiervoor toestemming geven.": (
        "ask_consent",
        "no_sharing_without_consent",
    ),
    "Cliënten vinden het belangrijk om de ervaring te hebben dat ze worden geholpen en dat er "
    "iemand naast hen staan.": ("stand_beside", "coach_step"),
    "Het is mogelijk om vanaf de eerste gesprekken reeds na te gaan of er ruimte is om kleine "
    "trajectstappen te zetten.": ("room_for_steps", "choose_together"),
    "Het is van belang dat je zelf je afspraken nakomt en een stipte houding aanneemt.": (
        "be_on_time",
        "keep_your_word",
        "next_appointment",
    ),
}

REFERENCES = (
    "Howe 1987",
    "Kristiansen 1999",
    "Driessens 2003",
    "Boklund 1995",
    "Van Regenmortel 1996",
)


@pytest.fixture(scope="module")
def intake() -> Guide:
    return next(guide for guide in builtin_guides() if guide.id == "intake")


def test_the_mapping_holds_all_ten_key_points() -> None:
    assert len(SEED_KEY_POINTS) == 10
    assert all(item_ids for item_ids in SEED_KEY_POINTS.values())


@pytest.mark.parametrize("key_point", list(SEED_KEY_POINTS), ids=lambda point: point[:40])
def test_key_point_is_covered_in_both_languages(key_point: str, intake: Guide) -> None:
    for item_id in SEED_KEY_POINTS[key_point]:
        item = intake.item(item_id)  # KeyError if the item is gone
        for lang in ("nl", "en"):
            assert lang in item.texts.languages
            assert item.text(lang).strip()
            assert item.why(lang).strip()


def test_every_seed_reference_backs_at_least_one_item(intake: Guide) -> None:
    cited = {source for item in intake.items() for source in item.sources}
    assert set(REFERENCES) <= cited
    assert cited <= set(REFERENCES)  # the built-in guide cites only what the seed cites
