"""Generate the fictional benchmark vault (encrypted) and its plain-SQLite twin, with a cache.

At scale 1: 10,000 clients, 40,000 conversations, 200,000 notes, 200,000 checklist answers,
plus steps, consents and appointments. Rows are made once in Python with a fixed seed and bulk
inserted (through the real schema and its search-index triggers) into both stores. The pair is
kept under `benchmarks/.cache/` keyed by scale and seed; each run works on a fresh copy.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.plain import open_plain
from benchmarks.vocabulary import (
    ZipfWords,
    client_name,
    dutch_looking_words,
    invented_surnames,
    note_length,
)
from intakecompanion.guide import Guide, builtin_guides, guide_to_snapshot
from intakecompanion.vault import keys, migrations, store
from intakecompanion.vault.files import key_file_path
from intakecompanion.vault.schema import client_sort_key
from intakecompanion.vault.store import Vault

GENERATOR_VERSION = 3  # bump when the generated data changes, so old caches are not reused
NOW = datetime.fromisoformat("2026-03-02T10:00:00+01:00")
VOCABULARY_SIZE = 8000
PASSPHRASE = "benchmark passphrase, fictional data"
VAULT_NAME = "vault.icv"
PLAIN_NAME = "plain.sqlite"
HEAVY_CLIENT_EVERY = 100  # every 100th client has HEAVY_CONVERSATIONS conversations
HEAVY_CONVERSATIONS = 20
ROWS_PER_TRANSACTION = 20_000


@dataclass(frozen=True)
class Sizes:
    clients: int
    conversations: int
    notes: int
    answers: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        clients = max(2, round(10_000 * scale))
        conversations = max(HEAVY_CONVERSATIONS + 1, round(40_000 * scale))
        return cls(clients, conversations, max(10, round(200_000 * scale)), round(200_000 * scale))


@dataclass(frozen=True)
class BenchVault:
    """A working copy of the generated pair, and what the benchmarks need to open it."""

    folder: Path
    sizes: Sizes
    seed: int
    passphrase: str
    recovery_key: str
    heavy_clients: list[int]  # clients with HEAVY_CONVERSATIONS conversations
    generation_seconds: float
    from_cache: bool

    @property
    def encrypted(self) -> Path:
        return self.folder / VAULT_NAME

    @property
    def plain(self) -> Path:
        return self.folder / PLAIN_NAME

    def open_encrypted(self) -> Vault:
        """The vault opened as the app does after the KDF (recovery key = the data key)."""
        return store.unlock_with_recovery_key(self.encrypted, self.recovery_key)

    def open_plain(self) -> Vault:
        return open_plain(self.plain)


def prepare(scale: float, seed: int, cache_root: Path, work_folder: Path) -> BenchVault:
    """Generate the pair into the cache if needed, then copy it to `work_folder`."""
    # The schema version is part of the key: a vault made before a new migration step would
    # otherwise be migrated (and copied first) on every run.
    version = f"v{GENERATOR_VERSION}-schema{migrations.latest_version()}"
    cached = cache_root / f"vault-scale{scale:g}-seed{seed}-{version}"
    from_cache = (cached / "meta.json").is_file()
    if not from_cache:
        _generate_into_cache(cached, scale, seed)
    meta = json.loads((cached / "meta.json").read_text(encoding="utf-8"))
    work_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name in (VAULT_NAME, key_file_path(Path(VAULT_NAME)).name, PLAIN_NAME):
        shutil.copyfile(cached / name, work_folder / name)
    return BenchVault(
        folder=work_folder,
        sizes=Sizes(**meta["sizes"]),
        seed=seed,
        passphrase=meta["passphrase"],
        recovery_key=meta["recovery_key"],
        heavy_clients=meta["heavy_clients"],
        generation_seconds=meta["generation_seconds"],
        from_cache=from_cache,
    )


def _generate_into_cache(cached: Path, scale: float, seed: int) -> None:
    started = time.perf_counter()
    building = cached.with_name(cached.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True, mode=0o700)
    sizes = Sizes.at(scale)
    tables, heavy = make_rows(sizes, seed)
    vault, recovery_key = store.create_vault(building / VAULT_NAME, PASSPHRASE, kdf=keys.tune_kdf())
    plain = open_plain(building / PLAIN_NAME)
    for target in (vault, plain):
        try:
            bulk_insert(target, tables)
        finally:
            target.close()
    meta = {
        "sizes": asdict(sizes),
        "passphrase": PASSPHRASE,
        "recovery_key": recovery_key,
        "heavy_clients": heavy,
        "generation_seconds": round(time.perf_counter() - started, 1),
    }
    (building / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    shutil.rmtree(cached, ignore_errors=True)
    building.rename(cached)


# -- rows ------------------------------------------------------------------------------------

Rows = list[tuple[Any, ...]]


def make_rows(sizes: Sizes, seed: int) -> tuple[dict[str, Rows], list[int]]:
    """Every table's rows (in insert order) and the ids of the clients with 20 conversations."""
    rng = random.Random(seed)
    words = dutch_looking_words(VOCABULARY_SIZE, rng)
    zipf = ZipfWords(words, rng)
    surnames = invented_surnames(rng, words)
    intake, follow_up = _guides()

    heavy = [c for c in range(1, sizes.clients + 1) if (c - 1) % HEAVY_CLIENT_EVERY == 0]
    counts = dict.fromkeys(range(1, sizes.clients + 1), 1)
    for client_id in heavy:
        counts[client_id] = HEAVY_CONVERSATIONS
    light = [c for c in counts if c not in set(heavy)] or heavy
    for client_id in rng.choices(light, k=max(0, sizes.conversations - sum(counts.values()))):
        counts[client_id] += 1

    tables: dict[str, Rows] = {name: [] for name in _INSERTS}
    tables["coach_profile"].append(
        (1, "Noor Vermeulen", "OCMW Voorbeeldstad", "012 34 56 78", "noor@voorbeeld.example",
         "ma-do 9-12 u", "Geen berichten in het weekend", NOW.isoformat())
    )  # fmt: skip
    for snapshot_id, guide in ((1, intake), (2, follow_up)):
        text = guide_to_snapshot(guide)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        tables["guide_snapshots"].append((snapshot_id, guide.id, guide.version, text, digest))

    conversation_ids: list[tuple[int, int, datetime]] = []  # (conversation, client, started)
    for client_id, count in counts.items():
        span_days = count * 21
        first = NOW - timedelta(days=rng.randint(span_days + 1, span_days + 5 * 365))
        created = first - timedelta(minutes=rng.randint(1, 30))
        name = client_name(rng, surnames)
        tables["clients"].append((client_id, name, client_sort_key(name), "", created.isoformat()))
        started = first
        for number in range(count):
            conversation_id = len(conversation_ids) + 1
            is_last = number == count - 1
            still_open = is_last and rng.random() < 0.1
            ended = None if still_open else (started + timedelta(minutes=55)).isoformat()
            tables["conversations"].append(
                (conversation_id, client_id, "intake" if number == 0 else "follow_up",
                 1 if number == 0 else 2, started.isoformat(), ended,
                 "open" if still_open else "closed")
            )  # fmt: skip
            conversation_ids.append((conversation_id, client_id, started))
            _agreements(tables, rng, zipf, conversation_id, client_id, started, number, is_last)
            started += timedelta(days=rng.randint(7, 35), minutes=rng.randint(-90, 90))

    _answers(tables, rng, zipf, sizes.answers, conversation_ids, intake, follow_up)
    _notes(tables, rng, zipf, sizes.notes, conversation_ids)
    return tables, heavy


