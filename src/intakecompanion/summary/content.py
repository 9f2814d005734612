"""What the client's summary says: built from one stored conversation, with shared items only.

Everything comes from the vault and the guide snapshot kept with the conversation, never from
"today" or the guide as it is now, so printing it again months later gives the same sheet
(unless the records themselves changed, e.g. a consent was withdrawn since). Internal notes,
checklist states and item notes are never read here. Dates are already written out in the
summary's language, so the renderer only lays out text.
"""

from __future__ import annotations

from dataclasses import dataclass

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    Consent,
    ConsentDecision,
    ConversationKind,
    StepOwner,
    StepStatus,
)
from intakecompanion.guide.model import Guide
from intakecompanion.guide.problems import GuideError
from intakecompanion.guide.snapshot import guide_from_snapshot
from intakecompanion.summary import texts
from intakecompanion.summary.texts import clock_time, long_date, short_date, text

__all__ = [
    "AppointmentLine",
    "ConsentLine",
    "ContactBlock",
    "StepLine",
    "Summary",
    "build_summary",
]


@dataclass(frozen=True)
class ContactBlock:
    """Who the coach is and how and when to reach them (empty strings are left out)."""

    coach: str
    organisation: str
    phone: str
    email: str
    reachable: str
    boundaries: str


@dataclass(frozen=True)
class ConsentLine:
    recipient: str
    information: str
    purpose: str
    given: bool
    until: str  # written-out date, or the "until you take it back" text; "" when refused
    withdrawn_on: str  # written-out date of the latest withdrawal, "" if in force


@dataclass(frozen=True)
class StepLine:
    what: str
    who: str  # "Jij" / "Je coach" / "Samen" in the summary's language
    by_when: str  # written-out date, or the "no date" text


@dataclass(frozen=True)
class AppointmentLine:
    when: str  # "dinsdag 10 maart 2026 om 14.00 uur"
    place: str
    with_whom: str


@dataclass(frozen=True)
class Summary:
    lang: str
    client_name: str
    date: str
    kind: str  # the sentence saying whether this was the first conversation
    contact: ContactBlock
    notes: tuple[str, ...]
    secrecy: str
    consents: tuple[ConsentLine, ...]
    withdraw_howto: str
    steps: tuple[StepLine, ...]
    appointment: AppointmentLine | None

    def text(self, key: str, **values: str) -> str:
        """A fixed text in this summary's language (headings, labels, the page footer)."""
        return text(self.lang, key, **values)


_WHO_KEYS = {
    StepOwner.CLIENT: "who_client",
    StepOwner.COACH: "who_coach",
    StepOwner.TOGETHER: "who_together",
}


def build_summary(casebook: Casebook, conversation_id: int, lang: str) -> Summary:
    """The summary of conversation `conversation_id` in `lang` ("nl" or "en").

    Raises `UnknownRecord` if there is no such conversation.
    """
    texts.check_language(lang)
    conversation = casebook.conversation(conversation_id)
    client = casebook.client(conversation.client_id)
    guide = _guide_or_none(casebook.guide_snapshot(conversation_id))
    kind_key = "kind_intake" if conversation.kind is ConversationKind.INTAKE else "kind_follow_up"
    profile = casebook.profile()
    return Summary(
        lang=lang,
        client_name=client.name,
        date=long_date(lang, conversation.started_at.date()),
        kind=text(lang, kind_key),
        contact=ContactBlock(
            coach=profile.name,
            organisation=profile.organisation,
            phone=profile.phone,
            email=profile.email,
            reachable=profile.reachable,
            boundaries=profile.boundaries,
        ),
        notes=tuple(
            note.text
            for note in casebook.notes(conversation_id)
            if note.shared and note.text.strip()
        ),
        secrecy=_guide_text(guide, lang, "secrecy"),
        consents=tuple(_consent_line(c, lang) for c in casebook.consents(conversation_id)),
        withdraw_howto=_guide_text(guide, lang, "withdraw"),
        steps=tuple(
            StepLine(
                what=step.what,
                who=text(lang, _WHO_KEYS[step.who]),
                by_when=short_date(lang, step.due_date)
                if step.due_date
                else text(lang, "step_no_date"),
            )
            for step in casebook.steps(conversation_id)
            if step.status is not StepStatus.DROPPED
        ),
        appointment=_appointment_line(
            _made_in(casebook, conversation.client_id, conversation_id), lang
        ),
    )


def _guide_or_none(snapshot: str) -> Guide | None:
    try:
        return guide_from_snapshot(snapshot)
    except GuideError:
        # A damaged snapshot must not stop the client from getting their sheet: the fixed
        # plain-language fallback in texts.py says the same in fewer words.
        return None


def _guide_text(guide: Guide | None, lang: str, which: str) -> str:
    if guide is not None:
        value = (
            guide.secrecy_statement(lang) if which == "secrecy" else guide.withdraw_consent(lang)
        )
        if value.strip():
            return value
    return text(lang, f"{which}_fallback")


def _consent_line(consent: Consent, lang: str) -> ConsentLine:
    given = consent.decision is ConsentDecision.GIVEN
    if not given:
        until = ""
    elif consent.valid_until is not None:
        until = short_date(lang, consent.valid_until)
    else:
        until = text(lang, "consent_no_end")
    withdrawal = consent.withdrawn
    return ConsentLine(
        recipient=consent.recipient,
        information=consent.information,
        purpose=consent.purpose,
        given=given,
        until=until,
        withdrawn_on=short_date(lang, withdrawal.withdrawn_at.date()) if withdrawal else "",
    )


def _made_in(casebook: Casebook, client_id: int, conversation_id: int) -> Appointment | None:
    """The latest appointment made during this conversation, whatever became of it since.

    `Casebook.conversation_appointment` only returns it while it is still planned; a reprint
    after the appointment was kept must still show what was agreed that day.
    """
    made = [a for a in casebook.appointments(client_id) if a.conversation_id == conversation_id]
    return max(made, key=lambda a: a.id) if made else None


def _appointment_line(appointment: Appointment | None, lang: str) -> AppointmentLine | None:
    if appointment is None:
        return None
    starts = appointment.starts_at
    return AppointmentLine(
        when=text(
            lang,
            "appointment_when",
            date=long_date(lang, starts.date()),
            time=clock_time(lang, starts),
        ),
        place=appointment.place,
        with_whom=appointment.with_whom,
    )
