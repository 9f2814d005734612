"""Schema step 5 (the trajectory): a vault made at every earlier version keeps every record,
and the history it can tell (a step's status change, a withdrawal, a finished conversation)
is carried into the new tables."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlite_utils import Database

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    AppointmentStatus,
    ConversationEventKind,
    Party,
    StepStatus,
)
from intakecompanion.vault import migrations, store
from intakecompanion.vault.migrations import STEPS
from intakecompanion.vault.store import open_with_data_key

T = "2026-03-02T10:00:00+01:00"
LATER = "2026-03-16T10:30:00+01:00"

# Rows as a vault of schema 1 to 4 holds them (these tables did not change in steps 2 to 4).
OLD_ROWS = [
    "INSERT INTO clients (id, name, created_at) VALUES (1, 'Sam De Smet', '{T}')",
    "INSERT INTO guide_snapshots (id, guide_id, version, content, fingerprint) "
    "VALUES (1, 'intake', '1', '{{}}', 'f1')",
    "INSERT INTO conversations (id, client_id, kind, guide_snapshot_id, started_at, ended_at, "
    "status) VALUES (1, 1, 'intake', 1, '{T}', '2026-03-02T11:00:00+01:00', 'closed')",
    "INSERT INTO conversations (id, client_id, kind, guide_snapshot_id, started_at) "
    "VALUES (2, 1, 'follow_up', 1, '2026-03-16T10:00:00+01:00')",
    "INSERT INTO notes (conversation_id, client_id, text, shared, created_at, updated_at) "
    "VALUES (1, 1, 'Wil koken', 1, '{T}', '{T}')",
    "INSERT INTO checklist_answers (conversation_id, item_id, state, updated_at) "
    "VALUES (1, 'welcome', 'done', '{T}')",
    "INSERT INTO steps (id, conversation_id, client_id, what, who, due_date, status, created_at, "
    "updated_at) VALUES (1, 1, 1, 'Cv', 'client', '2026-03-09', 'open', '{T}', '{T}')",
    "INSERT INTO steps (id, conversation_id, client_id, what, who, status, created_at, "
    "updated_at) VALUES (2, 1, 1, 'Bellen', 'coach', 'done', '{T}', "
    "'2026-03-02T10:40:00+01:00')",
    "INSERT INTO steps (id, conversation_id, client_id, what, who, status, created_at, "
    "updated_at) VALUES (3, 2, 1, 'Formulier', 'together', 'dropped', '{LATER}', '{LATER}')",
    "INSERT INTO consents (id, conversation_id, client_id, recipient, decision, form, "
    "decided_on, created_at) VALUES (1, 1, 1, 'VDAB', 'given', 'oral', '2026-03-02', '{T}')",
    "INSERT INTO consents (id, conversation_id, client_id, recipient, decision, form, "
    "decided_on, created_at) VALUES (2, 1, 1, 'Huisarts', 'given', 'oral', '2026-03-02', '{T}')",
    "INSERT INTO consent_withdrawals (consent_id, withdrawn_at, recorded_by) "
    "VALUES (2, '{LATER}', 'Noor')",
    "INSERT INTO appointments (id, client_id, conversation_id, starts_at, status, updated_at) "
    "VALUES (1, 1, 1, '2026-03-09T10:00:00+01:00', 'moved', '{T}')",
    "INSERT INTO appointments (id, client_id, conversation_id, starts_at, status, status_by, "
    "updated_at) VALUES (2, 1, 1, '2026-03-12T10:00:00+01:00', 'missed', 'client', '{T}')",
    "INSERT INTO appointments (id, client_id, conversation_id, starts_at, place, updated_at) "
    "VALUES (3, 1, 2, '2026-03-30T10:00:00+01:00', 'Lokaal 2', '{LATER}')",
    "INSERT INTO appointments (id, client_id, conversation_id, starts_at, status, updated_at) "
    "VALUES (4, 1, 1, '2026-03-16T09:45:00+01:00', 'kept', '{LATER}')",
    "INSERT INTO appointments (id, client_id, conversation_id, starts_at, status, updated_at) "
    "VALUES (5, 1, 1, '2026-03-20T09:45:00+01:00', 'kept', '{LATER}')",
]

TABLES = (
    "clients",
    "conversations",
    "notes",
    "checklist_answers",
    "steps",
    "consents",
    "consent_withdrawals",
    "appointments",
    "guide_snapshots",
)


def old_vault(path: Path, key: bytes, version: int) -> dict[str, list[tuple[object, ...]]]:
    """A vault as a release at `version` left it, with a small trajectory; returns its rows."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = store.connect(path, key)
    db = Database(conn)
    for number in sorted(v for v in STEPS if v <= version):
        conn.execute("BEGIN IMMEDIATE")
        STEPS[number](db)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    for statement in OLD_ROWS:
        conn.execute(statement.format(T=T, LATER=LATER))
    rows = {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in TABLES}
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return rows


