"""Goal 9: the coach's overview across all clients and a client's page (what stands), at
10,000 clients, encrypted vault and plain SQLite side by side."""

from __future__ import annotations

import random
from datetime import date, datetime, time

from benchmarks.generate import NOW, BenchVault
from benchmarks.results import Goal, Section, Table, ms
from benchmarks.timing import Samples, interleaved
from intakecompanion.domain.casebook import Casebook

TRAJECTORY_P95_S = 0.030
DAYS_PICKED = 8
CLIENTS_PICKED = 12


def bench_trajectory(bench: BenchVault, repeats: int, seed: int) -> Section:
    """`coach_overview` on days that have appointments, `client_standing` and `trajectory`
    (a follow-up's view) for ordinary clients and for clients with 20 conversations."""
    encrypted, plain = bench.open_encrypted(), bench.open_plain()
    try:
        books = {"encrypted": Casebook(encrypted), "plain": Casebook(plain)}
        days, clients, conversations = _picks(books["plain"], bench, seed)
        rows: dict[str, dict[str, Samples]] = {}
        sizes: dict[str, list[int]] = {}
        for label, calls, size in (
            (
                "overview (coach_overview)",
                [lambda b, d=d: b.coach_overview(d) for d in days],
                [_lines(books["plain"].coach_overview(d)) for d in days],
            ),
            (
                "client page (client_standing)",
                [lambda b, c=c: b.client_standing(c, _noon(NOW.date())) for c in clients],
                [len(books["plain"].client_standing(c).open_steps) for c in clients],
            ),
            (
                "follow-up view (trajectory)",
                [lambda b, v=v: b.trajectory(v, _noon(NOW.date())) for v in conversations],
                [len(books["plain"].trajectory(v).open_steps) for v in conversations],
            ),
        ):
            rows[label] = {"encrypted": Samples(), "plain": Samples()}
            sizes[label] = size
            for call in calls:
                samples = interleaved(
                    {name: (lambda b=book, f=call: f(b)) for name, book in books.items()},
                    repeats,
                    budget_s=1.5,
                )
                for name, s in samples.items():
                    rows[label][name].extend(s)
    finally:
        encrypted.close()
        plain.close()
    table = Table(
        "Overview and client page (goal 9)",
        ["query", "cases", "lines / open steps", "median", "p95", "plain p95"],
        note=f"Over {bench.sizes.clients:,} clients: `Casebook.coach_overview(day)` on "
        f"{len(days) - 1} days that have planned appointments and the generator's today, "
        f"`client_standing` and `trajectory` for {len(clients)} clients "
        f"({sum(c in bench.heavy_clients for c in clients)} of them with 20 conversations). "
        "Each case runs up to "
        f"{repeats} times per store, interleaved.",
    )
    worst = 0.0
    for label, samples in rows.items():
        enc, pla = samples["encrypted"], samples["plain"]
        worst = max(worst, enc.p95)
        counts = sizes[label]
        table.rows.append(
            [label, str(len(counts)), f"{min(counts)}–{max(counts)}", ms(enc.median),
             ms(enc.p95), ms(pla.p95)]
        )  # fmt: skip
    goal = Goal(
        9,
        "Coach's overview and client page",
        "p95 ≤ 30 ms",
        f"worst p95 {ms(worst)} (details below)",
        worst <= TRAJECTORY_P95_S,
    )
    return Section([goal], [table])


def _picks(book: Casebook, bench: BenchVault, seed: int) -> tuple[list[date], list[int], list[int]]:
    """Days with planned appointments, ordinary and heavy clients, their latest conversation."""
    rng = random.Random(seed)
    planned = [
        row[0][:10]
        for row in book.vault.db.execute(
            "SELECT starts_at FROM appointments WHERE status = 'planned' ORDER BY id"
        )
    ]
    days = [NOW.date()] + [
        date.fromisoformat(d) for d in rng.sample(planned, min(DAYS_PICKED, len(planned)))
    ]
    total = bench.sizes.clients
    heavy = rng.sample(bench.heavy_clients, min(CLIENTS_PICKED // 2, len(bench.heavy_clients)))
    ordinary = rng.sample(range(1, total + 1), min(CLIENTS_PICKED - len(heavy), total))
    clients = heavy + ordinary
    conversations = [book.conversations(c)[0].id for c in clients]
    return days, clients, conversations


def _lines(overview: object) -> int:
    return sum(
        len(getattr(overview, name))
        for name in (
            "appointments_today",
            "appointments_week",
            "coach_promises",
            "overdue_client_steps",
            "consents_ending",
        )
    )


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=NOW.tzinfo)
