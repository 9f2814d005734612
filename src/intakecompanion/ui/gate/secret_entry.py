"""What the passphrase and recovery-key pages share: one secret typed, then the vault opening
off the UI thread with a busy bar and a calm message beside the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.shared.widgets import BusyBar, MessageLabel


class SecretEntryPage(CardPage):
    """Subclasses add their field and buttons, `_add_status()` where the busy bar and the
    message belong (the only place they are made), then call `_finish(...)`."""

    def _add_status(self) -> None:
        self.busy = BusyBar(self.tr("Opening the vault"), self)
        self.column.addWidget(self.busy)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.column.addWidget(self.message)

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
        self._controls = (field, *submit_buttons, *others)
        field.returnPressed.connect(self._submit)
        for button in submit_buttons:
            button.clicked.connect(self._submit)
        field.textEdited.connect(lambda _text: self.message.clear_message())

    def focus(self) -> None:
        self._field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.message.show_message(self.tr("Opening the vault..."), "info")
        else:
            self.message.clear_message()
        for widget in self._controls:
            widget.setEnabled(not busy)
        if not busy:
            self._field.setFocus()

    def show_error(self, text: str) -> None:
        """Say what went wrong beside the field; the typed text stays."""
        self.message.show_message(text, "error")
        self._field.setFocus()

    def _submit(self) -> None:
        if self.busy.isVisible():
            return
        text = self._field.text()
        if not (text if self._spaces_count else text.strip()):
            self.message.show_message(self._empty_hint, "info")
            return
        self.message.clear_message()
        self._entered(text)