@pytest.mark.parametrize("version", range(1, 5))
def test_every_record_and_its_history_survive_step_5(tmp_path: Path, version: int) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    before = old_vault(path, key, version)
    vault = open_with_data_key(path, key)
    try:
        assert migrations.schema_version(vault.db) == migrations.latest_version() >= 5
        for table, rows in before.items():
            width = len(rows[0])
            after = [row[:width] for row in vault.db.execute(f"SELECT * FROM {table} ORDER BY 1")]
            assert after == rows, table  # old columns first, every row as it was
        assert vault.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        book = Casebook(vault)

        # A step's status could only be changed in its own conversation before step 5.
        assert [(e.status, e.conversation_id) for e in book.step_history(2)] == [
            (StepStatus.OPEN, 1),
            (StepStatus.DONE, 1),
        ]
        done = book.step(2)
        assert (done.status_conversation_id, done.status_changed_at) == (
            1,
            book.step_history(2)[1].at,
        )
        assert str(done.status_changed_at.isoformat()) == "2026-03-02T10:40:00+01:00"
        assert [e.status for e in book.step_history(1)] == [StepStatus.OPEN]
        assert book.step(1).status_conversation_id is None
        assert [s.id for s in book.trajectory(2).steps_settled] == [3]

        # The withdrawal happened in the conversation open at the time: the follow-up.
        assert book.consent(2).withdrawals[0].conversation_id == 2
        assert [c.id for c in book.trajectory(2).consents_changed] == [2]

        intake = book.conversation(1)
        assert not intake.is_open and intake.ended_at is not None
        assert [e.kind for e in book.conversation_events(1)] == [ConversationEventKind.FINISHED]
        assert book.conversation(2).is_open and book.conversation_events(2) == []

        moved, missed, kept, kept_elsewhere, planned = book.appointments(1)
        # Kept: it became the follow-up of that day; none that day: unknown.
        assert (kept.status, kept.held_in) == (AppointmentStatus.KEPT, 2)
        assert (kept_elsewhere.status, kept_elsewhere.held_in) == (AppointmentStatus.KEPT, None)
        assert (moved.status, moved.moved_to) == (AppointmentStatus.MOVED, None)
        assert (missed.status, missed.status_by) == (AppointmentStatus.MISSED, Party.CLIENT)
        assert missed.outcome_at is not None and planned.outcome_at is None
        assert planned.place == "Lokaal 2" and planned.status is AppointmentStatus.PLANNED
        # The new outcomes are accepted by the rebuilt table.
        book.cancel_appointment(planned.id, Party.COACH, 2)
        assert book.appointment(planned.id).status is AppointmentStatus.CANCELLED
    finally:
        vault.close()


def test_erasing_a_client_after_the_migration_leaves_no_row(tmp_path: Path) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    old_vault(path, key, 4)
    vault = open_with_data_key(path, key)
    try:
        Casebook(vault).delete_client(1)
        for table in (*TABLES[:-1], "step_events", "conversation_events", "handed_sheets"):
            assert vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    finally:
        vault.close()
