"""One client's rows out of a vault and into another, every column kept (issue 16).

`export_client` reads every row that belongs to the client, table by table, as column -> value
dicts (ids included). `import_client` writes them into another vault inside the caller's
transaction, giving each row a new id and translating every reference to the new ids, so
history, steps, consents, appointments (with their outcomes and moves) and handed sheets stay
as they were. A guide snapshot the receiver already has (same fingerprint) is shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from intakecompanion.domain.file_names import shown_outside
from intakecompanion.handover.transfer import DamagedFile, NewerFile

_OF_CONVERSATIONS = "conversation_id IN (SELECT id FROM conversations WHERE client_id = :client)"


@dataclass(frozen=True)
class Table:
    name: str
    where: str  # this client's rows (:client)
    refs: dict[str, str] = field(default_factory=dict)  # column -> table whose id it holds
    has_id: bool = True


# In the order they are written: every reference points to a table written before it, or to
# its own table (appointments.moved_to: filled in once all of them are there).
TABLES: tuple[Table, ...] = (
    Table("clients", "id = :client"),
    Table(
        "guide_snapshots",
        "id IN (SELECT guide_snapshot_id FROM conversations WHERE client_id = :client)",
    ),
    Table(
        "conversations",
        "client_id = :client",
        {"client_id": "clients", "guide_snapshot_id": "guide_snapshots"},
    ),
    Table("conversation_events", _OF_CONVERSATIONS, {"conversation_id": "conversations"}),
    Table("checklist_answers", _OF_CONVERSATIONS, {"conversation_id": "conversations"}, False),
    Table(
        "notes", "client_id = :client", {"conversation_id": "conversations", "client_id": "clients"}
    ),
    Table(
        "steps",
        "client_id = :client",
        {
            "conversation_id": "conversations",
            "client_id": "clients",
            "status_conversation_id": "conversations",
        },
    ),
    Table(
        "step_events",
        "step_id IN (SELECT id FROM steps WHERE client_id = :client)",
        {"step_id": "steps", "conversation_id": "conversations"},
    ),
    Table(
        "consents",
        "client_id = :client",
        {"conversation_id": "conversations", "client_id": "clients"},
    ),
    Table(
        "consent_withdrawals",
        "consent_id IN (SELECT id FROM consents WHERE client_id = :client)",
        {"consent_id": "consents", "conversation_id": "conversations"},
    ),
    Table(
        "consent_requests",
        "client_id = :client",
        {"conversation_id": "conversations", "client_id": "clients"},
    ),
    Table(
        "appointments",
        "client_id = :client",
        {
            "client_id": "clients",
            "conversation_id": "conversations",
            "held_in_conversation_id": "conversations",
            "outcome_conversation_id": "conversations",
            "moved_to": "appointments",
        },
    ),
    Table(
        "handed_sheets",
        "client_id = :client",
        {"conversation_id": "conversations", "client_id": "clients"},
    ),
)

Rows = dict[str, list[dict[str, Any]]]
IdMap = dict[str, dict[int, int]]


def export_client(db: Database, client_id: int) -> Rows:
    """Every row of the client, per table, oldest first."""
    rows: Rows = {}
    for table in TABLES:
        order = "id" if table.has_id else "rowid"
        if table.name == "checklist_answers":
            order = "conversation_id, item_id"
        cursor = db.execute(
            f"SELECT * FROM {table.name} WHERE {table.where} ORDER BY {order}",
            {"client": client_id},
        )
        names = [d[0] for d in cursor.description]
        rows[table.name] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return rows


def internal_notes(rows: Rows) -> int:
    """How many of the coach's own notes `rows` hold: internal notes (not shared with the
    client) and notes on checklist points."""
    notes = sum(1 for n in rows.get("notes", []) if not n.get("shared"))
    return notes + sum(1 for a in rows.get("checklist_answers", []) if a.get("note"))


def without_internal_notes(rows: Rows) -> Rows:
    """`rows` without the coach's own notes (`internal_notes`): the notes shared with the client
    stay, the checklist points keep their state and lose their note."""
    kept = dict(rows)
    kept["notes"] = [n for n in rows.get("notes", []) if n.get("shared")]
    kept["checklist_answers"] = [
        {**a, "note": ""} if a.get("note") else a for a in rows.get("checklist_answers", [])
    ]
    return kept


def without_folders(rows: Rows) -> Rows:
    """`rows` with each sheet saved as PDF named by its file's name only (tour10): where the
    sender saved it (her folders; on a laptop, her user name) stays in her vault, for her
    erasure's list. A row not shaped as a handed sheet is left for `import_client` to refuse."""
    sheets = rows.get("handed_sheets")
    if not isinstance(sheets, list):
        return rows
    kept = dict(rows)
    kept["handed_sheets"] = [
        {**s, "destination": shown_outside(str(s.get("medium")), s["destination"])}
        if isinstance(s, dict) and isinstance(s.get("destination"), str)
        else s
        for s in sheets
    ]
    return kept


