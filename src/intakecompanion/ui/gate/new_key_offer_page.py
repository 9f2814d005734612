"""After an unlock: the recovery key shown last time was never confirmed (a lock came first),
so offer to make a new one straight away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.shared.widgets import BusyStatus


class NewKeyOfferPage(CardPage):
    make_requested = Signal()
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Make a new recovery key?"), parent)
        self.add_text(
            self.tr(
                "The program was locked while your recovery key was on the screen, before you "
                "confirmed that you kept it. To be sure you have a recovery key that works, make "
                "a new one now, then print or save it. The old one then no longer opens this "
                "vault."
            )
        )
        self.later_button = QPushButton(self.tr("&Not now"), self)
        self.later_button.setAccessibleName(self.tr("Not now: ask again at the next unlock"))
        self.make_button = QPushButton(self.tr("&Make a new recovery key"), self)
        self.make_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.make_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.later_button)
        row.addStretch(1)
        row.addWidget(self.make_button)
        self.column.addLayout(row)
        self.status = BusyStatus(
            self,
            self.tr("Making a new recovery key"),
            busy_text=self.tr("Making a new recovery key; this can take a little while..."),
            message_name=self.tr("Message"),
        )
        self.status.controls = (self.make_button, self.later_button)
        self.status.add_to(self.column)
        self.setTabOrder(self.make_button, self.later_button)
        self.make_button.clicked.connect(self.make_requested)
        self.later_button.clicked.connect(self.skipped)

    def focus(self) -> None:
        self.make_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)

    def show_error(self, text: str) -> None:
        self.status.show_message(text)
