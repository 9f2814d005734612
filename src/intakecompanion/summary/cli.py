"""`intakecompanion summary`: write a conversation's client summary to PDF, without the GUI.

For offices that print in batches. The passphrase comes from a hidden prompt or, with
`--passphrase-stdin`, from standard input; never from the command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from intakecompanion import os_errors
from intakecompanion.commands.common import (
    COMMAND_FAILURES,
    EXIT_FAILED,
    EXIT_OK,
    FAILURES,
    add_secret_arguments,
    add_vault_argument,
    folder_missing,
    report_failure,
    unlock_vault,
)
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import pages_text
from intakecompanion.vault.errors import FileInUse

MESSAGES = {
    "nl": {
        "done": "Verslag geschreven: {path} ({pages}). Let op: een PDF is niet versleuteld.",
        "unknown_conversation": "Er is geen gesprek met nummer {id} in deze kluis.",
        "cannot_write": "De PDF kan niet geschreven worden in {folder}: {reason}. "
        "Er is niets veranderd.",
        "nothing_handed": "Voor gesprek {id} werd nog geen verslag meegegeven. Laat --again weg "
        "om een nieuw verslag te maken.",
        "not_kept": "De PDF {path} is geschreven, maar kon niet bewaard worden in het dossier "
        "van de cliënt. Maak hem opnieuw als bewaren weer lukt.",
        "sheet_unreadable": "Het bewaarde verslag van gesprek {id} kan niet gelezen worden. Laat "
        "--again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "note_not_shared": "Het bewaarde verslag van gesprek {id} bevat een notitie die niet "
        "meer gedeeld wordt met de cliënt (intern gemaakt, veranderd of gewist). Het wordt niet "
        "opnieuw afgedrukt. Laat --again weg om een nieuw verslag te maken. Er is niets "
        "geschreven.",
        "appointment_changed": "Het bewaarde verslag van gesprek {id} noemt een afspraak die "
        "sindsdien verzet, afgezegd, weggehaald of veranderd is. Het wordt niet opnieuw "
        "afgedrukt. Laat --again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "consent_withdrawn": "Het bewaarde verslag van gesprek {id} zegt dat een toestemming "
        "geldt die sindsdien ingetrokken of veranderd is. Het wordt niet opnieuw afgedrukt. "
        "Laat --again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "consent_given": "Het bewaarde verslag van gesprek {id} zegt dat iets niet gedeeld "
        "wordt, maar sindsdien is daarvoor toestemming gegeven. Het wordt niet opnieuw "
        "afgedrukt. Laat --again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "met_changed": "Het bewaarde verslag van gesprek {id} zegt of de afspraak van die dag "
        "doorging, en dat is sindsdien veranderd. Het wordt niet opnieuw afgedrukt. Laat "
        "--again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "not_held_changed": "Het bewaarde verslag van gesprek {id} zegt dat een afspraak niet "
        "doorging, en die heeft nu een andere uitkomst. Het wordt niet opnieuw afgedrukt. Laat "
        "--again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "appointment_passed": "Het bewaarde verslag van gesprek {id} noemt als volgende "
        "afspraak een afspraak die intussen voorbij is. Het wordt niet opnieuw afgedrukt. "
        "Laat --again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "appointment_made": "Het bewaarde verslag van gesprek {id} zegt dat er geen nieuwe "
        "afspraak vaststaat, maar sindsdien is er een gemaakt. Het wordt niet opnieuw "
        "afgedrukt. Laat --again weg om een nieuw verslag te maken. Er is niets geschreven.",
        "steps_changed": "Wat het bewaarde verslag van gesprek {id} over de kleine stappen "
        "zegt, klopt niet meer (een stap is intussen gedaan, gestopt, weer open, weggehaald, "
        "voor iemand anders of voor een andere datum, of er kwam een stap bij terwijl erop "
        "staat dat er geen open staat). Het wordt niet opnieuw afgedrukt. Laat --again weg "
        "om een nieuw verslag te maken. Er is niets geschreven.",
        "contact_changed": "Op het bewaarde verslag van gesprek {id} staan gegevens van de coach "
        "die sindsdien veranderd zijn. Het wordt niet opnieuw "
        "afgedrukt. Laat --again weg om een nieuw verslag te maken. Er is niets geschreven.",
    },
    "en": {
        "done": "Sheet written: {path} ({pages}). Note: a PDF is not encrypted.",
        "unknown_conversation": "There is no conversation with number {id} in this vault.",
        "cannot_write": "The PDF cannot be written in {folder}: {reason}. Nothing was changed.",
        "nothing_handed": "No sheet was handed over for conversation {id} yet. Leave out --again "
        "to make a new one.",
        "not_kept": "The PDF {path} was written, but could not be kept in the client's file. "
        "Make it again once saving works.",
        "sheet_unreadable": "The kept sheet of conversation {id} cannot be read. Leave out "
        "--again to make a new one. Nothing was written.",
        "note_not_shared": "The kept sheet of conversation {id} holds a note that is no longer "
        "shared with the client (made internal, changed or deleted). It is not printed again. "
        "Leave out --again to make a new one. Nothing was written.",
        "appointment_changed": "The kept sheet of conversation {id} names an appointment "
        "that was moved, cancelled, removed or changed since. It is not printed again. "
        "Leave out --again to make a new one. Nothing was written.",
        "consent_withdrawn": "The kept sheet of conversation {id} says a consent is given "
        "that was withdrawn or changed since. It is not printed again. Leave out --again to "
        "make a new one. Nothing was written.",
        "consent_given": "The kept sheet of conversation {id} says something is not shared, "
        "but consent to share it was given since. It is not printed again. Leave out --again "
        "to make a new one. Nothing was written.",
        "met_changed": "The kept sheet of conversation {id} says whether the appointment of "
        "that day took place, and that was changed since. It is not printed again. Leave out "
        "--again to make a new one. Nothing was written.",
        "not_held_changed": "The kept sheet of conversation {id} says an appointment did not "
        "take place, and it has another outcome now. It is not printed again. Leave out "
        "--again to make a new one. Nothing was written.",
        "appointment_passed": "The kept sheet of conversation {id} names as the next "
        "appointment one that has passed since. It is not printed again. Leave out --again "
        "to make a new one. Nothing was written.",
        "appointment_made": "The kept sheet of conversation {id} says no new appointment is "
        "set, but one was made since. It is not printed again. Leave out --again to make a "
        "new one. Nothing was written.",
        "steps_changed": "What the kept sheet of conversation {id} says of the small steps "
        "no longer holds (a step was done, dropped, opened again, removed, given to someone "
        "else or another date since, or one was agreed where it said none is open). It is not "
        "printed again. Leave out --again to make a new one. Nothing was written.",
        "contact_changed": "The kept sheet of conversation {id} gives the coach's details as "
        "they were; they changed since. It is not printed "
        "again. Leave out --again to make a new one. Nothing was written.",
    },
    "fr": {
        "done": "Fiche écrite : {path} ({pages}). Attention : un PDF n'est pas chiffré.",
        "unknown_conversation": "Il n'y a pas d'entretien numéro {id} dans ce coffre-fort.",
        "cannot_write": "Le PDF ne peut pas être écrit dans {folder} : {reason}. Rien n'a été "
        "modifié.",
        "nothing_handed": "Aucune fiche n'a encore été remise pour l'entretien {id}. Retirez "
        "--again pour en faire une nouvelle.",
        "not_kept": "Le PDF {path} a été écrit, mais n'a pas pu être gardé dans le dossier du "
        "client. Refaites-le quand l'enregistrement fonctionne.",
        "sheet_unreadable": "La fiche gardée de l'entretien {id} ne peut pas être lue. Retirez "
        "--again pour en faire une nouvelle. Rien n'a été écrit.",
        "note_not_shared": "La fiche gardée de l'entretien {id} contient une note qui n'est "
        "plus partagée avec le client (rendue interne, modifiée ou supprimée). Elle n'est pas "
        "réimprimée. Retirez --again pour en faire une nouvelle. Rien n'a été écrit.",
        "appointment_changed": "La fiche gardée de l'entretien {id} indique un rendez-vous "
        "qui a été déplacé, annulé, retiré ou modifié depuis. Elle n'est pas réimprimée. "
        "Retirez --again pour en faire une nouvelle. Rien n'a été écrit.",
        "consent_withdrawn": "La fiche gardée de l'entretien {id} indique un consentement "
        "donné qui a été retiré ou modifié depuis. Elle n'est pas réimprimée. Retirez --again "
        "pour en faire une nouvelle. Rien n'a été écrit.",
        "consent_given": "La fiche gardée de l'entretien {id} indique que quelque chose n'est "
        "pas partagé, mais un consentement pour le partager a été donné depuis. Elle n'est pas "
        "réimprimée. Retirez --again pour en faire une nouvelle. Rien n'a été écrit.",
        "met_changed": "La fiche gardée de l'entretien {id} indique si le rendez-vous de ce "
        "jour-là a eu lieu, et cela a changé depuis. Elle n'est pas réimprimée. Retirez "
        "--again pour en faire une nouvelle. Rien n'a été écrit.",
        "not_held_changed": "La fiche gardée de l'entretien {id} indique qu'un rendez-vous n'a "
        "pas eu lieu, et il a maintenant un autre résultat. Elle n'est pas réimprimée. Retirez "
        "--again pour en faire une nouvelle. Rien n'a été écrit.",
        "appointment_passed": "La fiche gardée de l'entretien {id} indique comme prochain "
        "rendez-vous un rendez-vous qui est passé depuis. Elle n'est pas réimprimée. Retirez "
        "--again pour en faire une nouvelle. Rien n'a été écrit.",
        "appointment_made": "La fiche gardée de l'entretien {id} indique qu'aucun nouveau "
        "rendez-vous n'est fixé, mais un rendez-vous a été pris depuis. Elle n'est pas "
        "réimprimée. Retirez --again pour en faire une nouvelle. Rien n'a été écrit.",
        "steps_changed": "Ce que la fiche gardée de l'entretien {id} indique sur les petites "
        "étapes n'est plus vrai (une étape a été faite, arrêtée, rouverte, retirée, confiée à "
        "quelqu'un d'autre ou changée de date depuis, ou une étape a été ajoutée alors qu'elle "
        "indique qu'il n'y en a plus). Elle n'est pas réimprimée. Retirez --again pour en faire "
        "une nouvelle. Rien n'a été écrit.",
        "contact_changed": "La fiche gardée de l'entretien {id} donne les coordonnées du coach "
        "qui ont changé depuis. Elle n'est pas réimprimée. "
        "Retirez --again pour en faire une nouvelle. Rien n'a été écrit.",
    },
}


# The message for each reason (`Outdated` value) a kept sheet is not printed again.
_STALE_KEYS = {
    "note": "note_not_shared",
    "appointment": "appointment_changed",
    "appointment_made": "appointment_made",
    "consent": "consent_withdrawn",
    "consent_given": "consent_given",
    "met": "met_changed",
    "not_held": "not_held_changed",
    "appointment_passed": "appointment_passed",
    "contact": "contact_changed",
    "steps": "steps_changed",
}


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "summary",
        lang=lang,
        help=help_text(lang, "summary"),
        description=help_text(lang, "summary_description"),
    )
    add_vault_argument(parser, lang, "summary_vault")
    parser.add_argument(
        "--conversation",
        type=int,
        required=True,
        metavar=help_text(lang, "summary_conversation_metavar"),
        help=help_text(lang, "summary_conversation"),
    )
    parser.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar=help_text(lang, "summary_pdf_metavar"),
        help=help_text(lang, "summary_pdf"),
    )
    # One language for the summary and for what the command says (the summary's languages are
    # the command line's).
    add_language_argument(parser, help_text(lang, "summary_lang"))
    parser.add_argument(
        "--paper", choices=["A4", "Letter"], default="A4", help=help_text(lang, "summary_paper")
    )
    parser.add_argument("--again", action="store_true", help=help_text(lang, "summary_again"))
    add_secret_arguments(parser, lang)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    out = Path(args.pdf)
    if folder_missing(out.parent, lang):
        return EXIT_FAILED
    try:
        vault = unlock_vault(args, lang, writes=True)  # it keeps the sheet handed over
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    try:
        chosen = getattr(args, "lang", None)  # --lang given: this print's language, remembered
        return _write(vault, args.conversation, out, args.paper, lang, args.again, chosen)
    finally:
        vault.close()


def _write(
    vault: Any,
    conversation_id: int,
    out: Path,
    paper: str,
    lang: str,
    again: bool = False,
    chosen: str | None = None,
) -> int:
    """Write the sheet (a new one stating what stands today, or `again` the one handed over
    last, exactly as it was) and keep it in the client's file as handed over. A new sheet is
    in the `chosen` language, which becomes the client's; without one, in the client's
    language, else in `lang` (the terminal's)."""
    from intakecompanion.domain.casebook import Casebook, UnknownRecord
    from intakecompanion.domain.model import SheetMedium
    from intakecompanion.summary.content import build_summary
    from intakecompanion.summary.handed import (
        SheetNoLongerTrue,
        SheetUnreadable,
        handed_summary,
        record_handed_sheet,
    )

    casebook = Casebook(vault)
    try:
        if again:
            sheets = casebook.handed_sheets(conversation_id)
            if not sheets:
                print(message(lang, "nothing_handed", id=conversation_id), file=sys.stderr)
                return EXIT_FAILED
            summary = handed_summary(casebook, sheets[-1].id)
        else:
            client_id = casebook.conversation(conversation_id).client_id
            lang = chosen or casebook.client(client_id).language_or(lang)
            summary = build_summary(casebook, conversation_id, lang)
    except UnknownRecord:
        print(message(lang, "unknown_conversation", id=conversation_id), file=sys.stderr)
        return EXIT_FAILED
    except SheetUnreadable:
        print(message(lang, "sheet_unreadable", id=conversation_id), file=sys.stderr)
        return EXIT_FAILED
    except SheetNoLongerTrue as stale:
        key = _STALE_KEYS[stale.reason.value]
        print(message(lang, key, id=conversation_id), file=sys.stderr)
        return EXIT_FAILED
    ensure_gui_application()
    from intakecompanion.summary.render import render_pdf

    try:
        pages = render_pdf(summary, out, paper)
    except FileInUse as error:  # an older PDF there, open in a viewer (Windows)
        return report_failure(error, lang)
    except OSError as error:
        reason = os_errors.reason(error, lang)
        print(message(lang, "cannot_write", folder=out.parent, reason=reason), file=sys.stderr)
        return EXIT_FAILED
    try:  # what was handed over is kept in the client's file, as in the app
        remember = chosen is not None and not again
        record_handed_sheet(
            casebook,
            conversation_id,
            summary,
            SheetMedium.PDF,
            str(out),
            remember_language=remember,
        )
    except FAILURES as error:
        print(message(lang, "not_kept", path=out), file=sys.stderr)
        return report_failure(error, lang)
    print(message(lang, "done", path=out, pages=pages_text(pages, lang)))
    return EXIT_OK


def message(lang: str, key: str, **values: object) -> str:
    return MESSAGES[lang if lang in MESSAGES else "en"][key].format(**values)


_application: Any = None  # kept referenced: Qt's application must outlive every document


def ensure_gui_application() -> Any:
    """The QGuiApplication that text layout needs; off-screen when there is no display."""
    global _application
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["intakecompanion"])
    return QGuiApplication.instance()
