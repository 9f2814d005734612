"""`intakecompanion summary` and `intakecompanion --self-check`, run as a user would."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.guide.loader import builtin_guides
from intakecompanion.guide.snapshot import guide_to_snapshot
from intakecompanion.selfcheck import CheckFailed, check_pdf, run_self_check
from intakecompanion.summary.sample import INTERNAL_MARKER, write_sample_intake
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

PASSPHRASE = "lange zin met spaties 42"


@pytest.fixture
def vault_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    guide = builtin_guides()[0]
    book = Casebook(vault, clock=lambda: STARTED_AT)
    conversation_id = write_sample_intake(
        book, guide.id, guide.version, guide_to_snapshot(guide), STARTED_AT
    )
    vault.close()
    return path, conversation_id


def run(monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(args)


def test_writes_the_summary(
    vault_file: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    path, conversation_id = vault_file
    out = tmp_path / "samenvatting.pdf"
    args = ["summary", "--vault", str(path), "--conversation", str(conversation_id)]
    args += ["--pdf", str(out), "--lang", "en", "--paper", "Letter", "--passphrase-stdin"]
    assert run(monkeypatch, args, PASSPHRASE + "\n") == 0
    assert "not encrypted" in capsys.readouterr().out  # --lang decides the messages too
    text = pdf_text(out)
    assert "Our conversation" in text and "Noor Vermeulen" in text
    assert INTERNAL_MARKER not in text
    assert round(PdfReader(out).pages[0].mediabox.width) == 612


def test_wrong_passphrase(
    vault_file: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, conversation_id = vault_file
    out = tmp_path / "x.pdf"
    args = ["--lang", "nl", "summary", "--vault", str(path), "--conversation"]
    args += [str(conversation_id), "--pdf", str(out), "--passphrase-stdin"]
    assert run(monkeypatch, args, "fout\n") != 0
    assert "wachtwoordzin klopt niet" in capsys.readouterr().err.lower()
    assert not out.exists()


def test_unknown_conversation(
    vault_file: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _conversation_id = vault_file
    out = tmp_path / "x.pdf"
    args = ["--lang", "en", "summary", "--vault", str(path), "--conversation", "999"]
    args += ["--pdf", str(out), "--passphrase-stdin"]
    assert run(monkeypatch, args, PASSPHRASE + "\n") != 0
    assert "no conversation with number 999" in capsys.readouterr().err
    assert not out.exists()


def test_missing_vault_and_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--lang", "en", "summary", "--vault", str(tmp_path / "nothing.icv")]
    args += ["--conversation", "1", "--pdf", str(tmp_path / "x.pdf"), "--passphrase-stdin"]
    assert run(monkeypatch, args, PASSPHRASE + "\n") != 0
    assert capsys.readouterr().err.strip()
    args = ["--lang", "en", "summary", "--vault", str(tmp_path / "nothing.icv")]
    args += ["--conversation", "1", "--pdf", str(tmp_path / "no" / "x.pdf"), "--passphrase-stdin"]
    assert run(monkeypatch, args, PASSPHRASE + "\n") != 0
    assert "does not exist" in capsys.readouterr().err


def test_self_check_passes_and_leaves_nothing(qapp: object) -> None:
    lines: list[str] = []
    before = set(Path(os.environ["TMPDIR"]).iterdir())
    assert run_self_check("en", lines.append) == 0, "\n".join(lines)
    assert lines[-1] == "All checks passed."
    assert set(Path(os.environ["TMPDIR"]).iterdir()) == before


def test_self_check_as_a_program_without_display_or_network() -> None:
    env = {"PATH": os.environ["PATH"], "TMPDIR": os.environ["TMPDIR"], "LANG": "nl_BE.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "intakecompanion", "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("Alles in orde.")


def test_pdf_check_notices_damage() -> None:
    with pytest.raises(CheckFailed):
        check_pdf(b"not a pdf", 1, [])
    with pytest.raises(CheckFailed):
        check_pdf(b"%PDF-1.4\n/Type /Pages /Count 2\n...", 1, [])
