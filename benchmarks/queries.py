"""What the search benchmark types: client-name prefixes, and note words picked by how many
notes they are in (measured on the generated notes, as the search matches them: as prefixes)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from intakecompanion.domain.casebook import fts_query
from intakecompanion.vault.store import Vault

# Fractions of all notes a picked word is in: from a single note up to 5 %.
NOTE_WORD_FRACTIONS = (0.0, 0.0001, 0.001, 0.005, 0.01, 0.02, 0.05)
WORDS_PER_BUCKET = 3
NAMES_PICKED = 6


@dataclass(frozen=True)
class Query:
    bucket: str
    text: str
    notes_matched: int = 0  # for note words: notes whose words start with it


def name_prefix_queries(plain: Vault, seed: int) -> list[Query]:
    """A few clients' names typed as a coach would: 1, 2, 3 letters, the surname, first name
    plus the surname's start."""
    names = [row[0] for row in plain.db.execute("SELECT name FROM clients ORDER BY id")]
    rng = random.Random(seed)
    queries = []
    for name in rng.sample(names, min(NAMES_PICKED, len(names))):
        first, _, surname = name.partition(" ")
        queries += [
            Query("name: 1 letter", surname[:1]),
            Query("name: 2 letters", surname[:2]),
            Query("name: 3 letters", surname[:3]),
            Query("name: surname", surname),
            Query("name: first name + 2 letters", f"{first} {surname[:2]}"),
        ]
    return queries


def note_word_queries(plain: Vault) -> list[Query]:
    """For each fraction, the words whose prefix matches come closest to it (never above 5 %)."""
    db = plain.db
    total = db.execute("SELECT count(*) FROM notes").fetchone()[0]
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, notes_fts, row)"
    )
    terms = [
        (term, docs)
        for term, docs in db.execute("SELECT term, doc FROM temp.bench_vocab")
        if len(term) >= 3 and term.isalpha()
    ]
    db.execute("DROP TABLE temp.bench_vocab")
    ceiling = max(1, math.floor(0.05 * total))
    queries: list[Query] = []
    picked: set[str] = set()
    for fraction in NOTE_WORD_FRACTIONS:
        target = max(1.0, fraction * total)
        candidates = sorted(terms, key=lambda t: (abs(math.log(t[1] / target)), t[0]))
        bucket = f"note word in {_fraction_label(fraction)}"
        found = 0
        for term, _docs in candidates[:60]:
            if term in picked:
                continue
            matched = _prefix_matches(plain, term)
            if matched > ceiling or abs(math.log(matched / target)) > math.log(3):
                continue
            picked.add(term)
            queries.append(Query(bucket, term, matched))
            found += 1
            if found == WORDS_PER_BUCKET:
                break
    return queries


def _prefix_matches(plain: Vault, word: str) -> int:
    query = fts_query(word)
    return int(
        plain.db.execute(
            "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", (query,)
        ).fetchone()[0]
    )


def _fraction_label(fraction: float) -> str:
    if fraction == 0:
        return "1 note"
    return f"~{fraction * 100:g} % of notes"
