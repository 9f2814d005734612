"""The vault's schema, one registered migration step per version.

Never edit a released step: add a new one. Tests open vaults made at every earlier version.
"""

from __future__ import annotations

import unicodedata

from sqlite_utils import Database

from intakecompanion.vault.migrations import step


@step(1)
def create_initial_schema(db: Database) -> None:
    for statement in _SCHEMA_V1:
        db.execute(statement)


@step(2)
def add_client_sort_names(db: Database) -> None:
    """The client list is read a page at a time in alphabetical order, so the order must come
    from an index: `sort_name` holds `client_sort_key(name)`, kept by the Casebook."""
    db.execute("ALTER TABLE clients ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, name FROM clients").fetchall()
    db.conn.executemany(
        "UPDATE clients SET sort_name = ? WHERE id = ?",
        [(client_sort_key(name), client_id) for client_id, name in rows],
    )
    db.execute("CREATE INDEX clients_sort ON clients(sort_name, id)")


@step(3)
def add_note_owner_index(db: Database) -> None:
    """A search finds note ids in the index; their clients then come from this small covering
    index instead of from the notes table itself (half the time for a word in 5 % of notes)."""
    db.execute("CREATE INDEX notes_owner ON notes(id, client_id)")


@step(4)
def add_vault_meta(db: Database) -> None:
    """Small facts about the vault itself (see vault/meta.py), inside the encryption: e.g.
    whether the coach confirmed keeping the recovery key."""
    db.execute("CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT)")


@step(5)
def add_trajectory(db: Database) -> None:
    """Agreements belong to the client's trajectory (issue 13).

    A step's status changes are events (`step_events`: which status, when, in which
    conversation); `steps` keeps the latest change for quick reads. A consent's withdrawal
    records the conversation it was taken in. An appointment gets an outcome (kept in which
    conversation, moved to which new one, missed, cancelled by whom). A conversation keeps the
    phase where the coach left it and its finish/reopen events; the client sheets handed over
    are kept with the content needed to reproduce them.

    Existing records keep their history: a step's done/dropped status was only settable in the
    conversation that made it, so that conversation is where it changed (at its `updated_at`);
    a withdrawal is put in the client's latest conversation started before it (the consent
    list lives inside a conversation; a guess, as the coach may have withdrawn it from an
    earlier conversation reopened, but the only conversation that was open at the time is the
    likeliest); a kept appointment is held in the client's conversation of that day nearest to
    its time (none that day: unknown); a finished conversation gets its finish event.
    """
    for statement in _SCHEMA_V5:
        db.execute(statement)
    db.execute(
        """INSERT INTO step_events (step_id, status, changed_at, conversation_id)
           SELECT id, 'open', created_at, conversation_id FROM steps ORDER BY id"""
    )
    db.execute(
        """INSERT INTO step_events (step_id, status, changed_at, conversation_id)
           SELECT id, status, updated_at, conversation_id FROM steps
           WHERE status != 'open' ORDER BY id"""
    )
    db.execute(
        """UPDATE steps SET status_changed_at = updated_at, status_conversation_id = conversation_id
           WHERE status != 'open'"""
    )
    db.execute(
        """UPDATE consent_withdrawals SET conversation_id = (
               SELECT v.id FROM consents c JOIN conversations v ON v.client_id = c.client_id
               WHERE c.id = consent_withdrawals.consent_id
                 AND v.started_at <= consent_withdrawals.withdrawn_at
               ORDER BY v.started_at DESC, v.id DESC LIMIT 1)"""
    )
    db.execute(
        """INSERT INTO conversation_events (conversation_id, kind, at)
           SELECT id, 'finished', ended_at FROM conversations
           WHERE ended_at IS NOT NULL ORDER BY id"""
    )
    _rebuild_appointments(db)


@step(6)
def add_handovers(db: Database) -> None:
    """Clients handed over to a colleague and taken over from one (issue 16).

    `handovers` is the sender's log: which client, under which consent, to whom, when. It
    outlives an erasure of the client (the references become NULL). `takeovers` records, for a
    client taken over, the sending coach and the moment sent and taken over; its transfer id
    is unique, so the same file is never taken over twice (not even after an erasure).
    """
    for statement in _SCHEMA_V6:
        db.execute(statement)


