"""Which days a coach works: not Saturday or Sunday, not a Belgian public holiday.

A proposed appointment moves to the first working day on or after the proposed one (a week
from today on 25 December is the next Monday that is not a holiday). The ten legal holidays
of Belgium; Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

# Fixed: New Year, Labour Day, National Day, Assumption, All Saints, Armistice, Christmas.
_FIXED = ((1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25))
# After Easter Sunday: Easter Monday, Ascension, Whit Monday.
_AFTER_EASTER = (1, 39, 50)


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> frozenset[date]:
    """Belgium's ten public holidays in year."""
    easter = easter_sunday(year)
    return frozenset(
        [date(year, month, day) for month, day in _FIXED]
        + [easter + timedelta(days=days) for days in _AFTER_EASTER]
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def working_day_from(day: date) -> date:
    """day itself when the coach works then, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
