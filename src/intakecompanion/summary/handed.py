"""The client sheets handed over: kept in the vault as the exact content that was printed or
saved as PDF, so "print again" gives that very sheet, while a fresh print states the present.

The content is the `Summary` as JSON (every text already written out in its language); it is
stored inside the encrypted vault like every other record.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import HandedSheet, SheetMedium
from intakecompanion.summary.content import (
    AppointmentLine,
    ConsentLine,
    ConsentState,
    ContactBlock,
    StepLine,
    Summary,
)

FORMAT = 1


def summary_to_json(summary: Summary) -> str:
    return json.dumps(
        {"format": FORMAT, "summary": dataclasses.asdict(summary)},
        ensure_ascii=False,
        sort_keys=True,
    )


class SheetUnreadable(ValueError):
    """The kept content is not a sheet this version can read."""


class NoteNoLongerShared(Exception):
    """The kept sheet holds a note that is no longer shared with the client (made internal,
    changed or deleted since): it is not printed again, a new sheet is."""


def summary_from_json(content: str) -> Summary:
    """The kept Summary; `SheetUnreadable` when `content` is not a sheet this version reads."""
    try:
        data = json.loads(content)
    except ValueError:
        raise SheetUnreadable("not JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SheetUnreadable("unknown sheet format")
    try:
        return _build(Summary, data["summary"])
    except (KeyError, TypeError, ValueError) as error:
        raise SheetUnreadable(f"damaged sheet content: {error!r}") from None


def record_handed_sheet(
    casebook: Casebook,
    conversation_id: int,
    summary: Summary,
    medium: SheetMedium,
    destination: str = "",
    *,
    remember_language: bool = False,
) -> HandedSheet:
    """Keep `summary` as handed over now for `conversation_id` (call it once printed/saved);
    `destination` is the printer's or the PDF file's name, for the log of what left the vault.
    `remember_language`: a new sheet in a language chosen for it, which becomes the client's."""
    return casebook.record_handed_sheet(
        conversation_id,
        summary.lang,
        medium,
        summary_to_json(summary),
        destination,
        remember_language=remember_language,
    )


def handed_summary(casebook: Casebook, sheet_id: int) -> Summary:
    """The summary exactly as sheet `sheet_id` was handed over, to print it again.

    Raises `SheetUnreadable` for content this version cannot read, and `NoteNoLongerShared`
    when one of its notes is no longer shared as it was: an internal note never reaches a new
    print (the kept sheet stays the record of what was handed over)."""
    sheet = casebook.handed_sheet(sheet_id)
    summary = summary_from_json(sheet.content)
    shared_now = {note.text for note in casebook.notes(sheet.conversation_id) if note.shared}
    if any(text not in shared_now for text in summary.notes):
        raise NoteNoLongerShared(sheet_id)
    return summary


_NESTED: dict[str, Any] = {
    "contact": ContactBlock,
    "consents": ConsentLine,
    "steps": StepLine,
    "steps_succeeded": StepLine,
    "steps_stopped": StepLine,
    "appointment": AppointmentLine,
}


def _build(cls: Any, values: dict[str, Any]) -> Any:
    """A dataclass from `asdict` output: nested lines rebuilt, lists back to tuples."""
    fields = {}
    for field in dataclasses.fields(cls):
        if field.name not in values and field.default is not dataclasses.MISSING:
            continue  # a field added since this sheet was kept: its default
        value = values[field.name]
        nested = _NESTED.get(field.name) if cls is Summary else None
        if isinstance(value, list):
            value = tuple(_build(nested, v) if nested else v for v in value)
        elif isinstance(value, dict) and nested:
            value = _build(nested, value)
        fields[field.name] = value
    if cls is ConsentLine:
        fields["state"] = ConsentState(fields["state"])
    return cls(**fields)
