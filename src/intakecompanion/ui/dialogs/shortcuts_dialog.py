"""Help > Keyboard shortcuts: the window's and, when one is open, the conversation's."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.widgets import PlainLabel

Shortcuts = list[tuple[str, str]]


class ShortcutsDialog(QDialog):
    def __init__(
        self, window: Shortcuts, conversation: Shortcuts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Everywhere"), self))
        self.window_table = self._table(window, self.tr("Shortcuts everywhere"))
        layout.addWidget(self.window_table)
        if conversation:
            layout.addWidget(PlainLabel(self.tr("In a conversation"), self))
            self.conversation_table = self._table(
                conversation, self.tr("Shortcuts in a conversation")
            )
            layout.addWidget(self.conversation_table)
        else:
            hint = PlainLabel(
                self.tr("Open a conversation to see its own shortcuts here as well."), self
            )
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Every row at once where the screen allows (the fixed 560x520 showed seven of the
        # window's ten and scrolled the rest away); on a small screen the tables scroll.
        screen = self.screen().availableGeometry().size() * 0.9
        self.setMinimumWidth(scaled(560, self))  # what a key does, whole at a large zoom
        self.resize(self.sizeHint().boundedTo(screen))

    def _table(self, rows: Shortcuts, name: str) -> QTableWidget:
        table = QTableWidget(len(rows), 2, self)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Tab goes on to the next control (the arrows go through the rows): Tab from cell to
        # cell kept a keyboard or screen reader user in the first table.
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (keys, meaning) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(meaning))
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # What a key does wraps where the screen is too narrow (larger text, a large zoom): each
        # row as tall as its wrapped text, rather than one line tall with the rest cut off.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table
