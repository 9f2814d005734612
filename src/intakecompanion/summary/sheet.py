"""The summary's fixed HTML template (no Qt): every user text goes through `user_text()`.

The template uses only what Qt's rich-text engine understands and nests at most one table
deep. User text can never add markup: it is escaped and stripped of control characters and of
the characters Qt uses to mark its own frames. Every user text reaches Qt in paragraphs of at
most MAX_BLOCK_CHARS characters (Qt lays out a paragraph as a whole; a pasted megabyte in one
would take minutes), all of it printed. Direction is set per paragraph (a right-to-left step
or consent line is a right-to-left paragraph), not with Unicode isolates: the print fonts lack
those characters, and the fallback font Qt then picks for them makes that line taller.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from intakecompanion.summary.content import ConsentLine, StepLine, Summary

__all__ = [
    "style_sheet",
    "footer_html",
    "labelled",
    "paragraph",
    "paragraphs",
    "printable_text",
    "summary_html",
    "user_paragraphs",
    "user_text",
]


def style_sheet(body_pt: float) -> str:
    """The sheet's style for body text of `body_pt` points: headings in proportion to it."""
    return _STYLE_SHEET.format(
        h1=body_pt * 1.4, h2=body_pt * 1.15, body=body_pt, lead=body_pt * 1.1
    )


# Doubled braces are CSS's own; {h1}, {h2}, {body} and {lead} are the sizes `style_sheet` puts
# in. h4 looks like a bold line of body text, h4.part like an italic one: an item's first line
# and a part's title in the client's copy, headings so that they are kept with what follows.
_STYLE_SHEET = """
h1 {{ font-size: {h1:g}pt; font-weight: 600; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: {h2:g}pt; font-weight: 600; color: #1d4f73; margin-top: 5px; margin-bottom: 1px; }}
h4 {{ font-size: {body:g}pt; font-weight: bold; margin-top: 0px; margin-bottom: 1px; }}
h4.part {{ font-weight: normal; font-style: italic; }}
p {{ margin-top: 0px; margin-bottom: 1px; }}
p.lead {{ font-size: {lead:g}pt; margin-bottom: 1px; }}
p.lead-more {{ font-size: {lead:g}pt; margin-top: 0px; margin-bottom: 1px; }}
p.muted {{ color: #444444; }}
p.footer {{ font-size: 8pt; color: #555555; }}
p.note {{ white-space: pre-wrap; margin-top: 2px; margin-left: 12px; text-indent: -10px; }}
p.note-more {{ white-space: pre-wrap; margin-left: 12px; }}
p.note-rtl {{ white-space: pre-wrap; margin-top: 2px; margin-right: 12px; text-indent: -10px; }}
p.note-more-rtl {{ white-space: pre-wrap; margin-right: 12px; }}
p.plain-more {{ margin-top: 0px; }}
td.text {{ white-space: pre-wrap; }}
p.cell {{ white-space: pre-wrap; margin-top: 0px; margin-bottom: 0px; }}
th {{ font-weight: 600; text-align: left; }}
"""

# Line breaks as people type or paste them (CR LF from Windows, CR from old Macs, the Unicode
# line and paragraph separators, vertical tab and form feed from PDFs and spreadsheets).
_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Dropped: the remaining C0/C1 controls (invisible, and some would upset the HTML parser), Qt's
# internal frame markers U+FDD0/U+FDD1 (with the other noncharacters of that block), the object
# replacement character (Qt's stand-in for images), U+FFFE/U+FFFF, and the explicit bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a pasted override would
# print the rest of a line backwards, and the sheet sets each line's direction itself. The
# light left/right marks (U+200E/U+200F) stay: they only nudge punctuation.
_DROPPED = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069"
    "\ufdd0-\ufdef\ufffc\ufffe\uffff]"
)
MAX_BLOCK_CHARS = 2000


# Where a line may not break, so the space becomes a no-break space (U+00A0): between a day
# and its month or a number and its unit ("1er décembre", "12 heures", "14.30 uur"), inside a
# French time ("10 h 00"), and before the punctuation French sets after a space (" :", " ?").
# Only pairs are joined, so no run grows longer than a line.
_KEPT_TOGETHER = re.compile(
    r"(?:(?<=\b\d)|(?<=\b\d\d)|(?<=\b\der)|(?<=\b\d\der)) (?=[^\W\d_])"
    r"|(?<=\bh) (?=\d)"
    r"| (?=[:;?!\u00bb])|(?<=\u00ab) "
)
# The groups of a phone number ("02 123 45 67", "+32 2 123 45 67", "(02) 123 45 67").
_NUMBER_GROUPS = re.compile(r"(?<=[\d)]) (?=[\d(])")
NO_BREAK_SPACE = "\u00a0"


