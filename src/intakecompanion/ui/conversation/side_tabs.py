"""The notes-and-agreements tabs, each panel made when its tab is first shown (or asked for):
a conversation opens with the notes only, not the steps, consents and appointment panels
(half of its widgets, measured; issue 18). Over a lock, the text typed in their date and time
fields that is no date yet, and what is typed and chosen in a form not yet recorded (a consent, an
appointment moved), is told by tab and field name (`unread_texts`, `type_again`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from intakecompanion.ui.shared.date_entry import TypedEntry
from intakecompanion.ui.shared.tab_style import tab_title_style

Build = Callable[[QWidget], QWidget]  # makes the panel inside the given parent
FORM = "form"  # the key part for a panel's form texts over a lock


@runtime_checkable
class HoldsForm(Protocol):
    """A panel with a form nothing saves until it is recorded (a consent, an appointment's move):
    its texts and choices by name."""

    def form_texts(self) -> dict[str, str]: ...

    def type_again(self, texts: dict[str, str]) -> None: ...


# Room for the consent form's three choices on one line in Windows 11's style.
MINIMUM_WIDTH = 390


class SideTabs(QTabWidget):
    panel_made = Signal(int)  # the tab whose panel was just made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The tabs' own page stack: a panel made inside it is not moved (and restyled) again.
        stack = self.findChild(QStackedWidget)
        assert stack is not None
        self.stack: QWidget = stack
        self._builds: list[Build | None] = []
        # Every tab's title in sight, also at a large zoom: the panel is as wide as its tabs
        # rather than hiding some behind scroll arrows.
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setStyle(tab_title_style())  # a tab not chosen keeps its title's accent
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.currentChanged.connect(lambda index: index >= 0 and self.panel(index))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """At least MINIMUM_WIDTH, and as wide as the tab titles in a row."""
        hint = super().minimumSizeHint()
        return QSize(max(MINIMUM_WIDTH, hint.width()), hint.height())

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

    def unread_texts(self) -> dict[str, str]:
        """At a lock: the text of each date or time field that is no value yet (nothing else
        holds it), by tab and field name, for `type_again` after the unlock."""
        texts: dict[str, str] = {}
        for index in range(self.count()):
            if self.is_made(index):
                panel = self.panel(index)
                for entry in panel.findChildren(TypedEntry):
                    text = entry.unread_text()
                    if text is not None and entry.objectName():
                        texts[f"{index}/{entry.objectName()}"] = text
                if isinstance(panel, HoldsForm):  # a form nothing saves until it is recorded
                    form = panel.form_texts()
                    texts.update({f"{index}/{FORM}/{name}": t for name, t in form.items()})
        return texts

    def type_again(self, texts: dict[str, str]) -> None:
        """After an unlock: put back the texts of `unread_texts`, on the tab they were typed in,
        with the cursor in (the last of) them, to go on typing."""
        forms: dict[int, dict[str, str]] = {}
        fields: list[tuple[int, str, str]] = []
        for key, text in texts.items():
            index, name = key.split("/", 1)
            if name.startswith(f"{FORM}/"):
                forms.setdefault(int(index), {})[name.removeprefix(f"{FORM}/")] = text
            else:
                fields.append((int(index), name, text))
        for tab, form in forms.items():
            panel = self.panel(tab)
            if isinstance(panel, HoldsForm):
                panel.type_again(form)
                self.setCurrentIndex(tab)
        for tab, name, text in fields:  # last: the cursor goes into a date field
            entry = self.panel(tab).findChild(TypedEntry, name)
            if entry is not None:
                entry.type_again(text)
                self.setCurrentIndex(tab)
                entry.setFocus()
