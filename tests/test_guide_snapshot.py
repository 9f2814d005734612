"""A conversation keeps a copy of its guide: the copy reads back exactly, whatever happens later."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.guide_samples import VALID_GUIDE, replace_once, write_guide

from intakecompanion.guide import (
    FEEDS,
    Guide,
    GuideError,
    GuideText,
    Item,
    ItemText,
    Localized,
    Phase,
    PhaseText,
    builtin_guides,
    guide_fingerprint,
    guide_from_snapshot,
    guide_to_snapshot,
    load_guide,
)


@pytest.mark.parametrize("guide", builtin_guides(), ids=lambda guide: guide.id)
def test_built_in_guides_round_trip(guide: Guide) -> None:
    snapshot = guide_to_snapshot(guide)
    restored = guide_from_snapshot(snapshot)
    assert restored == guide
    assert restored.source is None  # a snapshot belongs to no file
    assert guide_to_snapshot(restored) == snapshot
    assert [item.why("nl") for item in restored.items()] == [
        item.why("nl") for item in guide.items()
    ]


def test_the_snapshot_is_deterministic_and_holds_all_languages() -> None:
    first = guide_to_snapshot(builtin_guides()[0])
    second = guide_to_snapshot(builtin_guides()[0])
    assert first == second
    document = json.loads(first)
    assert document["format"] == 1
    assert document["guide"]["languages"] == ["nl", "en", "fr"]
    phase = document["guide"]["phases"][0]
    assert set(phase["items"][0]) >= {"id", "nl", "en"}
    assert "cliënt" in first  # readable text, not \\u escapes


def test_history_stays_true_after_the_file_is_edited_and_removed(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "org.toml", VALID_GUIDE)
    snapshot = guide_to_snapshot(load_guide(path))

    path.write_text(replace_once(VALID_GUIDE, '"Luister"', '"Luister goed"'), encoding="utf-8")
    assert load_guide(path).item("listen").text("nl") == "Luister goed"
    path.unlink()

    as_asked = guide_from_snapshot(snapshot)
    assert as_asked.item("listen").text("nl") == "Luister"
    assert as_asked.item("greet").feeds == "availability"
    assert as_asked.item("greet").sources == ("Boklund 1995",)


def test_the_fingerprint_tells_an_edited_guide_from_the_original(tmp_path: Path) -> None:
    original = load_guide(write_guide(tmp_path, "a.toml", VALID_GUIDE))
    edited_text = replace_once(VALID_GUIDE, '"Luister"', '"Luister goed"')
    edited = load_guide(write_guide(tmp_path, "b.toml", edited_text))
    assert (original.id, original.version) == (edited.id, edited.version)
    assert guide_fingerprint(original) != guide_fingerprint(edited)
    assert guide_fingerprint(original) == guide_fingerprint(
        guide_from_snapshot(guide_to_snapshot(original))
    )


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("{not json", "Expecting property name enclosed in double quotes"),
        ("[]", "no guide in it"),
        ('{"format": 99, "guide": {}}', "unknown format 99"),
    ],
)
def test_a_damaged_snapshot_is_refused_clearly(text: str, detail: str) -> None:
    with pytest.raises(GuideError) as caught:
        guide_from_snapshot(text)
    (problem,) = caught.value.problems
    assert problem.code == "snapshot_unreadable"
    assert problem.message("en") == f"The stored copy of a guide cannot be read ({detail})."


def test_a_snapshot_with_a_broken_guide_inside_is_refused() -> None:
    document = json.loads(guide_to_snapshot(builtin_guides()[0]))
    del document["guide"]["phases"][0]["items"][0]["en"]
    with pytest.raises(GuideError) as caught:
        guide_from_snapshot(json.dumps(document))
    assert [problem.code for problem in caught.value.problems] == ["missing_language"]
    assert caught.value.problems[0].line is None


# -- any guide the model can hold survives the trip ------------------------------------------

T = TypeVar("T")

ids = st.from_regex(r"[a-z][a-z0-9_-]{0,12}", fullmatch=True)
# Texts as the loader keeps them: stripped, never empty; quotes, newlines and accents included.
texts = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)


@st.composite
def guides(draw: st.DrawFn) -> Guide:
    languages = draw(st.lists(st.sampled_from(["nl", "en", "fr"]), min_size=1, unique=True))
    used_ids: set[str] = set()

    def localized(make: st.SearchStrategy[T]) -> Localized[T]:
        return Localized(tuple((lang, draw(make)) for lang in languages))

    def unique_id() -> str:
        return draw(ids.filter(lambda candidate: candidate not in used_ids))

    phases = []
    for _ in range(draw(st.integers(1, 3))):
        items = []
        for _ in range(draw(st.integers(1, 3))):
            item_id = unique_id()
            used_ids.add(item_id)
            with_say = draw(st.booleans())
            item_texts = st.builds(ItemText, texts, texts, texts if with_say else st.none())
            items.append(
                Item(
                    item_id,
                    localized(item_texts),
                    draw(st.none() | st.sampled_from(FEEDS)),
                    tuple(draw(st.lists(texts, max_size=2))),
                )
            )
        phase_id = draw(ids)
        phases.append(Phase(phase_id, localized(st.builds(PhaseText, texts, texts)), tuple(items)))
    phase_ids = [phase.id for phase in phases]
    if len(set(phase_ids)) != len(phase_ids):
        phases = [phases[0]]
    with_description = draw(st.booleans())
    guide_texts = st.builds(
        GuideText, texts, texts, texts, texts if with_description else st.none()
    )
    return Guide(
        draw(ids),
        draw(st.from_regex(r"[0-9]{1,3}\.[0-9]{1,3}", fullmatch=True)),
        draw(st.sampled_from(["intake", "follow_up"])),
        tuple(languages),
        localized(guide_texts),
        tuple(phases),
    )


@settings(max_examples=40, deadline=None)
@given(guides())
def test_any_guide_round_trips(guide: Guide) -> None:
    snapshot = guide_to_snapshot(guide)
    assert guide_from_snapshot(snapshot) == guide
    assert guide_to_snapshot(guide_from_snapshot(snapshot)) == snapshot


def test_a_snapshot_is_read_once_and_a_damaged_one_is_refused_every_time() -> None:
    text = guide_to_snapshot(builtin_guides()[0])
    assert guide_from_snapshot(text) is guide_from_snapshot(text)  # opening a conversation
    damaged = text.replace('"format"', '"formaat"', 1)
    for _ in range(2):
        with pytest.raises(GuideError):
            guide_from_snapshot(damaged)
