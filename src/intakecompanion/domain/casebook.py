"""The operations on a coach's casebook: profile, clients, conversations, checklist, notes.

`Casebook` is the narrow core object the UI, the summary and the command line talk to. Every
write is one short transaction on the vault, on disk when the call returns; every read returns
plain dataclasses from `model.py`. Steps, consents and appointments come from `Agreements`;
what stands for a conversation or a client from `Trajectories`; the coach's overview from
`Overviews`; the log of what left the vault from `Disclosures`; the review of notes before a
client's copy from `Reviews`; holds and files due under the retention rule from `Retentions`.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from intakecompanion.domain.disclosures import Disclosures
from intakecompanion.domain.model import (
    CLIENT_LANGUAGES,
    ArchiveCopy,
    ChecklistAnswer,
    Client,
    ClientOverview,
    ClientPage,
    CoachProfile,
    Conversation,
    ConversationEvent,
    ConversationEventKind,
    ConversationKind,
    ItemState,
    Note,
    coach_promise_sql,
)
from intakecompanion.domain.overview import Overviews
from intakecompanion.domain.retention import Retentions, erasure_record
from intakecompanion.domain.reviews import Reviews
from intakecompanion.domain.rows import (
    ConversationFinished,
    UnknownRecord,
    client_row,
    conversation_row,
    dt_or_none,
    iso,
    note_row,
)
from intakecompanion.domain.search import fts_query, note_query
from intakecompanion.domain.text import storable
from intakecompanion.domain.trajectory import Trajectories
from intakecompanion.guide.model import Retention
from intakecompanion.guide.snapshot import guide_from_snapshot
from intakecompanion.vault.errors import SaveFailed
from intakecompanion.vault.schema import client_sort_key as sort_key

__all__ = [
    "CLIENT_PAGE_SIZE",
    "Casebook",
    "ConversationFinished",
    "UnknownRecord",
    "fts_query",
    "sort_key",
]

_PROFILE_FIELDS = ("name", "organisation", "phone", "email", "reachable", "boundaries")
CLIENT_PAGE_SIZE = 100


class Casebook(Trajectories, Overviews, Disclosures, Reviews, Retentions):
    """All reads and writes of a coach's records in one open vault."""

    # -- coach profile -----------------------------------------------------------------------

    def profile(self) -> CoachProfile:
        rows = self._rows(f"SELECT {', '.join(_PROFILE_FIELDS)} FROM coach_profile WHERE id = 1")
        return CoachProfile(**rows[0]) if rows else CoachProfile()

    def save_profile(self, profile: CoachProfile) -> None:
        values = {name: storable(getattr(profile, name)) for name in _PROFILE_FIELDS}
        columns = ", ".join(_PROFILE_FIELDS)
        placeholders = ", ".join(f":{name}" for name in _PROFILE_FIELDS)
        updates = ", ".join(f"{name} = excluded.{name}" for name in _PROFILE_FIELDS)
        self._write(
            f"INSERT INTO coach_profile (id, {columns}, updated_at) "
            f"VALUES (1, {placeholders}, :now) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            {**values, "now": self.now_iso()},
        )

    # -- clients -----------------------------------------------------------------------------

    def add_client(self, name: str, contact: str = "", *, pseudonym: bool = False) -> Client:
        """A new client; `pseudonym`: `name` is a pseudonym the client chose (found by it
        like any name, and marked as such)."""
        name = storable(name.strip())
        client_id = self._write(
            "INSERT INTO clients (name, sort_name, contact, created_at, pseudonym) "
            "VALUES (?, ?, ?, ?, ?)",
            (name, sort_key(name), storable(contact), self.now_iso(), int(pseudonym)),
        )
        return self.client(client_id)

    def set_client_pseudonym(self, client_id: int, pseudonym: bool) -> None:
        self._write("UPDATE clients SET pseudonym = ? WHERE id = ?", (int(pseudonym), client_id))

    def rename_client(self, client_id: int, name: str) -> None:
        name = storable(name.strip())
        self._write(
            "UPDATE clients SET name = ?, sort_name = ? WHERE id = ?",
            (name, sort_key(name), client_id),
        )

    def set_client_contact(self, client_id: int, contact: str) -> None:
        self._write("UPDATE clients SET contact = ? WHERE id = ?", (storable(contact), client_id))

    def set_client_language(self, client_id: int, language: str) -> None:
        """The language of the client's papers from now on ("" = not chosen)."""
        if language and language not in CLIENT_LANGUAGES:
            raise ValueError(f"unknown client language {language!r}; one of {CLIENT_LANGUAGES}")
        self._write("UPDATE clients SET language = ? WHERE id = ?", (language, client_id))

    def delete_client(
        self,
        client_id: int,
        *,
        fold_wal: bool = True,
        retention: Retention | None = None,
        archive: ArchiveCopy | None = None,
    ) -> None:
        """Erase the client and everything recorded about them, search index included.

        Refused (`ErasureRefused`, nothing erased) while the client's file is on hold, or when
        the organisation's `retention` rule says this program may not erase. In the same
        transaction the erasure is recorded (`erasures`): when, the client's number and the
        moment they were added (to recognise them in a backup made earlier), and the `archive`
        copy written just before, by its file names only; no client text. The client's
        handovers stay in the log without the names of their files.

        secure_delete zeroes the freed pages; the checkpoint folds the WAL into the main file
        and truncates it, so no earlier version of those pages stays behind in the WAL. Should
        the checkpoint not finish (a backup still reading, a full disk), the delete stands and
        the WAL is folded in at the next checkpoint, at the latest when the vault closes. A copy
        kept from before a schema migration, or an inspection copy a crash left behind, still
        holds the client, so it is removed too.
        With `fold_wal=False` the caller runs the checkpoint (the app: in a worker that does not
        wait for a backup's reader, `ui/lock/wal_folding.py`).
        """
        self.check_erasable(client_id, retention)
        archived_at, archive_files = erasure_record(archive)
        with self._transaction() as db:
            added = db.execute("SELECT created_at FROM clients WHERE id = ?", (client_id,))
            created = added.fetchone()
            if db.execute("DELETE FROM clients WHERE id = ?", (client_id,)).rowcount:
                db.execute(
                    "INSERT INTO erasures (erased_at, archived_at, archive_files, client_id, "
                    "client_created_at) VALUES (?, ?, ?, ?, ?)",
                    (self.now_iso(), archived_at, archive_files, client_id, created[0]),
                )
            # The handovers stay in the log (issue 16) without their file names.
            db.execute(
                "UPDATE handovers SET sheet = '', file = '' WHERE client_id IS NULL "
                "AND (sheet != '' OR file != '')"
            )
        self.vault.remove_kept_copies()
        if fold_wal:
            self.vault.checkpoint()

    def clients(self, search: str = "", today: date | None = None) -> list[ClientOverview]:
        """The whole client list, alphabetical; `search` as in `client_page`."""
        return self.client_page(search, today, limit=None).overviews

    def client_page(
        self,
        search: str = "",
        today: date | None = None,
        *,
        limit: int | None = CLIENT_PAGE_SIZE,
        offset: int = 0,
    ) -> ClientPage:
        """`limit` clients from `offset` on in alphabetical order (all with `limit=None`).

        `search` matches name prefixes, or words in notes and in the notes on checklist items
        (`domain.search`). The order comes
        from the `sort_name` index and the marks are only counted for the page itself, so a
        page costs about the same with ten clients or ten thousand.
        """
        params: dict[str, Any] = {"limit": -1 if limit is None else limit + 1, "offset": offset}
        where = ""
        if search.strip():
            names = fts_query(search)
            if names is None:
                return ClientPage([], False)
            matches = ["SELECT rowid FROM clients_fts WHERE clients_fts MATCH :names"]
            params["names"] = names
            notes = note_query(search)
            if notes is not None:
                self._catch_up_search()
                matches.append(
                    "SELECT n.client_id FROM notes_fts "
                    "JOIN notes n INDEXED BY notes_owner ON n.id = notes_fts.rowid "
                    "WHERE notes_fts MATCH :notes"
                )
                matches.append(
                    "SELECT v.client_id FROM checklist_notes_fts "
                    "JOIN checklist_note_keys k ON k.id = checklist_notes_fts.rowid "
                    "JOIN conversations v ON v.id = k.conversation_id "
                    "WHERE checklist_notes_fts MATCH :notes"
                )
                params["notes"] = notes
            where = f"WHERE c.id IN ({' UNION '.join(matches)})"
        ids = [
            r["id"]
            for r in self._rows(
                f"SELECT c.id FROM clients c {where} "
                "ORDER BY c.sort_name, c.id LIMIT :limit OFFSET :offset",
                params,
            )
        ]
        has_more = limit is not None and len(ids) > limit
        ids = ids[:limit] if limit is not None else ids
        return ClientPage(self._overviews(ids, today), has_more)

    def _catch_up_search(self) -> None:
        """Every saved word is found: the notes whose index is behind (the open conversation's,
        edited since saves last paused) are indexed first. Should the disk refuse that write,
        the search runs on the index as it stands (those few notes as they were when last
        indexed) until a catch-up succeeds; nothing typed is lost either way."""
        try:
            self.vault.catch_up_search()
        except SaveFailed:
            pass

    def _overviews(self, ids: list[int], today: date | None) -> list[ClientOverview]:
        """The list rows of `ids`, in that order."""
        if not ids:
            return []
        rows = self._rows(
            f"""SELECT c.*,
                (SELECT count(*) FROM steps s WHERE s.client_id = c.id AND s.status = 'open')
                    AS open_steps,
                (SELECT count(*) FROM steps s WHERE s.client_id = c.id AND s.status = 'open'
                    AND {coach_promise_sql("s.who")} AND s.due_date < :today) AS overdue,
                (SELECT max(started_at) FROM conversations v WHERE v.client_id = c.id) AS last
            FROM clients c WHERE c.id IN (SELECT value FROM json_each(:ids))""",
            {
                "today": (today or self._clock().date()).isoformat(),
                "ids": "[" + ",".join(str(int(i)) for i in ids) + "]",
            },
        )
        by_id = {
            r["id"]: ClientOverview(
                client_row(r), r["open_steps"], r["overdue"], dt_or_none(r["last"])
            )
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    # -- conversations -----------------------------------------------------------------------

    def start_conversation(
        self,
        client_id: int,
        kind: ConversationKind,
        guide_id: str,
        guide_version: str,
        guide_snapshot: str,
    ) -> Conversation:
        """Open a conversation, keeping the guide as it was asked (history stays true)."""
        with self._transaction() as db:
            fingerprint = hashlib.sha256(guide_snapshot.encode("utf-8")).hexdigest()
            db.execute(
                "INSERT INTO guide_snapshots (guide_id, version, content, fingerprint) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
                (guide_id, guide_version, guide_snapshot, fingerprint),
            )
            snapshot_id = db.execute(
                "SELECT id FROM guide_snapshots WHERE fingerprint = ?", (fingerprint,)
            ).fetchone()[0]
            cursor = db.execute(
                "INSERT INTO conversations (client_id, kind, guide_snapshot_id, started_at) "
                "VALUES (?, ?, ?, ?)",
                (client_id, str(kind), snapshot_id, self.now_iso()),
            )
            conversation_id = int(cursor.lastrowid or 0)
        return self.conversation(conversation_id)

    def conversations(self, client_id: int) -> list[Conversation]:
        """The client's history, newest first."""
        rows = self._rows(
            self._CONVERSATION_SQL + "WHERE v.client_id = ? ORDER BY v.started_at DESC, v.id DESC",
            (client_id,),
        )
        return [conversation_row(r) for r in rows]

    def guide_snapshot(self, conversation_id: int) -> str:
        """The guide exactly as this conversation used it."""
        row = self._one(
            "SELECT g.content FROM conversations v JOIN guide_snapshots g "
            "ON g.id = v.guide_snapshot_id WHERE v.id = ?",
            (conversation_id,),
            "conversation",
        )
        return str(row["content"])

    def finish_conversation(
        self, conversation_id: int, ended_at: datetime | None = None
    ) -> Conversation:
        """Finished now: its end time is stored (the duration stops) and the finish recorded.
        `ended_at`: it ended then (a conversation left open on an earlier day, finished at
        its last change, `last_change_at`); the finish is recorded now all the same.

        A conversation finished again after a reopen keeps its first end time.
        """
        self._conversation_event(
            conversation_id,
            ConversationEventKind.FINISHED,
            "UPDATE conversations SET ended_at = coalesce(ended_at, :end), status = 'closed' "
            "WHERE id = :id AND status = 'open'",
            iso(ended_at),
        )
        return self.conversation(conversation_id)

    def last_change_at(self, conversation_id: int) -> datetime:
        """When the last thing recorded in the conversation was: a checklist point, a note, a
        step agreed or settled in it, a consent or its withdrawal, a consent to ask, an
        appointment made or its outcome, a sheet handed over, a finish or reopen; its start
        when nothing was."""
        rows = self._rows(
            "SELECT updated_at AS at FROM checklist_answers WHERE conversation_id = :id "
            "UNION ALL SELECT updated_at FROM notes WHERE conversation_id = :id "
            "UNION ALL SELECT updated_at FROM steps WHERE conversation_id = :id "
            "UNION ALL SELECT changed_at FROM step_events WHERE conversation_id = :id "
            "UNION ALL SELECT created_at FROM consents WHERE conversation_id = :id "
            "UNION ALL SELECT withdrawn_at FROM consent_withdrawals WHERE conversation_id = :id "
            "UNION ALL SELECT created_at FROM consent_requests WHERE conversation_id = :id "
            "UNION ALL SELECT updated_at FROM appointments WHERE conversation_id = :id "
            "UNION ALL SELECT outcome_at FROM appointments WHERE outcome_conversation_id = :id "
            "UNION ALL SELECT handed_at FROM handed_sheets WHERE conversation_id = :id "
            "UNION ALL SELECT at FROM conversation_events WHERE conversation_id = :id",
            {"id": conversation_id},
        )
        times = [datetime.fromisoformat(r["at"]) for r in rows if r["at"]]
        return max([self.conversation(conversation_id).started_at, *times])

    def reopen_conversation(self, conversation_id: int) -> Conversation:
        """Open a finished conversation again to correct it; the reopen is recorded."""
        self._conversation_event(
            conversation_id,
            ConversationEventKind.REOPENED,
            "UPDATE conversations SET status = 'open' WHERE id = :id AND status = 'closed'",
        )
        return self.conversation(conversation_id)

    def _conversation_event(
        self,
        conversation_id: int,
        kind: ConversationEventKind,
        update: str,
        end: str | None = None,
    ) -> None:
        self.conversation(conversation_id)
        now = self.now_iso()
        with self._transaction() as db:
            params = {"now": now, "end": end or now, "id": conversation_id}
            changed = db.execute(update, params).rowcount
            if changed:  # finishing a finished one (or reopening an open one) records nothing
                db.execute(
                    "INSERT INTO conversation_events (conversation_id, kind, at) VALUES (?, ?, ?)",
                    (conversation_id, str(kind), now),
                )

    def conversation_events(self, conversation_id: int) -> list[ConversationEvent]:
        """Its finishes and reopens, oldest first."""
        rows = self._rows(
            "SELECT kind, at FROM conversation_events WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        )
        return [
            ConversationEvent(ConversationEventKind(r["kind"]), datetime.fromisoformat(r["at"]))
            for r in rows
        ]

    def set_last_phase(self, conversation_id: int, phase_id: str) -> None:
        """Where the coach is in the conversation (a guide phase id), to reopen it there."""
        self._write(
            "UPDATE conversations SET last_phase = ? WHERE id = ?", (phase_id, conversation_id)
        )

    # -- checklist ---------------------------------------------------------------------------

    def answers(self, conversation_id: int) -> dict[str, ChecklistAnswer]:
        rows = self._rows(
            "SELECT item_id, state, note FROM checklist_answers WHERE conversation_id = ?",
            (conversation_id,),
        )
        return {
            r["item_id"]: ChecklistAnswer(r["item_id"], ItemState(r["state"]), r["note"])
            for r in rows
        }

    def set_item_state(self, conversation_id: int, item_id: str, state: ItemState) -> None:
        self._upsert_answer(conversation_id, item_id, "state", str(state))

    def set_item_note(self, conversation_id: int, item_id: str, note: str) -> None:
        self._upsert_answer(conversation_id, item_id, "note", storable(note))

    def _upsert_answer(self, conversation_id: int, item_id: str, column: str, value: str) -> None:
        assert column in ("state", "note")
        self._require_open(conversation_id)
        self._write(
            f"INSERT INTO checklist_answers (conversation_id, item_id, {column}, updated_at) "
            f"VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id, item_id) "
            f"DO UPDATE SET {column} = excluded.{column}, updated_at = excluded.updated_at",
            (conversation_id, item_id, value, self.now_iso()),
        )

    def carried_over_items(self, conversation_id: int) -> list[str]:
        """Item ids left open in the client's earlier intake, for a follow-up to pick up.

        Open is every item of the intake's guide not done or not applicable there, an item
        never touched too (the intake's closing step promised those come back). An item
        counts as dealt with once it is settled in any later follow-up before this one.
        """
        current = self.conversation(conversation_id)
        rows = self._rows(
            """SELECT v.id, v.kind FROM conversations v
               WHERE v.client_id = ? AND v.id < ? ORDER BY v.id""",
            (current.client_id, current.id),
        )
        intakes = [r["id"] for r in rows if r["kind"] == ConversationKind.INTAKE]
        if current.kind is not ConversationKind.FOLLOW_UP or not intakes:
            return []
        intake_id = intakes[-1]
        items = [item.id for item in guide_from_snapshot(self.guide_snapshot(intake_id)).items()]
        settled = {
            r["item_id"]
            for r in self._rows(
                "SELECT item_id FROM checklist_answers WHERE state != 'open' AND conversation_id "
                "IN (SELECT id FROM conversations WHERE client_id = ? AND id >= ? AND id <= ?)",
                (current.client_id, intake_id, current.id),
            )
        }
        return [item_id for item_id in items if item_id not in settled]

    # -- notes -------------------------------------------------------------------------------

    def add_note(self, conversation_id: int, text: str = "", shared: bool = False) -> Note:
        self._require_open(conversation_id)
        client_id = self.conversation(conversation_id).client_id
        now = self.now_iso()
        note_id = self._write(
            "INSERT INTO notes (conversation_id, client_id, text, shared, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (conversation_id, client_id, storable(text), int(shared), now, now),
        )
        return self.note(note_id)

    def add_not_recorded(self, conversation_id: int) -> Note:
        """The marker "not recorded at the client's request", placed in a note's stead: a note
        without text that the copy of the file shows as such (never on a sheet)."""
        self._require_open(conversation_id)
        client_id = self.conversation(conversation_id).client_id
        now = self.now_iso()
        note_id = self._write(
            "INSERT INTO notes (conversation_id, client_id, text, shared, created_at, updated_at,"
            " not_recorded) VALUES (?, ?, '', 0, ?, ?, 1)",
            (conversation_id, client_id, now, now),
        )
        return self.note(note_id)

    def update_note_text(self, note_id: int, text: str) -> None:
        self._require_open_for("notes", note_id)
        text = storable(text)
        self._write(  # text typed into a "not recorded" marker makes it an ordinary note
            "UPDATE notes SET text = ?, updated_at = ?, not_recorded = not_recorded AND ? = '' "
            "WHERE id = ?",
            (text, self.now_iso(), text, note_id),
        )

    def set_note_shared(self, note_id: int, shared: bool) -> None:
        self._require_open_for("notes", note_id)
        self._write(
            "UPDATE notes SET shared = ?, updated_at = ? WHERE id = ?",
            (int(shared), self.now_iso(), note_id),
        )

    def delete_note(self, note_id: int) -> None:
        self._require_open_for("notes", note_id)
        self._write("DELETE FROM notes WHERE id = ?", (note_id,))

    def note(self, note_id: int) -> Note:
        return note_row(self._one("SELECT * FROM notes WHERE id = ?", (note_id,), "note"))

    def notes(self, conversation_id: int) -> list[Note]:
        rows = self._rows(
            "SELECT * FROM notes WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        )
        return [note_row(r) for r in rows]
