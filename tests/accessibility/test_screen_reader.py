"""A screen reader's view of the program: the real AT-SPI tree of the running app.

The program runs from the venv in --demo mode on a virtual X display with Qt's accessibility
bridge on; the system's pyatspi reads the unlock screen, the client list and a conversation,
and tabs through each (tests/accessibility/harness.py, atspi_reader.py). Without Xvfb, the
AT-SPI bus or pyatspi (`make accessibility-tools` installs them) the tests skip and say so.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.accessibility import harness

if sys.platform == "linux":
    MISSING = harness.missing_tools()
    pytestmark = pytest.mark.skipif(
        bool(MISSING), reason=f"screen-reader tools not installed: {', '.join(MISSING)}"
    )
else:  # make test-windows: Windows has UI Automation, not AT-SPI (docs/accessibility.md)
    pytestmark = pytest.mark.skip(reason="AT-SPI is the accessibility bus of Linux desktops")
PROGRAM = Path(sys.executable).with_name("intakecompanion")


@pytest.fixture(scope="module")
def tree() -> dict:
    return harness.read_tree([str(PROGRAM)])


def by_role(tree: dict, screen: str, role: str) -> list[dict]:
    return [n for n in tree[screen]["nodes"] if n["role"] == role]


def test_nothing_a_screen_reader_user_would_trip_over(tree: dict) -> None:
    assert harness.problems(tree) == []


def test_the_unlock_screen_says_what_it_asks_for(tree: dict) -> None:
    field = by_role(tree, "unlock", "password text")
    assert [f["name"] for f in field] == ["Wachtwoordzin"]
    assert {"editable", "focusable"} <= set(field[0]["states"])
    buttons = {b["name"] for b in by_role(tree, "unlock", "push button")}
    assert "Ontgrendelen" in buttons
    chain = [(s["role"], s["name"]) for s in tree["unlock"]["focus"]]
    assert chain[:2] == [("password text", "Wachtwoordzin"), ("push button", "Ontgrendelen")]


def test_the_client_list_reads_each_client_with_their_state(tree: dict) -> None:
    lists = {n["name"]: n for n in by_role(tree, "clients", "list")}
    assert "Cliënten" in lists
    items = [n["name"] for n in by_role(tree, "clients", "list item")]
    assert any(i.startswith("Sam De Smet") for i in items)
    # Overdue is said in words, not only in colour.
    assert any("over tijd" in i for i in items if i.startswith("Yusuf"))
    # Tab goes round: from 'New intake' down the list, then the overview beside it.
    stops = [s["name"] for s in tree["clients"]["focus"]]
    start = stops.index("Nieuwe intake")
    round_trip = stops[start:] + stops[:start]
    assert round_trip == [
        "Nieuwe intake",
        "Cliënten zoeken",
        "Cliënten",
        "Je overzicht: afspraken, beloftes, stappen",
    ]


def test_a_conversation_announces_items_phases_and_notes_with_their_state(tree: dict) -> None:
    nodes = tree["conversation"]["nodes"]
    items = [n for n in nodes if n["name"].startswith("Punt: ")]
    assert items and all("focusable" in n["states"] for n in items)
    assert all(
        n["description"].split(".")[0] in {"open", "gedaan", "niet van toepassing"} for n in items
    )
    phases = [n["name"] for n in by_role(tree, "conversation", "list item")]
    assert any(p.startswith("Fase 1: ") and "punten afgehandeld" in p for p in phases)
    notes = [n for n in by_role(tree, "conversation", "text") if n["name"].startswith("Notitie")]
    assert notes and all("gedeeld" in n["name"] or "intern" in n["name"] for n in notes)
    assert any(s["role"] == "panel" for s in tree["conversation"]["focus"])
