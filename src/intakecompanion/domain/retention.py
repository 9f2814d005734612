"""Retention the organisation sets (issue 15): how long a file is kept after the client's last
conversation, whether this program may erase at all, and a per-client hold ("niet wissen").

Nothing is ever deleted here: `files_due_for_review` lists the files whose period has passed,
for the coach to decide. An erasure (`Casebook.delete_client`) is refused for a client on hold,
and for every client when the organisation's policy says this program may not erase (some
services must keep files for the public archive, where destroying them needs permission).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from intakecompanion.domain.agreements import Agreements
from intakecompanion.domain.model import ArchiveCopy, ClientHold, Erasure, OverviewFile
from intakecompanion.domain.text import storable
from intakecompanion.guide.model import Retention

# The names a copy of a client's file is given (clientcopy.write.copy_paths): a word, the
# client's number, the day. Nothing else may be kept about an erased client.
ARCHIVE_FILE_NAME = re.compile(r"[a-z]+(?:-[a-z]+)*-\d+-\d{4}-\d{2}-\d{2}\.(?:pdf|json)")


def erasure_record(archive: ArchiveCopy | None) -> tuple[str | None, str]:
    """The erasure record's archive columns; ValueError for a file name that is not one the
    copy makes (a folder, or anything that could hold client text)."""
    if archive is None:
        return None, ""
    for name in archive.files:
        if not ARCHIVE_FILE_NAME.fullmatch(name):
            raise ValueError("an archive copy is recorded by its file names only")
    return archive.made_at.isoformat(), "\n".join(archive.files)


class ErasureRefused(Exception):
    """The client may not be erased: `on_hold` (with the hold) or the organisation forbids it."""

    def __init__(self, hold: ClientHold | None) -> None:
        super().__init__(hold)
        self.hold = hold

    @property
    def on_hold(self) -> bool:
        return self.hold is not None


def shift_years(day: date, years: int) -> date:
    """The same day `years` later (earlier when negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def review_due_on(retention: Retention, last: date) -> date | None:
    """The day a file whose last conversation was on `last` is due for review (None: kept
    permanently)."""
    if retention.keep_years is None:
        return None
    return shift_years(last, retention.keep_years)


class Retentions(Agreements):
    def place_hold(self, client_id: int, reason: str) -> ClientHold:
        """Mark the client's file "niet wissen" with `reason` (replacing an earlier hold)."""
        if not reason.strip():
            raise ValueError("a hold needs a reason")
        self.client(client_id)
        self._write(
            "INSERT INTO client_holds (client_id, reason, placed_at) VALUES (?, ?, ?) "
            "ON CONFLICT (client_id) DO UPDATE SET reason = excluded.reason, "
            "placed_at = excluded.placed_at",
            (client_id, storable(reason.strip()), self.now_iso()),
        )
        hold = self.hold(client_id)
        assert hold is not None
        return hold

    def lift_hold(self, client_id: int) -> None:
        self._write("DELETE FROM client_holds WHERE client_id = ?", (client_id,))

    def hold(self, client_id: int) -> ClientHold | None:
        rows = self._rows(
            "SELECT reason, placed_at FROM client_holds WHERE client_id = ?", (client_id,)
        )
        if not rows:
            return None
        return ClientHold(str(rows[0]["reason"]), datetime.fromisoformat(rows[0]["placed_at"]))

    def erasures(self) -> list[Erasure]:
        """Every erasure, oldest first: when, and the archive copy made before it, if any."""
        return [
            Erasure(
                datetime.fromisoformat(r["erased_at"]),
                ArchiveCopy(
                    datetime.fromisoformat(r["archived_at"]),
                    tuple(r["archive_files"].split("\n")),
                )
                if r["archived_at"]
                else None,
                r["client_id"],
                datetime.fromisoformat(r["client_created_at"]) if r["client_created_at"] else None,
            )
            for r in self._rows("SELECT * FROM erasures ORDER BY id")
        ]

    def erased_elsewhere(self, erasures: list[Erasure]) -> list[int]:
        """The clients of this vault that `erasures` (of the vault a backup was made of) erased
        there: the same number, added at the same moment; oldest first."""
        marks = {(e.client_id, e.client_added_at) for e in erasures if e.client_id is not None}
        rows = self._rows("SELECT id, created_at FROM clients ORDER BY id")
        return [
            int(r["id"])
            for r in rows
            if (r["id"], datetime.fromisoformat(r["created_at"])) in marks
        ]

    def check_erasable(self, client_id: int, retention: Retention | None = None) -> None:
        """Raise `ErasureRefused` when the client is on hold or the policy forbids erasing."""
        hold = self.hold(client_id)
        if hold is not None or (retention is not None and not retention.may_erase):
            raise ErasureRefused(hold)

    def files_due_for_review(
        self, retention: Retention | None, today: date | None = None, limit: int = 100
    ) -> tuple[OverviewFile, ...]:
        """Clients whose last conversation (or, without one, their start in the file) lies
        `keep_years` or more before `today`, oldest first; nothing for a permanent policy."""
        if retention is None or retention.keep_years is None:
            return ()
        today = today or self._clock().date()
        cutoff = shift_years(today, -retention.keep_years)
        rows = self._rows(
            """SELECT id, name, last, h.reason FROM (
                   SELECT c.id, c.name, coalesce(
                       (SELECT max(v.started_at) FROM conversations v WHERE v.client_id = c.id),
                       c.created_at) AS last
                   FROM clients c)
               LEFT JOIN client_holds h ON h.client_id = id
               WHERE substr(last, 1, 10) <= :cutoff ORDER BY last, id LIMIT :limit""",
            {"cutoff": cutoff.isoformat(), "limit": limit},
        )
        files = []
        for r in rows:
            last = datetime.fromisoformat(r["last"])
            due = review_due_on(retention, last.date())
            assert due is not None
            files.append(OverviewFile(r["id"], r["name"], last, due, r["reason"]))
        return tuple(files)
