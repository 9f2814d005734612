"""What the vault commands (backup, restore, verify, counts, handover) say, in Dutch and
English (no Qt here).

A text that counts has two forms, `key_one` and `key_other`; `text(lang, key, count=n)` picks
the one for n.
"""

from __future__ import annotations

from intakecompanion.commands.language import localized
from intakecompanion.vault import errors
from intakecompanion.vault.backup import (
    BackupDamaged,
    BackupFailed,
    BackupTargetExists,
    BackupUnreadable,
)
from intakecompanion.vault.passphrase_rule import PassphraseTooWeak

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "prompt_passphrase": "Passphrase: ",
        "prompt_recovery_key": "Recovery key: ",
        "prompt_code": "Transfer code: ",
        "prompt_new_passphrase": "New passphrase for the restored vault: ",
        "prompt_repeat": "Type the new passphrase again: ",
        "passphrases_differ": "The two passphrases differ. Nothing has been changed.",
        "no_input": "No passphrase or recovery key was given. Nothing has been changed.",
        "no_folder": "The folder {folder} does not exist. Nothing has been changed.",
        "pages_one": "{count} page",
        "pages_other": "{count} pages",
        "backup_written": "Backup written and checked: {path} ({size}, {pages}).",
        "backup_key_file": (
            "Beside it: {key_file}. With that key file the backup opens with the passphrase "
            "you use now; without it, with the vault's recovery key."
        ),
        "backup_no_key_file": "No key file was written: the backup opens with the recovery key.",
        "backup_recovery_only": (
            "The vault was opened with its recovery key, so the backup opens with the recovery "
            "key only."
        ),
        "restore_done": "The backup was checked and restored into a new vault: {path}.",
        "restore_open_passphrase": "Open it with the passphrase the backup was made with.",
        "restore_open_new_passphrase": "Open it with the new passphrase you just chose.",
        "counts_written": (
            "Counts for {first} to {last} written: {path}. Numbers only; counts under 5 read "
            '"<5" (docs/counts.md).'
        ),
        "bad_month": "{value} is not a month: write it as 2026-03 (or a date, 2026-03-17).",
        "verify_file": "Vault: {path} ({size}, {pages}).",
        "verify_wal": (
            "A -wal file is beside it (the program has it open, or stopped without closing it); "
            "the changes in it were checked too."
        ),
        "verify_cipher_ok": "Encryption: every page is intact and authentic.",
        "verify_cipher_bad_one": "Encryption: {count} page is damaged or was changed: {pages}.",
        "verify_cipher_bad_other": (
            "Encryption: {count} pages are damaged or were changed: {pages}."
        ),
        "verify_partial": "The file ends in the middle of a page: it was cut short.",
        "verify_structure_ok": "Structure: the database is consistent.",
        "verify_structure_bad": "Structure: the database has problems:",
        "verify_schema": "Schema version {found} (this program knows up to {latest}).",
        "verify_newer": "This vault was written by a newer version of Intake Companion.",
        "verify_ok": "Conclusion: the vault is in order. Nothing has been changed.",
        "verify_bad": (
            "Conclusion: the vault is damaged. Nothing has been changed. Do not keep working in "
            "it: restore a backup (intakecompanion restore) and keep this file aside."
        ),
    },
    "nl": {
        "prompt_passphrase": "Wachtwoordzin: ",
        "prompt_recovery_key": "Herstelsleutel: ",
        "prompt_code": "Overdrachtscode: ",
        "prompt_new_passphrase": "Nieuwe wachtwoordzin voor de herstelde kluis: ",
        "prompt_repeat": "Typ de nieuwe wachtwoordzin nog eens: ",
        "passphrases_differ": "De twee wachtwoordzinnen verschillen. Er is niets veranderd.",
        "no_input": "Er is geen wachtwoordzin of herstelsleutel gegeven. Er is niets veranderd.",
        "no_folder": "De map {folder} bestaat niet. Er is niets veranderd.",
        "pages_one": "{count} pagina",
        "pages_other": "{count} pagina's",
        "backup_written": "Reservekopie geschreven en nagekeken: {path} ({size}, {pages}).",
        "backup_key_file": (
            "Ernaast staat {key_file}. Met dat sleutelbestand opent de reservekopie met de "
            "wachtwoordzin die je nu gebruikt; zonder dat bestand met de herstelsleutel van de "
            "kluis."
        ),
        "backup_no_key_file": (
            "Er is geen sleutelbestand geschreven: de reservekopie opent met de herstelsleutel."
        ),
        "backup_recovery_only": (
            "De kluis is met de herstelsleutel geopend, dus de reservekopie opent alleen met de "
            "herstelsleutel."
        ),
        "restore_done": "De reservekopie is nagekeken en hersteld in een nieuwe kluis: {path}.",
        "restore_open_passphrase": (
            "Open ze met de wachtwoordzin van toen de reservekopie gemaakt werd."
        ),
        "restore_open_new_passphrase": "Open ze met de nieuwe wachtwoordzin die je net koos.",
        "counts_written": (
            "Tellingen van {first} tot en met {last} geschreven: {path}. Alleen getallen; "
            'aantallen onder 5 staan er als "<5" (docs/counts.md).'
        ),
        "bad_month": "{value} is geen maand: schrijf ze als 2026-03 (of een datum, 2026-03-17).",
        "verify_file": "Kluis: {path} ({size}, {pages}).",
        "verify_wal": (
            "Er staat een -wal-bestand naast (het programma heeft de kluis open, of is gestopt "
            "zonder ze te sluiten); de wijzigingen daarin zijn ook nagekeken."
        ),
        "verify_cipher_ok": "Versleuteling: elke pagina is heel en echt.",
        "verify_cipher_bad_one": (
            "Versleuteling: {count} pagina is beschadigd of veranderd: {pages}."
        ),
        "verify_cipher_bad_other": (
            "Versleuteling: {count} pagina's zijn beschadigd of veranderd: {pages}."
        ),
        "verify_partial": "Het bestand houdt midden in een pagina op: het is afgebroken.",
        "verify_structure_ok": "Structuur: de databank klopt.",
        "verify_structure_bad": "Structuur: de databank heeft problemen:",
        "verify_schema": "Schemaversie {found} (dit programma kent tot {latest}).",
        "verify_newer": "Deze kluis is geschreven door een nieuwere versie van Intake Companion.",
        "verify_ok": "Besluit: de kluis is in orde. Er is niets veranderd.",
        "verify_bad": (
            "Besluit: de kluis is beschadigd. Er is niets veranderd. Werk er niet verder in: "
            "herstel een reservekopie (intakecompanion restore) en bewaar dit bestand apart."
        ),
    },
}

