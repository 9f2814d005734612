"""The vault's error types: each a distinct class with a message a coach can act on.

Messages are English here; the UI maps each class to its translated text (and may use the
attributes, such as `RecoveryKeyMistyped.group`, to fill in its own placeholders).
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base class for anything that stops a vault from opening or saving."""

    default_message = "The vault could not be opened."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongPassphrase(VaultError):
    default_message = "The passphrase is not correct. Nothing has been changed; try again."


class WrongRecoveryKey(VaultError):
    default_message = (
        "This recovery key does not open this vault. Check that it is the key written down "
        "for this vault (the newest one, if it was ever replaced)."
    )


class RecoveryKeyMistyped(WrongRecoveryKey):
    """The recovery key's own checks failed: a typing mistake, found before the vault is read."""

    def __init__(self, group: int | None, detail: str) -> None:
        where = f"Group {group} of the recovery key" if group else "The recovery key"
        super().__init__(f"{where} {detail}. Check it against the written copy.")
        self.group = group
        self.detail = detail


class KeyFileMissing(VaultError):
    default_message = (
        "The key file that belongs beside the vault is missing. Open the vault with the "
        "recovery key, then choose a new passphrase."
    )


class KeyFileDamaged(VaultError):
    default_message = (
        "The key file beside the vault is damaged. Open the vault with the recovery key, "
        "then choose a new passphrase."
    )


class KeyFileFromOtherVault(VaultError):
    default_message = (
        "The key file beside the vault belongs to another vault. Put the right key file back, "
        "or open the vault with its recovery key."
    )


class KdfTooWeak(VaultError):
    def __init__(self, memory_kib: int, minimum_kib: int) -> None:
        super().__init__(
            f"The key file asks for too little memory to protect the passphrase "
            f"({memory_kib // 1024} MiB; at least {minimum_kib // 1024} MiB is required). "
            "It is refused; open the vault with the recovery key and choose a new passphrase."
        )
        self.memory_kib = memory_kib
        self.minimum_kib = minimum_kib


class PassphraseNotSet(VaultError):
    default_message = (
        "This vault was opened with its recovery key: choose a new passphrase first, then "
        "try again."
    )


class VaultMissing(VaultError):
    default_message = "There is no vault at this place. It may have been moved or deleted."


class VaultExists(VaultError, FileExistsError):
    default_message = "A vault already exists at this place; it has not been changed."


class VaultDamaged(VaultError):
    default_message = (
        "The vault is damaged (it may have been cut short while copying). Nothing has been "
        "changed. Restore it from a backup copy."
    )


class VaultSaltDamaged(VaultDamaged):
    """The vault's first 16 bytes (its salt, kept in plaintext) are damaged; every page is
    intact. The key file still holds the salt, so an expert can write it back."""

    default_message = (
        "The first bytes of the vault are damaged; the notes themselves are intact. Nothing "
        "has been changed. Restore a backup, or keep the vault and its key file for an expert."
    )


class NotAVault(VaultError):
    default_message = (
        "This file is not an Intake Companion vault (or it is damaged beyond recognition). "
        "Nothing has been changed."
    )


class VaultFromNewerVersion(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This vault was written by a newer version of Intake Companion (schema {found}; "
            f"this program knows up to {supported}). Install the newer version to open it. "
            "The vault has not been changed."
        )
        self.found = found
        self.supported = supported


class MigrationFailed(VaultError):
    def __init__(self, version: int, backup: Path | None) -> None:
        copy = f" A copy made before the update is at {backup}." if backup else ""
        super().__init__(
            f"Updating the vault to schema {version} failed; that step was undone.{copy}"
        )
        self.version = version
        self.backup = backup


class VaultFolderReadOnly(VaultError):
    default_message = (
        "The vault's folder (or the vault file) cannot be written to. Nothing has been "
        "changed. Choose a folder you can write to, or fix its permissions."
    )


class UnsupportedSqlcipher(VaultError):
    def __init__(self, problem: str) -> None:
        super().__init__(
            f"This installation's encryption library cannot be used safely: {problem}. "
            "Reinstall Intake Companion with the versions it was tested with."
        )
        self.problem = problem


class SaveFailed(VaultError):
    default_message = (
        "The last change could not be saved (the disk may be full or failing). It was undone "
        "completely; free some space or check the disk, then try again."
    )


class FileInUse(SaveFailed):
    """Windows refused to replace `path`: another program holds it open (a PDF viewer, a virus
    scan, a backup or sync tool) without letting others replace it. The old file is unchanged
    and nothing new was written in its place."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is open in another program (a PDF viewer, a virus scanner or a backup "
            "program), so it could not be replaced. Nothing has been changed; close it there "
            "and try again."
        )
        self.path = path


class VaultInUse(VaultError):
    """Another copy of the program holds this vault (`claim.VaultClaim`): in another window on
    this computer, or on another computer through a shared folder. Nothing was opened."""

    default_message = (
        "This vault is open in another Intake Companion window (on this computer, or on "
        "another one through a shared folder). Go back to that window; nothing has been "
        "changed here."
    )
