"""The trajectory in the workspace: the coach's overview when no client is open (Enter opens a
line's client), finishing and reopening a conversation, and the history that shows both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.records import NOW
from tests.support.shell import workspace_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConversationEventKind,
    ConversationKind,
    Party,
    SheetMedium,
    StepOwner,
)
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.paths import AppPaths
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.ui.shared.texts import format_date
from intakecompanion.ui.window.workspace import Workspace
from intakecompanion.vault.store import Vault


@pytest.fixture
def book(vault: Vault) -> Casebook:
    return Casebook(vault, clock=lambda: NOW)


@pytest.fixture
def workspace(qtbot, book: Casebook, app_paths: AppPaths) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    window, space = workspace_window(qtbot, book, app_paths, 1366, 740)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield space  # the window stays referenced while the test runs


def start(book: Casebook, client_id: int, kind: ConversationKind) -> int:
    guide = next(g for g in builtin_guides() if g.kind == str(kind))
    snapshot = guide_to_snapshot(guide)
    return book.start_conversation(client_id, kind, guide.id, guide.version, snapshot).id


def test_the_overview_lists_an_overdue_promise_and_enter_opens_that_client(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    sam = book.add_client("Sam <b>De Smet</b>")  # shown as typed, never as markup
    eline = book.add_client("Éline Maes")
    intake = start(book, sam.id, ConversationKind.INTAKE)
    book.add_step(intake, "Huisvesting bellen", StepOwner.COACH, date(2026, 2, 27))
    other = start(book, eline.id, ConversationKind.INTAKE)
    book.add_appointment(eline.id, NOW + timedelta(hours=3), "bureau 2", conversation_id=other)
    space = workspace
    assert space.right.currentWidget() is space.welcome  # no client open: the overview
    space.show_overview()
    lines = space.overview.lines()
    headings = [text for client, text in lines if client is None]
    assert headings[0].startswith("Today")
    [promise] = [(c, t) for c, t in lines if "Huisvesting bellen" in t]
    assert promise[0] == sam.id
    assert promise[1].startswith("Sam <b>De Smet</b> \u2014 \u26a0 overdue: Huisvesting bellen")
    [today] = [(c, t) for c, t in lines if "bureau 2" in t]
    assert today[0] == eline.id
    assert today[1] == "Éline Maes \u2014 13:00, bureau 2"  # the day is in the heading

    listing = space.overview.list
    assert QApplication.focusWidget() is listing
    assert listing.currentItem().text() == today[1]  # the first line, headings skipped
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert "Huisvesting bellen" in listing.currentItem().text()
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert space.client_panel is not None and space.client_panel.client_id == sam.id
    assert QApplication.focusWidget() is space.client_panel.history
    assert space.right.currentWidget() is space.client_panel
    assert space.location().client_id == sam.id
    space.show_overview()
    assert space.location().client_id is None  # back at the overview, also after a lock


def test_the_list_the_overview_and_the_client_page_agree_on_a_step_to_do_together(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    """Tour7 item 3: the list said 'your promise is overdue' for Sam's overdue step to do
    together; the overview filed it under the clients' steps, not under the coach's promises."""
    sam = book.add_client("Sam De Smet")
    intake = start(book, sam.id, ConversationKind.INTAKE)
    book.add_step(intake, "Formulier samen invullen", StepOwner.TOGETHER, date(2026, 2, 27))
    book.add_step(intake, "Loonbrief brengen", StepOwner.CLIENT, date(2026, 2, 27))
    space = workspace
    space.clients.refresh()
    assert "your promise is overdue" in space.clients.list.item(0).text()

    space.show_overview()
    sections: dict[str, list[str]] = {}
    for client_id, text in space.overview.lines():
        if client_id is None:
            heading = text
            sections[heading] = []
        else:
            sections[heading].append(text)

    def section(start: str) -> list[str]:
        [lines] = [lines for heading, lines in sections.items() if heading.startswith(start)]
        return lines

    assert section("Your promises") == [
        "Sam De Smet \u2014 \u26a0 overdue: Formulier samen invullen (together, by "
        f"{format_date(date(2026, 2, 27))})"
    ]
    assert [line for line in section("Clients' steps") if "Formulier" in line] == []
    assert len(section("Clients' steps")) == 1  # the client's own step

    space.show_client(sam.id)
    assert space.client_panel is not None
    steps = space.client_panel.standing.steps.text()
    assert "\u26a0 overdue: Formulier samen invullen (together" in steps


def test_a_list_cut_at_its_limit_says_so(qtbot, book: Casebook, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    for number in range(3):
        book.add_step(intake, f"Belofte {number}", StepOwner.COACH, date(2026, 2, 20))
    original = book.coach_overview
    book.coach_overview = lambda **given: original(limit=3, **given)  # type: ignore[method-assign]
    workspace.show_overview()
    headings = [text for client_id, text in workspace.overview.lines() if client_id is None]
    assert "Your promises, due this week or overdue (the first 3)" in headings
    assert "Clients' steps past their date (0)" in headings


def test_finish_then_reopen_from_the_banner_and_the_history(
    qtbot, book: Casebook, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    client = book.add_client("Noor Vermeulen")
    conversation = start(book, client.id, ConversationKind.INTAKE)
    workspace.open_conversation(conversation)
    page = workspace.conversation_page
    assert page is not None
    view = page.view
    view.show_phase(2)
    view.show_phase(view.closing_index)
    qtbot.mouseClick(view.closing.finish_button, Qt.MouseButton.LeftButton)
    assert book.conversation(conversation).finished
    assert book.conversation(conversation).ended_at == NOW
    assert view.finished_banner.isVisible()

    workspace.back_to_client()
    panel = workspace.client_panel
    assert panel is not None
    assert panel.history.item(0).text().endswith("(finished)")
    book.record_handed_sheet(conversation, "nl", SheetMedium.PRINT, "{}")
    panel.reload()
    assert panel.history.item(0).text().endswith("(finished, sheet printed on 02/03/2026)")
    qtbot.keyClick(panel.history, Qt.Key.Key_Return)
    page = workspace.conversation_page
    assert page is not None and page.view.current_phase == page.view.closing_index
    qtbot.mouseClick(page.view.finished_banner.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.conversation_page is not page)
    reopened = workspace.conversation_page
    assert reopened is not None and not reopened.view.is_finished
    assert reopened.view.current_phase == reopened.view.closing_index  # stays where it was
    assert reopened.view.closing.finish_button.isEnabled()
    assert [e.kind for e in book.conversation_events(conversation)] == [
        ConversationEventKind.FINISHED,
        ConversationEventKind.REOPENED,
    ]
    workspace.back_to_client()
    assert workspace.client_panel is not None
    assert "(reopened, sheet printed on" in workspace.client_panel.history.item(0).text()
    # A PDF saved in a folder was not given to anyone: said as what happened (tour9 #8).
    book.record_handed_sheet(conversation, "nl", SheetMedium.PDF, "{}")
    workspace.client_panel.reload()
    assert "(reopened, sheet saved as PDF on" in workspace.client_panel.history.item(0).text()


def test_the_clients_history_says_when_a_sheet_handed_over_is_out_of_date(
    book: Casebook, workspace: Workspace
) -> None:
    """The tour (rough6 item 1): the intake's sheet named an appointment moved since in a
    follow-up; the client's page went on saying only 'sheet handed over'."""
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    appointment = book.add_appointment(client.id, NOW + timedelta(days=7), "bureau 2", "", intake)
    record_handed_sheet(book, intake, build_summary(book, intake, "nl"), SheetMedium.PRINT)
    book.finish_conversation(intake)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    workspace.show_client(client.id)
    panel = workspace.client_panel
    assert panel is not None
    intake_line = panel.history.count() - 1  # newest first
    assert panel.history.item(intake_line).text().endswith("sheet printed on 02/03/2026)")
    book.move_appointment(appointment.id, NOW + timedelta(days=9), Party.CLIENT, follow_up)
    panel.reload()
    assert (
        panel.history.item(intake_line)
        .text()
        .endswith("(finished; the sheet handed over on 02/03/2026 is out of date)")
    )


