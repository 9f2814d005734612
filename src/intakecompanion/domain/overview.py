"""The coach's overview across all clients: appointments of today and the coming week (and
those of the past week with no outcome recorded), the coach's own promises (hers alone or
together with the client: `StepOwner.is_coach_promise`), clients' overdue steps and consents
that end soon.

Every query reads a partial index made for it (schema step 5), so it costs about the same with
ten clients or ten thousand; each list is capped at `limit` lines.
"""

from __future__ import annotations

from datetime import date, timedelta

from intakecompanion.domain.model import (
    CoachOverview,
    OverviewAppointment,
    OverviewConsent,
    OverviewConsentRequest,
    OverviewStep,
    coach_promise_sql,
    outcome_too_early_sql,
)
from intakecompanion.domain.retention import Retentions
from intakecompanion.domain.rows import appointment_row, consent_request_row, step_row
from intakecompanion.guide.model import Retention

WEEK_DAYS = 7
CONSENT_NOTICE_DAYS = 30
OVERVIEW_LIMIT = 100  # lines per list; a list this long may have been cut


class Overviews(Retentions):
    def coach_overview(
        self,
        today: date | None = None,
        limit: int = OVERVIEW_LIMIT,
        retention: Retention | None = None,
    ) -> CoachOverview:
        """What needs the coach this week (see `CoachOverview` for each list's meaning); with
        the organisation's `retention` rule, also the files due for review."""
        today = today or self._clock().date()
        # Through the same weekday next week: an appointment exactly a week ahead (made at
        # the end of a conversation) is one of the coming days (tour9 #6).
        tomorrow, week_end = today + timedelta(days=1), today + timedelta(days=WEEK_DAYS)
        return CoachOverview(
            today=today,
            limit=limit,
            appointments_today=self._planned(today, tomorrow, limit),
            appointments_week=self._planned(tomorrow, week_end + timedelta(days=1), limit),
            appointments_unrecorded=self._planned(today - timedelta(days=WEEK_DAYS), today, limit),
            coach_promises=self._open_steps(
                f"{coach_promise_sql('s.who')} AND s.due_date <= :until", week_end, today, limit
            ),
            overdue_client_steps=self._open_steps(
                f"NOT {coach_promise_sql('s.who')} AND s.due_date < :until", today, today, limit
            ),
            consents_ending=self._consents_ending(today, limit),
            files_due=self.files_due_for_review(retention, today, limit),
            consents_review=self._consents_review(today, limit),
            consents_to_ask=self._consents_to_ask(limit),
        )

    def _planned(self, start: date, end: date, limit: int) -> tuple[OverviewAppointment, ...]:
        """Planned appointments on the days from `start` up to (not including) `end`, and
        those whose outcome was recorded before it could be true (an old vault's): the sheet,
        the client page and the counts read them as planned (`Appointment.known`), so they
        are listed too, as stored, for the coach to correct (`Appointment.outcome_too_early`).
        Those are few, and kept or missed: their part reads the kept and missed ones of those
        days (`appointments_settled`, schema step 16)."""
        rows = self._rows(
            "SELECT a.*, c.name AS client_name FROM appointments a "
            "INDEXED BY appointments_planned JOIN clients c ON c.id = a.client_id "
            "WHERE a.status = 'planned' AND a.starts_at >= :start AND a.starts_at < :end "
            "UNION ALL "
            "SELECT a.*, c.name AS client_name FROM appointments a "
            "INDEXED BY appointments_settled JOIN clients c ON c.id = a.client_id "
            "WHERE a.status IN ('kept', 'missed') AND a.starts_at >= :start "
            f"AND a.starts_at < :end AND {outcome_too_early_sql('a.')} "
            "ORDER BY starts_at, id LIMIT :limit",
            {"start": start.isoformat(), "end": end.isoformat(), "limit": limit},
        )
        return tuple(
            OverviewAppointment(r["client_id"], r["client_name"], appointment_row(r)) for r in rows
        )

    def _open_steps(
        self, where: str, until: date, today: date, limit: int
    ) -> tuple[OverviewStep, ...]:
        rows = self._rows(
            "SELECT s.*, c.name AS client_name FROM steps s INDEXED BY steps_open_due "
            f"JOIN clients c ON c.id = s.client_id WHERE s.status = 'open' AND {where} "
            "ORDER BY s.due_date, s.id LIMIT :limit",
            {"until": until.isoformat(), "limit": limit},
        )
        steps = [(r["client_name"], step_row(r)) for r in rows]
        return tuple(
            OverviewStep(step.client_id, name, step, step.is_overdue(today)) for name, step in steps
        )

    def _consents_ending(self, today: date, limit: int) -> tuple[OverviewConsent, ...]:
        rows = self._rows(
            "SELECT k.*, c.name AS client_name FROM consents k INDEXED BY consents_ending "
            "JOIN clients c ON c.id = k.client_id "
            "WHERE k.decision = 'given' AND k.valid_until IS NOT NULL "
            "AND k.valid_until >= :today AND k.valid_until <= :until AND k.decided_on <= :today "
            "AND NOT EXISTS (SELECT 1 FROM consent_withdrawals w WHERE w.consent_id = k.id) "
            "ORDER BY k.valid_until, k.id LIMIT :limit",
            {
                "today": today.isoformat(),
                "until": (today + timedelta(days=CONSENT_NOTICE_DAYS)).isoformat(),
                "limit": limit,
            },
        )
        consents = self._consents(rows)
        return tuple(
            OverviewConsent(r["client_id"], r["client_name"], c)
            for r, c in zip(rows, consents, strict=True)
        )

    def _consents_review(self, today: date, limit: int) -> tuple[OverviewConsent, ...]:
        """Consents in force whose review date lies within `CONSENT_NOTICE_DAYS` (or passed)."""
        rows = self._rows(
            "SELECT k.*, c.name AS client_name FROM consents k "
            "JOIN clients c ON c.id = k.client_id "
            "WHERE k.decision = 'given' AND k.review_on IS NOT NULL AND k.review_on <= :until "
            "AND (k.valid_until IS NULL OR k.valid_until >= :today) "
            "AND NOT EXISTS (SELECT 1 FROM consent_withdrawals w WHERE w.consent_id = k.id) "
            "ORDER BY k.review_on, k.id LIMIT :limit",
            {
                "today": today.isoformat(),
                "until": (today + timedelta(days=CONSENT_NOTICE_DAYS)).isoformat(),
                "limit": limit,
            },
        )
        return tuple(
            OverviewConsent(r["client_id"], r["client_name"], c)
            for r, c in zip(rows, self._consents(rows), strict=True)
        )

    def _consents_to_ask(self, limit: int) -> tuple[OverviewConsentRequest, ...]:
        rows = self._rows(
            "SELECT k.*, c.name AS client_name FROM consent_requests k "
            "JOIN clients c ON c.id = k.client_id "
            "ORDER BY k.review_on IS NULL, k.review_on, k.id LIMIT :limit",
            {"limit": limit},
        )
        return tuple(
            OverviewConsentRequest(r["client_id"], r["client_name"], consent_request_row(r))
            for r in rows
        )
