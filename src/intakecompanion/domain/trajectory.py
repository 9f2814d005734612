"""What stands for a client across conversations: the trajectory of one conversation, the
client page's summary, and the client sheets handed over (kept so they can be printed again)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from intakecompanion.domain.agreements import Agreements
from intakecompanion.domain.appointments import HeldThen
from intakecompanion.domain.model import (
    APPOINTMENT_WINDOW,
    Appointment,
    AppointmentStatus,
    ClientStanding,
    Consent,
    ConsentDecision,
    Conversation,
    HandedSheet,
    SheetMedium,
    Step,
    StepStatus,
    Trajectory,
    outcome_too_early_sql,
)
from intakecompanion.domain.rows import appointment_row, step_row

# Outcomes of an appointment that did not take place at its moment.
NOT_HELD = frozenset(
    {AppointmentStatus.MOVED, AppointmentStatus.MISSED, AppointmentStatus.CANCELLED}
)


class Trajectories(Agreements):
    """Reads across a client's conversations, and the record of handed sheets."""

    def trajectory(self, conversation_id: int, at: datetime | None = None) -> Trajectory:
        """What stands for conversation `conversation_id` at `at` (default: now)."""
        at = at or self._clock()
        conversation = self.conversation(conversation_id)
        steps = [
            step_row(r)
            for r in self._rows(
                "SELECT * FROM steps WHERE client_id = ? ORDER BY due_date IS NULL, due_date, id",
                (conversation.client_id,),
            )
        ]
        consents = self.client_consents(conversation.client_id)
        in_force = tuple(c for c in consents if c.in_force_on(at))
        this = self._this_appointment(conversation)
        since = self._previous_start(conversation)

        def settled_here(step: Step) -> bool:
            """Done or dropped in this conversation, or outside one since the previous
            conversation began (the client page): this is the first conversation after it."""
            if step.status is StepStatus.OPEN:
                return False
            if step.status_conversation_id is not None:
                return step.status_conversation_id == conversation_id
            changed = step.status_changed_at
            return changed is not None and since <= changed < conversation.started_at

        return Trajectory(
            conversation=conversation,
            at=at,
            open_steps=tuple(
                s
                for s in steps
                if s.status is StepStatus.OPEN and s.conversation_id != conversation_id
            ),
            steps_added=tuple(
                sorted(
                    (s for s in steps if s.conversation_id == conversation_id), key=lambda s: s.id
                )
            ),
            steps_settled=tuple(s for s in steps if settled_here(s)),
            consents_in_force=in_force,
            consents_changed=tuple(c for c in consents if _changed_in(c, conversation_id)),
            consents_expired=self._expired_since(since, consents, in_force, at),
            this_appointment=this,
            next_appointment=self.next_appointment(
                conversation.client_id, at, skip=this.id if this else None
            ),
            not_held_since=self._not_held_since(conversation, since),
        )

    def _previous_start(self, conversation: Conversation) -> datetime:
        """When the client's conversation before this one began (none: this one's start)."""
        rows = self._rows(
            "SELECT max(started_at) AS previous FROM conversations WHERE client_id = ? "
            "AND (started_at < ? OR (started_at = ? AND id < ?))",
            (
                conversation.client_id,
                conversation.started_at.isoformat(),
                conversation.started_at.isoformat(),
                conversation.id,
            ),
        )
        previous = rows[0]["previous"]
        return datetime.fromisoformat(previous) if previous else conversation.started_at

    def _not_held_since(
        self, conversation: Conversation, since: datetime
    ) -> tuple[Appointment, ...]:
        """Appointments from `since` up to this conversation's start (an hour before it: a
        nearer one is this conversation's own) recorded moved, missed or cancelled outside a
        conversation, in time order."""
        until = conversation.started_at - APPOINTMENT_WINDOW
        return tuple(
            a
            for a in (a.known() for a in self.appointments(conversation.client_id))
            if a.status in NOT_HELD
            and a.outcome_conversation_id is None
            and since <= a.starts_at < until
        )

    def _expired_since(
        self,
        since: datetime,
        consents: list[Consent],
        in_force: tuple[Consent, ...],
        at: datetime,
    ) -> tuple[Consent, ...]:
        """Given, not withdrawn, with an end date from `since` (the start of the client's
        previous conversation, none: this one) up to before `at`'s day; none for a sharing that
        holds."""
        holding = {c.sharing for c in in_force}
        return tuple(
            c
            for c in consents
            if c.decision is ConsentDecision.GIVEN
            and c.valid_until is not None
            and since.date() <= c.valid_until < at.date()
            and c.withdrawn_by(at) is None
            and c.sharing not in holding
        )

    def this_appointment(self, conversation_id: int) -> Appointment | None:
        """The appointment conversation `conversation_id` is (see `_this_appointment`)."""
        return self._this_appointment(self.conversation(conversation_id))

    def _this_appointment(self, conversation: Conversation) -> Appointment | None:
        """The appointment this conversation is: kept in it, else, of those (made elsewhere)
        that are planned or were moved, missed or cancelled in this conversation (it did not
        take place then), the one nearest to its start that it may be held at (`held_at`):
        within `APPOINTMENT_WINDOW`, or begun earlier that day (the client came late, the coach
        opened the program late). A planned appointment later that day is another
        appointment, still to come."""
        conversation_id, started_at = conversation.id, conversation.started_at
        appointments = [a.known() for a in self.appointments(conversation.client_id)]
        kept = [a for a in appointments if a.held_in == conversation_id]
        if kept:
            return kept[-1]
        near = [
            a
            for a in appointments
            if (
                a.status is AppointmentStatus.PLANNED
                or (a.status in NOT_HELD and a.outcome_conversation_id == conversation_id)
            )
            and a.conversation_id != conversation_id
            and held_at(a.starts_at, started_at)
        ]
        return min(near, key=lambda a: abs(a.starts_at - started_at), default=None)

    def _refuse_untrue(
        self, appointment: Appointment, status: AppointmentStatus, conversation_id: int | None
    ) -> None:
        """Also `HeldThen`: moved, missed or cancelled for an appointment another conversation
        was held at (the sheet would say both "we met" and "it did not take place")."""
        super()._refuse_untrue(appointment, status, conversation_id)
        if status in (AppointmentStatus.KEPT, AppointmentStatus.PLANNED):
            return  # no conversation makes these untrue: nothing more to read
        held = self.conversation_at(appointment) not in (None, conversation_id)
        if not appointment.could_be(status, self.now(), held=held):
            raise HeldThen(str(status))

    def conversation_at(self, appointment: Appointment) -> int | None:
        """The client's conversation that is `appointment` (`_this_appointment`: kept in it, or
        one that may be held at it, `held_at`), or None: none was held at it."""
        rows = self._rows(
            "SELECT id, started_at FROM conversations WHERE client_id = ? ORDER BY id",
            (appointment.client_id,),
        )
        near = [
            int(r["id"])
            for r in rows
            if held_at(appointment.starts_at, datetime.fromisoformat(r["started_at"]))
        ]
        for conversation_id in near:
            this = self._this_appointment(self.conversation(conversation_id))
            if this is not None and this.id == appointment.id:
                return conversation_id
        return None

    def next_appointment(
        self, client_id: int, at: datetime | None = None, skip: int | None = None
    ) -> Appointment | None:
        """The client's first planned appointment starting at or after `at` (default: now); one
        recorded kept or missed too early counts as planned (`Appointment.known`)."""
        at = at or self._clock()
        rows = self._rows(
            "SELECT * FROM appointments WHERE client_id = ? "
            f"AND (status = 'planned' OR {outcome_too_early_sql()}) "
            "AND starts_at >= ? ORDER BY starts_at, id",
            (client_id, at.date().isoformat()),
        )
        return _next_of([appointment_row(r) for r in rows], at, skip)

    def _noted_without_conversation(
        self, appointments: list[Appointment], latest: datetime | None
    ) -> Appointment | None:
        """Of the client's `appointments`, the one whose outcome was recorded last outside a
        conversation (the client page or the overview), for the coach to take back a wrong
        click (`undo_outcome`); None once a conversation began after it (`latest`: the start
        of the client's latest conversation; its appointment tab corrects it then)."""
        noted = [
            a
            for a in appointments
            if a.status is not AppointmentStatus.PLANNED
            and a.outcome_conversation_id is None
            and a.outcome_at is not None
        ]
        last = max(noted, key=lambda a: (a.outcome_at or a.starts_at, a.id), default=None)
        if last is None or last.outcome_at is None:
            return None
        return None if latest is not None and latest > last.outcome_at else last

    def _step_noted(self, client_id: int, latest: datetime | None) -> Step | None:
        """The step whose status was changed last outside a conversation (the client page),
        for the coach to take back a wrong click (`undo_step_status`); None once a
        conversation began after it (`latest`: that conversation says it, and corrects it)."""
        rows = self._rows(
            "SELECT * FROM steps WHERE client_id = ? AND status != 'open' "
            "AND status_conversation_id IS NULL AND status_changed_at IS NOT NULL "
            "ORDER BY status_changed_at DESC, id DESC LIMIT 1",
            (client_id,),
        )
        step = step_row(rows[0]) if rows else None
        if step is None or step.status_changed_at is None:
            return None
        return None if latest is not None and latest > step.status_changed_at else step

    def _latest_start(self, client_id: int) -> datetime | None:
        """When the client's latest conversation began (None: none yet)."""
        rows = self._rows(
            "SELECT max(started_at) AS latest FROM conversations WHERE client_id = ?",
            (client_id,),
        )
        latest = rows[0]["latest"]
        return datetime.fromisoformat(latest) if latest else None

    def client_standing(self, client_id: int, at: datetime | None = None) -> ClientStanding:
        """The client page's top: open steps (and the one ticked off last here, to take
        back), the next appointment, consents in force; the client's appointments are read
        once, for all of them and for the page."""
        at = at or self._clock()
        appointments = self.appointments(client_id)
        latest = self._latest_start(client_id)
        return ClientStanding(
            client=self.client(client_id),
            at=at,
            open_steps=tuple(self.open_steps(client_id)),
            next_appointment=_next_of(appointments, at),
            unrecorded=_unrecorded_of(appointments, at),
            last_noted=self._noted_without_conversation(appointments, latest),
            consents_in_force=tuple(
                c for c in self.client_consents(client_id) if c.in_force_on(at)
            ),
            appointments=tuple(appointments),
            step_noted=self._step_noted(client_id, latest),
        )

    # -- handed sheets -----------------------------------------------------------------------

    def record_handed_sheet(
        self,
        conversation_id: int,
        lang: str,
        medium: SheetMedium,
        content: str,
        destination: str = "",
        *,
        remember_language: bool = False,
    ) -> HandedSheet:
        """Keep a sheet as it was printed or saved as PDF now (`content`: what reproduces it;
        `destination`: the printer's or the file's name). It is also the log's entry. With
        `remember_language` (a new sheet, its language chosen for this print), the client's
        language becomes `lang`, in the same transaction."""
        client_id = self._client_of(conversation_id)
        with self._transaction() as db:
            sheet_id = db.execute(
                "INSERT INTO handed_sheets (conversation_id, client_id, handed_at, lang, medium, "
                "content, destination) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    client_id,
                    self.now_iso(),
                    lang,
                    str(medium),
                    content,
                    destination,
                ),
            ).lastrowid
            if remember_language:
                db.execute("UPDATE clients SET language = ? WHERE id = ?", (lang, client_id))
        return self.handed_sheet(int(sheet_id or 0))

    def handed_sheet(self, sheet_id: int) -> HandedSheet:
        return _sheet(self._one("SELECT * FROM handed_sheets WHERE id = ?", (sheet_id,), "sheet"))

    def handed_sheets(self, conversation_id: int) -> list[HandedSheet]:
        """The sheets handed over for this conversation, oldest first."""
        rows = self._rows(
            "SELECT * FROM handed_sheets WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        )
        return [_sheet(r) for r in rows]

    def last_handed_sheet(self, client_id: int) -> HandedSheet | None:
        """The sheet handed over to this client last (of any of their conversations)."""
        rows = self._rows(
            "SELECT * FROM handed_sheets WHERE client_id = ? ORDER BY id DESC LIMIT 1",
            (client_id,),
        )
        return _sheet(rows[0]) if rows else None


def held_at(starts_at: datetime, started_at: datetime) -> bool:
    """Whether a conversation begun at `started_at` may be held at an appointment at
    `starts_at`: within `APPOINTMENT_WINDOW` of it, or later on the same day (in local time)."""
    if abs(starts_at - started_at) <= APPOINTMENT_WINDOW:
        return True
    return (
        starts_at < started_at and starts_at.astimezone().date() == started_at.astimezone().date()
    )


def _next_of(
    appointments: list[Appointment], at: datetime, skip: int | None = None
) -> Appointment | None:
    """The first of `appointments` (as `known`) planned from `at` on, other than `skip`."""
    upcoming = [
        a
        for a in (a.known() for a in appointments)
        if a.status is AppointmentStatus.PLANNED and a.starts_at >= at and a.id != skip
    ]
    return min(upcoming, key=lambda a: (a.starts_at, a.id), default=None)


def _unrecorded_of(appointments: list[Appointment], at: datetime) -> Appointment | None:
    """The latest of `appointments` whose time has passed by `at` with no outcome known
    (`Appointment.known`): nobody wrote down whether it took place."""
    passed = [
        a
        for a in (a.known() for a in appointments)
        if a.status is AppointmentStatus.PLANNED and a.starts_at < at
    ]
    return max(passed, key=lambda a: (a.starts_at, a.id), default=None)


def _changed_in(consent: Consent, conversation_id: int) -> bool:
    return consent.conversation_id == conversation_id or any(
        w.conversation_id == conversation_id for w in consent.withdrawals
    )


def _sheet(r: dict[str, Any]) -> HandedSheet:
    return HandedSheet(
        id=int(r["id"]),
        conversation_id=int(r["conversation_id"]),
        client_id=int(r["client_id"]),
        handed_at=datetime.fromisoformat(str(r["handed_at"])),
        lang=str(r["lang"]),
        medium=SheetMedium(r["medium"]),
        content=str(r["content"]),
        destination=str(r.get("destination") or ""),
    )
