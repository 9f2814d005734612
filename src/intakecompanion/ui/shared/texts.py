"""Text helpers: Qt-style positional placeholders (%1, %2, ...), and dates in the UI language:
the one place that writes a date or a time for the screen, in labels and in the fields a coach
types them in alike (a field showed "8-12-2026" beside a label's "08-12-2026")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

if TYPE_CHECKING:
    from datetime import date, datetime, time

_PLACEHOLDER = re.compile(r"%(\d+)")

# The languages of a client's papers, each named in itself (the client reads the list too, in
# a Brussels office that works in both): not translated.
PAPER_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("nl", "Nederlands"),
    ("en", "English"),
    ("fr", "Français"),
)
_SHORT = QLocale.FormatType.ShortFormat


def fill(template: str, *values: object) -> str:
    """Put `values` into a translated text's positional placeholders %1, %2, ... (Qt style); a
    value that itself holds "%2" stays as is."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(replace, template)


def format_date(day: date, long: bool = False) -> str:
    """A date the way the interface language writes it (23-11-2026, maandag 23 november 2026)."""
    kind = QLocale.FormatType.LongFormat if long else _SHORT
    return QLocale().toString(QDate(day.year, day.month, day.day), kind)


def format_time(moment: time) -> str:
    """A time of day the way the interface language writes it (09:05)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), _SHORT)


def format_datetime(value: datetime) -> str:
    """A moment as the interface language writes it (short form), in the coach's local time."""
    local = value.astimezone()
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(moment, _SHORT)
