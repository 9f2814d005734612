"""The conversation's columns in a window too narrow for all three: the checklist and the side
tabs take turns beside the phases.

A 1366x768 laptop at 150 % display scaling gives a window 911 pixels wide (device-independent):
less than the phases, the checklist and the side tabs need side by side. Qt's splitter then
drew the side tabs under the checklist, their left side cut off ("Datum" read "um"). Here,
while the splitter is narrower than the three columns' floors, one of the two shows at a time:
the checklist when a phase is chosen (Ctrl+1), the side tabs when one of them is (Ctrl+2 to
Ctrl+5, a new note), and the button under the phases goes from one to the other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget


def floor_width(widget: QWidget | None) -> int:
    """The narrowest a splitter makes `widget`: its minimum width, else its layout's."""
    if widget is None:
        return 0
    return widget.minimumWidth() or widget.minimumSizeHint().width()


class TakingTurns(QObject):
    """Watches `splitter` (the phases, `center`, `side`) and shows `center` and `side` side by
    side where they fit, else one of them; `button` (shown only then) goes to the other."""

    def __init__(
        self, splitter: QSplitter, center: QWidget, side: QWidget, button: QPushButton
    ) -> None:
        super().__init__(splitter)
        self.splitter, self.center, self.side, self.button = splitter, center, side, button
        self.narrow = False
        self._side_chosen = False  # in a narrow window: the side tabs are the one shown
        button.hide()
        button.clicked.connect(lambda: self.show_side(not self._side_chosen))
        # Once the layout has settled: a floor can change with it (the zoom, a tab made).
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self.fit)
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
            self._check.start()
        return False

    def needed_width(self) -> int:
        """The splitter's width with all of its columns at their floors, side by side."""
        count = self.splitter.count()
        floors = [floor_width(self.splitter.widget(i)) for i in range(count)]
        return sum(floors) + (count - 1) * self.splitter.handleWidth()

    def fit(self) -> None:
        """Side by side, or taking turns, as the splitter's width allows."""
        self.narrow = self.splitter.width() < self.needed_width()
        self.button.setVisible(self.narrow)
        self._show()

    def show_side(self, side: bool = True) -> None:
        """In a narrow window, the side tabs (or, `side` False, the checklist) in sight."""
        self._side_chosen = side
        self._show()

    def show_checklist(self) -> None:
        self.show_side(False)

    def _show(self) -> None:
        side = self._side_chosen
        self.center.setVisible(not self.narrow or not side)
        self.side.setVisible(not self.narrow or side)
        if side:
            text, name = self.tr("\u2190 Checklist\n(Ctrl+1)"), self.tr("Checklist (Ctrl+1)")
        else:
            text = self.tr("\u2192 Notes, steps, \u2026\n(Ctrl+2)")
            name = f"{self.side.accessibleName()} (Ctrl+2)"
        self.button.setText(text)
        self.button.setAccessibleName(name)
