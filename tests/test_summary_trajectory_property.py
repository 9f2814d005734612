"""Every statement of the client's sheet is true of the stored records, for random trajectories.

Hypothesis builds a client's trajectory of 1 to 6 conversations (steps added, done, dropped;
consents given, refused, withdrawn, expiring; appointments kept, moved, missed or left), prints
the sheet of one of them at a moment after the last, and checks the sheet against a model kept
by the test itself while it wrote the records (not against the casebook's own reading of them):
the consents it names and what it says of each, the open steps and those done or dropped in
that conversation, the next appointment, and each "none" sentence only when it is true.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    Party,
    StepOwner,
    StepStatus,
)
from intakecompanion.summary.content import ConsentState, Summary, build_summary
from intakecompanion.summary.sheet import summary_html
from intakecompanion.summary.texts import TEXTS, clock_time, long_date, short_date
from intakecompanion.vault.store import Vault, open_with_data_key

BASE = datetime(2026, 1, 5, 10, 0).astimezone()
GAP = timedelta(days=14)
WHO = {
    StepOwner.CLIENT: "who_client",
    StepOwner.COACH: "who_coach",
    StepOwner.TOGETHER: "who_together",
}
_counter = itertools.count()


# -- the plan Hypothesis draws -------------------------------------------------------------

step_plan = st.tuples(st.sampled_from(list(StepOwner)), st.none() | st.integers(-10, 30))
# given?, days valid, to whom, which information: few of each, so one client's consents often
# concern the same sharing (refused, then given; withdrawn, then given again)
consent_plan = st.tuples(
    st.booleans(),
    st.none() | st.integers(0, 40),
    st.sampled_from(["Huisarts", "OCMW"]),
    st.sampled_from(["Gezondheid", "Inkomen"]),
)
# "next": the appointment the next conversation is; it starts up to 50 minutes after or 45
# minutes before the appointment's time. Otherwise (days ahead, hour): never within two hours
# of a conversation's start (10.00), so no conversation is that appointment, though one may
# fall later on a conversation's day.
appointment_plan = (
    st.none()
    | st.tuples(st.just("next"), st.sampled_from([-45, -20, 0, 20, 50]))
    | st.tuples(
        st.integers(1, 30) | st.sampled_from([14, 28]),  # often a later conversation's day
        st.sampled_from([8, 12, 13, 14, 15, 16]),
    )
)
conversation_plan = st.fixed_dictionaries(
    {
        "new_steps": st.lists(step_plan, max_size=3),
        "settle": st.lists(st.sampled_from(["keep", "done", "dropped", "reopen"]), max_size=6),
        "new_consents": st.lists(consent_plan, max_size=2),
        "withdraw": st.lists(st.booleans(), max_size=4),
        # what becomes of an appointment due at or before this conversation
        "outcome": st.lists(st.sampled_from(["kept", "missed", "moved", "leave"]), max_size=3),
        "appointment": appointment_plan,
    }
)
trajectory_plan = st.fixed_dictionaries(
    {
        "conversations": st.lists(conversation_plan, min_size=1, max_size=6),
        "print_index": st.integers(0, 5),
        "print_later": st.sampled_from(
            [timedelta(minutes=30), timedelta(days=3), timedelta(days=45)]
        ),
        "lang": st.sampled_from(["nl", "en"]),
    }
)


# -- the model the test keeps of what it wrote ----------------------------------------------


@dataclass
class StepRecord:
    id: int
    what: str
    who: StepOwner
    due: date | None
    status: StepStatus = StepStatus.OPEN
    settled_in: int | None = None  # conversation id of the last status change


@dataclass
class ConsentRecord:
    id: int
    recipient: str
    information: str
    given: bool
    valid_until: date | None
    recorded_in: int
    withdrawn_at: datetime | None = None
    withdrawn_in: int | None = None


@dataclass
class AppointmentRecord:
    id: int
    starts_at: datetime
    made_in: int | None
    planned: bool = True
    kept_in: int | None = None
    for_index: int | None = None  # made as the appointment of the conversation at this index
    is_conversation: int | None = None  # the id of the conversation this appointment is


@dataclass
class Model:
    conversations: list[tuple[int, datetime]] = field(default_factory=list)
    steps: list[StepRecord] = field(default_factory=list)
    consents: list[ConsentRecord] = field(default_factory=list)
    appointments: list[AppointmentRecord] = field(default_factory=list)


class Clock:
    def __init__(self) -> None:
        self.now = BASE

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault for all examples: each example is a new client, so they never meet."""
    folder = tmp_path_factory.mktemp("trajectories")
    vault = open_with_data_key(folder / "vault" / "v.icv", os.urandom(32), create=True)
    # Thousands of one-statement transactions: without waiting for the disk each time (what
    # is checked here is what the records say, not that they survive a power cut).
    vault.db.execute("PRAGMA synchronous = OFF")
    yield vault
    vault.close()


