"""The log of what left the vault, per client (issue 15).

Nothing is recorded twice: a sheet printed or saved as PDF is its row in `handed_sheets`, a
handover its row in `handovers` (issue 16); `disclosures` holds the rest, a client's copy
(with the client) and a backup (without: a backup holds every client in the vault at that
moment, so it appears in the log of every client who was in the vault then, i.e. created at
or before it). Each entry is recorded by the path that makes the file or print, in the same
transaction or right after the file is safely written (see `vault/backup.py`,
`summary/handed.py`, `handover/exchange.py`, `clientcopy/write.py`).
"""

from __future__ import annotations

from datetime import datetime

from intakecompanion.domain.agreements import Agreements
from intakecompanion.domain.model import Disclosure, DisclosureKind, LeftOutside, OwnNotes
from intakecompanion.domain.text import storable


class Disclosures(Agreements):
    def record_copy(self, client_id: int, destination: str, recipient: str = "") -> Disclosure:
        """Log a copy of the client's file written now to `destination` (file names) for
        `recipient` ("" = the client themself)."""
        self.client(client_id)
        at = self.now_iso()
        self._write(
            "INSERT INTO disclosures (client_id, at, kind, destination, recipient) "
            "VALUES (?, ?, 'copy', ?, ?)",
            (client_id, at, storable(destination), storable(recipient)),
        )
        return Disclosure(
            DisclosureKind.COPY, datetime.fromisoformat(at), "file", destination, recipient
        )

    def disclosure_log(self, client_id: int) -> list[Disclosure]:
        """Everything that left the vault with this client's records, oldest first."""
        client = self.client(client_id)
        entries = [
            Disclosure(
                DisclosureKind.SHEET,
                datetime.fromisoformat(r["handed_at"]),
                r["medium"],
                r["destination"],
                conversation_id=r["conversation_id"],
                handed_sheet_id=r["id"],
            )
            for r in self._rows(
                "SELECT id, handed_at, medium, destination, conversation_id FROM handed_sheets "
                "WHERE client_id = ? ORDER BY id",
                (client_id,),
            )
        ]
        consents = {c.id: c for c in self.client_consents(client_id)}
        entries += [
            Disclosure(
                DisclosureKind.HANDOVER,
                datetime.fromisoformat(r["sent_at"]),
                "file",
                destination=r["file"],
                recipient=r["recipient"],
                consent=consents.get(r["consent_id"]),
                sheet=r["sheet"],
                own_notes=OwnNotes(r["own_notes"]) if r["own_notes"] else None,
            )
            for r in self._rows(
                "SELECT sent_at, recipient, consent_id, sheet, file, own_notes FROM handovers "
                "WHERE client_id = ? ORDER BY id",
                (client_id,),
            )
        ]
        for r in self._rows(
            "SELECT kind, at, destination, recipient, client_id FROM disclosures "
            "WHERE client_id = ? OR client_id IS NULL ORDER BY id",
            (client_id,),
        ):
            at = datetime.fromisoformat(r["at"])  # compared as moments: offsets change at DST
            if r["client_id"] is not None or at >= client.created_at:
                entries.append(
                    Disclosure(
                        DisclosureKind(r["kind"]), at, "file", r["destination"], r["recipient"]
                    )
                )
        return sorted(entries, key=lambda e: e.at)

    def left_outside(self, client_id: int) -> LeftOutside:
        """What erasing this client cannot reach (from the client's log): the backups that
        hold them and the files written for them outside the vault (printed sheets are paper)."""
        log = self.disclosure_log(client_id)
        backups = [e.at for e in log if e.kind is DisclosureKind.BACKUP]
        written: list[str] = []
        for entry in log:
            if entry.kind is DisclosureKind.BACKUP or entry.how == "print":
                continue
            written += [p for p in (entry.destination, entry.sheet) if p and p not in written]
        return LeftOutside(len(backups), max(backups, default=None), tuple(written))
