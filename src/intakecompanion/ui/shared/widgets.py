"""Small helpers shared by the panels: state properties, plain-text labels and message boxes,
messages, a busy bar with its message, a dialog's action buttons (texts.py fills placeholders
and writes dates)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from intakecompanion.ui.shared.announce import announce
from intakecompanion.ui.shared.fit import fit_to_screen
from intakecompanion.ui.shared.texts import fill

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import (
        QBoxLayout,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLayout,
        QMessageBox,
        QPushButton,
    )

# The dialog and message box classes (and QPainter) are imported where they are used: PySide6
# makes a class's enums when the class is first touched (QMessageBox's and QDialogButtonBox's
# are about 60 members, QPainter's 46), and the unlock screen, which imports this module, shows
# none of them before it has painted (goal 1).


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the stylesheet selects on (`state`, `itemState`, ...) and re-apply
    the style: Qt does not re-evaluate style sheet selectors when a property changes.

    A widget not yet polished (being built, not shown yet) only takes the property: Qt polishes
    it when it is first shown, with the property already there (opening a conversation set
    three per note card, each polished twice before the card was ever shown)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # A frame (a label) takes a border or padding that the new state brings only on a style
    # change: without it the border is drawn over the text.
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.update()


def focus_at_end(widget: QWidget) -> None:
    """Jump into `widget` (Ctrl+3, Ctrl+4) with the cursor after its text and nothing selected.

    Qt selects a line edit's whole text when it gets the focus by a shortcut or Tab; after a
    jump the next key would then replace a stored step's text, and that is saved at once.
    """
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    focused = widget.focusProxy() or widget
    if isinstance(focused, QLineEdit):
        focused.deselect()
        focused.end(False)


def focus_selected(widget: QWidget) -> None:
    """Jump into a field that holds a short value the coach types anew, a date (Ctrl+5), with
    its whole text selected, as Tab enters it: what is typed replaces the date. At the end of
    it, "9/12" became "8-12-20269/12". Unlike a step's text (`focus_at_end`), nothing worth
    keeping is lost: the date is spelled out beside the field while it is typed, and text
    that is no date leaves the stored date as it was."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    focused = widget.focusProxy() or widget
    if isinstance(focused, QLineEdit):
        focused.selectAll()


