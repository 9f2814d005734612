"""Erasing a client from the workspace: the erasure under the organisation's retention rule,
and what the coach is told when it is refused or when its remnants leave the vault's journal.

Its texts keep the workspace's translation context ("Workspace"), where they always were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from intakecompanion.clientcopy.write import CopyExists
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import LeftOutside
from intakecompanion.domain.retention import ErasureRefused
from intakecompanion.guide.model import Retention
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.vault.errors import VaultError


def not_saved_first_text() -> str:
    return QCoreApplication.translate(
        "Workspace",
        "The client was not erased: the open conversation could not be saved "
        "first. Try again once saving works.",
    )


def erase_client(
    casebook: Casebook,
    client_id: int,
    retention: Retention | None,
    erase: Callable[[], object] | None = None,
) -> str:
    """Erase the client (`erase`: how, by default the plain erasure under `retention`);
    "" once done, else what to tell the coach (then nothing was erased)."""
    if erase is None:
        return erasure_refusal(
            lambda: casebook.delete_client(client_id, fold_wal=False, retention=retention)
        )
    return erasure_refusal(erase)


def erasure_refusal(step: Callable[[], object]) -> str:
    """Run a step of an erasure; "" once done, else what to tell the coach (nothing erased)."""
    try:
        step()
    except ErasureRefused as refused:
        if refused.hold is None:
            return QCoreApplication.translate(
                "Workspace",
                "Your organisation's guide says this program may not erase files "
                "(they are kept for the archive). Nothing was erased.",
            )
        return fill(
            QCoreApplication.translate(
                "Workspace",
                "This file is on hold (\u201cdo not erase\u201d): %1. Nothing was erased.",
            ),
            refused.hold.reason,
        )
    except CopyExists:
        return QCoreApplication.translate(
            "Workspace",
            "A copy of today is already in that folder; it was not changed. Nothing was erased.",
        )
    except (VaultError, OSError) as error:
        return vault_error_message(error)
    return ""


def remnants_remain_text() -> str:
    return QCoreApplication.translate(
        "Workspace",
        "The client and all their records have been erased. A backup that is still "
        "running reads the vault, so encrypted remnants stay in the vault's journal file "
        "until it is done; they are removed then, at the latest when the vault is locked.",
    )


def remnants_removed_text() -> str:
    return QCoreApplication.translate(
        "Workspace",
        "The encrypted remnants of the erased client are now removed from the "
        "vault's journal file.",
    )


def left_outside_text(outside: LeftOutside) -> str:
    """What erasing does not reach, said before and after the erasure: the backups made while
    the client was in the vault, and the files this program wrote for them elsewhere."""
    if outside.backups and outside.last_backup is not None:
        lines = [
            fill(
                QCoreApplication.translate(
                    "Workspace",
                    "Backups of the vault made while this client was in it: %1, the last on "
                    "%2. They still hold this client: erasing cannot reach them, and restoring "
                    "one brings the client back.",
                ),
                outside.backups,
                format_date(outside.last_backup.date()),
            )
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "Workspace", "This program made no backup of the vault while this client was in it."
            )
        ]
    if outside.files:
        lines.append(
            QCoreApplication.translate(
                "Workspace",
                "This program wrote these files for this client outside the vault; it cannot "
                "erase them. Delete them yourself where they should go too:",
            )
        )
        lines += ["\u2022 " + path for path in outside.files]
    return "\n".join(lines)
