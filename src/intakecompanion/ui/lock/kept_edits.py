"""Edits a lock interrupted (the disk refused them): written into the vault after the unlock."""

from __future__ import annotations

from intakecompanion.domain.casebook import Casebook, UnknownRecord
from intakecompanion.domain.save_queue import Replay, is_save_failure


def replay_kept(casebook: Casebook, replays: list[Replay]) -> list[Replay]:
    """Write the kept edits in the order they were made; returns those still not written
    (from the first that fails on, so later edits keep their order)."""
    for position, replay in enumerate(replays):
        try:
            replay(casebook)
        except UnknownRecord:
            continue  # its record was erased meanwhile: what was erased is not brought back
        except Exception as exc:
            if not is_save_failure(exc):
                raise
            return replays[position:]
    return []
