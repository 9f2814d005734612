"""Helpers for the conversation-view tests: a failing casebook, typing accented text, a view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.conversation import ConversationView
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.vault.errors import SaveFailed


class FailingCasebook(Casebook):
    """A real casebook whose writes fail like a full disk while `failing` is set."""

    failing = False
    attempts = 0
    error: BaseException = SaveFailed()  # what the vault raises for disk full / read-only

    def _transaction(self):
        if self.failing:
            self.attempts += 1
            raise self.error
        return super()._transaction()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (any characters: qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def open_view(qtbot, casebook: Casebook, conversation_id: int, **kwargs) -> ConversationView:
    """A shown, active view at laptop size, with fast retries unless a saver is given."""
    kwargs.setdefault("saver", AutoSaver(retry_ms=50))
    view = ConversationView(casebook, conversation_id, kwargs.pop("language", "nl"), **kwargs)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view
