"""What `intakecompanion --help` and each command's `--help` say, in Dutch and English.

Light on purpose (a table, no imports): the app's start parses its arguments with these.
"""

from __future__ import annotations

import re

HELP: dict[str, dict[str, str]] = {
    "en": {
        # argparse's own words
        "usage": "usage: ",
        "positionals": "positional arguments",
        "options": "options",
        "help": "show this help and exit",
        "error": "error",
        # the program
        "description": "Intake Companion: guide a first conversation, keep notes encrypted, "
        "print a summary for the client.",
        "version": "show the program's version and exit",
        "vault": "use this vault file instead of the default",
        "vault_metavar": "VAULT",
        "demo": "open a throw-away vault with fictional sample clients",
        "lang": "the language of the interface and of every message",
        "self_check": "check this installation without a display (a throw-away vault and "
        "summary PDF), then exit: 0 when everything works",
        "commands": "what to do without the window (without a command, the app starts)",
        "command_metavar": "COMMAND",
        "command_lang": "the language of this command's messages",
        "file_metavar": "FILE",
        # options of the vault commands
        "recovery_key": "ask for the recovery key instead of the passphrase",
        "passphrase_stdin": "read the passphrase (or recovery key) from standard input, one "
        "per line, instead of asking",
        # check-guide
        "check_guide": "check a conversation guide file and list what is wrong with it",
        "check_guide_description": "Check conversation guide files (TOML). Prints every "
        "problem with its line and exits with 1, or prints a one-line summary and exits with 0 "
        "when the guide is good.",
        "check_guide_paths": "a guide file",
        "check_guide_metavar": "PATH",
        # backup
        "backup": "write an encrypted, checked backup of the vault to a file",
        "backup_description": "Write an encrypted backup of the vault to FILE, check it by "
        "reading it back, and write FILE.key beside it (the data key wrapped under your "
        "passphrase). The backup opens with the vault's recovery key, or with FILE.key and your "
        "current passphrase. The vault may be open in the app meanwhile.",
        "backup_vault": "the vault to back up (default: your vault)",
        "backup_to": "the backup file",
        "backup_no_key_file": "write no key file beside the backup: it then opens with the "
        "recovery key only",
        "backup_replace": "replace FILE (and FILE.key) if they exist",
        # restore
        "restore": "restore a backup into a new vault (never over an existing one)",
        "restore_description": "Check the backup FILE, then make a new vault from it at "
        "--vault NEWPATH (which must not exist yet). Give the passphrase the backup was made "
        "with (its key file FILE.key must be beside it), or --recovery-key; a new passphrase is "
        "then asked for the restored vault (with --passphrase-stdin: the recovery key on the "
        "first line, the new passphrase on the second).",
        "restore_from": "the backup file",
        "restore_vault": "where the new vault goes (default: your vault's usual place)",
        "restore_vault_metavar": "NEWPATH",
        # verify
        "verify": "check a vault or a backup for damage, without changing it",
        "verify_description": "Check every page of a vault (or a backup file) for damage or "
        "tampering (PRAGMA cipher_integrity_check) and its database structure (PRAGMA "
        "integrity_check). Exit code 0: in order; 1: damage found; 2: it could not be checked.",
        "verify_vault": "the vault or backup file to check (default: your vault)",
        # counts
        "counts": "write anonymous counts of whole months to a CSV file (numbers only)",
        "counts_description": "Count conversations, clients, steps, consents and appointments "
        "of the months FROM to TO and write them to a CSV file: numbers only, no name, no text, "
        "no date finer than the month; every count under 5 is written <5. The columns never "
        "change (docs/counts.md), so files of several coaches can be put together.",
        "counts_vault": "the vault to count (default: your vault)",
        "counts_from": "the first month (2026-01; a date counts as its month)",
        "counts_to": "the last month, included",
        "counts_csv": "the CSV file to write",
        "month_metavar": "MONTH",
        # handover, take-over
        "handover": "write one client's records to an encrypted handover file for a colleague",
        "handover_description": "Write the records of client ID (conversations, notes, steps, "
        "consents, appointments, with their history) to FILE, encrypted with a new random key, "
        "and print the transfer code to give the new coach by another way (phone, paper). Only "
        "with a consent of the client in force whose recipient is NAME, the new coach or "
        "service, as written in the consent. The handover is recorded in this vault.",
        "handover_vault": "the vault holding the client (default: your vault)",
        "handover_client": "the client's number",
        "client_metavar": "ID",
        "handover_recipient": "the new coach or service, as the client's consent names them",
        "recipient_metavar": "NAME",
        "handover_to": "the handover file to write (it must not exist yet)",
        "take_over": "take a client over from a colleague's handover file",
        "take_over_description": "Take the client in the handover FILE over into your vault, "
        "with everything recorded about them and the sending coach and date. Asks your "
        "passphrase, then the transfer code (with --passphrase-stdin: the passphrase on the "
        "first line, the code on the next). The file and the code are checked first: nothing "
        "is changed when either is wrong.",
        "take_over_vault": "the vault to take the client into (default: your vault)",
        "take_over_from": "the handover file",
        # summary
        "summary": "write a conversation's client summary to a PDF file",
        "summary_description": "Write the plain-language summary of one conversation to a PDF "
        "file, as the client would get it printed: what stands today. The sheet is kept in the "
        "client's file in the vault, as handed over. A PDF is not encrypted: keep it safe.",
        "summary_vault": "the vault to read (default: your vault)",
        "summary_conversation": "the conversation's number",
        "summary_conversation_metavar": "ID",
        "summary_pdf": "the PDF to write",
        "summary_pdf_metavar": "OUT",
        "summary_lang": "the language of the summary and of the messages (default: the "
        "interface language)",
        "summary_paper": "paper size",
        "summary_again": "print the sheet handed over last for this conversation again, exactly "
        "as it was (in its own language), instead of a new one",
        # export-client
        "export_client": "write a client's copy of their file (PDF and JSON) into a folder",
        "export_client_description": "Write everything the vault holds about client ID "
        "(conversations, notes, steps, consents, appointments, and who got their information) "
        "into FOLDER as a plain-language PDF and a JSON file (docs/client-export.md). Internal "
        "notes and item notes go in as the coach reviewed them; the copy is recorded in the "
        "client's file. The files are not encrypted: a removable drive is a good place.",
        "export_client_vault": "the vault holding the client (default: your vault)",
        "export_client_client": "the client's number",
        "export_client_to": "the folder to write the two files into (e.g. a USB stick)",
        "folder_metavar": "FOLDER",
        "export_client_include_unreviewed": "also copy internal notes and item notes not yet "
        "reviewed, as they stand",
        "export_client_lang": "the language of the copy and of the messages (default: the "
        "interface language)",
    },
    "nl": {
        "usage": "gebruik: ",
        "positionals": "argumenten",
        "options": "opties",
        "help": "toon deze hulp en stop",
        "error": "fout",
        "description": "Intake Companion: begeleid een eerste gesprek, bewaar de notities "
        "versleuteld, druk een samenvatting af voor de cliënt.",
        "version": "toon de versie van het programma en stop",
        "vault": "gebruik dit kluisbestand in plaats van het gewone",
        "vault_metavar": "KLUIS",
        "demo": "open een wegwerpkluis met verzonnen voorbeeldcliënten",
        "lang": "de taal van het scherm en van elke melding",
        "self_check": "controleer deze installatie zonder scherm (een wegwerpkluis en een "
        "PDF van een samenvatting) en stop dan: 0 als alles werkt",
        "commands": "wat te doen zonder venster (zonder opdracht start de app)",
        "command_metavar": "OPDRACHT",
        "command_lang": "de taal van de meldingen van deze opdracht",
        "file_metavar": "BESTAND",
        "recovery_key": "vraag de herstelsleutel in plaats van de wachtwoordzin",
        "passphrase_stdin": "lees de wachtwoordzin (of herstelsleutel) van de standaardinvoer, "
        "één per regel, in plaats van ernaar te vragen",
        "check_guide": "controleer een gespreksgids en toon wat eraan schort",
        "check_guide_description": "Controleer gespreksgidsen (TOML). Toont elk probleem met "
        "zijn regel en stopt met 1, of toont een samenvatting van één regel en stopt met 0 als "
        "de gids in orde is.",
        "check_guide_paths": "een gidsbestand",
        "check_guide_metavar": "BESTAND",
        "backup": "schrijf een versleutelde, nagekeken reservekopie van de kluis naar een bestand",
        "backup_description": "Schrijf een versleutelde reservekopie van de kluis naar "
        "BESTAND, kijk ze na door ze terug te lezen, en schrijf BESTAND.key ernaast (de "
        "gegevenssleutel, beschermd met je wachtwoordzin). De reservekopie opent met de "
        "herstelsleutel van de kluis, of met BESTAND.key en je huidige wachtwoordzin. De kluis "
        "mag intussen open zijn in de app.",
        "backup_vault": "de kluis waarvan een reservekopie komt (standaard: jouw kluis)",
        "backup_to": "het bestand voor de reservekopie",
        "backup_no_key_file": "schrijf geen sleutelbestand naast de reservekopie: ze opent dan "
        "alleen met de herstelsleutel",
        "backup_replace": "vervang BESTAND (en BESTAND.key) als ze al bestaan",
        "restore": "zet een reservekopie terug in een nieuwe kluis (nooit over een bestaande)",
        "restore_description": "Kijk de reservekopie BESTAND na en maak er dan een nieuwe kluis "
        "van op --vault NIEUWPAD (dat mag nog niet bestaan). Geef de wachtwoordzin waarmee de "
        "reservekopie gemaakt is (haar sleutelbestand BESTAND.key moet ernaast staan), of "
        "--recovery-key; dan wordt een nieuwe wachtwoordzin gevraagd voor de herstelde kluis "
        "(met --passphrase-stdin: de herstelsleutel op de eerste regel, de nieuwe "
        "wachtwoordzin op de tweede).",
        "restore_from": "de reservekopie",
        "restore_vault": "waar de nieuwe kluis komt (standaard: de gewone plaats van je kluis)",
        "restore_vault_metavar": "NIEUWPAD",
        "verify": "kijk een kluis of reservekopie na op schade, zonder ze te veranderen",
        "verify_description": "Kijk elke pagina van een kluis (of een reservekopie) na op "
        "schade of knoeien (PRAGMA cipher_integrity_check) en de structuur van de databank "
        "(PRAGMA integrity_check). Afsluitcode 0: in orde; 1: schade gevonden; 2: nakijken was "
        "niet mogelijk.",
        "verify_vault": "de kluis of reservekopie om na te kijken (standaard: jouw kluis)",
        "counts": "schrijf anonieme tellingen van hele maanden naar een CSV-bestand (alleen "
        "getallen)",
        "counts_description": "Tel gesprekken, cliënten, stappen, toestemmingen en afspraken "
        "van de maanden VAN tot en met TOT en schrijf ze naar een CSV-bestand: alleen getallen, "
        "geen naam, geen tekst, geen datum fijner dan de maand; elk aantal onder 5 staat er als "
        "<5. De kolommen veranderen nooit (docs/counts.md), zodat bestanden van verschillende "
        "coaches samengevoegd kunnen worden.",
        "counts_vault": "de kluis om te tellen (standaard: jouw kluis)",
        "counts_from": "de eerste maand (2026-01; een datum telt als haar maand)",
        "counts_to": "de laatste maand, inbegrepen",
        "counts_csv": "het CSV-bestand om te schrijven",
        "month_metavar": "MAAND",
        "handover": "schrijf de gegevens van één cliënt naar een versleuteld "
        "overdrachtsbestand voor een collega",
        "handover_description": "Schrijf de gegevens van cliënt NUMMER (gesprekken, notities, "
        "stappen, toestemmingen, afspraken, met hun geschiedenis) naar BESTAND, versleuteld met "
        "een nieuwe willekeurige sleutel, en toon de overdrachtscode om langs een andere weg "
        "(telefoon, papier) aan de nieuwe coach te geven. Alleen met een geldende toestemming "
        "van de cliënt met als ontvanger NAAM, de nieuwe coach of dienst, zoals in de "
        "toestemming geschreven. De overdracht wordt genoteerd in deze kluis.",
        "handover_vault": "de kluis met de cliënt (standaard: jouw kluis)",
        "handover_client": "het nummer van de cliënt",
        "client_metavar": "NUMMER",
        "handover_recipient": "de nieuwe coach of dienst, zoals de toestemming van de cliënt "
        "ze noemt",
        "recipient_metavar": "NAAM",
        "handover_to": "het overdrachtsbestand om te schrijven (mag nog niet bestaan)",
        "take_over": "neem een cliënt over uit het overdrachtsbestand van een collega",
        "take_over_description": "Neem de cliënt in het overdrachtsbestand BESTAND over in "
        "jouw kluis, met alles wat over hen genoteerd is en de coach en datum van "
        "overdracht. Vraagt je wachtwoordzin en dan de overdrachtscode (met "
        "--passphrase-stdin: de wachtwoordzin op de eerste regel, de code op de volgende). "
        "Eerst worden het bestand en de code nagekeken: als een van beide niet klopt, "
        "verandert er niets.",
        "take_over_vault": "de kluis om de cliënt in over te nemen (standaard: jouw kluis)",
        "take_over_from": "het overdrachtsbestand",
        "summary": "schrijf de samenvatting van een gesprek voor de cliënt naar een PDF",
        "summary_description": "Schrijf de samenvatting in eenvoudige taal van één gesprek "
        "naar een PDF, zoals de cliënt ze afgedrukt zou krijgen: hoe alles er vandaag voor "
        "staat. Het blad wordt bewaard in het dossier van de cliënt in de kluis, zoals het werd "
        "meegegeven. Een PDF is niet versleuteld: bewaar hem veilig.",
        "summary_vault": "de kluis om te lezen (standaard: jouw kluis)",
        "summary_conversation": "het nummer van het gesprek",
        "summary_conversation_metavar": "NUMMER",
        "summary_pdf": "de PDF om te schrijven",
        "summary_pdf_metavar": "PDF",
        "summary_lang": "de taal van de samenvatting en van de meldingen (standaard: de taal "
        "van het scherm)",
        "summary_paper": "papierformaat",
        "summary_again": "druk het blad dat voor dit gesprek het laatst werd meegegeven opnieuw "
        "af, precies zoals het was (in zijn eigen taal), in plaats van een nieuw",
        "export_client": "schrijf een kopie van het dossier voor de cliënt (PDF en JSON) in "
        "een map",
        "export_client_description": "Schrijf alles wat de kluis over cliënt ID bewaart "
        "(gesprekken, notities, stappen, toestemmingen, afspraken, en wie gegevens kreeg) in "
        "MAP, als een PDF in eenvoudige taal en een JSON-bestand (docs/client-export.md). "
        "Interne notities en notities bij een punt gaan mee zoals de coach ze nakeek; de "
        "kopie wordt genoteerd in het dossier. De bestanden zijn niet versleuteld: een "
        "USB-stick is een goede plaats.",
        "export_client_vault": "de kluis met de cliënt (standaard: je eigen kluis)",
        "export_client_client": "het nummer van de cliënt",
        "export_client_to": "de map waarin de twee bestanden komen (bv. een USB-stick)",
        "folder_metavar": "MAP",
        "export_client_include_unreviewed": "neem ook interne notities en notities bij een "
        "punt mee die nog niet nagekeken zijn, zoals ze er staan",
        "export_client_lang": "de taal van de kopie en van de meldingen (standaard: de taal van "
        "het programma)",
    },
}


