"""The copy's fixed HTML template in the sheet's style (Qt-free): every user text goes through
summary/sheet.py's escaping and bounding, so markup prints as typed and a megabyte of notes is
laid out in bounded paragraphs."""

from __future__ import annotations

import html
from datetime import datetime

from intakecompanion.clientcopy.content import ClientFile, CopyConversation, CopyNote
from intakecompanion.clientcopy.texts import text
from intakecompanion.domain.file_names import names_only
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    Consent,
    ConsentDecision,
    ConsentRequest,
    ConversationEventKind,
    ConversationKind,
    Disclosure,
    DisclosureKind,
    Step,
    StepEvent,
    StepStatus,
)
from intakecompanion.summary.content import coach_named
from intakecompanion.summary.sheet import (
    labelled,
    paragraph,
    paragraphs,
    user_paragraphs,
)
from intakecompanion.summary.texts import clock_time, long_date, short_date
from intakecompanion.summary.texts import text as summary_text

BULLET = "\u2022\u2002"


class _Writer:
    def __init__(self, file: ClientFile) -> None:
        self.file = file
        self.lang = file.lang
        self.explained = False  # what [weggelaten] means, said once under the first

    def t(self, key: str, **values: str) -> str:
        return text(self.lang, key, **values)

    def fixed(self, key: str, css_class: str = "", **values: str) -> str:
        return paragraph(html.escape(self.t(key, **values)), css_class)

    def heading(self, key: str) -> str:
        return f"<h2>{html.escape(self.t(key))}</h2>"

    def item(self, line: str, css_class: str = "") -> str:
        """An item's first line (a conversation, a consent, an appointment; with "part", the
        title of a part of a conversation): a level-4 heading that looks like a line of body
        text, so that it is kept with the lines after it on one page."""
        attribute = f' class="{css_class}"' if css_class else ""
        return f"<h4{attribute}>{html.escape(line)}</h4>"

    def with_value(self, key: str, name: str, value: str, css_class: str = "") -> list[str]:
        """A fixed sentence with one user value in it (escaped, bounded)."""
        return paragraphs(labelled(lambda m: self.t(key, **{name: m}), value), css_class)

    def day(self, moment: datetime) -> str:
        return short_date(self.lang, moment.date())


def copy_html(file: ClientFile) -> str:
    w = _Writer(file)
    sections = [
        _header(w),
        _conversations(w),
        _steps(w),
        _consents(w),
        _appointments(w),
        _log(w),
    ]
    return f"<html><body>{''.join(p for section in sections for p in section)}</body></html>"


def copy_footer_html(file: ClientFile, page: int, pages: int) -> str:
    title = f"{text(file.lang, 'title')} \u00b7 {short_date(file.lang, file.made_at.date())}"
    number = text(file.lang, "page", page=str(page), pages=str(pages))
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><p class="footer">{html.escape(title)}</p></td>'
        f'<td align="right"><p class="footer">{html.escape(number)}</p></td>'
        "</tr></table>"
    )


def _header(w: _Writer) -> list[str]:
    file = w.file
    parts = [f"<h1>{html.escape(w.t('title'))}</h1>"]
    if file.client.name.strip():
        parts += w.with_value("for_client", "name", file.client.name, "lead")
    parts.append(w.fixed("made_on", "muted", date=long_date(w.lang, file.made_at.date())))
    if file.client.pseudonym:
        parts.append(w.fixed("pseudonym", "muted"))
    if file.coach.name.strip():
        parts += w.with_value("coach", "name", file.coach.name, "muted")
    parts.append(w.fixed("not_encrypted", "muted"))
    return parts


def _conversations(w: _Writer) -> list[str]:
    parts = [w.heading("conversations_heading")]
    if not w.file.conversations:
        return [*parts, w.fixed("no_conversations")]
    for copied in w.file.conversations:
        parts += _conversation(w, copied)
    return parts