def test_once_a_new_sheet_is_handed_over_the_appointment_tab_no_longer_says_it_is_out_of_date(
    book: Casebook, workspace: Workspace
) -> None:
    """Review 6: the appointment tab said the client's sheet was out of date ('Give a new one
    (Ctrl+P)') and went on saying so after the coach had printed a new one from the open
    conversation: only the closing step was told (Workspace.sheet_handed_over)."""
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    appointment = book.add_appointment(client.id, NOW + timedelta(days=7), "bureau 2", "", intake)
    record_handed_sheet(book, intake, build_summary(book, intake, "nl"), SheetMedium.PRINT)
    book.finish_conversation(intake)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.move_appointment(appointment.id, NOW + timedelta(days=9), Party.CLIENT, follow_up)
    workspace.open_conversation(follow_up)
    assert workspace.conversation_page is not None
    view = workspace.conversation_page.view
    view.tabs.setCurrentWidget(view.appointment)
    assert "is out of date" in view.appointment.status.text()

    # What the summary dialog's handed_over leads to, once the new sheet is recorded.
    record_handed_sheet(book, follow_up, build_summary(book, follow_up, "nl"), SheetMedium.PRINT)
    workspace.sheet_handed_over()
    assert "out of date" not in view.appointment.status.text()
    assert view.appointment.status.text().startswith("Recorded")


