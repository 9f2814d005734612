"""Appointments and their outcomes: kept (in which conversation), moved (to which new one),
missed, cancelled (by whom)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from intakecompanion.domain.model import Appointment, AppointmentStatus, Party
from intakecompanion.domain.rows import Records, UnknownRecord, appointment_row
from intakecompanion.domain.text import storable


class NotYetHappened(ValueError):
    """Kept or missed, recorded for an appointment whose time has not come
    (`Appointment.could_be`): it would be untrue."""


class HeldThen(ValueError):
    """Moved, missed or cancelled, recorded for an appointment at which another conversation
    was held (`Appointment.could_be` with `held`): it took place, that would be untrue."""


class Appointments(Records):
    """The client's appointments; every write one transaction."""

    def add_appointment(
        self,
        client_id: int,
        starts_at: datetime,
        place: str = "",
        with_whom: str = "",
        conversation_id: int | None = None,
    ) -> Appointment:
        appointment_id = self._write(
            "INSERT INTO appointments (client_id, conversation_id, starts_at, place, with_whom, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                client_id,
                conversation_id,
                starts_at.isoformat(),
                storable(place),
                storable(with_whom),
                self.now_iso(),
            ),
        )
        return self.appointment(appointment_id)

    def update_appointment(
        self,
        appointment_id: int,
        *,
        starts_at: datetime | None = None,
        place: str | None = None,
        with_whom: str | None = None,
    ) -> None:
        changes: dict[str, Any] = {}
        if starts_at is not None:
            changes["starts_at"] = starts_at.isoformat()
        if place is not None:
            changes["place"] = storable(place)
        if with_whom is not None:
            changes["with_whom"] = storable(with_whom)
        if not changes:
            return
        assignments = ", ".join(f"{name} = :{name}" for name in changes)
        self._write(
            f"UPDATE appointments SET {assignments}, updated_at = :now WHERE id = :id",
            {**changes, "now": self.now_iso(), "id": appointment_id},
        )

    def set_appointment_status(
        self,
        appointment_id: int,
        status: AppointmentStatus,
        by: Party | None = None,
        conversation_id: int | None = None,
        *,
        moved_to: int | None = None,
    ) -> None:
        """Record an outcome without a link (`planned` undoes one), or moved by someone else to
        the same `moved_to`. Prefer the named methods: `mark_kept`, `move_appointment`,
        `mark_missed`, `cancel_appointment`."""
        self._set_outcome(
            appointment_id, status, by=by, conversation_id=conversation_id, moved_to=moved_to
        )

    def mark_kept(self, appointment_id: int, conversation_id: int) -> None:
        """The appointment took place: it became conversation `conversation_id`."""
        self._set_outcome(
            appointment_id,
            AppointmentStatus.KEPT,
            conversation_id=conversation_id,
            held_in=conversation_id,
        )

    def mark_missed(
        self,
        appointment_id: int,
        by: Party | None = Party.CLIENT,
        conversation_id: int | None = None,
    ) -> None:
        """Nobody came (`by`: who did not come)."""
        self._set_outcome(
            appointment_id, AppointmentStatus.MISSED, by=by, conversation_id=conversation_id
        )

    def cancel_appointment(
        self, appointment_id: int, by: Party, conversation_id: int | None = None
    ) -> None:
        """Called off beforehand by the client or the coach, without a new date."""
        self._set_outcome(
            appointment_id, AppointmentStatus.CANCELLED, by=by, conversation_id=conversation_id
        )

    def move_appointment(
        self,
        appointment_id: int,
        starts_at: datetime,
        by: Party | None = None,
        conversation_id: int | None = None,
        *,
        place: str | None = None,
        with_whom: str | None = None,
        onto: int | None = None,
    ) -> Appointment:
        """A new appointment replaces this one (same place and person unless given); returns it.

        The old one is marked moved (by whom, in which conversation) and points to the new one,
        which counts as made in `conversation_id`. With `onto` (the next appointment already
        made in that conversation) no appointment is added: that one is set to `starts_at` and
        is the new one, so the client has one meeting to come, not two; its place and with whom
        stay, where left empty the old one's are taken.
        """
        old = self.appointment(appointment_id)
        self._refuse_untrue(old, AppointmentStatus.MOVED, conversation_id)
        now = self.now_iso()
        with self._transaction() as db:
            if onto is not None:
                new_id = onto
                db.execute(
                    "UPDATE appointments SET starts_at = ?, updated_at = ?, "
                    "place = CASE WHEN place = '' THEN ? ELSE place END, "
                    "with_whom = CASE WHEN with_whom = '' THEN ? ELSE with_whom END WHERE id = ?",
                    (starts_at.isoformat(), now, old.place, old.with_whom, onto),
                )
            else:
                cursor = db.execute(
                    "INSERT INTO appointments (client_id, conversation_id, starts_at, place, "
                    "with_whom, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        old.client_id,
                        conversation_id,
                        starts_at.isoformat(),
                        storable(old.place if place is None else place),
                        storable(old.with_whom if with_whom is None else with_whom),
                        now,
                    ),
                )
                new_id = int(cursor.lastrowid or 0)
            self._outcome_in(
                db,
                appointment_id,
                AppointmentStatus.MOVED,
                now,
                by=by,
                conversation_id=conversation_id,
                moved_to=new_id,
            )
        return self.appointment(new_id)

    def _set_outcome(
        self,
        appointment_id: int,
        status: AppointmentStatus,
        *,
        by: Party | None = None,
        conversation_id: int | None = None,
        held_in: int | None = None,
        moved_to: int | None = None,
    ) -> None:
        self._refuse_untrue(self.appointment(appointment_id), status, conversation_id)
        with self._transaction() as db:
            self._outcome_in(
                db,
                appointment_id,
                status,
                self.now_iso(),
                by=by,
                conversation_id=conversation_id,
                held_in=held_in,
                moved_to=moved_to,
            )

    def _refuse_untrue(
        self, appointment: Appointment, status: AppointmentStatus, conversation_id: int | None
    ) -> None:
        """`status` recorded in `conversation_id` (None: outside a conversation) could not be
        true of `appointment` now (`Appointment.could_be`): its time has not come
        (`NotYetHappened`). `Trajectories`, which knows which conversation is which
        appointment, also refuses what a conversation held at it makes untrue (`HeldThen`)."""
        if not appointment.could_be(status, self.now()):
            raise NotYetHappened(str(status))

    @staticmethod
    def _outcome_in(
        db: Any,
        appointment_id: int,
        status: AppointmentStatus,
        now: str,
        *,
        by: Party | None = None,
        conversation_id: int | None = None,
        held_in: int | None = None,
        moved_to: int | None = None,
    ) -> None:
        planned = status is AppointmentStatus.PLANNED
        cursor = db.execute(
            "UPDATE appointments SET status = ?, status_by = ?, held_in_conversation_id = ?, "
            "moved_to = ?, outcome_at = ?, outcome_conversation_id = ?, updated_at = ? "
            "WHERE id = ?",
            (
                str(status),
                str(by) if by else None,
                held_in,
                moved_to,
                None if planned else now,
                None if planned else conversation_id,
                now,
                appointment_id,
            ),
        )
        if cursor.rowcount == 0:
            raise UnknownRecord("appointment")

    def undo_outcome(self, appointment_id: int) -> None:
        """The outcome recorded by mistake is taken back: planned again. A move also takes away
        the appointment it made, when nothing was recorded of that one yet (the client has one
        meeting to come, not two); one kept, missed or moved since stays. For an outcome recorded
        outside a conversation (a conversation's own choice box corrects its outcomes)."""
        old = self.appointment(appointment_id)
        with self._transaction() as db:
            if old.moved_to is not None and old.outcome_conversation_id is None:
                db.execute(
                    "DELETE FROM appointments WHERE id = ? AND status = 'planned' "
                    "AND conversation_id IS NULL",
                    (old.moved_to,),
                )
            self._outcome_in(db, appointment_id, AppointmentStatus.PLANNED, self.now_iso())

    def delete_appointment(self, appointment_id: int) -> None:
        self._write("DELETE FROM appointments WHERE id = ?", (appointment_id,))

    def appointment(self, appointment_id: int) -> Appointment:
        row = self._one("SELECT * FROM appointments WHERE id = ?", (appointment_id,), "appointment")
        return appointment_row(row)

    def appointments(self, client_id: int) -> list[Appointment]:
        rows = self._rows(
            "SELECT * FROM appointments WHERE client_id = ? ORDER BY starts_at, id", (client_id,)
        )
        return [appointment_row(r) for r in rows]

    def conversation_appointment(self, conversation_id: int) -> Appointment | None:
        """The next appointment made during this conversation (the latest one planned). One
        that an earlier appointment was moved to here comes last: it is the next appointment
        only when no other was made (the tab showed the other one as the next)."""
        rows = self._rows(
            "SELECT * FROM appointments WHERE conversation_id = ? AND status = 'planned' "
            "ORDER BY id IN (SELECT moved_to FROM appointments WHERE moved_to IS NOT NULL "
            "AND outcome_conversation_id = ?), id DESC LIMIT 1",
            (conversation_id, conversation_id),
        )
        return appointment_row(rows[0]) if rows else None