def _conversation(w: _Writer, copied: CopyConversation) -> list[str]:
    c = copied.conversation
    key = "conversation_intake" if c.kind is ConversationKind.INTAKE else "conversation_follow_up"
    parts = [w.item(w.t(key, date=long_date(w.lang, c.started_at.date())))]
    finished = [e.at for e in copied.events if e.kind is ConversationEventKind.FINISHED]
    reopened = [e for e in copied.events if e.kind is ConversationEventKind.REOPENED]
    status = []
    # Finished when it ended (left open since an earlier day and finished at its last change,
    # it ended then, not on the day of the click; a reopen keeps that end).
    ended = c.ended_at or (finished[0] if finished else None)
    if not c.finished:
        status.append(w.t("conversation_open"))
    elif ended is not None:
        status.append(w.t("conversation_finished", date=w.day(ended)))
    if reopened:
        status.append(w.t("conversation_reopened", date=w.day(reopened[-1].at)))
    # Held by a colleague before a take-over: said so, and their notes told as theirs.
    coach = coach_named(c.held_by, w.lang) if c.held_by is not None else ""
    if coach:
        status.insert(0, w.t("conversation_with", coach=coach))
    if status:
        parts.append(paragraph(html.escape(" ".join(status)), "muted"))
    if not copied.notes:
        return [*parts, w.fixed("no_notes")]
    for kind in ("shared", "internal", "item"):
        notes = [n for n in copied.notes if n.kind == kind and not n.not_recorded]
        if kind != "item" and notes:
            key = f"{kind}_note_other" if coach else f"{kind}_note"
            parts.append(w.item(w.t(key, coach=coach), "part"))
        parts += (_note(w, n) for n in notes)
    parts += (_note(w, n) for n in copied.notes if n.not_recorded)  # under no heading
    return parts


def _note(w: _Writer, note: CopyNote) -> str:
    said = _note_text(w, note)
    if note.blacked_out and not w.explained:
        # Under the first note with a part blacked out (tour10: it stood at the end of the
        # conversations, under a later one without notes).
        w.explained = True
        said += w.fixed("blacked_out_explained", "muted")
    return said


def _note_text(w: _Writer, note: CopyNote) -> str:
    if note.not_recorded:
        return w.fixed("not_recorded", "note")
    if note.text is None:
        return "".join(w.with_value("left_out", "reason", note.reason, "note"))
    if note.kind == "item":
        label = "".join(w.with_value("item_note", "item", note.item_text, "muted"))
        return label + user_paragraphs(note.text, "note", BULLET)
    return user_paragraphs(note.text, "note", BULLET)


def _steps(w: _Writer) -> list[str]:
    parts = [w.heading("steps_heading")]
    if not w.file.steps:
        return [*parts, w.fixed("no_steps")]
    for step, history in w.file.steps:
        parts += _step(w, step, history)
    return parts


def _step(w: _Writer, step: Step, history: tuple[StepEvent, ...]) -> list[str]:
    parts = [user_paragraphs(step.what, "note", BULLET)]
    facts = [w.t("step_who", who=w.t(f"who_{step.who}"))]
    if step.due_date is not None:
        facts.append(w.t("step_due", date=short_date(w.lang, step.due_date)))
    history_line = [
        w.t("step_agreed" if index == 0 and event.status is StepStatus.OPEN else
            f"step_{event.status}", date=w.day(event.at))
        for index, event in enumerate(history)
    ]  # fmt: skip
    parts.append(paragraph(html.escape(" \u00b7 ".join(facts)), "muted"))
    if history_line:
        parts.append(paragraph(html.escape(" ".join(history_line)), "muted"))
    return parts


def _consents(w: _Writer) -> list[str]:
    parts = [w.heading("consents_heading")]
    if not w.file.consents:
        parts.append(w.fixed("no_consents"))
    for consent in w.file.consents:
        parts += _consent(w, consent)
    if w.file.requests:
        parts += [f"<h3>{html.escape(w.t('requests_heading'))}</h3>", w.fixed("request_intro")]
    for request in w.file.requests:
        parts += _request(w, request)
    return parts


def _what_consent(w: _Writer, recipient: str, information: str, purpose: str) -> list[str]:
    parts: list[str] = []
    for key, name, value in (
        ("consent_to", "recipient", recipient),
        ("consent_what", "information", information),
        ("consent_why", "purpose", purpose),
    ):
        if value.strip():
            parts += w.with_value(key, name, value)
    return parts


def _request(w: _Writer, request: ConsentRequest) -> list[str]:
    parts = [user_paragraphs(request.recipient or "?", "note", BULLET)]
    parts += _what_consent(w, "", request.information, request.purpose)
    if request.review_on is not None:
        parts.append(w.fixed("request_when", "muted", date=short_date(w.lang, request.review_on)))
    return parts


