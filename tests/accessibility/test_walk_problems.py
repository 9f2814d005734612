"""What the screen-reader check reports from a walk (harness.problems), on walks written out by
hand: no display or AT-SPI bus needed, so these run wherever the suite runs."""

from __future__ import annotations

from tests.accessibility import harness


def node(role: str, name: str, x: int, y: int) -> dict:
    return {
        "role": role,
        "name": name,
        "description": "",
        "labelled_by": [],
        "states": ["enabled", "focusable"],
        "box": [x, y, 80, 24],
        "pane": "",
    }


FIELD = node("text", "Je naam", 10, 10)
NOTE = node("text", "Grenzen", 10, 50)
CLOSE = node("push button", "Sluiten", 10, 90)


def dialog_problems(walked: dict) -> list[str]:
    tree = {screen: {"nodes": [], "focus": []} for screen in harness.SCREENS}
    tree["your details"] = walked
    return harness.problems(tree)


def test_a_full_round_is_no_problem() -> None:
    assert dialog_problems({"nodes": [FIELD, NOTE, CLOSE], "focus": [FIELD, NOTE, CLOSE]}) == []


def test_tab_that_stays_on_a_control_is_reported_stuck() -> None:
    """The reader tells "stuck" when no focus event came after Tab in a window with more than
    one stop (a field that keeps Tab for itself)."""
    walked = {"nodes": [FIELD, NOTE, CLOSE], "focus": [FIELD, NOTE], "stuck": "Grenzen"}
    assert dialog_problems(walked) == [
        "your details: Tab goes no further than 'Grenzen'",
        "your details: Tab never reaches the push button 'Sluiten' at [10, 90, 80, 24]",
    ]


def test_a_control_that_tab_passes_by_is_reported() -> None:
    walked = {"nodes": [FIELD, NOTE, CLOSE], "focus": [FIELD, CLOSE]}
    assert dialog_problems(walked) == [
        "your details: Tab never reaches the text 'Grenzen' at [10, 50, 80, 24]"
    ]


def test_focus_that_goes_up_is_reported() -> None:
    walked = {"nodes": [FIELD, NOTE, CLOSE], "focus": [FIELD, CLOSE, NOTE]}
    assert dialog_problems(walked) == ["your details: focus goes back from 'Sluiten' to 'Grenzen'"]


def test_a_dutch_or_english_text_of_the_program_is_not_french() -> None:
    foreign = harness.not_french()
    assert foreign("Cliënten") and foreign("Search clients") and foreign("Wachtwoordzin")
    assert foreign("Notitie 1, gedeeld met de cliënt")  # "Note %1, %2" in Dutch
    assert not foreign("Clients")  # the same word in French
    assert not foreign("Phrase de passe")
    assert not foreign("Note 1, partagée avec le client")
    assert not foreign("Sam De Smet")  # a name, no text of the program


def test_a_group_of_radio_buttons_is_one_stop() -> None:
    """Tab goes to the chosen radio button of a group and the arrows choose; a group Tab
    never enters is still reported."""
    chosen, other = (
        node("radio button", "Met de wachtwoordzin", 10, 50),
        node("radio button", "Met de herstelsleutel", 10, 70),
    )
    nodes = [FIELD, chosen, other, CLOSE]
    assert dialog_problems({"nodes": nodes, "focus": [FIELD, chosen, CLOSE]}) == []
    assert dialog_problems({"nodes": nodes, "focus": [FIELD, CLOSE]}) == [
        "your details: Tab never reaches the radio button 'Met de herstelsleutel' at "
        "[10, 70, 80, 24]",
        "your details: Tab never reaches the radio button 'Met de wachtwoordzin' at "
        "[10, 50, 80, 24]",
    ]
