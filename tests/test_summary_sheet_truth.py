"""Promise 5 on the follow-up's sheet, read back from the PDF: its title when the meeting did
not take place, a kept sheet whose next appointment has passed, and an outcome recorded before
the appointment could have taken place (old vaults), in Dutch, English and French."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.clientcopy.texts import TEXTS as COPY_TEXTS
from intakecompanion.clientcopy.write import write_client_copy
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.counts import count_period
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    CoachProfile,
    ConversationKind,
    Party,
    SheetMedium,
)
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import (
    Outdated,
    SheetNoLongerTrue,
    handed_summary,
    outdated,
    record_handed_sheet,
)
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.texts import TEXTS

LANGS = ("nl", "en", "fr")
LINES = ("date_line_moved", "date_line_not_held")


@pytest.fixture
def clock() -> Clock:
    return Clock(STARTED_AT)


@pytest.fixture
def book(tmp_path: Path, clock: Clock, qapp: object) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def printed(book: Casebook, conversation_id: int, lang: str, folder: Path) -> str:
    """The new sheet of the conversation as its PDF reads back."""
    out = folder / f"sheet-{lang}.pdf"
    render_pdf(build_summary(book, conversation_id, lang), out)
    return flat(pdf_text(out))


def follow_up_at_appointment(book: Casebook, clock: Clock) -> tuple[int, int]:
    """The intake (2 March), an appointment a week later made in it, and the follow-up
    started at that appointment: (follow-up id, appointment id)."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(intake).client_id
    clock.now = STARTED_AT + timedelta(days=7)
    this = book.add_appointment(client_id, clock.now, "Lokaal 2", conversation_id=intake)
    follow_up = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    return follow_up.id, this.id


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_of_a_meeting_that_did_not_take_place_has_no_conversation_title(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    """sheets8 item 1: the appointment missed, the sheet said "Our appointment of … did not
    take place" under the title "Ons gesprek" (our conversation), in its footer too. Its title
    says where things stand; a follow-up that took place keeps "Ons gesprek"."""
    follow_up, this = follow_up_at_appointment(book, clock)
    book.mark_missed(this, Party.CLIENT, follow_up)
    words = TEXTS[lang]
    text = printed(book, follow_up, lang, tmp_path)
    assert words["date_line_not_held"].split("{")[0] in text
    assert words["title"] not in text
    assert text.startswith(words["title_not_held"])
    assert text.count(words["title_not_held"]) == 2  # the heading and the footer
    book.mark_kept(this, follow_up)
    met = printed(book, follow_up, lang, tmp_path)
    assert met.startswith(words["title"]) and met.count(words["title"]) == 2
    assert words["title_not_held"] not in met


@pytest.mark.parametrize("lang", LANGS)
def test_a_kept_sheet_whose_next_appointment_has_passed_is_out_of_date(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    """sheets8 item 2: the intake's sheet names "Onze volgende afspraak: dinsdag 10 maart om
    14.00 uur"; on 11 March "print again" printed it as an appointment to come. It is out of
    date from the appointment's start on (taken place or not), said in the coach's words; a
    new sheet names no passed appointment as the next."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    summary = build_summary(book, intake, lang)
    assert summary.appointment is not None
    sheet = record_handed_sheet(book, intake, summary, SheetMedium.PRINT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    clock.now = appointment.starts_at - timedelta(minutes=1)
    assert outdated(book, sheet, to_print=True) is None
    assert handed_summary(book, sheet.id) == summary
    clock.now = appointment.starts_at + timedelta(minutes=1)
    assert outdated(book, sheet, to_print=True) is Outdated.APPOINTMENT_PASSED
    # No reason to give the client a new sheet: it was true when handed and names a day that
    # came (as a warning, every sheet would be out of date after each appointment).
    assert outdated(book, sheet) is None
    with pytest.raises(SheetNoLongerTrue) as refused:
        handed_summary(book, sheet.id)
    assert refused.value.reason is Outdated.APPOINTMENT_PASSED
    text = printed(book, intake, lang, tmp_path)
    assert summary.appointment.when not in text
    assert flat(TEXTS[lang]["no_appointment"]) in text
    # Kept in a follow-up at it: the intake's sheet still names it as the next one.
    follow_up = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    book.mark_kept(appointment.id, follow_up.id)
    assert outdated(book, sheet, to_print=True) is Outdated.APPOINTMENT_PASSED
    assert outdated(book, sheet) is None


def recorded_too_early(monkeypatch: pytest.MonkeyPatch, record: Callable[[], None]) -> None:
    """`record` an outcome as a version before 644253d did: whatever the moment."""
    with monkeypatch.context() as patched:
        patched.setattr(Appointment, "could_be", lambda self, status, at, held=False: True)
        record()


def sample_with_follow_up(book: Casebook, clock: Clock, at: datetime) -> tuple[int, int]:
    """The sample intake (its appointment: 10 March, 14.00) and a follow-up started at `at`:
    (follow-up id, the appointment's id)."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    [appointment] = book.appointments(book.conversation(intake).client_id)
    clock.now = at
    follow_up = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", guide_snapshot()
    )
    return follow_up.id, appointment.id


@pytest.mark.parametrize("lang", LANGS)
def test_a_miss_recorded_before_the_appointment_began_is_not_printed_as_fact(
    book: Casebook, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """sheets8 item 3: an old vault holds "missed" recorded at 13.35 for the appointment of
    14.00, in the conversation started at 13.30 (that appointment): at 13.40 its sheet said
    "Onze afspraak van dinsdag 10 maart 2026 ging niet door." Not known yet: the sheet of a
    conversation at a planned appointment says we met."""
    follow_up, appointment = sample_with_follow_up(
        book, clock, datetime(2026, 3, 10, 13, 30).astimezone()
    )
    clock.now += timedelta(minutes=5)
    recorded_too_early(monkeypatch, lambda: book.mark_missed(appointment, Party.CLIENT, follow_up))
    assert book.appointment(appointment).outcome_too_early
    clock.now += timedelta(minutes=5)
    text = printed(book, follow_up, lang, tmp_path)
    words = TEXTS[lang]
    assert words["date_line_not_held"].split("{")[0] not in text
    assert words["date_line"].split("{")[0] in text and text.startswith(words["title"])


@pytest.mark.parametrize("lang", LANGS)
def test_a_keep_recorded_days_before_the_appointment_leaves_it_the_next_one(
    book: Casebook, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """sheets8 item 3: in the follow-up of 5 March, an old vault holds the appointment of 10
    March recorded "kept: it is this conversation": the sheet said no appointment is set, as
    if it had taken place. It is read as not recorded: still the next appointment. The
    client page names it too."""
    follow_up, appointment = sample_with_follow_up(
        book, clock, datetime(2026, 3, 5, 10, 0).astimezone()
    )
    recorded_too_early(monkeypatch, lambda: book.mark_kept(appointment, follow_up))
    summary = build_summary(book, follow_up, lang)
    assert summary.appointment is not None
    text = printed(book, follow_up, lang, tmp_path)
    assert flat(summary.appointment.when) in text
    assert flat(TEXTS[lang]["no_appointment"]) not in text
    standing = book.client_standing(book.appointment(appointment).client_id)
    assert standing.next_appointment is not None
    assert standing.next_appointment.id == appointment


@pytest.mark.parametrize("lang", LANGS)
def test_the_clients_copy_does_not_say_an_appointment_took_place_before_it_could(
    book: Casebook, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """sheets8 item 3: the copy made on 5 March said of the appointment of 10 March "Deze
    afspraak ging door." (recorded kept on 5 March, an old vault). Before its day it still
    stands; once its moment has passed, the copy says the file does not say whether it took
    place (so does it of any appointment past without an outcome)."""
    follow_up, appointment = sample_with_follow_up(
        book, clock, datetime(2026, 3, 5, 10, 0).astimezone()
    )
    recorded_too_early(monkeypatch, lambda: book.mark_kept(appointment, follow_up))
    client_id = book.appointment(appointment).client_id
    words = COPY_TEXTS[lang]
    before = copy_text(book, client_id, lang, tmp_path / "before")
    assert words["appointment_kept"] not in before and words["appointment_planned"] in before
    clock.now = datetime(2026, 3, 11, 9, 0).astimezone()
    after = copy_text(book, client_id, lang, tmp_path / "after")
    assert words["appointment_kept"] not in after and words["appointment_planned"] not in after
    assert words["appointment_not_written"] in after


def copy_text(book: Casebook, client_id: int, lang: str, folder: Path) -> str:
    folder.mkdir()
    written = write_client_copy(book, client_id, folder, lang, include_unreviewed=True)
    return flat(pdf_text(written.pdf))


def test_the_counts_leave_out_an_outcome_recorded_before_it_could_be(
    book: Casebook, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sheets8 item 3: the counts said an appointment was kept (or missed) on the strength of
    an outcome recorded days before it. One recorded once it could be still counts, from an
    hour before its start for "kept" and from its start for "missed"."""
    follow_up, appointment = sample_with_follow_up(
        book, clock, datetime(2026, 3, 5, 10, 0).astimezone()
    )
    client_id = book.appointment(appointment).client_id
    recorded_too_early(monkeypatch, lambda: book.mark_kept(appointment, follow_up))
    starts = datetime(2026, 3, 20, 10, 0).astimezone()
    missed = book.add_appointment(client_id, starts, "Lokaal 2").id
    recorded_too_early(monkeypatch, lambda: book.mark_missed(missed, Party.CLIENT))
    march = count_period(book.vault, "2026-03", "2026-03").values
    assert (march["appointments_kept"], march["appointments_missed"]) == (0, 0)
    assert [a.known().status for a in book.appointments(client_id)] == [
        AppointmentStatus.PLANNED
    ] * 2
    clock.now = datetime(2026, 3, 10, 13, 0).astimezone()  # an hour before: may be kept
    book.mark_kept(appointment, follow_up)
    clock.now = starts
    book.mark_missed(missed, Party.CLIENT)
    march = count_period(book.vault, "2026-03", "2026-03").values
    assert (march["appointments_kept"], march["appointments_missed"]) == (1, 1)


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_says_an_appointment_moved_in_the_conversation_was_moved(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    """sheets8, the read of a moved appointment's sheet: it said "Onze afspraak van dinsdag 9
    maart 2026 ging niet door." and then named the moment it was moved to as the next
    appointment, without saying why. It says it was moved; a miss still says it did not take
    place. A kept sheet that says "moved" is out of date once the appointment is recorded
    otherwise."""
    follow_up, this = follow_up_at_appointment(book, clock)
    new = book.move_appointment(this, clock.now + timedelta(days=3), Party.CLIENT, follow_up)
    words = TEXTS[lang]
    summary = build_summary(book, follow_up, lang)
    moved, not_held = (words[key].format(date=summary.date) for key in LINES)
    text = printed(book, follow_up, lang, tmp_path)
    assert moved in text and not_held not in text
    assert summary.appointment is not None and flat(summary.appointment.when) in text
    sheet = record_handed_sheet(book, follow_up, summary, SheetMedium.PRINT)
    assert outdated(book, sheet) is None
    book.delete_appointment(new.id)
    book.mark_missed(this, Party.CLIENT, follow_up)
    assert outdated(book, sheet) is Outdated.MET
    missed = printed(book, follow_up, lang, tmp_path)
    assert not_held in missed and moved not in missed


@pytest.mark.parametrize("lang", LANGS)
def test_a_sheet_that_names_no_coach_promises_no_call(
    book: Casebook, clock: Clock, tmp_path: Path, lang: str
) -> None:
    """sheet9 item 1 (tour9): a first run without the coach's details ("Later") printed "Ik
    bel of mail je daarvoor" under no "Je coach": a promise from nobody the client knows. The
    sheet only says no appointment is set; a name, a phone or an email brings the promise back."""
    intake = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    for appointment in book.appointments(book.conversation(intake).client_id):
        book.delete_appointment(appointment.id)
    words = TEXTS[lang]
    book.save_profile(CoachProfile())
    text = printed(book, intake, lang, tmp_path)
    assert flat(words["no_appointment_unnamed"]) in text
    assert flat(words["no_appointment"]) not in text
    book.save_profile(CoachProfile(phone="0470 12 34 56"))
    assert flat(words["no_appointment"]) in printed(book, intake, lang, tmp_path)
