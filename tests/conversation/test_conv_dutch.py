"""The view speaks Dutch with the translation built from the .ts (contexts match the classes)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view
from tests.support.translations import compile_translation

from intakecompanion.resources import resource_path

OUR_CONTEXTS = {
    "AgreementLines",
    "AppointmentPanel",
    "ChecklistPanel",
    "ClosingPage",
    "ConsentCard",
    "ConsentsPanel",
    "ConversationView",
    "EarlierStepRow",
    "ElapsedClock",
    "FinishedBanner",
    "ItemRow",
    "NoteCard",
    "NotesPanel",
    "PhaseStepper",
    "SaveFailedBanner",
    "SaveStateLabel",
    "StepRow",
    "StepsPanel",
    "WhyPane",
}


def test_every_conversation_string_has_dutch_with_the_same_placeholders() -> None:
    root = ET.parse(resource_path("i18n", "intakecompanion_nl.ts")).getroot()
    seen = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        if name not in OUR_CONTEXTS:
            continue
        seen.add(name)
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, (name, source)
            forms = [form.text or "" for form in translation.iter("numerusform")]
            placeholders = sorted(re.findall(r"%\d", source))
            for dutch in forms or [translation.text or ""]:  # each plural form, or the one text
                assert dutch.strip(), (name, source)
                assert sorted(re.findall(r"%\d", dutch)) == placeholders, (name, source)
    assert seen == OUR_CONTEXTS


def test_view_in_dutch(qtbot, casebook, intake, tmp_path: Path) -> None:
    target = compile_translation("nl", tmp_path)
    translator = QTranslator()
    assert translator.load(str(target))
    QApplication.installTranslator(translator)
    try:
        casebook.add_note(intake.id, "intern")
        view = open_view(qtbot, casebook, intake.id)
        card = view.notes.cards[0]
        assert card.band_label.text() == "INTERN: niet op het verslag"
        assert card.switch.text() == "Delen met cliënt"
        assert view.save_state_label.text() == "\u2713 Opgeslagen"
        assert view.tabs.tabText(2) == "Toestemmingen"
        assert view.checklist.rows(0)[0].done_button.text() == "Gedaan"
    finally:
        QApplication.removeTranslator(translator)
