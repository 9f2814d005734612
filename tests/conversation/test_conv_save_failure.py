"""When saving fails (disk full, read-only folder): a banner, the text stays, retries succeed."""

from __future__ import annotations

import errno

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from tests.support.conversation import FailingCasebook, answer_consent, open_view
from tests.support.disk import sqlite_storage_error
from tests.support.keyboard import type_text

from intakecompanion.domain.model import ItemState
from intakecompanion.domain.save_queue import SaveState
from intakecompanion.vault.engine import SQLITE_FULL, SQLITE_READONLY
from intakecompanion.vault.errors import SaveFailed


@pytest.fixture
def failing(raw_key_vault) -> FailingCasebook:
    return FailingCasebook(raw_key_vault)


@pytest.mark.parametrize(
    "error",
    [
        SaveFailed(),
        sqlite_storage_error("attempt to write a readonly database", SQLITE_READONLY),
        OSError(errno.ENOSPC, "No space left on device"),
    ],
    ids=["SaveFailed", "sqlcipher-readonly", "OSError-ENOSPC"],
)
def test_failed_note_save_shows_banner_keeps_text_and_retries(
    qtbot, failing, intake, reread, error
) -> None:
    failing.error = error
    view = open_view(qtbot, failing, intake.id)
    assert view.banner.isHidden()
    card = view.notes.add_note()
    failing.failing = True
    type_text(card.editor, "Zij wil graag dat haar zus mee mag komen.")
    assert view.flush() is False
    assert view.save_state is SaveState.FAILED
    assert view.banner.isVisible()
    assert view.save_state_label.property("state") == "failed"
    assert card.editor.text() == "Zij wil graag dat haar zus mee mag komen."
    assert reread().notes(intake.id) == []

    type_text(card.editor, " Ja.")  # the coach keeps typing; nothing is dropped
    qtbot.waitUntil(lambda: failing.attempts >= 3, timeout=5000)  # it keeps retrying
    assert view.banner.isVisible()

    failing.failing = False
    qtbot.waitUntil(lambda: view.save_state is SaveState.SAVED, timeout=5000)
    assert view.banner.isHidden()
    [note] = reread().notes(intake.id)
    assert note.text == "Zij wil graag dat haar zus mee mag komen. Ja."


def test_a_wrong_sql_statement_surfaces_and_is_not_shown_as_a_full_disk(
    qtbot, failing, intake, reread
) -> None:
    """Only the disk refusing a write is kept and retried: an error of the program's own SQL
    is raised, not turned into the full-disk banner."""
    try:
        sqlcipher3.connect(":memory:").execute("UPDATE nowhere SET text = 'x'")
    except sqlcipher3.OperationalError as wrong_sql:
        failing.error = wrong_sql
    view = open_view(qtbot, failing, intake.id)
    card = view.notes.add_note()
    failing.failing = True
    type_text(card.editor, "Zij wil graag dat haar zus mee mag komen.")
    with pytest.raises(sqlcipher3.OperationalError, match="no such table"):
        view.flush()
    assert view.banner.isHidden()
    assert view.save_state is not SaveState.FAILED
    failing.failing = False
    assert view.flush() is True
    assert [n.text for n in reread().notes(intake.id)] == [card.editor.text()]


def test_a_full_disk_at_a_lock_hands_the_typed_text_over_to_be_written_later(
    qtbot, failing, intake, reread
) -> None:
    failing.error = sqlite_storage_error("database or disk is full", SQLITE_FULL)
    view = open_view(qtbot, failing, intake.id)
    card = view.notes.add_note()
    failing.failing = True
    type_text(card.editor, "Zij wil graag dat haar zus mee mag komen.")
    assert view.flush() is False and view.banner.isVisible()
    replays = view.take_unsaved()  # the lock wins: the edit leaves the view
    assert len(replays) == 1
    failing.failing = False  # the next unlock, room again on the disk
    for replay in replays:
        replay(failing)
    [note] = reread().notes(intake.id)
    assert note.text == "Zij wil graag dat haar zus mee mag komen."


