"""The client sheets handed over: kept in the vault as the exact content that was printed or
saved as PDF, so "print again" gives that very sheet, while a fresh print states the present.

The content is the `Summary` as JSON (every text already written out in its language); it is
stored inside the encrypted vault like every other record.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Appointment, AppointmentStatus, HandedSheet, SheetMedium
from intakecompanion.summary.content import (
    AppointmentLine,
    ConsentLine,
    ConsentState,
    ContactBlock,
    NotHeldLine,
    StepLine,
    Summary,
    appointment_line,
    consent_end,
    consent_until,
    contact_block,
    took_place,
    was_moved,
)
from intakecompanion.summary.kept_steps import steps_still_hold

FORMAT = 1


def summary_to_json(summary: Summary) -> str:
    return json.dumps(
        {"format": FORMAT, "summary": dataclasses.asdict(summary)},
        ensure_ascii=False,
        sort_keys=True,
    )


class SheetUnreadable(ValueError):
    """The kept content is not a sheet this version can read."""


class Outdated(Enum):
    """What makes a kept sheet no longer true of the records."""

    NOTE = "note"  # a note on it is no longer shared (made internal, changed or deleted)
    APPOINTMENT = "appointment"  # its appointment was moved, cancelled, removed or changed
    CONSENT = "consent"  # a consent it says is in force was withdrawn (or changed) since
    # It says something is not shared (refused, taken back, ended, or no consent in force at
    # all); a consent to share it was given since and is in force.
    CONSENT_GIVEN = "consent_given"
    APPOINTMENT_MADE = "appointment_made"  # it says no appointment is set; one was made since
    CONTACT = "contact"  # the coach's contact details on it changed since
    # What it says of the small steps no longer holds: one done, dropped, opened again,
    # removed, for someone else or another date since, or one agreed where it said none is open.
    STEPS = "steps"
    # It says "we met" and the conversation's own appointment was recorded as not taking place
    # since (moved, missed, cancelled), or the other way round; or it says that appointment
    # was moved, and it is no longer.
    MET = "met"
    # An appointment since the previous conversation it says did not take place (or was
    # moved), recorded so outside a conversation, has another outcome now (taken back).
    NOT_HELD = "not_held"
    # The appointment it names as "our next appointment" has begun since: printed again, it
    # would name a moment past as one to come (a new sheet names the next one, or none).
    APPOINTMENT_PASSED = "appointment_passed"


class SheetNoLongerTrue(Exception):
    """The kept sheet says something the records no longer say: it is not printed again, a
    new sheet is (the kept one stays the record of what was handed over)."""

    reason: Outdated

    def __init__(self, sheet_id: int, reason: Outdated | None = None) -> None:
        super().__init__(sheet_id)
        self.sheet_id = sheet_id
        if reason is not None:
            self.reason = reason


class NoteNoLongerShared(SheetNoLongerTrue):
    """The kept sheet holds a note that is no longer shared with the client (made internal,
    changed or deleted since): it is not printed again, a new sheet is."""

    reason = Outdated.NOTE


class AppointmentChanged(SheetNoLongerTrue):
    """The kept sheet names an appointment that was moved, cancelled, removed or changed
    since: printed again, it would send the client to a moment or place that no longer
    holds."""

    reason = Outdated.APPOINTMENT


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

    Raises `SheetUnreadable` for content this version cannot read, `NoteNoLongerShared` when
    one of its notes is no longer shared as it was (an internal note never reaches a new
    print), `AppointmentChanged` when its appointment no longer stands as it says, and
    `SheetNoLongerTrue` (with its `reason`) for anything else it says that no longer holds: the
    kept sheet stays the record of what was handed over, but a print states only what holds."""
    sheet = casebook.handed_sheet(sheet_id)
    summary = summary_from_json(sheet.content)
    reason = _outdated(casebook, sheet, summary, to_print=True)
    if reason is Outdated.NOTE:
        raise NoteNoLongerShared(sheet_id)
    if reason is Outdated.APPOINTMENT:
        raise AppointmentChanged(sheet_id)
    if reason is not None:
        raise SheetNoLongerTrue(sheet_id, reason)
    return summary


def outdated(casebook: Casebook, sheet: HandedSheet, *, to_print: bool = False) -> Outdated | None:
    """Why the kept `sheet` is no longer true of the records (what the client holds is out of
    date, a new sheet is due), or None. A sheet this version cannot read is not judged here
    (printing it again says so).

    `to_print`: whether it can be printed again as it is. Its next appointment having begun
    makes it unfit to print (a moment past named as one to come), but is no reason to give the
    client a new sheet: what they hold was true when handed over and names a day that came.
    Told as a warning, every sheet would be 'out of date' after each appointment."""
    try:
        summary = summary_from_json(sheet.content)
    except SheetUnreadable:
        return None
    return _outdated(casebook, sheet, summary, to_print=to_print)


