"""Issue 14 item 8: what the client's sheet says around the appointment, the organisation's
help line, the order of the steps, and its Dutch (one form of "kunnen", no stray comma)."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CoachProfile, StepStatus
from intakecompanion.guide.loader import builtin_guides
from intakecompanion.guide.snapshot import guide_from_snapshot, guide_to_snapshot
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import summary_from_json, summary_to_json
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.sheet import summary_html
from intakecompanion.summary.texts import TEXTS

HELP = (
    "Tele-Onthaal: bel 106, dag en nacht, gratis en anoniem.",
    "Tele-Onthaal (in Dutch): call 106, day and night, free and anonymous.",
)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def cannot_come_paragraph(html: str) -> str:
    (found,) = re.findall(r"<p[^>]*>Kun je niet komen\?[^<]*</p>", html)
    return found


def test_the_cannot_come_line_says_how_to_reach_the_coach_and_is_not_grey(
    book: Casebook,
) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    html = summary_html(build_summary(book, conversation_id, "nl"))
    line = cannot_come_paragraph(html)
    assert "Bel me: 09\u00a0123\u00a045\u00a067." in line  # never split over two lines
    assert "Mail me: sam.desmet@voorbeeldstad.example." in line
    assert "muted" not in line
    english = text_of(summary_html(build_summary(book, conversation_id, "en")))
    assert "as soon as you can. Call me: 09 123 45 67. Email me:" in english  # split() reads \xa0


def test_the_cannot_come_line_names_only_the_ways_the_coach_gave(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    profile = dataclasses.replace(book.profile(), phone="", email="<b>sam@x.example</b>")
    book.save_profile(profile)
    line = cannot_come_paragraph(summary_html(build_summary(book, conversation_id, "nl")))
    assert "Bel me" not in line
    assert "Mail me: &lt;b&gt;sam@x.example&lt;/b&gt;." in line  # user text stays text
    book.save_profile(CoachProfile(name="Sam"))
    line = cannot_come_paragraph(summary_html(build_summary(book, conversation_id, "nl")))
    assert line.endswith("Laat het me dan zo snel mogelijk weten.</p>")


def test_the_organisations_help_line_from_the_guide_ends_every_sheet(book: Casebook) -> None:
    snapshot = guide_snapshot(help_line=HELP)
    conversation_id = write_sample_intake(book, "intake", "1.0", snapshot, STARTED_AT)
    dutch = build_summary(book, conversation_id, "nl")
    assert dutch.help_line == HELP[0]
    text = text_of(summary_html(dutch))
    assert text.endswith(f"Hulp als ik er niet ben {HELP[0]}")
    english = text_of(summary_html(build_summary(book, conversation_id, "en")))
    assert english.endswith(f"Help when I am not there {HELP[1]}")


def test_without_a_help_line_the_sheet_has_no_help_heading(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    assert summary.help_line == ""
    assert "Hulp als ik er niet ben" not in summary_html(summary)


def test_a_sheet_kept_before_help_lines_existed_still_prints_again(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, conversation_id, "nl")
    kept = json.loads(summary_to_json(summary))
    del kept["summary"]["help_line"]
    assert summary_from_json(json.dumps(kept)) == summary


def test_a_guides_help_line_survives_its_snapshot() -> None:
    guide = guide_from_snapshot(guide_snapshot(help_line=HELP))
    assert (guide.help_line("nl"), guide.help_line("en")) == HELP
    assert guide_from_snapshot(guide_to_snapshot(guide)) == guide
    assert all(g.help_line("nl") is None for g in builtin_guides())  # the organisation's own


def test_steps_done_in_the_conversation_are_listed_by_date(book: Casebook) -> None:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    for step in book.steps(conversation_id):  # added: 7 days, 3 days, no date
        book.update_step(step.id, status=StepStatus.DONE)
    done = build_summary(book, conversation_id, "nl").steps_succeeded
    assert [s.by_when for s in done] == ["5 maart 2026", "9 maart 2026", "Geen datum"]


def test_the_consents_heading_has_no_comma() -> None:
    assert TEXTS["nl"]["consents_heading"] == "Wat mag ik delen en met wie?"
    assert "," not in TEXTS["en"]["consents_heading"]


def dutch_sheet_and_guide_texts() -> list[str]:
    texts = list(TEXTS["nl"].values())
    for guide in builtin_guides():
        texts += [guide.secrecy_statement("nl"), guide.withdraw_consent("nl")]
        for item in guide.items():
            words = item.texts.get("nl")
            texts += [words.text, words.why, words.say or ""]
    return texts


# "kan je", and "je kan" with "je" as the subject: at a sentence's or clause's start (in "de
# cliënt op je kan rekenen" or "de cliënt je kan bereiken", "je" is the object: correct).
KAN_JE = re.compile(
    r"\bkan je\b|(^|[.!?,:]\s*|\b(en|als|dat|of|wat|waar|wanneer|want|maar)\s+)je kan\b",
    re.IGNORECASE,
)


def test_the_sheet_and_the_guides_say_kun_je_and_je_kunt_never_kan_je() -> None:
    """One form of "kunnen" with "je": "kun je" and "je kunt" (the form the sheet uses)."""
    assert [t for t in dutch_sheet_and_guide_texts() if KAN_JE.search(t)] == []
    assert KAN_JE.search("Je kan zeggen") and KAN_JE.search("Kan je komen?")
    assert "Wanneer kun je mij bereiken?" in TEXTS["nl"]["reachable"]


def test_the_interface_says_kun_je_and_je_kunt_too() -> None:
    import xml.etree.ElementTree as ElementTree

    root = Path(__file__).resolve().parents[1]
    ts = ElementTree.parse(root / "resources" / "i18n" / "intakecompanion_nl.ts")
    dutch = [
        element.text or "" for element in ts.iter() if element.tag in ("translation", "numerusform")
    ]
    assert [t for t in dutch if KAN_JE.search(t)] == []
