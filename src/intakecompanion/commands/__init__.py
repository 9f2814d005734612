"""Headless sub-commands for the vault: backup, restore and verify (no Qt)."""