@step(7)
def add_disclosures_and_copy_reviews(db: Database) -> None:
    """What left the vault, and the coach's review of a client's copy (issue 15).

    The log of what left the vault is read from three places: `handed_sheets` (sheets printed
    or saved as PDF, which now also keep their printer or file name in `destination`),
    `handovers` (issue 16), and `disclosures` for the rest: a client's copy (`copy`, with its
    `client_id`) and a backup (`backup`, `client_id` NULL: it holds every client then in the
    vault). A client's entries go with the client at an erasure (a file name may carry the
    name); a backup's entry names no client and stays.

    `copy_reviews` keeps the coach's choice for each internal note or checklist-point note
    before a copy for the client: include, include with parts blacked out (`parts`: JSON list
    of [start, end) character ranges), or leave out (`reason`, which the copy shows). The
    `fingerprint` (SHA-256 of the text reviewed) makes a later edit of the text need a new
    review.
    """
    for statement in _SCHEMA_DISCLOSURES:
        db.execute(statement)


@step(8)
def add_client_holds(db: Database) -> None:
    """A hold on a client's file ("niet wissen", with its reason): while it stands, the file
    cannot be erased (issue 15). One per client; it goes with the client."""
    for statement in _SCHEMA_HOLDS:
        db.execute(statement)


@step(9)
def add_checklist_note_search(db: Database) -> None:
    """Search finds words in the notes on checklist items too (issue 14).

    `checklist_answers` has no rowid to key a full-text index by, so `checklist_note_keys`
    gives each item note one; triggers keep the index in step with every insert, edit and
    delete (a client's erasure cascades to the answers, and so to the index), and
    secure-delete removes an edited or erased note's words from the index itself. Existing
    notes are indexed here.
    """
    for statement in _SCHEMA_CHECKLIST_NOTE_SEARCH:
        db.execute(statement)
    db.execute(
        """INSERT INTO checklist_note_keys (conversation_id, item_id)
           SELECT conversation_id, item_id FROM checklist_answers WHERE note != ''
           ORDER BY conversation_id, item_id"""
    )
    db.execute(
        """INSERT INTO checklist_notes_fts (rowid, note)
           SELECT k.id, a.note FROM checklist_note_keys k
           JOIN checklist_answers a
             ON a.conversation_id = k.conversation_id AND a.item_id = k.item_id"""
    )


@step(10)
def add_lived_consent_and_minimal_file(db: Database) -> None:
    """Consent as it is lived, and a client's say about the file (issue 15, items 4 and 5).

    A consent gets a review date (`consents.review_on`). A consent not yet asked is its own
    row in `consent_requests` (to whom, what, why, when to ask) until the client decides; the
    decision is then an ordinary consent and the request goes, in one transaction. A client
    seen under a pseudonym is marked (`clients.pseudonym`); a note may be the marker "not
    recorded at the client's request" (`notes.not_recorded`, its text empty). A handover
    keeps how the new coach is reached and the client's sheet it produced (issue 16).
    """
    for statement in _SCHEMA_LIVED_CONSENT:
        db.execute(statement)


@step(11)
def add_client_language(db: Database) -> None:
    """A client's language (issue 17): the default for every sheet and copy of that client;
    '' while none was chosen (the coach's interface language is used then)."""
    db.execute("ALTER TABLE clients ADD COLUMN language TEXT NOT NULL DEFAULT ''")


@step(12)
def add_review_history_and_erasures(db: Database) -> None:
    """A consent's date to look at it again, changed after it was recorded, keeps its history
    (`consent_review_changes`: the date before and after, when, in which conversation; it goes
    with the consent). `erasures` records that a client was erased, and when, and whether a
    copy for the archive was written just before (when, and the copy's file names, which hold
    only the client's number and the day: never the folder, which may name the client). No
    client text: an erasure leaves nothing about the client in the vault (issue 15)."""
    for statement in _SCHEMA_REVIEW_HISTORY_AND_ERASURES:
        db.execute(statement)


@step(13)
def index_notes_when_saves_pause(db: Database) -> None:
    """A note's autosave no longer updates the search index (issue 18, goal 3).

    Removing a note's old words with FTS5's secure-delete rewrote every index page holding one
    of them, each encrypted on the way out: most of an autosave's cost. Now an edit of a note's
    text records in `notes_fts_behind`, in the save's own transaction, that its index is behind
    and which text the index still holds for it (the first such edit's old text; later edits
    keep it). `vault/search_index.py` catches up when saves pause, before every search, at a
    backup, when the vault closes and before a later migration step. A note deleted while
    behind is taken out of the index with the text the index holds; so is a client's erasure
    (it cascades to the notes). A new note is indexed at once, as before. The existing index
    is in step with the notes, so nothing is behind after this step.
    """
    for statement in _SCHEMA_NOTES_BEHIND:
        db.execute(statement)


