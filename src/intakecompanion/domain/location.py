"""Where the coach was in the workspace, kept across a lock (its own module, so the main
window knows it without loading the workspace before the vault is open)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where the coach was, as ids only (no text), to return there after unlocking."""

    client_id: int | None = None
    conversation_id: int | None = None
    phase: object = None


@dataclass(frozen=True)
class FocusSpot:
    """Which field had the keyboard, as names and ids only (no text), and where its cursor
    was, to put both back after an unlock: `place` names the field within the conversation
    (its page or tab, the record's id, the field), `cursor` and `anchor` are offsets in its
    text (a selection runs between them)."""

    place: tuple[str | int | None, ...]
    cursor: int = 0
    anchor: int = 0
