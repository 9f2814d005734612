"""`intakecompanion export-client`: the client's copy of their file, PDF and JSON, in a folder.

Uses the review choices stored in the vault for internal notes and item notes; while some await
review it writes nothing and says how many, unless `--include-unreviewed` (then they are copied
as they stand). Neither file is encrypted; the command says so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from intakecompanion.commands.common import (
    COMMAND_FAILURES,
    EXIT_FAILED,
    EXIT_OK,
    add_secret_arguments,
    add_vault_argument,
    folder_missing,
    report_failure,
    unlock_vault,
)
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import pages_text

MESSAGES = {
    "nl": {
        "done": "Kopie van het dossier geschreven: {pdf} ({pages}) en {json}. Let op: deze "
        "bestanden zijn niet versleuteld. De kopie staat genoteerd in het dossier.",
        "unknown_client": "Er is geen cliënt met nummer {id} in deze kluis. Er is niets "
        "geschreven.",
        "not_reviewed": "{count} interne notitie(s) of notitie(s) bij een punt wachten nog op "
        "je keuze: meenemen, deels zwart maken of weglaten (met een reden). Kies in het "
        "venster: cliëntpagina, Kopie van het dossier. Of geef --include-unreviewed om ze "
        "ongewijzigd mee te nemen, maar lees ze dan eerst na op wat over anderen gaat. Er is "
        "niets geschreven.",
        "exists": "{path} bestaat al. Er is niets overschreven.",
    },
    "en": {
        "done": "Copy of the file written: {pdf} ({pages}) and {json}. Note: these files are "
        "not encrypted. The copy is recorded in the client's file.",
        "unknown_client": "There is no client with number {id} in this vault. Nothing was written.",
        "not_reviewed": "{count} internal note(s) or item note(s) still await your choice: "
        "include, black out parts, or leave out (with a reason). Choose in the window: client "
        "page, Copy of the file. Or give --include-unreviewed to include them as they stand, "
        "but first read them for what concerns other people. Nothing was written.",
        "exists": "{path} already exists. Nothing was overwritten.",
    },
    "fr": {
        "done": "Copie du dossier écrite : {pdf} ({pages}) et {json}. Attention : ces fichiers "
        "ne sont pas chiffrés. La copie est enregistrée dans le dossier du client.",
        "unknown_client": "Il n'y a pas de client numéro {id} dans ce coffre-fort. Rien n'a été "
        "écrit.",
        "not_reviewed": "{count} note(s) interne(s) ou note(s) sur un point attendent encore "
        "votre choix : les reprendre, en noircir une partie ou les laisser de côté (avec une "
        "raison). Choisissez dans la fenêtre : page du client, Copie du dossier. Ou donnez "
        "--include-unreviewed pour les reprendre telles quelles, mais relisez-les d'abord "
        "pour ce qui concerne d'autres personnes. Rien n'a été écrit.",
        "exists": "{path} existe déjà. Rien n'a été écrasé.",
    },
}


def message(lang: str, key: str, **values: object) -> str:
    return MESSAGES[lang if lang in MESSAGES else "en"][key].format(**values)


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "export-client",
        lang=lang,
        help=help_text(lang, "export_client"),
        description=help_text(lang, "export_client_description"),
    )
    add_vault_argument(parser, lang, "export_client_vault")
    parser.add_argument(
        "--client",
        type=int,
        required=True,
        metavar=help_text(lang, "client_metavar"),
        help=help_text(lang, "export_client_client"),
    )
    parser.add_argument(
        "--to",
        type=Path,
        required=True,
        metavar=help_text(lang, "folder_metavar"),
        help=help_text(lang, "export_client_to"),
    )
    parser.add_argument(
        "--include-unreviewed",
        action="store_true",
        help=help_text(lang, "export_client_include_unreviewed"),
    )
    add_language_argument(parser, help_text(lang, "export_client_lang"))
    add_secret_arguments(parser, lang)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    folder = Path(args.to)
    if folder_missing(folder, lang):
        return EXIT_FAILED
    try:
        with unlock_vault(args, lang, writes=True) as vault:
            return _write(vault, args, folder, lang)
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)


def _write(vault: Any, args: argparse.Namespace, folder: Path, lang: str) -> int:
    from intakecompanion.clientcopy.content import NotReviewed
    from intakecompanion.clientcopy.write import CopyExists, write_client_copy
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.domain.rows import UnknownRecord
    from intakecompanion.summary.cli import ensure_gui_application

    ensure_gui_application()
    casebook = Casebook(vault)
    chosen = getattr(args, "lang", None)  # --lang given: this copy's language, remembered
    try:
        lang = chosen or casebook.client(args.client).language_or(lang)
        done = write_client_copy(
            casebook, args.client, folder, lang, include_unreviewed=args.include_unreviewed
        )
    except UnknownRecord:
        print(message(lang, "unknown_client", id=args.client), file=sys.stderr)
        return EXIT_FAILED
    except NotReviewed as waiting:
        print(message(lang, "not_reviewed", count=waiting.count), file=sys.stderr)
        return EXIT_FAILED
    except CopyExists as exists:
        print(message(lang, "exists", path=exists), file=sys.stderr)
        return EXIT_FAILED
    if chosen is not None:
        casebook.set_client_language(args.client, chosen)
    print(message(lang, "done", pdf=done.pdf, json=done.json, pages=pages_text(done.pages, lang)))
    return EXIT_OK
