"""Where the coach looks, a kept sheet that no longer states what stands is said to be out of
date in her language (sheets8): one whose next appointment has passed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    ConversationKind,
    SheetMedium,
)
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.clients.overview import OverviewPanel
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.shared.i18n import install_translators, interface_locale
from intakecompanion.ui.shared.sheet_state import last_sheet_warning
from intakecompanion.ui.shared.texts import format_datetime

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
    QLocale.setDefault(interface_locale("en"))


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
    # Not a warning to give a new sheet (the appointment tab, the closing step): what the
    # client holds was true and names a day that came; every sheet would say it otherwise.
    assert last_sheet_warning(book, appointment.client_id) == ""


TOO_EARLY_SAID = {
    "en": ("To correct", "was recorded as kept on", "before it could have taken place"),
    "nl": ("Te verbeteren", "staat als nagekomen genoteerd op", "voor ze kon plaatsvinden"),
    "fr": ("À corriger", "a été noté comme honoré le", "avant qu'il ait pu avoir lieu"),
}


def test_the_client_page_asks_the_coach_to_correct_an_outcome_recorded_too_early(
    book: Casebook, clock: Clock, qtbot: QtBot, coach_lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sheets8 item 3: an old vault holds the appointment of 10 March recorded kept on 5 March.
    The page names it as the next appointment (as the sheet does) and says, in the coach's
    language, what was recorded too early, until she sets it right in the appointment tab."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    clock.now = datetime(2026, 3, 5, 10, 0).astimezone()
    follow_up = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    with monkeypatch.context() as patched:  # as a version before 644253d recorded it
        patched.setattr(Appointment, "could_be", lambda self, status, at, held=False: True)
        book.mark_kept(appointment.id, follow_up.id)
    panel = ClientPanel(book, appointment.client_id)
    qtbot.addWidget(panel)
    standing = panel.standing
    caption, recorded, why = TOO_EARLY_SAID[coach_lang]
    said = standing.too_early.text()
    assert said.startswith("\u26a0") and recorded in said and why in said
    label = standing.caption_of(standing.too_early)
    assert isinstance(label, QLabel) and label.text() == caption
    assert not label.isHidden() and not standing.too_early.isHidden()
    assert standing.appointment.text().startswith(format_datetime(appointment.starts_at))
    book.set_appointment_status(appointment.id, AppointmentStatus.PLANNED)
    standing.reload()
    assert label.isHidden() and standing.too_early.isHidden()


OVERVIEW_SAID = {
    "en": "(to correct: recorded as kept before it could take place)",
    "nl": "(te verbeteren: als nagekomen genoteerd voor ze kon plaatsvinden)",
    "fr": "(à corriger\u00a0: noté comme honoré avant qu'il ait pu avoir lieu)",
}


def test_the_overview_lists_an_appointment_recorded_kept_too_early_as_to_correct(
    book: Casebook, clock: Clock, qtbot: QtBot, coach_lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tour8: the client page said "To correct" and named it the next appointment, but the
    coach's overview left the appointment of 10 March out of the coming days (and of that
    day), as if it had taken place: it lists it as stored, marked to be corrected."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    clock.now = datetime(2026, 3, 5, 10, 0).astimezone()
    follow_up = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    with monkeypatch.context() as patched:  # as a version before 644253d recorded it
        patched.setattr(Appointment, "could_be", lambda self, status, at, held=False: True)
        book.mark_kept(appointment.id, follow_up.id)
    assert [e.appointment.id for e in book.coach_overview().appointments_week] == [appointment.id]
    panel = OverviewPanel(book)
    qtbot.addWidget(panel)
    panel.reload()
    when = format_datetime(appointment.starts_at)
    [line] = [text for _client, text in panel.lines() if when in text]
    assert line.endswith(OVERVIEW_SAID[coach_lang])
    clock.now = datetime(2026, 3, 10, 9, 0).astimezone()  # its day: listed for today
    assert [e.appointment.id for e in book.coach_overview().appointments_today] == [appointment.id]
    book.set_appointment_status(appointment.id, AppointmentStatus.PLANNED)  # corrected
    panel.reload()
    [line] = [text for _client, text in panel.lines() if "14:00" in text]
    assert "(" not in line  # planned: no longer to be corrected