@step(14)
def add_erased_client_numbers_and_handover_files(db: Database) -> None:
    """An erasure keeps which client it erased by number and the moment the client was added
    (`erasures.client_id`, `client_created_at`; NULL for erasures before this step): no
    client text, but enough to tell, when a backup made earlier is restored, that this
    client comes back with it. A handover keeps the path of its handover file (`file`), the
    file that went to the other service; `sheet` is the client's sheet about it. Both paths
    go at the client's erasure (a file name may carry the name)."""
    for statement in _SCHEMA_ERASED_CLIENTS:
        db.execute(statement)


@step(15)
def add_conversation_holders(db: Database) -> None:
    """A conversation taken over from a colleague keeps the coach who held it
    (`conversations.held_by_name`, `held_by_organisation`; the name NULL for a conversation of
    this vault's own coach, "" when the handover file did not tell who held it). The client's
    sheet names that coach, not the vault's; the counts leave such conversations out. The
    conversations of clients taken over before this step came from files that did not tell
    who held each one: those started before the file was sent get the name "" (the sheet
    says "your previous coach") and the sending service as the file told it. No client text."""
    for statement in _SCHEMA_CONVERSATION_HOLDERS:
        db.execute(statement)
    db.execute(
        """UPDATE conversations SET held_by_name = '', held_by_organisation = (
               SELECT t.from_organisation FROM takeovers t
               WHERE t.client_id = conversations.client_id
                 AND conversations.started_at <= t.sent_at
               ORDER BY t.id DESC LIMIT 1)
           WHERE EXISTS (SELECT 1 FROM takeovers t WHERE t.client_id = conversations.client_id
                           AND conversations.started_at <= t.sent_at)"""
    )


@step(16)
def index_settled_appointments(db: Database) -> None:
    """The coach's overview lists, besides the planned appointments of its days, those kept or
    missed whose outcome was recorded before it could be true (an old vault's, to correct):
    `appointments_settled` finds the kept and missed ones of those days without reading the
    whole table (a week's overview read every appointment ever made, three times). No client
    text."""
    for statement in _SCHEMA_SETTLED_APPOINTMENTS:
        db.execute(statement)


@step(17)
def add_handover_own_notes(db: Database) -> None:
    """A handover's log entry says whether the coach's own notes (internal notes and notes on
    checklist points) went along, stayed in this vault, or there were none (tour10: after the
    handover nothing said it). "" for a handover logged before. No client text."""
    for statement in _SCHEMA_HANDOVER_OWN_NOTES:
        db.execute(statement)


def _rebuild_appointments(db: Database) -> None:
    """A CHECK constraint cannot be altered in SQLite: the table is copied into its new form."""
    db.execute(
        _APPOINTMENTS_V5.replace("CREATE TABLE appointments", "CREATE TABLE appointments_v5")
    )
    db.execute(
        """INSERT INTO appointments_v5 (id, client_id, conversation_id, starts_at, place,
               with_whom, status, status_by, updated_at, outcome_at)
           SELECT id, client_id, conversation_id, starts_at, place, with_whom, status, status_by,
               updated_at, CASE WHEN status != 'planned' THEN updated_at END
           FROM appointments ORDER BY id"""
    )
    # A kept appointment became the client's conversation of its (local) day nearest to it,
    # not the one that made it; none that day: unknown (NULL).
    db.execute(
        """UPDATE appointments_v5 SET held_in_conversation_id = (
               SELECT v.id FROM conversations v
               WHERE v.client_id = appointments_v5.client_id
                 AND substr(v.started_at, 1, 10) = substr(appointments_v5.starts_at, 1, 10)
                 AND v.id IS NOT appointments_v5.conversation_id
               ORDER BY abs(julianday(v.started_at) - julianday(appointments_v5.starts_at)), v.id
               LIMIT 1)
           WHERE status = 'kept'"""
    )
    db.execute("DROP TABLE appointments")
    db.execute("ALTER TABLE appointments_v5 RENAME TO appointments")
    for statement in _APPOINTMENT_INDEXES_V5:
        db.execute(statement)


