"""The line finder points at the right line in the TOML shapes a guide author may write."""

from __future__ import annotations

import tomllib

from intakecompanion.guide.locate import KeyLines

TEXT = '''\
# comment with = and [brackets]
id = "x"
languages = ["nl",
  "en"]  # a list over two lines ]
"quoted.key" = 'a # not a comment'

[nl]
title = """a multi-line
text with "quotes", ]] and [[phases]] in it
"""
secrecy_statement = \'\'\'literal
[[not a header]]\'\'\'

[[phases]]
id = "one"
nl.title = "dotted key"

[[phases.items]]
id = "a"

[phases.items.nl]
text = "in the first item"

[[phases.items]]
id = "b"
inline = { say = "x", list = [1,
  2] }

[[phases]]
id = "two"

[[phases.items]]
id = "c"
'''


def test_the_sample_is_valid_toml() -> None:
    data = tomllib.loads(TEXT)
    assert [item["id"] for item in data["phases"][0]["items"]] == ["a", "b"]


def test_lines_of_keys_and_tables() -> None:
    lines = KeyLines(TEXT)
    expected = {
        ("id",): 2,
        ("languages",): 3,
        ("quoted.key",): 5,
        ("nl",): 7,
        ("nl", "title"): 8,
        ("nl", "secrecy_statement"): 11,
        ("phases",): 14,
        ("phases", 0): 14,
        ("phases", 0, "id"): 15,
        ("phases", 0, "nl", "title"): 16,
        ("phases", 0, "items", 0): 18,
        ("phases", 0, "items", 0, "nl", "text"): 22,
        ("phases", 0, "items", 1, "id"): 25,
        ("phases", 0, "items", 1, "inline"): 26,
        ("phases", 1, "id"): 30,
        ("phases", 1, "items", 0, "id"): 33,
    }
    assert {path: lines.line_of(path) for path in expected} == expected


def test_an_unrecorded_key_falls_back_to_its_parent() -> None:
    lines = KeyLines(TEXT)
    assert lines.line_of(("phases", 0, "items", 1, "inline", "say")) == 26
    assert lines.line_of(("phases", 1, "items", 0, "en")) == 32
    assert lines.line_of(("nowhere",)) is None
    assert lines.line_of(()) is None
