"""Fixtures for the security suite: a vault with a coach's records in it, a casebook on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConsentDecision, ConsentForm, ConversationKind, StepOwner
from intakecompanion.paths import AppPaths
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault

NOW = datetime(2026, 3, 2, 10, 0).astimezone()


def fill_casebook(book: Casebook, clients: int = 3, marker: str = "") -> None:
    """A few clients, each with an intake: notes, checklist, a step, a consent, an appointment."""
    for number in range(clients):
        client = book.add_client(f"Noor Vermeulen {number} {marker}".strip())
        conversation = book.start_conversation(
            client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
        )
        book.add_note(conversation.id, f"Gesprek {number}: wil werk zoeken {marker}", shared=True)
        book.add_note(conversation.id, f"Intern {number}: schulden {marker}")
        book.set_item_note(conversation.id, "welcome-invite", f"vertelt veel {marker}")
        book.add_step(conversation.id, f"CV maken {marker}", StepOwner.CLIENT)
        book.record_consent(
            conversation.id,
            recipient=f"Sam De Smet, schuldbemiddeling {marker}",
            information="inkomen",
            purpose="afbetalingsplan",
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
        )
        book.add_appointment(client.id, NOW, f"OCMW-kantoor {marker}")


@pytest.fixture
def made(vault_path: Path, passphrase: str, fast_kdf: KdfParams) -> Iterator[tuple[Vault, str]]:
    """An open vault with records in it, and its recovery key."""
    vault, recovery_key = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    fill_casebook(Casebook(vault, clock=lambda: NOW))
    yield vault, recovery_key
    vault.close()


# -- for the tests that drive the real windows ------------------------------------------------


@pytest.fixture
def app_paths(isolated_home: Path) -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def settle_qt(qapp: QApplication) -> Iterator[None]:
    """Let background work end and leftover windows go before the next test."""
    yield
    QThreadPool.globalInstance().waitForDone()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
