"""Help > About: what the program is and what it promises about the notes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from intakecompanion import __version__
from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Intake Companion"))
        title = PlainLabel(fill(self.tr("Intake Companion %1"), __version__), self)
        title.setProperty("role", "title")
        text = PlainLabel(
            self.tr(
                "A companion for a coach's first conversation with a client. The notes stay in "
                "an encrypted vault on this computer; the program never uses the network. "
                "Free software under the GNU GPL, version 3 or later."
            ),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(scaled(420, self))
