"""The demo data: fictional clients at every stage, in a throw-away vault, never the real one."""

from __future__ import annotations

from datetime import datetime

from intakecompanion.demo import DEMO_PASSPHRASE, DemoSite, seed_demo
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import AppointmentStatus, Party, StepStatus
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
    assert [str(c.kind) for c in book.conversations(made.sam)] == [
        "follow_up",
        "follow_up",
        "intake",
    ]
    assert book.answers(made.eline_intake)
    assert book.profile().name == "Noor Vermeulen"


def test_sams_trajectory_shows_every_outcome(vault: Vault) -> None:
    """An intake and two follow-ups: steps done and open, an appointment moved and one missed,
    one kept in each follow-up, a consent withdrawn in the first follow-up; every finished
    conversation took time."""
    made = seed_demo(vault, "nl", NOW)
    book = Casebook(vault, clock=lambda: NOW)
    intake, first, today = (
        book.conversation(i)
        for i in (made.sam_intake, made.sam_first_follow_up, made.sam_follow_up)
    )
    assert not intake.is_open and not first.is_open and today.is_open
    for finished in (intake, first, book.conversations(made.yusuf)[0]):
        assert finished.ended_at is not None and finished.ended_at > finished.started_at
    statuses = [a.status for a in book.appointments(made.sam)]
    assert statuses == [
        AppointmentStatus.MOVED,
        AppointmentStatus.KEPT,
        AppointmentStatus.MISSED,
        AppointmentStatus.KEPT,
        AppointmentStatus.PLANNED,
    ]
    moved, kept, missed, kept_today, _next = book.appointments(made.sam)
    assert moved.moved_to == kept.id and moved.status_by is Party.CLIENT
    assert kept.held_in == first.id and kept_today.held_in == today.id
    assert missed.status_by is Party.CLIENT
    view = book.trajectory(first.id)
    assert len(view.steps_settled) == 2 and {s.status for s in view.steps_settled} == {
        StepStatus.DONE
    }
    [withdrawn] = view.consents_changed
    assert withdrawn.withdrawals[0].conversation_id == first.id
    now = book.trajectory(today.id)
    assert len(now.open_steps) == 1 and len(now.steps_added) == 1
    assert now.this_appointment == kept_today and now.next_appointment == _next
    assert len(now.consents_in_force) == 1
    # Nothing of Sam is on today's overview as still to come today: it was kept.
    assert all(a.client_id != made.sam for a in book.coach_overview().appointments_today)


def test_english_texts(vault: Vault) -> None:
    made = seed_demo(vault, "en", NOW)
    book = Casebook(vault)
    assert any("kitchen" in n.text for n in book.notes(book.conversations(made.sam)[-1].id))


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


def test_the_french_demo_is_in_french() -> None:
    """The demo's passphrase is shown on the unlock screen, and its coach's words go on the
    sheet: in French for a French demo, not Dutch (issue 17)."""
    site = DemoSite.create("fr")
    try:
        assert site.passphrase == "une démo pour tout le monde"
        opened = store.unlock(site.vault_path, site.passphrase)
        try:
            profile = Casebook(opened).profile()
            assert profile.organisation == "CPAS d'Exempleville"
            assert profile.reachable == "du lundi au jeudi, de 9 à 12 heures"
        finally:
            opened.close()
    finally:
        site.remove()
