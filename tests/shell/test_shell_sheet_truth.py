"""Where the coach looks, a kept sheet that no longer states what stands is said to be out of
date in her language (sheets8): one whose next appointment has passed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import SheetMedium
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.shared.i18n import install_translators

LANGS = ("nl", "en", "fr")


@pytest.fixture
def clock() -> Clock:
    return Clock(STARTED_AT)


@pytest.fixture
def book(tmp_path: Path, clock: Clock) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


PASSED_SAID = {
    "en": "the appointment it names as the next one has passed since",
    "nl": "de afspraak die erop als volgende staat, is intussen voorbij",
    "fr": "le rendez-vous qu'elle indique comme le prochain est passé depuis",
}


@pytest.fixture(params=LANGS)
def coach_lang(request: pytest.FixtureRequest, qapp: QApplication, compiled_translations: Path):  # type: ignore[no-untyped-def]
    """The interface in the coach's language (English is the source language)."""
    translators = (
        []
        if request.param == "en"
        else install_translators(qapp, request.param, compiled_translations)
    )
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_the_coach_is_told_why_a_sheet_with_a_passed_appointment_is_out_of_date(
    book: Casebook, clock: Clock, qtbot: QtBot, coach_lang: str
) -> None:
    """The summary dialog marks the kept sheet out of date and says why in the coach's
    language, as for its other reasons, and chooses a new sheet; the client page's history
    says the sheet handed over is out of date."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    record_handed_sheet(book, intake, build_summary(book, intake, "nl"), SheetMedium.PRINT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    clock.now = appointment.starts_at + timedelta(days=1)
    dialog = SummaryDialog(book, intake, None, "nl", again=True)
    qtbot.addWidget(dialog)
    assert dialog.fresh.isChecked()
    assert dialog.handed.itemText(0).endswith(f"{PASSED_SAID[coach_lang]})")
