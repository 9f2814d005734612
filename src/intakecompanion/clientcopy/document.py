"""The client's copy as JSON for another system to import: format and version 1 are described
in docs/client-export.md and docs/client-export.schema.json (Qt-free)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from intakecompanion import __version__
from intakecompanion.clientcopy.content import ClientFile, CopyConversation, CopyNote
from intakecompanion.domain.file_names import shown_outside
from intakecompanion.domain.model import (
    Appointment,
    Consent,
    ConsentRequest,
    Disclosure,
    Step,
    StepEvent,
)

FORMAT = "intakecompanion-client-copy"
VERSION = 1


def copy_json(file: ClientFile) -> bytes:
    """The document as UTF-8 JSON, indented for a person who opens it too."""
    text = json.dumps(copy_document(file), ensure_ascii=False, indent=2, sort_keys=False)
    return (text + "\n").encode("utf-8")


def copy_document(file: ClientFile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "program": __version__,
        "made_at": file.made_at.isoformat(),
        "language": file.lang,
        "client": {
            "name": file.client.name,
            "contact": file.client.contact,
            "in_file_since": file.client.created_at.isoformat(),
            "pseudonym": file.client.pseudonym,
        },
        "coach": {
            "name": file.coach.name,
            "organisation": file.coach.organisation,
            "phone": file.coach.phone,
            "email": file.coach.email,
        },
        "conversations": [_conversation(c) for c in file.conversations],
        "steps": [_step(step, history) for step, history in file.steps],
        "consents": [_consent(c) for c in file.consents],
        "consents_not_yet_asked": [_request(r) for r in file.requests],
        "appointments": [_appointment(a) for a in file.appointments],
        "disclosures": [_disclosure(d) for d in file.log],
    }


def _moment(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _conversation(copied: CopyConversation) -> dict[str, Any]:
    c = copied.conversation
    return {
        "id": c.id,
        "kind": str(c.kind),
        "started_at": _moment(c.started_at),
        "ended_at": _moment(c.ended_at),
        "finished": c.finished,
        "guide": {"id": c.guide_id, "version": c.guide_version, "title": copied.guide_title},
        "events": [{"kind": str(e.kind), "at": _moment(e.at)} for e in copied.events],
        "notes": [_note(n) for n in copied.notes],
        "held_by": (
            {"name": c.held_by.name, "organisation": c.held_by.organisation}
            if c.held_by is not None
            else None
        ),
    }


def _note(note: CopyNote) -> dict[str, Any]:
    return {
        "kind": note.kind,
        "item": {"id": note.item_id, "text": note.item_text} if note.item_id else None,
        "written_at": _moment(note.written_at),
        "included": note.text is not None,
        "text": note.text,
        "blacked_out": note.blacked_out,
        "left_out_reason": note.reason if note.text is None else None,
        "reviewed": note.reviewed,
        "not_recorded": note.not_recorded,
    }


def _step(step: Step, history: tuple[StepEvent, ...]) -> dict[str, Any]:
    return {
        "id": step.id,
        "conversation_id": step.conversation_id,
        "what": step.what,
        "who": str(step.who),
        "due_date": _moment(step.due_date),
        "status": str(step.status),
        "history": [
            {"status": str(e.status), "at": _moment(e.at), "conversation_id": e.conversation_id}
            for e in history
        ],
    }


def _consent(consent: Consent) -> dict[str, Any]:
    return {
        "id": consent.id,
        "conversation_id": consent.conversation_id,
        "recipient": consent.recipient,
        "information": consent.information,
        "purpose": consent.purpose,
        "decision": str(consent.decision),
        "form": str(consent.form),
        "decided_on": _moment(consent.decided_on),
        "valid_until": _moment(consent.valid_until),
        "review_on": _moment(consent.review_on),
        "withdrawals": [
            {"at": _moment(w.withdrawn_at), "conversation_id": w.conversation_id}
            for w in consent.withdrawals
        ],
        "review_changes": [
            {
                "at": _moment(c.changed_at),
                "before": _moment(c.before),
                "after": _moment(c.after),
                "conversation_id": c.conversation_id,
            }
            for c in consent.review_changes
        ],
    }


def _request(request: ConsentRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "conversation_id": request.conversation_id,
        "recipient": request.recipient,
        "information": request.information,
        "purpose": request.purpose,
        "ask_by": _moment(request.review_on),
        "noted_at": _moment(request.created_at),
    }


def _appointment(a: Appointment) -> dict[str, Any]:
    return {
        "id": a.id,
        "conversation_id": a.conversation_id,
        "starts_at": _moment(a.starts_at),
        "place": a.place,
        "with_whom": a.with_whom,
        "status": str(a.status),
        "by": str(a.status_by) if a.status_by else None,
        "held_in_conversation_id": a.held_in,
        "moved_to": a.moved_to,
        "outcome_at": _moment(a.outcome_at),
    }


def _disclosure(d: Disclosure) -> dict[str, Any]:
    withdrawn = d.withdrawn_after
    return {
        "kind": str(d.kind),
        "at": _moment(d.at),
        "how": d.how,
        "destination": shown_outside(d.how, d.destination),  # no folder of the coach's
        "recipient": d.recipient,
        "conversation_id": d.conversation_id,
        "consent_withdrawn_at": _moment(withdrawn.withdrawn_at) if withdrawn else None,
    }
