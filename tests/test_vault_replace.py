"""Replacing a file that another program holds open: Windows refuses the rename while a PDF
viewer, an antivirus scan or a backup tool has the target open without letting others delete
it. files.replace_file tries again briefly, then says so (FileInUse); the old file and the new
bytes are never lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intakecompanion.vault import files
from intakecompanion.vault.errors import FileInUse, SaveFailed
from intakecompanion.vault.files import replace_file, write_private_file


def _in_use_error() -> PermissionError:
    """What os.replace raises on Windows over a file held open (ERROR_SHARING_VIOLATION)."""
    error = PermissionError(13, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]  (set by Windows' os on its own errors)
    return error


def _replace_refused(times: int, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """os.replace fails `times` times as on Windows over a held file, then works; returns the
    list the waits between attempts are recorded in (nothing really sleeps)."""
    real_replace = os.replace
    refusals = [times]
    waits: list[float] = []

    def replace(source: str | Path, target: str | Path) -> None:
        if refusals[0] > 0:
            refusals[0] -= 1
            raise _in_use_error()
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files, "_sleep", waits.append)
    return waits


def test_a_file_held_briefly_is_replaced_after_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "samenvatting.pdf"
    target.write_bytes(b"old")
    waits = _replace_refused(2, monkeypatch)
    write_private_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(waits) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["samenvatting.pdf"]  # no temp file left


def test_a_file_held_open_is_refused_clearly_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.icv.key"
    target.write_bytes(b"the key file as it was")
    waits = _replace_refused(1000, monkeypatch)
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
