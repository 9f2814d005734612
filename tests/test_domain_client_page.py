"""The client list a page at a time: alphabetical through the stored sort key, and the search
rules that keep a name's first letters from reading the index of every note."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.domain.search import note_query
from intakecompanion.vault import migrations, store
from intakecompanion.vault.migrations import STEPS
from intakecompanion.vault.schema import client_sort_key
from intakecompanion.vault.store import Vault, open_with_data_key

NAMES = ["Zoë Peeters", "éline Maes", "Bram Claes", "Ömer Yilmaz", "Anouk de Vries", "Eva Aerts"]


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    vault = open_with_data_key(tmp_path / "vault" / "v.icv", os.urandom(32), create=True)
    yield Casebook(vault, clock=lambda: NOW)
    vault.close()


def names(book: Casebook, search: str = "", **page: int | None) -> list[str]:
    return [o.client.name for o in book.client_page(search, **page).overviews]  # type: ignore[arg-type]


def note(book: Casebook, client_id: int, text: str) -> None:
    conversation = book.start_conversation(
        client_id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    book.add_note(conversation.id, text)


def test_pages_follow_each_other_in_alphabetical_order(book: Casebook) -> None:
    for name in NAMES:
        book.add_client(name)
    expected = sorted(NAMES, key=client_sort_key)
    assert expected[:2] == ["Anouk de Vries", "Bram Claes"]
    assert expected.index("éline Maes") < expected.index("Eva Aerts")  # é sorts with e
    first = book.client_page(limit=4)
    second = book.client_page(limit=4, offset=4)
    assert [o.client.name for o in first.overviews] == expected[:4] and first.has_more
    assert [o.client.name for o in second.overviews] == expected[4:] and not second.has_more
    assert names(book, limit=None) == expected == [o.client.name for o in book.clients()]
    assert not book.client_page(limit=len(NAMES)).has_more


def test_a_renamed_client_moves_to_its_new_place(book: Casebook) -> None:
    bram = book.add_client("Bram Claes")
    book.add_client("Mira Jacobs")
    book.rename_client(bram.id, "Ümit Sarı")
    assert names(book) == ["Mira Jacobs", "Ümit Sarı"]
    assert names(book, "umit") == ["Ümit Sarı"]


def test_searching_a_page_keeps_the_order_and_says_whether_more_match(book: Casebook) -> None:
    for name in ("Vera Smets", "Victor Maes", "Anna Vos", "Wout Peters"):
        book.add_client(name)
    page = book.client_page("v", limit=2)
    assert [o.client.name for o in page.overviews] == ["Anna Vos", "Vera Smets"]
    assert page.has_more
    assert names(book, "v", limit=2, offset=2) == ["Victor Maes"]


def test_short_words_match_whole_words_in_notes_and_longer_ones_as_prefixes(
    book: Casebook,
) -> None:
    cook = book.add_client("Sam Peeters")
    driver = book.add_client("Lien Wouters")
    note(book, cook.id, "Werkte als kok in een keuken")
    note(book, driver.id, "Zoekt werk als koerier; kokosnoten")
    assert names(book, "kok") == ["Sam Peeters"]  # whole word: not "kokosnoten"
    assert names(book, "koer") == ["Lien Wouters"]  # four letters: a prefix
    assert names(book, "keuk") == ["Sam Peeters"]
    assert names(book, "ke") == []  # two letters: names only, and no name starts so


def test_little_words_are_not_looked_up_in_notes(book: Casebook) -> None:
    vanessa = book.add_client("Vanessa Goossens")
    other = book.add_client("Kobe Janssens")
    note(book, other.id, "Van de week een gesprek met de huisarts gehad.")
    assert note_query("van de") is None and note_query("De huisarts") == '"huisarts"*'
    assert names(book, "van") == ["Vanessa Goossens"]  # not every client with "van" in a note
    assert names(book, "de huisarts") == ["Kobe Janssens"]
    assert book.client(vanessa.id).name == "Vanessa Goossens"


def test_the_migration_fills_the_sort_key_of_existing_clients(tmp_path: Path) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    path.parent.mkdir(mode=0o700)
    conn = store.connect(path, key)
    db = Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    STEPS[1](db)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    for name in ("Zoë Peeters", "Émile Aerts", "bram Claes"):
        conn.execute(
            "INSERT INTO clients (name, created_at) VALUES (?, ?)", [name, NOW.isoformat()]
        )
    conn.close()
    vault: Vault = open_with_data_key(path, key)
    try:
        assert migrations.schema_version(vault.db) >= 2
        assert names(Casebook(vault)) == ["bram Claes", "Émile Aerts", "Zoë Peeters"]
        plan = vault.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM clients ORDER BY sort_name, id LIMIT 100"
        ).fetchall()
        assert "clients_sort" in " ".join(str(row) for row in plan)
    finally:
        vault.close()


def test_note_matches_find_their_clients_through_the_small_owner_index(book: Casebook) -> None:
    client = book.add_client("Sam Peeters")
    note(book, client.id, "Werkte als kok in een keuken")
    plan = book.vault.db.execute(
        "EXPLAIN QUERY PLAN SELECT n.client_id FROM notes_fts "
        "JOIN notes n INDEXED BY notes_owner ON n.id = notes_fts.rowid "
        "WHERE notes_fts MATCH 'keuken'"
    ).fetchall()
    assert "COVERING INDEX notes_owner" in " ".join(str(row) for row in plan)
    assert names(book, "keuken") == ["Sam Peeters"]
