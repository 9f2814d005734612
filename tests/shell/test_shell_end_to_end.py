"""The whole path as a coach walks it, through the real windows on a real encrypted vault:
first start, details, a new intake through every phase with notes of both kinds, a step, a
consent and an appointment; lock, unlock, quit, start again: everything is still there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.conversation import answer_consent
from tests.support.keyboard import retype, type_text
from tests.support.shell import PASSPHRASE, all_texts, make_window, unlock

from intakecompanion.domain.model import ConsentDecision, ItemState, StepOwner
from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.ui.window.main_window import WINDOW_TITLE

CLIENT = "Zoë Özkan-De Wíldé"
SHARED = "We spreken af: Zoë belt zelf naar het OCMW. Ça va très bien."
INTERNAL = "Intern: maakt zich zorgen over de huur (€ 750)."


def test_first_start_to_second_start(qtbot, app_paths, shell_vault_path, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)

    # -- first start: vault, recovery key, details ------------------------------------------
    create = window.gate.page
    assert isinstance(create, CreateVaultPage)
    type_text(create.fields.first, PASSPHRASE)
    type_text(create.fields.second, PASSPHRASE)
    with qtbot.waitSignal(window.session.created, timeout=20000):
        qtbot.keyClick(create.fields.second, Qt.Key.Key_Return)
    key_page = window.gate.page
    assert isinstance(key_page, RecoveryKeyPage)
    key_page.save_to(app_paths.data_dir.parent / "herstelsleutel.txt")
    qtbot.keyClick(key_page.kept, Qt.Key.Key_Space)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    profile = window.gate.page
    assert isinstance(profile, ProfilePage)
    type_text(profile.form.name, "Noor Vermeulen")
    type_text(profile.form.organisation, "OCMW Voorbeeldstad")
    profile.form.boundaries.insertPlainText("Geen berichten in het weekend.")
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None

    # -- a new intake in one action ----------------------------------------------------------
    window.new_intake()
    field = window.workspace.clients.new_field.name
    type_text(field, CLIENT)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    page = window.workspace.conversation_page
    assert page is not None
    view = page.view
    conversation_id = page.conversation_id

    # every phase: the first item of each done, the second not applicable
    for phase in range(view.phase_count):
        view.show_phase(phase)
        rows = view.checklist.rows(phase)
        rows[0].setFocus()
        qtbot.keyClick(rows[0], Qt.Key.Key_Space)
        if len(rows) > 1:
            rows[1].setFocus()
            qtbot.keyClick(rows[1], Qt.Key.Key_N)
    assert view.current_phase == view.phase_count - 1

    # notes: one internal (the default), one shared with the client
    view.focus_side_tab(0)
    internal = view.notes.add_note()
    internal.editor.insertPlainText(INTERNAL)
    shared = view.notes.add_note()
    shared.editor.insertPlainText(SHARED)
    qtbot.mouseClick(shared.switch, Qt.MouseButton.LeftButton)

    # a small step, a consent, the next appointment
    view.focus_side_tab(1)
    step = view.steps.add_step()
    type_text(step.what, "Loonbrieven meebrengen")
    retype(step.due, "9/3/2031")
    view.focus_side_tab(2)
    type_text(view.consents.recipient, "Dienst huisvesting")
    type_text(view.consents.information, "inkomen")
    type_text(view.consents.purpose, "sociale huur")
    answer_consent(view.consents)
    assert view.consents.record() is True
    view.focus_side_tab(3)
    retype(view.appointment.day, "16-3-31")
    type_text(view.appointment.place, "Sociaal huis, lokaal 2")
    view.show_phase(2)
    where = (conversation_id, 2)

    # -- lock and unlock: back to the same place ----------------------------------------------
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.workspace is None
    texts = "\n".join(all_texts())
    assert CLIENT not in texts and "Loonbrieven" not in texts and "OCMW Voorbeeldstad" not in texts
    unlock(qtbot, window)
    page = window.workspace.conversation_page
    assert page is not None
    assert (page.conversation_id, page.phase()) == where

    # -- quit, and start again with a new window on the same vault -----------------------------
    window.close()
    assert not window.session.is_open
    second = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)
    assert isinstance(second.gate.page, UnlockPage)
    unlock(qtbot, second)
    book = second.session.casebook
    assert book is not None
    assert book.profile().name == "Noor Vermeulen"
    assert book.profile().boundaries == "Geen berichten in het weekend."
    [overview] = book.clients()
    assert overview.client.name == CLIENT
    assert overview.open_steps == 1
    [conversation] = book.conversations(overview.client.id)
    answers = book.answers(conversation.id)
    settled = [a.state for a in answers.values()]
    assert settled.count(ItemState.DONE) == view_phase_count(book, conversation.id)
    assert ItemState.NOT_APPLICABLE in settled
    notes = {(n.text, n.shared) for n in book.notes(conversation.id)}
    assert notes == {(INTERNAL, False), (SHARED, True)}
    [stored_step] = book.steps(conversation.id)
    assert (stored_step.what, stored_step.due_date) == ("Loonbrieven meebrengen", date(2031, 3, 9))
    assert stored_step.who in tuple(StepOwner)
    [consent] = book.consents(conversation.id)
    assert (consent.recipient, consent.decision) == ("Dienst huisvesting", ConsentDecision.GIVEN)
    assert consent.recorded_by == "Noor Vermeulen"
    appointment = book.conversation_appointment(conversation.id)
    assert appointment is not None
    assert appointment.starts_at.date() == date(2031, 3, 16)
    assert appointment.place == "Sociaal huis, lokaal 2"
    assert second.windowTitle() == WINDOW_TITLE
    assert (app_paths.data_dir.parent / "herstelsleutel.txt").read_text().count("-") >= 12


def view_phase_count(book, conversation_id: int) -> int:  # type: ignore[no-untyped-def]
    from intakecompanion.guide import guide_from_snapshot

    return len(guide_from_snapshot(book.guide_snapshot(conversation_id)).phases)
