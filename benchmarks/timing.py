"""Timing helpers: samples with median and p95, side-by-side (interleaved) runs, the fsync floor.

On a shared machine background load comes and goes; running the things compared in turn, in a
rotating order, lets that load hit each of them alike, so their ratio stays fair.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: every figure reported was really measured)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


@dataclass
class Samples:
    """Durations in seconds."""

    values: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.values.append(seconds)

    def extend(self, other: Samples) -> None:
        self.values.extend(other.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def p95(self) -> float:
        return percentile(self.values, 0.95)

    @property
    def count(self) -> int:
        return len(self.values)

    def ms(self, which: str = "median") -> str:
        return f"{getattr(self, which) * 1000:.2f}"


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def interleaved(
    calls: Mapping[str, Callable[[], object]],
    repeats: int,
    warmup: int = 1,
    budget_s: float | None = None,
    min_repeats: int = 3,
) -> dict[str, Samples]:
    """Run each call `repeats` times in turn, the order rotating each round; the first
    `warmup` rounds are not counted (they fill caches). With `budget_s`, stop early once
    that much time has gone and `min_repeats` rounds are counted (slow cases get fewer)."""
    names = list(calls)
    result = {name: Samples() for name in names}
    started = time.perf_counter()
    for round_number in range(warmup + repeats):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            seconds = timed(calls[name])
            if round_number >= warmup:
                result[name].add(seconds)
        counted = round_number + 1 - warmup
        if budget_s is not None and counted >= min_repeats:
            if time.perf_counter() - started > budget_s:
                break
    return result


class FsyncProbe:
    """The disk's floor for one durable save: a 4 KiB write plus fsync, in a given folder."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / ".fsync-probe"
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        os.pwrite(self._fd, bytes(64 * 4096), 0)
        os.fsync(self._fd)
        self._slot = 0
        self._block = os.urandom(4096)

    def __call__(self) -> None:
        # Overwrites within the file, as SQLite's WAL does once it has reached its size.
        self._slot = (self._slot + 1) % 64
        os.pwrite(self._fd, self._block, self._slot * 4096)
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)
        self.path.unlink(missing_ok=True)


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else float("inf")
