"""The one way to enter a date or a time: typed as a coach types it ("9/3", "morgen", "14u30"),
read by `domain.typed_dates`, with what it was read as spelled out beside it.

A line edit, so Tab leaves the field, digits typed over a selection replace it, and empty is
"no date". Alt+Down or F4 opens a calendar on the typed (or stored) date; Enter or a click takes
the day, Esc goes back to the text. What stands beside the field is a plain label: the date in
words, that a date has passed, or why the text is no date; nothing is kept while the text is
not a date, and on leaving the field the text becomes the date it was read as, written as the
labels write dates (`ui.shared.texts`: "09-03-2027" in Dutch, "09/03/2027" in English).

The label stands beside the field while there is room there for a readable line, else under
the field across the entry's width; or the owner places it (across a whole row). Beside a
field in a narrow form, "woensdag 25 november 2026: die datum is al voorbij." was a column of
four lines of one or two words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Literal

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.typed_dates import (
    read_date,
    read_time,
    spell_date,
    spell_time,
)
from intakecompanion.ui.shared.fit import natural_width, reflow
from intakecompanion.ui.shared.i18n import interface_language
from intakecompanion.ui.shared.texts import format_date, format_time
from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property

Today = Callable[[], date]
# Where the words stand: beside the field (under it when there is no room beside), under it,
# or where the owner lays `reading_label` out.
ReadingAt = Literal["beside", "below", "owner"]
# The room beside the field a reading needs, in average characters: less, and it goes under.
READABLE_CHARS = 28


class TypedEntry(QWidget):
    """The line edit and the label beside it, and the value the text was last read as.

    While the text reads, the value follows it; when it does not ("31/" on its way to "31/2",
    or "13u75"), the value goes back to what it was when the coach last left the field, so a
    reading of half a date is never what stays kept. `value_changed` tells each change.
    """

    value_changed = Signal(object)

    def __init__(
        self, placeholder: str, parent: QWidget | None, reading_at: ReadingAt = "beside"
    ) -> None:
        super().__init__(parent)
        self._value: object = None
        self._settled: object = None  # the value when the coach last left the field
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.reading_label = PlainLabel(parent=self)
        self.reading_label.setProperty("role", "date-reading")
        self.reading_label.setWordWrap(True)
        self.reading_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit)
        beside = reading_at == "beside"
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        self._outer = QBoxLayout(direction, self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(6 if beside else 2)
        self._outer.addLayout(self.row)
        self.row.addStretch(1)  # the field and its button together, on their left
        if reading_at != "owner":
            self._outer.addWidget(self.reading_label, 1)
        if beside:
            reflow(self._outer, self, self._beside_width)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._fit_field)
        self.edit.editingFinished.connect(self._settle)

    FIELD_DIGITS: tuple[int, int]  # the field's least and most width, in digits of its font
    WIDEST: object  # the value whose written text is the widest the field holds (30-12-2026)

    def _fit_field(self) -> None:
        """The field as wide as its text and its hint need, in its font; again whenever its
        font or its text changes: made at 100 % and zoomed to 200 %, "25-11-2026" showed as
        "5-11-2026", and a hint was cut off ("geen da..."); a date typed into a time field by
        mistake showed as "7-01-2027" (the tour). What is typed widens it up to twice its
        most width; beyond that it scrolls as any field does."""
        metrics = self.edit.fontMetrics()
        digit = metrics.horizontalAdvance("0")
        # The frame and margins around the text: a line edit asks for 17 "x" and those.
        chrome = self.edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        texts = (self._written(self.WIDEST), self.edit.placeholderText())
        least, most = self.FIELD_DIGITS
        width = max(digit * least, *(metrics.horizontalAdvance(t) + chrome for t in texts))
        typed = min(metrics.horizontalAdvance(self.edit.text()) + chrome, 2 * digit * most)
        width = max(width, typed)
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(max(width, digit * most))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.edit and event.type() == QEvent.Type.FontChange:
            self._fit_field()  # the zoom, the larger-text setting
        return super().eventFilter(watched, event)

    def _beside_width(self) -> int:
        """The entry's least width with the words beside the field."""
        room = READABLE_CHARS * self.reading_label.fontMetrics().averageCharWidth()
        return natural_width(self.row) + self._outer.spacing() + room

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As narrow as the field or the words' longest word: the words go under the field."""
        widest = max(self.row.minimumSize().width(), self.reading_label.minimumSizeHint().width())
        return QSize(widest, super().minimumSizeHint().height())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt API)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def readable(self) -> bool:
        """Whether the text is what the field holds (a value, or empty where that is allowed);
        else the label beside it says why."""
        return self._read(self.edit.text())[0]

    def unread_text(self) -> str | None:
        """The text when it is no value (yet): nothing holds it but the field, so a lock hands
        it over (kept in memory) and `type_again` puts it back after the unlock."""
        return None if self.readable() else self.edit.text()

    def type_again(self, text: str) -> None:
        """Put back text the coach typed before a lock, as if typed now: the reason beside it
        shows again, and what is stored does not change while it is no value."""
        self.edit.setText(text)
        self._typed(text)

    def _put(self, value: object) -> None:
        """Show a stored value (no signal)."""
        self._value = self._settled = value
        self._show(value)

    def _show(self, value: object) -> None:
        self.edit.setText(self._written(value))
        self._describe(self.edit.text())

    def _describe(self, text: str) -> None:
        _readable, _value, words, state = self._read(text)
        self.reading_label.setText(words)
        self.reading_label.setHidden(not words)  # under the field, no empty line
        set_style_property(self.reading_label, "state", state)
        self.edit.setAccessibleDescription(words)

    def _typed(self, text: str) -> None:
        readable, value, _words, _state = self._read(text)
        self._describe(text)
        self._take(value if readable else self._settled)

    def _settle(self) -> None:
        """Leaving the field: the text becomes the value it was read as (so "morgen" still
        means that day when the conversation is read again); a text that does not read stays
        as typed, beside its reason."""
        if self.readable():
            self._settled = self._value
            self._show(self._value)

    def _take(self, value: object) -> None:
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    def _read(self, text: str) -> tuple[bool, object, str, str]:
        """(readable, value, words beside the field, the label's state) for `text`."""
        raise NotImplementedError

    def _written(self, value: object) -> str:
        raise NotImplementedError


