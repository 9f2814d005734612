"""The right side while a conversation is open: a way back to the client, and the view itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.conversation.view import ConversationView
from intakecompanion.ui.shared.widgets import MessageLabel


class ConversationPage(QWidget):
    back_requested = Signal()
    show_client_requested = Signal()
    summary_requested = Signal(int)

    def __init__(
        self, casebook: Casebook, conversation_id: int, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self.client_id = casebook.conversation(conversation_id).client_id
        self.back_button = QPushButton(self.tr("\u2190 Back to the client (Ctrl+W)"), self)
        self.back_button.setAccessibleName(self.tr("Back to the client's conversations"))
        self.show_client_button = QPushButton(self.tr("Show the client (F11)"), self)
        self.show_client_button.setAccessibleName(
            self.tr("Show the client what is shared, in large text")
        )
        # Neither is in the Tab chain: each changes the whole screen in front of the client,
        # so each takes a deliberate key (on its label, Ctrl+W also in the Client menu) or a
        # click. In the chain, Tab from the side panel's last field wrapped onto "Back to the
        # client", and the space of the next word typed left the conversation. Tab now goes
        # round the conversation only, in reading order.
        for button in (self.back_button, self.show_client_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Its keys (Ctrl+1 to Ctrl+5...) work from the buttons above it too: with the focus
        # on "Back to the client", Ctrl+5 did nothing and the next space went back.
        self.view = ConversationView(casebook, conversation_id, lang, self, shortcuts_on=self)
        # What the shell tells the coach while a conversation is open (e.g. after an unlock).
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        bar.addWidget(self.back_button)
        bar.addWidget(self.message, 1)
        bar.addStretch(0)
        bar.addWidget(self.show_client_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.show_client_button.clicked.connect(self.show_client_requested)
        self.view.request_summary.connect(self.summary_requested)

    def phase(self) -> int:
        return self.view.current_phase

    def set_phase(self, phase: object) -> None:
        if isinstance(phase, int):
            self.view.show_phase(phase)

    def focus(self) -> None:
        self.view.focus_checklist()

    def flush(self) -> bool:
        return self.view.flush()

    def shortcut_help(self) -> list[tuple[str, str]]:
        return [*self.view.shortcut_help(), ("F11", self.tr("Show the client what is shared"))]

    def unread_texts(self) -> dict[str, str]:
        """At a lock: text in the date fields that is no date yet, by conversation, tab and
        field (kept in memory only, see KeptEdits)."""
        texts = self.view.tabs.unread_texts()
        return {f"{self.conversation_id}/{key}": text for key, text in texts.items()}

    def type_again(self, texts: dict[str, str]) -> None:
        """After an unlock: put back those of `unread_texts` that are this conversation's."""
        prefix = f"{self.conversation_id}/"
        mine = {k.removeprefix(prefix): t for k, t in texts.items() if k.startswith(prefix)}
        if mine:  # in a narrow window, the side tabs where they are typed, in sight
            self.view.columns.show_side()
        self.view.tabs.type_again(mine)
