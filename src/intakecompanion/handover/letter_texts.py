"""The fixed texts of the client's handover sheet, Dutch (B1, "je") and English, as data like
clientcopy/texts.py: the sheet's language is chosen per handover, not by the interface."""

from __future__ import annotations

from intakecompanion.summary.texts import check_language

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Je nieuwe coach",
        "for_client": "Voor {name}",
        "new_coach": "Je nieuwe coach is {name}.",
        "reach_heading": "Hoe bereik je je nieuwe coach?",
        "reach": "{contact}",
        "no_reach": "Dat staat niet op dit blad. Vraag het aan mij.",
        "passed_heading": "Wat kreeg je nieuwe coach?",
        "passed_on": "Op {date} gaf ik je dossier door aan je nieuwe coach. Dit ging mee:",
        "conversations_one": "1 gesprek",
        "conversations_other": "{count} gesprekken",
        "notes_one": "1 notitie",
        "notes_other": "{count} notities",
        "internal_notes": "Daarbij is ook wat ik voor mezelf opschreef.",
        "steps_one": "1 afgesproken stap",
        "steps_other": "{count} afgesproken stappen",
        "consents_one": "1 toestemming (ja of nee)",
        "consents_other": "{count} toestemmingen (ja of nee)",
        "appointments_one": "1 afspraak",
        "appointments_other": "{count} afspraken",
        "sheets_one": "1 blad dat je van mij kreeg",
        "sheets_other": "{count} bladen die je van mij kreeg",
        "consent_heading": "Met welke toestemming?",
        "consent_given": "Je zei ja op {date} ({form}).",
        "consent_to": "Met wie: {recipient}",
        "consent_what": "Wat: {information}",
        "consent_why": "Waarom: {purpose}",
        "form_oral": "mondeling",
        "form_written": "op papier",
        "questions_heading": "Heb je een vraag over de overdracht?",
        "questions": "Vraag het aan mij.",
        "from_coach": "Ik ben {name}.",
        "from_organisation": "Van: {organisation}",
        "from_phone": "Telefoon: {phone}",
        "from_email": "E-mail: {email}",
        "page": "Pagina {page} van {pages}",
    },
    "en": {
        "title": "Your new coach",
        "for_client": "For {name}",
        "new_coach": "Your new coach is {name}.",
        "reach_heading": "How do you reach your new coach?",
        "reach": "{contact}",
        "no_reach": "That is not on this sheet. Ask me.",
        "passed_heading": "What did your new coach get?",
        "passed_on": "On {date} I handed your file over to your new coach. This went along:",
        "conversations_one": "1 conversation",
        "conversations_other": "{count} conversations",
        "notes_one": "1 note",
        "notes_other": "{count} notes",
        "internal_notes": "That includes what I wrote down for myself.",
        "steps_one": "1 step we agreed",
        "steps_other": "{count} steps we agreed",
        "consents_one": "1 consent (yes or no)",
        "consents_other": "{count} consents (yes or no)",
        "appointments_one": "1 appointment",
        "appointments_other": "{count} appointments",
        "sheets_one": "1 sheet you got from me",
        "sheets_other": "{count} sheets you got from me",
        "consent_heading": "With which consent?",
        "consent_given": "You said yes on {date} ({form}).",
        "consent_to": "With whom: {recipient}",
        "consent_what": "What: {information}",
        "consent_why": "Why: {purpose}",
        "form_oral": "spoken",
        "form_written": "on paper",
        "questions_heading": "Do you have a question about the handover?",
        "questions": "Ask me.",
        "from_coach": "I am {name}.",
        "from_organisation": "From: {organisation}",
        "from_phone": "Phone: {phone}",
        "from_email": "Email: {email}",
        "page": "Page {page} of {pages}",
    },
}


def text(lang: str, key: str, **values: str) -> str:
    template = TEXTS[check_language(lang)][key]
    return template.format(**values) if values else template


def count_text(lang: str, key: str, count: int) -> str:
    return text(lang, f"{key}_{'one' if count == 1 else 'other'}", count=str(count))
