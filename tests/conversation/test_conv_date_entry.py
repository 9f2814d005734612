"""Issue 14 item 2: the one date and time entry (ui/shared/date_entry.py), typed as a coach
types, with the reading beside it; Tab leaves it, Alt+Down/F4 open a calendar on its date."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from tests.support.conversation import answer_consent, open_view
from tests.support.keyboard import retype, type_text

from intakecompanion.resources import resource_path
from intakecompanion.ui.shared.date_entry import DateEntry, TimeEntry
from intakecompanion.ui.shared.i18n import interface_locale
from intakecompanion.ui.shared.texts import format_date, format_datetime

TODAY = date(2026, 11, 30)  # a Monday


@pytest.fixture
def form(qtbot):  # type: ignore[no-untyped-def]
    """A date field between two line edits, shown and active, with its emitted values."""
    window = QWidget()
    qtbot.addWidget(window)
    before = QLineEdit(window)
    entry = DateEntry("no date", window, today=lambda: TODAY)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    for widget in (before, entry, after):
        layout.addWidget(widget)
    emitted: list[date | None] = []
    entry.value_changed.connect(emitted.append)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    yield entry, before, after, emitted
    window.close()


def test_a_typed_date_is_kept_and_spelled_out_beside_the_field(form) -> None:  # type: ignore[no-untyped-def]
    entry, _before, _after, emitted = form
    retype(entry, "9/3")
    assert entry.value() == date(2027, 3, 9) and emitted[-1] == date(2027, 3, 9)
    assert entry.reading_label.text() == "Tuesday 9 March 2027 — next year"  # in English
    assert entry.reading_label.property("state") == ""


def test_digits_typed_over_a_stored_date_replace_it(form) -> None:  # type: ignore[no-untyped-def]
    entry, *_rest, emitted = form
    entry.set_value(date(2027, 1, 5))
    assert entry.text() == "05/01/2027" and emitted == []  # a stored date emits nothing
    retype(entry, "morgen")
    assert entry.value() == date(2026, 12, 1)


def test_empty_is_no_date(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry, *_rest, emitted = form
    entry.set_value(date(2027, 1, 5))
    entry.edit.selectAll()
    qtbot.keyClick(entry.edit, Qt.Key.Key_Backspace)
    assert entry.value() is None and emitted == [None] and entry.readable()
    assert entry.reading_label.text() == ""


def test_text_that_is_no_date_keeps_nothing_and_says_why(form) -> None:  # type: ignore[no-untyped-def]
    entry, *_rest, emitted = form
    entry.set_value(date(2027, 1, 5))
    retype(entry, "31/2")  # "3" and "31" read as dates on the way; "31/2" is none
    assert emitted[-1] == date(2027, 1, 5) and entry.value() == date(2027, 1, 5)
    assert not entry.readable()
    assert entry.reading_label.text() == "There is no 31 February 2027."
    assert entry.reading_label.property("state") == "error"


def test_a_past_date_is_kept_with_a_warning(form) -> None:  # type: ignore[no-untyped-def]
    entry, *_rest, emitted = form
    retype(entry, "9-3-26")
    assert emitted[-1] == date(2026, 3, 9)
    assert entry.reading_label.text() == "Monday 9 March 2026: that date has passed."
    assert entry.reading_label.property("state") == "warning"


def test_tab_leaves_the_field_at_once_and_the_text_becomes_the_date(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry, before, after, _emitted = form
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.edit
    type_text(entry.edit, "overmorgen")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert entry.text() == "02/12/2026"  # "overmorgen" stays that day when read again later


@pytest.mark.parametrize(
    "press",
    [
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_alt_down_and_f4_open_a_calendar_on_the_typed_date(form, qtbot, press) -> None:  # type: ignore[no-untyped-def]
    entry, *_rest, emitted = form
    retype(entry, "24/12")
    qtbot.keyClick(entry.edit, *press)
    [calendar] = [c for c in entry.findChildren(QCalendarWidget) if c.isVisible()]
    assert calendar.selectedDate() == QDate(2026, 12, 24)
    assert QApplication.focusWidget() is calendar or calendar.isAncestorOf(
        QApplication.focusWidget()
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # one day on
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert entry.value() == date(2026, 12, 25) and emitted[-1] == date(2026, 12, 25)
    assert entry.text() == "25/12/2026" and QApplication.focusWidget() is entry.edit


def test_the_calendar_of_an_empty_field_opens_on_today_and_esc_keeps_the_text(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry, *_rest, emitted = form
    entry.edit.setFocus()
    qtbot.keyClick(entry.edit, Qt.Key.Key_F4)
    [calendar] = [c for c in entry.findChildren(QCalendarWidget) if c.isVisible()]
    assert calendar.selectedDate() == QDate(2026, 11, 30)  # not January 2000
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not calendar.isVisible() and entry.value() is None and emitted == []


def test_a_time_is_typed_in_one_field_and_tab_moves_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    entry, place = TimeEntry("e.g. 14u30", window), QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(entry)
    layout.addWidget(place)
    entry.set_value(time(10, 0))
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    retype(entry, "14u30")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)
    assert entry.value() == time(14, 30) and entry.text() == "14:30"
    assert QApplication.focusWidget() is place and place.text() == ""
    retype(entry, "13u75")
    assert entry.value() == time(14, 30) and not entry.readable()
    assert entry.reading_label.text() == "There is no minute 75: minutes go from 00 to 59."


def test_the_appointments_time_no_longer_spills_into_the_place(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    view.focus_side_tab(3)
    panel = view.appointment
    assert QApplication.focusWidget() is panel.day.edit
    retype(panel.day, "16/3/2026")
    qtbot.keyClick(panel.day.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.time.edit
    type_text(panel.time.edit, "14u30")  # the field's text is selected on entry by Tab
    qtbot.keyClick(panel.time.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.place
    type_text(panel.place, "Kerkstraat 12")
    view.flush()
    stored = reread().conversation_appointment(intake.id)
    assert stored is not None and stored.place == "Kerkstraat 12"
    assert (stored.starts_at.date(), stored.starts_at.time()) == (date(2026, 3, 16), time(14, 30))


def test_a_consent_with_an_end_date_that_is_no_date_is_not_recorded(
    qtbot, casebook, intake
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    view.focus_side_tab(2)
    panel = view.consents
    for field, text in (
        (panel.recipient, "Dienst huisvesting"),
        (panel.information, "inkomen"),
        (panel.purpose, "sociale huur"),
    ):
        type_text(field, text)
    retype(panel.valid_until, "31/2/2027")
    answer_consent(panel)
    assert panel.record() is False
    assert casebook.consents(intake.id) == []
    assert QApplication.focusWidget() is panel.valid_until.edit
    retype(panel.valid_until, "28/2/2027")
    assert panel.record() is True
    assert casebook.consents(intake.id)[0].valid_until == date(2027, 2, 28)


def lines_of(label: QLabel) -> int:
    """How many lines a word-wrapped label takes at its width."""
    return round(label.height() / label.fontMetrics().lineSpacing())


def under(label: QLabel, field: QWidget) -> bool:
    return label.mapToGlobal(QPoint(0, 0)).y() >= field.mapToGlobal(QPoint(0, field.height())).y()


def test_a_past_dates_warning_wraps_at_a_readable_width(qtbot, casebook, intake) -> None:  # type: ignore[no-untyped-def]
    """Issue 14, the tour: beside the consent form's "valid until" the past-date warning was
    a narrow column of four lines. Where the room beside a field is too narrow to read, the
    words go under it; a step's words take its whole row."""
    view = open_view(qtbot, casebook, intake.id)
    view.resize(1280, 690)  # the tour's window
    view.focus_side_tab(2)
    valid_until = view.consents.valid_until
    valid_until._today = lambda: TODAY
    retype(valid_until, "25-11-2026")
    QApplication.processEvents()
    label = valid_until.reading_label
    assert label.text() == "Wednesday 25 November 2026: that date has passed."
    assert under(label, valid_until.edit) and lines_of(label) <= 2
    view.focus_side_tab(3)  # the appointment's wider form: beside the field where it fits
    day = view.appointment.day
    day._today = lambda: TODAY
    retype(day, "25-11-2026")
    QApplication.processEvents()
    assert lines_of(day.reading_label) <= 2  # beside (Fusion) or under (Windows' wider style)
    view.focus_side_tab(1)
    view.steps.add_button.click()
    row = view.steps.rows[-1]
    row.due._today = lambda: TODAY
    retype(row.due, "25-11-2026")
    QApplication.processEvents()
    words = row.due.reading_label
    assert words.text() == "Wednesday 25 November 2026: that date has passed."
    assert under(words, row.due.edit) and words.width() >= row.what.width()
    assert lines_of(words) == 1


