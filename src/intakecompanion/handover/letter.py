"""The client's handover sheet, "Je nieuwe coach" (issue 16), Qt-free.

Made by the handover itself (`exchange.hand_over`) from what it passed on: to whom the file
goes as the client's consent names them (never called "the new coach": the consent may name a
service or a role), how to reach the new coach as the sending coach typed it, how many
records of each kind went into the handover file, and the consent it went under. Every user
text goes through summary/sheet.py's escaping; the layout is the client sheet's, one page.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from intakecompanion.domain.model import CoachProfile, Consent
from intakecompanion.handover.letter_texts import count_text, text
from intakecompanion.summary.sheet import labelled, paragraph, paragraphs
from intakecompanion.summary.texts import short_date

BULLET = "\u2022\u2002"
# What went along, in this order: (table in the handover file, text key).
PASSED_ON = (
    ("conversations", "conversations"),
    ("notes", "notes"),
    ("steps", "steps"),
    ("consents", "consents"),
    ("appointments", "appointments"),
    ("handed_sheets", "sheets"),
)


@dataclass(frozen=True)
class HandoverLetter:
    lang: str
    client_name: str
    recipient: str  # to whom the file goes, as the consent names them
    contact: str  # how to reach the new coach, as the sending coach typed it ("" = not given)
    sent_on: date
    sender: CoachProfile
    passed_on: tuple[tuple[str, int], ...]  # (text key, how many), only kinds that went along
    internal_notes: bool  # internal notes, or notes on checklist points, went along too
    consent: Consent


def build_letter(
    lang: str,
    tables: Mapping[str, list[dict[str, Any]]],
    consent: Consent,
    sender: CoachProfile,
    contact: str,
    sent_on: date,
) -> HandoverLetter:
    """The sheet for the handover that wrote `tables` (the handover file's rows)."""
    (client,) = tables["clients"]
    counts = [(key, len(tables.get(table, []))) for table, key in PASSED_ON]
    # The notes on checklist points went along too (the client's copy lists them with the
    # notes): said on their own line, after the notes.
    item_notes = sum(1 for a in tables.get("checklist_answers", []) if a.get("note"))
    counts.insert(2, ("item_notes", item_notes))
    internal = any(not n.get("shared") for n in tables.get("notes", []))
    return HandoverLetter(
        lang=lang,
        client_name=str(client["name"]),
        recipient=consent.recipient,
        contact=contact.strip(),
        sent_on=sent_on,
        sender=sender,
        passed_on=tuple((key, count) for key, count in counts if count),
        internal_notes=internal or item_notes > 0,  # notes on points are the coach's own
        consent=consent,
    )


def letter_html(letter: HandoverLetter) -> str:
    lang = letter.lang

    def fixed(key: str, css_class: str = "", **values: str) -> str:
        return paragraph(html.escape(text(lang, key, **values)), css_class)

    def with_value(key: str, name: str, value: str, css_class: str = "") -> list[str]:
        return paragraphs(labelled(lambda m: text(lang, key, **{name: m}), value), css_class)

    def heading(key: str) -> str:
        return f"<h2>{html.escape(text(lang, key))}</h2>"

    parts = [f"<h1>{html.escape(text(lang, 'title'))}</h1>"]
    if letter.client_name.strip():
        parts += with_value("for_client", "name", letter.client_name, "muted")
    parts += with_value("goes_to", "name", letter.recipient, "lead")
    parts.append(heading("reach_heading"))
    if letter.contact:
        parts += with_value("reach", "contact", letter.contact)
    else:
        parts.append(fixed("no_reach"))
    parts += [heading("passed_heading"), fixed("passed_on", date=short_date(lang, letter.sent_on))]
    parts += [
        paragraph(html.escape(BULLET + count_text(lang, key, count)), "note")
        for key, count in letter.passed_on
    ]
    if letter.internal_notes:
        parts.append(fixed("internal_notes", "muted"))
    consent = letter.consent
    form = text(lang, f"form_{consent.form}")
    parts += [
        heading("consent_heading"),
        fixed("consent_given", date=short_date(lang, consent.decided_on), form=form),
    ]
    for key, name, value in (
        ("consent_to", "recipient", consent.recipient),
        ("consent_what", "information", consent.information),
        ("consent_why", "purpose", consent.purpose),
    ):
        if value.strip():
            parts += with_value(key, name, value)
    parts += [heading("questions_heading"), fixed("questions")]
    sender = letter.sender
    for key, name, value in (
        ("from_coach", "name", sender.name),
        ("from_organisation", "organisation", sender.organisation),
        ("from_phone", "phone", sender.phone),
        ("from_email", "email", sender.email),
    ):
        if value.strip():
            parts += with_value(key, name, value)
    return f"<html><body>{''.join(parts)}</body></html>"


def letter_footer_html(letter: HandoverLetter, page: int, pages: int) -> str:
    title = f"{text(letter.lang, 'title')} \u00b7 {short_date(letter.lang, letter.sent_on)}"
    number = text(letter.lang, "page", page=str(page), pages=str(pages))
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><p class="footer">{html.escape(title)}</p></td>'
        f'<td align="right"><p class="footer">{html.escape(number)}</p></td>'
        "</tr></table>"
    )
