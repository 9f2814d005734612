"""Replacing a file that another program holds open: Windows refuses the rename while a PDF
viewer, an antivirus scan or a backup tool has the target open without letting others delete
it. files.replace_file tries again briefly, then says so (FileInUse); the old file and the new
bytes are never lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.support.windows_files import refused_while_held

from intakecompanion.ui.shared.settings import IDLE_LOCK_MINUTES, Settings
from intakecompanion.vault import files
from intakecompanion.vault.errors import FileInUse, SaveFailed
from intakecompanion.vault.files import (
    copy_private_file,
    key_file_path,
    replace_file,
    write_private_file,
)
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault
from intakecompanion.vault.unlocked import Vault


def test_a_file_held_briefly_is_replaced_after_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "samenvatting.pdf"
    target.write_bytes(b"old")
    waits = refused_while_held(2, monkeypatch)
    write_private_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(waits) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["samenvatting.pdf"]  # no temp file left


def test_a_file_held_open_is_refused_clearly_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.icv.key"
    target.write_bytes(b"the key file as it was")
    waits = refused_while_held(1000, monkeypatch)
    with pytest.raises(FileInUse) as raised:
        write_private_file(target, b"a new key file")
    assert raised.value.path == target
    assert isinstance(raised.value, SaveFailed)  # callers that undo a failed save still do
    assert "open in another program" in str(raised.value)
    assert target.read_bytes() == b"the key file as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["vault.icv.key"]
    assert 0 < sum(waits) <= 3  # it waited a little, not for ever


def test_other_permission_errors_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A POSIX permission error (or any error that is not Windows' 'in use') is no sharing
    question: no waiting, the usual error."""
    waits: list[float] = []
    monkeypatch.setattr(files, "_sleep", waits.append)

    def refuse(source: str | Path, target: str | Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    source = tmp_path / "new"
    source.write_bytes(b"x")
    with pytest.raises(PermissionError):
        replace_file(source, tmp_path / "target")
    assert waits == []


@pytest.mark.skipif(os.name != "nt", reason="Windows' share modes (CreateFileW)")
def test_a_file_held_without_share_delete_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real thing: the target held open as a PDF viewer does (share read, not delete)."""
    from tests.support.windows_files import held_open

    monkeypatch.setattr(files, "_sleep", lambda _seconds: None)
    target = tmp_path / "Émile Peeters samenvatting.pdf"
    target.write_bytes(b"old PDF")
    with held_open(target, share=1):
        with pytest.raises(FileInUse):
            write_private_file(target, b"new PDF")
        assert target.read_bytes() == b"old PDF"
    write_private_file(target, b"new PDF")  # closed in the viewer: it works
    assert target.read_bytes() == b"new PDF"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_vault_copy_held_by_a_scan_is_refused_clearly_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups and restores copy the vault under a temporary name, then rename it: a virus
    scan of that fresh file can hold it on Windows. Waited out briefly, then FileInUse."""
    source = tmp_path / "vault.icv"
    source.write_bytes(b"encrypted pages")
    target = tmp_path / "backup.icv"
    waits = refused_while_held(2, monkeypatch, move="rename")
    copy_private_file(source, target)
    assert target.read_bytes() == b"encrypted pages" and len(waits) == 2
    target.unlink()
    refused_while_held(1000, monkeypatch, move="rename")
    with pytest.raises(FileInUse) as raised:
        copy_private_file(source, target)
    assert raised.value.path == target
    assert [p.name for p in tmp_path.iterdir()] == ["vault.icv"]  # no copy, no temp file


def test_a_migration_copy_held_by_a_scan_is_refused_clearly(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "before-step.icv"
    refused_while_held(1000, monkeypatch, move="rename")
    with pytest.raises(FileInUse) as raised:
        vault.copy_to(target)
    assert raised.value.path == target
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".before-step")]
    assert not target.exists()


def test_an_old_key_file_held_open_is_kept_and_said(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key file without its vault is set aside (renamed) before a new vault is made; held
    open by another program, nothing is made and that key file stays as it was."""
    key_path = key_file_path(vault_path)
    key_path.parent.mkdir(parents=True)
    key_path.write_bytes(b"an orphan key file")
    refused_while_held(1000, monkeypatch, move="rename")
    with pytest.raises(FileInUse) as raised:
        create_vault(vault_path, passphrase, kdf=fast_kdf)
    assert raised.value.path == key_path
    assert [p.name for p in key_path.parent.iterdir()] == [key_path.name]
    assert key_path.read_bytes() == b"an orphan key file"


@pytest.mark.skipif(os.name != "nt", reason="Windows' share modes (CreateFileW)")
def test_a_settings_file_held_without_share_delete_on_windows(tmp_path: Path) -> None:
    """The settings file held open as a sync tool or a virus scan may: the old file stays, the
    values asked for stay in memory for the next save, no temp file is left."""
    from tests.support.windows_files import held_open

    settings = Settings.load(tmp_path / "Émile Peeters" / "settings.json")
    settings.save()
    before = settings.path.read_bytes()
    settings.set(IDLE_LOCK_MINUTES, 15)
    with held_open(settings.path, share=1):
        with pytest.raises(FileInUse):
            settings.save()
        assert settings.path.read_bytes() == before
    assert settings.get(IDLE_LOCK_MINUTES) == 15
    settings.save()  # let go: it works
    assert Settings.load(settings.path).get(IDLE_LOCK_MINUTES) == 15
    assert [p.name for p in settings.path.parent.iterdir()] == ["settings.json"]
