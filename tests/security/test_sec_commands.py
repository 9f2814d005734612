"""The backup, restore and verify sub-commands: plain words, exit codes, nothing changed by a
check, secrets never taken from the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.support.vault_files import snapshot

from intakecompanion.app import main
from intakecompanion.commands.common import SecretReader
from intakecompanion.vault import files, store
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault


def run_cli(
    argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def closed(made: tuple[Vault, str]) -> tuple[Path, str]:
    vault, recovery_key = made
    vault.close()
    return vault.path, recovery_key


def test_backup_verify_restore_in_dutch(
    closed: tuple[Path, str],
    tmp_path: Path,
    passphrase: str,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    path, recovery_key = closed
    backup = tmp_path / "usb" / "kopie.icvbackup"
    backup.parent.mkdir()
    code, out, err = run_cli(
        ["--vault", str(path), "backup", "--to", str(backup), "--passphrase-stdin"],
        passphrase + "\n",
        monkeypatch,
        capsys,
    )
    assert (code, err) == (0, "")
    assert "Reservekopie geschreven en nagekeken" in out and "kopie.icvbackup.key" in out
    assert passphrase not in out

    before = snapshot(backup.parent)
    code, out, err = run_cli(
        ["verify", "--vault", str(backup), "--recovery-key", "--passphrase-stdin"],
        recovery_key + "\n",
        monkeypatch,
        capsys,
    )
    assert code == 0 and "Besluit: de kluis is in orde" in out
    assert snapshot(backup.parent) == before  # a check writes nothing, not even a -shm

    # The slow KDF tuning of a new passphrase is replaced by the test's cheap parameters.
    monkeypatch.setattr("intakecompanion.vault.keys.tune_kdf", lambda *a, **k: fast_kdf)
    target = tmp_path / "hersteld" / "vault.icv"
    code, out, err = run_cli(
        ["restore", "--from", str(backup), "--vault", str(target), "--recovery-key",
         "--passphrase-stdin"],
        f"{recovery_key}\nnieuwe wachtzin voor de kluis van Noor\n",
        monkeypatch,
        capsys,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "hersteld in een nieuwe kluis" in out
    store.unlock(target, "nieuwe wachtzin voor de kluis van Noor").close()

    code, out, err = run_cli(
        ["restore", "--from", str(backup), "--vault", str(target), "--passphrase-stdin"],
        passphrase + "\n",
        monkeypatch,
        capsys,
    )
    assert code == 1 and "staat al een kluis" in err


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("nl", "Deze wachtwoordzin wordt niet gebruikt. Te kort: 1 van minstens 10 tekens."),
        ("en", "This passphrase is not used. Too short: 1 of at least 10 characters."),
    ],
)
def test_restore_refuses_a_weak_new_passphrase_in_both_languages(
    lang: str,
    message: str,
    closed: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """The rule the app's pages show holds for the command too, in the same words."""
    path, recovery_key = closed
    target = tmp_path / "hersteld" / "vault.icv"
    code, out, err = run_cli(
        ["--lang", lang, "restore", "--from", str(path), "--vault", str(target),
         "--recovery-key", "--passphrase-stdin"],
        f"{recovery_key}\nx\n",
        monkeypatch,
        capsys,
    )  # fmt: skip
    assert (code, out) == (1, "") and message in err
    assert not target.parent.exists()


def test_verify_names_damaged_pages_and_changes_nothing(
    closed: tuple[Path, str],
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    path, _ = closed
    data = bytearray(path.read_bytes())
    data[files.PAGE_SIZE * 3 + 99] ^= 0x01
    path.write_bytes(bytes(data))
    before = snapshot(path.parent)
    code, out, err = run_cli(
        ["--lang", "en", "verify", "--vault", str(path), "--passphrase-stdin"],
        passphrase + "\n",
        monkeypatch,
        capsys,
    )
    assert code == 1
    assert "1 page is damaged or was changed: 4." in out
    assert "Conclusion: the vault is damaged." in out
    assert snapshot(path.parent) == before


@pytest.mark.parametrize(
    "argv_tail, stdin, message",
    [
        (["--passphrase-stdin"], "fout\n", "De wachtwoordzin klopt niet"),
        (["--passphrase-stdin"], "", "geen wachtwoordzin of herstelsleutel"),
        (["--recovery-key", "--passphrase-stdin"], "ABC\n", "tikfout"),
    ],
)
def test_verify_that_cannot_check_says_why_with_exit_code_2(
    closed: tuple[Path, str],
    argv_tail: list[str],
    stdin: str,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    path, _ = closed
    before = snapshot(path.parent)
    code, out, err = run_cli(
        ["verify", "--vault", str(path), *argv_tail], stdin, monkeypatch, capsys
    )
    assert code == 2 and message in err and out == ""
    assert snapshot(path.parent) == before


def test_verify_a_missing_or_foreign_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = run_cli(
        ["verify", "--vault", str(tmp_path / "nergens.icv"), "--passphrase-stdin"],
        "x\n",
        monkeypatch,
        capsys,
    )
    assert code == 2 and "Op deze plaats staat geen bestand" in err
    foreign = tmp_path / "foto.jpg"
    foreign.write_bytes(os.urandom(5000))
    code, _, err = run_cli(
        ["verify", "--vault", str(foreign), "--recovery-key", "--passphrase-stdin"],
        "0" * 65 + "\n",
        monkeypatch,
        capsys,
    )
    assert code == 2 and err.strip()


def test_new_passphrase_must_be_typed_twice_alike() -> None:
    answers = iter(["een", "twee"])
    reader = SecretReader("nl", from_stdin=False, prompt=lambda _prompt: next(answers))
    with pytest.raises(Exception) as caught:
        reader.ask_new_passphrase()
    assert getattr(caught.value, "key", None) == "passphrases_differ"


def test_the_installed_command_runs_backup_and_verify(
    closed: tuple[Path, str], tmp_path: Path, passphrase: str
) -> None:
    """Through the real entry point in its own process, the way IT staff would run it."""
    path, _ = closed
    backup = tmp_path / "b.icvbackup"
    for argv in (
        ["backup", "--vault", str(path), "--to", str(backup), "--passphrase-stdin"],
        ["verify", "--vault", str(backup), "--passphrase-stdin"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "intakecompanion", "--lang", "en", *argv],
            input=passphrase + "\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert passphrase not in done.stdout
    assert "Conclusion: the vault is in order." in done.stdout