def test_a_past_dates_warning_has_its_orange_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The warning's bar at its left was never drawn (Qt draws a lone border-left only after a
    border), so a past date looked like any date but for its words."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(resource_path("ui", "style.qss").read_text(encoding="utf-8"))
    entry = DateEntry("no date", window, today=lambda: TODAY)
    QVBoxLayout(window).addWidget(entry)
    window.resize(600, 80)
    with qtbot.waitExposed(window):
        window.show()
    retype(entry, "25-11-2026")
    QApplication.processEvents()
    image = entry.reading_label.grab().toImage()
    orange = sum(
        image.pixelColor(x, y).getRgb()[:3] == (227, 116, 0)
        for x in range(min(8, image.width()))
        for y in range(image.height())
    )
    assert orange >= 3 * image.height()


@pytest.mark.parametrize(
    ("lang", "day", "moment"),
    [("nl", "08-12-2026", "09:05"), ("en", "08/12/2026", "09:05"), ("fr", "08/12/2026", "09:05")],
)
def test_a_field_writes_a_date_and_a_time_as_the_labels_do(  # type: ignore[no-untyped-def]
    qtbot, lang: str, day: str, moment: str
) -> None:
    """The tour (#18): a date field showed "8-12-2026" where the labels around it showed
    "08-12-2026". The field writes dates and times as the labels of its language do, and what
    the coach types is read as before ("8/12", "8-12-26", "9u05")."""
    QLocale.setDefault(interface_locale(lang))
    window = QWidget()
    qtbot.addWidget(window)
    entry, at = DateEntry("no date", window, today=lambda: TODAY), TimeEntry("14u30", window)
    entry.set_value(date(2026, 12, 8))
    at.set_value(time(9, 5))
    assert (entry.text(), at.text()) == (day, moment)
    label = format_datetime(datetime(2026, 12, 8, 9, 5).astimezone())
    assert label == f"{day} {moment}" and format_date(date(2026, 12, 8)) == day
    for typed in ("8/12", "8-12-26", "8.12.2026", day):
        entry.set_value(None)
        retype(entry, typed)
        entry.edit.editingFinished.emit()  # leaving the field writes what it read
        assert entry.value() == date(2026, 12, 8) and entry.text() == day
    retype(at, "9u05")
    at.edit.editingFinished.emit()
    assert at.value() == time(9, 5) and at.text() == moment