def show_dialog(dialog: QDialog, *, fit: bool = True) -> None:
    """Show a dialog without blocking the window behind it, and free it when closed.

    Not modal on purpose: Qt ignores the shortcuts of a window blocked by a modal dialog, and
    Ctrl+L (lock) has to work whatever is open. `fit=False` for a dialog that sizes itself as
    it shows (Qt's print dialog fills its printer rows then: fitted before, it was too narrow).
    """
    dialog.setModal(False)
    dialog.finished.connect(dialog.deleteLater)
    if fit:
        fit_to_screen(dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


D = TypeVar("D", bound=QWidget)


def bring_forward(parent: QWidget, kind: type[D], name: str = "") -> D | None:
    """The dialog of `kind` (named `name`) that `parent` shows already, brought forward: a
    dialog that is not modal leaves its button clickable again, and one question is enough."""
    # An empty name would match only objects without one (Qt tells "" from no name).
    for shown in parent.findChildren(kind, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if shown.isVisible() and shown.objectName() == (name or shown.objectName()):
            shown.raise_()
            shown.activateWindow()
            return shown
    return None


class PlainLabel(QLabel):
    """The program's only kind of label: it shows its text as written, never as markup.

    Client, guide and user text may hold `<`: in Qt's automatic format a name like
    `<img src=...>` would make Qt read a local file, and nested tables freeze the window. The
    format is set before any text, so no text is ever parsed as markup, not even once.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setBuddy(self, buddy: QWidget) -> None:  # noqa: N802 (Qt API)
        """With a buddy, an `&` in the text underlines the next letter (Alt+letter): the label
        is kept as wide as the text is then drawn, now and whenever the font changes (zoom)."""
        super().setBuddy(buddy)
        if drawn_width(self) is not None:
            self.installEventFilter(_MNEMONIC_ROOM)
            _MNEMONIC_ROOM.make_room(self)


def drawn_width(label: QLabel) -> int | None:
    """How wide a one-line label with a buddy draws its text with the mnemonic letter
    underlined; None for any other label. Qt draws that letter as a run of its own, without
    the kerning between it and its neighbours, while the size hint (and the rectangle the
    text is clipped to) measures the word kerned: the "Te" of "&Telefoon" drew 2 pixels wider
    and the right stem of its "n" was cut off (tour9 #18)."""
    text = label.text()
    at = text.find("&")
    if label.buddy() is None or label.wordWrap() or at < 0 or at + 1 >= len(text):
        return None
    if "&&" in text or "\n" in text:
        return None
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(label.font())
    shown = text[:at] + text[at + 1 :]
    runs = (shown[:at], shown[at], shown[at + 1 :])
    margins = label.contentsMargins()
    drawn = sum(metrics.horizontalAdvance(run) for run in runs)
    # And a pixel for the last letter's ink, which a scaled screen draws past its advance
    # (Windows' fonts at 150 and 200 %, under Wine).
    return math.ceil(drawn) + 1 + margins.left() + margins.right() + 2 * max(0, label.margin())


class _MnemonicRoom(QObject):
    """Keeps a label with an underlined letter as wide as its text is drawn (a least width,
    which its layout gives it), as its font changes."""

    def make_room(self, label: QLabel) -> None:
        label.setMinimumWidth(drawn_width(label) or 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QLabel):
            self.make_room(watched)
        return False


_MNEMONIC_ROOM = _MnemonicRoom()


def add_row(form: QFormLayout, caption: str, field: QWidget | QLayout) -> PlainLabel:
    """A form row captioned by a PlainLabel (a caption given as a string would be a QLabel in
    the automatic format); a field widget becomes the caption's buddy, as with a string."""
    label = PlainLabel(caption, form.parentWidget())
    if isinstance(field, QWidget):
        label.setBuddy(field)
    form.addRow(label, field)
    return label


def action_buttons(
    dialog: QDialog, caption: str, action: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Close, and the dialog's action as its default button (the box, and the action's button)."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    button = buttons.addButton(caption, QDialogButtonBox.ButtonRole.ActionRole)
    button.setDefault(True)
    button.clicked.connect(action)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def plain_message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box whose texts are shown as written (paths and names may hold `<`)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)  # takes the text's format
    return box


# The symbol before a message of each state: its colour is never the only sign of an error.
# A warning (done, but something about it asks for action) has the error's sign, and an amber
# of its own in the stylesheet where an error is red and a note blue.
MESSAGE_MARKS = {"error": "\u26a0", "warning": "\u26a0", "ok": "\u2713", "info": "\u2139"}


class MessageLabel(PlainLabel):
    """An inline message (error, warning, info, ok): read by screen readers, never a modal dialog; a
    screen reader says it when it appears (an error urgently), wherever the focus is.

    The state shows as a symbol before the text (painted, so text() stays the message) and is
    said first to a screen reader ("Error: ..."), besides the stylesheet's colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setProperty("role", "message")
        self.setWordWrap(True)
        self.setVisible(False)
        self._mark = ""

    def show_message(self, text: str, state: str = "error", *, quietly: bool = False) -> None:
        # The same note again (details saved after each pause in typing) is not said again;
        # an error always is. `quietly`: shown as its window opens, it is read with the window
        # rather than said on its own.
        repeated = self.isVisible() and text == self.text() and state == self.property("state")
        set_style_property(self, "state", state)
        self._mark = MESSAGE_MARKS.get(state, "")
        self.setIndent(self._mark_width())
        self.setText(text)
        words = {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "ok": self.tr("Done"),
            "info": self.tr("Note"),
        }
        said = fill(self.tr("%1: %2"), words[state], text) if state in words else text
        self.setAccessibleDescription(said)
        self.setVisible(bool(text))
        if not quietly and (state == "error" or not repeated):
            announce(self, said, urgent=state == "error")

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleDescription("")
        self.setVisible(False)

    def _mark_width(self) -> int:
        if not self._mark:
            return -1
        return self.fontMetrics().horizontalAdvance(self._mark + "  ")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._mark:
            self.setIndent(self._mark_width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self._mark and self.text():
            from PySide6.QtGui import QPainter

            painter = QPainter(self)
            area = self.contentsRect()
            line = self.fontMetrics().height()
            painter.drawText(area.left(), area.top(), area.width(), line, 0, self._mark)
            painter.end()


class BusyBar(QProgressBar):
    """An indeterminate bar shown while a key is derived."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.setAccessibleName(accessible_name)
        self.setVisible(False)


class BusyStatus:
    """The busy bar and the message under it, for a page or dialog that waits for a worker (a
    key derived, a backup written): while busy the bar shows, a calm `busy_text` (if any) says
    why, and `controls` are off; afterwards the message is free for how it went."""

    def __init__(
        self,
        parent: QWidget,
        busy_name: str,
        *,
        busy_text: str = "",
        message_name: str = "",
    ) -> None:
        self.bar = BusyBar(busy_name, parent)
        self.message = MessageLabel(parent)
        if message_name:
            self.message.setAccessibleName(message_name)
        self.busy_text = busy_text
        self.controls: tuple[QWidget, ...] = ()
        self._busy = False

    def add_to(self, layout: QBoxLayout) -> None:
        layout.addWidget(self.bar)
        layout.addWidget(self.message)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.bar.setVisible(busy)
        if busy and self.busy_text:
            self.message.show_message(self.busy_text, "info")
        else:
            self.message.clear_message()
        for widget in self.controls:
            widget.setEnabled(not busy)

    def show_message(self, text: str, state: str = "error") -> None:
        self.message.show_message(text, state)

    def clear_message(self) -> None:
        self.message.clear_message()
