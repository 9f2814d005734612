"""The phases of the conversation as a stepper: where the coach is and how much is settled."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from intakecompanion.ui.shared.texts import fill

# The current phase is drawn this bold (style.qss, the stepper rule: font-weight 600).
CURRENT_PHASE_WEIGHT = QFont.Weight.DemiBold
MIN_HEIGHT_CAP = 380  # px; past this a long guide's stepper scrolls, so the why pane keeps room
# (380: the whole conversation view fits 1366x768 at 125 % in Windows 11's style). Less in a low
# window (1366x768 at 150 or 200 % display scaling: 472 or 354 px high), down to 100 px: at 380
# the phases were drawn over "Why? (F1)" and the button under them.
MIN_HEIGHT_FLOOR = 100
AROUND_HEIGHT = 340  # px of the window's height around the phases: header, banner, buttons


class _WrappedRowDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the list's width, in the current phase's bolder
    font (style.qss), so choosing a phase never needs more room than it was given.

    QListView's own size hint wraps at no width at all, so a larger font made rows overlap.
    The text is measured as if the scroll bar were showing (QListView lays rows out that way
    too): heights then do not change when it comes or goes, and the text, painted over the
    whole width, never needs more lines than it was given.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        # Row heights by (text, font, state, wrap width): Qt asks for every row's size again on
        # each layout of the list, and the style sheet's answers were 8 % of the CPU time of
        # opening a conversation (about 90 per opening for 8 rows).
        self._heights: dict[tuple[str, str, int, int], int] = {}
        # The wrap width, kept until the list's size or style changes: Qt asks for row sizes
        # about 150 times per opening, and each asked the style and the viewport again.
        self._wrap_width: int | None = None

    def forget_heights(self) -> None:
        """The style or the font changed: heights are measured again."""
        self._heights.clear()
        self._wrap_width = None

    def forget_width(self) -> None:
        """The list's size changed."""
        self._wrap_width = None

    def wrap_width(self) -> int:
        if self._wrap_width is None:
            view = self._view
            extent = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            self._wrap_width = max(1, view.maximumViewportSize().width() - extent)
        return self._wrap_width

    def sizeHint(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.wrap_width()
        text, font = str(index.data(Qt.ItemDataRole.DisplayRole)), option.font.key()
        key = (text, font, option.state.value, width)
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._measure(option, index, width)
        return QSize(self._view.viewport().width(), height)

    def _measure(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
    ) -> int:
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        # Measured in the current phase's weight: the style sheet's size leaves it out.
        font = QFont(wrapped.font)
        font.setWeight(CURRENT_PHASE_WEIGHT)
        wrapped.font = font
        # The text wraps inside the row's padding and borders: ask the style where it goes.
        wrapped.rect = QRect(0, 0, width, 1000)
        style = self._view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, wrapped, self._view)
        wrapped.rect = QRect(0, 0, text.width(), 1)
        size = style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), self._view
        )
        return size.height()


class PhaseStepper(QListWidget):
    """One row per page ("2. Welcome  1/4"); choosing a row shows that page."""

    phase_selected = Signal(int)
    enter_pressed = Signal()

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = titles
        self._needed_height = 0
        self.setObjectName("phaseStepper")
        self.setAccessibleName(self.tr("Phases of the conversation"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Row heights depend on the width: lay the rows out again whenever it changes.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self._rows = _WrappedRowDelegate(self)
        self.setItemDelegate(self._rows)
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

    def set_final(self, index: int, done: bool) -> None:
        """The last row, which has no items of its own (finishing the conversation)."""
        title = self._titles[index]
        mark = "\u2713 " if done else ""
        self.item(index).setText(fill(self.tr("%1%2. %3"), mark, index + 1, title))
        self.item(index).setData(
            Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("Phase %1: %2"), index + 1, title)
        )
        self._fit_height()

    def _fit_height(self) -> None:
        # As tall as the phases need at this width (never more), so the pane below gets room.
        # Not while hidden (the view filling it, row by row): showing it fits it once.
        if not self.isVisible():
            return
        self.doItemsLayout()
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        needed = rows + 2 * self.frameWidth() + 2
        room = self.window().height() - AROUND_HEIGHT
        least = min(needed, max(MIN_HEIGHT_FLOOR, min(MIN_HEIGHT_CAP, room)))
        if needed != self._needed_height or least != self.minimumHeight():
            self._needed_height = needed
            self.setMaximumHeight(needed)
            self.setMinimumHeight(least)  # a long guide, a low window: the phases scroll
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self._needed_height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self._rows.forget_width()  # polished on its way to the screen: its frame may differ
        super().showEvent(event)
        self.window().installEventFilter(self)  # its least height follows the window's
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window() and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._rows.forget_width()
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rows.forget_heights()
            self._fit_height()  # the larger-text setting, or a new stylesheet

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.phase_selected.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)
