"""The conversation guide as immutable data: a guide has phases, a phase has checklist items.

Every text exists once per language; ids are shared by all languages, so an answer stored
against an item id means the same thing whichever language the coach worked in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

# What an item can feed on the client summary (see summary/).
FEEDS: tuple[str, ...] = (
    "secrecy_statement",
    "availability",
    "steps",
    "consents",
    "next_appointment",
)
# The kinds of conversation a guide is made for; these match the vault's conversations.kind.
KINDS: tuple[str, ...] = ("intake", "follow_up")

T = TypeVar("T")

# French puts a space before ? ! : ; and the sign belongs to the word before it: a no-break
# space keeps it there when the line wraps (the tour: "collaboration" with the "?" alone on the
# next line). A guide file may be typed with ordinary spaces, so its French texts are given out
# with no-break spaces whatever the file holds.
_LOOSE_SIGN = re.compile(r" +(?=[?!:;])")


def typeset(text: str, lang: str) -> str:
    """`text` as written in `lang`: in French, the space before ? ! : ; does not break."""
    return _LOOSE_SIGN.sub("\u00a0", text) if lang == "fr" else text


def _typeset(text: str | None, lang: str) -> str | None:
    return None if text is None else typeset(text, lang)


@dataclass(frozen=True)
class Localized(Generic[T]):
    """One value per language, in the guide's language order (the first is the main one)."""

    entries: tuple[tuple[str, T], ...]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.entries)

    def get(self, lang: str) -> T:
        """The value in `lang`, or in the guide's main language if the guide lacks `lang`.

        The validator makes sure every declared language is complete, so the fallback only
        applies to languages the guide was never written in.
        """
        for code, value in self.entries:
            if code == lang:
                return value
        return self.entries[0][1]


@dataclass(frozen=True)
class ItemText:
    text: str  # the short checklist line, read at a glance
    why: str  # one or two sentences: why this builds trust
    say: str | None = None  # an example sentence the coach can say


@dataclass(frozen=True)
class Item:
    id: str
    texts: Localized[ItemText]
    feeds: str | None = None  # one of FEEDS, or None
    sources: tuple[str, ...] = ()  # e.g. ("Howe 1987", "Kristiansen 1999")

    def text(self, lang: str) -> str:
        return typeset(self.texts.get(lang).text, lang)

    def why(self, lang: str) -> str:
        return typeset(self.texts.get(lang).why, lang)

    def say(self, lang: str) -> str | None:
        return _typeset(self.texts.get(lang).say, lang)


@dataclass(frozen=True)
class PhaseText:
    title: str
    purpose: str


@dataclass(frozen=True)
class Phase:
    id: str
    texts: Localized[PhaseText]
    items: tuple[Item, ...]

    def title(self, lang: str) -> str:
        return typeset(self.texts.get(lang).title, lang)

    def purpose(self, lang: str) -> str:
        return typeset(self.texts.get(lang).purpose, lang)


@dataclass(frozen=True)
class GuideText:
    title: str
    secrecy_statement: str  # plain language, printed on the client summary
    withdraw_consent: str  # how the client takes back a consent, printed on the summary
    description: str | None = None
    help_line: str | None = None  # the organisation's help line, printed on every summary


@dataclass(frozen=True)
class Retention:
    """The organisation's rule for keeping a client's file (a guide's optional [retention]):
    `keep_years` after the client's last conversation, or None for permanently; `may_erase`
    whether this program may erase a file at all (some services must keep every file for the
    public archive)."""

    keep_years: int | None
    may_erase: bool = True


def organisation_retention(guides: Iterable[Guide]) -> Retention | None:
    """The rule the organisation's guides state together: the longest keeping wins (permanent
    above all), and erasing is allowed only if every guide that says something allows it."""
    rules = [g.retention for g in guides if g.retention is not None]
    if not rules:
        return None
    years = [r.keep_years for r in rules]
    return Retention(
        None if None in years else max(y for y in years if y is not None),
        all(r.may_erase for r in rules),
    )


@dataclass(frozen=True)
class Guide:
    id: str
    version: str
    kind: str  # one of KINDS
    languages: tuple[str, ...]
    texts: Localized[GuideText]
    phases: tuple[Phase, ...]
    retention: Retention | None = None  # the organisation's rule, if this guide states one
    # Where it was read from; not part of the guide's identity (a snapshot has no file).
    source: Path | None = field(default=None, compare=False)
    builtin: bool = field(default=False, compare=False)

    def language_for(self, lang: str) -> str:
        """The language this guide will actually show for a wish of `lang`."""
        return lang if lang in self.languages else self.languages[0]

    def title(self, lang: str) -> str:
        return typeset(self.texts.get(lang).title, lang)

    def description(self, lang: str) -> str | None:
        return _typeset(self.texts.get(lang).description, lang)

    def secrecy_statement(self, lang: str) -> str:
        return typeset(self.texts.get(lang).secrecy_statement, lang)

    def withdraw_consent(self, lang: str) -> str:
        return typeset(self.texts.get(lang).withdraw_consent, lang)

    def help_line(self, lang: str) -> str | None:
        return _typeset(self.texts.get(lang).help_line, lang)

    def items(self) -> Iterator[Item]:
        for phase in self.phases:
            yield from phase.items

    def item(self, item_id: str) -> Item:
        for candidate in self.items():
            if candidate.id == item_id:
                return candidate
        raise KeyError(item_id)

    def phase_of(self, item_id: str) -> Phase:
        for phase in self.phases:
            if any(item.id == item_id for item in phase.items):
                return phase
        raise KeyError(item_id)

    def items_feeding(self, feed: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items() if item.feeds == feed)

    @property
    def item_count(self) -> int:
        return sum(len(phase.items) for phase in self.phases)
