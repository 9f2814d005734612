"""Saying no to a file (issue 15, item 5): a client under a pseudonym, marked and found by it,
and the marker "not recorded at the client's request" placed in a note's stead."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.json_schema import problems
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import guide_snapshot, new_casebook

from intakecompanion.clientcopy.write import write_client_copy
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.summary.content import build_summary

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "client-export.schema.json").read_text()
)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


def _conversation(book: Casebook, client_id: int) -> int:
    return book.start_conversation(
        client_id, ConversationKind.INTAKE, "intake", "1.0", guide_snapshot()
    ).id


def test_a_pseudonym_is_marked_and_found_by_it(book: Casebook) -> None:
    book.add_client("Noor Vermeulen")
    client = book.add_client("Zonnebloem", pseudonym=True)
    assert client.pseudonym
    assert [(o.client.name, o.client.pseudonym) for o in book.clients("zonne")] == [
        ("Zonnebloem", True)
    ]
    assert [o.client.pseudonym for o in book.clients()] == [False, True]
    book.set_client_pseudonym(client.id, False)
    assert not book.client(client.id).pseudonym


def test_the_not_recorded_marker_is_no_text_never_on_a_sheet_and_needs_no_review(
    book: Casebook,
) -> None:
    client = book.add_client("Zonnebloem", pseudonym=True)
    conversation = _conversation(book, client.id)
    marker = book.add_not_recorded(conversation)
    assert marker.not_recorded and marker.text == "" and not marker.shared
    assert build_summary(book, conversation, "nl").notes == ()
    assert book.copy_review(client.id) == []


def test_text_typed_into_a_marker_makes_it_an_ordinary_note(book: Casebook) -> None:
    conversation = _conversation(book, book.add_client("Zonnebloem").id)
    marker = book.add_not_recorded(conversation)
    book.update_note_text(marker.id, "Toch iets genoteerd")
    note = book.note(marker.id)
    assert not note.not_recorded and note.text == "Toch iets genoteerd"


@pytest.mark.parametrize(
    ("lang", "pseudonym", "not_recorded"),
    [
        ("nl", "onder een andere naam, die je zelf koos", "Hier schreef je coach niets op. "
         "Dat vroeg je zelf."),
        ("en", "under another name, which you chose yourself", "Your coach wrote nothing down "
         "here. You asked for that yourself."),
        ("fr", "vous avez un autre nom, que vous avez choisi", "Ici, votre coach n'a rien "
         "écrit. Vous l'avez demandé."),
    ],
)  # fmt: skip
def test_the_copy_shows_the_marker_and_the_pseudonym_as_such(
    book: Casebook, tmp_path: Path, lang: str, pseudonym: str, not_recorded: str, qapp: object
) -> None:
    client = book.add_client("Zonnebloem", pseudonym=True)
    conversation = _conversation(book, client.id)
    book.add_note(conversation, "Samen opgeschreven: huur betalen", shared=True)
    book.add_not_recorded(conversation)

    done = write_client_copy(book, client.id, tmp_path, lang)  # no review was needed

    pdf = " ".join(pdf_text(done.pdf).split())
    assert pseudonym in pdf and not_recorded in pdf
    document = json.loads(done.json.read_text(encoding="utf-8"))
    assert problems(document, SCHEMA) == []
    assert document["client"]["pseudonym"] is True
    notes = document["conversations"][0]["notes"]
    assert [(n["kind"], n["not_recorded"], n["text"]) for n in notes] == [
        ("shared", False, "Samen opgeschreven: huur betalen"),
        ("internal", True, None),
    ]
