"""Schema versions as a registry of numbered steps, each run in its own transaction.

A step is a function taking the open `sqlite_utils.Database`. The schema version lives in the
file (`PRAGMA user_version`). The caller copies the vault before the first step runs, and a vault
written by a newer version is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from intakecompanion.vault.errors import VaultFromNewerVersion

Step = Callable[[Database], None]
STEPS: dict[int, Step] = {}


def step(version: int) -> Callable[[Step], Step]:
    """Register the step that brings a vault from `version - 1` to `version`."""

    def register(func: Step) -> Step:
        if version in STEPS:
            raise ValueError(f"migration step {version} registered twice")
        STEPS[version] = func
        return func

    return register


def latest_version() -> int:
    return max(STEPS, default=0)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(db: Database) -> int:
    version = schema_version(db)
    if version > latest_version():
        raise VaultFromNewerVersion(version, latest_version())
    return version


def pending(db: Database) -> list[int]:
    current = check_not_newer(db)
    return [v for v in sorted(STEPS) if v > current]


def migrate(db: Database, before_first_step: Callable[[int], None] | None = None) -> list[int]:
    """Run every pending step in order; returns the versions applied.

    `before_first_step(current_version)` runs once before any change (the store copies the
    vault there), and only when there is something to do on a vault that already has data.
    """
    todo = pending(db)
    if todo and before_first_step is not None and schema_version(db) > 0:
        before_first_step(schema_version(db))
    conn = db.conn
    for version in todo:
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version](db)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return todo


# The steps themselves are registered by importing intakecompanion.vault.schema.
