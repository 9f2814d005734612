"""Fictional vaults and guides for the summary tests: a real encrypted vault, a real guide."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.rows import Clock
from intakecompanion.guide.snapshot import SNAPSHOT_FORMAT
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.vault.store import open_with_data_key

STARTED_AT = datetime(2026, 3, 2, 10, 0).astimezone()

SECRECY_NL = (
    "Ik heb beroepsgeheim. Wat je vertelt, blijft bij mij. "
    "Ik deel iets alleen als jij ja zegt. Behalve als iemand in gevaar is."
)
SECRECY_EN = (
    "I am bound by professional secrecy. What you tell me stays with me. "
    "I only share something if you say yes. Unless someone is in danger."
)
WITHDRAW_NL = "Wil je een ja terugnemen? Zeg het mij. Dat mag altijd, ook later."
WITHDRAW_EN = "Want to take back a yes? Tell me. You can always do that, also later."


def guide_snapshot(
    version: str = "1.0",
    secrecy_nl: str = SECRECY_NL,
    secrecy_en: str = SECRECY_EN,
    withdraw_nl: str = WITHDRAW_NL,
    withdraw_en: str = WITHDRAW_EN,
    help_line: tuple[str, str] | None = None,
) -> str:
    """A small but valid guide, as the snapshot a conversation stores (with the organisation's
    `help_line` in Dutch and English when given)."""
    guide = {
        "id": "intake",
        "version": version,
        "kind": "intake",
        "languages": ["nl", "en"],
        "nl": {"title": "Intake", "secrecy_statement": secrecy_nl, "withdraw_consent": withdraw_nl},
        "en": {"title": "Intake", "secrecy_statement": secrecy_en, "withdraw_consent": withdraw_en},
        "phases": [
            {
                "id": "start",
                "nl": {"title": "Start", "purpose": "Veiligheid"},
                "en": {"title": "Start", "purpose": "Safety"},
                "items": [
                    {
                        "id": "secrecy",
                        "feeds": "secrecy_statement",
                        "nl": {"text": "Leg het beroepsgeheim uit", "why": "Vertrouwen"},
                        "en": {"text": "Explain professional secrecy", "why": "Trust"},
                    }
                ],
            }
        ],
    }
    if help_line is not None:
        guide["nl"]["help_line"], guide["en"]["help_line"] = help_line  # type: ignore[index]
    return json.dumps({"format": SNAPSHOT_FORMAT, "guide": guide}, ensure_ascii=False)


def new_casebook(folder: Path, clock: Clock | None = None) -> Casebook:
    """A Casebook on a fresh encrypted vault in `folder` (closed by the caller via .vault)."""
    vault = open_with_data_key(folder / "vault" / "v.icv", os.urandom(32), create=True)
    return Casebook(vault, clock=clock or (lambda: STARTED_AT))


def sample_book(folder: Path) -> tuple[Casebook, int]:
    book = new_casebook(folder)
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    return book, conversation_id
