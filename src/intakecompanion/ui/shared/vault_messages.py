"""What each vault error means for the coach, in their language, with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intakecompanion.ui.shared.i18n import interface_language
from intakecompanion.ui.shared.texts import fill
from intakecompanion.vault import errors

translate = QCoreApplication.translate


def os_error_reason(error: OSError) -> str:
    """Why the system refused to write a file, in the interface's language, never the
    system's English (os_errors)."""
    from intakecompanion.os_errors import reason

    return reason(error, interface_language())


def _damage(error: BaseException) -> bool:
    from intakecompanion.vault.engine import is_damage_error  # loaded by then: it was raised

    return is_damage_error(error)


def vault_error_message(error: BaseException) -> str:
    """A calm, specific sentence for every error class; never the raw English message."""
    from intakecompanion.vault.passphrase_rule import PassphraseTooWeak  # not for the first paint

    if isinstance(error, PassphraseTooWeak):
        return error.refusal(interface_language())  # the rule's wording, as the commands say it
    if isinstance(error, errors.RecoveryKeyMistyped):
        if error.group:
            return fill(
                translate(
                    "VaultMessages",
                    "Group %1 of the recovery key has a typing mistake. Check that group "
                    "against the written copy.",
                ),
                error.group,
            )
        return translate(
            "VaultMessages",
            "The recovery key is not complete: it has 13 groups of 5 characters. Check it "
            "against the written copy.",
        )
    if isinstance(error, errors.WrongRecoveryKey):
        return translate(
            "VaultMessages",
            "This recovery key does not open this vault. Check that it is the key written "
            "down for this vault.",
        )
    if isinstance(error, errors.WrongPassphrase):
        return translate(
            "VaultMessages", "That passphrase is not correct. Nothing has changed; try again."
        )
    if isinstance(error, errors.KeyFileMissing):
        return translate(
            "VaultMessages",
            "The key file beside the vault is missing. Open the vault with your recovery key, "
            "then choose a new passphrase.",
        )
    if isinstance(error, errors.KeyFileDamaged):
        return translate(
            "VaultMessages",
            "The key file beside the vault is damaged. Open the vault with your recovery key, "
            "then choose a new passphrase.",
        )
    if isinstance(error, errors.KeyFileFromOtherVault):
        return translate(
            "VaultMessages",
            "The key file beside the vault belongs to another vault. Put the right key file "
            "back, or open the vault with its recovery key.",
        )
    if isinstance(error, errors.KdfTooWeak):
        return translate(
            "VaultMessages",
            "The key file protects the passphrase too weakly and is refused. Open the vault "
            "with your recovery key and choose a new passphrase.",
        )
    if isinstance(error, errors.PassphraseNotSet):
        return translate(
            "VaultMessages",
            "This vault was last opened with its recovery key and has no passphrase yet. Open "
            "it with the recovery key and choose a passphrase.",
        )
    if isinstance(error, errors.VaultInUse):
        return translate(
            "VaultMessages",
            "This vault is open in another Intake Companion window, on this computer or on "
            "another one through a shared folder. Go back to that window: two windows on one "
            "vault would save over each other. Once that window is closed, unlock here.",
        )
    if isinstance(error, errors.VaultMissing):
        return translate(
            "VaultMessages", "There is no vault at this place. It may have been moved or deleted."
        )
    if isinstance(error, errors.VaultExists):
        return translate(
            "VaultMessages", "A vault already exists at this place. It has not been changed."
        )
    if isinstance(error, errors.VaultSaltDamaged):
        return translate(
            "VaultMessages",
            "The first bytes of the vault are damaged; the notes themselves are intact. Nothing "
            "has been changed. Restore a backup copy, or keep the vault and its key file for an "
            "expert.",
        )
    if isinstance(error, errors.VaultDamaged):
        return translate(
            "VaultMessages",
            "The vault is damaged (perhaps cut short while copying). Nothing has been changed. "
            "Restore it from a backup copy.",
        )
    if isinstance(error, errors.NotAVault):
        return translate(
            "VaultMessages", "This file is not an Intake Companion vault. Nothing has been changed."
        )
    if isinstance(error, errors.VaultFromNewerVersion):
        return translate(
            "VaultMessages",
            "This vault was made by a newer version of Intake Companion. Install that version "
            "to open it. The vault has not been changed.",
        )
    if isinstance(error, errors.MigrationFailed):
        return translate(
            "VaultMessages",
            "Updating the vault to this version failed and was undone. A copy made before the "
            "update is kept beside the vault.",
        )
    if isinstance(error, errors.VaultFolderReadOnly):
        return translate(
            "VaultMessages",
            "The vault's folder cannot be written to. Nothing has been changed. Check the "
            "folder's permissions or free space.",
        )
    if isinstance(error, errors.UnsupportedSqlcipher):
        return translate(
            "VaultMessages",
            "This installation's encryption library cannot be used safely. Reinstall Intake "
            "Companion.",
        )
    if isinstance(error, errors.FileInUse):
        return fill(
            translate(
                "VaultMessages",
                "%1 is open in another program (a virus scanner or a backup program), so it "
                "could not be replaced. Nothing has been changed; close that program or wait a "
                "moment, then try again.",
            ),
            error.path,
        )
    if isinstance(error, errors.SaveFailed) and _damage(error):
        return translate(
            "VaultMessages",
            "The last change could not be saved: the vault is damaged (the disk is not full). It "
            "was undone; Intake Companion closes the vault and keeps what is not saved in "
            "memory.",
        )
    if isinstance(error, errors.SaveFailed):
        return translate(
            "VaultMessages",
            "The last change could not be saved (the disk may be full). It was undone; free "
            "some space, then try again.",
        )
    if isinstance(error, OSError):
        return translate(
            "VaultMessages", "The vault could not be read or written. Nothing has been changed."
        )
    return translate("VaultMessages", "The vault could not be opened. Nothing has been changed.")
