"""Open the vault with the recovery key (13 groups of 5 characters from the printed copy)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from intakecompanion.ui.gate.secret_entry import SecretEntryPage
from intakecompanion.ui.shared.fit import fixed_pitch


class RecoverPage(SecretEntryPage):
    recover_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open with the recovery key"), parent)
        self.add_text(
            self.tr(
                "Type the recovery key you printed or saved when you made the vault. Dashes, "
                "spaces and small letters do not matter. Afterwards you can choose a new "
                "passphrase."
            )
        )
        self.key = QLineEdit(self)
        self.key.setFont(fixed_pitch())
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-...")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.column.addWidget(self.key)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open with the recovery key"))
        self.open_button.setDefault(True)
        self.back = QPushButton(self.tr("Back to the passphrase"), self)
        self.back.setProperty("role", "link")
        self.back.setAccessibleName(self.tr("Back to the passphrase"))
        row = QHBoxLayout()  # as Tab walks it: the action, then the way back
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.back)
        self.column.addLayout(row)
        self._add_status()
        self.setTabOrder(self.key, self.open_button)
        self.setTabOrder(self.open_button, self.back)
        self.back.clicked.connect(self.back_requested)
        self._finish(
            self.key,
            (self.open_button,),
            (self.back,),
            self.tr("Type the recovery key first."),
            self.recover_requested.emit,
            spaces_count=False,
            caps_lock_matters=False,
        )

    def _fit_key_font(self) -> None:
        """Fixed-pitch, at the page's size (the system's fixed font kept its own size and
        ignored the zoom)."""
        self.key.setFont(fixed_pitch().resolve(self.font()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_key_font()
