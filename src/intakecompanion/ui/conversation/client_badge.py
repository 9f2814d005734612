"""Whose conversation this is, for the coach only: the client's initials, and the full name
for a few seconds on request (Ctrl+I), so whoever glances at the screen does not read it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from intakecompanion.domain.initials import initials
from intakecompanion.ui.conversation.fields import emphasize
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel

REVEAL_MS = 10_000
NAME_CHARACTERS = 30  # the most room the name asks for beside the title, in average characters


class NameLabel(PlainLabel):
    """One line that asks for at most NAME_CHARACTERS' room and is drawn with an ellipsis where
    the header gives it less: a long name squeezed the conversation's title into four lines and
    was cut off without a mark. Its text stays whole (a screen reader reads all of it)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        most = NAME_CHARACTERS * self.fontMetrics().averageCharWidth()
        return QSize(min(hint.width(), most), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance(self.text()[:3] + "\u2026")
        least += margins.left() + margins.right()
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as drawn: whole, or cut with an ellipsis to the label's width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            QPalette.ColorRole.WindowText,
        )


class ClientBadge(QWidget):
    """The initials, and a small button that shows the full name for REVEAL_MS.

    The name is read from the vault when asked for and dropped when hidden again; it never
    goes into a tooltip, an accessible name or a window title.
    """

    def __init__(self, read_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_name = read_name
        self._initials = initials(read_name())
        self.label = NameLabel(parent=self)
        self.label.setProperty("role", "client-badge")
        emphasize(self.label, 1.15)
        self.button = QToolButton(self)
        self.button.setCheckable(True)
        self.button.setText(self.tr("Show name"))
        self.button.setAccessibleName(self.tr("Show the client's full name for 10 seconds"))
        self.button.setToolTip(self.tr("Show the full name for 10 seconds (Ctrl+I)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+I, see header.py
        self.button.toggled.connect(self._toggled)
        # Owned by the badge, so it goes with it (a lock destroys the whole view).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVEAL_MS)
        self._timer.timeout.connect(self.conceal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.conceal()

    @property
    def revealed(self) -> bool:
        return self.button.isChecked()

    def toggle(self) -> None:
        self.button.setChecked(not self.button.isChecked())

    def reveal(self) -> None:
        self.button.setChecked(True)

    def conceal(self) -> None:
        self.button.setChecked(False)
        self._show_initials()

    def _toggled(self, on: bool) -> None:
        if on:
            self.label.setText(self._read_name())
            self.label.setAccessibleName(self.tr("Client's full name, shown for 10 seconds"))
            self.button.setText(self.tr("Hide name"))
            self._timer.start()
        else:
            self._timer.stop()
            self._show_initials()

    def _show_initials(self) -> None:
        self.label.setText(self._initials)
        self.label.setAccessibleName(fill(self.tr("Client's initials: %1"), self._initials))
        self.button.setText(self.tr("Show name"))
