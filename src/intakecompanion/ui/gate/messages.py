"""What each vault error means for the coach, in their language, with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intakecompanion.ui.widgets import fill
from intakecompanion.vault import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultMessages", text)


def vault_error_message(error: BaseException) -> str:
    """A calm, specific sentence for every error class; never the raw English message."""
    if isinstance(error, errors.RecoveryKeyMistyped):
        if error.group:
            return fill(
                _tr(
                    "Group %1 of the recovery key has a typing mistake. Check that group "
                    "against the written copy."
                ),
                error.group,
            )
        return _tr(
            "The recovery key is not complete: it has 13 groups of 5 characters. Check it "
            "against the written copy."
        )
    if isinstance(error, errors.WrongRecoveryKey):
        return _tr(
            "This recovery key does not open this vault. Check that it is the key written "
            "down for this vault."
        )
    if isinstance(error, errors.WrongPassphrase):
        return _tr("That passphrase is not correct. Nothing has changed; try again.")
    if isinstance(error, errors.KeyFileMissing):
        return _tr(
            "The key file beside the vault is missing. Open the vault with your recovery key, "
            "then choose a new passphrase."
        )
    if isinstance(error, errors.KeyFileDamaged):
        return _tr(
            "The key file beside the vault is damaged. Open the vault with your recovery key, "
            "then choose a new passphrase."
        )
    if isinstance(error, errors.KeyFileFromOtherVault):
        return _tr(
            "The key file beside the vault belongs to another vault. Put the right key file "
            "back, or open the vault with its recovery key."
        )
    if isinstance(error, errors.KdfTooWeak):
        return _tr(
            "The key file protects the passphrase too weakly and is refused. Open the vault "
            "with your recovery key and choose a new passphrase."
        )
    if isinstance(error, errors.PassphraseNotSet):
        return _tr(
            "This vault was last opened with its recovery key and has no passphrase yet. Open "
            "it with the recovery key and choose a passphrase."
        )
    if isinstance(error, errors.VaultMissing):
        return _tr("There is no vault at this place. It may have been moved or deleted.")
    if isinstance(error, errors.VaultExists):
        return _tr("A vault already exists at this place. It has not been changed.")
    if isinstance(error, errors.VaultDamaged):
        return _tr(
            "The vault is damaged (perhaps cut short while copying). Nothing has been changed. "
            "Restore it from a backup copy."
        )
    if isinstance(error, errors.NotAVault):
        return _tr("This file is not an Intake Companion vault. Nothing has been changed.")
    if isinstance(error, errors.VaultFromNewerVersion):
        return _tr(
            "This vault was made by a newer version of Intake Companion. Install that version "
            "to open it. The vault has not been changed."
        )
    if isinstance(error, errors.MigrationFailed):
        return _tr(
            "Updating the vault to this version failed and was undone. A copy made before the "
            "update is kept beside the vault."
        )
    if isinstance(error, errors.VaultFolderReadOnly):
        return _tr(
            "The vault's folder cannot be written to. Nothing has been changed. Check the "
            "folder's permissions or free space."
        )
    if isinstance(error, errors.UnsupportedSqlcipher):
        return _tr(
            "This installation's encryption library cannot be used safely. Reinstall Intake "
            "Companion."
        )
    if isinstance(error, errors.SaveFailed):
        return _tr(
            "The last change could not be saved (the disk may be full). It was undone; free "
            "some space, then try again."
        )
    if isinstance(error, OSError):
        return _tr("The vault could not be read or written. Nothing has been changed.")
    return _tr("The vault could not be opened. Nothing has been changed.")