def keep_together(value: str) -> str:
    """`value` with no line break between a day and its month, inside a time, or before
    French punctuation (see _KEPT_TOGETHER)."""
    return _KEPT_TOGETHER.sub(NO_BREAK_SPACE, value)


def phone_number(value: str) -> str:
    """A phone number that no line break splits (its groups joined by no-break spaces)."""
    return _NUMBER_GROUPS.sub(NO_BREAK_SPACE, keep_together(value))


def fixed_text(value: str) -> str:
    """A fixed sentence of the sheet (dates, times and numbers in it kept whole), escaped."""
    return html.escape(keep_together(value))


def printable_text(value: str) -> str:
    """`value` as it is printed: line breaks made uniform, invisible controls dropped."""
    return _DROPPED.sub("", _LINE_BREAKS.sub("\n", value))


def user_text(value: str) -> list[str]:
    """User text for inside a line, escaped, as the contents of one paragraph or more.

    Line breaks become <br>; a value longer than MAX_BLOCK_CHARS goes on in further
    paragraphs (see `_bounded`), so Qt never lays out more than that at once.
    """
    return [
        "<br>".join(html.escape(line, quote=True) for line in chunk) for chunk in _chunks(value)
    ]


def _chunks(value: str) -> list[list[str]]:
    """The printed lines of `value` (long ones cut by `_bounded`), grouped so that no group
    holds more than MAX_BLOCK_CHARS characters, line breaks included."""
    chunks: list[list[str]] = []
    size = MAX_BLOCK_CHARS
    for line in printable_text(value).split("\n"):
        for piece in _bounded(line):
            if size + 1 + len(piece) > MAX_BLOCK_CHARS:
                chunks.append([])
                size = -1
            chunks[-1].append(piece)
            size += 1 + len(piece)
    return chunks


def user_paragraphs(value: str, css_class: str, first_prefix: str = "") -> str:
    """Multi-line user text as one paragraph per line (notes, step texts, the guide's texts).

    One block per line lets each line find its own direction (a Hebrew line is right-aligned,
    like in a text editor), and lets page breaks fall between blocks: Qt draws the last line
    above a page again, clipped away, when a block runs on across the page break.
    """
    parts = []
    lines = [piece for line in printable_text(value).split("\n") for piece in _bounded(line)]
    for index, line in enumerate(lines):
        name = css_class if index == 0 else css_class + "-more"
        if is_right_to_left(line):
            name, direction = name + "-rtl", ' dir="rtl"'
        else:
            direction = ""
        prefix = first_prefix if index == 0 else ""
        parts.append(f'<p class="{name}"{direction}>{prefix}{html.escape(line, quote=True)}</p>')
    return "".join(parts)


# The end of a sentence: its sign (and a closing quote or bracket), then a space.
_SENTENCE_END = re.compile("[.!?\u2026\u061f\u06d4\u3002][\"'\u2019\u201d\u00bb)\\]]*\\s")


def _bounded(line: str) -> list[str]:
    """A line cut into pieces of at most MAX_BLOCK_CHARS: after a sentence, where one ends in
    the last three quarters of the piece; else at a space; else anywhere.

    Qt lays out one paragraph as a whole; a pasted megabyte without a line break would take
    minutes. In pieces it takes seconds. Each piece starts a line of its own on the sheet, so
    the cut falls where a new line reads naturally: a client never sees a sentence broken in
    the middle of a line (the tour: "Zin 21: de" / "cliënt vertelt ...").
    """
    pieces = []
    while len(line) > MAX_BLOCK_CHARS:
        pieces.append(line[: _cut(line)])
        line = line[len(pieces[-1]) :]
    pieces.append(line)
    return pieces


