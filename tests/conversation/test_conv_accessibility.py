"""What a screen reader says about the conversation's checklist, stepper and notes, and that
colour never carries their state alone (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.conversation import FailingCasebook, open_view
from tests.support.keyboard import type_text
from tests.support.translations import compile_translation

from intakecompanion.domain.model import ItemState
from intakecompanion.domain.save_queue import SaveState
from intakecompanion.ui.conversation.status import SAVED_ANNOUNCE_MS
from intakecompanion.ui.shared.widgets import MessageLabel


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in Dutch (the first language), compiled fresh from the .ts."""
    translator = QTranslator()
    assert translator.load(str(compile_translation("nl", tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the program asks a screen reader to say (QAccessibleAnnouncementEvent), as
    (message, politeness), caught where Qt would hand it to the platform's bridge."""
    heard: list[tuple[str, str]] = []

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assert isinstance(event, QAccessibleAnnouncementEvent)
            heard.append((event.message(), event.politeness().name))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


def spoken(widget: QWidget) -> tuple[str, str]:
    """The name and description a screen reader gets for widget (Qt's accessible interface)."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_a_checklist_item_says_its_state_in_its_name_as_it_changes(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    row = view.checklist.rows(0)[0]
    name, description = spoken(row)
    assert name == f"Punt: {row.item_text}, open"
    assert description.startswith("open. ")
    row.toggle(ItemState.DONE)
    assert spoken(row)[0] == f"Punt: {row.item_text}, gedaan"
    assert spoken(row)[1].startswith("gedaan. ")
    row.toggle(ItemState.NOT_APPLICABLE)
    assert spoken(row)[0] == f"Punt: {row.item_text}, niet van toepassing"
    # Without the stylesheet's coloured edge the state is still on screen, in words.
    assert row.not_applicable_button.isChecked() and row.not_applicable_button.text()
    assert not row.done_button.isChecked()


def test_the_stepper_says_each_phase_s_progress_as_it_changes(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    item = view.stepper.item(0)
    before = item.data(Qt.ItemDataRole.AccessibleTextRole)
    settled, total = view.checklist.progress(0)
    assert f"{settled} van {total}" in before
    view.checklist.rows(0)[0].toggle(ItemState.DONE)
    after = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"{settled + 1} van {total}" in after
    assert item.text() and after.startswith("Fase 1: ")


def test_a_note_says_shared_or_internal_in_words_and_icon_not_only_colour(
    qtbot, casebook, intake
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    internal = (card.band_label.text(), card.band_icon.pixmap().cacheKey(), spoken(card.editor)[0])
    assert internal[0].startswith("INTERN") and internal[2].endswith("intern")
    card.switch.click()
    shared = (card.band_label.text(), card.band_icon.pixmap().cacheKey(), spoken(card.editor)[0])
    assert shared[0].startswith("GEDEELD") and shared[2].endswith("gedeeld met de cliënt")
    # The words and the icon differ, not only the band's colour.
    assert shared[0] != internal[0] and shared[1] != internal[1]
    assert "intern" in spoken(card.switch)[0].lower()


def test_saving_is_said_once_after_a_burst_of_typing_without_moving_the_focus(
    qtbot, casebook, intake, announced
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    card.editor.setFocus()
    type_text(card.editor, "Zij komt met de bus.")
    assert view.flush()  # a pause in typing: saved
    type_text(card.editor, " Om tien uur.")  # typing again at once: the same burst
    assert view.flush()
    qtbot.waitUntil(lambda: announced != [], timeout=5 * SAVED_ANNOUNCE_MS)
    qtbot.wait(SAVED_ANNOUNCE_MS)
    assert announced == [("Opgeslagen", "Polite")]
    assert QApplication.focusWidget() is card.editor


def test_a_failing_save_is_said_at_once_and_urgently_and_once_per_failure(
    qtbot, raw_key_vault, intake, announced
) -> None:  # type: ignore[no-untyped-def]
    failing = FailingCasebook(raw_key_vault)
    view = open_view(qtbot, failing, intake.id)
    card = view.notes.add_note()
    failing.failing = True
    type_text(card.editor, "Zij wil graag dat haar zus mee mag komen.")
    assert view.flush() is False
    [(message, politeness)] = announced
    assert message.startswith("Niet opgeslagen") and politeness == "Assertive"
    qtbot.waitUntil(lambda: failing.attempts >= 3, timeout=5000)  # retries say nothing new
    assert len(announced) == 1
    failing.failing = False
    qtbot.waitUntil(lambda: view.save_state is SaveState.SAVED, timeout=5000)
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=5 * SAVED_ANNOUNCE_MS)
    assert announced[1] == ("Opgeslagen", "Polite")


def test_a_message_is_said_when_it_appears_an_error_urgently(qtbot, announced) -> None:  # type: ignore[no-untyped-def]
    """The messages about edits kept over a lock (and every other inline message)."""
    label = MessageLabel()
    qtbot.addWidget(label)
    label.show()
    label.show_message("2 wijzigingen zijn nog niet opgeslagen.", "error")
    label.show_message("2 wijzigingen zijn nog niet opgeslagen.", "error")
    label.show_message("2 wijzigingen zijn nu opgeslagen.", "ok")
    label.show_message("2 wijzigingen zijn nu opgeslagen.", "ok")  # shown again: said once
    assert announced == [
        ("Fout: 2 wijzigingen zijn nog niet opgeslagen.", "Assertive"),
        ("Fout: 2 wijzigingen zijn nog niet opgeslagen.", "Assertive"),
        ("Gelukt: 2 wijzigingen zijn nu opgeslagen.", "Polite"),
    ]
