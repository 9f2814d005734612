"""The Vault menu: change the passphrase, make a new recovery key; anonymous counts; hand the
open client over to a colleague, take one over. The dialogs are parented to the workspace, so a
lock closes them (and the key or transfer code they show) with everything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

from intakecompanion.ui.lock.session import VaultSession
from intakecompanion.ui.shared.widgets import show_dialog

if TYPE_CHECKING:
    from intakecompanion.ui.window.workspace import Workspace


class VaultCommands(QObject):
    def __init__(
        self,
        session: VaultSession,
        workspace: Callable[[], Workspace | None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._workspace = workspace
        self.passphrase_action = QAction(self.tr("Change &passphrase..."), window)
        self.recovery_key_action = QAction(self.tr("New &recovery key..."), window)
        self.counts_action = QAction(self.tr("Anonymous &counts..."), window)
        self.handover_action = QAction(self.tr("&Hand the client over..."), window)
        self.take_over_action = QAction(self.tr("&Take over a client..."), window)
        self.actions = (
            self.passphrase_action,
            self.recovery_key_action,
            self.counts_action,
            self.handover_action,
            self.take_over_action,
        )
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.recovery_key_action.triggered.connect(self.new_recovery_key)
        self.counts_action.triggered.connect(self.show_counts)
        self.handover_action.triggered.connect(self.hand_over_client)
        self.take_over_action.triggered.connect(self.take_over_client)

    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Vault"))
        for index, action in enumerate(self.actions):
            if index in (2, 3):  # keys | counts | handover
                menu.addSeparator()
            menu.addAction(action)

    def change_passphrase(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        from intakecompanion.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog

        show_dialog(ChangePassphraseDialog(self._session, workspace))

    def new_recovery_key(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        workspace.flush()  # what is typed goes in before the re-key
        from intakecompanion.ui.dialogs.recovery_key_dialog import NewRecoveryKeyDialog

        show_dialog(NewRecoveryKeyDialog(self._session, workspace))

    def show_counts(self) -> None:
        workspace, casebook = self._workspace(), self._session.casebook
        if workspace is None or casebook is None:
            return
        from intakecompanion.ui.dialogs.counts_dialog import CountsDialog

        show_dialog(CountsDialog(casebook.vault, workspace))

    def hand_over_client(self) -> None:
        """For the client open on screen; the file written, the erase review is offered."""
        workspace, casebook = self._workspace(), self._session.casebook
        if workspace is None or casebook is None:
            return
        client_id = workspace.location().client_id
        if client_id is None:
            workspace.say(self.tr("Open the client you want to hand over first."))
            return
        workspace.flush()  # what is typed goes into the file
        from intakecompanion.ui.dialogs.handover_dialogs import HandoverDialog

        dialog = HandoverDialog(casebook, client_id, workspace)
        dialog.erase_requested.connect(workspace.ask_delete)
        show_dialog(dialog)

    def take_over_client(self) -> None:
        workspace, casebook = self._workspace(), self._session.casebook
        if workspace is None or casebook is None:
            return
        from intakecompanion.ui.dialogs.handover_dialogs import TakeOverDialog

        dialog = TakeOverDialog(casebook, workspace)
        dialog.taken_over.connect(workspace.show_client)
        show_dialog(dialog)
