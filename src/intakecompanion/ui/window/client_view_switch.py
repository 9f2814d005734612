"""F11 in a conversation: the conversation as the client may read it, shown in the workspace's
right side in place of the conversation page, and back (F11 or Esc)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from intakecompanion.ui.conversation.client_view import ClientView

if TYPE_CHECKING:
    from intakecompanion.ui.window.workspace import Workspace


class ClientViewSwitch(QObject):
    changed = Signal(bool)  # shown or not: the window hides its menus while it shows

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self.view: ClientView | None = None

    def toggle(self) -> None:
        if self.view is not None:
            self.close()
        elif self._workspace.conversation_page is not None:
            self.open()

    def open(self) -> None:
        workspace = self._workspace
        page = workspace.conversation_page
        if page is None or self.view is not None:
            return
        workspace.flush()  # built from what is on disk, like the sheet
        view = ClientView.of_conversation(workspace.casebook, page.conversation_id, workspace.lang)
        view.closed.connect(self.close)
        self.view = view
        workspace.right.addWidget(view)
        workspace.right.setCurrentWidget(view)
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.changed.emit(True)

    def close(self) -> None:
        view, self.view = self.view, None
        if view is None:
            return
        # Hidden, then destroyed by Qt (never setParent(None): it races the deleteLater).
        right = self._workspace.right
        right.removeWidget(view)
        view.hide()
        view.deleteLater()
        page = self._workspace.conversation_page
        if page is not None:
            right.setCurrentWidget(page)
            page.focus()
        self.changed.emit(False)
