"""What can be wrong with a guide file, in words an organisation's staff member understands.

A problem is data (a code, its details, where it is); the wording lives in MESSAGES, one table
per language, so the same problem reads in Dutch in the app and in English on a server log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MESSAGE_LANGUAGES: tuple[str, ...] = ("nl", "en", "fr")
# The languages the program speaks: a built-in guide has texts in each of them; an
# organisation's guide without one of them is shown in its first language (a warning).
PROGRAM_LANGUAGES: tuple[str, ...] = MESSAGE_LANGUAGES

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "nl": {"nl": "Nederlands", "en": "Engels", "fr": "Frans", "de": "Duits"},
    "en": {"nl": "Dutch", "en": "English", "fr": "French", "de": "German"},
    "fr": {"nl": "néerlandais", "en": "anglais", "fr": "français", "de": "allemand"},
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # where a problem is
        "at_file": "{file}",
        "at_line": "{file}, line {line}",
        "in_phase": 'Phase "{phase}"',
        "in_item": 'Item "{item}"',
        "in_texts": "{language} texts",
        # what is wrong
        "file_missing": "The file does not exist.",
        "file_unreadable": "The file cannot be read ({detail}).",
        "not_utf8": "The file is not saved as UTF-8 text. Save it again with UTF-8 encoding.",
        "toml_syntax": (
            "This line is not valid TOML ({detail}). Check the quotes, the brackets and the "
            '"=" sign.'
        ),
        "toml_unclosed_text": (
            'A text is not closed. Check that it ends with the same quotes it starts with (" or '
            '""").'
        ),
        "toml_bad_value": (
            'What comes after "=" is not understood. A text needs quotes around it, like '
            'title = "Welcome"; a list needs square brackets, like ["nl", "en"].'
        ),
        "toml_missing_equals": (
            'This line has no "=". Write a setting as name = "text", or start the line with # '
            "to make it a comment."
        ),
        "toml_written_twice": (
            "This setting or section is written twice in the same place. Keep one of them."
        ),
        "unknown_key": '"{key}" is not a known setting here. Allowed here: {allowed}.',
        "retention_not_table": (
            '"retention" should be a section: write [retention] on its own line, with keep = '
            "and may_erase = below it."
        ),
        "bad_retention_keep": (
            '"keep" says how long a file is kept after the last conversation: a whole number of '
            'years from 1 to {most} (like keep = 10), or keep = "permanent".'
        ),
        "bad_retention_may_erase": (
            '"may_erase" should be true or false (without quotes): may this program erase a '
            "client's file at all?"
        ),
        "undeclared_language": (
            'There are texts in language "{lang}", but "{lang}" is not in the list '
            '"languages" at the top of the guide.'
        ),
        "missing_key": '"{key}" is missing. It is required.',
        "missing_language": (
            "The {language} texts are missing. Every part of the guide needs texts in every "
            'language listed in "languages".'
        ),
        "wrong_type_text": '"{key}" should be a text in quotes, like "...".',
        "wrong_type_text_list": '"{key}" should be a list of texts, like ["nl", "en"].',
        "wrong_type_section": '"{key}" should be a section of texts, like [{key}].',
        "wrong_type_sections": (
            '"{key}" should be a list of sections, each starting with [[{key}]].'
        ),
        "empty_text": '"{key}" is empty. Write the text, or remove the line if it is optional.',
        "bad_id": (
            'The id "{id}" cannot be used. An id has lower-case letters (a-z), digits, "_" or '
            '"-", starts with a letter and has at most 64 characters, like "first_steps".'
        ),
        "bad_version": (
            'The version "{version}" is not valid. Write numbers with dots, like "1.0" or "2.1.3".'
        ),
        "bad_kind": '"kind" is "{kind}", which is not known. Use one of: {allowed}.',
        "bad_feeds": '"feeds" is "{feeds}", which is not known. Use one of: {allowed}.',
        "bad_language_code": (
            'The language "{lang}" is not a language code. Use two or three lower-case letters, '
            'like "nl" or "en".'
        ),
        "no_languages": '"languages" is empty. List at least one language, like ["nl"].',
        "duplicate_language": 'The language "{lang}" is listed twice in "languages".',
        "duplicate_phase_id": (
            'The phase id "{id}" is used twice (first on line {first_line}). Every phase needs '
            "its own id."
        ),
        "duplicate_item_id": (
            'The item id "{id}" is used twice (first on line {first_line}). Every item needs its '
            "own id, also across phases."
        ),
        "optional_text_incomplete": (
            '"{key}" is written in {present} but not in {missing}. Write it in every language '
            "or in none."
        ),
        "text_too_long": (
            '"{key}" has {length} characters. Keep it to {limit} at most, so the coach takes it '
            'in at a glance; put the rest in "why" or "say".'
        ),
        "no_phases": "The guide has no phases. Add at least one [[phases]] section.",
        "no_items": "This phase has no items. Add at least one [[phases.items]] section.",
        "builtin_id_taken": (
            'The id "{id}" belongs to a built-in guide. Give your guide its own id, like '
            '"my-organisation-{id}". This guide is not offered.'
        ),
        "duplicate_guide_id": (
            'A guide with the id "{id}" was already loaded from {other}. This one is not offered.'
        ),
        "builtin_broken": (
            "A built-in guide could not be loaded. Reinstall the program. ({detail})"
        ),
        "snapshot_unreadable": "The stored copy of a guide cannot be read ({detail}).",
        "builtin_missing_language": (
            "The built-in guide has no {language} texts. Every built-in guide needs texts in "
            "Dutch, English and French."
        ),
        "missing_program_language": (
            "Warning: the guide has no {language} texts. A coach who works in {language} sees "
            "this guide in {main}, its first language."
        ),
        # check-guide
        "check_ok": (
            '{file}: good. Guide "{id}", version {version}, languages {languages}, '
            "{phases} phases, {items} items."
        ),
        "check_failed": "Problems found: {count}. Fix them and check the guide again.",
    },
    "nl": {
        "at_file": "{file}",
        "at_line": "{file}, regel {line}",
        "in_phase": 'Fase "{phase}"',
        "in_item": 'Item "{item}"',
        "in_texts": "teksten in het {language}",
        "file_missing": "Het bestand bestaat niet.",
        "file_unreadable": "Het bestand kan niet gelezen worden ({detail}).",
        "not_utf8": (
            "Het bestand is niet als UTF-8-tekst bewaard. Bewaar het opnieuw met UTF-8-codering."
        ),
        "toml_syntax": (
            "Deze regel is geen geldige TOML ({detail}). Kijk de aanhalingstekens, de haakjes "
            'en het "="-teken na.'
        ),
        "toml_unclosed_text": (
            "Een tekst is niet afgesloten. Kijk na of hij eindigt met dezelfde aanhalingstekens "
            'als waarmee hij begint (" of """).'
        ),
        "toml_bad_value": (
            'Wat na "=" staat, wordt niet begrepen. Een tekst hoort tussen aanhalingstekens, '
            'zoals title = "Welkom"; een lijst tussen vierkante haken, zoals ["nl", "en"].'
        ),
        "toml_missing_equals": (
            'Op deze regel ontbreekt "=". Schrijf een instelling als naam = "tekst", of zet # '
            "vooraan om er een opmerking van te maken."
        ),
        "toml_written_twice": (
            "Deze instelling of dit blok staat hier twee keer. Houd er één van over."
        ),
        "unknown_key": '"{key}" is hier geen bekende instelling. Hier mag: {allowed}.',
        "retention_not_table": (
            '"retention" moet een blok zijn: schrijf [retention] op een eigen regel, met keep = '
            "en may_erase = eronder."
        ),
        "bad_retention_keep": (
            '"keep" zegt hoe lang een dossier bewaard blijft na het laatste gesprek: een heel '
            'aantal jaren van 1 tot {most} (zoals keep = 10), of keep = "permanent".'
        ),
        "bad_retention_may_erase": (
            '"may_erase" moet true of false zijn (zonder aanhalingstekens): mag dit programma '
            "een dossier van een cliënt wissen?"
        ),
        "undeclared_language": (
            'Er staan teksten in de taal "{lang}", maar "{lang}" staat niet in de lijst '
            '"languages" bovenaan de gids.'
        ),
        "missing_key": '"{key}" ontbreekt. Het is verplicht.',
        "missing_language": (
            "De teksten in het {language} ontbreken. Elk deel van de gids heeft teksten nodig "
            'in elke taal uit "languages".'
        ),
        "wrong_type_text": '"{key}" moet een tekst tussen aanhalingstekens zijn, zoals "...".',
        "wrong_type_text_list": '"{key}" moet een lijst van teksten zijn, zoals ["nl", "en"].',
        "wrong_type_section": '"{key}" moet een blok met teksten zijn, zoals [{key}].',
        "wrong_type_sections": (
            '"{key}" moet een lijst van blokken zijn, die elk beginnen met [[{key}]].'
        ),
        "empty_text": (
            '"{key}" is leeg. Schrijf de tekst, of haal de regel weg als hij niet verplicht is.'
        ),
        "bad_id": (
            'De id "{id}" kan niet gebruikt worden. Een id bestaat uit kleine letters (a-z), '
            'cijfers, "_" of "-", begint met een letter en is hoogstens 64 tekens lang, zoals '
            '"first_steps".'
        ),
        "bad_version": (
            'De versie "{version}" klopt niet. Schrijf getallen met punten, zoals "1.0" of "2.1.3".'
        ),
        "bad_kind": '"kind" is "{kind}", en dat is niet bekend. Kies uit: {allowed}.',
        "bad_feeds": '"feeds" is "{feeds}", en dat is niet bekend. Kies uit: {allowed}.',
        "bad_language_code": (
            'De taal "{lang}" is geen taalcode. Gebruik twee of drie kleine letters, zoals "nl" '
            'of "en".'
        ),
        "no_languages": '"languages" is leeg. Zet er minstens één taal in, zoals ["nl"].',
        "duplicate_language": 'De taal "{lang}" staat twee keer in "languages".',
        "duplicate_phase_id": (
            'De fase-id "{id}" wordt twee keer gebruikt (eerst op regel {first_line}). Elke fase '
            "heeft een eigen id nodig."
        ),
        "duplicate_item_id": (
            'De item-id "{id}" wordt twee keer gebruikt (eerst op regel {first_line}). Elk item '
            "heeft een eigen id nodig, ook over de fases heen."
        ),
        "optional_text_incomplete": (
            '"{key}" staat er in het {present}, maar niet in het {missing}. Schrijf het in elke '
            "taal of in geen enkele."
        ),
        "text_too_long": (
            '"{key}" telt {length} tekens. Houd het op hoogstens {limit}, zodat de coach het in '
            'één oogopslag leest; zet de rest in "why" of "say".'
        ),
        "no_phases": "De gids heeft geen fases. Voeg minstens één blok [[phases]] toe.",
        "no_items": "Deze fase heeft geen items. Voeg minstens één blok [[phases.items]] toe.",
        "builtin_id_taken": (
            'De id "{id}" is van een ingebouwde gids. Geef je gids een eigen id, zoals '
            '"mijn-organisatie-{id}". Deze gids wordt niet aangeboden.'
        ),
        "duplicate_guide_id": (
            'Er is al een gids met de id "{id}" geladen uit {other}. Deze wordt niet aangeboden.'
        ),
        "builtin_broken": (
            "Een ingebouwde gids kan niet geladen worden. Installeer het programma opnieuw. "
            "({detail})"
        ),
        "snapshot_unreadable": "De bewaarde kopie van een gids kan niet gelezen worden ({detail}).",
        "builtin_missing_language": (
            "De ingebouwde gids heeft geen teksten in het {language}. Elke ingebouwde gids heeft "
            "teksten nodig in het Nederlands, het Engels en het Frans."
        ),
        "missing_program_language": (
            "Waarschuwing: de gids heeft geen teksten in het {language}. Een coach die in het "
            "{language} werkt, ziet deze gids in het {main}, de eerste taal van de gids."
        ),
        "check_ok": (
            '{file}: in orde. Gids "{id}", versie {version}, talen {languages}, '
            "{phases} fases, {items} items."
        ),
        "check_failed": "Gevonden problemen: {count}. Verbeter ze en controleer de gids opnieuw.",
    },
    "fr": {
        "at_file": "{file}",
        "at_line": "{file}, ligne {line}",
        "in_phase": 'Phase "{phase}"',
        "in_item": 'Point "{item}"',
        "in_texts": "textes en {language}",
        "file_missing": "Le fichier n'existe pas.",
        "file_unreadable": "Le fichier ne peut pas être lu ({detail}).",
        "not_utf8": (
            "Le fichier n'est pas enregistré en texte UTF-8. Enregistrez-le à nouveau avec "
            "l'encodage UTF-8."
        ),
        "toml_syntax": (
            "Cette ligne n'est pas du TOML valable ({detail}). Vérifiez les guillemets, les "
            'crochets et le signe "=".'
        ),
        "toml_unclosed_text": (
            "Un texte n'est pas fermé. Vérifiez qu'il se termine par les mêmes guillemets que "
            'ceux du début (" ou """).'
        ),
        "toml_bad_value": (
            'Ce qui suit "=" n\'est pas compris. Un texte doit être entre guillemets, comme '
            'title = "Bienvenue" ; une liste entre crochets, comme ["nl", "en"].'
        ),
        "toml_missing_equals": (
            'Cette ligne n\'a pas de "=". Écrivez un réglage sous la forme nom = "texte", ou '
            "commencez la ligne par # pour en faire un commentaire."
        ),
        "toml_written_twice": (
            "Ce réglage ou cette section est écrit deux fois au même endroit. Gardez-en un seul."
        ),
        "unknown_key": '"{key}" n\'est pas un réglage connu ici. Permis ici : {allowed}.',
        "retention_not_table": (
            '"retention" doit être une section : écrivez [retention] sur une ligne à part, avec '
            "keep = et may_erase = en dessous."
        ),
        "bad_retention_keep": (
            '"keep" dit combien de temps un dossier est gardé après le dernier entretien : un '
            'nombre entier d\'années de 1 à {most} (comme keep = 10), ou keep = "permanent".'
        ),
        "bad_retention_may_erase": (
            '"may_erase" doit être true ou false (sans guillemets) : ce programme peut-il '
            "effacer le dossier d'un client ?"
        ),
        "undeclared_language": (
            'Il y a des textes dans la langue "{lang}", mais "{lang}" n\'est pas dans la liste '
            '"languages" en haut du guide.'
        ),
        "missing_key": '"{key}" manque. C\'est obligatoire.',
        "missing_language": (
            "Les textes en {language} manquent. Chaque partie du guide a besoin de textes dans "
            'chaque langue de la liste "languages".'
        ),
        "wrong_type_text": '"{key}" doit être un texte entre guillemets, comme "...".',
        "wrong_type_text_list": '"{key}" doit être une liste de textes, comme ["nl", "en"].',
        "wrong_type_section": '"{key}" doit être une section de textes, comme [{key}].',
        "wrong_type_sections": (
            '"{key}" doit être une liste de sections, chacune commençant par [[{key}]].'
        ),
        "empty_text": (
            '"{key}" est vide. Écrivez le texte, ou retirez la ligne si elle n\'est pas '
            "obligatoire."
        ),
        "bad_id": (
            'L\'id "{id}" ne peut pas être utilisé. Un id contient des minuscules (a-z), des '
            'chiffres, "_" ou "-", commence par une lettre et a au plus 64 caractères, comme '
            '"first_steps".'
        ),
        "bad_version": (
            'La version "{version}" n\'est pas valable. Écrivez des nombres avec des points, '
            'comme "1.0" ou "2.1.3".'
        ),
        "bad_kind": '"kind" vaut "{kind}", ce qui n\'est pas connu. Choisissez parmi : {allowed}.',
        "bad_feeds": (
            '"feeds" vaut "{feeds}", ce qui n\'est pas connu. Choisissez parmi : {allowed}.'
        ),
        "bad_language_code": (
            'La langue "{lang}" n\'est pas un code de langue. Utilisez deux ou trois minuscules, '
            'comme "nl" ou "fr".'
        ),
        "no_languages": '"languages" est vide. Mettez-y au moins une langue, comme ["fr"].',
        "duplicate_language": 'La langue "{lang}" est deux fois dans "languages".',
        "duplicate_phase_id": (
            'L\'id de phase "{id}" est utilisé deux fois (la première fois ligne {first_line}). '
            "Chaque phase a besoin de son propre id."
        ),
        "duplicate_item_id": (
            'L\'id de point "{id}" est utilisé deux fois (la première fois ligne {first_line}). '
            "Chaque point a besoin de son propre id, aussi d'une phase à l'autre."
        ),
        "optional_text_incomplete": (
            '"{key}" est écrit en {present} mais pas en {missing}. Écrivez-le dans chaque '
            "langue ou dans aucune."
        ),
        "text_too_long": (
            '"{key}" a {length} caractères. Gardez-en au plus {limit}, pour que le coach le '
            'lise d\'un coup d\'œil ; mettez le reste dans "why" ou "say".'
        ),
        "no_phases": "Le guide n'a pas de phases. Ajoutez au moins une section [[phases]].",
        "no_items": (
            "Cette phase n'a pas de points. Ajoutez au moins une section [[phases.items]]."
        ),
        "builtin_id_taken": (
            'L\'id "{id}" appartient à un guide intégré. Donnez à votre guide son propre id, '
            'comme "mon-organisation-{id}". Ce guide n\'est pas proposé.'
        ),
        "duplicate_guide_id": (
            "Un guide avec l'id \"{id}\" a déjà été chargé depuis {other}. Celui-ci n'est pas "
            "proposé."
        ),
        "builtin_broken": (
            "Un guide intégré ne peut pas être chargé. Réinstallez le programme. ({detail})"
        ),
        "snapshot_unreadable": "La copie gardée d'un guide ne peut pas être lue ({detail}).",
        "builtin_missing_language": (
            "Le guide intégré n'a pas de textes en {language}. Chaque guide intégré a besoin "
            "de textes en néerlandais, en anglais et en français."
        ),
        "missing_program_language": (
            "Avertissement : le guide n'a pas de textes en {language}. Un coach qui travaille "
            "en {language} voit ce guide en {main}, sa première langue."
        ),
        "check_ok": (
            '{file}: en ordre. Guide "{id}", version {version}, langues {languages}, '
            "{phases} phases, {items} points."
        ),
        "check_failed": (
            "Problèmes trouvés : {count}. Corrigez-les et vérifiez à nouveau le guide."
        ),
    },
}


