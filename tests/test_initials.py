"""Issue 14 item 9: initials as a Flemish coach writes them, particles and all
(domain/initials.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intakecompanion.domain.initials import initials


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Émile Van den Broeck", "É. VdB."),
        ("Sam De Smet", "S. DS."),
        ("Jan van der Berg", "J. vdB."),
        ("Lotte 't Kindt", "L. tK."),
        ("Noor Vermeulen", "N. V."),
        ("Anna Maria Peeters", "A. M. P."),
        ("Jean-Pierre Peeters-Janssens", "J.-P. P.-J."),
        ("Mohammed El Idrissi", "M. E. I."),  # "El" is no Flemish particle: a given-name word
        ("De Smet", "DS."),
        ("Noor", "N."),
        ("Van", "V."),
        ("  éline   maes ", "É. M."),
        ("", "?"),
        ("  -- ", "?"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@given(st.text(max_size=40))
def test_any_name_gives_short_initials_and_never_the_whole_name(name: str) -> None:
    result = initials(name)
    if result == "?":
        return
    assert result.endswith(".")
    letters = result.replace(" ", "").replace(".", "").replace("-", "")
    assert len(letters) <= len(name.replace(" ", ""))  # at most one letter per typed one
    assert all(letter in name or letter in name.upper() for letter in letters)
