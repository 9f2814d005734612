"""What the passphrase and recovery-key pages share: one secret typed, then the vault opening
off the UI thread with a busy bar and a calm message beside the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.shared.widgets import BusyStatus

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


def caps_lock_from(event: QKeyEvent) -> bool | None:
    """Whether Caps Lock is on, as a typed letter tells (no portable way to ask the keyboard):
    a capital without Shift, or a small letter with it. None for a key that is no letter."""
    typed = event.text()
    if len(typed) != 1 or typed.upper() == typed.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return typed.isupper() != shift


class _CapsLockWatch(QObject):
    """Remembers what the last letter typed in the field said about Caps Lock."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress:
            from PySide6.QtGui import QKeyEvent  # once a key is typed: not before the first paint

            told = caps_lock_from(event) if isinstance(event, QKeyEvent) else None
            if told is not None:
                self.on = told
        return False


class SecretEntryPage(CardPage):
    """Subclasses add their field and buttons, `_add_status()` where the busy bar and the
    message belong (the only place they are made), then call `_finish(...)`."""

    def _add_status(self) -> None:
        self.status = BusyStatus(
            self,
            self.tr("Opening the vault"),
            busy_text=self.tr("Opening the vault..."),
            message_name=self.tr("Message"),
        )
        self.status.add_to(self.column)

    def _finish(
        self,
        field: QLineEdit,
        submit_buttons: tuple[QPushButton, ...],
        others: tuple[QWidget, ...],
        empty_hint: str,
        entered: Callable[[str], None],
        *,
        spaces_count: bool = True,
        caps_lock_matters: bool = True,
    ) -> None:
        """`entered(text)` gets what was typed; `empty_hint` answers an empty submit (blank
        when only spaces were typed, unless `spaces_count`)."""
        self._field = field
        self._empty_hint = empty_hint
        self._entered = entered
        self._spaces_count = spaces_count
        self.status.controls = (field, *submit_buttons, *others)
        field.returnPressed.connect(self._submit)
        for button in submit_buttons:
            button.clicked.connect(self._submit)
        # A passphrase typed with Caps Lock on is the most common "wrong passphrase": said
        # while typing, in place of the last message (typing clears it anyway).
        self._caps_lock = _CapsLockWatch(field)
        if caps_lock_matters:  # not for a recovery key: it is typed in capitals or not
            field.installEventFilter(self._caps_lock)
        field.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        if self._caps_lock.on:
            self.status.show_message(self.tr("Caps Lock is on."), "warning")
        else:
            self.status.clear_message()

    def focus(self) -> None:
        self._field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)
        if not busy:
            self._field.setFocus()

    def show_error(self, text: str) -> None:
        """Say what went wrong beside the field; the typed text stays."""
        self.status.show_message(text)
        self._field.setFocus()

    def _submit(self) -> None:
        if self.status.busy:
            return
        text = self._field.text()
        if not (text if self._spaces_count else text.strip()):
            self.status.show_message(self._empty_hint, "info")
            return
        self.status.clear_message()
        self._entered(text)
