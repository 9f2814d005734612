"""Read a date or a time as a Flemish coach types it ("9/3", "9-3-26", "morgen", "volgende
dinsdag", "14u30"; English and French words too), into a value or the reason it is not one.

The date fields are mostly for something ahead (an appointment, a step's due date, the end of a
consent), but a coach also notes what happened a little while ago (a step done late, a date
typed a day wrong). So what leaves the year or the week open is read like this:
- a bare day and month ("9/3") is the one date with that day and month from RECENT_PAST_DAYS
  (about three months) ago to about nine months ahead: "3/11" typed on 1 December is the
  3 November just gone (the field says that it has passed), not one eleven months ahead;
  "9/3" typed on 1 December is next March. Next year is meant only for a day and month far in
  the past this year, which a coach noting something recent does not type. 29/2 is "no such
  day" when that year has none, never a jump of years;
- a bare day ("15") is the next 15th from today on;
- a weekday ("dinsdag", "volgende dinsdag") is the first one after today (today itself is
  "vandaag"); "dinsdag volgende week" is the Tuesday of the next Monday-to-Sunday week;
- "gisteren", "vandaag", "morgen" and their neighbours (and "yesterday", "hier", …) are the
  day that many days from today;
- a two-digit year is in this century ("26" is 2026).
A date before today is still read (a step can be recorded late) but carries `past`: the field
says so beside the date instead of accepting it without a word. A date in another year than
today's carries `years_away` and says that too ("volgend jaar", "vorig jaar"): a year easily
misread in "3-11-2027" is spelled out in words. The spelled-out date beside the field
(`texts.long_date`) is what makes any reading visible before it is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import Enum

from intakecompanion.summary.texts import check_language, clock_time, long_date, month_name


class Problem(Enum):
    NOT_A_DATE = "not_a_date"
    NOT_A_TIME = "not_a_time"
    NO_SUCH_MONTH = "no_such_month"
    NO_SUCH_DAY = "no_such_day"
    NO_SUCH_HOUR = "no_such_hour"
    NO_SUCH_MINUTE = "no_such_minute"


@dataclass(frozen=True)
class DateReading:
    """What was typed, read: `day` (None for an empty field or a problem) or `problem`."""

    day: date | None = None
    problem: Problem | None = None
    # For NO_SUCH_DAY: the day, month and year that do not exist together.
    asked: tuple[int, int, int] | None = None
    past: bool = False
    years_away: int = 0  # the day's year less today's: 1 is next year, -1 last year


@dataclass(frozen=True)
class TimeReading:
    moment: time | None = None
    problem: Problem | None = None
    asked: tuple[int, int] | None = None  # for NO_SUCH_HOUR / NO_SUCH_MINUTE: (hour, minute)


_WEEKDAYS = {
    name: index
    for index, names in enumerate(
        (
            ("maandag", "ma", "monday", "mon", "lundi"),
            ("dinsdag", "di", "tuesday", "tue", "tues", "mardi"),
            ("woensdag", "wo", "wednesday", "wed", "mercredi"),
            ("donderdag", "do", "thursday", "thu", "thur", "thurs", "jeudi"),
            ("vrijdag", "vr", "friday", "fri", "vendredi"),
            ("zaterdag", "za", "saturday", "sat", "samedi"),
            ("zondag", "zo", "sunday", "sun", "dimanche"),
        )
    )
    for name in names
}
_MONTHS = {
    name: index + 1
    for index, names in enumerate(
        (
            ("januari", "jan", "january", "janvier"),
            ("februari", "feb", "febr", "february", "février", "fevrier"),
            ("maart", "mrt", "maa", "march", "mar", "mars"),
            ("april", "apr", "avril"),
            ("mei", "may", "mai"),
            ("juni", "jun", "june", "juin"),
            ("juli", "jul", "july", "juillet"),
            ("augustus", "aug", "august", "août", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("oktober", "okt", "october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "decembre"),
        )
    )
    for name in names
}
_RELATIVE_DAYS = {  # the same days in each language; before today carries `past`
    "eergisteren": -2,
    "gisteren": -1,
    "vandaag": 0,
    "morgen": 1,
    "overmorgen": 2,
    "day before yesterday": -2,
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "avant-hier": -2,
    "avant hier": -2,
    "hier": -1,
    "aujourd'hui": 0,
    "demain": 1,
    "après-demain": 2,
    "après demain": 2,
    "apres-demain": 2,
    "apres demain": 2,
}
_NEXT = ("volgende", "next", "komende", "coming", "this")
_NEXT_AFTER = ("prochain",)  # "mardi prochain"
_NEXT_WEEK = ("volgende week", "next week")
_UNITS = {
    **dict.fromkeys(("dag", "dagen", "day", "days", "jour", "jours"), 1),
    **dict.fromkeys(("week", "weken", "weeks", "semaine", "semaines"), 7),
}

# How far back a day and month typed without a year may be read (see the module's rules).
RECENT_PAST_DAYS = 92

_NUMERIC_DATE = re.compile(r"(\d{1,2})(?:[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORD_DATE = re.compile(r"(\d{1,2})(?:e|ste|de|st|nd|rd|th|er)?\s+(\w+)\.?(?:\s+(\d{4}))?")
_MONTH_FIRST = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?")
_IN_SOME = re.compile(r"(?:over|in|dans)\s+(\d{1,2})\s+([a-z]+)")
_CLOCK = re.compile(r"(\d{1,2})\s*(?:[:.hu]\s*(\d{2})?)?\s*(?:uur)?")
_COMPACT_CLOCK = re.compile(r"(\d{1,2})(\d{2})")
_TWELVE_HOUR = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?")


def _normal(typed: str) -> str:
    return " ".join(typed.strip().lower().replace(",", " ").replace("\u2019", "'").split())


def read_date(typed: str, today: date) -> DateReading:
    """`typed` as a date from `today` on (see the module's rules); empty text is no date."""
    text = _normal(typed)
    if not text:
        return DateReading()
    reading = _read_date(text, today)
    if reading.day is None:
        return reading
    return DateReading(
        day=reading.day, past=reading.day < today, years_away=reading.day.year - today.year
    )


def _read_date(text: str, today: date) -> DateReading:
    if text in _RELATIVE_DAYS:
        return DateReading(day=today + timedelta(days=_RELATIVE_DAYS[text]))
    if match := _IN_SOME.fullmatch(text):
        unit = _UNITS.get(match.group(2))
        if unit is not None:
            return DateReading(day=today + timedelta(days=int(match.group(1)) * unit))
    weekday = _weekday(text, today)
    if weekday is not None:
        return DateReading(day=weekday)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _exact(day, month, year)
    if match := _NUMERIC_DATE.fullmatch(text):
        day_text, month_text, year_text = match.groups()
        if month_text is None:
            return _next_day_of_month(int(day_text), today)
        return _day_month(int(day_text), int(month_text), year_text, today)
    if match := _WORD_DATE.fullmatch(text):
        named = _MONTHS.get(match.group(2))
        if named is not None:
            return _day_month(int(match.group(1)), named, match.group(3), today)
    if match := _MONTH_FIRST.fullmatch(text):
        named = _MONTHS.get(match.group(1))
        if named is not None:
            return _day_month(int(match.group(2)), named, match.group(3), today)
    return DateReading(problem=Problem.NOT_A_DATE)


def _weekday(text: str, today: date) -> date | None:
    for phrase in _NEXT_WEEK:  # "dinsdag volgende week", "volgende week dinsdag"
        for rest in (text.removesuffix(" " + phrase), text.removeprefix(phrase + " ")):
            if rest != text and rest in _WEEKDAYS:
                next_monday = today + timedelta(days=7 - today.weekday())
                return next_monday + timedelta(days=_WEEKDAYS[rest])
    words = text.split(" ")
    if len(words) == 2 and words[0] in _NEXT:
        words = words[1:]
    elif len(words) == 2 and words[1] in _NEXT_AFTER:
        words = words[:1]
    if len(words) != 1 or words[0] not in _WEEKDAYS:
        return None
    ahead = (_WEEKDAYS[words[0]] - today.weekday() - 1) % 7 + 1
    return today + timedelta(days=ahead)


def _exact(day: int, month: int, year: int) -> DateReading:
    if not 1 <= month <= 12:
        return DateReading(problem=Problem.NO_SUCH_MONTH)
    try:
        return DateReading(day=date(year, month, day))
    except ValueError:
        return DateReading(problem=Problem.NO_SUCH_DAY, asked=(day, month, year))


def _day_month(day: int, month: int, year_text: str | None, today: date) -> DateReading:
    if year_text is not None:
        year = int(year_text)
        return _exact(day, month, year + 2000 if len(year_text) == 2 else year)
    if not 1 <= month <= 12:
        return DateReading(problem=Problem.NO_SUCH_MONTH)
    return _exact(day, month, _year_of(day, month, today))


def _year_of(day: int, month: int, today: date) -> int:
    """The year of a day and month typed without one: the first from last year on whose date
    is at most RECENT_PAST_DAYS before today (a day that year lacks, 29/2 or 31/4, counts as
    the 28th of its month, so that it is refused in the year it would have had)."""
    earliest = today - timedelta(days=RECENT_PAST_DAYS)
    for year in (today.year - 1, today.year):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = date(year, month, min(max(day, 1), 28))
        if candidate >= earliest:
            return year
    return today.year + 1


def _next_day_of_month(day: int, today: date) -> DateReading:
    if not 1 <= day <= 31:
        return DateReading(problem=Problem.NO_SUCH_DAY, asked=(day, today.month, today.year))
    year, month = today.year, today.month
    while True:  # a 31st comes within three months; the loop ends there at the latest
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            return DateReading(day=candidate)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def read_time(typed: str) -> TimeReading:
    """`typed` as a time of day: "14u30", "14u", "14:30", "14.30", "9u", "1430", "2:30 pm"."""
    text = _normal(typed)
    if not text:
        return TimeReading()
    if match := _TWELVE_HOUR.fullmatch(text):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if not 1 <= hour <= 12:
            return TimeReading(problem=Problem.NOT_A_TIME)
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
        return _clock(hour, minute)
    match = _CLOCK.fullmatch(text) or _COMPACT_CLOCK.fullmatch(text)
    if match is None:
        return TimeReading(problem=Problem.NOT_A_TIME)
    return _clock(int(match.group(1)), int(match.group(2) or 0))


def _clock(hour: int, minute: int) -> TimeReading:
    if not 0 <= hour <= 23:
        return TimeReading(problem=Problem.NO_SUCH_HOUR, asked=(hour, minute))
    if not 0 <= minute <= 59:
        return TimeReading(problem=Problem.NO_SUCH_MINUTE, asked=(hour, minute))
    return TimeReading(moment=time(hour, minute))


# What the field says beside the typed text, in the interface's language (like summary/texts).
TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "not_a_date": "Geen datum die ik kan lezen. Typ bv. 9/3, 9-3-27, morgen of dinsdag.",
        "not_a_time": "Geen uur dat ik kan lezen. Typ bv. 14u30, 14u of 9:15.",
        "no_such_month": "Die maand bestaat niet: een maand gaat van 1 tot 12.",
        "no_such_day": "{day} {month} {year} bestaat niet.",
        "no_such_day_of_month": "Dag {day} bestaat niet: een dag gaat van 1 tot 31.",
        "no_such_hour": "{hour} uur bestaat niet: een uur gaat van 0 tot 23.",
        "no_such_minute": "{minute} minuten kan niet: minuten gaan van 00 tot 59.",
        "past": "{date}: die datum is al voorbij.",
        "next_year": "{date} — volgend jaar",
        "last_year": "{date} — vorig jaar",
        "years_ahead": "{date} — over {years} jaar",
        "years_ago": "{date} — {years} jaar geleden",
    },
    "fr": {
        "not_a_date": "Ce n'est pas une date que je peux lire. Tapez par ex. 9/3, demain ou mardi.",
        "not_a_time": "Ce n'est pas une heure que je peux lire. Tapez par ex. 14h30, 14h ou 9:15.",
        "no_such_month": "Ce mois n'existe pas : les mois vont de 1 à 12.",
        "no_such_day": "Le {day} {month} {year} n'existe pas.",
        "no_such_day_of_month": "Le jour {day} n'existe pas : les jours vont de 1 à 31.",
        "no_such_hour": "{hour} h n'existe pas : les heures vont de 0 à 23.",
        "no_such_minute": "{minute} minutes, ce n'est pas possible : les minutes vont de 00 à 59.",
        "past": "{date} : cette date est passée.",
        "next_year": "{date} — l'an prochain",
        "last_year": "{date} — l'an dernier",
        "years_ahead": "{date} — dans {years} ans",
        "years_ago": "{date} — il y a {years} ans",
    },
    "en": {
        "not_a_date": "Not a date I can read. Type e.g. 9/3, 9-3-27, tomorrow or Tuesday.",
        "not_a_time": "Not a time I can read. Type e.g. 14:30, 2:30 pm or 9:15.",
        "no_such_month": "There is no such month: months go from 1 to 12.",
        "no_such_day": "There is no {day} {month} {year}.",
        "no_such_day_of_month": "There is no day {day}: days go from 1 to 31.",
        "no_such_hour": "There is no hour {hour}: hours go from 0 to 23.",
        "no_such_minute": "There is no minute {minute}: minutes go from 00 to 59.",
        "past": "{date}: that date has passed.",
        "next_year": "{date} — next year",
        "last_year": "{date} — last year",
        "years_ahead": "{date} — in {years} years",
        "years_ago": "{date} — {years} years ago",
    },
}


