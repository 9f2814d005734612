"""The workspace's start page, with no client open: a message line, the coach's overview of
what needs her this week across clients, and how to begin.

Its texts keep the workspace's translation context ("Workspace"), where they always were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.guide.model import Retention
from intakecompanion.ui.clients.overview import OverviewPanel
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel


class WelcomePage(QWidget):
    def __init__(
        self, casebook: Casebook, retention: Callable[[], Retention | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.text = PlainLabel(
            QCoreApplication.translate(
                "Workspace",
                "Choose a client on the left, or start a new intake with Ctrl+N. "
                "In the overview, Enter opens the client of a line. "
                "Ctrl+F searches, Ctrl+L locks.",
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setProperty("role", "hint")
        self.message = MessageLabel(self)
        self.message.setAccessibleName(QCoreApplication.translate("Workspace", "Message"))
        # The coach's overview: what needs her this week, across clients (no client open).
        self.overview = OverviewPanel(casebook, self, retention=retention)
        layout.addWidget(self.message)
        layout.addWidget(self.overview, 1)
        layout.addWidget(self.text)
