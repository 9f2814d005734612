"""Whatever a coach types or pastes, the save path never raises and the text comes back as it
went in (lone surrogates, which UTF-8 cannot hold, as U+FFFD). Extends the fixed cases in
tests/test_domain_casebook.py with hypothesis over every text field the casebook saves."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.support.figures import record
from tests.support.integrity import problems
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    StepOwner,
)
from intakecompanion.domain.text import REPLACEMENT
from intakecompanion.vault.store import Vault, open_with_data_key

TRICKY = [
    "\x00",  # NUL: C strings end here, SQLite text does not
    "\u202e",  # right-to-left override
    "\u202c",
    "\u200f",  # right-to-left mark
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark
    "\ufffe",
    "\uffff",
    "\ud800",  # lone surrogates
    "\udfff",
    "\ud83d",
    "\U0001f469\u200d\U0001f4bc",  # an emoji sequence
    "\r\n",
    "'",
    '"',
    "%s",
    "\\",
    "*",
    "NEAR(",
    "é",
    "\u0301",  # a combining accent on its own
]

# Every code point, lone surrogates included (hypothesis leaves them out unless asked).
any_character = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
odd_text = st.lists(st.one_of(any_character, st.sampled_from(TRICKY)), max_size=60).map("".join)

TRIED: dict[str, dict[str, int]] = {}  # per test: texts saved, fields saved


def expected(text: str) -> str:
    return "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Casebook]:
    folder = tmp_path_factory.mktemp("odd")
    vault: Vault = open_with_data_key(folder / "vault" / "v.icv", os.urandom(32), create=True)
    yield Casebook(vault, clock=lambda: NOW)
    assert problems(vault.db.conn) == []  # after everything: pages, b-trees, search indexes
    vault.close()


def save_everywhere(book: Casebook, text: str) -> None:
    """Save `text` through every field the coach can type into, then read each back."""
    want = expected(text)
    client = book.add_client(text)
    assert book.client(client.id).name == want.strip()
    book.set_client_contact(client.id, text)
    assert book.client(client.id).contact == want
    conversation = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1", '{"id": "intake"}'
    )
    note = book.add_note(conversation.id, text, shared=True)
    assert book.note(note.id).text == want
    book.update_note_text(note.id, text + text)
    assert book.note(note.id).text == want + want
    book.set_item_note(conversation.id, "item", text)
    assert book.answers(conversation.id)["item"].note == want
    step = book.add_step(conversation.id, text, StepOwner.TOGETHER)
    assert book.step(step.id).what == want
    consent = book.record_consent(
        conversation.id,
        recipient=text,
        information=text,
        purpose=text,
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
        recorded_by=text,
    )
    stored = book.consent(consent.id)
    assert (stored.recipient, stored.information, stored.purpose) == (want, want, want)
    appointment = book.add_appointment(client.id, NOW, text, text, conversation.id)
    assert book.appointment(appointment.id).place == want
    profile = replace(CoachProfile(), name=text, boundaries=text, reachable=text)
    book.save_profile(profile)
    assert book.profile().boundaries == want
    book.clients(text[:200])  # searching for it never raises either (the search box is short)
    test = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[-1].split(" ")[0]
    counts = TRIED.setdefault(test, {"texts": 0, "fields_saved": 0, "characters": 0})
    counts["texts"] += 1
    counts["fields_saved"] += (
        15  # name, contact, note twice, item note, step, 4 consent, 2 appointment, 3 profile
    )
    counts["characters"] += len(text)


def odd_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


@odd_settings(100)
@given(text=odd_text)
def test_any_text_round_trips_through_every_field(book: Casebook, text: str) -> None:
    save_everywhere(book, text)


@pytest.mark.slow
@odd_settings(1000)
@given(text=odd_text)
def test_much_more_text_round_trips_through_every_field(book: Casebook, text: str) -> None:
    save_everywhere(book, text)


def megabyte(seed: int) -> str:
    rng = random.Random(seed)
    pieces: list[str] = []
    size = 0
    while size < 1_000_000:
        piece = rng.choice(TRICKY) if rng.random() < 0.3 else chr(rng.randrange(0x20, 0x3000))
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)


def test_a_megabyte_of_odd_text_in_a_note(book: Casebook) -> None:
    text, want = megabyte(0), expected(megabyte(0))
    client = book.add_client("Noor Vermeulen")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "i", "1", "{}")
    note = book.add_note(conversation.id, text)
    assert book.note(note.id).text == want
    book.set_item_note(conversation.id, "item", text)
    assert book.answers(conversation.id)["item"].note == want


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_a_megabyte_of_odd_text_everywhere(book: Casebook, seed: int) -> None:
    save_everywhere(book, megabyte(seed))


@pytest.fixture(scope="module", autouse=True)
def _record_odd_input_figures() -> Iterator[None]:
    yield
    for test, counts in TRIED.items():
        record(f"odd input: {test}", **counts)