def write(book: Casebook, clock: Clock, plan: dict) -> tuple[int, Model]:
    """Write the planned trajectory for a new client; returns the client id and the model."""
    model = Model()
    client = book.add_client(f"Cliënt {next(_counter)}")
    for index, talk in enumerate(plan["conversations"]):
        start = BASE + GAP * index
        clock.now = start
        kind = ConversationKind.INTAKE if index == 0 else ConversationKind.FOLLOW_UP
        conversation = book.start_conversation(client.id, kind, str(kind), "1", '{"id": "x"}')
        cid = conversation.id
        model.conversations.append((cid, start))
        for appointment in model.appointments:
            if appointment.for_index == index:
                appointment.is_conversation = cid
        minutes = itertools.count(1)

        def tick() -> None:
            clock.now = start + timedelta(minutes=next(minutes))  # noqa: B023

        # Appointments due by now: kept here (if today), missed, moved, or left as they are.
        due = [
            a for a in model.appointments if a.planned and a.starts_at <= start + timedelta(hours=2)
        ]
        for appointment, outcome in zip(due, talk["outcome"], strict=False):
            tick()
            # Held in an earlier conversation, it took place: it was not missed or moved (tour10;
            # the vault refuses it, `HeldThen`).
            held = book.conversation_at(book.appointment(appointment.id)) not in (None, cid)
            if held and outcome != "kept":
                continue
            # Kept from an hour before its start (the conversation is it), missed from its start:
            # before that, neither can be true (and neither is recorded).
            if (
                outcome == "kept"
                and appointment.starts_at.date() == start.date()
                and appointment.starts_at <= start + timedelta(hours=1)
            ):
                book.mark_kept(appointment.id, cid)
                appointment.planned, appointment.kept_in = False, cid
            elif outcome == "missed" and appointment.starts_at <= start:
                book.mark_missed(appointment.id, Party.CLIENT, cid)
                appointment.planned = False
            elif outcome == "moved":
                new = book.move_appointment(
                    appointment.id, start + timedelta(days=5), Party.COACH, cid
                )
                appointment.planned = False
                model.appointments.append(AppointmentRecord(new.id, new.starts_at, cid))
        # Earlier steps: done, dropped, or back open.
        for record, action in zip(list(model.steps), talk["settle"], strict=False):
            tick()
            target = {
                "done": StepStatus.DONE,
                "dropped": StepStatus.DROPPED,
                "reopen": StepStatus.OPEN,
            }
            if action in target and record.status is not target[action]:
                book.set_step_status(record.id, target[action], cid)
                record.status, record.settled_in = target[action], cid
        for who, due_days in talk["new_steps"]:
            tick()
            due_date = start.date() + timedelta(days=due_days) if due_days is not None else None
            what = f"Stap {len(model.steps) + 1}"
            step = book.add_step(cid, what, who, due_date)
            model.steps.append(StepRecord(step.id, what, who, due_date))
        in_force = [c for c in model.consents if c.given and c.withdrawn_at is None]
        for record, withdraw in zip(in_force, talk["withdraw"], strict=False):
            if withdraw:
                tick()
                book.withdraw_consent(record.id, "Noor", cid)
                record.withdrawn_at, record.withdrawn_in = clock.now, cid
        for given_, valid_days, recipient, information in talk["new_consents"]:
            tick()
            until = start.date() + timedelta(days=valid_days) if valid_days is not None else None
            consent = book.record_consent(
                cid,
                recipient=recipient,
                information=information,
                purpose="Hulp",
                decision=ConsentDecision.GIVEN if given_ else ConsentDecision.REFUSED,
                form=ConsentForm.ORAL,
                valid_until=until,
            )
            if not given_:  # what the client says last holds: a refusal takes back
                for earlier in model.consents:  # the consent in force for the same sharing
                    same = (earlier.recipient, earlier.information) == (recipient, information)
                    if same and in_force_at(earlier, clock.now):
                        earlier.withdrawn_at, earlier.withdrawn_in = clock.now, cid
            model.consents.append(
                ConsentRecord(consent.id, recipient, information, given_, until, cid)
            )
        if talk["appointment"] is not None:
            tick()
            days_or_next, hour_or_late = talk["appointment"]
            for_index = None
            if days_or_next == "next":
                # the next conversation starts `hour_or_late` minutes after this time
                when = start + GAP - timedelta(minutes=hour_or_late)
                for_index = index + 1
            else:
                when = (start + timedelta(days=days_or_next)).replace(hour=hour_or_late)
            made = book.add_appointment(client.id, when, "Lokaal 2", "Noor", cid)
            model.appointments.append(AppointmentRecord(made.id, when, cid, for_index=for_index))
    return client.id, model