# argparse's own error messages (English, from gettext) and their Dutch; the parts in brackets
# are translated in turn (an "argument X: ..." message holds another one).
ARGPARSE_DUTCH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (r"the following arguments are required: (.*)", "deze argumenten ontbreken: {0}"),
        (r"unrecognized arguments: (.*)", "onbekende argumenten: {0}"),
        (r"argument (\S+): (.*)", "argument {0}: {1}"),
        (r"invalid choice: (.*) \(choose from (.*)\)", "ongeldige keuze: {0} (kies uit {1})"),
        (r"expected one argument", "verwacht één waarde"),
        (r"invalid \S+ value: (.*)", "ongeldige waarde: {0}"),
        (r"ambiguous option: (.*) could match (.*)", "dubbelzinnige optie: {0} kan {1} zijn"),
        (r"one of the arguments (.*) is required", "een van deze argumenten is nodig: {0}"),
        (r"not allowed with argument (.*)", "niet samen met argument {0}"),
    )
)


def help_text(lang: str, key: str) -> str:
    return HELP["nl" if lang == "nl" else "en"][key]


def argparse_message(message: str, lang: str) -> str:
    """An error message of argparse in `lang`; one it does not know stays as it is."""
    if lang != "nl":
        return message
    for pattern, dutch in ARGPARSE_DUTCH:
        found = pattern.fullmatch(message)
        if found:
            return dutch.format(*(argparse_message(part, lang) for part in found.groups()))
    return message