def test_a_sheet_handed_over_from_a_finished_conversation_leaves_its_appointment_read_only(
    book: Casebook, workspace: Workspace
) -> None:
    """Saying the sheet's state again after a print changes only the words: the finished
    conversation's 'Remove the appointment' stays off."""
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    book.add_appointment(client.id, NOW + timedelta(days=7), "bureau 2", "", intake)
    book.finish_conversation(intake)
    workspace.open_conversation(intake)
    assert workspace.conversation_page is not None
    view = workspace.conversation_page.view
    view.tabs.setCurrentWidget(view.appointment)
    assert not view.appointment.clear_button.isEnabled()
    record_handed_sheet(book, intake, build_summary(book, intake, "nl"), SheetMedium.PRINT)
    workspace.sheet_handed_over()
    assert not view.appointment.clear_button.isEnabled()


def test_the_clients_history_names_the_colleague_who_held_a_conversation_taken_over(
    book: Casebook, vault: Vault, workspace: Workspace
) -> None:
    """A client taken over: the conversations a colleague held say with whom (the tour:
    nothing told them apart from the coach's own); one the file did not tell it of says
    "a previous coach"."""
    client = book.add_client("Yasmina El Amrani")
    intake = start(book, client.id, ConversationKind.INTAKE)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    own = start(book, client.id, ConversationKind.FOLLOW_UP)
    with vault.transaction() as db:  # as a take-over leaves them (handover/exchange.py)
        db.execute(
            "UPDATE conversations SET held_by_name = 'Griet Vermeulen', "
            "held_by_organisation = 'OCMW Lier' WHERE id = ?",
            (intake,),
        )
        db.execute("UPDATE conversations SET held_by_name = '' WHERE id = ?", (follow_up,))
    workspace.show_client(client.id)
    panel = workspace.client_panel
    assert panel is not None
    lines = {
        int(panel.history.item(i).data(Qt.ItemDataRole.UserRole)): panel.history.item(i).text()
        for i in range(panel.history.count())
    }
    assert lines[intake].startswith("Intake with Griet Vermeulen (OCMW Lier), ")
    assert lines[follow_up].startswith("Follow-up with a previous coach, ")
    assert lines[own].startswith("Follow-up, ")


def test_the_client_page_in_dutch_says_how_the_sheet_left_and_that_no_hold_is_set(  # type: ignore[no-untyped-def]
    qapp, book: Casebook, compiled_translations, qtbot
) -> None:
    """tour9 #8: "verslag meegegeven" for a PDF only saved in a folder, and "Geen niet-wissen:
    het dossier mag gewist worden." (awkward Dutch) on the client's page."""
    from PySide6.QtCore import QLocale

    from intakecompanion.ui.clients.client_panel import ClientPanel
    from intakecompanion.ui.shared.i18n import install_translators, interface_locale

    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    book.record_handed_sheet(intake, "nl", SheetMedium.PDF, "{}")
    translators = install_translators(qapp, "nl", compiled_translations)
    try:
        panel = ClientPanel(book, client.id)
        qtbot.addWidget(panel)
        assert panel.history.item(0).text().endswith("verslag als pdf bewaard op 02-03-2026)")
        assert panel.file.hold.text() == "Het dossier is niet vastgezet: het mag gewist worden."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))


def test_a_follow_up_for_a_client_with_an_open_conversation_asks_first(  # type: ignore[no-untyped-def]
    qtbot, book: Casebook, workspace: Workspace
) -> None:
    """tour9 #4: Ctrl+Shift+N on the client's page started a follow-up while one was still
    open: two open conversations, without a word. The coach is asked; "Open it" (the default)
    opens the open one, "Start a new follow-up" starts one besides it."""
    from PySide6.QtWidgets import QMessageBox

    client = book.add_client("Samira El Amrani")
    intake = start(book, client.id, ConversationKind.INTAKE)
    workspace.show_client(client.id)
    workspace.follow_up()
    box = next(b for b in workspace.findChildren(QMessageBox) if b.objectName() == "stillOpen")
    assert box.isVisible() and len(book.conversations(client.id)) == 1
    assert box.defaultButton().text() == "Open it"
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert workspace.conversation_page is not None
    assert workspace.conversation_page.conversation_id == intake
    assert len(book.conversations(client.id)) == 1
    workspace.back_to_client()
    assert workspace.client_panel is not None
    qtbot.mouseClick(workspace.client_panel.follow_up_button, Qt.MouseButton.LeftButton)
    box = next(
        b
        for b in workspace.findChildren(QMessageBox)
        if b.objectName() == "stillOpen" and b.isVisible()
    )
    [new] = [b for b in box.buttons() if b.text() == "Start a new follow-up"]
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert len(book.conversations(client.id)) == 2
    assert workspace.conversation_page is not None
    assert workspace.conversation_page.conversation_id != intake
