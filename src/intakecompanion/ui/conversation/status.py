"""What the coach glances at: the saved state, the failed-save banner, and the elapsed time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from intakecompanion.domain.model import Conversation
from intakecompanion.domain.rows import local_now
from intakecompanion.domain.save_queue import SaveState
from intakecompanion.ui.shared.announce import announce
from intakecompanion.ui.shared.texts import fill, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property

CLOCK_TICK_MS = 15_000
# "Saved" is said to a screen reader once the coach has stopped typing for this long (each
# pause in typing saves; a keystroke within this time is the same burst and says nothing).
SAVED_ANNOUNCE_MS = 1500


class SaveStateLabel(PlainLabel):
    """ "Saved" only once the vault call has returned; "Saving…" while a change waits.

    A screen reader hears it without moving the focus (`announce`): "saved" once after a
    burst of typing, "not saved" at once and urgently every time saving starts to fail.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("saveState")
        self._state = SaveState.SAVED
        self._say_saved = QTimer(self)
        self._say_saved.setSingleShot(True)
        self._say_saved.setInterval(SAVED_ANNOUNCE_MS)
        self._say_saved.timeout.connect(lambda: announce(self, self.tr("Saved")))
        self.show_state(SaveState.SAVED)

    def show_state(self, state: SaveState) -> None:
        if state is SaveState.SAVED and self._state is not SaveState.SAVED:
            self._say_saved.start()
        elif state is not SaveState.SAVED:
            self._say_saved.stop()
        if state is SaveState.FAILED and self._state is not SaveState.FAILED:
            announce(
                self,
                self.tr(
                    "Not saved: saving is not working right now. Your text stays on screen "
                    "and saving is tried again."
                ),
                urgent=True,
            )
        self._state = state
        text = {
            SaveState.SAVED: self.tr("\u2713 Saved"),
            SaveState.PENDING: self.tr("Saving\u2026"),
            SaveState.FAILED: self.tr("\u26a0 Not saved"),
        }[state]
        self.setText(text)
        self.setAccessibleName(fill(self.tr("Save state: %1"), text))
        set_style_property(self, "state", str(state))


class SaveFailedBanner(QFrame):
    """A calm, non-modal bar above the conversation while saving fails; gone after a retry."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveFailedBanner")
        self.setProperty("role", "banner")
        self.message = PlainLabel(parent=self)
        self.message.setWordWrap(True)
        self.message.setText(
            self.tr(
                "Saving is not working right now (is the disk full, or the folder read-only?). "
                "Your text stays on screen and is tried again every few seconds; keep working."
            )
        )
        self.retry_button = QPushButton(self.tr("Try again now"), self)
        self.retry_button.setAccessibleName(self.tr("Try saving again now"))
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self.setAccessibleName(self.message.text())
        self.hide()


class FinishedBanner(QFrame):
    """Above a finished conversation: it is kept as it was; reopening it is one button."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishedBanner")
        self.setProperty("role", "banner")
        self.message = PlainLabel(parent=self)
        self.message.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Reopen to correct"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen this conversation to correct it"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reopen_button)
        self.hide()

    def show_finished(self, ended_at: datetime | None) -> None:
        if ended_at is not None:
            self.message.setText(
                fill(
                    self.tr(
                        "\u2713 This conversation was finished on %1. It is shown as it was "
                        "kept; reopen it to correct something."
                    ),
                    format_datetime(ended_at),
                )
            )
            self.setAccessibleName(self.message.text())
        self.setVisible(ended_at is not None)


class ElapsedClock(PlainLabel):
    """Minutes since the conversation started; a closed conversation shows its length."""

    def __init__(
        self,
        conversation: Conversation,
        clock: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self._conversation = conversation
        self._clock = clock
        self.setObjectName("elapsedClock")
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self.show_conversation(conversation)

    def show_conversation(self, conversation: Conversation) -> None:
        """Runs until the conversation is first finished; then it shows its length, stopped."""
        self._conversation = conversation
        if conversation.ended_at is None:  # a reopened one keeps its length
            self._timer.start()
        else:
            self._timer.stop()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def minutes(self) -> int:
        end = self._conversation.ended_at or self._clock()
        return max(0, int((end - self._conversation.started_at).total_seconds() // 60))

    def refresh(self) -> None:
        """Its length in hours and minutes while it is on the day it started. Left open (or
        finished) on a later day, it says when it started (and finished): 'Duur 47:59' read as
        a conversation of 48 minutes, or of two days spent talking."""
        conversation = self._conversation
        start, end = conversation.started_at, conversation.ended_at or self._clock()
        if start.astimezone().date() != end.astimezone().date():
            began = format_datetime(start)
            if conversation.ended_at is None:
                self._timer.stop()  # nothing on it changes any more
                text = fill(self.tr("Open since %1"), began)
            else:
                text = fill(self.tr("From %1 to %2"), began, format_datetime(end))
            self.setText(text)
            self.setAccessibleName(text)
            self.setToolTip(text)
            return
        hours, minutes = divmod(self.minutes(), 60)
        text = fill(self.tr("Duration %1:%2"), hours, f"{minutes:02d}")
        self.setText(text)
        spoken = fill(self.tr("%1 minutes since the start of the conversation"), self.minutes())
        self.setAccessibleName(spoken)
        self.setToolTip(spoken)