_KEY_OF_OLD = (
    "SELECT id FROM checklist_note_keys "
    "WHERE conversation_id = old.conversation_id AND item_id = old.item_id"
)
_INDEX_NEW = """
        INSERT OR IGNORE INTO checklist_note_keys (conversation_id, item_id)
            SELECT new.conversation_id, new.item_id WHERE new.note != '';
        INSERT INTO checklist_notes_fts (rowid, note)
            SELECT id, new.note FROM checklist_note_keys
            WHERE conversation_id = new.conversation_id AND item_id = new.item_id
              AND new.note != '';"""
_UNINDEX_OLD = f"""
        DELETE FROM checklist_notes_fts WHERE rowid = ({_KEY_OF_OLD});
        DELETE FROM checklist_note_keys
            WHERE conversation_id = old.conversation_id AND item_id = old.item_id;"""

_SCHEMA_CHECKLIST_NOTE_SEARCH = [
    """CREATE TABLE checklist_note_keys (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        UNIQUE (conversation_id, item_id)
    )""",
    """CREATE VIRTUAL TABLE checklist_notes_fts USING fts5(
        note, tokenize='unicode61 remove_diacritics 2'
    )""",
    "INSERT INTO checklist_notes_fts(checklist_notes_fts, rank) VALUES ('secure-delete', 1)",
    f"""CREATE TRIGGER checklist_notes_ai AFTER INSERT ON checklist_answers
    BEGIN{_INDEX_NEW}
    END""",
    f"""CREATE TRIGGER checklist_notes_au AFTER UPDATE OF note ON checklist_answers
    BEGIN{_UNINDEX_OLD}{_INDEX_NEW}
    END""",
    f"""CREATE TRIGGER checklist_notes_ad AFTER DELETE ON checklist_answers
    BEGIN{_UNINDEX_OLD}
    END""",
]


def client_sort_key(name: str) -> str:
    """Alphabetical order as people expect it: case and accents ignored (É sorts with E).

    Stored in `clients.sort_name`; a change here needs a migration step that recomputes it.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Plain SQL rather than sqlite-utils' create(): CHECK constraints, FTS5 options and triggers are
# the contract here, and a migration must read exactly as it ran.
_SCHEMA_V1 = [
    """CREATE TABLE coach_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        reachable TEXT NOT NULL DEFAULT '',
        boundaries TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    # What a conversation asked, kept so history stays true after a guide is edited or removed.
    """CREATE TABLE guide_snapshots (
        id INTEGER PRIMARY KEY,
        guide_id TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,
        -- sha256 of content: an organisation may edit a guide without raising its version
        fingerprint TEXT NOT NULL UNIQUE
    )""",
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'follow_up')),
        guide_snapshot_id INTEGER NOT NULL REFERENCES guide_snapshots(id),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
    )""",
    "CREATE INDEX conversations_client ON conversations(client_id, started_at)",
    """CREATE TABLE checklist_answers (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'not_applicable')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, item_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX notes_conversation ON notes(conversation_id)",
    "CREATE INDEX notes_client ON notes(client_id)",
    """CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        what TEXT NOT NULL DEFAULT '',
        who TEXT NOT NULL CHECK (who IN ('client', 'coach', 'together')),
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX steps_client ON steps(client_id, status)",
    "CREATE INDEX steps_conversation ON steps(conversation_id)",
    """CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL DEFAULT '',
        information TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL CHECK (decision IN ('given', 'refused')),
        form TEXT NOT NULL CHECK (form IN ('oral', 'written')),
        decided_on TEXT NOT NULL,
        valid_until TEXT,
        recorded_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX consents_client ON consents(client_id)",
    "CREATE INDEX consents_conversation ON consents(conversation_id)",
    # Withdrawal is its own event: the consent row itself is never changed or erased by it.
    """CREATE TABLE consent_withdrawals (
        id INTEGER PRIMARY KEY,
        consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
        withdrawn_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX consent_withdrawals_consent ON consent_withdrawals(consent_id)",
    """CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        with_whom TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'kept', 'moved', 'missed')),
        status_by TEXT CHECK (status_by IS NULL OR status_by IN ('client', 'coach')),
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX appointments_client ON appointments(client_id, starts_at)",
    # Full-text search over client names and notes, external-content tables kept in step by
    # triggers (so by the same transaction as the edit). secure-delete removes a deleted note's
    # words from the index itself, not only from the lookup.
    """CREATE VIRTUAL TABLE clients_fts USING fts5(
        name, content='clients', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3'
    )""",
    "INSERT INTO clients_fts(clients_fts, rank) VALUES ('secure-delete', 1)",
    """CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, content='notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
    "INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1)",
    """CREATE TRIGGER clients_ai AFTER INSERT ON clients BEGIN
        INSERT INTO clients_fts(rowid, name) VALUES (new.id, new.name);
    END""",
    """CREATE TRIGGER clients_ad AFTER DELETE ON clients BEGIN
        INSERT INTO clients_fts(clients_fts, rowid, name) VALUES ('delete', old.id, old.name);
    END""",
    """CREATE TRIGGER clients_au AFTER UPDATE OF name ON clients BEGIN
        INSERT INTO clients_fts(clients_fts, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO clients_fts(rowid, name) VALUES (new.id, new.name);
    END""",
    """CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER notes_au AFTER UPDATE OF text ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]

