"""For the conversation-view tests: a small fictional guide, starting conversations with it,
a casebook whose writes fail like a full disk, and a shown view."""

from __future__ import annotations

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import AppointmentStatus, Conversation, ConversationKind, Party
from intakecompanion.guide import (
    Guide,
    GuideText,
    Item,
    ItemText,
    Localized,
    Phase,
    PhaseText,
    guide_to_snapshot,
)
from intakecompanion.ui.conversation import ConversationView
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.vault.errors import SaveFailed

# (phase id, nl title, en title, [(item id, nl text, en text, feeds)])
_INTAKE = [
    (
        "welcome",
        "Welkom en een veilig kader",
        "Welcome and a safe frame",
        [
            ("welcome-on-time", "Op tijd en voorbereid", "On time and prepared", None),
            (
                "welcome-invite",
                "Nodig uit te vertellen wat de cliënt kan en wil",
                "Invite the client to tell what they can and want to",
                None,
            ),
        ],
    ),
    (
        "secrecy",
        "Beroepsgeheim",
        "Professional secrecy",
        [
            (
                "secrecy-explain",
                "Leg het beroepsgeheim uit",
                "Explain professional secrecy",
                "secrecy_statement",
            ),
            (
                "secrecy-consent",
                "Vraag toestemming voor wat gedeeld wordt",
                "Ask consent for what is shared",
                "consents",
            ),
            ("secrecy-notes", "Zeg wat je noteert", "Say what you write down", None),
        ],
    ),
    (
        "steps",
        "Kleine stappen",
        "Small steps",
        [
            (
                "steps-first",
                "Spreek een eerste kleine stap af",
                "Agree a first small step",
                "steps",
            ),
            (
                "steps-next",
                "Plan de volgende afspraak",
                "Plan the next appointment",
                "next_appointment",
            ),
        ],
    ),
]

_FOLLOW_UP = [
    (
        "review",
        "Terugblik",
        "Looking back",
        [
            ("review-steps", "Wat werd er van de stappen?", "What became of the steps?", None),
            (
                "review-promises",
                "Deed de coach wat beloofd was?",
                "Did the coach keep promises?",
                None,
            ),
        ],
    ),
]


def _item(item_id: str, nl: str, en: str, feeds: str | None) -> Item:
    return Item(
        id=item_id,
        texts=Localized(
            (
                (
                    "nl",
                    ItemText(
                        nl,
                        "Omdat vertrouwen groeit als de cliënt zich veilig voelt.",
                        "Je mag vertellen wat je wilt, in je eigen tempo.",
                    ),
                ),
                (
                    "en",
                    ItemText(
                        en,
                        "Because trust grows when the client feels safe.",
                        "You may tell what you want, at your own pace.",
                    ),
                ),
            )
        ),
        feeds=feeds,
        sources=("Howe 1987",),
    )


def sample_guide(kind: str = "intake") -> Guide:
    phases = _INTAKE if kind == "intake" else _FOLLOW_UP
    return Guide(
        id=f"test-{kind.replace('_', '-')}",
        version="1.0",
        kind=kind,
        languages=("nl", "en"),
        texts=Localized(
            (
                ("nl", GuideText("Testgids", "Wat je vertelt blijft bij ons.", "Zeg het ons.")),
                ("en", GuideText("Test guide", "What you tell stays with us.", "Tell us.")),
            )
        ),
        phases=tuple(
            Phase(
                id=phase_id,
                texts=Localized(
                    (
                        ("nl", PhaseText(nl, "Doel: " + nl.lower() + ".")),
                        ("en", PhaseText(en, "Purpose: " + en.lower() + ".")),
                    )
                ),
                items=tuple(_item(*item) for item in items),
            )
            for phase_id, nl, en, items in phases
        ),
    )


def start(casebook: Casebook, client_id: int, kind: ConversationKind) -> Conversation:
    guide = sample_guide(str(kind))
    return casebook.start_conversation(
        client_id, kind, guide.id, guide.version, guide_to_snapshot(guide)
    )


class FailingCasebook(Casebook):
    """A real casebook whose writes fail like a full disk while `failing` is set."""

    failing = False
    attempts = 0
    error: BaseException = SaveFailed()  # what the vault raises for disk full / read-only

    def _transaction(self):
        if self.failing:
            self.attempts += 1
            raise self.error
        return super()._transaction()


def open_view(qtbot, casebook: Casebook, conversation_id: int, **kwargs) -> ConversationView:
    """A shown, active view at laptop size, with fast retries unless a saver is given."""
    kwargs.setdefault("saver", AutoSaver(retry_ms=50))
    view = ConversationView(casebook, conversation_id, kwargs.pop("language", "nl"), **kwargs)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def choose_outcome(panel, status: AppointmentStatus, by: Party | None) -> int:  # type: ignore[no-untyped-def]
    """Choose how 'this appointment' went in the appointment tab as the coach does (the choice
    made current, then activated as a click or a key does); returns its index."""
    choices = panel.previous_status
    [index] = [i for i in range(choices.count()) if choices.itemData(i) == (status, by)]
    choices.setCurrentIndex(index)
    choices.activated.emit(index)
    return index


def answer_consent(panel, decision: str = "given", how: str = "oral") -> None:  # type: ignore[no-untyped-def]
    """Choose the consent's decision and how it was given in the form, as a click does: the
    form chooses neither for the coach."""
    for group, value in ((panel.decision, decision), (panel.form, how)):
        [button] = [b for b in group.buttons() if b.property("value") == value]
        if button.isEnabled():
            button.click()
