"""No guide file, however mangled, makes the loader raise: it is a guide or a list of problems."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.guide_samples import VALID_GUIDE

from intakecompanion.guide import parse_guide
from intakecompanion.guide.build import GuideBuilder

VALID_DATA = tomllib.loads(VALID_GUIDE)

# Values a person might put in the wrong place.
odd_values = st.one_of(
    st.integers(),
    st.booleans(),
    st.text(max_size=5),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.sampled_from(["nl", "en", "id", "x"]), st.text(max_size=3), max_size=2),
    st.lists(st.dictionaries(st.sampled_from(["id", "nl"]), st.integers(), max_size=2), max_size=2),
)


def _containers(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in the data that holds a dict or list (a place a value can be changed)."""
    found = [path]
    children = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in children:
        if isinstance(value, dict | list) and value:
            found.extend(_containers(value, (*path, key)))
    return found


CONTAINERS = _containers(VALID_DATA)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CONTAINERS), st.integers(0, 10), odd_values), max_size=4))
def test_mangled_data_gives_problems_not_exceptions(
    changes: list[tuple[tuple[Any, ...], int, Any]],
) -> None:
    data = copy.deepcopy(VALID_DATA)
    for path, pick, value in changes:
        target: Any = data
        for key in path:
            if isinstance(target, dict):
                target = target.get(key)
            else:
                target = target[key] if isinstance(key, int) and key < len(target) else None
            if not isinstance(target, dict | list) or not target:
                break
        else:
            keys = list(target) if isinstance(target, dict) else list(range(len(target)))
            key = keys[pick % len(keys)]
            if pick % 3 == 0 and isinstance(target, dict):
                del target[key]
            else:
                target[key] = value
    builder = GuideBuilder()
    guide = builder.build(data)
    assert (guide is None) == bool(builder.problems)


FRAGMENTS = [
    "x = 1",
    "[[phases]]",
    "[[phases.items]]",
    "[nl]",
    "[phases.en]",
    'id = "dup"',
    'text = """',
    '"""',
    "items = []",
    "phases = 3",
    'languages = ["nl"]',
    "]",
    "nl.text = 'x'",
    "inline = { a = [1,",
    "2] }",
    "# comment",
    "",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.sampled_from(FRAGMENTS)), max_size=5))
def test_mangled_text_gives_problems_not_exceptions(insertions: list[tuple[int, str]]) -> None:
    lines = VALID_GUIDE.splitlines()
    for position, fragment in insertions:
        lines.insert(position % (len(lines) + 1), fragment)
    text = "\n".join(lines)
    guide, problems = parse_guide(text, Path("mangled.toml"))
    assert (guide is None) == bool(problems)
    line_count = max(1, len(lines))
    for problem in problems:
        assert problem.line is None or 1 <= problem.line <= line_count
        assert problem.describe("nl") and problem.describe("en")