def _cut(line: str) -> int:
    """Where `_bounded` cuts a line longer than MAX_BLOCK_CHARS."""
    ends = list(_SENTENCE_END.finditer(line, MAX_BLOCK_CHARS // 4, MAX_BLOCK_CHARS))
    if ends:
        return ends[-1].end()
    space = line.rfind(" ", MAX_BLOCK_CHARS // 2, MAX_BLOCK_CHARS)
    return space + 1 if space > 0 else MAX_BLOCK_CHARS


def is_right_to_left(line: str) -> bool:
    """HTML's dir="auto": the first letter with a strong direction decides (Unicode P2/P3)."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def paragraph(content: str, css_class: str = "", runs_on: bool = False) -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    if runs_on:
        attribute += ' style="margin-bottom: 0px;"'
    return f"<p{attribute}>{content}</p>"


def paragraphs(contents: list[str], css_class: str = "") -> list[str]:
    """Paragraphs that read as one: the first has `css_class`, the others its "-more" form
    (no top margin); none but the last has a bottom margin."""
    more = f"{css_class}-more" if css_class else "plain-more"
    last = len(contents) - 1
    return [
        paragraph(content, css_class if index == 0 else more, runs_on=index < last)
        for index, content in enumerate(contents)
    ]


def _labelled(summary: Summary, key: str, name: str, value: str) -> list[str]:
    """A fixed sentence from texts.py with one user value put in (escaped), as the contents
    of one paragraph, or of more when the value is very long."""
    return labelled(lambda marker: summary.text(key, **{name: marker}), value)


def labelled(sentence_with: Callable[[str], str], value: str) -> list[str]:
    """The fixed sentence `sentence_with(placeholder)` with the user `value` put in its place
    (escaped), as the contents of one paragraph, or of more when the value is very long."""
    marker = "\x00value\x00"
    sentence = fixed_text(sentence_with(marker))
    before, _found, after = sentence.partition(html.escape(marker))
    contents = user_text(value)
    contents[0] = before + contents[0]
    contents[-1] += after
    return contents


def _joined(parts: list[list[str]], separator: str) -> list[str]:
    """Several `_labelled` sentences on one line, separated by `separator`."""
    joined = list(parts[0])
    for more in parts[1:]:
        joined[-1] += separator + more[0]
        joined.extend(more[1:])
    return joined


def _cell(value: str) -> str:
    """A user value in a table cell: its paragraphs, each in its own direction."""
    paragraphs = []
    for chunk in _chunks(value):
        direction = ' dir="rtl"' if is_right_to_left("".join(chunk)) else ""
        content = "<br>".join(html.escape(line, quote=True) for line in chunk)
        paragraphs.append(f'<p class="cell"{direction}>{content}</p>')
    return "".join(paragraphs)


def _header(summary: Summary) -> list[str]:
    parts = [f"<h1>{fixed_text(summary.title())}</h1>"]
    if summary.client_name.strip():
        parts.extend(
            paragraphs(_labelled(summary, "for_client", "name", summary.client_name), "lead")
        )
    date_line = fixed_text(summary.date_sentence())
    if summary.met:  # "this was a follow-up conversation" only of one that took place
        date_line = f"{date_line} {fixed_text(summary.kind)}"
    parts.append(paragraph(date_line, "muted"))
    for line in summary.not_held:  # since the previous conversation, no conversation said so
        parts.append(paragraph(fixed_text(line.sentence), "muted"))
    if summary.as_of != summary.date:  # made on the day itself, the date line says it all
        parts.append(paragraph(fixed_text(summary.text("as_of", date=summary.as_of)), "muted"))
    return parts


def _contact(summary: Summary) -> list[str]:
    contact = summary.contact
    wanted = (
        [("coach", "name", contact.coach)],
        [("organisation", "organisation", contact.organisation)],
        [("phone", "phone", contact.phone), ("email", "email", contact.email)],  # one line
        [("reachable", "reachable", contact.reachable)],
        [("boundaries", "boundaries", contact.boundaries)],
    )
    lines = [
        _joined(
            [_labelled(summary, key, name, _reach(name, value)) for key, name, value in line],
            " \u00b7 ",
        )
        for line in ([field for field in group if field[2].strip()] for group in wanted)
        if line
    ]
    if not lines:
        return []
    return [_heading(summary, "contact_heading"), *(p for line in lines for p in paragraphs(line))]


def _reach(name: str, value: str) -> str:
    """One of the coach's details as the sheet prints it: a phone number is never split over
    two lines, nor "9 à 12 heures" between a number and its word."""
    return phone_number(value) if name == "phone" else keep_together(value)


def _heading(summary: Summary, key: str) -> str:
    return f"<h2>{fixed_text(summary.text(key))}</h2>"


def _notes(summary: Summary) -> list[str]:
    section = summary.notes_section()
    if section is None:
        return []
    heading, lines = section
    parts = [f"<h2>{fixed_text(heading)}</h2>"]
    if not summary.notes:  # the one line says nothing was written down
        return [*parts, *(paragraph(fixed_text(line)) for line in lines)]
    return [*parts, *(user_paragraphs(note, "note", "\u2022\u2002") for note in lines)]


def _secrecy(summary: Summary) -> list[str]:
    return [_heading(summary, "secrecy_heading"), user_paragraphs(summary.secrecy, "plain")]


def _consent(summary: Summary, consent: ConsentLine) -> str:
    """Where the consent stands first, in one sentence a weak reader cannot misread; the end
    date only for a consent in force."""
    mark = "\u2713" if consent.given else "\u2717"
    rows = [("consent_recipient", consent.recipient)]
    rows += [("consent_information", consent.information), ("consent_purpose", consent.purpose)]
    cells = "".join(
        f'<tr><td width="22%">{fixed_text(summary.text(key))}</td>'
        f'<td class="text">{_cell(value)}</td></tr>'
        for key, value in rows
        if value.strip()
    )
    if consent.given:
        cells += (
            f'<tr><td width="22%">{fixed_text(summary.text("consent_until"))}</td>'
            f"<td>{fixed_text(consent.until)}</td></tr>"
        )
    return (
        f"<p><b>{mark} {fixed_text(consent.status)}</b></p>"
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom: 4px;">'
        f"{cells}</table>"
    )


def _consents(summary: Summary) -> list[str]:
    parts = [f"<h2>{fixed_text(summary.consents_heading())}</h2>"]
    if summary.no_consent:
        parts.append(paragraph(fixed_text(summary.no_consent)))
    parts.extend(_consent(summary, consent) for consent in summary.consents)
    parts.append(user_paragraphs(summary.withdraw_howto, "plain"))
    return parts


def _steps(summary: Summary) -> list[str]:
    parts = [_heading(summary, "steps_heading")]
    if summary.no_steps:
        parts.append(paragraph(fixed_text(summary.no_steps)))
    else:
        parts.append(paragraph(f"<b>{fixed_text(summary.text('steps_open'))}</b>"))
        parts.append(_steps_table(summary, summary.steps))
    settled = (
        ("steps_succeeded", "\u2713\u2002", summary.steps_succeeded),
        ("steps_stopped", "\u2013\u2002", summary.steps_stopped),
    )
    for key, mark, lines in settled:
        if lines:
            parts.append(paragraph(f"<b>{fixed_text(summary.text(key))}</b>"))
            parts.extend(user_paragraphs(step.what, "note", mark) for step in lines)
    return parts


def _steps_table(summary: Summary, steps: tuple[StepLine, ...]) -> str:
    head = "".join(
        f'<th width="{width}" style="border-bottom: 1px solid #888888;">'
        f"{fixed_text(summary.text(key))}</th>"
        for key, width in (("step_what", "62%"), ("step_who", "15%"), ("step_when", "23%"))
    )
    rows = "".join(
        f'<tr><td class="text">{_cell(step.what)}</td><td>{fixed_text(step.who)}</td>'
        f"<td>{fixed_text(step.by_when)}</td></tr>"
        for step in steps
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="1">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _appointment(summary: Summary) -> list[str]:
    parts = [f"<h2>{fixed_text(summary.appointment_heading())}</h2>"]
    appointment = summary.appointment
    if appointment is None:
        return [*parts, paragraph(fixed_text(summary.no_appointment()))]
    parts.append(paragraph(f"<b>{fixed_text(appointment.when)}</b>"))
    if appointment.made_with:  # made with a colleague: said so
        made_with = summary.text("appointment_made_with", coach=appointment.made_with)
        parts.append(paragraph(fixed_text(made_with)))
    where_and_with = [
        _labelled(summary, key, name, value)
        for key, name, value in (
            ("appointment_place", "place", appointment.place),
            ("appointment_with", "with_whom", appointment.with_whom),
        )
        if value.strip()
    ]
    if where_and_with:  # one line, as the phone and the email of the coach
        parts.extend(paragraphs(_joined(where_and_with, " \u00b7 ")))
    parts.extend(paragraphs(_cannot_come(summary)))
    return parts


def _cannot_come(summary: Summary) -> list[str]:
    """ "Can't make it?" with how to reach the coach again, right where the client looks."""
    contact = summary.contact
    reach = [
        _labelled(summary, key, name, _reach(name, value))
        for key, name, value in (
            ("appointment_call", "phone", contact.phone),
            ("appointment_mail", "email", contact.email),
        )
        if value.strip()
    ]
    return _joined([[fixed_text(summary.text("appointment_cannot_come"))], *reach], " ")


def _help(summary: Summary) -> list[str]:
    if not summary.help_line.strip():
        return []
    return [_heading(summary, "help_heading"), user_paragraphs(summary.help_line, "plain")]


def summary_html(summary: Summary) -> str:
    """The whole sheet as HTML for Qt's rich-text engine."""
    sections = [
        _header(summary),
        _contact(summary),
        _notes(summary),
        _secrecy(summary),
        _consents(summary),
        _steps(summary),
        _appointment(summary),
        _help(summary),
    ]
    body = "".join(part for section in sections for part in section)
    return f"<html><body>{body}</body></html>"


def footer_html(summary: Summary, page: int, pages: int) -> str:
    title = f"{summary.title()} \u00b7 {summary.date}"
    number = summary.text("page", page=str(page), pages=str(pages))
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><p class="footer">{fixed_text(title)}</p></td>'
        f'<td align="right"><p class="footer">{fixed_text(number)}</p></td>'
        "</tr></table>"
    )
