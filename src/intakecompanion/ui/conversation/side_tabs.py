"""The notes-and-agreements tabs, each panel made when its tab is first shown (or asked for):
a conversation opens with the notes only, not the steps, consents and appointment panels
(half of its widgets, measured; issue 18)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

Build = Callable[[QWidget], QWidget]  # makes the panel inside the given parent


class SideTabs(QTabWidget):
    panel_made = Signal(int)  # the tab whose panel was just made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The tabs' own page stack: a panel made inside it is not moved (and restyled) again.
        stack = self.findChild(QStackedWidget)
        assert stack is not None
        self.stack: QWidget = stack
        self._builds: list[Build | None] = []
        self.currentChanged.connect(lambda index: index >= 0 and self.panel(index))

    def add_made(self, panel: QWidget, title: str) -> None:
        """A tab whose panel is made already (inside `stack`)."""
        self._builds.append(None)
        self.addTab(panel, title)

    def add_panel(self, title: str, build: Build) -> None:
        """A tab whose panel `build` makes on first use; until then a stand-in."""
        self._builds.append(build)
        self.addTab(QWidget(self.stack), title)

    def is_made(self, index: int) -> bool:
        return self._builds[index] is None

    def panel(self, index: int) -> QWidget:
        """The tab's panel, made now in place of its stand-in if need be."""
        build = self._builds[index]
        stand_in = self.widget(index)
        assert stand_in is not None
        if build is None:
            return stand_in
        self._builds[index] = None
        title, current = self.tabText(index), self.currentIndex()
        made = build(self.stack)
        blocked = self.blockSignals(True)  # the same tab stays current: no change to report
        self.removeTab(index)
        self.insertTab(index, made, title)
        self.setCurrentIndex(current)
        self.blockSignals(blocked)
        stand_in.deleteLater()
        self.panel_made.emit(index)
        return made