def spell_date(lang: str, reading: DateReading) -> str:
    """The reading in words: the date ("dinsdag 9 maart 2027"), a past date with that said,
    the reason it is no date, or nothing for an empty field."""
    words = TEXTS[check_language(lang)]
    if reading.day is not None:
        spelled = _with_year(words, long_date(lang, reading.day), reading.years_away)
        return words["past"].format(date=spelled) if reading.past else spelled
    if reading.problem is Problem.NO_SUCH_DAY and reading.asked is not None:
        day, month, year = reading.asked
        if not 1 <= day <= 31:
            return words["no_such_day_of_month"].format(day=day)
        return words["no_such_day"].format(day=day, month=month_name(lang, month), year=year)
    return words[reading.problem.value] if reading.problem is not None else ""


def _with_year(words: dict[str, str], spelled: str, years_away: int) -> str:
    """The date in words, and in words too when its year is not this one ("volgend jaar")."""
    if years_away == 0:
        return spelled
    key = {1: "next_year", -1: "last_year"}.get(years_away)
    key = key or ("years_ahead" if years_away > 0 else "years_ago")
    return words[key].format(date=spelled, years=abs(years_away))


def spell_time(lang: str, reading: TimeReading) -> str:
    """The reading in words ("14.30 uur" / "14:30"), the reason it is no time, or nothing."""
    words = TEXTS[check_language(lang)]
    if reading.moment is not None:
        return clock_time(lang, reading.moment)
    if reading.problem is None:
        return ""
    hour, minute = reading.asked or (0, 0)
    return words[reading.problem.value].format(hour=hour, minute=minute)
