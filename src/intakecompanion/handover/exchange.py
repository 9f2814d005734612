"""Handing a client over to a colleague, and taking one over (issue 16).

Sending needs the client's consent: a consent of this client **in force now** (given, not
withdrawn, not past its end date) whose recipient is the new coach or service, as typed for
the handover (compared without regard to case, accents or spacing). The payload is built in
memory, sealed (`transfer.py`), written as one 0600 file, and the handover is logged in the
sender's vault. Taking over reads the file in memory, checks it and the code before the
vault is touched, then imports everything in one transaction with the sending coach and
moment recorded. The client's sheet about the handover ("Je nieuwe coach",
`letter.py`) is written with it when asked, and named in the same log entry.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from intakecompanion import __version__
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CoachProfile, Consent, OwnNotes
from intakecompanion.domain.rows import local_now
from intakecompanion.handover.letter import (
    HandoverLetter,
    build_letter,
    letter_footer_html,
    letter_html,
)
from intakecompanion.handover.letter_texts import text as letter_text
from intakecompanion.handover.records import (
    Rows,
    export_client,
    import_client,
    internal_notes,
    without_folders,
    without_internal_notes,
)
from intakecompanion.handover.transfer import (
    DamagedFile,
    HandoverFileError,
    NewerFile,
    Opened,
    open_file,
    seal,
)
from intakecompanion.vault import files
from intakecompanion.vault.migrations import latest_version, schema_version
from intakecompanion.vault.unlocked import Vault

PAYLOAD_FORMAT = 1
_FROM_FIELDS = ("name", "organisation", "phone", "email")


class NoHandoverConsent(Exception):
    """The client has no consent in force for a handover to this recipient."""


class TargetExists(Exception):
    """The handover file's place is taken; nothing is overwritten."""


class AlreadyTakenOver(HandoverFileError):
    """This vault has taken this very file over before."""


class OwnHandover(HandoverFileError):
    """This vault wrote this file: the client is here already."""


@dataclass(frozen=True)
class HandedOver:
    path: Path
    size: int
    code: str
    consent: Consent
    sheet: Path | None = None  # the client's sheet "Je nieuwe coach", if asked for
    own_notes: OwnNotes = OwnNotes.NONE  # whether the coach's own notes went along


@dataclass(frozen=True)
class TakenOver:
    client_id: int
    conversations: int
    from_name: str
    from_organisation: str
    sent_at: datetime


@dataclass(frozen=True)
class TakeoverRecord:
    """Where a taken-over client came from."""

    from_name: str
    from_organisation: str
    from_phone: str
    from_email: str
    sent_at: datetime
    taken_at: datetime


