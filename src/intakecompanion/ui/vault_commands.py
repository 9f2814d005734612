"""The Vault menu: change the passphrase, make a new recovery key. The dialogs are parented to
the workspace, so a lock closes them (and the key one shows) with everything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

from intakecompanion.ui.session import VaultSession
from intakecompanion.ui.widgets import show_dialog

if TYPE_CHECKING:
    from intakecompanion.ui.workspace import Workspace


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
        self.actions = (self.passphrase_action, self.recovery_key_action)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.recovery_key_action.triggered.connect(self.new_recovery_key)

    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Vault"))
        for action in self.actions:
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
