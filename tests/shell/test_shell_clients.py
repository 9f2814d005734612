"""The client list (search, marks, new intake field) and one client's history panel."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from tests.support.keyboard import type_text
from tests.support.records import NOW
from tests.support.shell import unlocked_window

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    ItemState,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog, erasure_counts
from intakecompanion.ui.clients.list_panel import SEARCH_DEBOUNCE_MS, ClientListPanel
from intakecompanion.ui.shared.i18n import install_translators
from intakecompanion.vault.store import Vault


@pytest.fixture
def book(vault: Vault) -> Casebook:
    return Casebook(vault, clock=lambda: NOW)


def start(book: Casebook, client_id: int, kind: ConversationKind = ConversationKind.INTAKE) -> int:
    guide = next(g for g in builtin_guides() if g.kind == str(kind))
    snapshot = guide_to_snapshot(guide)
    return book.start_conversation(client_id, kind, guide.id, guide.version, snapshot).id


def names(panel: ClientListPanel) -> list[str]:
    return [panel.list.item(r).text().split("\n")[0] for r in range(panel.list.count())]


def test_search_by_name_and_note_words_after_a_short_pause(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    sam = book.add_client("Sam De Smet")
    book.add_client("Éline Maes")
    book.add_note(start(book, sam.id), "Zoekt werk als kok")
    panel = ClientListPanel(book)
    qtbot.addWidget(panel)
    assert names(panel) == ["Éline Maes", "Sam De Smet"]

    type_text(panel.search, "kok")
    assert names(panel) == ["Éline Maes", "Sam De Smet"]  # not on every key: debounced
    qtbot.waitUntil(lambda: names(panel) == ["Sam De Smet"], timeout=SEARCH_DEBOUNCE_MS * 20)
    panel.search.clear()
    type_text(panel.search, "éli")
    panel.refresh()
    assert names(panel) == ["Éline Maes"]
    panel.search.clear()
    type_text(panel.search, "tuinman")
    panel.refresh()
    assert names(panel) == []
    assert panel.empty.isVisibleTo(panel)
    assert "No client matches" in panel.empty.text()


def test_marks_for_open_steps_and_overdue_commitments(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    calm = book.add_client("Anna Calm")
    busy = book.add_client("Bram Busy")
    late = book.add_client("Chris Late")
    start(book, calm.id)
    book.add_step(start(book, busy.id), "Cv maken", StepOwner.CLIENT, date(2026, 3, 9))
    book.add_step(start(book, late.id), "Bellen naar de VDAB", StepOwner.COACH, date(2026, 2, 20))
    panel = ClientListPanel(book)
    qtbot.addWidget(panel)
    rows = {names(panel)[r]: panel.list.item(r).text() for r in range(panel.list.count())}
    assert "open step" not in rows["Anna Calm"]
    assert "1 open step" in rows["Bram Busy"] and "overdue" not in rows["Bram Busy"]
    assert "overdue" in rows["Chris Late"]
    assert panel._mark_of(book.clients("Chris")[0]) == "overdue"
    assert panel._mark_of(book.clients("Bram")[0]) == "open"
    # The mark says on hovering what it means (tour9: the blue "i" had no tooltip).
    tips = {names(panel)[r]: panel.list.item(r).toolTip() for r in range(panel.list.count())}
    assert tips == {
        "Anna Calm": "",
        "Bram Busy": "Steps still open",
        "Chris Late": "A promise of yours is overdue",
    }


def test_new_intake_field_needs_a_name_and_emits_it(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    panel = ClientListPanel(book)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.new_field.isVisible()
    panel.open_new_intake()
    assert panel.new_field.isVisible()
    with qtbot.assertNotEmitted(panel.new_intake):
        qtbot.keyClick(panel.new_field.name, Qt.Key.Key_Return)
    assert panel.new_field.message.isVisible()
    type_text(panel.new_field.name, "  Zoë Özkan ")
    with qtbot.waitSignal(panel.new_intake) as blocker:
        qtbot.keyClick(panel.new_field.name, Qt.Key.Key_Return)
    assert blocker.args == ["Zoë Özkan", "", False]
    qtbot.keyClick(panel.new_field.name, Qt.Key.Key_Escape)
    assert not panel.new_field.isVisible()
    assert panel.new_field.name.text() == ""


def test_guide_choice_shows_only_with_more_than_one(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    panel = ClientListPanel(book)
    qtbot.addWidget(panel)
    panel.new_field.set_guides([("intake", "Eerste gesprek")])
    assert panel.new_field.guide.isHidden()
    panel.new_field.set_guides([("ours", "Ons gesprek"), ("intake", "Eerste gesprek")])
    assert not panel.new_field.guide.isHidden()
    panel.show()
    panel.open_new_intake()
    panel.new_field.guide.setCurrentIndex(1)
    type_text(panel.new_field.name, "Sam")
    with qtbot.waitSignal(panel.new_intake) as blocker:
        qtbot.keyClick(panel.new_field.name, Qt.Key.Key_Return)
    assert blocker.args == ["Sam", "intake", False]


def test_client_panel_history_and_follow_up(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    client = book.add_client("Sam De Smet")
    panel = ClientPanel(book, client.id)
    qtbot.addWidget(panel)
    assert panel.history.count() == 0
    assert not panel.open_button.isEnabled()
    assert "intake" in panel.follow_up_button.text().lower()
    with qtbot.waitSignal(panel.start_intake):
        qtbot.mouseClick(panel.follow_up_button, Qt.MouseButton.LeftButton)

    intake = start(book, client.id)
    book.add_step(intake, "Cv meebrengen", StepOwner.CLIENT, NOW.date() + timedelta(days=3))
    panel.reload()
    assert panel.history.count() == 1
    assert "Intake" in panel.history.item(0).text()
    assert "Cv meebrengen" in panel.standing.steps.text()
    with qtbot.waitSignal(panel.open_conversation) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [intake]
    with qtbot.waitSignal(panel.start_follow_up) as follow:
        qtbot.mouseClick(panel.follow_up_button, Qt.MouseButton.LeftButton)
    assert follow.args == [client.id]


def test_delete_dialog_says_exactly_what_goes_and_defaults_to_cancel(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    client = book.add_client("Sam De Smet")
    intake = start(book, client.id)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.add_note(intake, "gedeeld", shared=True)
    book.add_note(follow_up, "intern")
    book.add_note(follow_up, "nog een")
    book.add_step(intake, "Cv", StepOwner.CLIENT)
    book.add_appointment(client.id, NOW + timedelta(days=7))
    for conversation in (intake, follow_up, follow_up):
        book.record_handed_sheet(conversation, "nl", SheetMedium.PRINT, "{}")
    counts = erasure_counts(book, client.id)
    assert (counts.conversations, counts.notes, counts.steps) == (2, 3, 1)
    assert (counts.consents, counts.appointments, counts.sheets) == (0, 1, 3)

    dialog = DeleteClientDialog(book, client.id)
    qtbot.addWidget(dialog)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    for expected in (
        "Sam De Smet",
        "2 conversations",
        "3 notes (shared or internal)",
        "1 small step",
        "0 consents",
        "1 appointment",
        "3 sheets kept as handed over",
        "cannot be undone",
    ):
        assert expected in text
    assert dialog.windowTitle() == "Delete client"  # the OS shows titles: never the name
    assert dialog.cancel_button.isDefault()
    assert not dialog.erase_button.isDefault()


def test_delete_dialog_counts_the_notes_on_checklist_points_too(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    """The tour: the dialog said "6 notities" of a client with 3 notes on checklist points
    besides; they are erased too, so they are counted, on their own line."""
    client = book.add_client("Sam De Smet")
    intake = start(book, client.id)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.add_note(intake, "gedeeld", shared=True)
    first, second = next(g for g in builtin_guides() if g.kind == "intake").phases[0].items[:2]
    follow_item = next(g for g in builtin_guides() if g.kind == "follow_up").phases[0].items[0]
    book.set_item_note(intake, first.id, "Vroeg naar het beroepsgeheim")
    book.set_item_note(follow_up, follow_item.id, "Nog eens uitleggen")
    book.set_item_state(intake, second.id, ItemState.DONE)  # an answer without a note

    assert erasure_counts(book, client.id).item_notes == 2
    dialog = DeleteClientDialog(book, client.id)
    qtbot.addWidget(dialog)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "1 note (shared or internal)" in text and "2 notes on checklist points" in text


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("nl", ["1 gesprek, met de checklist", "2 notities bij checklistpunten",
                "1 toestemming, met de geschiedenis"]),
        ("en", ["1 conversation, with its checklist", "2 notes on checklist points",
                "1 consent, with its history"]),
        ("fr", ["1 entretien, avec sa liste de contrôle",
                "2 notes sur des points de liste de contrôle",
                "1 consentement, avec son historique"]),
    ],
)  # fmt: skip
def test_the_erase_dialogs_counts_agree_with_their_nouns(  # type: ignore[no-untyped-def]
    qtbot, qapp, compiled_translations, book: Casebook, lang: str, lines: list[str]
) -> None:
    """One conversation has one checklist, however many of its points have a note: the
    Dutch and French said "2 notities bij punten van de checklists" of one conversation, and
    the English "1 conversation, with their checklists"."""
    client = book.add_client("Sam De Smet")
    intake = start(book, client.id)
    first, second = next(g for g in builtin_guides() if g.kind == "intake").phases[0].items[:2]
    book.set_item_note(intake, first.id, "Vroeg naar het beroepsgeheim")
    book.set_item_note(intake, second.id, "Nog eens uitleggen")
    book.record_consent(intake, recipient="VDAB", information="cv", purpose="werk",
                        decision=ConsentDecision.GIVEN, form=ConsentForm.ORAL)  # fmt: skip
    translators = install_translators(qapp, lang, compiled_translations)
    try:
        dialog = DeleteClientDialog(book, client.id)
        qtbot.addWidget(dialog)
        shown = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.accessibleName() == dialog.tr("What will be erased")
        ]
        assert len(shown) == 1
        for line in lines:
            assert "\u2022 " + line + "\n" in shown[0] + "\n"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_client_page_shows_what_stands_above_the_conversations(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    client = book.add_client("Sam De Smet")
    intake = start(book, client.id)
    book.add_step(intake, "Loonbrieven meebrengen", StepOwner.CLIENT, date(2026, 2, 27))
    book.add_step(intake, "Huisvesting bellen", StepOwner.COACH, date(2026, 3, 9))
    done = book.add_step(intake, "Cv maken", StepOwner.TOGETHER)
    book.update_step(done.id, status=StepStatus.DONE)
    book.add_appointment(client.id, NOW - timedelta(days=7), "kantoor", conversation_id=intake)
    book.add_appointment(client.id, NOW + timedelta(days=7), "bureau 2", conversation_id=intake)
    book.record_consent(
        intake,
        recipient="Dienst huisvesting",
        information="inkomen",
        purpose="sociale huur",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        valid_until=date(2026, 9, 1),
    )
    withdrawn = book.record_consent(
        intake,
        recipient="Schuldbemiddelaar",
        information="schulden",
        purpose="plan",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    book.withdraw_consent(withdrawn.id)
    panel = ClientPanel(book, client.id)
    qtbot.addWidget(panel)
    layout = panel.standing.parentWidget().layout()  # the page's scrolled body
    assert layout.indexOf(panel.standing) < layout.indexOf(panel.history)
    steps = panel.standing.steps.text().split("\n")
    assert steps == [
        "\u2022 \u26a0 overdue: Loonbrieven meebrengen (client, by 27/02/2026)",
        "\u2022 Huisvesting bellen (coach, by 09/03/2026)",
    ]
    assert panel.standing.steps.textFormat() is Qt.TextFormat.PlainText
    assert "bureau 2" in panel.standing.appointment.text()
    assert "kantoor" not in panel.standing.appointment.text()
    consents = panel.standing.consents.text()
    assert "To Dienst huisvesting: inkomen (until 01/09/2026)" in consents
    assert "Schuldbemiddelaar" not in consents


def test_client_panel_keeps_the_language_of_the_clients_papers(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    client = book.add_client("Amina El Idrissi")
    panel = ClientPanel(book, client.id)
    qtbot.addWidget(panel)
    assert panel.language.currentData() == ""  # not chosen: the program's language
    assert [panel.language.itemData(i) for i in range(panel.language.count())] == [
        "",
        "nl",
        "en",
        "fr",
    ]
    assert panel.language.itemText(3) == "Français"
    panel.language.setCurrentIndex(3)
    panel.language.activated.emit(3)
    assert book.client(client.id).language == "fr"
    book.set_client_language(client.id, "nl")  # a new sheet printed in Dutch, say
    panel.reload()
    assert panel.language.currentData() == "nl"


def test_return_in_an_empty_search_opens_no_client_but_a_typed_name_does(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The coach's tour: unlocked, Return again opened the list's first client (the search
    has the keyboard) while the overview showed another client's promise highlighted."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    search = workspace.clients.search
    search.setFocus()

    qtbot.keyClick(search, Qt.Key.Key_Return)

    assert workspace.client_panel is None or not workspace.client_panel.isVisible()
    assert workspace.clients.list.selectedItems() == []
    type_text(search, "Sam")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert workspace.client_panel is not None
    assert workspace.casebook.client(workspace.client_panel.client_id).name == "Sam De Smet"


def test_down_in_the_search_goes_into_the_list_and_opens_a_client_only_when_one_was_typed(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """tour8 #23: Down in the empty search did nothing; the list was reached by Tab only."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    clients = workspace.clients
    clients.search.setFocus()

    qtbot.keyClick(clients.search, Qt.Key.Key_Down)

    assert clients.list.hasFocus()
    assert clients.list.selectedItems() == []  # nobody's file opened by it
    assert workspace.client_panel is None or not workspace.client_panel.isVisible()
    clients.search.setFocus()
    type_text(clients.search, "Sam")
    qtbot.keyClick(clients.search, Qt.Key.Key_Down)
    assert clients.list.hasFocus()
    assert workspace.client_panel is not None
    assert workspace.casebook.client(workspace.client_panel.client_id).name == "Sam De Smet"
