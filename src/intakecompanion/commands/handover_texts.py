"""What `handover` and `take-over` say, in Dutch, English and French (no Qt here)."""

from __future__ import annotations

from intakecompanion.commands.language import localized
from intakecompanion.handover.exchange import (
    AlreadyTakenOver,
    NoHandoverConsent,
    OwnHandover,
    TargetExists,
)
from intakecompanion.handover.transfer import (
    CodeMistyped,
    DamagedFile,
    ForeignFile,
    NewerFile,
    WrongCode,
)

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "no_code": "No transfer code was given. Nothing has been changed.",
        "unknown_client": "There is no client with number {id} in this vault. Nothing was written.",
        "handover_written": (
            "Handover file written: {path} ({size}), under the consent to {recipient} of {day}."
        ),
        "sheet_written": (
            "The client's sheet about the handover: {path}. It is not encrypted: give it to "
            "the client."
        ),
        "handover_code": (
            "Transfer code (give it to the new coach by phone or on paper, never with the file):"
        ),
        "handover_logged": (
            "The handover is recorded in this vault. The client's records are still here: erase "
            "the client in the app once the new coach has taken over."
        ),
        "own_notes_along": (
            "Your own notes (internal notes and notes on checklist points) went along in the "
            "handover file."
        ),
        "own_notes_left_out": "Your own notes stayed here: they are not in the handover file.",
        "taken_over_one": (
            "The client was taken over as number {id} ({count} conversation), handed over by "
            "{coach} on {day}."
        ),
        "taken_over_other": (
            "The client was taken over as number {id} ({count} conversations), handed over by "
            "{coach} on {day}."
        ),
        "someone": "a colleague",
    },
    "nl": {
        "no_code": "Er is geen overdrachtscode gegeven. Er is niets veranderd.",
        "unknown_client": (
            "Er is geen cliënt met nummer {id} in deze kluis. Er is niets geschreven."
        ),
        "handover_written": (
            "Overdrachtsbestand geschreven: {path} ({size}), met de toestemming voor {recipient} "
            "van {day}."
        ),
        "sheet_written": (
            "Het blad voor de cliënt over de overdracht: {path}. Het is niet versleuteld: geef "
            "het aan de cliënt."
        ),
        "handover_code": (
            "Overdrachtscode (geef ze aan de nieuwe coach via de telefoon of op papier, nooit "
            "samen met het bestand):"
        ),
        "handover_logged": (
            "De overdracht staat genoteerd in deze kluis. De gegevens van de cliënt staan hier "
            "nog: wis de cliënt in de app zodra de nieuwe coach overgenomen heeft."
        ),
        "own_notes_along": (
            "Je eigen notities (interne notities en notities bij punten) gingen mee in het "
            "overdrachtsbestand."
        ),
        "own_notes_left_out": (
            "Je eigen notities bleven hier: ze staan niet in het overdrachtsbestand."
        ),
        "taken_over_one": (
            "De cliënt is overgenomen als nummer {id} ({count} gesprek), overgedragen door "
            "{coach} op {day}."
        ),
        "taken_over_other": (
            "De cliënt is overgenomen als nummer {id} ({count} gesprekken), overgedragen door "
            "{coach} op {day}."
        ),
        "someone": "een collega",
    },
    "fr": {
        "no_code": "Aucun code de transfert n'a été donné. Rien n'a été modifié.",
        "unknown_client": (
            "Il n'y a pas de client numéro {id} dans ce coffre-fort. Rien n'a été écrit."
        ),
        "handover_written": (
            "Fichier de transfert écrit : {path} ({size}), selon le consentement du {day} "
            "(destinataire : {recipient})."
        ),
        "sheet_written": (
            "La feuille du client sur le transfert : {path}. Elle n'est pas chiffrée : "
            "donnez-la au client."
        ),
        "handover_code": (
            "Code de transfert (donnez-le au nouveau coach par téléphone ou sur papier, jamais "
            "avec le fichier) :"
        ),
        "handover_logged": (
            "Le transfert est enregistré dans ce coffre-fort. Les données du client sont encore "
            "ici : effacez le client dans l'application quand le nouveau coach l'a repris."
        ),
        "own_notes_along": (
            "Vos propres notes (notes internes et notes sur des points) sont dans le fichier "
            "de transfert."
        ),
        "own_notes_left_out": (
            "Vos propres notes sont restées ici : elles ne sont pas dans le fichier de transfert."
        ),
        "taken_over_one": (
            "Le client a été repris sous le numéro {id} ({count} entretien), transmis par "
            "{coach} le {day}."
        ),
        "taken_over_other": (
            "Le client a été repris sous le numéro {id} ({count} entretiens), transmis par "
            "{coach} le {day}."
        ),
        "someone": "un collègue",
    },
}