def message_language(lang: str | None) -> str:
    return lang if lang in MESSAGE_LANGUAGES else "en"


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES[message_language(lang)].get(code, code)


@dataclass(frozen=True)
class GuideProblem:
    """One thing wrong with a guide: which file, which line (if known), what, and where."""

    code: str
    file: Path | None = None
    line: int | None = None
    params: tuple[tuple[str, str], ...] = ()
    phase: str | None = None  # the phase id it is in, if any
    item: str | None = None  # the item id it is in, if any
    lang: str | None = None  # the language of the texts it is in, if any

    def param(self, name: str) -> str | None:
        return dict(self.params).get(name)

    def message(self, lang: str = "en") -> str:
        """What is wrong, with where inside the guide (phase, item, language) in front."""
        table = MESSAGES[message_language(lang)]
        values = dict(self.params)
        if "lang" in values:
            values["language"] = language_name(values["lang"], lang)
        for key in ("present", "missing", "main"):
            if key in values:
                values[key] = language_name(values[key], lang)
        body = table[self.code].format(**values)
        where = []
        if self.item is not None:
            where.append(table["in_item"].format(item=self.item))
        elif self.phase is not None:
            where.append(table["in_phase"].format(phase=self.phase))
        if self.lang is not None:
            where.append(table["in_texts"].format(language=language_name(self.lang, lang)))
        if not where:
            return body
        prefix = ", ".join(where)
        return f"{prefix[0].upper()}{prefix[1:]}: {body}"

    def describe(self, lang: str = "en") -> str:
        """One line for a terminal or a dialog: file, line, message."""
        table = MESSAGES[message_language(lang)]
        if self.file is None:
            return self.message(lang)
        if self.line is None:
            place = table["at_file"].format(file=self.file)
        else:
            place = table["at_line"].format(file=self.file, line=self.line)
        return f"{place}: {self.message(lang)}"


class GuideError(Exception):
    """A guide could not be used; `problems` says why."""

    def __init__(self, problems: list[GuideProblem]) -> None:
        super().__init__("\n".join(problem.describe("en") for problem in problems))
        self.problems = problems
