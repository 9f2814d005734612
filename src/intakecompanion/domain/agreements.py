"""What coach and client agree on: small steps (with their history) and consents (with
withdrawals); appointments live in `appointments.py`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from intakecompanion.domain.appointments import Appointments
from intakecompanion.domain.model import (
    Client,
    Consent,
    ConsentDecision,
    ConsentForm,
    ConsentRequest,
    ConsentReviewChange,
    ConsentWithdrawal,
    Conversation,
    Step,
    StepEvent,
    StepOwner,
    StepStatus,
)
from intakecompanion.domain.rows import (
    ConversationFinished,
    UnknownRecord,
    client_row,
    consent_request_row,
    conversation_row,
    date_or_none,
    iso,
    step_row,
)
from intakecompanion.domain.text import storable


class Agreements(Appointments):
    """Clients and conversations looked up, steps and consents (appointments: `Appointments`);
    every write one transaction."""

    def client(self, client_id: int) -> Client:
        row = self._one("SELECT * FROM clients WHERE id = ?", (client_id,), "client")
        return client_row(row)

    _CONVERSATION_SQL = (
        "SELECT v.*, g.guide_id, g.version AS guide_version FROM conversations v "
        "JOIN guide_snapshots g ON g.id = v.guide_snapshot_id "
    )

    def conversation(self, conversation_id: int) -> Conversation:
        row = self._one(
            self._CONVERSATION_SQL + "WHERE v.id = ?", (conversation_id,), "conversation"
        )
        return conversation_row(row)

    def _require_open(self, conversation_id: int) -> None:
        """`ConversationFinished` unless the conversation is open (never finished, or
        reopened); `UnknownRecord` if there is none."""
        row = self._one(
            "SELECT status FROM conversations WHERE id = ?", (conversation_id,), "conversation"
        )
        if row["status"] != "open":
            raise ConversationFinished(conversation_id)

    def _require_open_for(self, table: str, record_id: int) -> None:
        """As `_require_open`, for the conversation a note or step (`table`) was made in; no
        such record: nothing to refuse."""
        assert table in ("notes", "steps")
        rows = self._rows(
            f"SELECT v.id, v.status FROM {table} r JOIN conversations v "
            "ON v.id = r.conversation_id WHERE r.id = ?",
            (record_id,),
        )
        if rows and rows[0]["status"] != "open":
            raise ConversationFinished(int(rows[0]["id"]))

    def _client_of(self, conversation_id: int) -> int:
        row = self._one(
            "SELECT client_id FROM conversations WHERE id = ?", (conversation_id,), "conversation"
        )
        return int(row["client_id"])

    def add_step(
        self, conversation_id: int, what: str, who: StepOwner, due_date: date | None = None
    ) -> Step:
        self._require_open(conversation_id)
        client_id = self._client_of(conversation_id)
        now = self.now_iso()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO steps (conversation_id, client_id, what, who, due_date, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, client_id, storable(what), str(who), iso(due_date), now, now),
            )
            step_id = int(cursor.lastrowid or 0)
            db.execute(
                "INSERT INTO step_events (step_id, status, changed_at, conversation_id) "
                "VALUES (?, 'open', ?, ?)",
                (step_id, now, conversation_id),
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
        """Change the given fields (`due_date=None` clears the date; leave it out to keep it).

        A `status` given here is recorded as changed in the step's own conversation; from any
        other conversation use `set_step_status`.
        """
        self._require_open_for("steps", step_id)
        changes: dict[str, Any] = {}
        if what is not None:
            changes["what"] = storable(what)
        if who is not None:
            changes["who"] = str(who)
        if due_date is not False:
            changes["due_date"] = iso(due_date) if isinstance(due_date, date) else None
        if changes:
            assignments = ", ".join(f"{name} = :{name}" for name in changes)
            self._write(
                f"UPDATE steps SET {assignments}, updated_at = :now WHERE id = :id",
                {**changes, "now": self.now_iso(), "id": step_id},
            )
        if status is not None:
            self.set_step_status(step_id, status, self.step(step_id).conversation_id)

    def set_step_status(
        self, step_id: int, status: StepStatus, conversation_id: int | None
    ) -> Step:
        """Open, done or dropped, changed now in `conversation_id` (kept in the step's history).

        Setting the status it already has records nothing; a finished `conversation_id` refuses
        (`ConversationFinished`).
        """
        if conversation_id is not None:
            self._require_open(conversation_id)
        current = self.step(step_id)
        if current.status is status:
            return current
        now = self.now_iso()
        with self._transaction() as db:
            db.execute(
                "UPDATE steps SET status = ?, status_changed_at = ?, status_conversation_id = ?, "
                "updated_at = ? WHERE id = ?",
                (str(status), now, conversation_id, now, step_id),
            )
            db.execute(
                "INSERT INTO step_events (step_id, status, changed_at, conversation_id) "
                "VALUES (?, ?, ?, ?)",
                (step_id, str(status), now, conversation_id),
            )
        return self.step(step_id)

    def undo_step_status(self, step_id: int) -> Step:
        """Take back the step's last status change, made outside a conversation (the client
        page) by mistake: the step stands as it did before, and its history no longer holds
        the change (the client's copy would say it happened). `UnknownRecord` when its last
        change was made in a conversation (that conversation corrects it) or it has none."""
        events = self._rows(
            "SELECT id, status, changed_at, conversation_id FROM step_events WHERE step_id = ? "
            "ORDER BY id DESC LIMIT 2",
            (step_id,),
        )
        if len(events) < 2 or events[0]["conversation_id"] is not None:
            raise UnknownRecord("step change outside a conversation")
        last, before = events
        first = not self._rows(
            "SELECT 1 FROM step_events WHERE step_id = ? AND id < ? LIMIT 1",
            (step_id, before["id"]),
        )
        # As agreed (never changed): no moment nor conversation of a change, as `add_step`.
        changed_at, conversation_id = (
            (None, None) if first else (before["changed_at"], before["conversation_id"])
        )
        with self._transaction() as db:
            db.execute("DELETE FROM step_events WHERE id = ?", (last["id"],))
            db.execute(
                "UPDATE steps SET status = ?, status_changed_at = ?, status_conversation_id = ?, "
                "updated_at = ? WHERE id = ?",
                (before["status"], changed_at, conversation_id, self.now_iso(), step_id),
            )
        return self.step(step_id)

    def step_history(self, step_id: int) -> list[StepEvent]:
        """The step's statuses in order, the first one "open" when it was agreed."""
        rows = self._rows(
            "SELECT status, changed_at, conversation_id FROM step_events WHERE step_id = ? "
            "ORDER BY id",
            (step_id,),
        )
        return [
            StepEvent(
                StepStatus(r["status"]),
                datetime.fromisoformat(r["changed_at"]),
                r["conversation_id"],
            )
            for r in rows
        ]

    def delete_step(self, step_id: int) -> None:
        self._require_open_for("steps", step_id)
        self._write("DELETE FROM steps WHERE id = ?", (step_id,))

    def step(self, step_id: int) -> Step:
        return step_row(self._one("SELECT * FROM steps WHERE id = ?", (step_id,), "step"))

    def steps(self, conversation_id: int) -> list[Step]:
        rows = self._rows(
            "SELECT * FROM steps WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        )
        return [step_row(r) for r in rows]

    def client_steps(self, client_id: int) -> list[Step]:
        """Every step of the client, in any state, as agreed (oldest first)."""
        rows = self._rows("SELECT * FROM steps WHERE client_id = ? ORDER BY id", (client_id,))
        return [step_row(r) for r in rows]

    def client_has_steps(self, client_id: int) -> bool:
        """Whether any step was ever agreed with the client (whatever became of it)."""
        return bool(self._rows("SELECT 1 FROM steps WHERE client_id = ? LIMIT 1", (client_id,)))

    def open_steps(self, client_id: int) -> list[Step]:
        """The client's open steps, by due date (without a date last), then as agreed."""
        rows = self._rows(
            "SELECT * FROM steps WHERE client_id = ? AND status = 'open' "
            "ORDER BY due_date IS NULL, due_date, id",
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
        review_on: date | None = None,
        request_id: int | None = None,
    ) -> Consent:
        """Record a decision. A refusal also takes back, in the same transaction, every consent
        in force for the same sharing (same recipient and information): what the client said
        last is what holds, so no sheet can go on saying "I may share this". `request_id`:
        the consent not yet asked that this decision answers; it goes in the same
        transaction."""
        client_id = self._client_of(conversation_id)
        now = self.now_iso()
        recipient, information = storable(recipient), storable(information)
        taken_back = []
        if decision is ConsentDecision.REFUSED:
            sharing = (recipient.strip().casefold(), information.strip().casefold())
            moment = self._clock()
            taken_back = [
                c.id
                for c in self.client_consents(client_id)
                if c.sharing == sharing and c.in_force_on(moment)
            ]
        with self._transaction() as db:
            consent_id = db.execute(
                "INSERT INTO consents (conversation_id, client_id, recipient, information, "
                "purpose, decision, form, decided_on, valid_until, recorded_by, created_at, "
                "review_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    client_id,
                    recipient,
                    information,
                    storable(purpose),
                    str(decision),
                    str(form),
                    iso(decided_on or self._clock().date()),
                    iso(valid_until),
                    storable(recorded_by),
                    now,
                    iso(review_on),
                ),
            ).lastrowid
            if request_id is not None:
                answered = db.execute(
                    "DELETE FROM consent_requests WHERE id = ? AND client_id = ?",
                    (request_id, client_id),
                ).rowcount
                if not answered:
                    raise UnknownRecord("consent request")
            for earlier in taken_back:
                db.execute(
                    "INSERT INTO consent_withdrawals (consent_id, withdrawn_at, recorded_by, "
                    "conversation_id) VALUES (?, ?, ?, ?)",
                    (earlier, now, storable(recorded_by), conversation_id),
                )
        assert consent_id is not None
        return self.consent(consent_id)

    def set_consent_review(
        self, consent_id: int, review_on: date | None, conversation_id: int | None = None
    ) -> Consent:
        """When coach and client look at the consent again (None: no date), changed in
        `conversation_id`; the change is kept in the consent's history, in the same
        transaction (nothing is kept when the date stays the same).

        One conversation makes at most one change: the date is saved while the coach types
        it ("1/1", a pause, "1/10"), and those steps are not dates the client agreed to, so
        a later change in the same conversation rewrites that conversation's change (and
        removes it when the date is back where it was)."""
        before = self.consent(consent_id).review_on
        if before == review_on:
            return self.consent(consent_id)
        with self._transaction() as db:
            db.execute(
                "UPDATE consents SET review_on = ? WHERE id = ?", (iso(review_on), consent_id)
            )
            last = db.execute(
                "SELECT id, review_on_before, conversation_id FROM consent_review_changes "
                "WHERE consent_id = ? ORDER BY id DESC LIMIT 1",
                (consent_id,),
            ).fetchone()
            if last is not None and conversation_id is not None and last[2] == conversation_id:
                if last[1] == iso(review_on):
                    db.execute("DELETE FROM consent_review_changes WHERE id = ?", (last[0],))
                else:
                    db.execute(
                        "UPDATE consent_review_changes SET review_on = ?, changed_at = ? "
                        "WHERE id = ?",
                        (iso(review_on), self.now_iso(), last[0]),
                    )
            else:
                db.execute(
                    "INSERT INTO consent_review_changes (consent_id, review_on_before, "
                    "review_on, changed_at, conversation_id) VALUES (?, ?, ?, ?, ?)",
                    (consent_id, iso(before), iso(review_on), self.now_iso(), conversation_id),
                )
        return self.consent(consent_id)

    def request_consent(
        self,
        conversation_id: int,
        *,
        recipient: str,
        information: str,
        purpose: str,
        review_on: date | None = None,
    ) -> ConsentRequest:
        """Note a consent not yet asked: to whom, what, why, and when to ask (`review_on`)."""
        client_id = self._client_of(conversation_id)
        request_id = self._write(
            "INSERT INTO consent_requests (conversation_id, client_id, recipient, information, "
            "purpose, review_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                client_id,
                storable(recipient),
                storable(information),
                storable(purpose),
                iso(review_on),
                self.now_iso(),
            ),
        )
        return self.consent_request(request_id)

    def consent_request(self, request_id: int) -> ConsentRequest:
        return consent_request_row(
            self._one("SELECT * FROM consent_requests WHERE id = ?", (request_id,), "request")
        )

    def consent_requests(self, client_id: int) -> list[ConsentRequest]:
        """The client's consents not yet asked, as noted."""
        rows = self._rows(
            "SELECT * FROM consent_requests WHERE client_id = ? ORDER BY id", (client_id,)
        )
        return [consent_request_row(r) for r in rows]

    def drop_consent_request(self, request_id: int) -> None:
        """The coach will not ask after all (nothing was decided, so nothing else is kept)."""
        self._write("DELETE FROM consent_requests WHERE id = ?", (request_id,))

    def withdraw_consent(
        self, consent_id: int, recorded_by: str = "", conversation_id: int | None = None
    ) -> None:
        """Record a withdrawal (now, in `conversation_id`) as its own event; the consent itself
        stays as it was given."""
        self.consent(consent_id)
        self._write(
            "INSERT INTO consent_withdrawals (consent_id, withdrawn_at, recorded_by, "
            "conversation_id) VALUES (?, ?, ?, ?)",
            (consent_id, self.now_iso(), storable(recorded_by), conversation_id),
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
                ConsentWithdrawal(
                    datetime.fromisoformat(w["withdrawn_at"]),
                    w["recorded_by"],
                    w["conversation_id"],
                )
            )
        changes: dict[int, list[ConsentReviewChange]] = {i: [] for i in ids}
        for c in self._rows(
            f"SELECT * FROM consent_review_changes WHERE consent_id IN ({marks}) ORDER BY id",
            ids,
        ):
            changes[c["consent_id"]].append(
                ConsentReviewChange(
                    datetime.fromisoformat(c["changed_at"]),
                    date_or_none(c["review_on_before"]),
                    date_or_none(c["review_on"]),
                    c["conversation_id"],
                )
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
                client_id=r["client_id"],
                review_on=date_or_none(r["review_on"]),
                review_changes=tuple(changes[r["id"]]),
            )
            for r in rows
        ]