# (error class, English, Dutch, French); "{group}" is filled in for a mistyped code.
ERROR_TEXTS: list[tuple[type[BaseException], str, str, str]] = [
    (
        NoHandoverConsent,
        "This client has no consent in force for a handover to {recipient}. Record the "
        "client's consent first (to whom, what, why). Nothing was written.",
        "Deze cliënt heeft geen geldende toestemming voor een overdracht aan {recipient}. "
        "Noteer eerst de toestemming van de cliënt (aan wie, wat, waarom). Er is niets "
        "geschreven.",
        "Ce client n'a pas de consentement en vigueur pour un transfert (destinataire : "
        "{recipient}). Enregistrez d'abord le consentement du client (à qui, quoi, pourquoi). "
        "Rien n'a été écrit.",
    ),
    (
        TargetExists,
        "A file with this name already exists there; it has not been changed.",
        "Daar staat al een bestand met deze naam; het is niet veranderd.",
        "Un fichier portant ce nom existe déjà à cet endroit ; il n'a pas été modifié.",
    ),
    (
        CodeMistyped,
        "The transfer code has a typing mistake{group}. Check it with the sending coach. "
        "Nothing has been changed.",
        "De overdrachtscode bevat een tikfout{group}. Kijk ze na met de coach die ze gaf. Er "
        "is niets veranderd.",
        "Le code de transfert contient une faute de frappe{group}. Vérifiez-le avec le coach "
        "qui l'a donné. Rien n'a été modifié.",
    ),
    (
        WrongCode,
        "This transfer code does not belong to this file. Ask the sending coach for the code "
        "of this file. Nothing has been changed.",
        "Deze overdrachtscode hoort niet bij dit bestand. Vraag de coach die het stuurde de "
        "code van dit bestand. Er is niets veranderd.",
        "Ce code de transfert n'appartient pas à ce fichier. Demandez au coach qui l'a envoyé "
        "le code de ce fichier. Rien n'a été modifié.",
    ),
    (
        DamagedFile,
        "This handover file is damaged or incomplete (perhaps cut short while copying). Ask "
        "for a new one. Nothing has been changed.",
        "Dit overdrachtsbestand is beschadigd of onvolledig (misschien afgebroken tijdens het "
        "kopiëren). Vraag een nieuw. Er is niets veranderd.",
        "Ce fichier de transfert est endommagé ou incomplet (peut-être coupé pendant la "
        "copie). Demandez-en un nouveau. Rien n'a été modifié.",
    ),
    (
        ForeignFile,
        "This is not a handover file of Intake Companion. Nothing has been changed.",
        "Dit is geen overdrachtsbestand van Intake Companion. Er is niets veranderd.",
        "Ce n'est pas un fichier de transfert d'Intake Companion. Rien n'a été modifié.",
    ),
    (
        NewerFile,
        "This handover file was made by a newer version of Intake Companion. Install that "
        "version first. Nothing has been changed.",
        "Dit overdrachtsbestand is gemaakt met een nieuwere versie van Intake Companion. "
        "Installeer eerst die versie. Er is niets veranderd.",
        "Ce fichier de transfert a été créé par une version plus récente d'Intake Companion. "
        "Installez d'abord cette version. Rien n'a été modifié.",
    ),
    (
        AlreadyTakenOver,
        "This handover file has already been taken over into this vault. Nothing has been changed.",
        "Dit overdrachtsbestand is al overgenomen in deze kluis. Er is niets veranderd.",
        "Ce fichier de transfert a déjà été repris dans ce coffre-fort. Rien n'a été modifié.",
    ),
    (
        OwnHandover,
        "This handover file was written from this vault: the client is here already. Give it "
        "to the new coach. Nothing has been changed.",
        "Dit overdrachtsbestand is vanuit deze kluis geschreven: de cliënt staat hier al. Geef "
        "het aan de nieuwe coach. Er is niets veranderd.",
        "Ce fichier de transfert a été écrit à partir de ce coffre-fort : le client est déjà "
        "ici. Donnez-le au nouveau coach. Rien n'a été modifié.",
    ),
]


GROUP_WORD = {"nl": "groep", "en": "group", "fr": "groupe"}


def text(lang: str, key: str, count: int | None = None, **values: object) -> str:
    return localized(TEXTS, lang, key, count, **values)


def handover_error_text(error: BaseException, lang: str, recipient: str = "") -> str | None:
    """A plain sentence for a handover error in `lang`, or None for any other error."""
    for kind, english, dutch, french in ERROR_TEXTS:
        if isinstance(error, kind):
            wording = {"nl": dutch, "fr": french}.get(lang, english)
            group = ""
            if isinstance(error, CodeMistyped) and error.group:
                group = " ({} {})".format(GROUP_WORD.get(lang, "group"), error.group)
            return wording.format(group=group, recipient=recipient)
    return None
