"""`make bench`: generate (or reuse) the benchmark vault, measure every goal, write the report.

    python -m benchmarks [--scale 1] [--repeats 20] [--out docs/performance.md] [--only ...]

`--scale` (or BENCH_SCALE) shrinks the vault: 0.01 is 100 clients, for CI. The report replaces
only the part of the output file between its `bench:` markers, so notes around it are kept.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchmarks import machine
from benchmarks.generate import BenchVault, prepare
from benchmarks.results import Goal, Section, Table
from benchmarks.startup import bench_open_memory, bench_startup
from benchmarks.storage import (
    bench_edit,
    bench_search,
    bench_unlock,
    bench_workload,
    pick_queries,
)
from benchmarks.trajectory import bench_trajectory
from benchmarks.ui import bench_ui

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- bench:begin: written by `make bench`; edit outside these markers -->"
END = "<!-- bench:end -->"
PARTS = ("startup", "unlock", "edit", "search", "overview", "ui", "memory", "workload")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--scale",
        type=float,
        default=float(os.environ.get("BENCH_SCALE") or 1.0),
        help="vault size: 1 = 10,000 clients (default, or BENCH_SCALE)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=20, help="base number of repeats")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / ".cache")
    parser.add_argument("--only", nargs="+", choices=PARTS, help="measure only these parts")
    args = parser.parse_args(argv)
    if not 0 < args.scale <= 10:
        parser.error("--scale must be above 0 and at most 10")
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def measure(args: argparse.Namespace, bench: BenchVault) -> Section:
    r = args.repeats
    queries = pick_queries(bench, args.seed)
    middle = [q.text for q in queries if "0.5 %" in q.bucket] or [queries[-1].text]
    parts: dict[str, Callable[[], Section]] = {
        "startup": lambda: bench_startup(bench, max(3, r // 2)),
        "unlock": lambda: bench_unlock(bench, max(3, r // 3)),
        "edit": lambda: bench_edit(bench, 10 * r),
        "search": lambda: bench_search(bench, r, queries),
        "overview": lambda: bench_trajectory(bench, r, args.seed),
        "ui": lambda: bench_ui(bench, max(2, r // 4)),
        "memory": lambda: bench_open_memory(bench, max(3, r // 4)),
        "workload": lambda: bench_workload(bench, max(3, r // 2), middle[0]),
    }
    section = Section()
    for name in args.only or PARTS:
        started = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        section.extend(parts[name]())
        print(f"[bench] {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    section.goals.sort(key=lambda goal: goal.number)
    return section


def report(args: argparse.Namespace, bench: BenchVault, section: Section, info: dict) -> str:
    sizes = bench.sizes
    lines = [
        BEGIN,
        "",
        f"## Latest run: {info['date']}",
        "",
        f"Command: `{info['command']}` (took {info['seconds']:.0f} s; the vault was "
        f"{'reused from the cache' if bench.from_cache else 'generated'}, generation takes "
        f"{bench.generation_seconds:.0f} s).",
        "",
        f"Vault: {sizes.clients:,} clients, {sizes.conversations:,} conversations, "
        f"{sizes.notes:,} notes, {sizes.answers:,} checklist answers (scale {args.scale:g}, "
        f"seed {args.seed}), the same rows in an encrypted vault and in plain SQLite "
        f"({_size(bench.encrypted)} and {_size(bench.plain)}).",
        "",
        "Absolute times wobble: this machine is shared (other people's tests run on the same "
        "two cores and disk), so compare ratios, which are measured side by side in the same "
        f"run with the runs interleaved. Load average (1/5/15 min) at the start "
        f"{info['load_before']}, at the end {info['load_after']}.",
        "",
        "| # | goal | target | measured | verdict |",
        "|---|---|---|---|---|",
    ]
    lines += [_goal_row(goal) for goal in section.goals]
    notes = [f"- Goal {g.number}: {g.note}" for g in section.goals if g.note]
    if notes:
        lines += ["", *notes]
    lines += ["", _pairs("Machine", info["machine"]), _pairs("Versions", info["versions"])]
    lines += [table.markdown() for table in section.tables]
    lines += [END]
    return "\n".join(lines) + "\n"


def _goal_row(goal: Goal) -> str:
    return f"| {goal.number} | {goal.title} | {goal.goal} | {goal.measured} | {goal.verdict} |"


def _pairs(title: str, pairs: dict[str, str]) -> str:
    return Table(title, ["", ""], [[k, v] for k, v in pairs.items()]).markdown()


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024 / 1024:.0f} MiB"


def write_report(path: Path, block: str) -> None:
    """Replace the block between the markers, or start the file with it."""
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + block.rstrip("\n") + tail
    else:
        text = "# Performance\n\n" + block + old
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = time.perf_counter()
    info = {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "command": "python -m benchmarks " + shlex.join(argv if argv is not None else sys.argv[1:]),
        "load_before": machine.load_average(),
    }
    work = args.cache / f"work-{os.getpid()}"
    print(f"[bench] preparing the vault (scale {args.scale:g}) ...", file=sys.stderr, flush=True)
    bench = prepare(args.scale, args.seed, args.cache, work)
    try:
        section = measure(args, bench)
        info["machine"] = machine.machine(work)
        info["versions"] = machine.versions()
        info["load_after"] = machine.load_average()
        info["seconds"] = time.perf_counter() - started
        block = report(args, bench, section, info)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_report(args.out, block)
    print(block)
    print(f"[bench] written to {args.out}", file=sys.stderr)
    return 0