def _guides() -> tuple[Guide, Guide]:
    guides = builtin_guides()
    intake = next(g for g in guides if g.kind == "intake")
    follow_up = next(g for g in guides if g.kind == "follow_up")
    return intake, follow_up


def _agreements(
    tables: dict[str, Rows],
    rng: random.Random,
    zipf: ZipfWords,
    conversation_id: int,
    client_id: int,
    started: datetime,
    number: int,
    is_last: bool,
) -> None:
    """One small step per conversation (open in the latest), a consent per intake, and the
    appointment made at the end of each conversation."""
    when = started.isoformat()
    due = (started + timedelta(days=rng.randint(3, 30))).date().isoformat()
    step_status = "open" if is_last or rng.random() < 0.05 else rng.choice(("done", "dropped"))
    tables["steps"].append(
        (conversation_id, client_id, zipf.sentence_text(rng.randint(4, 9)),
         rng.choice(("client", "coach", "together")), due, step_status, when, when)
    )  # fmt: skip
    if number == 0:
        tables["consents"].append(
            (conversation_id, client_id, rng.choice(("VDAB", "Schuldbemiddeling", "Huisarts")),
             zipf.sentence_text(3), zipf.sentence_text(4), rng.choice(("given", "refused")),
             rng.choice(("oral", "written")), started.date().isoformat(),
             _consent_end(conversation_id, started), "", when)
        )  # fmt: skip
    next_time = started + timedelta(days=rng.randint(7, 35))
    tables["appointments"].append(
        (client_id, conversation_id, next_time.isoformat(), "Sociaal huis, lokaal 2",
         "Noor Vermeulen", "planned" if is_last else "kept", None, when)
    )  # fmt: skip