def _consent(w: _Writer, consent: Consent) -> list[str]:
    key = "consent_given" if consent.decision is ConsentDecision.GIVEN else "consent_refused"
    form = w.t(f"form_{consent.form}")
    decided = w.t(key, date=short_date(w.lang, consent.decided_on), form=form)
    parts = [w.item(decided)]
    parts += _what_consent(w, consent.recipient, consent.information, consent.purpose)
    after = []
    given = consent.decision is ConsentDecision.GIVEN
    if given and consent.valid_until is not None:
        ended = consent.expired_on(w.file.made_at.date()) and not consent.withdrawals
        key = "consent_expired" if ended else "consent_until"
        after.append(w.t(key, date=short_date(w.lang, consent.valid_until)))
    after += [w.t("consent_withdrawn", date=w.day(x.withdrawn_at)) for x in consent.withdrawals]
    after += [
        w.t("consent_review_changed", date=w.day(c.changed_at)) for c in consent.review_changes
    ]
    if given and consent.review_on is not None and consent.in_force_on(w.file.made_at):
        after.append(w.t("consent_review", date=short_date(w.lang, consent.review_on)))
    if after:
        parts.append(paragraph(html.escape(" ".join(after)), "muted"))
    return parts


def _appointments(w: _Writer) -> list[str]:
    parts = [w.heading("appointments_heading")]
    if not w.file.appointments:
        return [*parts, w.fixed("no_appointments")]
    for appointment in w.file.appointments:
        parts += _appointment(w, appointment)
    return parts


def _appointment(w: _Writer, stored: Appointment) -> list[str]:
    a = stored.known()  # an outcome recorded before it could be true is not said
    when = w.t(
        "appointment_when",
        date=long_date(w.lang, a.starts_at.date()),
        time=clock_time(w.lang, a.starts_at),
    )
    parts = [w.item(when)]
    if a.place.strip():
        parts += w.with_value("appointment_place", "place", a.place)
    if a.with_whom.strip():
        parts += w.with_value("appointment_with", "with_whom", a.with_whom)
    key = f"appointment_{a.status}"
    if a.status is AppointmentStatus.PLANNED and a.starts_at.astimezone() < w.file.made_at:
        key = "appointment_not_written"  # its moment has passed; no outcome is recorded
    elif a.status not in (AppointmentStatus.PLANNED, AppointmentStatus.KEPT) and a.status_by:
        key += f"_{a.status_by}"
    parts.append(w.fixed(key, "muted"))
    return parts


def _log(w: _Writer) -> list[str]:
    parts = [w.heading("log_heading")]
    if not w.file.log:
        return [*parts, w.fixed("no_log")]
    days = {c.conversation.id: c.conversation.started_at for c in w.file.conversations}
    for entry in w.file.log:
        parts += _log_entry(w, entry, days)
    return parts


def _log_entry(w: _Writer, entry: Disclosure, days: dict[int, datetime]) -> list[str]:
    when = w.day(entry.at)
    if entry.kind is DisclosureKind.SHEET:
        day = days.get(entry.conversation_id or 0)
        key = "log_sheet_print" if entry.how == "print" else "log_sheet_pdf"
        values = {"date": when, "day": w.day(day) if day else "?"}
        if entry.handed_sheet_id in w.file.sheets_not_held:
            key += "_not_held"
            values["title"] = summary_text(w.file.lang, "title_not_held")
        parts = [w.fixed(key, **values)]
    elif entry.kind is DisclosureKind.BACKUP:
        parts = [w.fixed("log_backup", date=when)]
    elif entry.kind is DisclosureKind.COPY and not entry.recipient.strip():
        parts = [w.fixed("log_copy_you", date=when)]
    else:
        key = "log_copy" if entry.kind is DisclosureKind.COPY else "log_handover"
        parts = paragraphs(labelled(lambda m: w.t(key, date=when, recipient=m), entry.recipient))
    if entry.how == "print" and entry.destination.strip():
        parts += w.with_value("log_where", "destination", entry.destination, "muted")
    elif entry.destination.strip():  # a file: its name, never the coach's folders (tour10)
        key = "log_files" if entry.kind is DisclosureKind.COPY else "log_file"
        parts += w.with_value(key, "names", names_only(entry.destination), "muted")
    withdrawn = entry.withdrawn_after
    if withdrawn is not None:
        parts.append(w.fixed("log_withdrawn", "muted", date=w.day(withdrawn.withdrawn_at)))
    return parts
