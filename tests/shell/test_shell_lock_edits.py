"""A lock right after an edit: nothing queued for later touches a deleted widget, and text that
could not be saved before the lock is kept in memory and saved right after the next unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from tests.support.keyboard import type_text
from tests.support.scan import Scan, needles_for
from tests.support.shell import (
    Disk,
    all_texts,
    destroy_pending,
    only_visible,
    open_first_conversation,
    unlock,
    unlocked_window,
    window_on_failing_disk,
)

from intakecompanion.domain.model import AppointmentStatus, Party
from intakecompanion.ui.window.main_window import MainWindow


@pytest.mark.parametrize("add", ["note", "step"])
def test_lock_right_after_adding_raises_nothing(qtbot, app_paths, seeded, fast_kdf, add) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    if add == "note":
        view.notes.add_note()
    else:
        view.steps.add_step()
    window.lock()  # before the event loop has run once
    destroy_pending()  # the workspace goes before any queued call of it could run
    qtbot.wait(20)  # pytest-qt fails the test on an exception raised in a Qt slot
    assert window.workspace is None


def test_a_reload_queued_just_before_a_lock_never_reads_the_closed_vault(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """Kept edits saved a moment before the lock queue a reload of the conversation; the
    workspace is only deleted later by Qt. Seen on Windows (under Wine): the reload ran first and
    read the closed vault."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    open_first_conversation(window, "Éline Maes")
    window.workspace._kept_now_saved(1)  # as when kept edits have just reached the disk
    window.lock()
    qtbot.wait(20)  # pytest-qt fails the test on an exception raised in a Qt slot
    assert window.workspace is None


# -- nothing typed is lost at a lock -----------------------------------------------------------

NOTE = "Zoë wil eerst haar broer bellen (€ 20 beltegoed)."
STEP = "Huurcontract meebrengen"


def type_unsaved_and_lock(qtbot, window: MainWindow, disk: Disk) -> int:  # type: ignore[no-untyped-def]
    """A note and a step typed while the disk refuses, then a lock; returns the conversation."""
    view = open_first_conversation(window, "Éline Maes").view
    disk.failing = True
    view.focus_side_tab(0)
    type_text(view.notes.add_note().editor, NOTE)
    view.focus_side_tab(1)
    type_text(view.steps.add_step().what, STEP)
    assert view.flush() is False and view.banner.isVisible()
    conversation_id = view.conversation_id
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    assert window.session.kept_count == 2  # the note (text) and the step (what)
    texts = "\n".join(all_texts())  # nothing kept is shown anywhere while locked
    assert NOTE not in texts and STEP not in texts
    return conversation_id


def stored(window: MainWindow, conversation_id: int) -> tuple[list[str], list[str]]:
    book = window.session.casebook
    assert book is not None
    notes = [n.text for n in book.notes(conversation_id)]
    return notes, [s.what for s in book.steps(conversation_id)]


def shown(window: MainWindow) -> tuple[list[str], list[str]]:
    assert window.workspace is not None and window.workspace.conversation_page is not None
    view = window.workspace.conversation_page.view
    return [c.editor.text() for c in view.notes.cards], [r.what.text() for r in view.steps.rows]


def test_text_a_failed_save_kept_is_saved_and_shown_after_unlock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, isolated_home
) -> None:
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    conversation_id = type_unsaved_and_lock(qtbot, window, disk)
    scan = Scan(needles_for({"note": NOTE, "step": STEP}))
    scan.tree(isolated_home)
    assert scan.hits == []  # kept in memory only: no file holds it in plain text

    disk.failing = False  # room again on the disk
    unlock(qtbot, window)
    assert window.session.kept_count == 0
    assert NOTE in stored(window, conversation_id)[0]
    assert STEP in stored(window, conversation_id)[1]
    notes, steps = shown(window)
    assert NOTE in notes and STEP in steps
    page = window.workspace.conversation_page
    assert page.message.isVisible() and page.message.property("state") == "ok"
    assert "2 changes" in page.message.text() and "saved now" in page.message.text()
    assert page.view.banner.isHidden()


