"""The conversation's records as plain, immutable dataclasses (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum


class ConversationKind(StrEnum):
    INTAKE = "intake"
    FOLLOW_UP = "follow_up"


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class StepOwner(StrEnum):
    CLIENT = "client"
    COACH = "coach"
    TOGETHER = "together"

    @property
    def is_coach_promise(self) -> bool:
        """A step the coach does, alone or with the client, is her promise: one rule for the
        client list, the overview, the conversation's header and the counts."""
        return self in COACH_PROMISES


COACH_PROMISES = frozenset({StepOwner.COACH, StepOwner.TOGETHER})


def coach_promise_sql(column: str = "who") -> str:
    """`StepOwner.is_coach_promise` as SQL on a steps column ("s.who IN ('coach', …)")."""
    owners = ", ".join(f"'{owner}'" for owner in sorted(COACH_PROMISES))
    return f"{column} IN ({owners})"


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ConversationEventKind(StrEnum):
    FINISHED = "finished"
    REOPENED = "reopened"


class SheetMedium(StrEnum):
    """How a client sheet was handed over."""

    PRINT = "print"
    PDF = "pdf"


class DisclosureKind(StrEnum):
    """What left the vault (see `Disclosure`)."""

    SHEET = "sheet"  # a client sheet, printed or saved as PDF
    COPY = "copy"  # the client's copy of the file (export-client)
    HANDOVER = "handover"  # the client handed over to a colleague
    BACKUP = "backup"  # a backup of the whole vault, every client in it at that moment


class OwnNotes(StrEnum):
    """Whether a handover took the coach's own notes along (internal notes and notes on
    checklist points; see `handover.records.internal_notes`)."""

    NONE = "none"  # the client had none
    ALONG = "along"
    LEFT_OUT = "left_out"  # they stayed in the sender's vault


class CopyChoice(StrEnum):
    """The coach's choice for an internal note or item note before a copy for the client."""

    INCLUDE = "include"
    BLACK_OUT = "black_out"  # included with parts blacked out
    LEAVE_OUT = "leave_out"  # left out, with a reason the copy shows


