"""A second copy of the program on the same vault (tour9 #1): its unlock page says the vault
is open in another window and opens nothing, for as long as that window holds it (also while
that window's screen is locked); once that window has quit, or its process died, it opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.support.shell import PASSPHRASE, make_window, unlock
from tests.test_vault_claim import _HOLDER

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CoachProfile
from intakecompanion.paths import AppPaths
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.shared.i18n import install_translators, interface_locale
from intakecompanion.vault import store
from intakecompanion.vault.claim import VaultClaim
from intakecompanion.vault.errors import VaultInUse
from intakecompanion.vault.keys import KdfParams

IN_USE = "open in another Intake Companion window"


@pytest.fixture
def existing(shell_vault_path: Path, fast_kdf: KdfParams) -> Path:
    vault, _key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    Casebook(vault).save_profile(CoachProfile(name="Noor Vermeulen"))
    vault.close()
    return shell_vault_path


def message_of(window) -> str:  # type: ignore[no-untyped-def]
    page = window.gate.page
    assert isinstance(page, UnlockPage)
    return page.status.message.text()


def try_unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Unlock typed on the page; refused at once (nothing runs in the background)."""
    page = window.gate.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.failed, timeout=5000):
        page.unlock_button.click()
    assert window.workspace is None and not window.session.busy


def test_a_second_window_is_told_and_opens_only_once_the_first_has_quit(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, existing: Path, fast_kdf: KdfParams
) -> None:
    first = make_window(qtbot, app_paths, existing, fast_kdf)
    unlock(qtbot, first)
    second = make_window(qtbot, app_paths, existing, fast_kdf)
    assert IN_USE in message_of(second)  # said at once, before a passphrase is typed
    try_unlock(qtbot, second)
    assert IN_USE in message_of(second)
    first.lock()  # its screen locked: what it holds for the vault waits there
    try_unlock(qtbot, second)
    assert IN_USE in message_of(second)
    first.close()  # quits: saves, closes the vault, lets it go
    unlock(qtbot, second)  # the retry opens it


def test_the_vault_opens_once_the_other_program_holding_it_died(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, existing: Path, fast_kdf: KdfParams
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(existing), "hold"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "taken"
        window = make_window(qtbot, app_paths, existing, fast_kdf)
        assert IN_USE in message_of(window)
        try_unlock(qtbot, window)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    unlock(qtbot, window)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "open in een ander venster van Intake Companion"), ("fr", "ouvert dans une autre")],
)
def test_the_message_is_translated(  # type: ignore[no-untyped-def]
    qtbot,
    qapp: QApplication,
    compiled_translations: Path,
    app_paths: AppPaths,
    existing: Path,
    fast_kdf: KdfParams,
    lang: str,
    words: str,
) -> None:
    translators = install_translators(qapp, lang, compiled_translations)
    try:
        first = make_window(qtbot, app_paths, existing, fast_kdf, lang=lang)
        first.session.claim()
        second = make_window(qtbot, app_paths, existing, fast_kdf, lang=lang)
        assert words in message_of(second)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QApplication.processEvents()
    interface_locale("en")


def test_turning_to_a_restored_vault_lets_go_of_the_first_and_holds_the_new_one(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, existing: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    restored = tmp_path / "hersteld" / "vault.icv"
    made, _key = store.create_vault(restored, PASSPHRASE, kdf=fast_kdf)
    made.close()
    window = make_window(qtbot, app_paths, existing, fast_kdf)
    unlock(qtbot, window)
    window.open_vault(str(restored))  # File > Restore, "open it now"
    with pytest.raises(VaultInUse):  # the window holds the vault it now shows
        VaultClaim.take(restored)
    VaultClaim.take(existing).release()  # and no longer the one it left
    assert message_of(window) == ""  # its unlock page asks for the restored vault's passphrase
