"""Erasing a client says what it does not reach (promise 3, the tour): the backups of the vault
made while the client was in it, and the files this program wrote for the client outside the
vault, where it wrote them; in the dialog before, and in the message after."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.support.shell import unlocked_window

from intakecompanion.domain.model import SheetMedium
from intakecompanion.domain.rows import local_now
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.shared.texts import format_date
from intakecompanion.vault.backup import backup_vault
from intakecompanion.vault.keys import KdfParams

PDF = "/media/stick/verslag-intake.pdf"
COPY = "/media/stick/kopie-dossier-1-2026-12-01.pdf, /media/stick/kopie-dossier-1-2026-12-01.json"


def test_erasing_says_which_backups_still_hold_the_client_and_which_files_stay(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded: Path, fast_kdf: KdfParams, tmp_path: Path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    book = workspace.casebook
    client = book.clients()[0].client
    conversation = book.conversations(client.id)[0]
    book.record_handed_sheet(conversation.id, "nl", SheetMedium.PDF, "{}", PDF)
    book.record_handed_sheet(conversation.id, "nl", SheetMedium.PRINT, "{}", "Printer gang 2")
    book.record_copy(client.id, COPY)
    for name in ("a.icvbackup", "b.icvbackup"):
        backup_vault(book.vault, tmp_path / name, with_key_file=False)
    in_a_minute = local_now() + timedelta(minutes=1)
    monkeypatch.setattr(book, "_clock", lambda: in_a_minute)
    later = book.add_client("Ilse Later")  # after the backups: none holds her

    dialog = DeleteClientDialog(book, client.id)
    qtbot.addWidget(dialog)
    said = dialog.outside.text()
    today = format_date(date.today())
    assert f"Backups of the vault made while this client was in it: 2, the last on {today}." in said
    assert f"\u2022 {PDF}" in said and f"\u2022 {COPY}" in said
    assert "Printer gang 2" not in said and str(tmp_path) not in said  # paper; no backup paths
    fresh = DeleteClientDialog(book, later.id)
    qtbot.addWidget(fresh)
    assert fresh.outside.text() == (
        "This program made no backup of the vault while this client was in it."
    )

    workspace._erase(client.id)  # the coach confirmed the erasure

    message = workspace.message.text()
    assert message.startswith("The client and all their records have been erased.")
    assert "Backups of the vault made while this client was in it: 2," in message
    assert PDF in message and COPY in message