_SCHEMA_V5 = [
    "ALTER TABLE steps ADD COLUMN status_changed_at TEXT",
    "ALTER TABLE steps ADD COLUMN status_conversation_id INTEGER "
    "REFERENCES conversations(id) ON DELETE SET NULL",
    """CREATE TABLE step_events (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
        changed_at TEXT NOT NULL,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL
    )""",
    "CREATE INDEX step_events_step ON step_events(step_id, id)",
    "CREATE INDEX steps_status_conversation ON steps(status_conversation_id)",
    # The coach's overview: open steps by due date across all clients.
    "CREATE INDEX steps_open_due ON steps(due_date, who) WHERE status = 'open'",
    "ALTER TABLE consent_withdrawals ADD COLUMN conversation_id INTEGER "
    "REFERENCES conversations(id) ON DELETE SET NULL",
    "CREATE INDEX consent_withdrawals_conversation ON consent_withdrawals(conversation_id)",
    # Consents that end soon, across all clients.
    "CREATE INDEX consents_ending ON consents(valid_until) "
    "WHERE decision = 'given' AND valid_until IS NOT NULL",
    "ALTER TABLE conversations ADD COLUMN last_phase TEXT",
    """CREATE TABLE conversation_events (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('finished', 'reopened')),
        at TEXT NOT NULL
    )""",
    "CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id)",
    # What was handed to the client: enough to print that very sheet again.
    """CREATE TABLE handed_sheets (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        handed_at TEXT NOT NULL,
        lang TEXT NOT NULL,
        medium TEXT NOT NULL CHECK (medium IN ('print', 'pdf')),
        content TEXT NOT NULL
    )""",
    "CREATE INDEX handed_sheets_conversation ON handed_sheets(conversation_id, id)",
    "CREATE INDEX handed_sheets_client ON handed_sheets(client_id)",
]

_APPOINTMENTS_V5 = """CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        with_whom TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'kept', 'moved', 'missed', 'cancelled')),
        status_by TEXT CHECK (status_by IS NULL OR status_by IN ('client', 'coach')),
        updated_at TEXT NOT NULL,
        -- kept: the conversation it became; moved: the new appointment
        held_in_conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
        moved_to INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
        outcome_at TEXT,
        outcome_conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL
    )"""

_APPOINTMENT_INDEXES_V5 = [
    "CREATE INDEX appointments_client ON appointments(client_id, starts_at)",
    # Today's and this week's appointments across all clients.
    "CREATE INDEX appointments_planned ON appointments(starts_at) WHERE status = 'planned'",
    "CREATE INDEX appointments_held_in ON appointments(held_in_conversation_id)",
]

_SCHEMA_V6 = [
    """CREATE TABLE handovers (
        id INTEGER PRIMARY KEY,
        transfer_id TEXT NOT NULL UNIQUE,
        client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
        consent_id INTEGER REFERENCES consents(id) ON DELETE SET NULL,
        recipient TEXT NOT NULL DEFAULT '',
        sent_at TEXT NOT NULL
    )""",
    "CREATE INDEX handovers_client ON handovers(client_id)",
    """CREATE TABLE takeovers (
        id INTEGER PRIMARY KEY,
        transfer_id TEXT NOT NULL UNIQUE,
        client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
        from_name TEXT NOT NULL DEFAULT '',
        from_organisation TEXT NOT NULL DEFAULT '',
        from_phone TEXT NOT NULL DEFAULT '',
        from_email TEXT NOT NULL DEFAULT '',
        sent_at TEXT NOT NULL,
        taken_at TEXT NOT NULL
    )""",
    "CREATE INDEX takeovers_client ON takeovers(client_id)",
]

