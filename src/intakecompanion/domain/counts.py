"""Anonymous counts of a period of whole months, for an organisation's reports (issue 16).

Numbers only: no name, no text, no date finer than the month. Every count under 5 (0 included)
is written "<5"; a cell that would reveal such a count through another cell (a part of a shown
whole, or a rate) is written "-". The columns and their meaning are fixed: docs/counts.md.
Months are compared on the local date as it was recorded (the first 7 characters of the stored
ISO time), so a conversation at 23:30 on 31 January counts in January.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

from intakecompanion.domain.model import coach_promise_sql, outcome_too_early_sql
from intakecompanion.vault.unlocked import Vault

SMALL = 5  # counts below this are not written
SMALL_MARK = "<5"
HIDDEN_MARK = "-"

# The file's columns, in order; never rename or reorder one (docs/counts.md), only append.
COLUMNS: tuple[str, ...] = (
    "period_from",
    "period_to",
    "conversations_intake",
    "conversations_follow_up",
    "clients_seen",
    "new_clients",
    "steps_set",
    "steps_done",
    "steps_dropped",
    "coach_promises_due",
    "coach_promises_kept_in_time",
    "consents_given",
    "consents_refused",
    "consents_withdrawn",
    "appointments_kept",
    "appointments_missed",
    "appointments_moved",
    "appointments_cancelled",
    "follow_up_rate_percent",
    "files_erased",
    "files_erased_after_archive_copy",
)

# (whole, part): the part is a subset of the whole, so whole - part is a count too.
NESTED: tuple[tuple[str, str], ...] = (
    ("clients_seen", "new_clients"),
    ("coach_promises_due", "coach_promises_kept_in_time"),
    ("files_erased", "files_erased_after_archive_copy"),
)

_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _own(client: str, moment: str) -> str:
    """SQL: a record of client `client` at `moment` is this coach's, not the colleague's who
    held the client before a take-over (dated at or before the handover file was sent)."""
    return (
        f"NOT EXISTS (SELECT 1 FROM takeovers t WHERE t.client_id = {client} "
        f"AND {moment} <= t.sent_at)"
    )


# A conversation taken over from a colleague is theirs (held_by_name is NULL for our own).
_OWN_CONVERSATION = "held_by_name IS NULL"

# Each count over the months :first .. :last (YYYY-MM, inclusive); month(x) = substr(x, 1, 7).
_QUERIES: dict[str, str] = {
    "conversations_intake": "SELECT count(*) FROM conversations WHERE kind = 'intake' "
    f"AND {_OWN_CONVERSATION} AND substr(started_at, 1, 7) BETWEEN :first AND :last",
    "conversations_follow_up": "SELECT count(*) FROM conversations WHERE kind = 'follow_up' "
    f"AND {_OWN_CONVERSATION} AND substr(started_at, 1, 7) BETWEEN :first AND :last",
    "clients_seen": "SELECT count(DISTINCT client_id) FROM conversations "
    f"WHERE {_OWN_CONVERSATION} AND substr(started_at, 1, 7) BETWEEN :first AND :last",
    # Seen in the period and never before it; one taken over was new to the colleague.
    "new_clients": "SELECT count(*) FROM (SELECT client_id FROM conversations "
    "GROUP BY client_id HAVING substr(min(started_at), 1, 7) BETWEEN :first AND :last "
    "AND count(held_by_name) = 0)",
    "steps_set": "SELECT count(*) FROM steps WHERE substr(created_at, 1, 7) "
    f"BETWEEN :first AND :last AND {_own('steps.client_id', 'created_at')}",
    # As the records stand now: done (dropped) and marked so in the period.
    "steps_done": "SELECT count(*) FROM steps WHERE status = 'done' "
    "AND substr(status_changed_at, 1, 7) BETWEEN :first AND :last "
    f"AND {_own('steps.client_id', 'status_changed_at')}",
    "steps_dropped": "SELECT count(*) FROM steps WHERE status = 'dropped' "
    "AND substr(status_changed_at, 1, 7) BETWEEN :first AND :last "
    f"AND {_own('steps.client_id', 'status_changed_at')}",
    "coach_promises_due": f"SELECT count(*) FROM steps WHERE {coach_promise_sql()} "
    "AND substr(due_date, 1, 7) BETWEEN :first AND :last "
    f"AND {_own('steps.client_id', 'due_date')}",
    "coach_promises_kept_in_time": f"SELECT count(*) FROM steps WHERE {coach_promise_sql()} "
    "AND substr(due_date, 1, 7) BETWEEN :first AND :last AND status = 'done' "
    f"AND substr(status_changed_at, 1, 10) <= due_date AND {_own('steps.client_id', 'due_date')}",
    "consents_given": "SELECT count(*) FROM consents WHERE decision = 'given' "
    f"AND substr(decided_on, 1, 7) BETWEEN :first AND :last "
    f"AND {_own('consents.client_id', 'decided_on')}",
    "consents_refused": "SELECT count(*) FROM consents WHERE decision = 'refused' "
    "AND substr(decided_on, 1, 7) BETWEEN :first AND :last "
    f"AND {_own('consents.client_id', 'decided_on')}",
    "consents_withdrawn": "SELECT count(DISTINCT consent_id) FROM consent_withdrawals w "
    "WHERE substr(withdrawn_at, 1, 7) BETWEEN :first AND :last AND "
    + _own("(SELECT client_id FROM consents WHERE id = w.consent_id)", "w.withdrawn_at"),
    "files_erased": "SELECT count(*) FROM erasures "
    "WHERE substr(erased_at, 1, 7) BETWEEN :first AND :last",
    "files_erased_after_archive_copy": "SELECT count(*) FROM erasures "
    "WHERE archived_at IS NOT NULL AND substr(erased_at, 1, 7) BETWEEN :first AND :last",
    # Kept or missed only when recorded once it could be (an old vault may hold an outcome
    # recorded before: not known, like one not recorded).
    **{
        f"appointments_{status}": f"SELECT count(*) FROM appointments WHERE status = '{status}' "
        f"AND NOT {outcome_too_early_sql()} "
        "AND substr(starts_at, 1, 7) BETWEEN :first AND :last "
        f"AND {_own('appointments.client_id', 'starts_at')}"
        for status in ("kept", "missed", "moved", "cancelled")
    },
}

# The follow-up rate: of the clients whose first intake lies in the period, how many had a
# follow-up conversation after it (up to the moment the counts are made). Only this coach's
# conversations: a client whose intake a colleague held is not in it.
_INTAKE_CLIENTS = """SELECT client_id, min(started_at) AS intake_at FROM conversations
    WHERE kind = 'intake' GROUP BY client_id
    HAVING substr(min(started_at), 1, 7) BETWEEN :first AND :last
    AND count(held_by_name) = 0"""
_RATE_SQL = f"""SELECT count(*),
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM conversations f WHERE f.kind = 'follow_up'
        AND f.client_id = i.client_id AND f.started_at > i.intake_at
        AND f.{_OWN_CONVERSATION}))
    FROM ({_INTAKE_CLIENTS}) i"""


class BadMonth(ValueError):
    """Not a month (YYYY-MM) or a date (YYYY-MM-DD)."""


def parse_month(text: str) -> str:
    """ "2026-03" or "2026-03-17" -> "2026-03" (only the month is ever used)."""
    found = _MONTH.fullmatch(text.strip())
    if not found:
        raise BadMonth(text)
    year, month, day = found.groups()
    try:
        date(int(year), int(month), int(day or 1))
    except ValueError:
        raise BadMonth(text) from None
    return f"{year}-{month}"


@dataclass(frozen=True)
class Counts:
    """The raw counts of a period (before suppression): never written as they are."""

    first_month: str
    last_month: str
    values: dict[str, int]
    intake_clients: int  # the follow-up rate's denominator
    followed_up: int  # ... and its numerator


def count_period(vault: Vault, first_month: str, last_month: str) -> Counts:
    """The counts of the months `first_month` .. `last_month` (YYYY-MM, inclusive)."""
    if first_month > last_month:
        first_month, last_month = last_month, first_month
    params = {"first": first_month, "last": last_month}
    values = {
        name: int(vault.db.execute(sql, params).fetchone()[0]) for name, sql in _QUERIES.items()
    }
    intake_clients, followed_up = vault.db.execute(_RATE_SQL, params).fetchone()
    return Counts(first_month, last_month, values, int(intake_clients), int(followed_up))


def published(counts: Counts) -> dict[str, str]:
    """Each column as it is written: small counts "<5", cells that would reveal one "-"."""
    row = {"period_from": counts.first_month, "period_to": counts.last_month}
    for name, value in counts.values.items():
        row[name] = str(value) if value >= SMALL else SMALL_MARK
    for whole, part in NESTED:
        shown = counts.values[whole] >= SMALL and counts.values[part] >= SMALL
        if shown and counts.values[whole] - counts.values[part] < SMALL:
            row[part] = HIDDEN_MARK  # else whole - part tells a count under 5
    row["follow_up_rate_percent"] = _rate(counts.followed_up, counts.intake_clients)
    return {name: row[name] for name in COLUMNS}


def _rate(part: int, whole: int) -> str:
    """A whole percentage, only when the part, the rest and so the whole are 5 or more: a
    rate with a small part or a small rest would tell that count (with the whole, or on its
    own at 0 % or 100 %)."""
    if part < SMALL or whole - part < SMALL:
        return HIDDEN_MARK
    return str(round(100 * part / whole))


def counts_csv(counts: Counts) -> str:
    """The CSV text: a header line with `COLUMNS` and one line of values (UTF-8, comma)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow(published(counts))
    return out.getvalue()
