"""A small valid guide as TOML text, and helpers to break it one way at a time in tests."""

from __future__ import annotations

from pathlib import Path

VALID_GUIDE = """\
# A small guide for tests.
id = "sample"
version = "1.0"
kind = "intake"
languages = ["nl", "en"]

[nl]
title = "Proefgids"
secrecy_statement = "Ik heb beroepsgeheim."
withdraw_consent = "Zeg het me."

[en]
title = "Sample guide"
secrecy_statement = "I am bound by professional secrecy."
withdraw_consent = "Tell me."

[[phases]]
id = "welcome"

[phases.nl]
title = "Welkom"
purpose = "De cliënt voelt zich welkom."

[phases.en]
title = "Welcome"
purpose = "The client feels welcome."

[[phases.items]]
id = "greet"
feeds = "availability"
sources = ["Boklund 1995"]

[phases.items.nl]
text = "Heet de cliënt welkom"
why = "Betrokkenheid telt."
say = "Welkom, Sam."

[phases.items.en]
text = "Welcome the client"
why = "Involvement counts."
say = "Welcome, Sam."

[[phases.items]]
id = "listen"

[phases.items.nl]
text = "Luister"
why = "Aanvaarding telt."

[phases.items.en]
text = "Listen"
why = "Acceptance counts."
"""


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} should occur once in the sample"
    return text.replace(old, new)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the `occurrence`-th line containing `needle`."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found {occurrence} time(s)")


def write_guide(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
