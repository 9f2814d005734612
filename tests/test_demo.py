"""The demo data: fictional clients at every stage, in a throw-away vault, never the real one."""

from __future__ import annotations

from datetime import datetime

from intakecompanion.demo import DEMO_PASSPHRASE, DemoSite, seed_demo
from intakecompanion.domain.casebook import Casebook
from intakecompanion.paths import AppPaths
from intakecompanion.vault import store
from intakecompanion.vault.store import Vault

NOW = datetime(2026, 3, 2, 15, 0).astimezone()


def test_seed_covers_every_kind_of_record(vault: Vault) -> None:
    made = seed_demo(vault, "nl", NOW)
    book = Casebook(vault, clock=lambda: NOW)
    overviews = {o.client.name: o for o in book.clients()}
    assert set(overviews) == {"Sam De Smet", "Éline Maes", "Yusuf Aydın", "Mira Janssens"}
    assert overviews["Yusuf Aydın"].overdue_coach_steps == 1
    assert overviews["Éline Maes"].open_steps == 2
    assert overviews["Mira Janssens"].open_steps == 0
    notes = book.notes(made.eline_intake)
    assert {n.shared for n in notes} == {True, False}
    consents = book.consents(made.eline_intake)
    assert [c.in_force for c in consents] == [True, False]
    assert consents[1].withdrawn is not None
    assert book.conversation_appointment(made.eline_intake) is not None
    assert [str(c.kind) for c in book.conversations(made.sam)] == ["follow_up", "intake"]
    assert book.answers(made.eline_intake)
    assert book.profile().name == "Noor Vermeulen"


def test_english_texts(vault: Vault) -> None:
    made = seed_demo(vault, "en", NOW)
    book = Casebook(vault)
    assert any("kitchen" in n.text for n in book.notes(book.conversations(made.sam)[1].id))


def test_demo_site_is_temporary_and_never_the_real_vault() -> None:
    real = AppPaths.from_environment().default_vault
    site = DemoSite.create("nl")
    try:
        assert site.vault_path != real
        assert not real.exists()
        assert site.root.name.startswith("intakecompanion-demo-")
        opened = store.unlock(site.vault_path, DEMO_PASSPHRASE)
        try:
            assert len(Casebook(opened).clients()) == 4
        finally:
            opened.close()
    finally:
        site.remove()
    assert not site.root.exists()