def _normal(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def same_recipient(a: str, b: str) -> bool:
    return bool(_normal(a)) and _normal(a) == _normal(b)


def held_by_me(name: str | None, organisation: str | None, profile: CoachProfile) -> bool:
    """A conversation a file says `name` at `organisation` held is this vault's coach's own:
    her name and organisation (case and accents aside). A client handed back comes home."""
    return same_recipient(name or "", profile.name) and _normal(organisation or "") == _normal(
        profile.organisation
    )


def handover_consent(book: Casebook, client_id: int, recipient: str) -> Consent:
    """The consent in force now that allows handing the client over to `recipient`."""
    now = book._clock()
    for consent in reversed(book.client_consents(client_id)):
        if consent.in_force_on(now) and same_recipient(consent.recipient, recipient):
            return consent
    raise NoHandoverConsent()


@dataclass(frozen=True)
class ClientSheet:
    """Where to write the client's handover sheet (a new file), in which language, and how
    the client reaches the new coach (as the sending coach types it; may be empty). `lang` ""
    writes it in the client's language, else in `default_lang`; a `lang` chosen for the sheet
    becomes the client's language."""

    path: Path
    lang: str
    contact: str = ""
    default_lang: str = "en"


def hand_over(
    vault: Vault,
    client_id: int,
    recipient: str,
    target: Path,
    clock: Callable[[], datetime],
    sheet: ClientSheet | None = None,
    leave_out_internal_notes: bool = False,
) -> HandedOver:
    """Write the client's handover file at `target` (new), with `sheet` also the client's
    sheet about it (a PDF: needs a QGuiApplication), and log the handover with both. With
    `leave_out_internal_notes` the coach's own notes stay here (`without_internal_notes`): the
    client's consent may not cover them."""
    book = Casebook(vault, clock=clock)
    client = book.client(client_id)  # UnknownRecord when there is no such client
    consent = handover_consent(book, client_id, recipient)
    if target.exists() or (sheet is not None and sheet.path.exists()):
        raise TargetExists()
    sent_at = clock()
    profile = book.profile()
    tables = without_folders(with_holders(export_client(vault.db, client_id), profile))
    own_notes = OwnNotes.NONE
    if internal_notes(tables):
        own_notes = OwnNotes.LEFT_OUT if leave_out_internal_notes else OwnNotes.ALONG
    if leave_out_internal_notes:
        tables = without_internal_notes(tables)
    payload = {
        "format": PAYLOAD_FORMAT,
        "schema": schema_version(vault.db),
        "program": __version__,
        "sent_at": sent_at.isoformat(),
        "from": {name: getattr(profile, name) for name in _FROM_FIELDS},
        "consent_id": consent.id,
        "tables": tables,
    }
    sealed = seal(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    made = [target]
    files.write_private_file(target, sealed.data)
    try:
        if sheet is not None:
            letter_lang = sheet.lang or client.language_or(sheet.default_lang)
            letter = build_letter(
                letter_lang, tables, consent, profile, sheet.contact, sent_at.date()
            )
            files.write_private_file(sheet.path, _letter_pdf(letter))
            made.append(sheet.path)
        with vault.transaction() as db:
            db.execute(
                "INSERT INTO handovers (transfer_id, client_id, consent_id, recipient, sent_at, "
                "recipient_contact, sheet, file, own_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sealed.transfer_id,
                    client_id,
                    consent.id,
                    consent.recipient,
                    sent_at.isoformat(),
                    sheet.contact.strip() if sheet else "",
                    str(sheet.path) if sheet else "",
                    str(target),
                    str(own_notes),
                ),
            )
            if sheet is not None and sheet.lang:
                db.execute("UPDATE clients SET language = ? WHERE id = ?", (sheet.lang, client_id))
    except BaseException:
        files.remove_quietly(made)  # no handover (or sheet) without its entry in the log
        raise
    return HandedOver(
        target,
        len(sealed.data),
        sealed.code,
        consent,
        sheet.path if sheet else None,
        own_notes,
    )


def with_holders(tables: Rows, profile: CoachProfile) -> Rows:
    """`tables` with every conversation saying who held it: the sending coach (`profile`)
    where this vault's coach did, so the colleague's sheets name her, not themselves."""
    for row in tables["conversations"]:
        if row.get("held_by_name") is None:
            row["held_by_name"] = profile.name
            row["held_by_organisation"] = profile.organisation
    return tables


def _letter_pdf(letter: HandoverLetter) -> bytes:
    from intakecompanion.summary.render import pdf_bytes  # QtGui, only when a sheet is asked

    data, _pages = pdf_bytes(
        letter_html(letter),
        lambda page, count: letter_footer_html(letter, page, count),
        letter_text(letter.lang, "title"),
        "A4",
    )
    return data


def read_handover(data: bytes, code: str) -> tuple[Opened, dict[str, Any]]:
    """The file's payload, checked; nothing of the receiver's vault is touched."""
    opened = open_file(data, code)
    try:
        payload = json.loads(opened.payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedFile() from None
    if not isinstance(payload, dict):
        raise DamagedFile()
    if _int(payload.get("format")) > PAYLOAD_FORMAT or _int(payload.get("schema")) > (
        latest_version()
    ):
        raise NewerFile()
    if not isinstance(payload.get("from"), dict) or not isinstance(payload.get("tables"), dict):
        raise DamagedFile()
    return opened, payload


def take_over(
    vault: Vault, opened: Opened, payload: dict[str, Any], clock: Callable[[], datetime] = local_now
) -> TakenOver:
    """Import the client of a read handover file in one transaction."""
    for table, refusal in (("takeovers", AlreadyTakenOver), ("handovers", OwnHandover)):
        found = vault.db.execute(
            f"SELECT 1 FROM {table} WHERE transfer_id = ?", (opened.transfer_id,)
        ).fetchone()
        if found:
            raise refusal()
    sender = {name: str(payload["from"].get(name) or "") for name in _FROM_FIELDS}
    try:
        sent_at = datetime.fromisoformat(str(payload.get("sent_at")))
    except ValueError:
        raise DamagedFile() from None
    own = Casebook(vault).profile()
    with vault.transaction() as db:
        ids = import_client(db, without_folders(payload["tables"]))  # an older file's too
        client_id = next(iter(ids["clients"].values()))
        # A file that does not tell who held a conversation (an older version's): the
        # previous coach, unnamed, at the sending service as the file tells it.
        db.conn.executemany(
            "UPDATE conversations SET held_by_name = '', held_by_organisation = ? "
            "WHERE id = ? AND held_by_name IS NULL",
            [(sender["organisation"], new) for new in ids["conversations"].values()],
        )
        # Handed back: the conversations this coach held before are hers again, not the
        # colleague's who sends the client back (her sheets say "we", not her own name).
        holders = db.execute(
            "SELECT id, held_by_name, held_by_organisation FROM conversations WHERE client_id = ?",
            (client_id,),
        ).fetchall()
        db.conn.executemany(
            "UPDATE conversations SET held_by_name = NULL, held_by_organisation = '' WHERE id = ?",
            [(new,) for new, name, organisation in holders if held_by_me(name, organisation, own)],
        )
        db.execute(
            "INSERT INTO takeovers (transfer_id, client_id, from_name, from_organisation, "
            "from_phone, from_email, sent_at, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                opened.transfer_id,
                client_id,
                *(sender[name] for name in _FROM_FIELDS),
                sent_at.isoformat(),
                clock().isoformat(),
            ),
        )
    return TakenOver(
        client_id, len(ids["conversations"]), sender["name"], sender["organisation"], sent_at
    )


def takeover_of(vault: Vault, client_id: int) -> TakeoverRecord | None:
    """Where the client came from, if they were taken over from a colleague."""
    row = vault.db.execute(
        "SELECT from_name, from_organisation, from_phone, from_email, sent_at, taken_at "
        "FROM takeovers WHERE client_id = ? ORDER BY id DESC LIMIT 1",
        (client_id,),
    ).fetchone()
    if row is None:
        return None
    name, organisation, phone, email, sent_at, taken_at = row
    return TakeoverRecord(
        name,
        organisation,
        phone,
        email,
        datetime.fromisoformat(sent_at),
        datetime.fromisoformat(taken_at),
    )


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise DamagedFile()
    return value
