"""Why the operating system refused to write a file, in Dutch, English or French (no Qt here).

`error.strerror` is the C library's English ("No space left on device"), which stood in the
middle of Dutch and French messages. Every message about a file that could not be written (the
app's and the commands') takes its reason from `reason` instead.
"""

from __future__ import annotations

import errno

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "full": "the disk is full",
        "quota": "your share of the disk is used up",
        "denied": "you may not write in that place",
        "read_only": "that disk or folder is read-only",
        "missing": "that folder does not exist (any more)",
        "not_folder": "a part of that path is not a folder",
        "is_folder": "a folder has that name",
        "too_long": "the name or the path is too long",
        "io": "the disk could not read or write (it may be failing or was removed)",
        "exists": "a file with that name is there already",
        "busy": "another program is using that file",
        "other": "the system refused (error {code})",
        "unknown": "the system refused",
    },
    "nl": {
        "full": "de schijf is vol",
        "quota": "je deel van de schijf is op",
        "denied": "je mag op die plaats niet schrijven",
        "read_only": "die schijf of map is alleen-lezen",
        "missing": "die map bestaat niet (meer)",
        "not_folder": "een deel van dat pad is geen map",
        "is_folder": "er is een map met die naam",
        "too_long": "de naam of het pad is te lang",
        "io": "de schijf kon niet lezen of schrijven (ze is misschien defect of verwijderd)",
        "exists": "er staat al een bestand met die naam",
        "busy": "een ander programma gebruikt dat bestand",
        "other": "het systeem weigerde (fout {code})",
        "unknown": "het systeem weigerde",
    },
    "fr": {
        "full": "le disque est plein",
        "quota": "votre part du disque est épuisée",
        "denied": "vous n'avez pas le droit d'écrire à cet endroit",
        "read_only": "ce disque ou ce dossier est en lecture seule",
        "missing": "ce dossier n'existe pas (ou plus)",
        "not_folder": "une partie de ce chemin n'est pas un dossier",
        "is_folder": "un dossier porte ce nom",
        "too_long": "le nom ou le chemin est trop long",
        "io": "le disque n'a pas pu lire ou écrire (il est peut-être défectueux ou retiré)",
        "exists": "un fichier de ce nom existe déjà",
        "busy": "un autre programme utilise ce fichier",
        "other": "le système a refusé (erreur {code})",
        "unknown": "le système a refusé",
    },
}

_KEYS = {
    errno.ENOSPC: "full",
    getattr(errno, "EDQUOT", -1): "quota",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EROFS: "read_only",
    errno.ENOENT: "missing",
    errno.ENOTDIR: "not_folder",
    errno.EISDIR: "is_folder",
    errno.ENAMETOOLONG: "too_long",
    errno.EIO: "io",
    errno.EEXIST: "exists",
    errno.EBUSY: "busy",
}


def reason(error: OSError, lang: str) -> str:
    """The reason in `lang` (English for a language not known), never the system's wording."""
    texts = TEXTS.get(lang, TEXTS["en"])
    code = error.errno
    if code is None:
        return texts["unknown"]
    return texts[_KEYS[code]] if code in _KEYS else texts["other"].format(code=code)
