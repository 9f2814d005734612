"""The conversation's records as plain, immutable dataclasses (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
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


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


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


class Party(StrEnum):
    """Who moved or missed an appointment."""

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


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    contact: str
    created_at: datetime


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
class Conversation:
    id: int
    client_id: int
    kind: ConversationKind
    guide_id: str
    guide_version: str
    started_at: datetime
    ended_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


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


@dataclass(frozen=True)
class Step:
    id: int
    conversation_id: int
    what: str
    who: StepOwner
    due_date: date | None
    status: StepStatus


@dataclass(frozen=True)
class ConsentWithdrawal:
    withdrawn_at: datetime
    recorded_by: str


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

    @property
    def withdrawn(self) -> ConsentWithdrawal | None:
        return self.withdrawals[-1] if self.withdrawals else None

    @property
    def in_force(self) -> bool:
        return self.decision is ConsentDecision.GIVEN and self.withdrawn is None


@dataclass(frozen=True)
class Appointment:
    id: int
    client_id: int
    conversation_id: int | None
    starts_at: datetime
    place: str
    with_whom: str
    status: AppointmentStatus
    status_by: Party | None
