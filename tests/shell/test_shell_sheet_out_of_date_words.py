"""Where the coach looks (the appointment tab, the closing step), the sheet the client holds is
said to be out of date in the coach's language, with words that are true of why (sheets7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from tests.support.conversation import choose_outcome, open_view, start
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    AppointmentStatus,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    Party,
    SheetMedium,
    StepStatus,
)
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.ui.shared.i18n import install_translators, interface_locale

REFUSAL_NOW_YES = {
    "en": "it says something is not shared, but consent to share it was given since",
    "nl": "er staat op dat iets niet gedeeld wordt, maar intussen is er toestemming gegeven "
    "om het te delen",
    "fr": "elle indique que quelque chose n'est pas partagé, mais un consentement pour le "
    "partager a été donné depuis",
}
MEETING_CHANGED = {
    "en": "whether the appointment of that day took place was changed since",
    "nl": "of de afspraak van die dag doorging, is intussen veranderd",
    "fr": "ce qu'elle indique sur le rendez-vous de ce jour-là (a eu lieu ou non) a changé depuis",
}

STEPS_CHANGED = {
    "en": "what it says of the small steps changed since",
    "nl": "wat erop staat over de kleine stappen, is intussen veranderd",
    "fr": "ce qu'elle indique sur les petites étapes a changé depuis",
}


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


@pytest.fixture(params=["en", "nl", "fr"])
def lang(request: pytest.FixtureRequest, qapp: QApplication, compiled_translations: Path):  # type: ignore[no-untyped-def]
    translators = (
        []
        if request.param == "en"
        else install_translators(qapp, request.param, compiled_translations)
    )
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(interface_locale("en"))


def _intake_sheet_and_follow_up(book: Casebook, lang: str) -> tuple[int, int]:
    """The sample intake (French words for French), its sheet handed over in `lang`, and a
    follow-up at an appointment of now; returns (intake, follow-up)."""
    intake_id = write_sample_intake(
        book, "intake", "1.0", guide_snapshot(), STARTED_AT, lang="fr" if lang == "fr" else "nl"
    )
    summary = build_summary(book, intake_id, lang)
    record_handed_sheet(book, intake_id, summary, SheetMedium.PRINT)
    client_id = book.conversation(intake_id).client_id
    book.add_appointment(client_id, STARTED_AT, conversation_id=intake_id)
    return intake_id, start(book, client_id, ConversationKind.FOLLOW_UP).id


def test_a_refusal_on_the_sheet_turned_into_a_yes_is_said_in_the_coachs_words(  # type: ignore[no-untyped-def]
    qtbot, book: Casebook, lang: str
) -> None:
    """The sheet says "You said no. I do not share this."; in the follow-up the client says
    yes. The tab and the closing step say the sheet is out of date, and not that a consent on
    it was withdrawn (it was given)."""
    intake_id, follow_up = _intake_sheet_and_follow_up(book, lang)
    [_given, refused] = book.consents(intake_id)
    view = open_view(qtbot, book, follow_up, clock=lambda: STARTED_AT, language=lang)
    view.tabs.setCurrentWidget(view.appointment)
    assert REFUSAL_NOW_YES[lang] not in view.appointment.status.text()
    book.record_consent(
        follow_up,
        recipient=refused.recipient,
        information=refused.information,
        purpose=refused.purpose,
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    view.tabs.setCurrentWidget(view.notes)
    view.tabs.setCurrentWidget(view.appointment)  # said again when shown
    assert REFUSAL_NOW_YES[lang] in view.appointment.status.text()
    view.show_phase(view.closing_index)
    assert REFUSAL_NOW_YES[lang] in view.closing.sheet.text()


def test_a_sheet_saying_we_met_is_out_of_date_once_the_meeting_is_recorded_as_missed(  # type: ignore[no-untyped-def]
    qtbot, book: Casebook, lang: str
) -> None:
    """The sheet of the follow-up, handed over while in it, says "We met on …"; then the coach
    records that this appointment was missed: the tab says at once that the sheet is out of
    date, and why."""
    _intake_id, follow_up = _intake_sheet_and_follow_up(book, lang)
    summary = build_summary(book, follow_up, lang)
    assert summary.met
    record_handed_sheet(book, follow_up, summary, SheetMedium.PRINT)
    view = open_view(qtbot, book, follow_up, clock=lambda: STARTED_AT, language=lang)
    view.tabs.setCurrentWidget(view.appointment)
    panel = view.appointment
    assert MEETING_CHANGED[lang] not in panel.status.text()
    choose_outcome(panel, AppointmentStatus.MISSED, Party.CLIENT)
    assert view.saver.flush()
    assert MEETING_CHANGED[lang] in panel.status.text()
    view.show_phase(view.closing_index)
    assert MEETING_CHANGED[lang] in view.closing.sheet.text()


def test_a_step_on_the_sheet_done_in_the_follow_up_is_said_in_the_coachs_words(  # type: ignore[no-untyped-def]
    qtbot, book: Casebook, lang: str
) -> None:
    """The intake's sheet lists a step still to do; in the follow-up the coach marks it done
    among the earlier steps: the closing step and the appointment tab say the sheet the
    client holds is out of date, and why."""
    _intake_id, follow_up = _intake_sheet_and_follow_up(book, lang)
    view = open_view(qtbot, book, follow_up, clock=lambda: STARTED_AT, language=lang)
    view.show_phase(view.closing_index)
    assert STEPS_CHANGED[lang] not in view.closing.sheet.text()
    row = view.steps.earlier.rows[0]
    [done] = [
        i for i in range(row.status.count()) if row.status.itemData(i) == str(StepStatus.DONE)
    ]
    row.status.setCurrentIndex(done)
    row.status.activated.emit(done)
    assert view.saver.flush()
    assert STEPS_CHANGED[lang] in view.closing.sheet.text()
    view.tabs.setCurrentWidget(view.appointment)
    assert STEPS_CHANGED[lang] in view.appointment.status.text()
