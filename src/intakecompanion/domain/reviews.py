"""The coach's review of a client's internal notes and checklist-point notes before a copy of
the file is made for the client (issue 15): include, include with parts blacked out, or leave
out with a reason. Shared notes are on the client's sheets already and need no review.

A choice is stored with a fingerprint of the text it was made for; once the text is edited,
the note counts as not reviewed again (blacked-out ranges would no longer fit).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import replace
from datetime import datetime
from typing import Any

from intakecompanion.domain.agreements import Agreements
from intakecompanion.domain.model import CopyChoice, ReviewedText
from intakecompanion.domain.text import storable


class InvalidReview(ValueError):
    """A choice that cannot be stored: leaving out needs a reason, blacking out needs parts
    within the text."""


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normal_parts(parts: Any, length: int) -> tuple[tuple[int, int], ...]:
    """`parts` as sorted, merged [start, end) ranges inside a text of `length` characters."""
    ranges = sorted((int(start), int(end)) for start, end in parts)
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if not 0 <= start < end <= length:
            raise InvalidReview(f"part {start}..{end} is not inside the text")
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_-'\u2019" or unicodedata.category(char).startswith("M")


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of `text` widened so it cuts no word in two (tour10: "all|een" blacked out
    printed "[weggelaten]een", which tells what was there). An end at white space stays."""
    if start < end and _in_word(text[start]):
        while start > 0 and _in_word(text[start - 1]):
            start -= 1
    if start < end and _in_word(text[end - 1]):
        while end < len(text) and _in_word(text[end]):
            end += 1
    return start, end


class Reviews(Agreements):
    def copy_review(self, client_id: int) -> list[ReviewedText]:
        """Every non-empty internal note and item note of the client, with the choice that
        holds for its present text; by conversation (oldest first), then notes, then items."""
        self.client(client_id)
        rows = self._rows(
            """SELECT n.conversation_id, n.id AS note_id, NULL AS item_id, n.text,
                   r.choice, r.parts, r.reason, r.fingerprint, r.reviewed_at, v.started_at
               FROM notes n JOIN conversations v ON v.id = n.conversation_id
               LEFT JOIN copy_reviews r ON r.note_id = n.id
               WHERE n.client_id = :client AND n.shared = 0 AND n.text != ''
               UNION ALL
               SELECT a.conversation_id, NULL, a.item_id, a.note,
                   r.choice, r.parts, r.reason, r.fingerprint, r.reviewed_at, v.started_at
               FROM checklist_answers a JOIN conversations v ON v.id = a.conversation_id
               LEFT JOIN copy_reviews r
                   ON r.conversation_id = a.conversation_id AND r.item_id = a.item_id
               WHERE v.client_id = :client AND a.note != ''""",
            {"client": client_id},
        )
        rows.sort(
            key=lambda r: (
                datetime.fromisoformat(r["started_at"]),
                r["conversation_id"],
                r["item_id"] is not None,
                r["note_id"] or 0,
                r["item_id"] or "",
            )
        )
        return [_reviewed(client_id, r) for r in rows]

    def review_note(
        self,
        note_id: int,
        choice: CopyChoice,
        parts: Any = (),
        reason: str = "",
    ) -> ReviewedText:
        """Store the choice for internal note `note_id` as its text stands now."""
        note = self._one(
            "SELECT client_id, text, shared FROM notes WHERE id = ?", (note_id,), "note"
        )
        if note["shared"]:
            raise InvalidReview("a shared note is on the client's sheet: it needs no review")
        client_id = int(note["client_id"])
        self._store_review(client_id, str(note["text"]), choice, parts, reason, note_id=note_id)
        return self._reviewed_one(client_id, note_id=note_id)

    def review_item_note(
        self,
        conversation_id: int,
        item_id: str,
        choice: CopyChoice,
        parts: Any = (),
        reason: str = "",
    ) -> ReviewedText:
        """Store the choice for the note at checklist point `item_id` of a conversation."""
        client_id = self._client_of(conversation_id)
        rows = self._rows(
            "SELECT note FROM checklist_answers WHERE conversation_id = ? AND item_id = ?",
            (conversation_id, item_id),
        )
        text = str(rows[0]["note"]) if rows else ""
        self._store_review(
            client_id,
            text,
            choice,
            parts,
            reason,
            conversation_id=conversation_id,
            item_id=item_id,
        )
        return self._reviewed_one(client_id, conversation_id=conversation_id, item_id=item_id)

    def _store_review(
        self,
        client_id: int,
        text: str,
        choice: CopyChoice,
        parts: Any,
        reason: str,
        *,
        note_id: int | None = None,
        conversation_id: int | None = None,
        item_id: str | None = None,
    ) -> None:
        choice = CopyChoice(choice)
        kept = normal_parts(parts, len(text)) if choice is CopyChoice.BLACK_OUT else ()
        if choice is CopyChoice.BLACK_OUT and not kept:
            raise InvalidReview("blacking out needs at least one part")
        if choice is CopyChoice.LEAVE_OUT and not reason.strip():
            raise InvalidReview("leaving out needs a reason")
        if not text:
            raise InvalidReview("there is no text to review")
        with self._transaction() as db:
            if note_id is not None:
                db.execute("DELETE FROM copy_reviews WHERE note_id = ?", (note_id,))
            else:
                db.execute(
                    "DELETE FROM copy_reviews WHERE conversation_id = ? AND item_id = ?",
                    (conversation_id, item_id),
                )
            db.execute(
                "INSERT INTO copy_reviews (client_id, note_id, conversation_id, item_id, choice, "
                "parts, reason, fingerprint, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    client_id,
                    note_id,
                    conversation_id,
                    item_id,
                    str(choice),
                    json.dumps([list(p) for p in kept]),
                    storable(reason.strip()) if choice is CopyChoice.LEAVE_OUT else "",
                    fingerprint(text),
                    self.now_iso(),
                ),
            )

    def _reviewed_one(
        self,
        client_id: int,
        *,
        note_id: int | None = None,
        conversation_id: int | None = None,
        item_id: str | None = None,
    ) -> ReviewedText:
        for reviewed in self.copy_review(client_id):
            if note_id is not None and reviewed.note_id == note_id:
                return reviewed
            if item_id is not None and (reviewed.conversation_id, reviewed.item_id) == (
                conversation_id,
                item_id,
            ):
                return reviewed
        raise AssertionError("a stored review has no text")  # pragma: no cover


def _reviewed(client_id: int, r: dict[str, Any]) -> ReviewedText:
    base = ReviewedText(
        client_id=client_id,
        conversation_id=int(r["conversation_id"]),
        note_id=r["note_id"],
        item_id=r["item_id"],
        text=str(r["text"]),
    )
    if r["choice"] is None or r["fingerprint"] != fingerprint(base.text):
        return base  # not reviewed, or edited since
    return replace(
        base,
        choice=CopyChoice(r["choice"]),
        parts=tuple((int(a), int(b)) for a, b in json.loads(r["parts"])),
        reason=str(r["reason"]),
        reviewed_at=datetime.fromisoformat(r["reviewed_at"]),
    )
