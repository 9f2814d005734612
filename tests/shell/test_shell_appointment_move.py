"""Choosing 'Verzet…' for the appointment a follow-up is at leaves the window as the coach
arranged it (the tour, rough6 item 4: the side panel's divider jumped)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from tests.support.conversation import choose_outcome
from tests.support.keyboard import retype
from tests.support.shell import make_window, open_unfinished_conversation, unlock

from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.texts import long_date
from intakecompanion.ui.shared.texts import format_datetime


@pytest.mark.usefixtures("dutch", "app_stylesheet")
def test_choosing_moved_leaves_the_side_panels_divider_where_the_coach_put_it(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The move's row (caption, date with its words, time, 'Verzetting vastleggen') asked for
    more room than a side panel dragged narrow has, so the splitter gave it: the divider
    jumped left. The row now goes one part under the other where it does not fit."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang="nl")
    window.resize(1280, 720)
    unlock(qtbot, window)
    view = open_unfinished_conversation(window, "Sam De Smet").view  # at an appointment
    view.focus_side_tab(3)
    left, center, side = view.splitter.sizes()
    view.splitter.setSizes([left, center + side, 0])  # dragged right: as narrow as it goes
    QApplication.processEvents()
    before = view.splitter.sizes()
    panel = view.appointment
    moved = choose_outcome(panel, AppointmentStatus.MOVED, Party.CLIENT)
    assert panel.previous_status.itemText(moved) == "Verzet door de cliënt"
    for _ in range(3):
        QApplication.processEvents()
    assert panel.move_fields.isVisible()
    assert view.splitter.sizes() == before
    for part in (panel.moved_day, panel.moved_time, panel.move_button):  # each shown whole
        assert part.geometry().right() < panel.move_fields.width()
    # The time has its caption, as the next appointment's time has (the tour: none, 63.png).
    [caption] = [
        label
        for label in panel.move_fields.findChildren(QLabel)
        if label.buddy() is panel.moved_time.focusProxy() or label.buddy() is panel.moved_time
    ]
    assert caption.text() == "Uur" and caption.isVisibleTo(panel)


def test_the_tour_move_in_the_demo_vault_names_one_appointment_after_a_lock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The tour (tour6 item 1) in the demo vault: Sam's follow-up, the next appointment set to
    tomorrow 10:00, then 'this appointment' moved by the client to the day after at 9:00.
    After a lock and unlock the tab showed the move's moment as next appointment under
    'Previous appointment (…) missed by the client', while the client page and the sheet
    named tomorrow."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    sam = next(o.client for o in book.clients() if o.client.name == "Sam De Smet")
    [follow_up] = [c for c in book.conversations(sam.id) if not c.finished]
    workspace.open_conversation(follow_up.id)
    assert workspace.conversation_page is not None
    view = workspace.conversation_page.view
    view.focus_side_tab(3)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.held_in == follow_up.id
    this_id = panel.previous.id
    today = date.today()
    moment, workspace = _move_to_the_day_after_tomorrow_and_lock(qtbot, window, view, today)
    panel = workspace.conversation_page.view.appointment
    assert panel.previous is not None and panel.previous.id == this_id
    assert panel.previous_status.currentData() == (AppointmentStatus.MOVED, Party.CLIENT)
    assert panel.moved_label.text() == f"Moved to {format_datetime(moment)}"
    assert panel.starts_at() == moment
    book = workspace.casebook
    coming = book.client_standing(sam.id).next_appointment
    assert coming is not None and coming.starts_at == moment and coming.id == panel.appointment_id
    summary = build_summary(book, follow_up.id, "en")
    assert summary.appointment is not None and summary.appointment.when.startswith(
        long_date("en", moment.date())
    )
    assert not summary.met


def test_moving_an_earlier_appointment_names_one_appointment_after_a_lock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """sheets7 item 3 as the coach lives it: a client drops by (a follow-up that is no
    appointment); the next appointment set to tomorrow 10:00, then the appointment made in the
    intake, in six days, moved by the client to the day after tomorrow 9:00. After a lock and
    unlock the tab, the client page and the sheet name that one appointment; no second one."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    snapshot = guide_to_snapshot(guide)
    client = book.add_client("Lotte Fictief")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, guide.id, guide.version, snapshot
    )
    book.finish_conversation(intake.id)
    today = date.today()
    in_six_days = datetime.combine(today + timedelta(days=6), time(14, 0)).astimezone()
    earlier = book.add_appointment(client.id, in_six_days, "lokaal 4", conversation_id=intake.id)
    follow_up = book.start_conversation(
        client.id, ConversationKind.FOLLOW_UP, guide.id, guide.version, snapshot
    )
    workspace.open_conversation(follow_up.id)
    assert workspace.conversation_page is not None
    view = workspace.conversation_page.view
    view.focus_side_tab(3)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.id == earlier.id
    moment, workspace = _move_to_the_day_after_tomorrow_and_lock(qtbot, window, view, today)
    panel = workspace.conversation_page.view.appointment
    assert panel.previous is not None and panel.previous.id == earlier.id
    assert panel.previous_status.currentData() == (AppointmentStatus.MOVED, Party.CLIENT)
    assert panel.moved_label.text() == f"Moved to {format_datetime(moment)}"
    assert panel.starts_at() == moment and panel.place.text() == "lokaal 4"
    book = workspace.casebook
    planned = [a for a in book.appointments(client.id) if a.status is AppointmentStatus.PLANNED]
    assert [a.id for a in planned] == [panel.appointment_id]
    coming = book.client_standing(client.id).next_appointment
    assert coming is not None and coming.starts_at == moment and coming.id == panel.appointment_id
    summary = build_summary(book, follow_up.id, "en")
    assert summary.appointment is not None and summary.appointment.when.startswith(
        long_date("en", moment.date())
    )
    assert summary.appointment.place == "lokaal 4" and summary.met


def _move_to_the_day_after_tomorrow_and_lock(qtbot, window, view, today: date):  # type: ignore[no-untyped-def]
    """In the appointment tab: the next one set for tomorrow 10:00, the appointment this
    conversation shows as moved by the client to the day after at 9:00; then Ctrl+L and
    unlock. Returns that moment and the workspace after the unlock."""
    panel = view.appointment
    tomorrow, after = today + timedelta(days=1), today + timedelta(days=2)
    retype(panel.day, f"{tomorrow.day}/{tomorrow.month}/{tomorrow.year}")
    retype(panel.time, "10u")
    view.flush()
    choose_outcome(panel, AppointmentStatus.MOVED, Party.CLIENT)
    retype(panel.moved_day, f"{after.day}/{after.month}/{after.year}")
    retype(panel.moved_time, "9u")
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None and workspace.conversation_page is not None
    return datetime.combine(after, time(9, 0)).astimezone(), workspace
