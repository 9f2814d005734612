"""What the passphrase and recovery-key pages share: one secret typed, then the vault opening
off the UI thread with a busy bar and a calm message beside the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.shared.widgets import BusyStatus


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
        field.textEdited.connect(lambda _text: self.status.clear_message())

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