def _consent_end(conversation_id: int, started: datetime) -> str | None:
    """Every other consent holds for a year (the overview lists those ending soon)."""
    return (started + timedelta(days=365)).date().isoformat() if conversation_id % 2 else None


def _answers(
    tables: dict[str, Rows],
    rng: random.Random,
    zipf: ZipfWords,
    total: int,
    conversations: Sequence[tuple[int, int, datetime]],
    intake: Guide,
    follow_up: Guide,
) -> None:
    intake_items = [item.id for item in intake.items()]
    follow_up_items = [item.id for item in follow_up.items()]
    per_conversation = total / max(1, len(conversations))
    made = 0
    for index, (conversation_id, _client, started) in enumerate(conversations):
        want = round((index + 1) * per_conversation) - made
        items = intake_items if tables["conversations"][index][2] == "intake" else follow_up_items
        for item_id in rng.sample(items, min(want, len(items))):
            state = rng.choices(("done", "not_applicable", "open"), weights=(7, 1, 2))[0]
            note = zipf.sentence_text(note_length(rng) // 3) if rng.random() < 0.2 else ""
            tables["checklist_answers"].append(
                (conversation_id, item_id, state, note, started.isoformat())
            )
            made += 1


def _notes(
    tables: dict[str, Rows],
    rng: random.Random,
    zipf: ZipfWords,
    total: int,
    conversations: Sequence[tuple[int, int, datetime]],
) -> None:
    # Every conversation has a note; the rest fall at random, as some talks are longer.
    owners = list(conversations[:total]) + rng.choices(
        conversations, k=max(0, total - len(conversations))
    )
    owners.sort(key=lambda owner: owner[0])
    for note_id, (conversation_id, client_id, started) in enumerate(owners, start=1):
        when = (started + timedelta(minutes=rng.randint(1, 50))).isoformat()
        text = zipf.sentence_text(note_length(rng))
        shared = 1 if rng.random() < 0.6 else 0
        tables["notes"].append((note_id, conversation_id, client_id, text, shared, when, when))


# -- inserting -------------------------------------------------------------------------------

_INSERTS = {
    "coach_profile": "INSERT INTO coach_profile (id, name, organisation, phone, email, "
    "reachable, boundaries, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "guide_snapshots": "INSERT INTO guide_snapshots (id, guide_id, version, content, "
    "fingerprint) VALUES (?, ?, ?, ?, ?)",
    "clients": "INSERT INTO clients (id, name, sort_name, contact, created_at) "
    "VALUES (?, ?, ?, ?, ?)",
    "conversations": "INSERT INTO conversations (id, client_id, kind, guide_snapshot_id, "
    "started_at, ended_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "checklist_answers": "INSERT INTO checklist_answers (conversation_id, item_id, state, note, "
    "updated_at) VALUES (?, ?, ?, ?, ?)",
    "notes": "INSERT INTO notes (id, conversation_id, client_id, text, shared, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "steps": "INSERT INTO steps (conversation_id, client_id, what, who, due_date, status, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "consents": "INSERT INTO consents (conversation_id, client_id, recipient, information, "
    "purpose, decision, form, decided_on, valid_until, recorded_by, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "appointments": "INSERT INTO appointments (client_id, conversation_id, starts_at, place, "
    "with_whom, status, status_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
}


def bulk_insert(vault: Vault, tables: dict[str, Rows]) -> None:
    """Insert every table in order, in transactions of ROWS_PER_TRANSACTION rows, so the search
    index is built by the schema's own triggers, in a handful of segments as in long use."""
    for table, sql in _INSERTS.items():
        for chunk in _chunks(tables[table], ROWS_PER_TRANSACTION):
            with vault.transaction() as db:
                db.conn.executemany(sql, chunk)


def _chunks(rows: Rows, size: int) -> Iterator[Iterable[tuple[Any, ...]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
