"""One program at a time per vault (tour9 #1): a second copy of the app, or a command that
writes, is refused while a window holds the vault; the OS lock goes when its holder dies; the
lock file beside the vault holds nothing (vault/claim.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intakecompanion.app import main
from intakecompanion.vault.backup import backup_vault
from intakecompanion.vault.claim import VaultClaim, lock_file_path
from intakecompanion.vault.errors import VaultInUse
from intakecompanion.vault.store import Vault

# Another process: takes the claim and says so, then (with a second argument) keeps it until
# killed, or (without) lets it go at once.
_HOLDER = """
import sys, time
from pathlib import Path
from intakecompanion.vault.claim import VaultClaim
from intakecompanion.vault.errors import VaultInUse
try:
    claim = VaultClaim.take(Path(sys.argv[1]))
except VaultInUse:
    print("in use", flush=True)
    sys.exit(0)
print("taken", flush=True)
if len(sys.argv) > 2:
    time.sleep(120)
"""


def another_process_tries(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _HOLDER, str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_a_second_claim_in_this_process_is_refused_until_the_first_is_let_go(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kluis" / "vault.icv"
    first = VaultClaim.take(path)  # the folder is made, as for a new vault
    with pytest.raises(VaultInUse):
        VaultClaim.take(path)
    with pytest.raises(VaultInUse):  # the same vault by another spelling of its path
        VaultClaim.take(tmp_path / "kluis" / ".." / "kluis" / "vault.icv")
    first.release()
    VaultClaim.take(path).release()


def test_another_process_is_refused_while_the_claim_is_held(tmp_path: Path) -> None:
    path = tmp_path / "vault.icv"
    with VaultClaim.take(path):
        assert another_process_tries(path) == "in use"
    assert another_process_tries(path) == "taken"


def test_the_claim_goes_when_the_process_holding_it_dies(tmp_path: Path) -> None:
    path = tmp_path / "vault.icv"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), "hold"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "taken"
        with pytest.raises(VaultInUse):
            VaultClaim.take(path)
    finally:
        holder.kill()  # no release, no clean-up: as a crash or a power cut leaves it
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    VaultClaim.take(path).release()  # no stale lock to guess at
    assert lock_file_path(path).exists()  # the file stays (empty); only its lock went


def test_the_lock_file_holds_nothing_and_is_private(vault: Vault, passphrase: str) -> None:
    with VaultClaim.take(vault.path):
        lock_file = lock_file_path(vault.path)
        assert lock_file.name == "vault.icv.lock"
        assert lock_file.read_bytes() == b""  # no client text, no passphrase, no key
        if os.name == "posix":
            assert lock_file.stat().st_mode & 0o777 == 0o600
    assert lock_file.read_bytes() == b""


def run_cli(
    argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_commands_that_write_are_refused_while_the_app_holds_the_vault(
    vault: Vault,
    passphrase: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    backup = tmp_path / "usb" / "kopie.icvbackup"
    backup.parent.mkdir()
    backup_vault(vault, backup)
    vault.close()
    target = tmp_path / "elders" / "vault.icv"
    handover = ["--vault", str(vault.path), "handover", "--client", "7", "--recipient", "OCMW"]
    handover += ["--to", str(tmp_path / "overdracht.ichandover"), "--passphrase-stdin"]
    restore = ["--vault", str(target), "restore", "--from", str(backup), "--no-compare"]
    restore += ["--passphrase-stdin"]
    with VaultClaim.take(vault.path), VaultClaim.take(target):  # as two windows would
        code, _out, err = run_cli(handover, passphrase + "\n", monkeypatch, capsys)
        assert code == 1 and "open in Intake Companion" in err, err
        code, _out, err = run_cli(restore, passphrase + "\n", monkeypatch, capsys)
        assert code == 1 and "open in Intake Companion" in err, err
        assert not target.exists()
        # Reading may go on beside the app: the counts open, read and close.
        counts = ["--vault", str(vault.path), "counts", "--from", "2026-01", "--to", "2026-01"]
        counts += ["--csv", str(tmp_path / "telling.csv"), "--passphrase-stdin"]
        code, _out, err = run_cli(counts, passphrase + "\n", monkeypatch, capsys)
        assert code == 0, err
    # Let go: the handover runs (and says the client is unknown), the restore is made.
    code, _out, err = run_cli(handover, passphrase + "\n", monkeypatch, capsys)
    assert code == 1 and "open in Intake Companion" not in err and "7" in err, err
    code, _out, err = run_cli(restore, passphrase + "\n", monkeypatch, capsys)
    assert code == 0, err
    assert target.exists()
    VaultClaim.take(vault.path).release()  # the commands let go of what they held
