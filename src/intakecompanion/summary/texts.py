"""The summary's fixed texts, per language, as data: Dutch at B1 level ("je"), English, and
French in easy-to-read words ("facile à lire et à comprendre", "vous"; docs/translation.md).

The summary's language is chosen per print, so these do not go through Qt's translator (which
follows the interface language). Dates are written out here too, without the system locale,
so the same conversation prints the same sheet on every computer.
"""

from __future__ import annotations

from datetime import date, datetime, time

LANGUAGES: tuple[str, ...] = ("nl", "en", "fr")

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Ons gesprek",
        "title_not_held": "Waar we nu staan",
        "for_client": "Voor {name}",
        "date_line": "We spraken elkaar op {date}.",
        "date_line_not_held": "Onze afspraak van {date} ging niet door.",
        "date_line_moved": "Onze afspraak van {date} is verplaatst.",
        "kind_intake": "Dit was ons eerste gesprek.",
        "kind_follow_up": "Dit was een vervolggesprek.",
        "as_of": "Op dit blad staat hoe alles ervoor staat op {date}.",
        "contact_heading": "Je coach",
        "coach": "Ik ben {name}, je coach.",
        "organisation": "Organisatie: {organisation}",
        "phone": "Bellen: {phone}",
        "email": "Mailen: {email}",
        "reachable": "Wanneer kun je mij bereiken? {reachable}",
        "boundaries": "Goed om te weten: {boundaries}",
        "notes_heading": "Waar we over praatten",
        "notes_heading_not_held": "Wat ik voor je opschreef",
        "no_notes": "We schreven hier samen niets over op.",
        "secrecy_heading": "Wat gebeurt er met wat je vertelt?",
        "consents_heading": "Wat mag ik delen en met wie?",
        "no_consent_now": "Er is nu geen toestemming om iets te delen. Ik deel dus niets.",
        "consent_given": "Je zei ja. Ik mag dit delen.",
        "consent_refused": "Je zei nee. Ik deel dit niet.",
        "consent_withdrawn": "Je hebt dit ingetrokken op {date}. Ik deel dit niet meer.",
        "consent_expired": "Dit mocht tot {date}. Ik deel dit niet meer.",
        "consent_recipient": "Met wie",
        "consent_information": "Wat",
        "consent_purpose": "Waarom",
        "consent_until": "Tot wanneer",
        "consent_no_end": "Tot je dit intrekt",
        "steps_heading": "Kleine stappen",
        "steps_open": "Dit moet nog gebeuren:",
        "no_steps": "We spraken nog geen stappen af.",
        "no_open_steps": "Er staan nu geen stappen meer open.",
        "steps_succeeded": "Dit is gelukt:",
        "steps_stopped": "Hier stoppen we mee:",
        "step_what": "Wat",
        "step_who": "Wie",
        "step_when": "Wanneer klaar?",
        "step_no_date": "Geen datum",
        "who_client": "Jij",
        "who_coach": "Je coach",
        "who_together": "Samen",
        "appointment_heading": "Onze volgende afspraak",
        "no_appointment": "Er staat nu geen nieuwe afspraak vast. Ik bel of mail je daarvoor.",
        # The sheet does not say who the coach is nor how to reach them: no promise to call.
        "no_appointment_unnamed": "Er staat nu geen nieuwe afspraak vast.",
        "appointment_when": "{date} om {time}",
        "appointment_place": "Waar: {place}",
        "appointment_with": "Met: {with_whom}",
        "appointment_cannot_come": "Kun je niet komen? Laat het me dan zo snel mogelijk weten.",
        "appointment_call": "Bel me: {phone}.",
        "appointment_mail": "Mail me: {email}.",
        "help_heading": "Hulp als ik er niet ben",
        # A conversation taken over from a colleague ({coach}: how the sheet names them):
        # told as theirs, the coach now only as the one to ask (summary `held_by`, `by`).
        "title_other": "Je gesprek",
        "date_line_other": "Je sprak met {coach} op {date}.",
        "date_line_not_held_other": "Je afspraak met {coach} van {date} ging niet door.",
        "date_line_moved_other": "Je afspraak met {coach} van {date} is verplaatst.",
        "kind_intake_other": "Dit was je eerste gesprek.",
        "contact_heading_other": "Je coach nu",
        "coach_other": "Ik ben {name}. Ik ben nu je coach.",
        "notes_heading_other": "Waar jullie over praatten",
        "notes_heading_not_held_other": "Wat {coach} voor je opschreef",
        "no_notes_other": "Jullie schreven hier samen niets over op.",
        "steps_stopped_other": "Hier stopten jullie mee:",
        "no_steps_other": "Er zijn nog geen stappen afgesproken.",
        "consents_heading_colleague": "Wat mag gedeeld worden, en met wie?",
        "consent_given_other": "Je gaf {coach} toestemming om dit te delen.",
        "consent_refused_other": "Je zei nee tegen {coach}. Dit wordt niet gedeeld.",
        "consent_withdrawn_other": (
            "Je gaf {coach} toestemming om dit te delen. Je hebt dit ingetrokken op {date}. "
            "Dit wordt niet meer gedeeld."
        ),
        "consent_expired_other": (
            "Je gaf {coach} toestemming om dit te delen tot {date}. Dit wordt niet meer gedeeld."
        ),
        "appointment_heading_colleague": "Je volgende afspraak",
        "appointment_made_with": "Je maakte deze afspraak met {coach}.",
        "previous_coach": "je vorige coach",
        "coach_at": "{name} ({organisation})",
        "page": "Pagina {page} van {pages}",
        "labelled": "{label}: {value}",
        # Only when the conversation's stored guide cannot be read: short, true, in plain words.
        "secrecy_fallback": (
            "Ik heb beroepsgeheim. Wat je mij vertelt, blijft tussen ons. "
            "Ik deel alleen iets als jij daar eerst ja op zegt."
        ),
        "withdraw_fallback": (
            "Wil je een toestemming intrekken? Zeg het mij of bel mij. Dat mag altijd."
        ),
    },
    "en": {
        "title": "Our conversation",
        "title_not_held": "Where we stand now",
        "for_client": "For {name}",
        "date_line": "We met on {date}.",
        "date_line_not_held": "Our appointment of {date} did not take place.",
        "date_line_moved": "Our appointment of {date} was moved.",
        "kind_intake": "This was our first conversation.",
        "kind_follow_up": "This was a follow-up conversation.",
        "as_of": "This sheet shows how things stand on {date}.",
        "contact_heading": "Your coach",
        "coach": "I am {name}, your coach.",
        "organisation": "Organisation: {organisation}",
        "phone": "Phone: {phone}",
        "email": "Email: {email}",
        "reachable": "When can you reach me? {reachable}",
        "boundaries": "Good to know: {boundaries}",
        "notes_heading": "What we talked about",
        "notes_heading_not_held": "What I wrote down for you",
        "no_notes": "We did not write anything down about this together.",
        "secrecy_heading": "What happens with what you tell me?",
        "consents_heading": "What may I share and with whom?",
        "no_consent_now": "There is no consent to share anything now. So I share nothing.",
        "consent_given": "You said yes. I may share this.",
        "consent_refused": "You said no. I do not share this.",
        "consent_withdrawn": "You took this back on {date}. I no longer share this.",
        "consent_expired": "This was allowed until {date}. I no longer share this.",
        "consent_recipient": "With whom",
        "consent_information": "What",
        "consent_purpose": "Why",
        "consent_until": "Until when",
        "consent_no_end": "Until you take it back",
        "steps_heading": "Small steps",
        "steps_open": "Still to do:",
        "no_steps": "We have not agreed on any steps yet.",
        "no_open_steps": "No steps are open now.",
        "steps_succeeded": "This is done:",
        "steps_stopped": "We stopped these:",
        "step_what": "What",
        "step_who": "Who",
        "step_when": "Done by",
        "step_no_date": "No date",
        "who_client": "You",
        "who_coach": "Your coach",
        "who_together": "Together",
        "appointment_heading": "Our next appointment",
        "no_appointment": "No next appointment is set now. I will call or email you about it.",
        "no_appointment_unnamed": "No next appointment is set now.",
        "appointment_when": "{date} at {time}",
        "appointment_place": "Where: {place}",
        "appointment_with": "With: {with_whom}",
        "appointment_cannot_come": "Can't make it? Please let me know as soon as you can.",
        "appointment_call": "Call me: {phone}.",
        "appointment_mail": "Email me: {email}.",
        "help_heading": "Help when I am not there",
        "title_other": "Your conversation",
        "date_line_other": "You met {coach} on {date}.",
        "date_line_not_held_other": "Your appointment with {coach} of {date} did not take place.",
        "date_line_moved_other": "Your appointment with {coach} of {date} was moved.",
        "kind_intake_other": "This was your first conversation.",
        "contact_heading_other": "Your coach now",
        "coach_other": "I am {name}. I am your coach now.",
        "notes_heading_other": "What you talked about",
        "notes_heading_not_held_other": "What {coach} wrote down for you",
        "no_notes_other": "Nothing was written down about this together.",
        "steps_stopped_other": "You stopped these:",
        "no_steps_other": "No steps have been agreed yet.",
        "consents_heading_colleague": "What may be shared, and with whom?",
        "consent_given_other": "You gave {coach} your consent to share this.",
        "consent_refused_other": "You said no to {coach}. This is not shared.",
        "consent_withdrawn_other": (
            "You gave {coach} your consent to share this. You took it back on {date}. "
            "This is no longer shared."
        ),
        "consent_expired_other": (
            "You gave {coach} your consent to share this until {date}. This is no longer shared."
        ),
        "appointment_heading_colleague": "Your next appointment",
        "appointment_made_with": "You made this appointment with {coach}.",
        "previous_coach": "your previous coach",
        "coach_at": "{name} ({organisation})",
        "page": "Page {page} of {pages}",
        "labelled": "{label}: {value}",
        "secrecy_fallback": (
            "I am bound by professional secrecy. What you tell me stays between us. "
            "I only share something when you have said yes to that first."
        ),
        "withdraw_fallback": (
            "Do you want to take back a consent? Tell me or call me. You can always do that."
        ),
    },
    "fr": {
        "title": "Notre entretien",
        "title_not_held": "Où nous en sommes",
        "for_client": "Pour {name}",
        "date_line": "Nous nous sommes vus le {date}.",
        "date_line_not_held": "Notre rendez-vous du {date} n'a pas eu lieu.",
        "date_line_moved": "Notre rendez-vous du {date} a été déplacé.",
        "kind_intake": "C'était notre premier entretien.",
        "kind_follow_up": "C'était un entretien de suivi.",
        "as_of": "Cette feuille montre où nous en sommes le {date}.",
        "contact_heading": "Votre coach",
        "coach": "Je m'appelle {name}. Je suis votre coach.",
        "organisation": "Organisation : {organisation}",
        "phone": "Téléphone : {phone}",
        "email": "E-mail : {email}",
        "reachable": "Quand pouvez-vous me joindre ? {reachable}",
        "boundaries": "Bon à savoir : {boundaries}",
        "notes_heading": "De quoi nous avons parlé",
        "notes_heading_not_held": "Ce que j'ai noté pour vous",
        "no_notes": "Nous n'avons rien écrit ensemble à ce sujet.",
        "secrecy_heading": "Que devient ce que vous me dites ?",
        "consents_heading": "Qu'est-ce que je peux partager et avec qui ?",
        "no_consent_now": "Vous n'avez donné aucun accord pour partager. Donc, je ne partage rien.",
        "consent_given": "Vous avez dit oui. Je peux partager ceci.",
        "consent_refused": "Vous avez dit non. Je ne partage pas ceci.",
        "consent_withdrawn": "Vous avez repris votre accord le {date}. Je ne partage plus ceci.",
        "consent_expired": "C'était permis jusqu'au {date}. Je ne partage plus ceci.",
        "consent_recipient": "Avec qui",
        "consent_information": "Quoi",
        "consent_purpose": "Pourquoi",
        "consent_until": "Jusqu'à quand",
        "consent_no_end": "Jusqu'à ce que vous disiez stop",
        "steps_heading": "Petites étapes",
        "steps_open": "Encore à faire :",
        "no_steps": "Nous n'avons pas encore choisi d'étapes.",
        "no_open_steps": "Il n'y a plus d'étape à faire pour le moment.",
        "steps_succeeded": "C'est fait :",
        "steps_stopped": "Nous arrêtons ceci :",
        "step_what": "Quoi",
        "step_who": "Qui",
        "step_when": "Pour quand ?",
        "step_no_date": "Pas de date",
        "who_client": "Vous",
        "who_coach": "Votre coach",
        "who_together": "Ensemble",
        "appointment_heading": "Notre prochain rendez-vous",
        "no_appointment": (
            "Nous n'avons pas encore de nouveau rendez-vous. "
            "Je vous appelle ou je vous écris pour le fixer."
        ),
        "no_appointment_unnamed": "Nous n'avons pas encore de nouveau rendez-vous.",
        "appointment_when": "{date} à {time}",
        "appointment_place": "Où : {place}",
        "appointment_with": "Avec : {with_whom}",
        "appointment_cannot_come": "Vous ne pouvez pas venir ? Prévenez-moi le plus vite possible.",
        "appointment_call": "Appelez-moi : {phone}.",
        "appointment_mail": "Écrivez-moi : {email}.",
        "help_heading": "De l'aide quand je ne suis pas là",
        "title_other": "Votre entretien",
        "date_line_other": "Vous avez vu {coach} le {date}.",
        "date_line_not_held_other": "Votre rendez-vous avec {coach} du {date} n'a pas eu lieu.",
        "date_line_moved_other": "Votre rendez-vous avec {coach} du {date} a été déplacé.",
        "kind_intake_other": "C'était votre premier entretien.",
        "contact_heading_other": "Votre coach maintenant",
        "coach_other": "Je m'appelle {name}. Je suis maintenant votre coach.",
        "notes_heading_other": "De quoi vous avez parlé",
        "notes_heading_not_held_other": "Ce que {coach} a noté pour vous",
        "no_notes_other": "Rien n'a été écrit ensemble à ce sujet.",
        "steps_stopped_other": "Vous avez arrêté ceci :",
        "no_steps_other": "Aucune étape n'a encore été choisie.",
        "consents_heading_colleague": "Qu'est-ce qui peut être partagé, et avec qui ?",
        "consent_given_other": "Vous avez donné votre accord à {coach} pour partager ceci.",
        "consent_refused_other": "Vous avez dit non à {coach}. Ceci n'est pas partagé.",
        "consent_withdrawn_other": (
            "Vous aviez donné votre accord à {coach} pour partager ceci. "
            "Vous l'avez repris le {date}. Ceci n'est plus partagé."
        ),
        "consent_expired_other": (
            "Vous avez donné votre accord à {coach} pour partager ceci jusqu'au {date}. "
            "Ceci n'est plus partagé."
        ),
        "appointment_heading_colleague": "Votre prochain rendez-vous",
        "appointment_made_with": "Vous avez pris ce rendez-vous avec {coach}.",
        "previous_coach": "votre coach d'avant",
        "coach_at": "{name} ({organisation})",
        "page": "Page {page} sur {pages}",
        "labelled": "{label} : {value}",
        "secrecy_fallback": (
            "Je respecte le secret professionnel. Ce que vous me dites reste entre nous. "
            "Je partage quelque chose seulement si vous avez dit oui avant."
        ),
        "withdraw_fallback": (
            "Vous voulez reprendre un accord ? Dites-le-moi ou appelez-moi. "
            "C'est toujours possible."
        ),
    },
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def check_language(lang: str) -> str:
    if lang not in TEXTS:
        raise ValueError(f"unknown summary language {lang!r}; choose one of {LANGUAGES}")
    return lang


