"""What the vault commands (backup, restore, verify, counts, handover) say, in Dutch, English
and French (no Qt here).

A text that counts has two forms, `key_one` and `key_other`; `text(lang, key, count=n)` picks
the one for n.
"""

from __future__ import annotations

from intakecompanion import os_errors
from intakecompanion.commands.language import localized
from intakecompanion.vault import errors
from intakecompanion.vault.backup import (
    BackupDamaged,
    BackupFailed,
    BackupTargetExists,
    BackupUnreadable,
    RestoreFailed,
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
        "prompt_compare_passphrase": (
            "Passphrase of your vault (to find the clients erased in it): "
        ),
        "compare_failed": (
            "Your vault {path} could not be opened to find the clients erased in it, so "
            "nothing was restored. Give its passphrase, or add --no-compare."
        ),
        "not_compared": (
            "No vault was compared with the backup ({why}): clients erased after the backup "
            "was made are in the new vault again."
        ),
        "not_compared_missing": "there is none at {path}",
        "not_compared_asked": "--no-compare",
        "returned_none": "No client erased in your vault {path} came back with the backup.",
        "returned_one": (
            "Clients erased in your vault {path} that came back with the backup: {count}."
        ),
        "returned_other": (
            "Clients erased in your vault {path} that came back with the backup: {count}."
        ),
        "returned_all_erased_one": "That client was erased again in the new vault.",
        "returned_all_erased_other": "They were erased again in the new vault.",
        "returned_some_erased": (
            "Erased again in the new vault: {number}. The others are on hold there; they stay."
        ),
        "returned_kept_one": (
            "That client is in the new vault again (--keep-returned); erase them there if "
            "they should stay erased."
        ),
        "returned_kept_other": (
            "They are in the new vault again (--keep-returned); erase them there if they "
            "should stay erased."
        ),
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
        "prompt_compare_passphrase": (
            "Wachtwoordzin van je kluis (om de cliënten te vinden die erin gewist zijn): "
        ),
        "compare_failed": (
            "Je kluis {path} kon niet geopend worden om de cliënten te vinden die erin gewist "
            "zijn, dus er is niets teruggezet. Geef haar wachtwoordzin, of voeg --no-compare "
            "toe."
        ),
        "not_compared": (
            "Er is geen kluis met de reservekopie vergeleken ({why}): cliënten die gewist zijn "
            "nadat de reservekopie gemaakt werd, staan weer in de nieuwe kluis."
        ),
        "not_compared_missing": "er staat er geen op {path}",
        "not_compared_asked": "--no-compare",
        "returned_none": (
            "Geen enkele cliënt die in je kluis {path} gewist is, kwam terug met de reservekopie."
        ),
        "returned_one": (
            "{count} cliënt die in je kluis {path} gewist is, kwam terug met de reservekopie."
        ),
        "returned_other": (
            "{count} cliënten die in je kluis {path} gewist zijn, kwamen terug met de reservekopie."
        ),
        "returned_all_erased_one": "Die cliënt is opnieuw gewist in de nieuwe kluis.",
        "returned_all_erased_other": "Ze zijn opnieuw gewist in de nieuwe kluis.",
        "returned_some_erased": (
            "Opnieuw gewist in de nieuwe kluis: {number}. De andere staan daar op niet-wissen; "
            "ze blijven."
        ),
        "returned_kept_one": (
            "Die cliënt staat weer in de nieuwe kluis (--keep-returned); wis hem of haar daar "
            "als die gewist moet blijven."
        ),
        "returned_kept_other": (
            "Ze staan weer in de nieuwe kluis (--keep-returned); wis ze daar als ze gewist "
            "moeten blijven."
        ),
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
    "fr": {
        "prompt_passphrase": "Phrase de passe : ",
        "prompt_recovery_key": "Clé de secours : ",
        "prompt_code": "Code de transfert : ",
        "prompt_new_passphrase": "Nouvelle phrase de passe pour le coffre-fort restauré : ",
        "prompt_repeat": "Tapez encore une fois la nouvelle phrase de passe : ",
        "passphrases_differ": "Les deux phrases de passe sont différentes. Rien n'a été modifié.",
        "no_input": (
            "Aucune phrase de passe ni clé de secours n'a été donnée. Rien n'a été modifié."
        ),
        "no_folder": "Le dossier {folder} n'existe pas. Rien n'a été modifié.",
        "pages_one": "{count} page",
        "pages_other": "{count} pages",
        "backup_written": "Sauvegarde écrite et vérifiée : {path} ({size}, {pages}).",
        "backup_key_file": (
            "À côté : {key_file}. Avec ce fichier de clé, la sauvegarde s'ouvre avec la phrase "
            "de passe que vous utilisez maintenant ; sans lui, avec la clé de secours du "
            "coffre-fort."
        ),
        "backup_no_key_file": (
            "Aucun fichier de clé n'a été écrit : la sauvegarde s'ouvre avec la clé de secours."
        ),
        "backup_recovery_only": (
            "Le coffre-fort a été ouvert avec sa clé de secours : la sauvegarde s'ouvre donc "
            "uniquement avec la clé de secours."
        ),
        "restore_done": (
            "La sauvegarde a été vérifiée et restaurée dans un nouveau coffre-fort : {path}."
        ),
        "restore_open_passphrase": (
            "Ouvrez-le avec la phrase de passe utilisée pour faire la sauvegarde."
        ),
        "restore_open_new_passphrase": (
            "Ouvrez-le avec la nouvelle phrase de passe que vous venez de choisir."
        ),
        "prompt_compare_passphrase": (
            "Phrase de passe de votre coffre-fort (pour trouver les clients qui y ont été "
            "effacés) : "
        ),
        "compare_failed": (
            "Votre coffre-fort {path} n'a pas pu être ouvert pour trouver les clients qui y "
            "ont été effacés : rien n'a donc été restauré. Donnez sa phrase de passe, ou "
            "ajoutez --no-compare."
        ),
        "not_compared": (
            "Aucun coffre-fort n'a été comparé à la sauvegarde ({why}) : les clients effacés "
            "après la sauvegarde sont à nouveau dans le nouveau coffre-fort."
        ),
        "not_compared_missing": "il n'y en a aucun à {path}",
        "not_compared_asked": "--no-compare",
        "returned_none": (
            "Aucun client effacé dans votre coffre-fort {path} n'est revenu avec la sauvegarde."
        ),
        "returned_one": (
            "{count} client effacé dans votre coffre-fort {path} est revenu avec la sauvegarde."
        ),
        "returned_other": (
            "{count} clients effacés dans votre coffre-fort {path} sont revenus avec la sauvegarde."
        ),
        "returned_all_erased_one": "Ce client a été effacé à nouveau dans le nouveau coffre-fort.",
        "returned_all_erased_other": "Ils ont été effacés à nouveau dans le nouveau coffre-fort.",
        "returned_some_erased": (
            "Effacés à nouveau dans le nouveau coffre-fort : {number}. Les autres y sont "
            "marqués « ne pas effacer » ; ils restent."
        ),
        "returned_kept_one": (
            "Ce client est à nouveau dans le nouveau coffre-fort (--keep-returned) ; "
            "effacez-le là s'il doit rester effacé."
        ),
        "returned_kept_other": (
            "Ils sont à nouveau dans le nouveau coffre-fort (--keep-returned) ; effacez-les "
            "là s'ils doivent rester effacés."
        ),
        "counts_written": (
            "Chiffres de {first} à {last} écrits : {path}. Uniquement des nombres ; les nombres "
            'inférieurs à 5 sont écrits "<5" (docs/counts.md).'
        ),
        "bad_month": (
            "{value} n'est pas un mois : écrivez-le comme 2026-03 (ou une date, 2026-03-17)."
        ),
        "verify_file": "Coffre-fort : {path} ({size}, {pages}).",
        "verify_wal": (
            "Un fichier -wal se trouve à côté (le programme l'a ouvert, ou s'est arrêté sans le "
            "fermer) ; les modifications qu'il contient ont aussi été vérifiées."
        ),
        "verify_cipher_ok": "Chiffrement : chaque page est intacte et authentique.",
        "verify_cipher_bad_one": (
            "Chiffrement : {count} page est endommagée ou a été modifiée : {pages}."
        ),
        "verify_cipher_bad_other": (
            "Chiffrement : {count} pages sont endommagées ou ont été modifiées : {pages}."
        ),
        "verify_partial": "Le fichier se termine au milieu d'une page : il a été coupé.",
        "verify_structure_ok": "Structure : la base de données est cohérente.",
        "verify_structure_bad": "Structure : la base de données a des problèmes :",
        "verify_schema": "Version du schéma {found} (ce programme connaît jusqu'à {latest}).",
        "verify_newer": (
            "Ce coffre-fort a été écrit par une version plus récente d'Intake Companion."
        ),
        "verify_ok": "Conclusion : le coffre-fort est en ordre. Rien n'a été modifié.",
        "verify_bad": (
            "Conclusion : le coffre-fort est endommagé. Rien n'a été modifié. Ne continuez pas "
            "à travailler dedans : restaurez une sauvegarde (intakecompanion restore) et mettez "
            "ce fichier de côté."
        ),
    },
}