def import_client(db: Database, rows: Rows) -> IdMap:
    """Write `rows` (from `export_client`) into `db` in the caller's transaction; returns the
    old -> new id of every row. Raises `DamagedFile` on rows that do not fit together, and
    `NewerFile` on a column this version does not have."""
    if not isinstance(rows, dict) or len(rows.get("clients", [])) != 1:
        raise DamagedFile()
    ids: IdMap = {table.name: {} for table in TABLES}
    for table in TABLES:
        known = {r[1] for r in db.execute(f"PRAGMA table_info({table.name})").fetchall()}
        later: list[tuple[int, str, int]] = []  # (new id, column, old id) of own-table refs
        for row in _rows_of(rows, table.name):
            if not set(row) <= known:
                raise NewerFile()
            values = {k: v for k, v in row.items() if k != "id"}
            own: list[tuple[str, int]] = []
            for column, target in table.refs.items():
                if values.get(column) is None:
                    continue
                old = _int(values[column])
                if target == table.name:  # filled in once the whole table is there
                    values[column] = None
                    own.append((column, old))
                elif old not in ids[target]:
                    raise DamagedFile()
                else:
                    values[column] = ids[target][old]
            new_id = _insert(db, table, values)
            if table.has_id:
                ids[table.name][_int(row.get("id"))] = new_id
            later += [(new_id, column, old) for column, old in own]
        for new_id, column, old in later:
            if old not in ids[table.name]:
                raise DamagedFile()
            db.execute(
                f"UPDATE {table.name} SET {column} = ? WHERE id = ?",
                (ids[table.name][old], new_id),
            )
    return ids


def _insert(db: Database, table: Table, values: dict[str, Any]) -> int:
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    params = list(values.values())
    if table.name == "guide_snapshots":
        db.execute(
            f"INSERT INTO guide_snapshots ({columns}) VALUES ({marks}) "
            "ON CONFLICT (fingerprint) DO NOTHING",
            params,
        )
        found = db.execute(
            "SELECT id FROM guide_snapshots WHERE fingerprint = ?", (values.get("fingerprint"),)
        ).fetchone()
        if found is None:
            raise DamagedFile()
        return int(found[0])
    cursor = db.execute(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", params)
    return int(cursor.lastrowid or 0)


def _rows_of(rows: Rows, name: str) -> list[dict[str, Any]]:
    found = rows.get(name, [])
    if not isinstance(found, list) or not all(isinstance(r, dict) for r in found):
        raise DamagedFile()
    for row in found:
        for key, value in row.items():
            if not isinstance(key, str) or not key.isidentifier():
                raise DamagedFile()
            if not (value is None or isinstance(value, str | int | float)):
                raise DamagedFile()
    return found


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise DamagedFile()
    return value
