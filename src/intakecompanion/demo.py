"""Fictional sample data for `--demo`, the screenshots and the benchmarks (no Qt).

`seed_demo` fills a casebook with a few invented clients: conversations at different stages,
notes shared and internal, small steps (one of the coach's overdue), consents (withdrawn ones
too) and appointments. Sam's trajectory has an intake and two follow-ups: steps done and open,
an appointment moved and one missed, a consent withdrawn in a follow-up. `DemoSite` puts such
a vault in a fresh temporary folder, never at the real vault location, and removes it again.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    ItemState,
    Party,
    StepOwner,
    StepStatus,
)
from intakecompanion.domain.rows import local_now
from intakecompanion.guide import Guide, builtin_guides, guide_to_snapshot
from intakecompanion.paths import AppPaths
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault, create_vault

DEMO_PASSPHRASE = "demo voor iedereen om te proberen"
# The demo's passphrase is shown on the unlock screen: in the language of the demo.
DEMO_PASSPHRASES = {
    "nl": DEMO_PASSPHRASE,
    "en": "a demo for everyone to try",
    "fr": "une démo pour tout le monde",
}

# The texts a coach would have typed, per interface language.
TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "sam_note_shared": "Sam wil graag terug aan het werk, liefst in een keuken.",
        "sam_note_internal": (
            "Lijkt moe; vertelt weinig over thuis. Volgende keer rustig op terugkomen."
        ),
        "sam_step_client": "Cv meebrengen naar de volgende afspraak",
        "sam_step_coach": "Navragen bij de VDAB welke opleiding kok er start",
        "sam_step_together": "Samen het aanvraagformulier invullen",
        "sam_consent_recipient": "VDAB, trajectbegeleider",
        "sam_consent_information": "Werkervaring en opleiding",
        "sam_consent_purpose": "Een passende opleiding zoeken",
        "sam_consent2_recipient": "Huisarts",
        "sam_consent2_information": "Hoe het met je rug gaat",
        "sam_consent2_purpose": "Nagaan welk werk je aankunt",
        "sam_followup_note": "Cv meegebracht; de opleiding start in september.",
        "sam_followup2_note": "De vorige afspraak lukte niet; vandaag het formulier bekeken.",
        "sam_step_client2": "Inschrijven voor de infosessie van de opleiding",
        "eline_note_shared": "Éline zoekt een rustige woning dichter bij haar dochter.",
        "eline_note_internal": "Schulden bij de energieleverancier; nog niet alles verteld.",
        "eline_step_client": "Facturen van de energieleverancier verzamelen",
        "eline_step_coach": "Afspraak maken met de schuldhulpverlening",
        "eline_consent_recipient": "Schuldhulpverlening",
        "eline_consent_information": "Facturen en inkomen",
        "eline_consent_purpose": "Een afbetalingsplan opmaken",
        "eline_consent2_recipient": "Huisarts",
        "eline_consent2_information": "Gezondheid",
        "eline_consent2_purpose": "Afstemmen over ondersteuning",
        "yusuf_note_shared": "Yusuf wil zijn Nederlands verbeteren om beter werk te vinden.",
        "yusuf_step_coach": "Lijst met taallessen in de buurt opsturen",
        "place": "Sociaal huis, lokaal 2",
        "mira_note_internal": "Eerste contact via de huisarts.",
        "coach_organisation": "OCMW Voorbeeldstad",
        "coach_reachable": "maandag tot donderdag, van 9 tot 12 uur",
        "coach_boundaries": "Ik lees geen berichten in het weekend.",
    },
    "en": {
        "sam_note_shared": "Sam would like to go back to work, preferably in a kitchen.",
        "sam_note_internal": (
            "Seems tired; says little about home. Come back to it calmly next time."
        ),
        "sam_step_client": "Bring the CV to the next appointment",
        "sam_step_coach": "Ask the job centre which cook training starts next",
        "sam_step_together": "Fill in the application form together",
        "sam_consent_recipient": "Job centre, trajectory counsellor",
        "sam_consent_information": "Work experience and education",
        "sam_consent_purpose": "Finding a suitable training",
        "sam_consent2_recipient": "General practitioner",
        "sam_consent2_information": "How your back is doing",
        "sam_consent2_purpose": "Checking which work you can manage",
        "sam_followup_note": "Brought the CV; the training starts in September.",
        "sam_followup2_note": "The last appointment did not work out; today we looked at the form.",
        "sam_step_client2": "Sign up for the training's information session",
        "eline_note_shared": "Éline is looking for a quiet home closer to her daughter.",
        "eline_note_internal": "Debts with the energy supplier; has not told everything yet.",
        "eline_step_client": "Collect the energy supplier's bills",
        "eline_step_coach": "Make an appointment with debt counselling",
        "eline_consent_recipient": "Debt counselling service",
        "eline_consent_information": "Bills and income",
        "eline_consent_purpose": "Drawing up a repayment plan",
        "eline_consent2_recipient": "General practitioner",
        "eline_consent2_information": "Health",
        "eline_consent2_purpose": "Coordinating support",
        "yusuf_note_shared": "Yusuf wants to improve his Dutch to find better work.",
        "yusuf_step_coach": "Send a list of language classes nearby",
        "place": "Community centre, room 2",
        "mira_note_internal": "First contact through the GP.",
        "coach_organisation": "OCMW Voorbeeldstad (social welfare centre)",
        "coach_reachable": "Monday to Thursday, 9 to 12",
        "coach_boundaries": "I do not read messages at weekends.",
    },
    "fr": {
        "sam_note_shared": "Sam voudrait retravailler, de préférence dans une cuisine.",
        "sam_note_internal": (
            "Semble fatigué ; parle peu de la maison. Y revenir calmement la prochaine fois."
        ),
        "sam_step_client": "Apporter le CV au prochain rendez-vous",
        "sam_step_coach": "Demander à Actiris quelle formation de cuisinier commence",
        "sam_step_together": "Remplir ensemble le formulaire de demande",
        "sam_consent_recipient": "Actiris, conseiller emploi",
        "sam_consent_information": "Expérience de travail et formation",
        "sam_consent_purpose": "Chercher une formation qui convient",
        "sam_consent2_recipient": "Médecin traitant",
        "sam_consent2_information": "Comment va votre dos",
        "sam_consent2_purpose": "Voir quel travail vous pouvez faire",
        "sam_followup_note": "CV apporté ; la formation commence en septembre.",
        "sam_followup2_note": "Le dernier rendez-vous n'a pas pu avoir lieu ; aujourd'hui, le "
        "formulaire.",
        "sam_step_client2": "S'inscrire à la séance d'information de la formation",
        "eline_note_shared": "Éline cherche un logement calme plus près de sa fille.",
        "eline_note_internal": "Dettes chez le fournisseur d'énergie ; n'a pas encore tout dit.",
        "eline_step_client": "Rassembler les factures du fournisseur d'énergie",
        "eline_step_coach": "Prendre rendez-vous avec la médiation de dettes",
        "eline_consent_recipient": "Service de médiation de dettes",
        "eline_consent_information": "Factures et revenus",
        "eline_consent_purpose": "Établir un plan de paiement",
        "eline_consent2_recipient": "Médecin traitant",
        "eline_consent2_information": "Santé",
        "eline_consent2_purpose": "Se concerter sur le soutien",
        "yusuf_note_shared": "Yusuf veut améliorer son français pour trouver un meilleur travail.",
        "yusuf_step_coach": "Envoyer une liste de cours de langue dans le quartier",
        "place": "Maison sociale, local 2",
        "mira_note_internal": "Premier contact par le médecin traitant.",
        "coach_organisation": "CPAS d'Exempleville",
        "coach_reachable": "du lundi au jeudi, de 9 à 12 heures",
        "coach_boundaries": "Je ne lis pas les messages le week-end.",
    },
}

# The demo coach; the words of the profile (organisation, when reachable, boundaries) are in
# TEXTS, per language.
COACH = CoachProfile(
    name="Noor Vermeulen",
    phone="012 34 56 78",
    email="noor.vermeulen@voorbeeldstad.example",
)


@dataclass(frozen=True)
class DemoClients:
    """Ids of what `seed_demo` made, for screenshots and benchmarks to open."""

    sam: int
    eline: int
    yusuf: int
    mira: int
    eline_intake: int
    sam_follow_up: int  # the newest, open
    sam_intake: int = 0
    sam_first_follow_up: int = 0


def _at(now: datetime, days_ago: int, hour: int) -> datetime:
    day = now.date() - timedelta(days=days_ago)
    return datetime.combine(day, time(hour, 0), tzinfo=now.tzinfo)


def _book(vault: Vault, when: datetime) -> Casebook:
    return Casebook(vault, clock=lambda: when)


def _tick(book: Casebook, conversation_id: int, guide: Guide, count: int) -> None:
    """Mark the first `count` items done, every seventh one not applicable."""
    for index, item in enumerate(list(guide.items())[:count]):
        state = ItemState.NOT_APPLICABLE if index % 7 == 6 else ItemState.DONE
        book.set_item_state(conversation_id, item.id, state)


def seed_demo(
    vault: Vault,
    lang: str = "nl",
    now: datetime | None = None,
    guides: tuple[Guide, ...] | None = None,
) -> DemoClients:
    """Fill an empty vault with fictional clients and conversations (texts in `lang`)."""
    now = now or local_now()
    text = TEXTS.get(lang, TEXTS["nl"])
    all_guides = guides or builtin_guides()
    intake = next(g for g in all_guides if g.kind == "intake")
    follow_up = next(g for g in all_guides if g.kind == "follow_up")

    def start(book: Casebook, client_id: int, guide: Guide) -> int:
        kind = ConversationKind(guide.kind)
        snapshot = guide_to_snapshot(guide)
        return book.start_conversation(client_id, kind, guide.id, guide.version, snapshot).id

    first = _book(vault, _at(now, 21, 9))
    first.save_profile(
        dataclasses.replace(
            COACH,
            organisation=text["coach_organisation"],
            reachable=text["coach_reachable"],
            boundaries=text["coach_boundaries"],
        )
    )

    # Sam: intake three weeks ago, a follow-up twelve days ago, another today (still open).
    # Steps done and open, an appointment moved and one missed, a consent withdrawn.
    sam = first.add_client("Sam De Smet").id
    sam_intake = start(first, sam, intake)
    _tick(first, sam_intake, intake, intake.item_count - 4)
    first.add_note(sam_intake, text["sam_note_shared"], shared=True)
    first.add_note(sam_intake, text["sam_note_internal"], shared=False)
    cv = first.add_step(
        sam_intake, text["sam_step_client"], StepOwner.CLIENT, (now - timedelta(days=14)).date()
    )
    ask = first.add_step(
        sam_intake, text["sam_step_coach"], StepOwner.COACH, (now - timedelta(days=13)).date()
    )
    first.add_step(
        sam_intake, text["sam_step_together"], StepOwner.TOGETHER, now.date() + timedelta(days=10)
    )
    for key, until in (("sam_consent", now.date() + timedelta(days=180)), ("sam_consent2", None)):
        first.record_consent(
            sam_intake,
            recipient=text[f"{key}_recipient"],
            information=text[f"{key}_information"],
            purpose=text[f"{key}_purpose"],
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
            valid_until=until,
            recorded_by=COACH.name,
        )
    planned = first.add_appointment(sam, _at(now, 14, 10), text["place"], COACH.name, sam_intake)
    _book(vault, _at(now, 21, 10)).finish_conversation(sam_intake)
    # Sam called to move it two days later.
    moved = _book(vault, _at(now, 16, 11)).move_appointment(
        planned.id, _at(now, 12, 10), Party.CLIENT
    )

    # Sam's first follow-up: the moved appointment kept; the CV brought, the coach's question
    # answered; the consent for the GP withdrawn; the next appointment made.
    twelve = _book(vault, _at(now, 12, 10))
    sam_first_follow_up = start(twelve, sam, follow_up)
    twelve.mark_kept(moved.id, sam_first_follow_up)
    _tick(twelve, sam_first_follow_up, follow_up, follow_up.item_count)
    twelve.add_note(sam_first_follow_up, text["sam_followup_note"], shared=True)
    twelve.set_step_status(cv.id, StepStatus.DONE, sam_first_follow_up)
    twelve.set_step_status(ask.id, StepStatus.DONE, sam_first_follow_up)
    gp = twelve.client_consents(sam)[1]
    twelve.withdraw_consent(gp.id, COACH.name, sam_first_follow_up)
    missed = twelve.add_appointment(
        sam, _at(now, 5, 14), text["place"], COACH.name, sam_first_follow_up
    )
    _book(vault, _at(now, 12, 10).replace(minute=40)).finish_conversation(sam_first_follow_up)

    # Sam did not come five days ago; a new appointment was made by phone for today.
    phone = _book(vault, _at(now, 4, 9))
    phone.mark_missed(missed.id, Party.CLIENT)
    # Yusuf: intake two weeks ago; the coach's own promise is overdue.
    earlier = _book(vault, _at(now, 14, 14))
    yusuf = earlier.add_client("Yusuf Aydın").id
    yusuf_intake = start(earlier, yusuf, intake)
    _tick(earlier, yusuf_intake, intake, intake.item_count)
    earlier.add_note(yusuf_intake, text["yusuf_note_shared"], shared=True)
    earlier.add_step(
        yusuf_intake, text["yusuf_step_coach"], StepOwner.COACH, (now - timedelta(days=3)).date()
    )
    _book(vault, _at(now, 14, 14).replace(minute=45)).finish_conversation(yusuf_intake)

    # Mira: only an intake started last week, hardly begun.
    last_week = _book(vault, _at(now, 6, 11))
    mira = last_week.add_client("Mira Janssens").id
    mira_intake = start(last_week, mira, intake)
    _tick(last_week, mira_intake, intake, 3)
    last_week.add_note(mira_intake, text["mira_note_internal"], shared=False)

    # Today: Sam's second follow-up two hours ago (still open), at the appointment made by
    # phone; and Éline's intake in full swing right now.
    follow_up_start = now - timedelta(hours=2)
    todays = phone.add_appointment(sam, follow_up_start, text["place"], COACH.name)
    today = _book(vault, follow_up_start)
    sam_follow_up = start(today, sam, follow_up)
    today.mark_kept(todays.id, sam_follow_up)
    today.add_note(sam_follow_up, text["sam_followup2_note"], shared=True)
    today.add_step(
        sam_follow_up, text["sam_step_client2"], StepOwner.CLIENT, now.date() + timedelta(days=7)
    )
    today.add_appointment(
        sam, _at(now, -14, 10), text["place"], COACH.name, conversation_id=sam_follow_up
    )
    later_today = _book(vault, now - timedelta(minutes=25))
    eline = later_today.add_client("Éline Maes").id
    eline_intake = start(later_today, eline, intake)
    _tick(later_today, eline_intake, intake, 14)
    later_today.add_note(eline_intake, text["eline_note_shared"], shared=True)
    later_today.add_note(eline_intake, text["eline_note_internal"], shared=False)
    later_today.add_step(
        eline_intake, text["eline_step_client"], StepOwner.CLIENT, now.date() + timedelta(days=7)
    )
    later_today.add_step(
        eline_intake, text["eline_step_coach"], StepOwner.COACH, now.date() + timedelta(days=3)
    )
    later_today.record_consent(
        eline_intake,
        recipient=text["eline_consent_recipient"],
        information=text["eline_consent_information"],
        purpose=text["eline_consent_purpose"],
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
        valid_until=now.date() + timedelta(days=365),
        recorded_by=COACH.name,
    )
    withdrawn = later_today.record_consent(
        eline_intake,
        recipient=text["eline_consent2_recipient"],
        information=text["eline_consent2_information"],
        purpose=text["eline_consent2_purpose"],
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        recorded_by=COACH.name,
    )
    later_today.withdraw_consent(withdrawn.id, recorded_by=COACH.name)
    later_today.add_appointment(eline, _at(now, -7, 14), text["place"], COACH.name, eline_intake)
    return DemoClients(
        sam, eline, yusuf, mira, eline_intake, sam_follow_up, sam_intake, sam_first_follow_up
    )


@dataclass(frozen=True)
class DemoSite:
    """A throw-away vault with sample data in its own temporary folder."""

    root: Path
    paths: AppPaths
    passphrase: str

    @property
    def vault_path(self) -> Path:
        return self.paths.default_vault

    @classmethod
    def create(cls, lang: str = "nl", now: datetime | None = None) -> DemoSite:
        root = Path(tempfile.mkdtemp(prefix="intakecompanion-demo-"))
        site = cls(root, AppPaths.under(root), DEMO_PASSPHRASES.get(lang, DEMO_PASSPHRASE))
        # The cheapest key derivation allowed: the data is fictional and the folder temporary.
        vault, _recovery_key = create_vault(
            site.vault_path, site.passphrase, kdf=KdfParams.minimum()
        )
        try:
            seed_demo(vault, lang, now)
        finally:
            vault.close()
        return site

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