class DateEntry(TypedEntry):
    """A date, or none (empty) when `optional`; `value_changed(date | None)`."""

    FIELD_DIGITS = (11, 16)  # "30-12-2026" and a little room
    WIDEST = date(2026, 12, 30)  # the widest value once written

    def __init__(
        self,
        no_date_text: str,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
        optional: bool = True,
        reading_at: ReadingAt = "beside",
    ) -> None:
        super().__init__(no_date_text, parent, reading_at)
        self._today = today
        self._optional = optional
        self._fit_field()
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\u25be")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the field
        self.calendar_button.setToolTip(self.tr("Calendar (Alt+Down or F4)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.row.insertWidget(1, self.calendar_button)
        self._show(None)

    def value(self) -> date | None:
        assert self._value is None or isinstance(self._value, date)
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show a stored date (no signal)."""
        self._put(value)

    def _written(self, value: object) -> str:
        return format_date(value) if isinstance(value, date) else ""

    def _read(self, text: str) -> tuple[bool, object, str, str]:
        reading = read_date(text, self._today())
        words = spell_date(interface_language(), reading)
        empty = reading.day is None and reading.problem is None
        if empty and not self._optional:
            return False, None, self.tr("A date is needed here."), "error"
        state = "error" if reading.problem else "warning" if reading.past else ""
        return reading.problem is None, reading.day, words, state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """The calendar under the field, on the typed date, else the stored one, else today."""
        typed = read_date(self.edit.text(), self._today()).day
        shown = typed or self.value() or self._today()
        popup = _CalendarPopup(self, shown)
        popup.chosen.connect(self._chosen)
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        popup.show()
        popup.calendar.setFocus()

    def _chosen(self, day: date) -> None:
        self._take(day)
        self._settled = day
        self._show(day)
        self.edit.setFocus()


class _CalendarPopup(QWidget):
    """A calendar in a popup: Enter or a click chooses, Esc closes (the text stays)."""

    chosen = Signal(object)

    def __init__(self, owner: QWidget, shown: date) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _choose(self, day: QDate) -> None:
        self.chosen.emit(date(day.year(), day.month(), day.day()))
        self.close()


class TimeEntry(TypedEntry):
    """A time of day ("14u30"); `value_changed(time)`."""

    FIELD_DIGITS = (6, 9)
    WIDEST = time(23, 59)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self._fit_field()

    def value(self) -> time | None:
        assert self._value is None or isinstance(self._value, time)
        return self._value

    def set_value(self, value: time | None) -> None:
        """Show a stored time (no signal)."""
        self._put(value)

    def _written(self, value: object) -> str:
        return format_time(value) if isinstance(value, time) else ""

    def _read(self, text: str) -> tuple[bool, object, str, str]:
        reading = read_time(text)
        if reading.moment is None and reading.problem is None:
            return False, None, self.tr("A time is needed here."), "error"
        words = spell_time(interface_language(), reading)
        return reading.moment is not None, reading.moment, words, "error" if reading.problem else ""