# -- what the sheet must say, from the model --------------------------------------------------


def in_force_at(c: ConsentRecord, at: datetime) -> bool:
    withdrawn = c.withdrawn_at is not None and c.withdrawn_at <= at
    expired = c.valid_until is not None and c.valid_until < at.date()
    return c.given and not withdrawn and not expired


def expected_consents(model: Model, printed: int, at: datetime, lang: str) -> list[tuple]:
    """In force, changed in this conversation, and ended (given, not withdrawn, its end date
    reached) since the previous conversation began; but where a consent to the same recipient
    for the same information is in force, only what is in force (never yes and no at once)."""
    allowed = {(c.recipient, c.information) for c in model.consents if in_force_at(c, at)}
    starts = sorted((start, cid) for cid, start in model.conversations)
    index = next(i for i, (_start, cid) in enumerate(starts) if cid == printed)
    since = starts[index - 1 if index else 0][0].date()
    lines = []
    for c in model.consents:
        withdrawn = c.withdrawn_at is not None and c.withdrawn_at <= at
        expired = c.valid_until is not None and c.valid_until < at.date()
        in_force = in_force_at(c, at)
        changed_here = c.recorded_in == printed or c.withdrawn_in == printed
        ended_since = (
            c.given and not withdrawn and expired and c.valid_until is not None
            and c.valid_until >= since
        )  # fmt: skip
        if not (in_force or changed_here or ended_since):
            continue
        if not in_force and (c.recipient, c.information) in allowed:
            continue
        if not c.given:
            state, status = ConsentState.REFUSED, TEXTS[lang]["consent_refused"]
        elif withdrawn:
            assert c.withdrawn_at is not None
            day = short_date(lang, c.withdrawn_at.date())
            state, status = (
                ConsentState.WITHDRAWN,
                TEXTS[lang]["consent_withdrawn"].format(date=day),
            )
        elif expired:
            assert c.valid_until is not None
            day = short_date(lang, c.valid_until)
            state, status = ConsentState.EXPIRED, TEXTS[lang]["consent_expired"].format(date=day)
        else:
            state, status = ConsentState.IN_FORCE, TEXTS[lang]["consent_given"]
        until = ""
        if in_force:
            until = (
                short_date(lang, c.valid_until) if c.valid_until else TEXTS[lang]["consent_no_end"]
            )
        lines.append((c.recipient, c.information, state, status, until))
    return lines


def step_line(record: StepRecord, lang: str) -> tuple[str, str, str]:
    by_when = short_date(lang, record.due) if record.due else TEXTS[lang]["step_no_date"]
    return (record.what, TEXTS[lang][WHO[record.who]], by_when)


def expected_next(model: Model, printed: int, at: datetime) -> datetime | None:
    """The first planned appointment from `at` on, other than the one this conversation is
    (as the test made it: for this conversation, or kept in it)."""
    ahead = sorted(
        (
            a
            for a in model.appointments
            if a.planned and a.starts_at >= at and printed not in (a.is_conversation, a.kept_in)
        ),
        key=lambda a: (a.starts_at, a.id),
    )
    return ahead[0].starts_at if ahead else None


