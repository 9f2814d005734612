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