def _outdated(
    casebook: Casebook, sheet: HandedSheet, summary: Summary, *, to_print: bool
) -> Outdated | None:
    shared_now = {note.text for note in casebook.notes(sheet.conversation_id) if note.shared}
    if any(text not in shared_now for text in summary.notes):
        return Outdated.NOTE
    if not _consents_still_given(casebook, sheet, summary):
        return Outdated.CONSENT
    if _consent_given_since(casebook, sheet, summary):
        return Outdated.CONSENT_GIVEN
    this = casebook.this_appointment(sheet.conversation_id)
    if summary.met is not took_place(this) or (summary.moved and not was_moved(this)):
        return Outdated.MET  # "moved" no longer holds; "did not take place" holds if moved
    if not _not_held_still(casebook, sheet, summary):
        return Outdated.NOT_HELD
    kept = summary.appointment
    standing = _standing(casebook, sheet, kept, summary.lang) if kept is not None else None
    if kept is not None and standing is None:
        return Outdated.APPOINTMENT
    if kept is None and _appointment_made_since(casebook, sheet, this):
        return Outdated.APPOINTMENT_MADE
    if not steps_still_hold(casebook, sheet.client_id, summary):
        return Outdated.STEPS
    if summary.contact != contact_block(casebook.profile()):
        return Outdated.CONTACT
    if to_print and standing is not None and standing.starts_at < casebook.now():
        return Outdated.APPOINTMENT_PASSED
    return None


def _consents_still_given(casebook: Casebook, sheet: HandedSheet, summary: Summary) -> bool:
    """Whether each consent the sheet says is in force still is: one of the client's consents,
    given and not withdrawn, to the same recipient for the same information and purpose, with
    the same stored end date (a sheet kept before it was stored: the same end date in the
    sheet's words). An end date passed since is said on the sheet's own line."""
    in_force = [c for c in casebook.client_consents(sheet.client_id) if c.in_force]
    stored = {(c.recipient, c.information, c.purpose, consent_end(c)) for c in in_force}
    worded = {
        (c.recipient, c.information, c.purpose, consent_until(c, summary.lang)) for c in in_force
    }
    return all(
        (line.recipient, line.information, line.purpose, line.valid_until) in stored
        if line.valid_until
        else (line.recipient, line.information, line.purpose, line.until) in worded
        for line in summary.consents
        if line.given
    )


def _consent_given_since(casebook: Casebook, sheet: HandedSheet, summary: Summary) -> bool:
    """Whether a consent in force now allows what the sheet says is not shared: the sharing
    (to whom, which information) of a line refused, taken back or ended, or anything at all
    when it says no consent is in force. One given and taken back (or ended) since leaves the
    sheet true."""
    now = casebook.now()
    allowed = {c.sharing for c in casebook.client_consents(sheet.client_id) if c.in_force_on(now)}
    if summary.no_consent and allowed:
        return True
    return any(
        (line.recipient.strip().casefold(), line.information.strip().casefold()) in allowed
        for line in summary.consents
        if not line.given
    )


def _not_held_still(casebook: Casebook, sheet: HandedSheet, summary: Summary) -> bool:
    """Whether each appointment the sheet says did not take place (or was moved) still has
    that outcome: one taken back since is planned again, or was recorded otherwise."""
    if not summary.not_held:
        return True
    stored = {a.id: str(a.known().status) for a in casebook.appointments(sheet.client_id)}
    return all(stored.get(line.appointment_id) == line.status for line in summary.not_held)


def _appointment_made_since(
    casebook: Casebook, sheet: HandedSheet, this: Appointment | None
) -> bool:
    """Whether the client has an appointment from the moment the sheet was handed over on,
    other than the one its conversation is, that stands, took place or was missed: the sheet
    says none is set, and one was made since (past or to come). One moved counts by the one it
    was moved to; one cancelled since leaves no appointment set."""
    gone = (AppointmentStatus.MOVED, AppointmentStatus.CANCELLED)
    return any(
        appointment.starts_at >= sheet.handed_at
        and appointment.status not in gone
        and (this is None or appointment.id != this.id)
        for appointment in casebook.appointments(sheet.client_id)
    )


def _standing(
    casebook: Casebook, sheet: HandedSheet, kept: AppointmentLine, lang: str
) -> Appointment | None:
    """The client's appointment that stands as the sheet states it (moment, place, with whom,
    as stored; a sheet kept before the moment was stored: in the sheet's words), or None: one
    kept or missed since still was as the sheet said; one moved, cancelled, removed or changed
    since is not what the sheet says any more."""
    gone = (AppointmentStatus.MOVED, AppointmentStatus.CANCELLED)
    return next(
        (
            appointment
            for appointment in casebook.appointments(sheet.client_id)
            if appointment.status not in gone
            and _same_appointment(appointment_line(appointment, lang), kept)
        ),
        None,
    )


def _same_appointment(now: AppointmentLine | None, kept: AppointmentLine) -> bool:
    if now is None:
        return False
    if kept.starts_at:
        return (now.starts_at, now.place, now.with_whom) == (
            kept.starts_at,
            kept.place,
            kept.with_whom,
        )
    return dataclasses.replace(now, starts_at="") == kept


_NESTED: dict[str, Any] = {
    "contact": ContactBlock,
    "consents": ConsentLine,
    "steps": StepLine,
    "steps_succeeded": StepLine,
    "steps_stopped": StepLine,
    "appointment": AppointmentLine,
    "not_held": NotHeldLine,
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