def test_kept_text_that_still_fails_after_unlock_waits_with_the_banner(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    conversation_id = type_unsaved_and_lock(qtbot, window, disk)
    unlock(qtbot, window)  # the disk still refuses
    page = window.workspace.conversation_page
    assert page is not None and page.view.banner.isVisible()
    assert page.message.property("state") == "error" and "still not saved" in page.message.text()
    notes, steps = stored(window, conversation_id)
    assert NOTE not in notes and STEP not in steps

    # locked and unlocked again while it still fails: still kept, nothing lost
    window.lock()
    assert window.session.kept_count == 2
    unlock(qtbot, window)
    page = window.workspace.conversation_page

    disk.failing = False
    qtbot.mouseClick(page.view.banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.conversation_page is not page, timeout=5000)
    notes, steps = shown(window)  # the conversation is shown again, with what was kept
    assert NOTE in notes and STEP in steps
    assert NOTE in stored(window, conversation_id)[0]
    message = window.workspace.conversation_page.message
    assert message.property("state") == "ok" and "saved now" in message.text()


def test_the_client_name_shown_on_request_is_gone_at_a_lock(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    from intakecompanion.ui.window.main_window import WINDOW_TITLE

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_checklist()
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert view.client_badge.label.text() == "Éline Maes"
    assert window.windowTitle() == WINDOW_TITLE
    window.lock()
    assert not [t for t in all_texts() if "Éline" in t]
    unlock(qtbot, window)
    badge = window.workspace.conversation_page.view.client_badge
    assert not badge.revealed and badge.label.text() == "É. M."


# -- quitting with edits that are not on disk ---------------------------------------------------


def _quit_question() -> QMessageBox:
    """The one message box on screen: the question asked before quitting."""
    return only_visible(QMessageBox)


def _quit_button(box: QMessageBox) -> QAbstractButton:
    [button] = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    return button


@pytest.mark.parametrize("locked", [False, True], ids=["on-screen", "kept-over-a-lock"])
def test_quitting_with_unsaved_edits_asks_and_stays_by_default(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, locked
) -> None:
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    if locked:
        type_unsaved_and_lock(qtbot, window, disk)
    else:
        view = open_first_conversation(window, "Éline Maes").view
        disk.failing = True
        view.focus_side_tab(0)
        type_text(view.notes.add_note().editor, NOTE)
    assert window.close() is False  # asked: nothing is lost until the coach answers
    box = _quit_question()
    assert f"(number of changes: {2 if locked else 1})" in box.text() and not box.isModal()
    assert window.close() is False and _quit_question() is box  # asked once
    qtbot.mouseClick(box.escapeButton(), Qt.MouseButton.LeftButton)  # Stay
    assert window.isVisible()
    assert window.close() is False
    qtbot.mouseClick(_quit_button(_quit_question()), Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_ctrl_l_locks_while_the_quit_question_is_open(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """The question was exec()'d (modal to the whole program): Ctrl+L did nothing while the
    conversation with the unsaved note stood behind it. The note is kept over the lock."""
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    view = open_first_conversation(window, "Éline Maes").view
    disk.failing = True
    view.focus_side_tab(0)
    type_text(view.notes.add_note().editor, NOTE)
    seen: dict[str, object] = {}

    def with_the_question_up() -> None:
        box = _quit_question()
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        destroy_pending()
        seen["workspace"] = window.workspace
        box.escapeButton().click()  # Stay (a modal one would block the test otherwise)

    QTimer.singleShot(50, with_the_question_up)
    window.close()
    qtbot.waitUntil(lambda: "workspace" in seen)
    assert seen["workspace"] is None and window.session.kept_count == 1
    assert window.isVisible()


def test_quitting_with_everything_saved_asks_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, Disk())
    unlock(qtbot, window)
    type_text(open_first_conversation(window, "Éline Maes").view.notes.add_note().editor, NOTE)
    assert window.close() is True
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


# -- text in a date field that is no date yet ---------------------------------------------------

NOT_A_DATE = "dinsdag na Zoës examen"  # not (yet) a date: the coach finishes it after the lock


def test_text_in_a_date_field_that_is_no_date_and_the_consent_form_are_back_after_unlock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, isolated_home
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    stored_day = view.appointment.day.value()
    view.focus_side_tab(1)
    view.steps.rows[0].due.edit.selectAll()
    type_text(view.steps.rows[0].due.edit, "31/2")
    view.focus_side_tab(2)
    type_text(view.consents.recipient, "de huisvestingsmaatschappij")  # not recorded yet
    type_text(view.consents.review_on.edit, "na de zomer")
    view.focus_side_tab(3)
    view.appointment.day.edit.selectAll()  # typed over the date shown
    type_text(view.appointment.day.edit, NOT_A_DATE)
    assert not view.appointment.day.readable()
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    assert NOT_A_DATE not in "\n".join(all_texts())  # nothing kept is shown while locked
    scan = Scan(needles_for({"date field": NOT_A_DATE, "consent form": "huisvestingsmaatschappij"}))
    scan.tree(isolated_home)
    assert scan.hits == []  # kept in memory only

    unlock(qtbot, window)
    view = window.workspace.conversation_page.view
    assert view.tabs.currentIndex() == 3  # where the text was typed
    assert window.focusWidget() is view.appointment.day.edit  # to go on typing there
    assert view.appointment.day.text() == NOT_A_DATE
    assert not view.appointment.day.readable()  # the reason stands beside it again
    assert view.appointment.day.value() == stored_day  # what is stored did not change
    assert view.steps.rows[0].due.text() == "31/2"
    assert view.consents.recipient.text() == "de huisvestingsmaatschappij"
    assert view.consents.review_on.text() == "na de zomer" and view.consents.has_draft
    window.lock()
    unlock(qtbot, window)  # restored once: a second lock keeps only what is still typed
    view = window.workspace.conversation_page.view
    assert view.appointment.day.text() == NOT_A_DATE


# -- choices in forms nothing saves before they are recorded ------------------------------------

OTHER_SERVICE = "de schuldbemiddelaar van Zoë"  # a consent form not recorded yet


def form_as_left(view) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the coach sees in the consent form and the previous appointment's "moved" row."""
    consents, appointment = view.consents, view.appointment
    return {
        "recipient": consents.recipient.text(),
        "decision": [b.isChecked() for b in consents.decision.buttons()],
        "how": [b.isChecked() for b in consents.form.buttons()],
        "previous": appointment.previous_status.currentText(),
        "moving": not appointment.move_fields.isHidden(),
        "moved to": (appointment.moved_day.text(), appointment.moved_time.text()),
        "moved to reads as": (
            appointment.moved_day.reading_label.text(),
            appointment.moved_time.reading_label.text(),
        ),
    }


def test_the_consent_forms_choices_and_a_moved_appointment_are_back_after_unlock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, isolated_home
) -> None:
    """Issue 14: the radio choices of a consent not recorded yet and the moment an
    appointment was moved to (before "record the move") were gone after a lock."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    sam = next(o.client.id for o in book.clients() if o.client.name == "Sam De Smet")
    [today] = [c for c in book.conversations(sam) if not c.finished]  # at an appointment
    workspace.open_conversation(today.id)
    view = workspace.conversation_page.view
    view.focus_side_tab(2)
    type_text(view.consents.recipient, OTHER_SERVICE)
    refused, written = view.consents.decision.buttons()[1], view.consents.form.buttons()[1]
    for choice in (refused, written):
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    view.focus_side_tab(3)
    appointment = view.appointment
    held = appointment.previous
    assert held is not None and held.moved_to is None
    statuses = appointment.previous_status
    [moved] = [
        i
        for i in range(statuses.count())
        if statuses.itemData(i) == (AppointmentStatus.MOVED, Party.CLIENT)
    ]
    statuses.setCurrentIndex(moved)
    statuses.activated.emit(moved)  # as a choice in the list
    appointment.moved_day.edit.selectAll()
    type_text(appointment.moved_day.edit, "20/12")
    appointment.moved_time.edit.selectAll()
    type_text(appointment.moved_time.edit, "14u30")
    assert appointment.moved_day.readable() and appointment.moved_time.readable()
    left = form_as_left(view)
    assert left["decision"] == [False, True, False] and left["moving"]

    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    scan = Scan(needles_for({"consent form": OTHER_SERVICE}))
    scan.tree(isolated_home)
    assert scan.hits == []  # kept in memory only

    unlock(qtbot, window)
    view = window.workspace.conversation_page.view
    assert form_as_left(view) == left
    # Nothing was recorded by the lock: the move waits for "record the move".
    assert window.workspace.casebook.appointment(held.id) == held


@pytest.mark.parametrize("leave", ["back to the client", "overview", "another conversation"])
def test_a_consent_form_left_unrecorded_is_back_when_the_conversation_opens_again(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, isolated_home, leave
) -> None:
    """The coach's tour: Ctrl+W with a consent form typed but not recorded emptied it."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    sam = next(o.client.id for o in book.clients() if o.client.name == "Sam De Smet")
    [today] = [c for c in book.conversations(sam) if not c.finished]
    recorded = book.consents(sam)
    workspace.open_conversation(today.id)
    view = workspace.conversation_page.view
    view.focus_side_tab(2)
    type_text(view.consents.recipient, OTHER_SERVICE)
    qtbot.mouseClick(view.consents.decision.buttons()[1], Qt.MouseButton.LeftButton)
    left = form_as_left(view)

    if leave == "back to the client":
        qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    elif leave == "overview":
        workspace.show_overview()
    else:
        other = next(c for c in book.conversations(sam) if c.id != today.id)
        workspace.open_conversation(other.id)
        assert OTHER_SERVICE not in "\n".join(all_texts())  # not in another conversation
    page = workspace.conversation_page
    assert page is None or page.conversation_id != today.id
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # a lock between
    scan = Scan(needles_for({"consent form": OTHER_SERVICE}))
    scan.tree(isolated_home)
    assert scan.hits == []  # kept in memory only
    unlock(qtbot, window)
    window.workspace.open_conversation(today.id)

    view = window.workspace.conversation_page.view
    assert form_as_left(view) == left
    assert view.consents.has_draft and view.tabs.currentIndex() == 2
    assert window.workspace.casebook.consents(sam) == recorded  # nothing was recorded


def test_a_form_left_unrecorded_goes_with_its_client_when_the_client_is_erased(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    sam = next(o.client.id for o in book.clients() if o.client.name == "Sam De Smet")
    [today] = [c for c in book.conversations(sam) if not c.finished]
    workspace.open_conversation(today.id)
    view = workspace.conversation_page.view
    view.focus_side_tab(2)
    type_text(view.consents.recipient, OTHER_SERVICE)
    workspace.back_to_client()
    assert OTHER_SERVICE in workspace.unread_texts().values()  # kept while Sam is a client

    workspace._erase(sam)  # the coach confirmed the erasure

    assert OTHER_SERVICE not in workspace.unread_texts().values()  # not in memory either


def test_a_hold_reason_typed_and_not_recorded_is_back_after_unlock_and_gone_with_the_client(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, isolated_home
) -> None:
    """misc8: the reason for putting a file on hold, typed and not recorded with its button,
    was gone after a lock (the field had the keyboard again, empty)."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    workspace.show_client(client.id)
    reason = "lopende klacht bij de ombudsdienst"
    field = workspace.client_panel.file.hold_reason
    field.setFocus()
    type_text(field, reason)
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    scan = Scan(needles_for({"hold reason": reason}))
    scan.tree(isolated_home)
    assert scan.hits == []  # kept in memory only

    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace.client_panel is not None
    assert workspace.client_panel.file.hold_reason.text() == reason
    # Another client's page and back: still there; the client erased: gone from memory too.
    other = next(o.client for o in workspace.casebook.clients() if o.client.id != client.id)
    workspace.show_client(other.id)
    assert reason in workspace.unread_texts().values()
    workspace.show_client(client.id)
    assert workspace.client_panel.file.hold_reason.text() == reason
    workspace.show_client(other.id)
    workspace._erase(client.id)  # the coach confirmed the erasure
    assert reason not in workspace.unread_texts().values()
