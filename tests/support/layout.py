"""Whether texts are shown whole: labels and buttons that got less room than their text needs
(Qt cuts such a text off silently), and line edits whose hint does not fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from intakecompanion.ui.conversation.columns import floor_width


def cut_labels(root: QWidget) -> list[str]:
    """The labels shown in `root` whose text needs more room than they have."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip():
            continue
        needed = label.minimumSizeHint()
        height = label.heightForWidth(label.width()) if label.wordWrap() else needed.height()
        if needed.width() > label.width() + 1 or height > label.height() + 1:
            found.append(
                f"{label.text()[:40]!r} needs {needed.width()}x{height}, "
                f"has {label.width()}x{label.height()}"
            )
    return found


def painted_font(widget: QWidget) -> QFont:
    """The font the application stylesheet paints `widget`'s text in: that of a twin freshly
    polished in its place (the same Qt class, name, properties and parent). A button measures
    its size hint in its own font() but the stylesheet paints its label in its rule's font: if
    the widget kept an older font than its rule's (bold lost when the zoom changed), its text
    is painted wider than the room it asked for."""
    parent = widget.parentWidget()
    if parent is None or widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return widget.font()
    qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
    twin = qt_class(parent)
    try:
        twin.setObjectName(widget.objectName())
        for name in widget.dynamicPropertyNames():
            key = bytes(name.data()).decode()
            try:
                twin.setProperty(key, widget.property(key))
            except RuntimeError:  # a value Python cannot hold is no stylesheet selector
                continue
        twin.ensurePolished()
        return QFont(twin.font())
    finally:
        twin.setParent(None)
        twin.deleteLater()


def text_width(font: QFont, text: str) -> int:
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def button_need(button: QAbstractButton) -> int:
    """The width `button` needs to show its text whole in the font it is painted in."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    more = text_width(painted_font(button), text) - text_width(button.font(), text)
    return button.sizeHint().width() + max(0, more)


def cut_buttons(root: QWidget) -> list[str]:
    """The buttons, check boxes and radio buttons shown in `root` narrower than their text
    (as painted: in the stylesheet's font, see painted_font)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text().strip():
            continue
        need = button_need(button)
        if need > button.width() + 1:
            found.append(f"button {button.text()[:40]!r} needs {need}, has {button.width()}")
    return found


def sideways_scrolling(root: QWidget) -> list[str]:
    """The scrolled pages and forms shown in `root` wider than their room: part of them is out
    of sight until the coach scrolls sideways. (Lists and tables are not counted: a long
    line there ends in "..." and is read whole beside or below them.)"""
    return [
        f"{area.accessibleName() or type(area).__name__} scrolls sideways by "
        f"{area.horizontalScrollBar().maximum()}"
        for area in root.findChildren(QScrollArea)
        if area.isVisibleTo(root) and area.horizontalScrollBar().maximum() > 0
    ]


def placeholder_fits(edit: QLineEdit) -> bool:
    room = edit.width() - 16  # the frame and the text margins on both sides
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room


def squeezed(root: QWidget) -> list[str]:
    """Controls shown in `root` lower than their text needs (a layout with too little room
    squeezes them: radio buttons one over the other, a field a line cut in half), and controls
    that overlap one another."""
    kinds = (QAbstractButton, QLineEdit, QLabel)
    shown = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(root)
        and not any(isinstance(c, kinds) for c in w.findChildren(QWidget))
    ]
    found = [
        f"{type(w).__name__} {described(w)!r} is {w.height()} high, needs "
        f"{w.minimumSizeHint().height()}"
        for w in shown
        if not isinstance(w, QLabel)
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # sized inside them
        and w.height() + 1 < w.minimumSizeHint().height()
    ]
    # What is in sight of each: a control scrolled out of its view stands nowhere.
    places = [
        (w, w.visibleRegion().boundingRect().translated(w.mapTo(root, QPoint(0, 0)))) for w in shown
    ]
    for i, (one, place) in enumerate(places):
        for other, other_place in places[i + 1 :]:
            common = place.intersected(other_place)
            if common.width() > 1 and common.height() > 1 and not one.isAncestorOf(other):
                found.append(f"{described(one)!r} overlaps {described(other)!r}")
    return found


def described(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    return (text or widget.accessibleName() or widget.objectName())[:40]


def text_room(edit: QLineEdit) -> int:
    """The width a line edit shows its text in: its contents less its text margins and the two
    pixels Qt keeps free on each side (QLineEditPrivate::horizontalMargin)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2


def cut_line_edits(edits: list[QLineEdit]) -> list[str]:
    """Of `edits` (fields made to be as wide as what they hold: a date, a time), those shown
    narrower than their text or, while empty, their hint: the start of "25-11-2026" scrolled
    out of sight, a hint cut off with "..."."""
    found = []
    for edit in edits:
        if not edit.isVisible():
            continue
        text = edit.text() or edit.placeholderText()
        need = QFontMetrics(edit.font()).horizontalAdvance(text)
        if text and need > text_room(edit):
            found.append(f"field {text[:40]!r} needs {need}, shows {text_room(edit)}")
    return found


def crowded_columns(root: QWidget) -> list[str]:
    """Columns of a splitter shown in `root` narrower than their floor, or drawn over one
    another: Qt lays out a splitter with less room than its columns' floors that way, and
    cuts off the side of a column that lies under its neighbour (at 150 % display scaling the
    conversation's side panel read "um" for "Datum")."""
    found = []
    for splitter in root.findChildren(QSplitter):
        if not splitter.isVisibleTo(root) or splitter.orientation() != Qt.Orientation.Horizontal:
            continue
        shown = [
            splitter.widget(i)
            for i in range(splitter.count())
            if splitter.widget(i).isVisibleTo(splitter)
        ]
        for column in shown:
            rect = column.geometry()
            if rect.width() + 1 < floor_width(column):
                need = floor_width(column)
                found.append(f"column {described(column)!r} is {rect.width()} wide, needs {need}")
            if rect.left() < 0 or rect.right() > splitter.width():
                found.append(f"column {described(column)!r} lies outside its splitter")
        for one, other in zip(shown, shown[1:], strict=False):
            if one.geometry().intersects(other.geometry()):
                found.append(f"column {described(one)!r} overlaps {described(other)!r}")
        found += [problem for column in shown for problem in stacked_over(column)]
    return found


def stacked_over(column: QWidget) -> list[str]:
    """The parts of a column one under the other drawn over each other: a column with less
    room than its parts' least heights (the phases under "Why? (F1)" at 150 %)."""
    layout = column.layout()
    if layout is None:
        return []
    parts = [layout.itemAt(i).widget() for i in range(layout.count())]
    shown = [part for part in parts if part is not None and part.isVisibleTo(column)]
    return [
        f"{described(one)!r} is drawn over {described(other)!r}"
        for one, other in zip(shown, shown[1:], strict=False)
        if one.geometry().intersects(other.geometry())
    ]