def text(lang: str, key: str, **values: str) -> str:
    """The fixed text `key` in `lang`, with `{placeholders}` filled in."""
    template = TEXTS[check_language(lang)][key]
    return template.format(**values) if values else template


def long_date(lang: str, day: date) -> str:
    """'maandag 2 maart 2026' / 'Monday 2 March 2026' / 'lundi 2 mars 2026' (no locale)."""
    weekday = _WEEKDAYS[check_language(lang)][day.weekday()]
    return f"{weekday} {short_date(lang, day)}"


def short_date(lang: str, day: date) -> str:
    """'2 maart 2026' / '2 March 2026' / '2 mars 2026', and '1er mars 2026' in French."""
    number = "1er" if check_language(lang) == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_name(lang, day.month)} {day.year}"


def month_name(lang: str, month: int) -> str:
    """'maart' / 'March' / 'mars' for 3."""
    return _MONTHS[check_language(lang)][month - 1]


def clock_time(lang: str, moment: datetime | time) -> str:
    """'14.30 uur' in Dutch (as written in letters and on appointment cards), '14:30' in English,
    '14 h 30' (and '10 h' on the hour) in French."""
    if check_language(lang) == "nl":
        return f"{moment.hour}.{moment.minute:02d} uur"
    if lang == "fr":
        return f"{moment.hour} h {moment.minute:02d}" if moment.minute else f"{moment.hour} h"
    return f"{moment.hour}:{moment.minute:02d}"
