"""What a screen answers to with Alt: the &-letters of its visible buttons, labels with a
buddy, tabs and group boxes, and of the menu bar above it; and the order Tab walks it in."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
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


INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def inputs_in_reading_order(screen: QWidget) -> list[QWidget]:
    """The enabled, visible controls of `screen` that take the keyboard focus by Tab,
    top to bottom, then left to right (by where they stand on the screen)."""
    found = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin or combo box is the box itself
        found.append(widget)
    return sorted(found, key=lambda w: _reading_position(w, screen))


def _reading_position(widget: QWidget, screen: QWidget) -> tuple[int, int]:
    top_left = widget.mapTo(screen, QPoint(0, 0))
    # Controls on one line whose tops differ by a few pixels (a combo beside a line edit)
    # are on the same line: round to half a line.
    line = max(1, widget.fontMetrics().height() // 2)
    return (top_left.y() + widget.height() // 2) // (line * 2), top_left.x()


def focus_walk(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab gives the focus to from `start`, pressing it `steps` times."""
    from PySide6.QtTest import QTest

    start.setFocus(Qt.FocusReason.TabFocusReason)
    walked = [QApplication.focusWidget()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    return walked
