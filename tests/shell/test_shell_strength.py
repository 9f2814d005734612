"""Passphrase strength: length and unpredictability count, not composition rules."""

from __future__ import annotations

import pytest

from intakecompanion.ui.gate.strength import MINIMUM_LENGTH, Strength, estimate


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("", Strength.TOO_SHORT),
        ("kort", Strength.TOO_SHORT),
        ("a" * (MINIMUM_LENGTH - 1), Strength.TOO_SHORT),
        ("aaaaaaaaaaaaaaaa", Strength.TOO_EASY),
        ("1234567890", Strength.TOO_EASY),
        ("abcdefghijklmnop", Strength.TOO_EASY),
        ("tulp regen", Strength.TOO_EASY),  # two words are guessed as words
        ("fiets koffie regen tulp", Strength.FAIR),
        ("fiets koffie regen tulp molen", Strength.STRONG),
        ("zonder hoofdletters of cijfers gewoon lang", Strength.STRONG),
    ],
)
def test_levels(passphrase: str, expected: Strength) -> None:
    assert estimate(passphrase).strength is expected


def test_no_composition_rule_only_long_lowercase_is_accepted() -> None:
    assert estimate("fietsbelkoffiemolenzomer").acceptable
    assert not estimate("Aa1!").acceptable


def test_accented_and_pasted_oddities_never_raise() -> None:
    for text in ("één twee drie vier vijf", "\ud800" * 12, "🙂" * 12, "\x00" * 12):
        estimate(text)
