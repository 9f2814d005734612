"""The vault, its key file, a backup and the summary PDF in the folders a coach really has:
a user name with accents and a space (`C:\\Users\\Émile Peeters` on Windows) and a folder
deeper than Windows' old 260-character limit (on Windows that needs LongPathsEnabled, which
the bundle's manifest is ready for: longPathAware). Runs on Linux and under Wine alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.support.wine import running_under_wine

from intakecompanion.selfcheck import PASSPHRASE, SelfCheck
from intakecompanion.vault.backup import backup_vault
from intakecompanion.vault.files import key_file_path
from intakecompanion.vault.store import unlock

DEEP_FOLDER = "een map met een lange naam, één van vele"


def _folder(tmp_path: Path, long: bool) -> Path:
    folder = tmp_path / "Users" / "Émile Peeters" / "AppData" / "Local" / "IntakeCompanion"
    while long and len(str(folder)) <= 300:
        folder = folder / DEEP_FOLDER
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize("long", [False, True], ids=["accents-and-spaces", "longer-than-260"])
def test_vault_key_file_backup_and_pdf_in_an_odd_folder(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    long: bool,
) -> None:
    folder = _folder(tmp_path, long)
    check = SelfCheck(folder, "nl")  # its steps: make, unlock, write, read back, render, check
    try:
        for step in (check.vault_create, check.vault_unlock, check.conversation):
            step()
        check.read_back()
        check.render()
        check.pdf()
        assert key_file_path(check.vault_path).is_file()
        if long and running_under_wine():
            pytest.skip(
                "Wine limit: GetFinalPathNameByHandleW answers ERROR_MORE_DATA beyond 260"
                " characters (Path.resolve, which the backup uses); Windows gives the length"
            )
        backup = backup_vault(check.vault, folder / "reservekopie van Émile.icvbackup")
        assert backup.report.ok
        assert backup.key_file is not None and backup.key_file.is_file()
    finally:
        check.close()
    reopened = unlock(backup.path, PASSPHRASE)
    reopened.close()
    assert (folder / "zelftest.pdf").read_bytes().startswith(b"%PDF-")
