"""One client: the history of conversations (open a past one, start a follow-up), the language
of the client's papers, and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation, ConversationKind, SheetMedium
from intakecompanion.summary.handed import outdated
from intakecompanion.ui.clients.file_panel import FilePanel
from intakecompanion.ui.clients.standing import StandingPanel
from intakecompanion.ui.shared.choice_box import ChoiceBox
from intakecompanion.ui.shared.fit import FlowRow, wrap_lines
from intakecompanion.ui.shared.texts import PAPER_LANGUAGES, fill, format_date
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel
from intakecompanion.vault.errors import VaultError

CONVERSATION_ID_ROLE = Qt.ItemDataRole.UserRole


class ClientPanel(QWidget):
    open_conversation = Signal(int)  # conversation id
    start_follow_up = Signal(int)  # client id
    start_intake = Signal(int)  # client id (a client without an intake yet)
    delete_requested = Signal(int)  # client id
    summary_requested = Signal(int)  # conversation id
    copy_requested = Signal(int)  # client id
    handover_requested = Signal(int)  # client id
    archive_requested = Signal(int)  # client id

    def __init__(self, casebook: Casebook, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self.client_id = client_id
        self._has_intake = False
        client = casebook.client(client_id)
        self.heading = PlainLabel(client.name, self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Client"))
        self.standing = StandingPanel(casebook, client_id, self)
        # The default language of every sheet and copy for this client; a new sheet printed
        # in another language changes it too.
        language_label = PlainLabel(self.tr("&Language of the client's papers"), self)
        self.language = ChoiceBox(self)
        self.language.addItem(self.tr("Not chosen yet: the program's language"), "")
        for code, name in PAPER_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the client's sheet and copy"))
        language_label.setBuddy(self.language)
        history_label = PlainLabel(self.tr("Conve&rsations"), self)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Conversations"))
        wrap_lines(self.history)  # a long line wraps rather than scrolling sideways
        history_label.setBuddy(self.history)
        self.open_button = QPushButton(self.tr("&Open conversation"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen conversation"))
        self.follow_up_button = QPushButton(self.tr("Start follo&w-up"), self)
        self.follow_up_button.setAccessibleName(self.tr("Start a follow-up conversation"))
        self.summary_button = QPushButton(self.tr("&Sheet again..."), self)
        self.summary_button.setAccessibleName(
            self.tr("Print or save the sheet of the chosen conversation again")
        )
        self.delete_button = QPushButton(self.tr("&Delete client..."), self)
        self.delete_button.setAccessibleName(self.tr("Delete this client and all their records"))
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.file = FilePanel(casebook, client_id, self)
        self.file.copy_requested.connect(self.copy_requested)
        self.file.handover_requested.connect(self.handover_requested)
        self.file.archive_requested.connect(self.archive_requested)
        self.file.pseudonym.toggled.connect(lambda _on: self._show_name())

        # The page scrolls up and down where a large zoom makes it taller than the window.
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        # Side by side, or one under the other where they do not fit.
        language_row = FlowRow(body)
        language_row.add(language_label)
        language_row.add(self.language, 0, Qt.AlignmentFlag.AlignLeft)
        language_row.box.addStretch(1)
        layout.addWidget(language_row)
        layout.addWidget(self.standing)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        buttons = FlowRow(body)
        for button in (self.open_button, self.follow_up_button, self.summary_button):
            buttons.add(button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.box.addStretch(1)
        buttons.add(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        layout.addWidget(self.file)
        layout.addWidget(self.message)
        scroll.setWidget(body)
        # As the page reads: the language, a step ticked off, how the last appointment went,
        # the conversations.
        outcome, ticks = self.standing.outcome, self.standing.step_ticks
        self.setTabOrder(self.language, ticks.tick)
        self.setTabOrder(ticks.tick, ticks.undo)
        self.setTabOrder(ticks.undo, outcome.record)
        self.setTabOrder(outcome.record, outcome.plan)
        self.setTabOrder(outcome.plan, outcome.undo)
        self.setTabOrder(outcome.undo, self.history)
        self.setTabOrder(self.history, self.open_button)
        self.setTabOrder(self.open_button, self.follow_up_button)
        self.setTabOrder(self.follow_up_button, self.summary_button)
        self.setTabOrder(self.summary_button, self.delete_button)

        self.language.chosen.connect(self._language_chosen)
        outcome.changed.connect(self.reload)  # the history's sheets may be out of date now
        ticks.changed.connect(self.reload)
        outcome.kept_requested.connect(lambda _client_id: self.follow_up())
        outcome.conversation_requested.connect(self.open_conversation)
        self.history.itemActivated.connect(self._open_item)
        self.open_button.clicked.connect(self._open_current)
        self.follow_up_button.clicked.connect(self.follow_up)
        self.summary_button.clicked.connect(self._summary)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.client_id))
        self.reload()

    def focus(self) -> None:
        self.history.setFocus()

    def reload(self) -> None:
        conversations = self._casebook.conversations(self.client_id)
        self.history.clear()
        for conversation in conversations:
            item = QListWidgetItem(self._describe(conversation))
            item.setData(CONVERSATION_ID_ROLE, conversation.id)
            self.history.addItem(item)
        if conversations:
            self.history.setCurrentRow(0)
        self._has_intake = any(c.kind is ConversationKind.INTAKE for c in conversations)
        self.follow_up_button.setText(
            self.tr("Start follo&w-up") if self._has_intake else self.tr("Start &intake")
        )
        self.open_button.setEnabled(bool(conversations))
        self.summary_button.setEnabled(bool(conversations))
        self._show_language()
        self.standing.reload()
        self.file.reload()
        self._show_name()

    def _show_name(self) -> None:
        client = self._casebook.client(self.client_id)
        self.heading.setText(
            fill(self.tr("%1 (pseudonym)"), client.name) if client.pseudonym else client.name
        )

    def _show_language(self) -> None:
        language = self._casebook.client(self.client_id).language
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def _language_chosen(self) -> None:
        try:
            self._casebook.set_client_language(self.client_id, self.language.currentData())
        except (VaultError, OSError) as error:
            self.message.show_message(vault_error_message(error))
            self._show_language()  # what is stored
            return
        self.message.clear_message()

    def _describe(self, conversation: Conversation) -> str:
        day = format_date(conversation.started_at.date(), long=True)
        kind = (
            self.tr("Intake")
            if conversation.kind is ConversationKind.INTAKE
            else self.tr("Follow-up")
        )
        held_by = conversation.held_by  # taken over: the colleague's conversation, not ours
        if held_by is not None:
            who = held_by.name or self.tr("a previous coach")
            if held_by.organisation:
                who = fill(self.tr("%1 (%2)"), who, held_by.organisation)
            kind = fill(self.tr("%1 with %2"), kind, who)
        if not conversation.is_open:
            state = self.tr("finished")
        elif conversation.ended_at is not None:  # finished once, opened again to correct it
            state = self.tr("reopened")
        else:
            state = self.tr("open")
        sheets = self._casebook.handed_sheets(conversation.id)
        if sheets:
            handed = format_date(sheets[-1].handed_at.date())
            if outdated(self._casebook, sheets[-1]) is None:
                # How it left: a PDF saved in a folder was not given to the client (tour9 #8).
                if sheets[-1].medium is SheetMedium.PRINT:
                    state = fill(self.tr("%1, sheet printed on %2"), state, handed)
                else:
                    state = fill(self.tr("%1, sheet saved as PDF on %2"), state, handed)
            else:  # what the client holds no longer says what stands: a new sheet is due
                state = fill(
                    self.tr("%1; the sheet handed over on %2 is out of date"), state, handed
                )
        return fill(self.tr("%1, %2 (%3)"), kind, day, state)

    def selected_conversation(self) -> int | None:
        item = self.history.currentItem()
        return int(item.data(CONVERSATION_ID_ROLE)) if item is not None else None

    def _summary(self) -> None:
        conversation_id = self.selected_conversation()
        if conversation_id is not None:
            self.summary_requested.emit(conversation_id)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_conversation.emit(int(item.data(CONVERSATION_ID_ROLE)))

    def _open_current(self) -> None:
        item = self.history.currentItem()
        if item is not None:
            self._open_item(item)

    def follow_up(self) -> None:
        if self._has_intake:
            self.start_follow_up.emit(self.client_id)
        else:
            self.start_intake.emit(self.client_id)
