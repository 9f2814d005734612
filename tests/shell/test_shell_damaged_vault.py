"""A vault damaged where the unlock does not look (a page of the coach's details), found by the
first read after the unlock or by a read while working: the window closes the vault without
writing a byte to it, says in the coach's language what `verify`'s check found, and offers
File > Restore a backup from there. Before, the unlock ended in the generic crash box and the
unlock screen, the damaged vault still open behind it."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from PySide6.QtCore import Qt
from tests.support.demo_vault import PASSPHRASE
from tests.support.keyboard import type_text
from tests.support.shell import (
    all_texts,
    make_window,
    only_visible,
    open_first_conversation,
    unlock,
)
from tests.support.vault_files import snapshot

from intakecompanion.paths import AppPaths
from intakecompanion.ui.dialogs.restore_dialog import RestoreDialog
from intakecompanion.ui.gate.damaged_page import DamagedPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.shared.crash import CrashHook
from intakecompanion.vault import files, store
from intakecompanion.vault.engine import is_damage_error
from intakecompanion.vault.keys import KdfParams

NOTE = "Zoë belt morgen de huisbaas over de waarborg."


def root_page(path: Path, table: str) -> int:
    with store.unlock(path, PASSPHRASE) as vault:
        return int(
            vault.db.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", [table]
            ).fetchone()[0]
        )


def damage_page(path: Path, page: int) -> None:
    """8 bytes overwritten in the middle of `page` (1-based), as a bad sector would."""
    data = bytearray(path.read_bytes())
    offset = (page - 1) * files.PAGE_SIZE + 2000
    data[offset : offset + 8] = bytes(b ^ 0x5A for b in data[offset : offset + 8])
    path.write_bytes(bytes(data))


def test_a_vault_damaged_past_its_first_page_is_told_in_dutch_and_left_untouched(  # type: ignore[no-untyped-def]
    qtbot, dutch: None, seeded: Path, app_paths: AppPaths, fast_kdf: KdfParams
) -> None:
    page = root_page(seeded, "coach_profile")
    assert page > 1
    damage_page(seeded, page)
    before = snapshot(seeded.parent)
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang="nl")
    unlock_page = window.gate.page
    assert isinstance(unlock_page, UnlockPage)
    type_text(unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.gate.page, DamagedPage), timeout=20000)
    shown = window.gate.page
    assert isinstance(shown, DamagedPage)
    assert shown.title.text() == "De kluis is beschadigd"
    # verify's own words, in Dutch: the page it found, no conclusion naming a command
    assert f"Versleuteling: 1 pagina is beschadigd of veranderd: {page}." in (shown.findings.text())
    assert "intakecompanion restore" not in shown.findings.text()
    assert "btreeInitPage" not in shown.findings.text()  # SQLite's English stays with verify
    assert str(seeded) in shown.it_text.text() and "IT" in shown.it_text.text()
    assert not window.session.is_open and window.workspace is None
    assert snapshot(seeded.parent) == before  # byte for byte, and no -wal or -shm left
    qtbot.mouseClick(shown.restore_button, Qt.MouseButton.LeftButton)
    dialog = only_visible(RestoreDialog)
    assert dialog.target.text() == ""  # a new file: never over the damaged vault
    dialog.close()


def test_damage_met_while_working_closes_the_vault_and_keeps_what_is_typed(  # type: ignore[no-untyped-def]
    qtbot, seeded: Path, app_paths: AppPaths, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    """A read that fails mid-work reaches the crash hook (PySide6 hands it exceptions raised in
    slots); the hook hands damage to the window instead of saying "you can keep working"."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    unlock(qtbot, window)
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_side_tab(0)
    type_text(view.notes.add_note().editor, NOTE)  # the note is made; its text still queued
    vault_bytes = seeded.read_bytes()
    hook = CrashHook(tmp_path / "log")
    hook.on_damage = window.vault_damaged
    error = sqlcipher3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11  # type: ignore[attr-defined]  # SQLITE_CORRUPT, as raised
    hook.handle(type(error), error, None)
    qtbot.waitUntil(lambda: isinstance(window.gate.page, DamagedPage), timeout=20000)
    assert not window.session.is_open and hook.last_log is not None
    assert hook._message is None  # no "you can keep working" box
    assert seeded.read_bytes() == vault_bytes  # not even the commits of the session folded in
    assert window.session.kept_count == 1  # the text typed, in memory for a restored vault
    assert NOTE not in "\n".join(all_texts())


def test_only_sqlites_damage_codes_count_as_damage() -> None:
    for code, damage in ((11, True), (26, True), (13, False), (1, False)):
        error = sqlcipher3.DatabaseError("x")
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        assert is_damage_error(error) is damage
        assert is_damage_error(RuntimeError("wrapped").with_traceback(None)) is False