def test_failed_tick_is_kept_and_written_by_the_retry_button(
    qtbot, failing, intake, reread
) -> None:
    from intakecompanion.ui.shared.autosave import AutoSaver

    view = open_view(qtbot, failing, intake.id, saver=AutoSaver(retry_ms=60_000))
    row = view.checklist.rows(0)[0]
    failing.failing = True
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert row.state is ItemState.DONE  # the screen keeps what the coach chose
    assert view.banner.isVisible()
    assert reread().answers(intake.id) == {}
    failing.failing = False
    qtbot.mouseClick(view.banner.retry_button, Qt.MouseButton.LeftButton)
    assert view.banner.isHidden()
    assert reread().answers(intake.id)["welcome-on-time"].state is ItemState.DONE


def test_failed_consent_keeps_the_form_and_is_recorded_once_on_retry(
    qtbot, failing, intake, reread
) -> None:
    view = open_view(qtbot, failing, intake.id)
    panel = view.consents
    type_text(panel.recipient, "Huisarts")
    type_text(panel.information, "medische gegevens")
    type_text(panel.purpose, "aanvraag premie")
    answer_consent(panel)
    failing.failing = True
    assert panel.record() is False
    assert panel.recipient.text() == "Huisarts"
    assert panel.record() is False  # pressing again does not queue a second copy
    failing.failing = False
    qtbot.waitUntil(lambda: view.save_state is SaveState.SAVED, timeout=5000)
    assert [c.recipient for c in reread().consents(intake.id)] == ["Huisarts"]
    assert panel.recipient.text() == ""


def test_flush_reports_true_only_when_everything_is_on_disk(qtbot, failing, intake) -> None:
    view = open_view(qtbot, failing, intake.id)
    assert view.flush() is True
    row = view.checklist.rows(0)[0]
    failing.failing = True
    type_text(row.note, "x")
    assert view.flush() is False
    failing.failing = False
    assert view.flush() is True


def test_shutdown_saves_then_writes_nothing_more(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    row = view.checklist.rows(0)[0]
    type_text(row.note, "voor het vergrendelen")
    assert view.shutdown() is True
    assert reread().answers(intake.id)["welcome-on-time"].note == "voor het vergrendelen"
    casebook.vault.close()  # the shell locks: the vault is gone
    type_text(row.note, "!")  # a stray key after the lock must not touch the closed vault
    qtbot.wait(20)
    assert view.flush() is False


def test_hiding_the_view_saves_what_was_typed(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    type_text(card.editor, "Terug naar de lijst")
    view.hide()
    assert [n.text for n in reread().notes(intake.id)] == ["Terug naar de lijst"]


def test_a_retry_after_the_vault_closed_does_not_write(qtbot, failing, intake) -> None:
    view = open_view(qtbot, failing, intake.id)
    failing.failing = True
    type_text(view.checklist.rows(0)[0].note, "nog niet bewaard")
    assert view.flush() is False  # the retry timer now runs
    failing.vault.close()  # the shell locks anyway
    attempts = failing.attempts
    qtbot.wait(200)  # several retry periods (50 ms)
    assert failing.attempts == attempts  # no write was tried against the closed vault
    assert view.flush() is False


def test_a_consent_waiting_for_the_disk_is_never_replaced_by_the_next(
    qtbot, failing, intake, reread
) -> None:
    view = open_view(qtbot, failing, intake.id)
    panel = view.consents
    type_text(panel.recipient, "Huisarts")
    type_text(panel.information, "medische gegevens")
    type_text(panel.purpose, "aanvraag premie")
    answer_consent(panel)
    failing.failing = True
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    # The form shows the waiting consent, read-only, and says why "record" is off.
    assert not panel.record_button.isEnabled()
    assert panel.recipient.isReadOnly()
    assert "once this one is saved" in panel.message.text()

    # The coach tries to fill in the next consent over it and record that one.
    panel.recipient.setFocus()
    qtbot.keyClick(panel.recipient, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(panel.recipient, "Mutualiteit")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.record() is False
    assert panel.recipient.text() == "Huisarts"

    failing.failing = False
    qtbot.waitUntil(lambda: view.save_state is SaveState.SAVED, timeout=5000)
    assert [c.recipient for c in reread().consents(intake.id)] == ["Huisarts"]
    assert panel.record_button.isEnabled()
    assert not panel.recipient.isReadOnly()
    assert panel.recipient.text() == ""

    type_text(panel.recipient, "Mutualiteit")
    type_text(panel.information, "inkomen")
    type_text(panel.purpose, "terugbetaling")
    answer_consent(panel)
    assert panel.record() is True
    assert [c.recipient for c in reread().consents(intake.id)] == ["Huisarts", "Mutualiteit"]