def check_sheet(
    summary: Summary, model: Model, printed: int, start: datetime, at: datetime
) -> None:
    lang = summary.lang
    sentences = TEXTS[lang]
    assert summary.as_of == long_date(lang, at.date())
    assert summary.date == long_date(lang, start.date())

    consents = expected_consents(model, printed, at, lang)
    assert [
        (c.recipient, c.information, c.state, c.status, c.until) for c in summary.consents
    ] == consents
    any_in_force = any(line[2] is ConsentState.IN_FORCE for line in consents)
    assert summary.no_consent == ("" if any_in_force else sentences["no_consent_now"])

    by_date = sorted(model.steps, key=lambda s: (s.due is None, s.due, s.id))
    open_steps = [s for s in by_date if s.status is StepStatus.OPEN]
    assert [(s.what, s.who, s.by_when) for s in summary.steps] == [
        step_line(s, lang) for s in open_steps
    ]
    here = [s for s in by_date if s.settled_in == printed]
    assert [(s.what, s.who, s.by_when) for s in summary.steps_succeeded] == [
        step_line(s, lang) for s in here if s.status is StepStatus.DONE
    ]
    assert [(s.what, s.who, s.by_when) for s in summary.steps_stopped] == [
        step_line(s, lang) for s in here if s.status is StepStatus.DROPPED
    ]
    if open_steps:
        assert summary.no_steps == ""
    else:
        assert summary.no_steps == sentences["no_open_steps" if model.steps else "no_steps"]

    upcoming = expected_next(model, printed, at)
    if upcoming is None:
        assert summary.appointment is None
    else:
        assert summary.appointment is not None
        assert summary.appointment.when == sentences["appointment_when"].format(
            date=long_date(lang, upcoming.date()), time=clock_time(lang, upcoming)
        )

    # The printed sheet says each "none" sentence exactly when it is true.
    html = summary_html(summary)
    for key, true in (
        ("no_consent_now", not any_in_force),
        ("no_steps", not model.steps),
        ("no_open_steps", bool(model.steps) and not open_steps),
        # Without the coach's details (none here) no promise to call (tour9 #1).
        (
            "no_appointment" if summary.contact.says_who else "no_appointment_unnamed",
            upcoming is None,
        ),
    ):
        assert (sentences[key] in html) is true, key


def run_trajectory(vault: Vault, plan: dict) -> None:
    clock = Clock()
    book = Casebook(vault, clock=clock)
    _client_id, model = write(book, clock, plan)
    index = min(plan["print_index"], len(model.conversations) - 1)
    printed, start = model.conversations[index]
    at = model.conversations[-1][1] + plan["print_later"]
    clock.now = at
    summary = build_summary(book, printed, plan["lang"])
    for line in summary.consents:
        event(f"consent {line.state}")
    for name, happened in (
        ("step done here", summary.steps_succeeded),
        ("step dropped here", summary.steps_stopped),
        ("no consent in force", summary.no_consent),
        ("no step open", summary.no_steps),
        ("no next appointment", summary.appointment is None),
        ("appointment kept", any(a.kept_in for a in model.appointments)),
        ("appointment not planned", any(not a.planned for a in model.appointments)),
        (
            "same sharing recorded twice",
            len({(c.recipient, c.information) for c in model.consents}) < len(model.consents),
        ),
        (
            "another appointment on a conversation's day",
            any(
                a.is_conversation is None and a.starts_at.date() == day.date()
                for a in model.appointments
                for _, day in model.conversations
            ),
        ),
    ):
        if happened:
            event(name)
    event(f"{len(model.conversations)} conversations")
    check_sheet(summary, model, printed, start, at)


_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


@settings(max_examples=60, **_SETTINGS)
@given(plan=trajectory_plan)
def test_every_sheet_statement_is_true_of_the_records(shared_vault: Vault, plan: dict) -> None:
    run_trajectory(shared_vault, plan)


@pytest.mark.slow
@settings(max_examples=600, **_SETTINGS)
@given(plan=trajectory_plan)
def test_every_sheet_statement_is_true_of_600_trajectories(shared_vault: Vault, plan: dict) -> None:
    run_trajectory(shared_vault, plan)
