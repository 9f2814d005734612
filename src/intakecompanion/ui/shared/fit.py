"""Sizes that grow with the text (zoom, larger text, the system's size) and dialogs that fit
the screen: at 200 % on a 1366x768 laptop every dialog shows its text whole (issue 17)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QDialog, QListView

# QDialog and QListView are imported where they are used: the unlock screen, which needs
# `scaled`, makes neither class (and their enums) before it has painted (make bench, goal 1).

# The text size the fixed pixel widths in the code were chosen for.
DESIGN_POINT_SIZE = 10.0
# What a dialog may take of the screen's free area (its window frame is outside its size).
SCREEN_SHARE = 0.94


def screen_room(widget: QWidget) -> QSize:
    """The part of the widget's screen a window of ours may take."""
    return widget.screen().availableGeometry().size() * SCREEN_SHARE


def text_scale(widget: QWidget) -> float:
    """How much larger the widget's text is than the size the layouts were drawn for."""
    return max(1.0, widget.font().pointSizeF() / DESIGN_POINT_SIZE)


def scaled(pixels: int, widget: QWidget) -> int:
    """A width chosen for normal text, grown with the text but never wider than the screen."""
    return min(round(pixels * text_scale(widget)), screen_room(widget).width())


def fixed_pitch() -> QFont:
    """The system's fixed-pitch family at the size of the text around it: only the family is
    set, so the zoom still applies (the system's fixed font keeps its own size)."""
    font = QFont()
    font.setFamilies(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font


def fit_to_screen(dialog: QDialog) -> None:
    """Give the dialog the room its text needs at its width (wrapped labels included, which
    Qt's own size for a window leaves short), within the screen; again when the zoom changes,
    and each time a message or a row appears in it (a wrapped label does not make its window
    taller by itself)."""
    if not isinstance(getattr(dialog, "_screen_fit", None), _ScreenFit):
        dialog._screen_fit = _ScreenFit(dialog)  # type: ignore[attr-defined]
        dialog.installEventFilter(dialog._screen_fit)  # type: ignore[attr-defined]
    _fit(dialog)


def _fit(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    room = screen_room(dialog)
    most_wide, most_high = room.width(), room.height()
    # Once shown, the coach may have widened it; before, its width is Qt's placeholder.
    shown = dialog.width() if dialog.isVisible() else 0
    width = min(max(dialog.sizeHint().width(), dialog.minimumWidth(), shown), most_wide)
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = dialog.sizeHint().height()
    height = min(max(height, dialog.minimumHeight()), most_high)
    dialog.resize(width, height)


class _ScreenFit(QObject):
    """Fits its dialog again after the text size changed (Ctrl++ while it is open)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        from PySide6.QtWidgets import QDialog

        if event.type() == QEvent.Type.FontChange and isinstance(watched, QDialog):
            dialog = watched
            QTimer.singleShot(0, dialog, lambda: _fit(dialog))
        return False


def reflow(box: QBoxLayout, widget: QWidget, wide: Callable[[], int] | None = None) -> None:
    """Lay box's items side by side while widget is wide enough for all of them (`wide`, by
    default their natural widths), else one under the other: no row cut off or scrolled
    sideways at a large zoom. The widget's minimumSizeHint should be that of the column."""
    watcher = _Reflow(box, widget, wide or (lambda: natural_width(box)))
    widget.installEventFilter(watcher)


def natural_width(box: QBoxLayout) -> int:
    """The width box's items take side by side: measured while they are, remembered while
    they are one under the other."""
    if box.direction() in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        box.setProperty("naturalWidth", box.sizeHint().width())
    return int(box.property("naturalWidth") or 0)


class _Reflow(QObject):
    def __init__(self, box: QBoxLayout, widget: QWidget, wide: Callable[[], int]) -> None:
        super().__init__(widget)
        self._box, self._widget, self._wide = box, widget, wide

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            side_by_side = self._widget.width() >= self._wide()
            direction = (
                QBoxLayout.Direction.LeftToRight
                if side_by_side
                else QBoxLayout.Direction.TopToBottom
            )
            if self._box.direction() != direction:
                self._box.setDirection(direction)
        return False


class FlowRow(QWidget):
    """Widgets side by side while they fit, one under the other where they do not (a large
    zoom). A word-wrapped label counts with room for about 20 characters beside the rest."""

    TEXT_ROOM = 20  # characters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        reflow(self.box, self, self._side_by_side)

    def add(
        self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag | None = None
    ) -> None:
        if alignment is None:
            self.box.addWidget(widget, stretch)
        else:
            self.box.addWidget(widget, stretch, alignment)

    def _side_by_side(self) -> int:
        width = natural_width(self.box)
        for i in range(self.box.count()):
            item = self.box.itemAt(i)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.wordWrap() and not label.isHidden():
                room = self.TEXT_ROOM * label.fontMetrics().averageCharWidth()
                width -= max(0, label.sizeHint().width() - room)
        return width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As narrow as its widest widget: the others then go under it."""
        items = [self.box.itemAt(i) for i in range(self.box.count())]
        widest = max((i.minimumSize().width() for i in items if i is not None), default=0)
        return QSize(widest, super().minimumSizeHint().height())


def wrap_lines(view: QListView) -> None:
    """A list whose long lines wrap at its width, never cut off nor scrolled sideways."""
    from PySide6.QtWidgets import QListView

    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class VerticalScroll(QScrollArea):
    """A page (`body`) that scrolls up and down where a large zoom makes it taller than its
    room, rather than squeezing its rows over one another; never sideways: the page is as wide
    as the view (the scroll area asks its parent for the page's least width and its scroll
    bar's). The control that takes the focus is scrolled into view: by Tab, a shortcut, or a
    form that puts the cursor in a field it misses.

    The page is sized here, not by Qt's resizable scroll area, which gave it its least width
    where that was wider than the view: a row that then went side by side asked for more,
    the next resize put it back under, and so on (a stack overflow on a zoom to 200 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget(self.viewport())  # made in place: a moved page is restyled again
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: one that comes and goes changes the page's width, so its height.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWidget(self.body)
        self.body.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As wide as the page's least width and a scroll bar beside it."""
        hint = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        least = self.body.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), least), hint.height())

    def _fit_body(self) -> None:
        """The page as wide as the view and as tall as the view or its rows at that width."""
        width = self.viewport().width()
        layout = self.body.layout()
        need = 0
        if layout is not None:
            if layout.hasHeightForWidth():
                need = layout.totalMinimumHeightForWidth(width)
            else:
                need = layout.totalMinimumSize().height()
        self.body.resize(width, max(self.viewport().height(), need))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_body()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            self._fit_body()  # its rows changed: a warning shown, a row gone under another
        return super().eventFilter(watched, event)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.body.isAncestorOf(new):
            return
        # Inside a scrolled list of the page, the list is what is brought into view.
        shown, widget = new, new.parentWidget()
        while widget is not None and widget is not self.body:
            if isinstance(widget, QAbstractScrollArea):
                shown = widget
            widget = widget.parentWidget()
        self.ensureWidgetVisible(shown, 0, 12)
