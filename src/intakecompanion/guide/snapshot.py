"""A guide as one deterministic JSON text, stored with a conversation so history stays true.

The snapshot holds the same structure as a guide file (all languages), and is read back through
the same checks, so an old conversation shows its items exactly as they were asked.
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

from intakecompanion.guide.build import GuideBuilder
from intakecompanion.guide.model import Guide
from intakecompanion.guide.problems import GuideError, GuideProblem

SNAPSHOT_FORMAT = 1


def guide_to_data(guide: Guide) -> dict[str, Any]:
    """The guide in the shape of a guide file (what TOML would parse to)."""
    data: dict[str, Any] = {
        "id": guide.id,
        "version": guide.version,
        "kind": guide.kind,
        "languages": list(guide.languages),
    }
    for lang, text in guide.texts.entries:
        data[lang] = _without_none(
            title=text.title,
            description=text.description,
            secrecy_statement=text.secrecy_statement,
            withdraw_consent=text.withdraw_consent,
            help_line=text.help_line,
        )
    data["phases"] = []
    for phase in guide.phases:
        phase_data: dict[str, Any] = {"id": phase.id}
        for lang, phase_text in phase.texts.entries:
            phase_data[lang] = {"title": phase_text.title, "purpose": phase_text.purpose}
        phase_data["items"] = []
        for item in phase.items:
            item_data: dict[str, Any] = {"id": item.id}
            if item.feeds is not None:
                item_data["feeds"] = item.feeds
            if item.sources:
                item_data["sources"] = list(item.sources)
            for lang, item_text in item.texts.entries:
                item_data[lang] = _without_none(
                    text=item_text.text, why=item_text.why, say=item_text.say
                )
            phase_data["items"].append(item_data)
        data["phases"].append(phase_data)
    if guide.retention is not None:
        rule = guide.retention
        keep = "permanent" if rule.keep_years is None else rule.keep_years
        data["retention"] = {"keep": keep, "may_erase": rule.may_erase}
    return data


def guide_to_snapshot(guide: Guide) -> str:
    """JSON with sorted keys and no extra spaces: the same guide always gives the same text."""
    document = {"format": SNAPSHOT_FORMAT, "guide": guide_to_data(guide)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def guide_fingerprint(guide: Guide) -> str:
    """A hash of the snapshot: tells two guides apart that share an id and version but not
    their content (an organisation that edited its guide and forgot to raise the version)."""
    return hashlib.sha256(guide_to_snapshot(guide).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=8)
def guide_from_snapshot(text: str) -> Guide:
    """The guide stored by `guide_to_snapshot`; raises GuideError if the text is damaged.

    Read once per text (a Guide is immutable): opening a conversation reads its guide, and a
    follow-up its intake's too, each time the coach opens one (issue 18)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _unreadable(error.msg) from error
    if not isinstance(document, dict) or not isinstance(document.get("guide"), dict):
        raise _unreadable("no guide in it")
    if document.get("format") != SNAPSHOT_FORMAT:
        raise _unreadable(f"unknown format {document.get('format')!r}")
    builder = GuideBuilder()
    guide = builder.build(document["guide"])
    if guide is None:
        raise GuideError(builder.problems)
    return guide


def _unreadable(detail: str) -> GuideError:
    return GuideError([GuideProblem("snapshot_unreadable", params=(("detail", detail),))])


def _without_none(**values: str | None) -> dict[str, str]:
    return {key: value for key, value in values.items() if value is not None}
