"""What the Vault menu's commands do (menus.py holds the menu): change the passphrase, make a
new recovery key; anonymous counts; hand the open client over to a colleague, take one over.
The dialogs are parented to the workspace, so a lock closes them (and the key or transfer code
they show) with everything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

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
        workspace.ask_handover(client_id)

    def take_over_client(self) -> None:
        workspace, casebook = self._workspace(), self._session.casebook
        if workspace is None or casebook is None:
            return
        from intakecompanion.ui.dialogs.handover_dialogs import TakeOverDialog

        dialog = TakeOverDialog(casebook, workspace)
        dialog.taken_over.connect(workspace.show_client)
        show_dialog(dialog)
