"""The locked side of the window: leads from "no vault" or "locked" to an open casebook.

First start: create -> recovery key -> your details. Later: unlock, or recovery key -> new
passphrase. Pages are made when needed and destroyed when left, so the recovery key and
typed passphrases never linger in a hidden widget.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from intakecompanion.ui.gate.messages import vault_error_message
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.session import VaultSession

# The other pages are imported when first shown, so the unlock screen appears sooner (bench).


class Gate(QStackedWidget):
    entered = Signal()  # the vault is open and the first-start steps are done

    def __init__(
        self,
        session: VaultSession,
        demo_passphrase: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._demo_passphrase = demo_passphrase
        session.created.connect(self._on_created)
        session.opened.connect(self._on_opened)
        session.failed.connect(self._on_failed)
        session.busy_changed.connect(self._on_busy)
        session.passphrase_changed.connect(self.entered)

    @property
    def page(self) -> QWidget | None:
        return self.currentWidget()

    def show_start(self) -> None:
        """The unlock page, or the welcome page when there is no vault yet."""
        if self.session.vault_exists():
            self.show_unlock()
        else:
            from intakecompanion.ui.gate.create_page import CreateVaultPage

            page = CreateVaultPage(self)
            page.create_requested.connect(self.session.create)
            self._show(page)

    def show_unlock(self) -> None:
        page = UnlockPage(self._demo_passphrase, self)
        page.unlock_requested.connect(self.session.unlock)
        page.forgot_requested.connect(self.show_recover)
        self._show(page)

    def show_recover(self) -> None:
        from intakecompanion.ui.gate.recover_page import RecoverPage

        page = RecoverPage(self)
        page.recover_requested.connect(self.session.recover)
        page.back_requested.connect(self.show_unlock)
        self._show(page)

    def clear(self) -> None:
        """Destroy every page (on lock): nothing typed or shown stays in memory as a widget."""
        while self.count():
            page = self.widget(0)
            if page is None:
                break
            self.removeWidget(page)
            page.deleteLater()

    def _show(self, page: QWidget) -> None:
        self.clear()
        self.addWidget(page)
        self.setCurrentWidget(page)
        focus = getattr(page, "focus", None)
        if callable(focus):
            focus()

    def _on_created(self, recovery_key: str) -> None:
        from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage

        page = RecoveryKeyPage(recovery_key, self)
        page.confirmed.connect(self._show_profile)
        self._show(page)

    def _show_profile(self) -> None:
        casebook = self.session.casebook
        if casebook is None:
            self.show_start()
            return
        from intakecompanion.ui.gate.profile_page import ProfilePage

        page = ProfilePage(casebook, self)
        page.done.connect(self.entered)
        self._show(page)

    def _on_opened(self) -> None:
        if self.session.opened_with_recovery_key:
            from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage

            page = NewPassphrasePage(self)
            page.passphrase_chosen.connect(self.session.change_passphrase)
            page.skipped.connect(self.entered)
            self._show(page)
        else:
            self.entered.emit()

    def _on_failed(self, error: BaseException) -> None:
        show_error = getattr(self.page, "show_error", None)
        if callable(show_error):
            show_error(vault_error_message(error))

    def _on_busy(self, busy: bool) -> None:
        set_busy = getattr(self.page, "set_busy", None)
        if callable(set_busy):
            set_busy(busy)
