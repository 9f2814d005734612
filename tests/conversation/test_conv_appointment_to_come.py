"""An appointment still to come was neither kept nor missed (tour7 item 2): a follow-up on
1 December accepted 'Kept: it is this conversation' for an appointment on the 4th, and 'Missed
by the client' for one on the 10th; the client's copy said of the 4th 'This appointment took
place' and the counts counted it. Only what can be true of it is offered and recorded."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from tests.support.conversation import choose_outcome, open_view, start
from tests.support.records import NOW
from tests.support.translations import compile_translation

from intakecompanion.domain.appointments import NotYetHappened
from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party

ALL = [
    (AppointmentStatus.PLANNED, None),
    (AppointmentStatus.KEPT, None),
    (AppointmentStatus.MOVED, Party.CLIENT),
    (AppointmentStatus.MOVED, Party.COACH),
    (AppointmentStatus.MISSED, Party.CLIENT),
    (AppointmentStatus.MISSED, Party.COACH),
    (AppointmentStatus.CANCELLED, Party.CLIENT),
    (AppointmentStatus.CANCELLED, Party.COACH),
]


def _follow_up_before(casebook, intake, ahead: timedelta):  # type: ignore[no-untyped-def]
    appointment = casebook.add_appointment(
        intake.client_id, NOW + ahead, "bureau 2", conversation_id=intake.id
    )
    return appointment, start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)


def _offered(panel) -> list[object]:  # type: ignore[no-untyped-def]
    choices = panel.previous_status
    return [choices.itemData(i) for i in range(choices.count())]


def test_the_domain_refuses_kept_or_missed_before_the_appointments_time(casebook, intake) -> None:
    coming, follow_up = _follow_up_before(casebook, intake, timedelta(days=3))
    with pytest.raises(NotYetHappened):
        casebook.mark_kept(coming.id, follow_up.id)
    with pytest.raises(NotYetHappened):
        casebook.mark_missed(coming.id, Party.CLIENT, follow_up.id)
    with pytest.raises(NotYetHappened):
        casebook.set_appointment_status(coming.id, AppointmentStatus.KEPT, None, follow_up.id)
    assert casebook.appointment(coming.id).status is AppointmentStatus.PLANNED
    casebook.cancel_appointment(coming.id, Party.CLIENT, follow_up.id)  # true before its day
    assert casebook.appointment(coming.id).status is AppointmentStatus.CANCELLED

    soon = casebook.add_appointment(intake.client_id, NOW + timedelta(minutes=30))
    casebook.mark_kept(soon.id, follow_up.id)  # a conversation that early is the appointment
    later = casebook.add_appointment(intake.client_id, NOW + timedelta(minutes=30))
    with pytest.raises(NotYetHappened):  # nobody can have missed it yet
        casebook.mark_missed(later.id, Party.CLIENT, follow_up.id)
    # Its time came (recorded in the conversation begun at it: elsewhere it would be refused,
    # that conversation was held at it, `HeldThen`).
    casebook.mark_missed(casebook.add_appointment(intake.client_id, NOW).id, None, intake.id)


def test_a_follow_up_days_before_the_appointment_offers_only_what_can_be_true(
    qtbot, casebook, intake, reread
) -> None:
    coming, follow_up = _follow_up_before(casebook, intake, timedelta(days=3))
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.id == coming.id
    assert _offered(panel) == [
        (AppointmentStatus.PLANNED, None),
        (AppointmentStatus.MOVED, Party.CLIENT),
        (AppointmentStatus.MOVED, Party.COACH),
        (AppointmentStatus.CANCELLED, Party.CLIENT),
        (AppointmentStatus.CANCELLED, Party.COACH),
    ]
    view.tabs.setCurrentWidget(panel)
    assert any(
        "Still to come" in label.text() and label.isVisible()
        for label in panel.findChildren(type(panel.status))
    )
    choose_outcome(panel, AppointmentStatus.CANCELLED, Party.CLIENT)
    stored = reread().appointment(coming.id)
    assert (stored.status, stored.status_by) == (AppointmentStatus.CANCELLED, Party.CLIENT)


def test_a_follow_up_at_or_after_the_appointment_offers_every_outcome(
    qtbot, casebook, intake
) -> None:
    _held, follow_up = _follow_up_before(casebook, intake, timedelta(minutes=-20))
    panel = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW).appointment
    assert _offered(panel) == ALL


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            "Deze afspraak komt nog: verzetten of afzeggen kan nu; nagekomen of gemist pas als "
            "het zover is.",
        ),
        (
            "fr",
            "À venir\u00a0: il peut être déplacé ou annulé\u00a0; honoré ou manqué seulement "
            "quand son heure est venue.",
        ),
    ],
)
def test_an_appointment_still_to_come_is_said_in_the_coachs_language(
    qtbot, casebook, intake, tmp_path: Path, lang: str, words: str
) -> None:
    _coming, follow_up = _follow_up_before(casebook, intake, timedelta(days=3))
    translator = QTranslator()
    assert translator.load(str(compile_translation(lang, tmp_path)))
    QApplication.installTranslator(translator)
    try:
        panel = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW).appointment
        texts = [label.text() for label in panel.findChildren(type(panel.status))]
        assert words in texts
    finally:
        QApplication.removeTranslator(translator)


def _visible_texts(panel) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in panel.findChildren(type(panel.status)) if label.isVisible()]


def test_an_appointment_made_before_and_still_to_come_is_not_called_the_previous_one(
    qtbot, casebook, intake
) -> None:
    """tour8 #16: a follow-up on 4 January (a phone call) showed the appointment of the 5th as
    'Previous appointment (05-01-2027 10:00)'."""
    _coming, follow_up = _follow_up_before(casebook, intake, timedelta(days=1))
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    view.tabs.setCurrentWidget(view.appointment)
    texts = _visible_texts(view.appointment)
    assert any(text.startswith("Appointment to come (") for text in texts)
    assert not any(text.startswith("Previous appointment") for text in texts)


def test_an_appointment_about_to_begin_can_be_kept_and_its_hint_says_only_missed_must_wait(
    qtbot, casebook, intake
) -> None:
    """tour8 #16: at 13:59 'Kept' could be chosen for the appointment of 14:00 while the hint
    under it said kept or missed only once its time has come."""
    _soon, follow_up = _follow_up_before(casebook, intake, timedelta(minutes=30))
    view = open_view(qtbot, casebook, follow_up.id, clock=lambda: NOW)
    panel = view.appointment
    view.tabs.setCurrentWidget(panel)
    assert (AppointmentStatus.KEPT, None) in _offered(panel)
    assert (AppointmentStatus.MISSED, Party.CLIENT) not in _offered(panel)
    texts = _visible_texts(panel)
    assert "It has not begun yet: missed only once its time has come." in texts
    assert not any("kept or missed only once" in text for text in texts)
