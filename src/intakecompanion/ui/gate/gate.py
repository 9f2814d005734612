"""The locked side of the window: leads from "no vault" or "locked" to an open casebook.

First start: create -> recovery key -> your details. Later: unlock, or recovery key -> new
passphrase. Pages are made when needed and destroyed when left, so the recovery key and
typed passphrases never linger in a hidden widget.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from intakecompanion.ui.gate.card import CardPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.lock.session import VaultSession
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.vault.errors import VaultError

# The other pages are imported when first shown, so the unlock screen appears sooner (bench).


class Gate(QStackedWidget):
    entered = Signal()  # the vault is open and the first-start steps are done
    restore_requested = Signal()  # File > Restore a backup, asked from the damaged-vault page

    def __init__(
        self,
        session: VaultSession,
        demo_passphrase: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._demo_passphrase = demo_passphrase
        # "About you" is asked at most once per unlock (a lock may have cut the first start
        # short, or the coach skipped it); reset whenever a vault is opened or made.
        self._profile_asked = False
        session.created.connect(self._on_created)
        session.opened.connect(self._on_opened)
        session.failed.connect(self._on_failed)
        session.busy_changed.connect(self._on_busy)
        session.passphrase_changed.connect(self._on_passphrase_changed)
        session.recovery_key_replaced.connect(self._on_recovery_key_replaced)
        session.damaged.connect(self._show_damaged)

    @property
    def page(self) -> CardPage | None:
        """The page shown; None while the vault is open (the gate is cleared then, so what the
        Vault menu does to an open vault never reaches a page)."""
        page = self.currentWidget()
        return page if isinstance(page, CardPage) else None

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
        refused = self.session.claim()  # another window on this vault: said before typing
        if refused is not None:
            page.show_error(vault_error_message(refused))

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

    def flush(self) -> bool:
        """Before a lock: write what the current page holds for the vault (your details)."""
        return self.page.flush() if self.page is not None else True

    def _show(self, page: CardPage) -> None:
        self.clear()
        self.addWidget(page)
        self.setCurrentWidget(page)
        page.focus()

    def _on_created(self, recovery_key: str) -> None:
        self._profile_asked = False
        self._show_recovery_key(recovery_key)

    def _show_recovery_key(self, recovery_key: str) -> None:
        """The key, once; "I have kept it" is recorded in the vault, then the details."""
        from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage

        page = RecoveryKeyPage(recovery_key, self)
        page.confirmed.connect(self._key_confirmed)
        self._show(page)

    def _key_confirmed(self) -> None:
        try:
            self.session.confirm_recovery_key()
        except (VaultError, OSError):
            pass  # the disk refuses: the next unlock offers a new key once more, no harm
        self._show_profile()

    def _show_profile(self) -> None:
        """Your details while they are still empty (first start, a first start a lock cut
        short, or skipped before), once per unlock; else straight in."""
        casebook = self.session.casebook
        if casebook is None:
            self.show_start()
            return
        try:
            profile_empty = casebook.profile().is_empty
        except Exception as exc:
            self._close_if_damaged(exc)
            return
        if self._profile_asked or not profile_empty:
            self.entered.emit()
            return
        self._profile_asked = True
        from intakecompanion.ui.profile.page import ProfilePage

        page = ProfilePage(casebook, self)
        page.done.connect(self.entered)
        page.skipped.connect(self.entered)
        self._show(page)

    def _on_opened(self, with_recovery_key: bool) -> None:
        self._profile_asked = False
        if with_recovery_key:
            from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage

            page = NewPassphrasePage(self)
            page.passphrase_chosen.connect(self.session.change_passphrase)
            page.skipped.connect(self._show_profile)
            self._show(page)
            return
        try:
            confirmed = self.session.recovery_key_confirmed
        except Exception as exc:
            self._close_if_damaged(exc)
            return
        if not confirmed:
            self._offer_new_key()
        else:
            self._show_profile()

    def _close_if_damaged(self, error: Exception) -> None:
        """A first read of the vault met damage: close it untouched and say so (`damaged`);
        any other error is a mistake in the program and goes on to the crash hook."""
        from intakecompanion.vault.engine import is_damage_error

        if not is_damage_error(error):
            raise error
        self.session.close_damaged()

    def _show_damaged(self, finding: object) -> None:
        from intakecompanion.ui.gate.damaged_page import DamagedPage

        page = DamagedPage(str(self.session.access.path), finding, self.session.kept_count, self)
        page.restore_requested.connect(self.restore_requested)
        page.back_requested.connect(self.show_unlock)
        self._show(page)

    def _offer_new_key(self) -> None:
        from intakecompanion.ui.gate.new_key_offer_page import NewKeyOfferPage

        page = NewKeyOfferPage(self)
        page.make_requested.connect(self.session.replace_recovery_key)
        page.skipped.connect(self._show_profile)
        self._show(page)

    def _on_passphrase_changed(self) -> None:
        # The demo's passphrase no longer opens the vault: the lock screen stops saying it.
        self._demo_passphrase = None
        if self.page is not None:  # the new-passphrase page's own request
            self._show_profile()

    def _on_recovery_key_replaced(self, recovery_key: str) -> None:
        if self.page is not None:  # the new-key offer's own request
            self._show_recovery_key(recovery_key)

    def _on_failed(self, error: BaseException) -> None:
        if self.page is not None:
            self.page.show_error(vault_error_message(error))

    def _on_busy(self, busy: bool) -> None:
        if self.page is not None:
            self.page.set_busy(busy)
