"""Small facts about the vault itself, kept inside it (table `vault_meta`, schema step 4)."""

from __future__ import annotations

from intakecompanion.vault.unlocked import Vault

RECOVERY_KEY_CONFIRMED = "recovery_key_confirmed"


def read_meta(vault: Vault, key: str) -> str | None:
    row = vault.db.execute("SELECT value FROM vault_meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def write_meta(vault: Vault, key: str, value: str) -> None:
    """One committed write (SaveFailed if the disk refuses it)."""
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def recovery_key_confirmed(vault: Vault) -> bool:
    """False only while a recovery key was shown and the coach has not said they kept it.

    A vault from before this flag has no row: its key was shown when it was made, and asking
    every existing coach for a new key would alarm more than it helps.
    """
    return read_meta(vault, RECOVERY_KEY_CONFIRMED) != "0"


def set_recovery_key_confirmed(vault: Vault, confirmed: bool) -> None:
    write_meta(vault, RECOVERY_KEY_CONFIRMED, "1" if confirmed else "0")