# Each vault error in plain words, most specific class first (subclasses before their bases).
ERROR_TEXTS: list[tuple[type[BaseException], str, str]] = [
    (
        errors.RecoveryKeyMistyped,
        "The recovery key has a typing mistake{group}. Check it against the written copy.",
        "De herstelsleutel bevat een tikfout{group}. Vergelijk hem met het geschreven exemplaar.",
    ),
    (
        errors.WrongRecoveryKey,
        "This recovery key does not open this file. Check that it is the key of this vault.",
        "Deze herstelsleutel opent dit bestand niet. Kijk na of het de sleutel van deze kluis is.",
    ),
    (
        errors.WrongPassphrase,
        "The passphrase is not correct. Nothing has been changed.",
        "De wachtwoordzin klopt niet. Er is niets veranderd.",
    ),
    (
        errors.KeyFileMissing,
        "The key file beside it is missing. Use the recovery key instead (--recovery-key).",
        "Het sleutelbestand ernaast ontbreekt. Gebruik de herstelsleutel (--recovery-key).",
    ),
    (
        errors.KeyFileDamaged,
        "The key file beside it is damaged. Use the recovery key instead (--recovery-key).",
        "Het sleutelbestand ernaast is beschadigd. Gebruik de herstelsleutel (--recovery-key).",
    ),
    (
        errors.KeyFileFromOtherVault,
        "The key file beside it belongs to another vault. Use the recovery key instead.",
        "Het sleutelbestand ernaast hoort bij een andere kluis. Gebruik de herstelsleutel.",
    ),
    (
        errors.KdfTooWeak,
        "The key file protects the passphrase too weakly and is refused. Use the recovery key.",
        "Het sleutelbestand beschermt de wachtwoordzin te zwak en wordt geweigerd. Gebruik de "
        "herstelsleutel.",
    ),
    (
        errors.VaultMissing,
        "There is no file at this place.",
        "Op deze plaats staat geen bestand.",
    ),
    (
        errors.VaultExists,
        "A vault already exists at this place; it has not been changed. Choose a new place.",
        "Op deze plaats staat al een kluis; ze is niet veranderd. Kies een nieuwe plaats.",
    ),
    (
        BackupDamaged,
        "This backup is damaged, so it was not restored. Nothing has been changed.",
        "Deze reservekopie is beschadigd en is dus niet teruggezet. Er is niets veranderd.",
    ),
    (
        errors.VaultSaltDamaged,
        "The first bytes of the file (its salt) are damaged; the notes themselves are intact. "
        "Nothing has been changed. Keep the file and its key file for an expert.",
        "De eerste bytes van het bestand (het zout) zijn beschadigd; de notities zelf zijn "
        "heel. Er is niets veranderd. Bewaar het bestand en het sleutelbestand voor een expert.",
    ),
    (
        errors.VaultDamaged,
        "The file is damaged (perhaps cut short while copying). Nothing has been changed.",
        "Het bestand is beschadigd (misschien afgebroken tijdens het kopiëren). Er is niets "
        "veranderd.",
    ),
    (
        errors.NotAVault,
        "This file is not an Intake Companion vault or backup. Nothing has been changed.",
        "Dit bestand is geen kluis of reservekopie van Intake Companion. Er is niets veranderd.",
    ),
    (
        errors.VaultFromNewerVersion,
        "This vault was written by a newer version of Intake Companion. Install that version.",
        "Deze kluis is geschreven door een nieuwere versie van Intake Companion. Installeer die.",
    ),
    (
        errors.MigrationFailed,
        "Bringing the vault up to date failed and was undone.",
        "De kluis bijwerken is mislukt en ongedaan gemaakt.",
    ),
    (
        errors.VaultFolderReadOnly,
        "The folder cannot be written to. Nothing has been changed.",
        "In de map kan niet geschreven worden. Er is niets veranderd.",
    ),
    (
        errors.UnsupportedSqlcipher,
        "This installation's encryption library cannot be used safely. Reinstall the program.",
        "De versleutelingsbibliotheek van deze installatie is niet veilig bruikbaar. "
        "Installeer het programma opnieuw.",
    ),
    (
        BackupTargetExists,
        "A file with this name already exists there; it has not been changed.",
        "Daar staat al een bestand met deze naam; het is niet veranderd.",
    ),
    (
        BackupUnreadable,
        "The backup did not read back correctly and was removed. Try another stick.",
        "De reservekopie las niet goed terug en is verwijderd. Probeer een andere stick.",
    ),
    (
        BackupFailed,
        "The backup could not be written (full, removed or read-only?). The vault is unchanged.",
        "De reservekopie kon niet geschreven worden (vol, weggenomen of alleen-lezen?). De "
        "kluis is niet veranderd.",
    ),
    (
        errors.SaveFailed,
        "Writing failed (the disk may be full). It was undone completely.",
        "Schrijven is mislukt (de schijf is misschien vol). Het is volledig ongedaan gemaakt.",
    ),
    (
        errors.VaultError,
        "The vault could not be opened.",
        "De kluis kon niet geopend worden.",
    ),
    (
        OSError,
        "The file could not be read or written. Nothing has been changed.",
        "Het bestand kon niet gelezen of geschreven worden. Er is niets veranderd.",
    ),
]


