"""What a screen answers to with Alt: the &-letters of its visible buttons, labels with a
buddy, tabs and group boxes, and of the menu bar above it; and the order Tab walks it in."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

__all__ = ["accelerators", "clashes", "focus_walk", "inputs_in_reading_order"]


def _letter(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    if key.isEmpty():
        return None
    return key.toString(QKeySequence.SequenceFormat.PortableText).removeprefix("Alt+").upper()


def accelerators(screen: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that claim it on `screen` as it is shown now."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        letter = _letter(text)
        if letter is not None:
            claims[letter].append(text)

    window = screen.window()
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible():
                claim(action.text())
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    claim(widget.tabText(index))
    return dict(claims)


def clashes(screen: QWidget) -> dict[str, list[str]]:
    """The letters claimed more than once on `screen` (Qt then cycles or does nothing)."""
    return {letter: texts for letter, texts in accelerators(screen).items() if len(texts) > 1}


INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)


def inputs_in_reading_order(screen: QWidget) -> list[QWidget]:
    """The enabled, visible controls of `screen` that Tab stops at, top to bottom, then left
    to right (by where they stand on the screen). Of a group of radio buttons Tab stops at
    the chosen one only, or at its first where none is chosen yet (the arrow keys move within
    the group)."""
    found = []
    groups_seen: set[int] = set()
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin or combo box is the box itself
        if isinstance(widget, QRadioButton):
            group = widget.group()
            key = id(group) if group is not None else id(widget.parentWidget())
            unchosen = group is not None and group.checkedButton() is None
            stop = widget is group.buttons()[0] if unchosen else widget.isChecked()
            if not stop or key in groups_seen:
                continue
            groups_seen.add(key)
        found.append(widget)
    return _reading_order(found, screen)


def _reading_order(widgets: list[QWidget], screen: QWidget) -> list[QWidget]:
    """Lines first (controls whose heights overlap stand on one line), then left to right."""
    boxes = {w: QRect(w.mapTo(screen, QPoint(0, 0)), w.size()) for w in widgets}
    lines: list[list[QWidget]] = []
    bottom = -1
    for widget in sorted(widgets, key=lambda w: boxes[w].top()):
        box = boxes[widget]
        if lines and box.top() < bottom:
            lines[-1].append(widget)
            bottom = min(bottom, box.bottom())
        else:
            lines.append([widget])
            bottom = box.bottom()
    return [w for line in lines for w in sorted(line, key=lambda w: boxes[w].left())]


def focus_walk(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab gives the focus to from `start`, pressing it `steps` times."""
    from PySide6.QtTest import QTest

    start.setFocus(Qt.FocusReason.TabFocusReason)
    walked = [QApplication.focusWidget()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    return walked
