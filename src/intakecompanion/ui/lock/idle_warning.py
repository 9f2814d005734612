"""The countdown before the idle lock: a band over the top of the window, large enough to see
from across the table. It holds no client text, so the client may read it too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.widgets import PlainLabel

_MARGIN = 16
_WIDTH = 560


class IdleWarning(QFrame):
    """Shown by `show_seconds` during the countdown, hidden by `hide` when input cancels it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the field being typed in
        self.headline = PlainLabel("", self)
        self.headline.setProperty("role", "idle-countdown")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setWordWrap(True)
        self.hint = PlainLabel(self.tr("Press any key or move the mouse to keep working."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        self.setAccessibleName(self.tr("Lock warning"))
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        text = self.tr("The program locks in %n second(s).", "", seconds)
        self.headline.setText(text)
        self.setAccessibleDescription(text)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(scaled(_WIDTH, self), max(0, parent.width() - 2 * _MARGIN))
        self.setFixedWidth(width)
        layout = self.layout()
        # As high as its wrapped lines need at that width (adjustSize left a large zoom's
        # second line of the countdown cut off).
        self.setFixedHeight(
            layout.totalHeightForWidth(width) if layout else self.sizeHint().height()
        )
        self.move((parent.width() - width) // 2, _MARGIN * 3)
