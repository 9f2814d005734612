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

from intakecompanion.domain.model import coach_promise_sql
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

# Each count over the months :first .. :last (YYYY-MM, inclusive); month(x) = substr(x, 1, 7).
_QUERIES: dict[str, str] = {
    "conversations_intake": "SELECT count(*) FROM conversations WHERE kind = 'intake' "
    "AND substr(started_at, 1, 7) BETWEEN :first AND :last",
    "conversations_follow_up": "SELECT count(*) FROM conversations WHERE kind = 'follow_up' "
    "AND substr(started_at, 1, 7) BETWEEN :first AND :last",
    "clients_seen": "SELECT count(DISTINCT client_id) FROM conversations "
    "WHERE substr(started_at, 1, 7) BETWEEN :first AND :last",
    # Seen in the period and never before it.
    "new_clients": "SELECT count(*) FROM (SELECT client_id FROM conversations "
    "GROUP BY client_id HAVING substr(min(started_at), 1, 7) BETWEEN :first AND :last)",
    "steps_set": "SELECT count(*) FROM steps WHERE substr(created_at, 1, 7) "
    "BETWEEN :first AND :last",
    # As the records stand now: done (dropped) and marked so in the period.
    "steps_done": "SELECT count(*) FROM steps WHERE status = 'done' "
    "AND substr(status_changed_at, 1, 7) BETWEEN :first AND :last",
    "steps_dropped": "SELECT count(*) FROM steps WHERE status = 'dropped' "
    "AND substr(status_changed_at, 1, 7) BETWEEN :first AND :last",
    "coach_promises_due": f"SELECT count(*) FROM steps WHERE {coach_promise_sql()} "
    "AND substr(due_date, 1, 7) BETWEEN :first AND :last",
    "coach_promises_kept_in_time": f"SELECT count(*) FROM steps WHERE {coach_promise_sql()} "
    "AND substr(due_date, 1, 7) BETWEEN :first AND :last AND status = 'done' "
    "AND substr(status_changed_at, 1, 10) <= due_date",
    "consents_given": "SELECT count(*) FROM consents WHERE decision = 'given' "
    "AND substr(decided_on, 1, 7) BETWEEN :first AND :last",
    "consents_refused": "SELECT count(*) FROM consents WHERE decision = 'refused' "
    "AND substr(decided_on, 1, 7) BETWEEN :first AND :last",
    "consents_withdrawn": "SELECT count(DISTINCT consent_id) FROM consent_withdrawals "
    "WHERE substr(withdrawn_at, 1, 7) BETWEEN :first AND :last",
    "files_erased": "SELECT count(*) FROM erasures "
    "WHERE substr(erased_at, 1, 7) BETWEEN :first AND :last",
    "files_erased_after_archive_copy": "SELECT count(*) FROM erasures "
    "WHERE archived_at IS NOT NULL AND substr(erased_at, 1, 7) BETWEEN :first AND :last",
    **{
        f"appointments_{status}": f"SELECT count(*) FROM appointments WHERE status = '{status}' "
        "AND substr(starts_at, 1, 7) BETWEEN :first AND :last"
        for status in ("kept", "missed", "moved", "cancelled")
    },
}

# The follow-up rate: of the clients whose first intake lies in the period, how many had a
# follow-up conversation after it (up to the moment the counts are made).
_INTAKE_CLIENTS = """SELECT client_id, min(started_at) AS intake_at FROM conversations
    WHERE kind = 'intake' GROUP BY client_id
    HAVING substr(min(started_at), 1, 7) BETWEEN :first AND :last"""
_RATE_SQL = f"""SELECT count(*),
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM conversations f WHERE f.kind = 'follow_up'
        AND f.client_id = i.client_id AND f.started_at > i.intake_at))
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
