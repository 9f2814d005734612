"""Small helpers shared by the panels: state properties, plain-text labels and message boxes,
messages, a busy bar with its message, a dialog's action buttons (texts.py fills placeholders
and writes dates)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the stylesheet selects on (`state`, `itemState`, ...) and re-apply
    the style: Qt does not re-evaluate style sheet selectors when a property changes."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def focus_at_end(widget: QWidget) -> None:
    """Jump into `widget` (Ctrl+2..5) with the cursor after its text and nothing selected.

    Qt selects a line edit's whole text when it gets the focus by a shortcut or Tab; after a
    jump the next key would then replace a stored step or date, and that is saved at once.
    """
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    focused = widget.focusProxy() or widget
    if isinstance(focused, QLineEdit):
        focused.deselect()
        focused.end(False)


def show_dialog(dialog: QDialog) -> None:
    """Show a dialog without blocking the window behind it, and free it when closed.

    Not modal on purpose: Qt ignores the shortcuts of a window blocked by a modal dialog, and
    Ctrl+L (lock) has to work whatever is open.
    """
    dialog.setModal(False)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


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
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)  # takes the text's format
    return box


class MessageLabel(PlainLabel):
    """An inline message (error, info, ok): read by screen readers, never a modal dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setProperty("role", "message")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_message(self, text: str, state: str = "error") -> None:
        set_style_property(self, "state", state)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleDescription("")
        self.setVisible(False)


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
