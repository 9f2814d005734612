"""Which guides the coach can start a conversation with: built-in plus organisation guides."""

from __future__ import annotations

from pathlib import Path

from intakecompanion.guide import Guide, GuideProblem, available_guides
from intakecompanion.paths import AppPaths


class GuideCatalog:
    """The guides, read once per unlock (a guide edited meanwhile is picked up next time)."""

    def __init__(self, paths: AppPaths, extra_files: list[str]) -> None:
        self.guides: list[Guide]
        self.problems: list[GuideProblem]
        self.guides, self.problems = available_guides(paths, [Path(f) for f in extra_files])

    def of_kind(self, kind: str) -> list[Guide]:
        """Guides for this kind of conversation, the organisation's own first."""
        matching = [guide for guide in self.guides if guide.kind == kind]
        return sorted(matching, key=lambda guide: guide.builtin)

    def default(self, kind: str) -> Guide | None:
        guides = self.of_kind(kind)
        return guides[0] if guides else None
