"""`make bench` compares the vault with plain SQLite through the same Casebook code."""

from __future__ import annotations

from pathlib import Path

from benchmarks.plain import open_plain

from intakecompanion.domain.casebook import Casebook


def test_the_plain_twin_opens_as_a_vault(tmp_path: Path) -> None:
    """It has no cipher salt to read (make bench failed with a TypeError at the first run)."""
    vault = open_plain(tmp_path / "plain.sqlite")
    try:
        book = Casebook(vault)
        assert book.add_client("Sam De Smet").name == "Sam De Smet"
        assert vault.salt == bytes(16)
    finally:
        vault.close()