class ConsentDecision(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    KEPT = "kept"
    MOVED = "moved"
    MISSED = "missed"
    CANCELLED = "cancelled"


class Party(StrEnum):
    """Who moved, missed or cancelled an appointment."""

    CLIENT = "client"
    COACH = "coach"


@dataclass(frozen=True)
class CoachProfile:
    name: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    reachable: str = ""
    boundaries: str = ""

    @property
    def is_empty(self) -> bool:
        return not any((self.name, self.organisation, self.phone, self.email, self.reachable))


# The languages a client's papers (sheet, copy) are written in; a client's `language` is one
# of them, or "" while none was chosen.
CLIENT_LANGUAGES: tuple[str, ...] = ("nl", "en", "fr")


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    contact: str
    created_at: datetime
    pseudonym: bool = False  # seen under a pseudonym: `name` is not the client's real name
    language: str = ""  # for the client's papers; "" = not chosen yet

    def language_or(self, fallback: str) -> str:
        """The client's language, else `fallback` (the coach's or the terminal's)."""
        return self.language or fallback


@dataclass(frozen=True)
class ClientOverview:
    """A row of the client list: the client and what needs the coach's attention."""

    client: Client
    open_steps: int
    overdue_coach_steps: int
    last_conversation_at: datetime | None


@dataclass(frozen=True)
class ClientPage:
    """One screenful of the client list, and whether more follow."""

    overviews: list[ClientOverview]
    has_more: bool


@dataclass(frozen=True)
class OtherCoach:
    """The colleague who held a conversation taken over from them, as the handover file told
    it: `name` "" when the file did not tell who held it (an older file: "your previous
    coach"), `organisation` "" when it told no service."""

    name: str
    organisation: str


@dataclass(frozen=True)
class Conversation:
    id: int
    client_id: int
    kind: ConversationKind
    guide_id: str
    guide_version: str
    started_at: datetime
    ended_at: datetime | None  # when it was first finished; kept when reopened to correct it
    finished: bool = False  # finished and not reopened since
    last_phase: str | None = None  # the phase id where the coach left it
    held_by: OtherCoach | None = None  # taken over: who held it; None: this vault's coach

    @property
    def is_open(self) -> bool:
        return not self.finished


@dataclass(frozen=True)
class ConversationEvent:
    """A conversation was finished, or reopened to correct it."""

    kind: ConversationEventKind
    at: datetime


@dataclass(frozen=True)
class ChecklistAnswer:
    item_id: str
    state: ItemState = ItemState.OPEN
    note: str = ""


@dataclass(frozen=True)
class Note:
    id: int
    conversation_id: int
    text: str
    shared: bool
    created_at: datetime
    updated_at: datetime
    not_recorded: bool = False  # the marker "not recorded at the client's request" (no text)


@dataclass(frozen=True)
class Step:
    id: int
    conversation_id: int
    what: str
    who: StepOwner
    due_date: date | None
    status: StepStatus
    client_id: int = 0
    status_changed_at: datetime | None = None  # None while it never left "open"
    status_conversation_id: int | None = None  # where the status last changed

    def is_overdue(self, on: date) -> bool:
        """Open with a due date before `on`."""
        return self.status is StepStatus.OPEN and self.due_date is not None and self.due_date < on


@dataclass(frozen=True)
class StepEvent:
    """One status of a step in its history (the first is "open", when it was agreed)."""

    status: StepStatus
    at: datetime
    conversation_id: int | None


@dataclass(frozen=True)
class ConsentWithdrawal:
    withdrawn_at: datetime
    recorded_by: str
    conversation_id: int | None = None


@dataclass(frozen=True)
class ConsentReviewChange:
    """The date to look at a consent again, changed after it was recorded (`before` -> `after`,
    None: no date)."""

    changed_at: datetime
    before: date | None
    after: date | None
    conversation_id: int | None = None


@dataclass(frozen=True)
class Consent:
    id: int
    conversation_id: int
    recipient: str
    information: str
    purpose: str
    decision: ConsentDecision
    form: ConsentForm
    decided_on: date
    valid_until: date | None
    recorded_by: str
    withdrawals: tuple[ConsentWithdrawal, ...] = field(default=())
    client_id: int = 0
    review_on: date | None = None  # when coach and client look at it again
    review_changes: tuple[ConsentReviewChange, ...] = field(default=())  # oldest first

    @property
    def withdrawn(self) -> ConsentWithdrawal | None:
        return self.withdrawals[-1] if self.withdrawals else None

    @property
    def in_force(self) -> bool:
        """Given and not withdrawn (an end date is not looked at: see `in_force_on`)."""
        return self.decision is ConsentDecision.GIVEN and self.withdrawn is None

    @property
    def sharing(self) -> tuple[str, str]:
        """What it is about: to whom, which information (as the coach wrote it, any case)."""
        return (self.recipient.strip().casefold(), self.information.strip().casefold())

    def withdrawn_by(self, moment: datetime) -> ConsentWithdrawal | None:
        """The first withdrawal at or before `moment`, if any."""
        return next((w for w in self.withdrawals if w.withdrawn_at <= moment), None)

    def expired_on(self, day: date) -> bool:
        """Its end date (`valid_until`, the last day it holds) lies before `day`."""
        return self.valid_until is not None and self.valid_until < day

    def in_force_on(self, moment: datetime) -> bool:
        """Given on or before that day, not withdrawn by `moment`, not past its end date."""
        return (
            self.decision is ConsentDecision.GIVEN
            and self.decided_on <= moment.date()
            and self.withdrawn_by(moment) is None
            and not self.expired_on(moment.date())
        )


@dataclass(frozen=True)
class ConsentRequest:
    """A consent not yet asked: to whom, what and why the coach means to ask, and when
    (`review_on`). Once the client decides, it becomes a `Consent`."""

    id: int
    conversation_id: int
    client_id: int
    recipient: str
    information: str
    purpose: str
    review_on: date | None
    created_at: datetime


@dataclass(frozen=True)
class Appointment:
    id: int
    client_id: int
    conversation_id: int | None
    starts_at: datetime
    place: str
    with_whom: str
    status: AppointmentStatus
    status_by: Party | None  # who moved, missed or cancelled it
    held_in: int | None = None  # kept: the conversation it became
    moved_to: int | None = None  # moved: the new appointment
    outcome_at: datetime | None = None  # when the outcome was recorded
    outcome_conversation_id: int | None = None  # where the outcome was recorded

    def could_be(self, status: AppointmentStatus, at: datetime, *, held: bool = False) -> bool:
        """`status` can be true of it at `at`: kept from `APPOINTMENT_WINDOW` before its start
        (a conversation that early is this appointment), missed from its start. Before, it
        can only be planned, moved or cancelled: a client who comes days early is seen in
        another conversation, and this appointment did not take place on its own day.
        `held`: a conversation was held at it (`Trajectories.conversation_at`), other than the
        one recording the outcome: it took place, so it was not moved, missed or cancelled
        (the client's sheet would say both)."""
        if held and status not in (AppointmentStatus.KEPT, AppointmentStatus.PLANNED):
            return False
        if status is AppointmentStatus.KEPT:
            return self.starts_at - APPOINTMENT_WINDOW <= at
        if status is AppointmentStatus.MISSED:
            return self.starts_at <= at
        return True

    @property
    def outcome_too_early(self) -> bool:
        """Recorded kept or missed before that could be true (`could_be` at `outcome_at`): the
        casebook refuses it, but a vault written before it did may hold one."""
        return (
            self.status in (AppointmentStatus.KEPT, AppointmentStatus.MISSED)
            and self.outcome_at is not None
            and not self.could_be(self.status, self.outcome_at)
        )

    def known(self) -> Appointment:
        """What can be said of it: an outcome recorded too early (`outcome_too_early`) is not
        known, so it reads as planned (the stored record is left as it is, for the coach to
        correct). What the client reads (the sheet, the copy), the client page and the counts
        go by this."""
        if not self.outcome_too_early:
            return self
        return replace(
            self,
            status=AppointmentStatus.PLANNED,
            status_by=None,
            held_in=None,
            outcome_at=None,
            outcome_conversation_id=None,
        )


# A conversation is a planned appointment when it starts at most this long before or after it
# (a client comes late, a coach starts early); further away it is another appointment.
APPOINTMENT_WINDOW = timedelta(hours=1)


def outcome_too_early_sql(table: str = "") -> str:
    """`Appointment.outcome_too_early` as SQL on the appointments table (exact seconds, the
    stored offsets taken into account); `table` names it ("a.") in a join."""

    def seconds(column: str) -> str:
        return f"CAST(strftime('%s', {table}{column}) AS INTEGER)"

    window = int(APPOINTMENT_WINDOW.total_seconds())
    return (
        f"({table}outcome_at IS NOT NULL AND ("
        f"({table}status = 'kept' AND {seconds('outcome_at')} < {seconds('starts_at')} - {window})"
        f" OR ({table}status = 'missed' AND {seconds('outcome_at')} < {seconds('starts_at')})))"
    )


@dataclass(frozen=True)
class HandedSheet:
    """A client sheet as it was printed or saved as PDF; `content` reproduces it (JSON)."""

    id: int
    conversation_id: int
    client_id: int
    handed_at: datetime
    lang: str
    medium: SheetMedium
    content: str
    destination: str = ""  # the printer or the PDF's file name ("" for sheets kept before)


@dataclass(frozen=True)
class Disclosure:
    """One entry of a client's log of what left the vault: when, what, how, for whom.

    `how` is "print", "pdf" or "file"; `destination` the printer or file name ("" if not
    known); `recipient` for whom ("" = the client themself for a sheet or copy, the coach's
    own backup for a backup); for a handover, `destination` is the handover file that went to
    the other service ("" for a handover before it was recorded) and `sheet` the client's sheet
    about it ("" when none was made). `conversation_id`: the sheet's conversation. `consent`: the
    consent it was given under (a handover), with its withdrawals: `withdrawn_after` is the
    withdrawal after this disclosure, shown beside it. `own_notes`: a handover's, whether the
    coach's own notes went along (None: not known, a handover before schema step 17).
    """

    kind: DisclosureKind
    at: datetime
    how: str
    destination: str = ""
    recipient: str = ""
    conversation_id: int | None = None
    consent: Consent | None = None
    sheet: str = ""
    handed_sheet_id: int | None = None  # a sheet's: its kept record (HandedSheet.id)
    own_notes: OwnNotes | None = None

    @property
    def withdrawn_after(self) -> ConsentWithdrawal | None:
        if self.consent is None:
            return None
        return next((w for w in self.consent.withdrawals if w.withdrawn_at > self.at), None)


@dataclass(frozen=True)
class ReviewedText:
    """An internal note (`note_id`) or a checklist-point note (`item_id`) and the coach's
    choice for a copy for the client; `choice` is None until reviewed, and again once the
    text changed after the review. `parts`: the [start, end) ranges blacked out."""

    client_id: int
    conversation_id: int
    note_id: int | None
    item_id: str | None
    text: str
    choice: CopyChoice | None = None
    parts: tuple[tuple[int, int], ...] = ()
    reason: str = ""
    reviewed_at: datetime | None = None

    def shown_text(self, marker: str) -> str | None:
        """The text as the copy shows it (blacked-out parts replaced by `marker`), or None
        when it is left out or not reviewed."""
        if self.choice is CopyChoice.INCLUDE:
            return self.text
        if self.choice is not CopyChoice.BLACK_OUT:
            return None
        shown, last = [], 0
        for start, end in self.parts:
            # The white space at either end of a part stays, so the marker never sticks to a
            # word ("2.400 euro.[weggelaten]" when the part began with the space after the
            # full stop); a space or line end tells nothing of what was there.
            part = self.text[start:end]
            lead = part[: len(part) - len(part.lstrip())]
            trail = part[len(part.rstrip()) :] if part.strip() else ""
            shown += [self.text[last:start], lead, marker, trail]
            last = end
        return "".join([*shown, self.text[last:]])


@dataclass(frozen=True)
class Trajectory:
    """What stands for one conversation of a client, at the moment `at`.

    `open_steps` are the client's open steps from earlier conversations (agreed before this
    one); `steps_added` were agreed here (any status); `steps_settled` were done or dropped here
    (from any conversation), or outside a conversation (the client page) from the client's
    previous conversation's start up to this one's: no other conversation says so.
    `consents_in_force` hold at `at`; `consents_changed` were recorded or withdrawn here.
    `this_appointment` is the appointment this conversation is (kept here, or the planned one it
    may be held at, `trajectory.held_at`); `next_appointment` is the client's first planned
    appointment from `at` on (never `this_appointment`). `consents_expired` were given and
    reached their end date after the client's previous conversation began and by `at` (none
    newer for the same sharing holds), so the sheet can say they ended. `not_held_since` were to
    take place from the client's previous conversation on until this one began, and were
    recorded moved, missed or cancelled outside a conversation (the client page, the overview):
    no other sheet says so.
    """

    conversation: Conversation
    at: datetime
    open_steps: tuple[Step, ...]
    steps_added: tuple[Step, ...]
    steps_settled: tuple[Step, ...]
    consents_in_force: tuple[Consent, ...]
    consents_changed: tuple[Consent, ...]
    this_appointment: Appointment | None
    next_appointment: Appointment | None
    consents_expired: tuple[Consent, ...] = ()  # ended since the client's previous conversation
    not_held_since: tuple[Appointment, ...] = ()  # did not take place, no conversation said so

    @property
    def today(self) -> date:
        return self.at.date()

    def overdue(self, step: Step) -> bool:
        return step.is_overdue(self.today)


@dataclass(frozen=True)
class ClientStanding:
    """The client page's top: what stands for the client at `at`."""

    client: Client
    at: datetime
    open_steps: tuple[Step, ...]  # by due date (no date last), then id
    next_appointment: Appointment | None
    consents_in_force: tuple[Consent, ...]
    # The latest appointment whose time passed with no outcome recorded.
    unrecorded: Appointment | None = None
    # The appointment whose outcome was recorded last outside a conversation (to undo).
    last_noted: Appointment | None = None
    # All the client's appointments, in time order (read once for the page).
    appointments: tuple[Appointment, ...] = ()
    # The step whose status was changed last outside a conversation (to take back).
    step_noted: Step | None = None


@dataclass(frozen=True)
class OverviewAppointment:
    client_id: int
    client_name: str
    appointment: Appointment


@dataclass(frozen=True)
class OverviewStep:
    client_id: int
    client_name: str
    step: Step
    overdue: bool


@dataclass(frozen=True)
class OverviewConsent:
    client_id: int
    client_name: str
    consent: Consent


@dataclass(frozen=True)
class OverviewConsentRequest:
    client_id: int
    client_name: str
    request: ConsentRequest


@dataclass(frozen=True)
class ArchiveCopy:
    """The copy for the archive written just before an erasure: when, and its file names
    (no folder: only the names the copy was given, which hold the client's number and the
    day, never client text)."""

    made_at: datetime
    files: tuple[str, ...]


@dataclass(frozen=True)
class Erasure:
    """A client erased, as the vault keeps it afterwards: when, and the copy for the archive
    written before it (None: erased without one). No client text: only the client's number
    and the moment they were added (None for an erasure before schema step 14), which
    recognise them in a backup made before."""

    erased_at: datetime
    archive: ArchiveCopy | None = None
    client_id: int | None = None
    client_added_at: datetime | None = None


@dataclass(frozen=True)
class LeftOutside:
    """What of a client this program wrote outside the vault, which erasing cannot reach:
    the backups of the whole vault made while the client was in it (how many, the last one's
    moment), and the files written for the client where they were written (sheets saved as
    PDF, copies of the file, handover files and the client's sheets about them), oldest first.
    """

    backups: int
    last_backup: datetime | None
    files: tuple[str, ...]


@dataclass(frozen=True)
class ClientHold:
    """The client's file may not be erased ("niet wissen"), for `reason`."""

    reason: str
    placed_at: datetime


@dataclass(frozen=True)
class OverviewFile:
    """A file due for review under the organisation's retention: the client's last
    conversation (or start in the file) `last`, due since `due_on`; `hold` its hold's reason."""

    client_id: int
    client_name: str
    last: datetime
    due_on: date
    hold: str | None = None


@dataclass(frozen=True)
class CoachOverview:
    """The coach's overview across all clients, for `today` (each line names its client).

    `appointments_today`: planned appointments today; `appointments_week`: planned ones from
    tomorrow through today + 7 days (the same weekday next week). `coach_promises`: open steps
    that are the coach's promise (hers, or together with the client) overdue or due by today +
    7 days.
    `overdue_client_steps`: open steps of the client alone, past their date. `consents_ending`:
    consents in force whose end date lies within 30 days from today. `files_due`: files past
    the organisation's retention period (when one is given), for the coach to review.
    `consents_review`: consents in force whose review date lies within 30 days from today (or
    has passed); `consents_to_ask`: consents not yet asked, by the date the coach meant to ask
    (none last). `appointments_unrecorded`: appointments of the 7 days before today still
    planned: nobody recorded whether they took place. Like every list here it is what still
    needs the coach, not a diary: an outcome recorded (kept, moved, missed, cancelled, in a
    conversation or not) takes the line off, as it does off today's list; the client page and
    the next sheet say the outcome. Each list in time order, at most `limit` lines.
    """

    today: date
    appointments_today: tuple[OverviewAppointment, ...]
    appointments_week: tuple[OverviewAppointment, ...]
    coach_promises: tuple[OverviewStep, ...]
    overdue_client_steps: tuple[OverviewStep, ...]
    consents_ending: tuple[OverviewConsent, ...]
    limit: int = 100  # lines per list at most: a list of this length may have been cut
    files_due: tuple[OverviewFile, ...] = ()  # past the retention period: for review
    consents_review: tuple[OverviewConsent, ...] = ()  # in force, review date within 30 days
    consents_to_ask: tuple[OverviewConsentRequest, ...] = ()  # not yet asked
    appointments_unrecorded: tuple[OverviewAppointment, ...] = ()  # past week, no outcome