# Each vault error in plain words, most specific class first (subclasses before their bases).
ERROR_TEXTS: list[tuple[type[BaseException], str, str, str]] = [
    (
        errors.RecoveryKeyMistyped,
        "The recovery key has a typing mistake{group}. Check it against the written copy.",
        "De herstelsleutel bevat een tikfout{group}. Vergelijk hem met het geschreven exemplaar.",
        "La clé de secours contient une faute de frappe{group}. Comparez-la avec la copie écrite.",
    ),
    (
        errors.WrongRecoveryKey,
        "This recovery key does not open this file. Check that it is the key of this vault.",
        "Deze herstelsleutel opent dit bestand niet. Kijk na of het de sleutel van deze kluis is.",
        "Cette clé de secours n'ouvre pas ce fichier. Vérifiez que c'est la clé de ce coffre-fort.",
    ),
    (
        errors.WrongPassphrase,
        "The passphrase is not correct. Nothing has been changed.",
        "De wachtwoordzin klopt niet. Er is niets veranderd.",
        "La phrase de passe n'est pas correcte. Rien n'a été modifié.",
    ),
    (
        errors.KeyFileMissing,
        "The key file beside it is missing. Use the recovery key instead (--recovery-key).",
        "Het sleutelbestand ernaast ontbreekt. Gebruik de herstelsleutel (--recovery-key).",
        "Le fichier de clé à côté manque. Utilisez plutôt la clé de secours (--recovery-key).",
    ),
    (
        errors.KeyFileDamaged,
        "The key file beside it is damaged. Use the recovery key instead (--recovery-key).",
        "Het sleutelbestand ernaast is beschadigd. Gebruik de herstelsleutel (--recovery-key).",
        "Le fichier de clé à côté est endommagé. Utilisez plutôt la clé de secours "
        "(--recovery-key).",
    ),
    (
        errors.KeyFileFromOtherVault,
        "The key file beside it belongs to another vault. Use the recovery key instead.",
        "Het sleutelbestand ernaast hoort bij een andere kluis. Gebruik de herstelsleutel.",
        "Le fichier de clé à côté appartient à un autre coffre-fort. Utilisez plutôt la clé de "
        "secours.",
    ),
    (
        errors.KdfTooWeak,
        "The key file protects the passphrase too weakly and is refused. Use the recovery key.",
        "Het sleutelbestand beschermt de wachtwoordzin te zwak en wordt geweigerd. Gebruik de "
        "herstelsleutel.",
        "Le fichier de clé protège trop faiblement la phrase de passe et il est refusé. Utilisez "
        "la clé de secours.",
    ),
    (
        errors.VaultMissing,
        "There is no file at this place.",
        "Op deze plaats staat geen bestand.",
        "Il n'y a pas de fichier à cet endroit.",
    ),
    (
        errors.VaultExists,
        "A vault already exists at this place; it has not been changed. Choose a new place.",
        "Op deze plaats staat al een kluis; ze is niet veranderd. Kies een nieuwe plaats.",
        "Un coffre-fort existe déjà à cet endroit ; il n'a pas été modifié. Choisissez un nouvel "
        "endroit.",
    ),
    (
        BackupDamaged,
        "This backup is damaged, so it was not restored. Nothing has been changed.",
        "Deze reservekopie is beschadigd en is dus niet teruggezet. Er is niets veranderd.",
        "Cette sauvegarde est endommagée, elle n'a donc pas été restaurée. Rien n'a été modifié.",
    ),
    (
        errors.VaultSaltDamaged,
        "The first bytes of the file (its salt) are damaged; the notes themselves are intact. "
        "Nothing has been changed. Keep the file and its key file for an expert.",
        "De eerste bytes van het bestand (het zout) zijn beschadigd; de notities zelf zijn "
        "heel. Er is niets veranderd. Bewaar het bestand en het sleutelbestand voor een expert.",
        "Les premiers octets du fichier (son sel) sont endommagés ; les notes elles-mêmes sont "
        "intactes. Rien n'a été modifié. Gardez le fichier et son fichier de clé pour un expert.",
    ),
    (
        errors.VaultDamaged,
        "The file is damaged (perhaps cut short while copying). Nothing has been changed.",
        "Het bestand is beschadigd (misschien afgebroken tijdens het kopiëren). Er is niets "
        "veranderd.",
        "Le fichier est endommagé (peut-être coupé pendant une copie). Rien n'a été modifié.",
    ),
    (
        errors.NotAVault,
        "This file is not an Intake Companion vault or backup. Nothing has been changed.",
        "Dit bestand is geen kluis of reservekopie van Intake Companion. Er is niets veranderd.",
        "Ce fichier n'est ni un coffre-fort ni une sauvegarde d'Intake Companion. Rien n'a été "
        "modifié.",
    ),
    (
        errors.VaultFromNewerVersion,
        "This vault was written by a newer version of Intake Companion. Install that version.",
        "Deze kluis is geschreven door een nieuwere versie van Intake Companion. Installeer die.",
        "Ce coffre-fort a été écrit par une version plus récente d'Intake Companion. Installez "
        "cette version.",
    ),
    (
        errors.MigrationFailed,
        "Bringing the vault up to date failed and was undone.",
        "De kluis bijwerken is mislukt en ongedaan gemaakt.",
        "La mise à jour du coffre-fort a échoué et a été annulée.",
    ),
    (
        errors.VaultInUse,
        "This vault is open in Intake Companion (another window on this computer, or on another "
        "computer through a shared folder). Close it there first, then try again. Nothing has "
        "been changed.",
        "Deze kluis is open in Intake Companion (een ander venster op deze computer, of op een "
        "andere computer via een gedeelde map). Sluit ze daar eerst en probeer het dan opnieuw. "
        "Er is niets veranderd.",
        "Ce coffre-fort est ouvert dans Intake Companion (une autre fenêtre sur cet ordinateur, "
        "ou sur un autre ordinateur par un dossier partagé). Fermez-le d'abord à cet endroit, "
        "puis réessayez. Rien n'a été modifié.",
    ),
    (
        errors.VaultFolderReadOnly,
        "The folder cannot be written to. Nothing has been changed.",
        "In de map kan niet geschreven worden. Er is niets veranderd.",
        "Impossible d'écrire dans le dossier. Rien n'a été modifié.",
    ),
    (
        errors.UnsupportedSqlcipher,
        "This installation's encryption library cannot be used safely. Reinstall the program.",
        "De versleutelingsbibliotheek van deze installatie is niet veilig bruikbaar. "
        "Installeer het programma opnieuw.",
        "La bibliothèque de chiffrement de cette installation ne peut pas être utilisée en toute "
        "sécurité. Réinstallez le programme.",
    ),
    (
        BackupTargetExists,
        "A file with this name already exists there; it has not been changed.",
        "Daar staat al een bestand met deze naam; het is niet veranderd.",
        "Un fichier portant ce nom existe déjà à cet endroit ; il n'a pas été modifié.",
    ),
    (
        BackupUnreadable,
        "The backup did not read back correctly and was removed. Try another stick.",
        "De reservekopie las niet goed terug en is verwijderd. Probeer een andere stick.",
        "La sauvegarde n'a pas pu être relue correctement et a été supprimée. Essayez une autre "
        "clé USB.",
    ),
    (
        BackupFailed,
        "The backup could not be written (full, removed or read-only?). The vault is unchanged.",
        "De reservekopie kon niet geschreven worden (vol, weggenomen of alleen-lezen?). De "
        "kluis is niet veranderd.",
        "La sauvegarde n'a pas pu être écrite (pleine, retirée ou en lecture seule ?). Le "
        "coffre-fort n'a pas changé.",
    ),
    (
        RestoreFailed,
        "The new vault could not be made there: {reason}. The backup is unchanged and nothing "
        "half-made was left behind.",
        "De nieuwe kluis kon daar niet gemaakt worden: {reason}. De reservekopie is niet "
        "veranderd en er bleef niets half gemaakt achter.",
        "Le nouveau coffre-fort n'a pas pu être créé à cet endroit : {reason}. La "
        "sauvegarde n'a pas changé et rien de fait à moitié n'a été laissé.",
    ),
    (
        errors.FileInUse,
        "The file is open in another program (a PDF viewer, a virus scanner or a backup "
        "program), so it could not be replaced. Nothing has been changed; close it there and "
        "try again.",
        "Het bestand is open in een ander programma (een PDF-lezer, een virusscanner of een "
        "back-upprogramma) en kon daarom niet vervangen worden. Er is niets veranderd; sluit "
        "het daar en probeer opnieuw.",
        "Le fichier est ouvert dans un autre programme (un lecteur PDF, un antivirus ou un "
        "logiciel de sauvegarde) et n'a donc pas pu être remplacé. Rien n'a été modifié ; "
        "fermez-le et réessayez.",
    ),
    (
        errors.SaveFailed,
        "Writing failed (the disk may be full). It was undone completely.",
        "Schrijven is mislukt (de schijf is misschien vol). Het is volledig ongedaan gemaakt.",
        "L'écriture a échoué (le disque est peut-être plein). Elle a été entièrement annulée.",
    ),
    (
        errors.VaultError,
        "The vault could not be opened.",
        "De kluis kon niet geopend worden.",
        "Le coffre-fort n'a pas pu être ouvert.",
    ),
    (
        OSError,
        "The file could not be read or written. Nothing has been changed.",
        "Het bestand kon niet gelezen of geschreven worden. Er is niets veranderd.",
        "Le fichier n'a pas pu être lu ni écrit. Rien n'a été modifié.",
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
    for kind, english, dutch, french in ERROR_TEXTS:
        if isinstance(error, kind):
            wording = {"nl": dutch, "fr": french}.get(lang, english)
            group = ""
            if isinstance(error, errors.RecoveryKeyMistyped) and error.group:
                group = " ({} {})".format(GROUP_WORD.get(lang, "group"), error.group)
            return wording.format(group=group, reason=_reason(error, lang))
    return TEXTS_FALLBACK.get(lang, TEXTS_FALLBACK["en"])


GROUP_WORD = {"nl": "groep", "en": "group", "fr": "groupe"}

# Why a new vault could not be made when the system did not say.
NO_REASON = {
    "en": "the disk may be full or was removed",
    "nl": "de schijf is misschien vol of werd weggenomen",
    "fr": "le disque est peut-être plein ou a été retiré",
}


def _reason(error: BaseException, lang: str) -> str:
    found = getattr(error, "os_error", None)
    if isinstance(found, OSError):
        return os_errors.reason(found, lang)
    return NO_REASON.get(lang, NO_REASON["en"])


TEXTS_FALLBACK = {
    "en": "Something went wrong with the vault file. Nothing has been changed.",
    "nl": "Er ging iets mis met het kluisbestand. Er is niets veranderd.",
    "fr": "Un problème est survenu avec le fichier du coffre-fort. Rien n'a été modifié.",
}


def size_text(size: int, lang: str) -> str:
    megabytes = size / 1_000_000
    number = f"{megabytes:.1f}" if megabytes >= 0.1 else f"{size / 1000:.0f}"
    unit = "MB" if megabytes >= 0.1 else "kB"
    return (number.replace(".", ",") if lang in ("nl", "fr") else number) + " " + unit
