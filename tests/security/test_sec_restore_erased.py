"""A backup made before an erasure brings the client back when it is restored (promise 3).
The vault the coach works in knows its erasures by number and moment added, no text; the
restore finds those clients in the restored vault and, with the coach's consent, erases them
there again before the vault counts: nothing of them stays in its files."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from tests.support.pages import decrypted_bytes
from tests.support.records import NOW

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.returning import Returned, erase_returned
from intakecompanion.paths import AppPaths
from intakecompanion.vault import keys, store
from intakecompanion.vault.backup import backup_vault, restore_backup
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault

NAME = "Noor Teruggebracht"


@pytest.mark.parametrize("erase_again", [True, False])
def test_a_restore_finds_the_erased_clients_the_backup_brings_back(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str, erase_again: bool
) -> None:
    vault, recovery_key = made
    moment = [NOW]
    book = Casebook(vault, clock=lambda: moment[0])
    noor = book.add_client(NAME)
    book.add_note(book.start_conversation(noor.id, "intake", "intake", "1", "{}").id, NAME)  # type: ignore[arg-type]
    backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    book.delete_client(noor.id)
    moment[0] = NOW + timedelta(minutes=5)
    later = book.add_client("Ilse Later")  # may get Noor's number; not in the backup
    book.delete_client(later.id)
    book.add_client("Sam Blijft")  # after the backup, not erased

    target = tmp_path / "restored" / "vault.icv"
    returned: list[Returned] = []
    restore_backup(
        backup,
        target,
        passphrase=passphrase,
        then=lambda restored: returned.append(
            erase_returned(restored, book.erasures(), erase_again)
        ),
    )

    assert returned == [Returned(1, 1 if erase_again else 0)]
    with store.unlock(target, passphrase) as restored:
        names = [r[0] for r in restored.db.execute("SELECT name FROM clients")]
    assert (NAME in names) is not erase_again
    assert "Sam Blijft" not in names  # added after the backup
    held = decrypted_bytes(target, keys.parse_recovery_key(recovery_key))
    assert (NAME.encode() in held) is not erase_again
    assert sorted(p.name for p in target.parent.iterdir()) == ["vault.icv", "vault.icv.key"]


# -- the restore command: the same comparison, the same default --------------------------------


@pytest.fixture
def usual_vault(isolated_home: Path) -> Path:
    """The program's usual vault: the one the restore command compares with by default."""
    return AppPaths.from_environment().default_vault


def erased_after_backup(path: Path, passphrase: str, kdf: KdfParams, tmp_path: Path) -> Path:
    """A vault at `path` whose client Noor is erased after a backup was made: the backup."""
    vault, _ = store.create_vault(path, passphrase, kdf=kdf)
    with vault:
        book = Casebook(vault, clock=lambda: NOW)
        noor = book.add_client(NAME)
        book.add_client("Sam Blijft")
        (tmp_path / "usb").mkdir()
        backup = backup_vault(vault, tmp_path / "usb" / "b.icvbackup").path
        book.delete_client(noor.id)
    return backup


def restore_command(
    argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["restore", *argv, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


def names_in(path: Path, passphrase: str) -> list[str]:
    with store.unlock(path, passphrase) as restored:
        return [r[0] for r in restored.db.execute("SELECT name FROM clients ORDER BY id")]


@pytest.mark.parametrize(
    ("argv", "names", "said"),
    [
        ([], ["Sam Blijft"], "Die cliënt is opnieuw gewist in de nieuwe kluis."),
        (
            ["--keep-returned"],
            [NAME, "Sam Blijft"],
            "Die cliënt staat weer in de nieuwe kluis (--keep-returned)",
        ),
    ],
)
def test_the_restore_command_erases_again_the_clients_erased_in_the_usual_vault(
    usual_vault: Path,
    tmp_path: Path,
    passphrase: str,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    argv: list[str],
    names: list[str],
    said: str,
) -> None:
    """As File > Restore does: by default the clients erased in the coach's vault that the
    backup brings back are erased again in the new vault, and the command says how many."""
    backup = erased_after_backup(usual_vault, passphrase, fast_kdf, tmp_path)
    target = tmp_path / "hersteld" / "vault.icv"
    code, out, err = restore_command(
        ["--from", str(backup), "--vault", str(target), *argv], passphrase + "\n",
        monkeypatch, capsys,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert f"1 cliënt die in je kluis {usual_vault} gewist is, kwam terug" in out
    assert said in out
    assert names_in(target, passphrase) == names


def test_the_restore_command_asks_the_passphrase_of_the_compared_vault_when_it_differs(
    tmp_path: Path,
    passphrase: str,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """The backup's passphrase is tried on the compared vault first; when it was changed since,
    its own is asked. Without it nothing is restored."""
    mine = tmp_path / "mijn" / "vault.icv"
    backup = erased_after_backup(mine, passphrase, fast_kdf, tmp_path)
    changed = "een andere lange zin voor vandaag"
    with store.unlock(mine, passphrase) as vault:
        vault.change_passphrase(changed, fast_kdf)
    target = tmp_path / "hersteld" / "vault.icv"
    argv = ["--lang", "en", "--from", str(backup), "--vault", str(target), "--compare-with",
            str(mine)]  # fmt: skip

    code, out, err = restore_command(argv, "not the backup's passphrase\n", monkeypatch, capsys)
    assert (code, out) == (1, "")  # the backup's passphrase is checked first, and named so
    assert err == "The passphrase is not correct. Nothing has been changed.\n"

    code, out, err = restore_command(argv, passphrase + "\n", monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert f"Your vault {mine} could not be opened" in err and "nothing was restored" in err
    assert not target.exists() and not target.with_name("vault.icv.key").exists()

    code, out, err = restore_command(argv, f"{passphrase}\n{changed}\n", monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    assert "that came back with the backup: 1." in out
    assert "That client was erased again in the new vault." in out
    assert names_in(target, passphrase) == ["Sam Blijft"]


def test_the_restore_command_says_when_no_vault_was_compared(
    tmp_path: Path,
    passphrase: str,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """A new laptop has no vault to compare with: the command says erased clients are back."""
    backup = erased_after_backup(tmp_path / "oud" / "vault.icv", passphrase, fast_kdf, tmp_path)
    target = tmp_path / "hersteld" / "vault.icv"
    code, out, err = restore_command(
        ["--lang", "fr", "--from", str(backup), "--vault", str(target)], passphrase + "\n",
        monkeypatch, capsys,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    usual = AppPaths.from_environment().default_vault
    assert f"Aucun coffre-fort n'a été comparé à la sauvegarde (il n'y en a aucun à {usual})" in out
    assert names_in(target, passphrase) == [NAME, "Sam Blijft"]


def test_the_restore_command_onto_a_full_disk_says_why_in_the_coach_s_language(
    usual_vault: Path,
    tmp_path: Path,
    passphrase: str,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """tour9: the disk refusing the new vault read as "writing failed … undone"."""
    import errno

    from intakecompanion.vault import files

    backup = erased_after_backup(usual_vault, passphrase, fast_kdf, tmp_path)

    def full_disk(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "copy_private_file", full_disk)
    target = tmp_path / "vol" / "vault.icv"
    code, out, err = restore_command(
        ["--from", str(backup), "--vault", str(target), "--lang", "nl", "--no-compare"],
        passphrase + "\n", monkeypatch, capsys,
    )  # fmt: skip
    assert code != 0
    assert err.strip().endswith(
        "De nieuwe kluis kon daar niet gemaakt worden: de schijf is vol. De reservekopie is "
        "niet veranderd en er bleef niets half gemaakt achter."
    ), err
    assert not target.exists()
