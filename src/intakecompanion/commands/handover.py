"""`intakecompanion handover` and `intakecompanion take-over`: a client to a colleague.

`handover --client ID --recipient NAME --to FILE` writes the client's encrypted handover file
(only under a consent in force to NAME) and prints the transfer code; with `--sheet PDF
[--contact TEXT]` also the client's sheet about it ("Je nieuwe coach"). `take-over --from FILE`
asks the vault's passphrase and then the transfer code (with `--passphrase-stdin`: one per
line) and imports the client; the file and the code are checked before the vault is opened.
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
    NoSecret,
    SecretReader,
    add_secret_arguments,
    add_vault_argument,
    folder_missing,
    open_vault,
    report_failure,
    unlock_vault,
    vault_path,
)
from intakecompanion.commands.handover_texts import handover_error_text
from intakecompanion.commands.handover_texts import text as handover_text
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import size_text
from intakecompanion.domain.model import OwnNotes
from intakecompanion.domain.rows import UnknownRecord, local_now
from intakecompanion.handover.exchange import (
    ClientSheet,
    NoHandoverConsent,
    TargetExists,
    hand_over,
    read_handover,
    take_over,
)
from intakecompanion.handover.transfer import HandoverFileError, check_file


def add_parser(subparsers: Any, lang: str) -> None:
    send = subparsers.add_parser(
        "handover",
        lang=lang,
        help=help_text(lang, "handover"),
        description=help_text(lang, "handover_description"),
    )
    add_vault_argument(send, lang, "handover_vault")
    send.add_argument(
        "--client",
        type=int,
        required=True,
        metavar=help_text(lang, "client_metavar"),
        help=help_text(lang, "handover_client"),
    )
    send.add_argument(
        "--recipient",
        required=True,
        metavar=help_text(lang, "recipient_metavar"),
        help=help_text(lang, "handover_recipient"),
    )
    send.add_argument(
        "--to",
        type=Path,
        required=True,
        metavar=help_text(lang, "file_metavar"),
        help=help_text(lang, "handover_to"),
    )
    send.add_argument(
        "--sheet",
        type=Path,
        metavar=help_text(lang, "file_metavar"),
        help=help_text(lang, "handover_sheet"),
    )
    send.add_argument(
        "--contact",
        default="",
        metavar=help_text(lang, "contact_metavar"),
        help=help_text(lang, "handover_contact"),
    )
    send.add_argument(
        "--leave-out-internal-notes",
        action="store_true",
        help=help_text(lang, "handover_leave_out"),
    )
    add_secret_arguments(send, lang)
    add_language_argument(send, help_text(lang, "command_lang"))
    send.set_defaults(handler=run_handover)

    receive = subparsers.add_parser(
        "take-over",
        lang=lang,
        help=help_text(lang, "take_over"),
        description=help_text(lang, "take_over_description"),
    )
    add_vault_argument(receive, lang, "take_over_vault")
    receive.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar=help_text(lang, "file_metavar"),
        help=help_text(lang, "take_over_from"),
    )
    add_secret_arguments(receive, lang)
    add_language_argument(receive, help_text(lang, "command_lang"))
    receive.set_defaults(handler=run_take_over)


def run_handover(args: argparse.Namespace) -> int:
    lang = language(args)
    target = Path(args.to)
    # The sheet in the --lang given (then the client's from now on), else the client's language.
    chosen = getattr(args, "lang", None) or ""
    sheet = ClientSheet(Path(args.sheet), chosen, args.contact, lang) if args.sheet else None
    if folder_missing(target.parent, lang) or (
        sheet is not None and folder_missing(sheet.path.parent, lang)
    ):
        return EXIT_FAILED
    try:
        if target.exists() or (sheet is not None and sheet.path.exists()):
            raise TargetExists()
        if sheet is not None:
            from intakecompanion.summary.cli import ensure_gui_application

            ensure_gui_application()
        with unlock_vault(args, lang, writes=True) as vault:
            done = hand_over(
                vault,
                args.client,
                args.recipient,
                target,
                local_now,
                sheet,
                leave_out_internal_notes=args.leave_out_internal_notes,
            )
    except UnknownRecord:
        print(handover_text(lang, "unknown_client", id=args.client), file=sys.stderr)
        return EXIT_FAILED
    except (NoHandoverConsent, TargetExists) as error:
        print(handover_error_text(error, lang, args.recipient), file=sys.stderr)
        return EXIT_FAILED
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    consent = done.consent
    print(
        handover_text(
            lang,
            "handover_written",
            path=done.path,
            size=size_text(done.size, lang),
            recipient=consent.recipient,
            day=consent.decided_on.isoformat(),
        )
    )
    if done.sheet is not None:
        print(handover_text(lang, "sheet_written", path=done.sheet))
    if done.own_notes is not OwnNotes.NONE:
        print(handover_text(lang, f"own_notes_{done.own_notes}"))
    print(handover_text(lang, "handover_code"))
    print(done.code)
    print(handover_text(lang, "handover_logged"))
    return EXIT_OK


def run_take_over(args: argparse.Namespace) -> int:
    lang = language(args)
    reader = SecretReader(lang, args.passphrase_stdin)
    try:
        data = Path(args.source).read_bytes()
        check_file(data)  # a foreign, newer or damaged file is told before anything is asked
        secret = reader.unlock_secret(args.recovery_key)
        try:
            code = reader.ask("prompt_code")
        except NoSecret:
            print(handover_text(lang, "no_code"), file=sys.stderr)
            return EXIT_FAILED
        opened, payload = read_handover(data, code)  # the code is checked before the vault
        with open_vault(vault_path(args), secret, writes=True) as vault:
            result = take_over(vault, opened, payload)
    except HandoverFileError as error:
        print(handover_error_text(error, lang), file=sys.stderr)
        return EXIT_FAILED
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    coach = result.from_name or handover_text(lang, "someone")
    if result.from_organisation:
        coach += f" ({result.from_organisation})"
    print(
        handover_text(
            lang,
            "taken_over",
            count=result.conversations,
            id=result.client_id,
            coach=coach,
            day=result.sent_at.date().isoformat(),
        )
    )
    return EXIT_OK
