"""What the client's summary says: what stands for the client when it is printed.

Built from the stored records through `Casebook.trajectory`: the consents in force, those
changed in this conversation and those that ended since the previous one, the steps still open
and those done or dropped in this conversation, the next appointment as it stands, with the date
it was made. A sentence such as "no consent" or "no steps" is only chosen when the records say
so. The guide's texts come from the snapshot kept with the conversation. Internal notes,
checklist states and item notes are never read here. Dates are already written out in the
summary's language, so the renderer only lays out text. A sheet handed over is kept as it was
(`summary/handed.py`); printing it again gives that sheet, a fresh one states the present.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    CoachProfile,
    Consent,
    ConsentDecision,
    ConversationKind,
    OtherCoach,
    Step,
    StepOwner,
    StepStatus,
    Trajectory,
)
from intakecompanion.domain.trajectory import NOT_HELD
from intakecompanion.guide.model import Guide
from intakecompanion.guide.problems import GuideError
from intakecompanion.guide.snapshot import guide_from_snapshot
from intakecompanion.summary import texts
from intakecompanion.summary.texts import clock_time, long_date, short_date, text

__all__ = [
    "AppointmentLine",
    "ConsentLine",
    "NotHeldLine",
    "ConsentState",
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

    @property
    def says_who(self) -> bool:
        """Whether the sheet names the coach or a way to reach them: only then can it promise
        that "I" will call or mail (a first run without the coach's details names nobody)."""
        return any(value.strip() for value in (self.coach, self.phone, self.email))


class ConsentState(StrEnum):
    IN_FORCE = "in_force"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


@dataclass(frozen=True)
class ConsentLine:
    recipient: str
    information: str
    purpose: str
    state: ConsentState
    status: str  # the sentence saying where it stands ("Je zei ja. Ik mag dit delen.")
    until: str  # in force only: written-out end date or "until you withdraw it"; else ""
    # In force only: the stored end date (ISO) or NO_END, not shown; a kept sheet is judged on
    # it, not on `until`'s words. "" otherwise and on sheets kept before it was stored.
    valid_until: str = ""
    # The colleague who recorded it, as the sheet names them ("Griet Vermeulen (OCMW Lier)"),
    # for a consent given in a conversation taken over from them; "" for the coach's own.
    by: str = ""

    @property
    def given(self) -> bool:
        """In force: this may be shared."""
        return self.state is ConsentState.IN_FORCE


@dataclass(frozen=True)
class StepLine:
    what: str
    who: str  # "Jij" / "Je coach" / "Samen" in the summary's language
    by_when: str  # written-out date, or the "no date" text
    # Not shown: the step, who does it and its due date (ISO, "" without one) as stored; a
    # kept sheet is judged on them, not on the words. 0 and "" on sheets kept before.
    step_id: int = 0
    owner: str = ""
    due_on: str = ""


@dataclass(frozen=True)
class AppointmentLine:
    when: str  # "dinsdag 10 maart 2026 om 14.00 uur"
    place: str
    with_whom: str
    # The stored moment (ISO), not shown: a kept sheet is judged on it, not on `when`'s words,
    # which a later wording change would alter. "" on sheets kept before it was stored.
    starts_at: str = ""
    # The colleague it was made with, as the sheet names them, for an appointment made in a
    # conversation taken over from them; "" for the coach's own.
    made_with: str = ""


@dataclass(frozen=True)
class NotHeldLine:
    """An appointment since the previous conversation that did not take place, recorded so
    outside a conversation: "Onze afspraak van dinsdag 10 maart 2026 ging niet door."."""

    sentence: str
    # Not shown: the appointment and its outcome (moved, missed, cancelled) as stored; a kept
    # sheet is judged on them.
    appointment_id: int
    status: str


@dataclass(frozen=True)
class Summary:
    lang: str
    client_name: str
    date: str  # the day of the conversation
    kind: str  # the sentence saying whether this was the first conversation
    as_of: str  # the day it was made: what stands on that day
    contact: ContactBlock
    notes: tuple[str, ...]
    secrecy: str
    consents: tuple[ConsentLine, ...]  # in force, and changed in this conversation
    no_consent: str  # "nothing may be shared now" when none is in force, else ""
    withdraw_howto: str
    steps: tuple[StepLine, ...]  # still open (from this and earlier conversations)
    steps_succeeded: tuple[StepLine, ...]  # done in this conversation
    steps_stopped: tuple[StepLine, ...]  # dropped in this conversation
    no_steps: str  # the sentence when nothing is open, else ""
    appointment: AppointmentLine | None  # the next appointment as it stands
    # The organisation's help line from the guide (`help_line`), else "". Defaulted: a sheet
    # kept before there were help lines reads back as it was handed over, without one.
    help_line: str = ""
    # False when the appointment this conversation was did not take place (moved, missed or
    # cancelled while in it): the sheet does not say "we met". Defaulted like `help_line`.
    met: bool = True
    # The colleague who held this conversation, as the sheet names them ("Griet Vermeulen
    # (OCMW Lier)", "je vorige coach"), for one taken over from them; "" for the coach's own.
    # The sheet then tells the conversation as theirs, and its coach as the coach now.
    held_by: str = ""
    # True when that appointment was moved while in it: the sheet says it was moved (to the
    # next appointment it names), not only that it did not take place. Defaulted like `met`.
    moved: bool = False
    # Appointments since the previous conversation recorded moved, missed or cancelled outside
    # a conversation (`Trajectory.not_held_since`), each said under the date line.
    not_held: tuple[NotHeldLine, ...] = ()

    def text(self, key: str, **values: str) -> str:
        """A fixed text in this summary's language (headings, labels, the page footer); of a
        conversation held by a colleague, its `_other` form where it has one (which names
        them, not the coach now, as the one the client met: "Je sprak met {coach} op …")."""
        if self.held_by and f"{key}_other" in texts.TEXTS[self.lang]:
            return text(self.lang, f"{key}_other", coach=self.held_by, **values)
        return text(self.lang, key, **values)

    def consents_heading(self) -> str:
        """ "What may I share?" only when every consent on it was given to the coach now."""
        by_colleague = any(consent.by for consent in self.consents)
        return self.text("consents_heading_colleague" if by_colleague else "consents_heading")

    def appointment_heading(self) -> str:
        """ "Our next appointment", or "your" one when it was made with a colleague."""
        made_with = self.appointment is not None and self.appointment.made_with
        return self.text("appointment_heading_colleague" if made_with else "appointment_heading")

    def title(self) -> str:
        """ "Our conversation", or, when the appointment of that day did not take place (no
        conversation was had), where things stand now."""
        return self.text("title" if self.met else "title_not_held")

    def date_sentence(self) -> str:
        """ "We met on …", or that the appointment of that day was moved, or did not take
        place (missed or cancelled)."""
        if self.met:
            return self.text("date_line", date=self.date)
        key = "date_line_moved" if self.moved else "date_line_not_held"
        return self.text(key, date=self.date)

    def no_appointment(self) -> str:
        """No next appointment: with the promise to call or mail only when the sheet says
        who makes it."""
        return self.text("no_appointment" if self.contact.says_who else "no_appointment_unnamed")

    def notes_section(self) -> tuple[str, tuple[str, ...]] | None:
        """The shared notes' heading and lines. A meeting: "what we talked about", or that
        nothing was written down together. One that did not take place claims no talk: its
        notes stand under what the coach wrote down for the client, and without notes there
        is no such section (None)."""
        if self.met:
            return self.text("notes_heading"), self.notes or (self.text("no_notes"),)
        if not self.notes:
            return None
        return self.text("notes_heading_not_held"), self.notes


_WHO_KEYS = {
    StepOwner.CLIENT: "who_client",
    StepOwner.COACH: "who_coach",
    StepOwner.TOGETHER: "who_together",
}


def build_summary(
    casebook: Casebook, conversation_id: int, lang: str, at: datetime | None = None
) -> Summary:
    """The summary of conversation `conversation_id` in `lang` ("nl", "en" or "fr"), stating what
    stands at `at` (default: the casebook's now).

    Raises `UnknownRecord` if there is no such conversation.
    """
    texts.check_language(lang)
    trajectory = casebook.trajectory(conversation_id, at)
    conversation = trajectory.conversation
    client = casebook.client(conversation.client_id)
    guide = _guide_or_none(casebook.guide_snapshot(conversation_id))
    kind_key = "kind_intake" if conversation.kind is ConversationKind.INTAKE else "kind_follow_up"
    consents = _consents_on_sheet(trajectory)
    open_steps = _open_steps(trajectory)
    settled = trajectory.steps_settled
    holders = {
        c.id: coach_named(c.held_by, lang)
        for c in casebook.conversations(conversation.client_id)
        if c.held_by is not None
    }
    held_by = holders.get(conversation.id, "")
    voice = "_other" if held_by else ""
    appointment = appointment_line(trajectory.next_appointment, lang)
    if appointment is not None and trajectory.next_appointment is not None:
        made_in = trajectory.next_appointment.conversation_id
        appointment = replace(appointment, made_with=holders.get(made_in or 0, ""))
    return Summary(
        lang=lang,
        client_name=client.name,
        date=long_date(lang, conversation.started_at.date()),
        kind=text(lang, kind_key + voice if kind_key == "kind_intake" else kind_key),
        as_of=long_date(lang, trajectory.today),
        contact=contact_block(casebook.profile()),
        notes=tuple(
            note.text
            for note in casebook.notes(conversation_id)
            if note.shared and note.text.strip()
        ),
        secrecy=_guide_text(guide, lang, "secrecy"),
        consents=tuple(
            _consent_line(c, trajectory.at, lang, holders.get(c.conversation_id or 0, ""))
            for c in consents
        ),
        no_consent="" if trajectory.consents_in_force else text(lang, "no_consent_now"),
        withdraw_howto=_guide_text(guide, lang, "withdraw"),
        steps=tuple(_step_line(s, lang) for s in open_steps),
        steps_succeeded=tuple(
            _step_line(s, lang) for s in _by_date(settled) if s.status is StepStatus.DONE
        ),
        steps_stopped=tuple(
            _step_line(s, lang) for s in _by_date(settled) if s.status is StepStatus.DROPPED
        ),
        no_steps=_no_steps(casebook, conversation.client_id, open_steps, lang, voice),
        appointment=appointment,
        help_line=(guide.help_line(lang) or "") if guide is not None else "",
        met=took_place(trajectory.this_appointment),
        held_by=held_by,
        moved=was_moved(trajectory.this_appointment),
        not_held=tuple(not_held_line(a, lang) for a in trajectory.not_held_since),
    )


def not_held_line(appointment: Appointment, lang: str) -> NotHeldLine:
    """What the sheet says of an appointment that did not take place and no conversation
    was had about: moved, or did not take place (missed, cancelled), as a follow-up at it
    says it."""
    key = (
        "date_line_moved" if appointment.status is AppointmentStatus.MOVED else "date_line_not_held"
    )
    when = long_date(lang, appointment.starts_at.astimezone().date())
    return NotHeldLine(text(lang, key, date=when), appointment.id, str(appointment.status))


def coach_named(other: OtherCoach, lang: str) -> str:
    """How the sheet names a colleague who held a conversation: "Griet Vermeulen (OCMW
    Lier)"; "je vorige coach (OCMW Lier)" when the handover file did not tell who it was.
    Never at the start of a sentence."""
    name = other.name.strip() or text(lang, "previous_coach")
    organisation = other.organisation.strip()
    return text(lang, "coach_at", name=name, organisation=organisation) if organisation else name


def took_place(this: Appointment | None) -> bool:
    """Whether the conversation whose own appointment is `this` was a meeting: not when that
    appointment was moved, missed or cancelled in it (a conversation at none took place)."""
    return not (this is not None and this.status in NOT_HELD)


def was_moved(this: Appointment | None) -> bool:
    """Whether the appointment the conversation is (`this`) was moved in it."""
    return this is not None and this.status is AppointmentStatus.MOVED


def contact_block(profile: CoachProfile) -> ContactBlock:
    """How the sheet names the coach and how and when to reach them."""
    return ContactBlock(
        coach=profile.name,
        organisation=profile.organisation,
        phone=profile.phone,
        email=profile.email,
        reachable=profile.reachable,
        boundaries=profile.boundaries,
    )


def _consents_on_sheet(trajectory: Trajectory) -> list[Consent]:
    """In force, changed in this conversation (given, refused or withdrawn here), and ended
    since the client's previous conversation (shown as ended). Where a consent to the same
    recipient for the same information is in force, only what is in force: one sheet never
    says both "I do not share this" and "I may share this"."""
    in_force = {c.id: c for c in trajectory.consents_in_force}
    allowed = {c.sharing for c in in_force.values()}
    chosen = dict(in_force)
    for consent in (*trajectory.consents_changed, *trajectory.consents_expired):
        if consent.id not in in_force and consent.sharing not in allowed:
            chosen[consent.id] = consent
    return [chosen[i] for i in sorted(chosen)]


def _open_steps(trajectory: Trajectory) -> list[Step]:
    steps = [
        *trajectory.open_steps,
        *(s for s in trajectory.steps_added if s.status is StepStatus.OPEN),
    ]
    return _by_date(steps)


def _by_date(steps: Iterable[Step]) -> list[Step]:
    """Soonest due date first, steps without one last; the order they were agreed within."""
    return sorted(steps, key=lambda s: (s.due_date is None, s.due_date, s.id))


def _step_line(step: Step, lang: str) -> StepLine:
    return StepLine(
        what=step.what,
        who=text(lang, _WHO_KEYS[step.who]),
        by_when=short_date(lang, step.due_date) if step.due_date else text(lang, "step_no_date"),
        step_id=step.id,
        owner=str(step.who),
        due_on=due_on(step),
    )


def due_on(step: Step) -> str:
    """A step's due date as a kept sheet holds it (ISO, "" without one)."""
    return step.due_date.isoformat() if step.due_date is not None else ""


def _no_steps(
    casebook: Casebook, client_id: int, open_steps: list[Step], lang: str, voice: str = ""
) -> str:
    """Nothing open: "no steps agreed yet" only when the client never had one (`voice`
    "_other": not "we", the conversation was a colleague's)."""
    if open_steps:
        return ""
    if casebook.client_has_steps(client_id):
        return text(lang, "no_open_steps")
    return text(lang, "no_steps" + voice)


def _guide_or_none(snapshot: str) -> Guide | None:
    try:
        return guide_from_snapshot(snapshot)
    except GuideError:
        # A damaged snapshot must not stop the client from getting their sheet: the fixed
        # plain-language fallback in texts.py says the same in fewer words.
        return None


def _guide_text(guide: Guide | None, lang: str, which: str) -> str:
    """The guide's own text in the sheet's language; a guide (or a conversation's older copy
    of one) without that language gets the plain fallback in it, not a text in another
    language in the middle of the sheet."""
    if guide is not None and lang in guide.languages:
        value = (
            guide.secrecy_statement(lang) if which == "secrecy" else guide.withdraw_consent(lang)
        )
        if value.strip():
            return value
    return text(lang, f"{which}_fallback")


def _consent_line(consent: Consent, at: datetime, lang: str, by: str = "") -> ConsentLine:
    """The consent's line; `by` names the colleague who recorded it (in a conversation taken
    over from them): it is told as given to them, not to the coach now ("Je gaf Griet
    Vermeulen toestemming …", never "Ik mag dit delen" of the coach it may be shared with)."""
    voice = {"coach": by} if by else {}
    withdrawal = consent.withdrawn_by(at)
    if consent.decision is ConsentDecision.REFUSED:
        state, key, day = ConsentState.REFUSED, "consent_refused", ""
    elif withdrawal is not None:
        day = short_date(lang, withdrawal.withdrawn_at.date())
        state, key = ConsentState.WITHDRAWN, "consent_withdrawn"
    elif consent.valid_until is not None and consent.expired_on(at.date()):
        day = short_date(lang, consent.valid_until)
        state, key = ConsentState.EXPIRED, "consent_expired"
    else:
        state, key, day = ConsentState.IN_FORCE, "consent_given", ""
    status = text(lang, key + ("_other" if by else ""), date=day, **voice)
    return ConsentLine(
        recipient=consent.recipient,
        information=consent.information,
        purpose=consent.purpose,
        state=state,
        status=status,
        until=consent_until(consent, lang) if state is ConsentState.IN_FORCE else "",
        valid_until=consent_end(consent) if state is ConsentState.IN_FORCE else "",
        by=by,
    )


NO_END = "none"  # ConsentLine.valid_until of a consent without an end date


def consent_end(consent: Consent) -> str:
    """A consent's stored end date as a kept sheet holds it (ISO, or NO_END)."""
    return consent.valid_until.isoformat() if consent.valid_until is not None else NO_END


def consent_until(consent: Consent, lang: str) -> str:
    """Until when a consent in force holds, as the sheet says it in `lang`."""
    if consent.valid_until is not None:
        return short_date(lang, consent.valid_until)
    return text(lang, "consent_no_end")


def appointment_line(appointment: Appointment | None, lang: str) -> AppointmentLine | None:
    """The appointment as the sheet states it in `lang` (None: no appointment)."""
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
        starts_at=starts.isoformat(),
    )
