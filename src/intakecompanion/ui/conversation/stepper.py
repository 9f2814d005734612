"""The phases of the conversation as a stepper: where the coach is and how much is settled."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from intakecompanion.ui.conversation.texts import fill

MIN_HEIGHT_CAP = 420  # px; past this a long guide's stepper scrolls, so the why pane keeps room


class PhaseStepper(QListWidget):
    """One row per page ("2. Welcome  1/4"); choosing a row shows that page."""

    phase_selected = Signal(int)
    enter_pressed = Signal()

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = titles
        self.setObjectName("phaseStepper")
        self.setAccessibleName(self.tr("Phases of the conversation"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in titles:
            self.addItem(QListWidgetItem())
        for index in range(len(titles)):
            self.set_progress(index, 0, 0)
        self.currentRowChanged.connect(self._chosen)

    def set_progress(self, index: int, settled: int, total: int) -> None:
        item = self.item(index)
        number = index + 1
        title = self._titles[index]
        complete = total > 0 and settled == total
        mark = "\u2713 " if complete else ""
        item.setText(
            fill(self.tr("%1%2. %3\n%4 of %5 settled"), mark, number, title, settled, total)
        )
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            fill(self.tr("Phase %1: %2, %3 of %4 items settled"), number, title, settled, total),
        )
        self._fit_height()

    def _fit_height(self) -> None:
        # As tall as the phases need at this width (never more), so the pane below gets room.
        # visualItemRect knows the wrapped height at this width; sizeHintForRow does not.
        self.doItemsLayout()
        rows = sum(
            self.visualItemRect(self.item(i)).height() or self.sizeHintForRow(i)
            for i in range(self.count())
        )
        needed = rows + 2 * self.frameWidth() + 2
        self.setMaximumHeight(needed)
        self.setMinimumHeight(min(needed, MIN_HEIGHT_CAP))  # a long guide scrolls instead

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.phase_selected.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)