def text(lang: str, key: str, count: int | None = None, **values: object) -> str:
    return localized(TEXTS, lang, key, count, **values)


def pages_text(count: int, lang: str) -> str:
    """ "1 page", "2 pages"; "1 pagina", "2 pagina's"."""
    return text(lang, "pages", count=count)


def error_text(error: BaseException, lang: str) -> str:
    """A plain sentence for `error` in `lang`; never the exception's own message."""
    if isinstance(error, PassphraseTooWeak):
        return error.refusal(lang)  # the rule's own wording, as the app shows it
    for kind, english, dutch in ERROR_TEXTS:
        if isinstance(error, kind):
            wording = dutch if lang == "nl" else english
            group = ""
            if isinstance(error, errors.RecoveryKeyMistyped) and error.group:
                group = f" (groep {error.group})" if lang == "nl" else f" (group {error.group})"
            return wording.format(group=group)
    return TEXTS_FALLBACK[lang if lang == "nl" else "en"]


TEXTS_FALLBACK = {
    "en": "Something went wrong with the vault file. Nothing has been changed.",
    "nl": "Er ging iets mis met het kluisbestand. Er is niets veranderd.",
}


def size_text(size: int, lang: str) -> str:
    megabytes = size / 1_000_000
    number = f"{megabytes:.1f}" if megabytes >= 0.1 else f"{size / 1000:.0f}"
    unit = "MB" if megabytes >= 0.1 else "kB"
    return (number.replace(".", ",") if lang == "nl" else number) + " " + unit
