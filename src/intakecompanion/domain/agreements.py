"""What coach and client agree on: small steps, consents (with withdrawals) and appointments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    Consent,
    ConsentDecision,
    ConsentForm,
    ConsentWithdrawal,
    Party,
    Step,
    StepOwner,
    StepStatus,
)
from intakecompanion.domain.rows import Records, appointment_row, date_or_none, iso, step_row
from intakecompanion.domain.text import storable


class Agreements(Records):
    """Steps, consents and appointments; every write one transaction."""

    def _client_of(self, conversation_id: int) -> int:
        row = self._one(
            "SELECT client_id FROM conversations WHERE id = ?", (conversation_id,), "conversation"
        )
        return int(row["client_id"])

    def add_step(
        self, conversation_id: int, what: str, who: StepOwner, due_date: date | None = None
    ) -> Step:
        client_id = self._client_of(conversation_id)
        now = self.now_iso()
        step_id = self._write(
            "INSERT INTO steps (conversation_id, client_id, what, who, due_date, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (conversation_id, client_id, storable(what), str(who), iso(due_date), now, now),
        )
        return self.step(step_id)

    def update_step(
        self,
        step_id: int,
        *,
        what: str | None = None,
        who: StepOwner | None = None,
        due_date: date | None | bool = False,
        status: StepStatus | None = None,
    ) -> None:
        """Change the given fields (`due_date=None` clears the date; leave it out to keep it)."""
        changes: dict[str, Any] = {}
        if what is not None:
            changes["what"] = storable(what)
        if who is not None:
            changes["who"] = str(who)
        if due_date is not False:
            changes["due_date"] = iso(due_date) if isinstance(due_date, date) else None
        if status is not None:
            changes["status"] = str(status)
        if not changes:
            return
        assignments = ", ".join(f"{name} = :{name}" for name in changes)
        self._write(
            f"UPDATE steps SET {assignments}, updated_at = :now WHERE id = :id",
            {**changes, "now": self.now_iso(), "id": step_id},
        )

    def delete_step(self, step_id: int) -> None:
        self._write("DELETE FROM steps WHERE id = ?", (step_id,))

    def step(self, step_id: int) -> Step:
        return step_row(self._one("SELECT * FROM steps WHERE id = ?", (step_id,), "step"))

    def steps(self, conversation_id: int) -> list[Step]:
        rows = self._rows(
            "SELECT * FROM steps WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        )
        return [step_row(r) for r in rows]

    def open_steps(self, client_id: int) -> list[Step]:
        rows = self._rows(
            "SELECT * FROM steps WHERE client_id = ? AND status = 'open' ORDER BY due_date, id",
            (client_id,),
        )
        return [step_row(r) for r in rows]

    # -- consents ----------------------------------------------------------------------------

    def record_consent(
        self,
        conversation_id: int,
        *,
        recipient: str,
        information: str,
        purpose: str,
        decision: ConsentDecision,
        form: ConsentForm,
        decided_on: date | None = None,
        valid_until: date | None = None,
        recorded_by: str = "",
    ) -> Consent:
        client_id = self._client_of(conversation_id)
        consent_id = self._write(
            "INSERT INTO consents (conversation_id, client_id, recipient, information, purpose, "
            "decision, form, decided_on, valid_until, recorded_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                client_id,
                storable(recipient),
                storable(information),
                storable(purpose),
                str(decision),
                str(form),
                iso(decided_on or self._clock().date()),
                iso(valid_until),
                storable(recorded_by),
                self.now_iso(),
            ),
        )
        return self.consent(consent_id)

    def withdraw_consent(self, consent_id: int, recorded_by: str = "") -> None:
        """Record a withdrawal as its own event; the consent itself stays as it was given."""
        self.consent(consent_id)
        self._write(
            "INSERT INTO consent_withdrawals (consent_id, withdrawn_at, recorded_by) "
            "VALUES (?, ?, ?)",
            (consent_id, self.now_iso(), storable(recorded_by)),
        )

    def consent(self, consent_id: int) -> Consent:
        row = self._one("SELECT * FROM consents WHERE id = ?", (consent_id,), "consent")
        return self._consents([row])[0]

    def consents(self, conversation_id: int) -> list[Consent]:
        return self._consents(
            self._rows(
                "SELECT * FROM consents WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            )
        )

    def client_consents(self, client_id: int) -> list[Consent]:
        return self._consents(
            self._rows("SELECT * FROM consents WHERE client_id = ? ORDER BY id", (client_id,))
        )

    def _consents(self, rows: list[dict[str, Any]]) -> list[Consent]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" * len(ids))
        withdrawals: dict[int, list[ConsentWithdrawal]] = {i: [] for i in ids}
        for w in self._rows(
            f"SELECT * FROM consent_withdrawals WHERE consent_id IN ({marks}) ORDER BY id", ids
        ):
            withdrawals[w["consent_id"]].append(
                ConsentWithdrawal(datetime.fromisoformat(w["withdrawn_at"]), w["recorded_by"])
            )
        return [
            Consent(
                id=r["id"],
                conversation_id=r["conversation_id"],
                recipient=r["recipient"],
                information=r["information"],
                purpose=r["purpose"],
                decision=ConsentDecision(r["decision"]),
                form=ConsentForm(r["form"]),
                decided_on=date.fromisoformat(r["decided_on"]),
                valid_until=date_or_none(r["valid_until"]),
                recorded_by=r["recorded_by"],
                withdrawals=tuple(withdrawals[r["id"]]),
            )
            for r in rows
        ]

    # -- appointments ------------------------------------------------------------------------

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
        self, appointment_id: int, status: AppointmentStatus, by: Party | None = None
    ) -> None:
        self._write(
            "UPDATE appointments SET status = ?, status_by = ?, updated_at = ? WHERE id = ?",
            (str(status), str(by) if by else None, self.now_iso(), appointment_id),
        )

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
        """The next appointment made during this conversation (the latest one planned)."""
        rows = self._rows(
            "SELECT * FROM appointments WHERE conversation_id = ? AND status = 'planned' "
            "ORDER BY id DESC LIMIT 1",
            (conversation_id,),
        )
        return appointment_row(rows[0]) if rows else None