_SCHEMA_DISCLOSURES = [
    "ALTER TABLE handed_sheets ADD COLUMN destination TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE disclosures (
        id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('copy', 'backup')),
        destination TEXT NOT NULL DEFAULT '',
        recipient TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX disclosures_client ON disclosures(client_id, at)",
    """CREATE TABLE copy_reviews (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        note_id INTEGER REFERENCES notes(id) ON DELETE CASCADE,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
        item_id TEXT,
        choice TEXT NOT NULL CHECK (choice IN ('include', 'black_out', 'leave_out')),
        parts TEXT NOT NULL DEFAULT '[]',
        reason TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        CHECK ((note_id IS NULL) <> (item_id IS NULL))
    )""",
    "CREATE UNIQUE INDEX copy_reviews_note ON copy_reviews(note_id) WHERE note_id IS NOT NULL",
    "CREATE UNIQUE INDEX copy_reviews_item ON copy_reviews(conversation_id, item_id) "
    "WHERE item_id IS NOT NULL",
    "CREATE INDEX copy_reviews_client ON copy_reviews(client_id)",
]

_SCHEMA_HOLDS = [
    """CREATE TABLE client_holds (
        client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        placed_at TEXT NOT NULL
    )""",
]

_SCHEMA_LIVED_CONSENT = [
    "ALTER TABLE consents ADD COLUMN review_on TEXT",
    """CREATE TABLE consent_requests (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL DEFAULT '',
        information TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        review_on TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX consent_requests_client ON consent_requests(client_id)",
    "ALTER TABLE clients ADD COLUMN pseudonym INTEGER NOT NULL DEFAULT 0 "
    "CHECK (pseudonym IN (0, 1))",
    "ALTER TABLE notes ADD COLUMN not_recorded INTEGER NOT NULL DEFAULT 0 "
    "CHECK (not_recorded IN (0, 1))",
    "ALTER TABLE handovers ADD COLUMN recipient_contact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE handovers ADD COLUMN sheet TEXT NOT NULL DEFAULT ''",
]

_SCHEMA_REVIEW_HISTORY_AND_ERASURES = [
    """CREATE TABLE consent_review_changes (
        id INTEGER PRIMARY KEY,
        consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
        review_on_before TEXT,
        review_on TEXT,
        changed_at TEXT NOT NULL,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL
    )""",
    "CREATE INDEX consent_review_changes_consent ON consent_review_changes(consent_id)",
    """CREATE TABLE erasures (
        id INTEGER PRIMARY KEY,
        erased_at TEXT NOT NULL,
        archived_at TEXT,
        archive_files TEXT NOT NULL DEFAULT ''
    )""",
]

_SCHEMA_NOTES_BEHIND = [
    """CREATE TABLE notes_fts_behind (
        note_id INTEGER PRIMARY KEY,
        indexed_text TEXT NOT NULL
    )""",
    "DROP TRIGGER notes_au",
    "DROP TRIGGER notes_ad",
    # OR IGNORE: a note already behind keeps the text the index holds.
    """CREATE TRIGGER notes_au AFTER UPDATE OF text ON notes
    WHEN new.text IS NOT old.text BEGIN
        INSERT OR IGNORE INTO notes_fts_behind (note_id, indexed_text) VALUES (old.id, old.text);
    END""",
    """CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text)
            SELECT 'delete', old.id, coalesce(
                (SELECT indexed_text FROM notes_fts_behind WHERE note_id = old.id), old.text);
        DELETE FROM notes_fts_behind WHERE note_id = old.id;
    END""",
]

_SCHEMA_ERASED_CLIENTS = [
    "ALTER TABLE erasures ADD COLUMN client_id INTEGER",
    "ALTER TABLE erasures ADD COLUMN client_created_at TEXT",
    "ALTER TABLE handovers ADD COLUMN file TEXT NOT NULL DEFAULT ''",
]

_SCHEMA_CONVERSATION_HOLDERS = [
    "ALTER TABLE conversations ADD COLUMN held_by_name TEXT",
    "ALTER TABLE conversations ADD COLUMN held_by_organisation TEXT NOT NULL DEFAULT ''",
]

_SCHEMA_HANDOVER_OWN_NOTES = [
    "ALTER TABLE handovers ADD COLUMN own_notes TEXT NOT NULL DEFAULT '' "
    "CHECK (own_notes IN ('', 'none', 'along', 'left_out'))",
]

_SCHEMA_SETTLED_APPOINTMENTS = [
    "CREATE INDEX appointments_settled ON appointments(starts_at) "
    "WHERE status IN ('kept', 'missed')",
]
