"""Shared plumbing of the casebook: the record base class and row-to-dataclass converters."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    Client,
    ConsentRequest,
    Conversation,
    ConversationKind,
    Note,
    OtherCoach,
    Party,
    Step,
    StepOwner,
    StepStatus,
)
from intakecompanion.vault.store import Vault

Clock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


class UnknownRecord(LookupError):
    """A client, conversation or record id that is not (or no longer) in the vault."""


class ConversationFinished(ValueError):
    """A write that would change what a finished conversation recorded (its checklist, its
    notes, the steps agreed or settled in it): reopen the conversation first."""

    def __init__(self, conversation_id: int) -> None:
        super().__init__(
            f"Conversation {conversation_id} is finished: reopen it to change what it recorded."
        )
        self.conversation_id = conversation_id


def dt_or_none(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class Records:
    """Reads and one-transaction writes on an open vault, with an injectable clock."""

    def __init__(self, vault: Vault, clock: Clock = local_now) -> None:
        self.vault = vault
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def now_iso(self) -> str:
        return self._clock().isoformat()

    def _rows(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cursor = self.vault.db.execute(sql, params)  # type: ignore[arg-type]
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: Iterable[Any] | dict[str, Any], what: str) -> dict[str, Any]:
        rows = self._rows(sql, params)
        if not rows:
            raise UnknownRecord(what)
        return rows[0]

    def _transaction(self) -> AbstractContextManager[Database]:
        """The one way a write reaches the vault: one short transaction (see Vault)."""
        return self.vault.transaction()

    def _write(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> int:
        """One statement in its own transaction; returns the row id it inserted (if any)."""
        with self._transaction() as db:
            cursor = db.execute(sql, params)  # type: ignore[arg-type]
            if cursor.rowcount == 0:
                raise UnknownRecord("no such record")
            return int(cursor.lastrowid or 0)


def client_row(r: dict[str, Any]) -> Client:
    return Client(
        r["id"],
        r["name"],
        r["contact"],
        datetime.fromisoformat(r["created_at"]),
        bool(r["pseudonym"]),
        str(r.get("language") or ""),
    )


def conversation_row(r: dict[str, Any]) -> Conversation:
    return Conversation(
        id=r["id"],
        client_id=r["client_id"],
        kind=ConversationKind(r["kind"]),
        guide_id=r["guide_id"],
        guide_version=r["guide_version"],
        started_at=datetime.fromisoformat(r["started_at"]),
        ended_at=dt_or_none(r["ended_at"]),
        finished=r["status"] == "closed",
        last_phase=r["last_phase"],
        held_by=held_by(r),
    )


def held_by(r: dict[str, Any]) -> OtherCoach | None:
    """The colleague who held a conversation row taken over; None for this vault's coach."""
    name = r.get("held_by_name")
    if name is None:
        return None
    return OtherCoach(str(name), str(r.get("held_by_organisation") or ""))


def note_row(r: dict[str, Any]) -> Note:
    return Note(
        id=r["id"],
        conversation_id=r["conversation_id"],
        text=r["text"],
        shared=bool(r["shared"]),
        created_at=datetime.fromisoformat(r["created_at"]),
        updated_at=datetime.fromisoformat(r["updated_at"]),
        not_recorded=bool(r["not_recorded"]),
    )


def consent_request_row(r: dict[str, Any]) -> ConsentRequest:
    return ConsentRequest(
        id=r["id"],
        conversation_id=r["conversation_id"],
        client_id=r["client_id"],
        recipient=r["recipient"],
        information=r["information"],
        purpose=r["purpose"],
        review_on=date_or_none(r["review_on"]),
        created_at=datetime.fromisoformat(r["created_at"]),
    )


def step_row(r: dict[str, Any]) -> Step:
    return Step(
        id=r["id"],
        conversation_id=r["conversation_id"],
        what=r["what"],
        who=StepOwner(r["who"]),
        due_date=date_or_none(r["due_date"]),
        status=StepStatus(r["status"]),
        client_id=r["client_id"],
        status_changed_at=dt_or_none(r["status_changed_at"]),
        status_conversation_id=r["status_conversation_id"],
    )


def appointment_row(r: dict[str, Any]) -> Appointment:
    return Appointment(
        id=r["id"],
        client_id=r["client_id"],
        conversation_id=r["conversation_id"],
        starts_at=datetime.fromisoformat(r["starts_at"]),
        place=r["place"],
        with_whom=r["with_whom"],
        status=AppointmentStatus(r["status"]),
        status_by=Party(r["status_by"]) if r["status_by"] else None,
        held_in=r["held_in_conversation_id"],
        moved_to=r["moved_to"],
        outcome_at=dt_or_none(r["outcome_at"]),
        outcome_conversation_id=r["outcome_conversation_id"],
    )
