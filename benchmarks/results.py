"""What a benchmark hands back: a verdict per goal, and tables of detail for the report."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Goal:
    number: int
    title: str
    goal: str
    measured: str
    met: bool | None  # None: could not be measured in this run (the note says why)
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.met is None:
            return "not measured"
        return "met" if self.met else "**missed**"


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""

    def markdown(self) -> str:
        lines = [f"### {self.title}", ""]
        if self.note:
            lines += [self.note, ""]
        lines.append("| " + " | ".join(self.header) + " |")
        lines.append("|" + "|".join("---" for _ in self.header) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines) + "\n"


@dataclass
class Section:
    """The goals and detail tables one part of the harness produced."""

    goals: list[Goal] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def extend(self, other: Section) -> None:
        self.goals += other.goals
        self.tables += other.tables


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def times(value: float) -> str:
    return f"{value:.2f}×"


def mib(kib: int | float) -> str:
    return f"{kib / 1024:.0f} MiB"
