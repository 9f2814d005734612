"""The notes' search index is brought up to date when saves pause, not in every autosave.

An autosave of a note only records, in `notes_fts_behind` and in the save's own transaction,
that the note's index is behind and which text the index still holds for it (schema step 13).
Removing a note's old words from the index with FTS5's secure-delete rewrites every index
page holding one of them, each page encrypted on the way out: that was most of a save's cost.
`catch_up` applies the notes behind, in the caller's transaction: it removes the text the
index holds (secure-delete wipes it from the index pages) and indexes the note's text as
saved. A note deleted while behind is removed from the index by the delete trigger with the
text the index holds.

Every search catches up first, so it finds every saved word; so do the idle fold, closing
the vault (a lock, quitting), a backup, and a migration step that touches the index.
"""

from __future__ import annotations

import sqlcipher3

SINCE_VERSION = 13  # the schema step that made `notes_fts_behind`

CATCH_UP = (
    # The text the index holds, taken out (with secure-delete: out of the index pages too).
    "INSERT INTO notes_fts(notes_fts, rowid, text) "
    "SELECT 'delete', note_id, indexed_text FROM notes_fts_behind",
    "INSERT INTO notes_fts(rowid, text) "
    "SELECT n.id, n.text FROM notes_fts_behind b JOIN notes n ON n.id = b.note_id",
    "DELETE FROM notes_fts_behind",
)


def is_behind(conn: sqlcipher3.Connection) -> bool:
    """Whether any note's words are not yet in the search index as saved."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM notes_fts_behind)").fetchone()[0])


def catch_up(conn: sqlcipher3.Connection) -> None:
    """Index the notes behind as saved; inside the caller's write transaction."""
    for statement in CATCH_UP:
        conn.execute(statement)
