"""A write that meets a damaged page of the vault (SQLite's "database disk image is
malformed") is no full disk: the window closes the vault untouched and says it is damaged, as
after a read that met the damage, with the text not saved kept in memory. Before, the
conversation showed the full-disk banner ("is the disk full?") and tried again every 5 s."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from tests.shell.test_shell_damaged_vault import damage_page, root_page
from tests.support.demo_vault import PASSPHRASE
from tests.support.keyboard import type_text
from tests.support.shell import all_texts, make_window, open_first_conversation, unlock

from intakecompanion.paths import AppPaths
from intakecompanion.ui.gate.damaged_page import DamagedPage
from intakecompanion.vault import store
from intakecompanion.vault.errors import SaveFailed
from intakecompanion.vault.keys import KdfParams

FIRST = "Zoë belt morgen de huisbaas"
MORE = " over de waarborg (€ 850)."
FULL_DISK = "is the disk full"


def test_a_write_that_meets_a_damaged_page_closes_the_vault_and_keeps_the_text(  # type: ignore[no-untyped-def]
    qtbot, seeded: Path, app_paths: AppPaths, fast_kdf: KdfParams
) -> None:
    # The page a note's change writes to (the notes whose search index is behind): no read
    # at the unlock or at opening a conversation touches it, the change of a note does.
    damage_page(seeded, root_page(seeded, "notes_fts_behind"))
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    unlock(qtbot, window)
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_side_tab(0)
    editor = view.notes.add_note().editor
    type_text(editor, FIRST)
    assert view.flush()  # the new note: an insert, which does not touch that page
    type_text(editor, MORE)
    assert not view.flush()  # its change meets the damaged page
    assert isinstance(view.saver.last_error, SaveFailed)
    assert view.banner.isHidden()  # no "is the disk full?"
    qtbot.waitUntil(lambda: isinstance(window.gate.page, DamagedPage), timeout=20000)
    assert not window.session.is_open and window.workspace is None
    assert window.session.kept_count == 1  # the change, in memory for a restored vault
    texts = "\n".join(all_texts())
    assert FULL_DISK not in texts and MORE not in texts


def test_the_message_for_a_write_that_met_damage_is_not_the_full_disk() -> None:
    from intakecompanion.ui.shared.vault_messages import vault_error_message

    for code, damage in ((11, True), (26, True), (13, False)):
        cause = sqlcipher3.DatabaseError("x")
        cause.sqlite_errorcode = code  # type: ignore[attr-defined]
        try:
            raise SaveFailed() from cause
        except SaveFailed as error:
            message = vault_error_message(error)
        assert ("damaged" in message) is damage
        assert ("disk may be full" in message) is not damage


def test_only_damage_met_by_a_write_is_told_and_once(seeded: Path) -> None:
    told: list[int] = []
    with store.unlock(seeded, PASSPHRASE) as vault:
        vault.on_damage = lambda: told.append(1)
        for code, expected in ((13, []), (11, [1]), (26, [1])):  # full, corrupt, not a db
            error = sqlcipher3.DatabaseError("injected")
            error.sqlite_errorcode = code  # type: ignore[attr-defined]
            with pytest.raises(SaveFailed), vault.transaction():
                raise error
            assert told == expected
        assert vault.damaged
