"""Dates and times as a Flemish coach types them: read forwards from today, spelled out, and
every impossible one refused with its reason (domain/typed_dates.py)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intakecompanion.domain.typed_dates import (
    RECENT_PAST_DAYS,
    Problem,
    read_date,
    read_time,
    spell_date,
    spell_time,
)

MONDAY = date(2026, 11, 30)  # a Monday late in a year, before a year without 29 February


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9/3", date(2027, 3, 9)),  # March has passed this year: next year's
        ("9-3", date(2027, 3, 9)),
        ("9.3", date(2027, 3, 9)),
        ("24/12", date(2026, 12, 24)),  # still ahead this year
        ("30/11", MONDAY),  # today is not passed
        ("9-3-27", date(2027, 3, 9)),
        ("09/03/2027", date(2027, 3, 9)),
        ("2027-03-09", date(2027, 3, 9)),
        ("9 maart", date(2027, 3, 9)),
        ("9 mrt 2027", date(2027, 3, 9)),
        ("March 9", date(2027, 3, 9)),
        ("15", date(2026, 12, 15)),  # the next 15th
        ("vandaag", MONDAY),
        ("Morgen", date(2026, 12, 1)),
        ("overmorgen", date(2026, 12, 2)),
        ("tomorrow", date(2026, 12, 1)),
        ("dinsdag", date(2026, 12, 1)),
        ("volgende dinsdag", date(2026, 12, 1)),
        ("next Tuesday", date(2026, 12, 1)),
        ("maandag", date(2026, 12, 7)),  # today is "vandaag"; "maandag" is a week on
        ("dinsdag volgende week", date(2026, 12, 8)),
        ("volgende week dinsdag", date(2026, 12, 8)),
        ("vr", date(2026, 12, 4)),
        ("over 2 weken", date(2026, 12, 14)),
        ("in 3 days", date(2026, 12, 3)),
        ("demain", date(2026, 12, 1)),
        ("mardi prochain", date(2026, 12, 1)),
        ("1er mars", date(2027, 3, 1)),
        ("9 février 2027", date(2027, 2, 9)),
        ("dans 2 semaines", date(2026, 12, 14)),
    ],
)
def test_a_date_is_read_as_a_coach_types_it(typed: str, expected: date) -> None:
    reading = read_date(typed, MONDAY)
    assert (reading.day, reading.problem, reading.past) == (expected, None, False)


def test_an_empty_field_is_no_date_and_no_problem() -> None:
    assert read_date("  ", MONDAY) == read_date("", MONDAY)
    assert read_date("", MONDAY).day is None and read_date("", MONDAY).problem is None
    assert spell_date("nl", read_date("", MONDAY)) == ""


def test_a_past_date_is_read_but_says_it_has_passed() -> None:
    reading = read_date("9-3-26", MONDAY)
    assert reading.day == date(2026, 3, 9) and reading.past
    assert spell_date("nl", reading) == "maandag 9 maart 2026: die datum is al voorbij."
    assert spell_date("en", reading) == "Monday 9 March 2026: that date has passed."


@pytest.mark.parametrize(
    ("typed", "lang", "days"),
    [
        ("gisteren", "nl", -1),
        ("Eergisteren", "nl", -2),
        ("yesterday", "en", -1),
        ("the day before yesterday", "en", -2),
        ("hier", "fr", -1),
        ("avant-hier", "fr", -2),
        ("aujourd’hui", "fr", 0),
        ("après-demain", "fr", 2),
        ("apres demain", "fr", 2),
    ],
)
def test_the_days_around_today_are_read_in_each_language_and_a_past_one_says_so(
    typed: str, lang: str, days: int
) -> None:
    reading = read_date(typed, MONDAY)
    day = MONDAY + timedelta(days=days)
    assert (reading.day, reading.problem, reading.past) == (day, None, days < 0)
    passed = {"nl": "die datum is al voorbij", "en": "that date has passed", "fr": "passée"}
    assert (passed[lang] in spell_date(lang, reading)) == (days < 0)


def test_the_result_is_spelled_out_in_words() -> None:
    assert spell_date("nl", read_date("24/12", MONDAY)) == "donderdag 24 december 2026"
    assert spell_date("nl", read_date("9/3", MONDAY)) == "dinsdag 9 maart 2027 — volgend jaar"
    assert spell_date("en", read_date("9/3", MONDAY)) == "Tuesday 9 March 2027 — next year"
    assert spell_time("nl", read_time("14u30")) == "14.30 uur"
    assert spell_time("en", read_time("2:30 pm")) == "14:30"
    assert spell_date("fr", read_date("9/3", MONDAY)) == "mardi 9 mars 2027 — l'an prochain"
    assert spell_time("fr", read_time("14h30")) == "14 h 30"
    assert spell_date("fr", read_date("31/2", MONDAY)) == "Le 31 février 2027 n'existe pas."


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("31/2", MONDAY, "31 februari 2027 bestaat niet."),
        ("29/2", MONDAY, "29 februari 2027 bestaat niet."),  # 2027 is no leap year
        ("29/2/2027", MONDAY, "29 februari 2027 bestaat niet."),
        ("31/4/2027", MONDAY, "31 april 2027 bestaat niet."),
        ("0/3", MONDAY, "Dag 0 bestaat niet: een dag gaat van 1 tot 31."),
        ("32", MONDAY, "Dag 32 bestaat niet: een dag gaat van 1 tot 31."),
        ("9/13", MONDAY, "Die maand bestaat niet: een maand gaat van 1 tot 12."),
    ],
)
def test_a_day_that_does_not_exist_is_refused_with_its_reason(
    typed: str, today: date, expected: str
) -> None:
    reading = read_date(typed, today)
    assert reading.day is None and reading.problem is not None
    assert spell_date("nl", reading) == expected


def test_29_february_is_read_in_a_leap_year() -> None:
    assert read_date("29/2", date(2027, 12, 1)).day == date(2028, 2, 29)
    assert read_date("29/2/2028", MONDAY).day == date(2028, 2, 29)
    assert read_date("29/2", date(2028, 1, 5)).day == date(2028, 2, 29)


@pytest.mark.parametrize("typed", ["blabla", "9/3/203", "dinsdag 9", "volgende", "9//3", "u30"])
def test_text_that_is_no_date_says_how_to_type_one(typed: str) -> None:
    reading = read_date(typed, MONDAY)
    assert (reading.day, reading.problem) == (None, Problem.NOT_A_DATE)
    assert "9/3" in spell_date("nl", reading) and "morgen" in spell_date("nl", reading)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14u30", time(14, 30)),
        ("14u", time(14, 0)),
        ("14 uur", time(14, 0)),
        ("14:30", time(14, 30)),
        ("14.30", time(14, 30)),
        ("14.30 uur", time(14, 30)),
        ("9u", time(9, 0)),
        ("9h30", time(9, 30)),
        ("9", time(9, 0)),
        ("930", time(9, 30)),
        ("1430", time(14, 30)),
        ("2:30 pm", time(14, 30)),
        ("2pm", time(14, 0)),
        ("12 am", time(0, 0)),
        ("12 p.m.", time(12, 0)),
    ],
)
def test_a_time_is_read_as_a_coach_types_it(typed: str, expected: time) -> None:
    assert read_time(typed).moment == expected


@pytest.mark.parametrize(
    ("typed", "problem", "dutch"),
    [
        ("13u75", Problem.NO_SUCH_MINUTE, "75 minuten kan niet: minuten gaan van 00 tot 59."),
        ("25u", Problem.NO_SUCH_HOUR, "25 uur bestaat niet: een uur gaat van 0 tot 23."),
        ("13 pm", Problem.NOT_A_TIME, "Geen uur dat ik kan lezen. Typ bv. 14u30, 14u of 9:15."),
        ("14u5", Problem.NOT_A_TIME, "Geen uur dat ik kan lezen. Typ bv. 14u30, 14u of 9:15."),
    ],
)
def test_a_time_that_does_not_exist_is_refused_with_its_reason(
    typed: str, problem: Problem, dutch: str
) -> None:
    reading = read_time(typed)
    assert (reading.moment, reading.problem) == (None, problem)
    assert spell_time("nl", reading) == dutch


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31))


@given(day=days, today=days)
def test_every_date_written_in_full_reads_back_as_itself(day: date, today: date) -> None:
    for typed in (
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year % 100:02d}",
        day.isoformat(),
    ):
        reading = read_date(typed, today)
        assert reading.day == day and reading.past == (day < today)


@given(day=days, today=days)
def test_a_day_and_month_is_their_date_from_three_months_back_to_nine_ahead(
    day: date, today: date
) -> None:
    reading = read_date(f"{day.day}/{day.month}", today)
    if reading.day is None:  # only 29 February of a year without one
        assert (day.day, day.month, reading.problem) == (29, 2, Problem.NO_SUCH_DAY)
        return
    assert (reading.day.day, reading.day.month) == (day.day, day.month)
    earliest = today - timedelta(days=RECENT_PAST_DAYS)
    assert earliest <= reading.day < earliest + timedelta(days=366)
    assert reading.past == (reading.day < today)
    assert reading.years_away == reading.day.year - today.year


FIRST_OF_DECEMBER = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "today", "expected", "dutch"),
    [
        # The tour: "3/11" on 1 December was 3 November 2027, said as if nothing was odd.
        (
            "3/11",
            FIRST_OF_DECEMBER,
            date(2026, 11, 3),
            "dinsdag 3 november 2026: die datum is al voorbij.",
        ),
        (
            "31/8",
            FIRST_OF_DECEMBER,
            date(2026, 8, 31),
            "maandag 31 augustus 2026: die datum is al voorbij.",
        ),
        ("30/8", FIRST_OF_DECEMBER, date(2027, 8, 30), "maandag 30 augustus 2027 — volgend jaar"),
        ("9/3", FIRST_OF_DECEMBER, date(2027, 3, 9), "dinsdag 9 maart 2027 — volgend jaar"),
        ("24/12", FIRST_OF_DECEMBER, date(2026, 12, 24), "donderdag 24 december 2026"),
        ("5/1", date(2026, 12, 20), date(2027, 1, 5), "dinsdag 5 januari 2027 — volgend jaar"),
        (
            "20/12",
            date(2027, 1, 5),
            date(2026, 12, 20),
            "zondag 20 december 2026 — vorig jaar: die datum is al voorbij.",
        ),
        ("9-3-2029", FIRST_OF_DECEMBER, date(2029, 3, 9), "vrijdag 9 maart 2029 — over 3 jaar"),
        (
            "9-3-24",
            FIRST_OF_DECEMBER,
            date(2024, 3, 9),
            "zaterdag 9 maart 2024 — 2 jaar geleden: die datum is al voorbij.",
        ),
    ],
)
def test_a_day_and_month_just_past_is_that_date_and_another_year_is_said(
    typed: str, today: date, expected: date, dutch: str
) -> None:
    """Issue 14, the tour: a day and month just past is most likely that date (noted late, or
    a typo the warning shows), next year only when it is far past; a year that is not this
    one is said in words beside the date."""
    reading = read_date(typed, today)
    assert reading.day == expected
    assert spell_date("nl", reading) == dutch


def test_another_year_is_said_in_every_language() -> None:
    next_year = read_date("9/3", FIRST_OF_DECEMBER)
    assert spell_date("fr", next_year) == "mardi 9 mars 2027 — l'an prochain"
    last_year = read_date("3/11", date(2027, 1, 10))
    assert last_year.day == date(2026, 11, 3) and last_year.past
    assert (
        spell_date("en", last_year) == "Tuesday 3 November 2026 — last year: that date has passed."
    )
    assert (
        spell_date("fr", last_year)
        == "mardi 3 novembre 2026 — l'an dernier : cette date est passée."
    )
    ahead = read_date("3/11/2028", date(2026, 1, 10))
    assert spell_date("en", ahead) == "Friday 3 November 2028 — in 2 years"
    assert spell_date("fr", ahead) == "vendredi 3 novembre 2028 — dans 2 ans"
    assert spell_date("nl", read_date("3-11-2027", date(2026, 1, 10))).endswith("— volgend jaar")
    assert spell_date("fr", read_date("3-11-2027", date(2026, 1, 10))).endswith("— l'an prochain")


@given(today=days, weekday=st.integers(0, 6))
def test_a_weekday_is_the_first_such_day_after_today(today: date, weekday: int) -> None:
    name = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    reading = read_date(name[weekday], today)
    assert reading.day is not None and reading.day.weekday() == weekday
    assert 1 <= (reading.day - today).days <= 7


@given(hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_every_time_reads_back_as_itself(hour: int, minute: int) -> None:
    for typed in (f"{hour}u{minute:02d}", f"{hour:02d}:{minute:02d}", f"{hour}.{minute:02d}"):
        assert read_time(typed).moment == time(hour, minute)


@given(typed=st.text(max_size=30), today=days)
def test_any_text_gives_a_value_a_reason_or_nothing(typed: str, today: date) -> None:
    date_reading = read_date(typed, today)
    time_reading = read_time(typed)
    assert (date_reading.day is None) == (date_reading.problem is not None) or not typed.strip()
    assert (time_reading.moment is None) == (time_reading.problem is not None) or not typed.strip()
    for lang in ("nl", "en", "fr"):
        assert spell_date(lang, date_reading) or not typed.strip()
        assert spell_time(lang, time_reading) or not typed.strip()
