"""A proposed appointment is on a day the coach works (tour9 #20: one fell on 25 December):
not a Saturday or Sunday, not one of Belgium's ten public holidays."""

from __future__ import annotations

from datetime import date

import pytest

from intakecompanion.domain.working_days import (
    easter_sunday,
    is_working_day,
    public_holidays,
    working_day_from,
)


@pytest.mark.parametrize(
    "easter",
    [
        date(1818, 3, 22),  # the earliest possible
        date(1943, 4, 25),  # the latest possible
        date(2000, 4, 23),
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
        date(2038, 4, 25),
    ],
)
def test_easter_sunday(easter: date) -> None:
    assert easter_sunday(easter.year) == easter


def test_the_ten_public_holidays_of_2027() -> None:
    assert sorted(public_holidays(2027)) == [
        date(2027, 1, 1),
        date(2027, 3, 29),  # Easter Monday
        date(2027, 5, 1),
        date(2027, 5, 6),  # Ascension
        date(2027, 5, 17),  # Whit Monday
        date(2027, 7, 21),
        date(2027, 8, 15),
        date(2027, 11, 1),
        date(2027, 11, 11),
        date(2027, 12, 25),
    ]


@pytest.mark.parametrize(
    ("proposed", "taken"),
    [
        (date(2026, 12, 25), date(2026, 12, 28)),  # Christmas on a Friday: the Monday after
        (date(2027, 3, 29), date(2027, 3, 30)),  # Easter Monday
        (date(2027, 5, 6), date(2027, 5, 7)),  # Ascension
        (date(2027, 1, 1), date(2027, 1, 4)),  # New Year on a Friday
        (date(2026, 12, 26), date(2026, 12, 28)),  # a Saturday
        (date(2026, 12, 24), date(2026, 12, 24)),  # Christmas Eve is a working day
        (date(2027, 5, 5), date(2027, 5, 5)),
    ],
)
def test_a_proposed_day_moves_to_the_first_working_day(proposed: date, taken: date) -> None:
    assert working_day_from(proposed) == taken
    assert is_working_day(taken)
