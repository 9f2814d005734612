"""What `intakecompanion --help` and each command's `--help` say, in Dutch, English and French.

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
        "print a sheet for the client.",
        "version": "show the program's version and exit",
        "vault": "use this vault file instead of the default",
        "vault_metavar": "VAULT",
        "demo": "open a throw-away vault with fictional sample clients",
        "lang": "the language of the interface and of every message",
        "self_check": "check this installation without a display (a throw-away vault and "
        "a sheet's PDF), then exit: 0 when everything works",
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
        "when the guide is good. A language of the program that an organisation's guide lacks "
        "is a warning, not an error.",
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
        "first line, the new passphrase on the second). Clients erased in your vault come "
        "back with a backup made before: the restore finds them by comparing with your vault "
        "(--compare-with; it tries the backup's passphrase or recovery key on it, and asks "
        "its passphrase if that does not open it: one more line with --passphrase-stdin), "
        "says how many came back and erases them again in the new vault, unless "
        "--keep-returned.",
        "restore_from": "the backup file",
        "restore_vault": "where the new vault goes (default: your vault's usual place)",
        "restore_vault_metavar": "NEWPATH",
        "restore_compare_with": "the vault whose erased clients are looked for in the backup "
        "(default: your vault's usual place, if a vault is there)",
        "restore_no_compare": "do not look for the clients erased in your vault (when it no "
        "longer opens); they are in the new vault again",
        "restore_keep_returned": "leave the erased clients that came back in the new vault "
        "(default: erase them again)",
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
        "handover_sheet": "also write the client's sheet about the handover (PDF, not "
        "encrypted: to whom the file goes as the consent names them, how to reach the new coach "
        "as --contact says, what was passed on, under which consent), in the language of --lang",
        "handover_contact": "who the new coach is and how the client reaches them, for the "
        "client's sheet",
        "handover_leave_out": "keep your own notes here: the internal notes and the notes on "
        "checklist points do not go into the handover file (the notes shared with the client do)",
        "contact_metavar": "TEXT",
        "take_over": "take a client over from a colleague's handover file",
        "take_over_description": "Take the client in the handover FILE over into your vault, "
        "with everything recorded about them and the sending coach and date. Asks your "
        "passphrase, then the transfer code (with --passphrase-stdin: the passphrase on the "
        "first line, the code on the next). The file and the code are checked first: nothing "
        "is changed when either is wrong.",
        "take_over_vault": "the vault to take the client into (default: your vault)",
        "take_over_from": "the handover file",
        # summary
        "summary": "write a conversation's sheet for the client to a PDF file",
        "summary_description": "Write the plain-language sheet of one conversation to a PDF "
        "file, as the client would get it printed: what stands today. The sheet is kept in the "
        "client's file in the vault, as handed over. A PDF is not encrypted: keep it safe.",
        "summary_vault": "the vault to read (default: your vault)",
        "summary_conversation": "the conversation's number",
        "summary_conversation_metavar": "ID",
        "summary_pdf": "the PDF to write",
        "summary_pdf_metavar": "OUT",
        "summary_lang": "the language of the sheet and of the messages (default: the "
        "client's language, else the interface's)",
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
        "versleuteld, druk een verslag af voor de cliënt.",
        "version": "toon de versie van het programma en stop",
        "vault": "gebruik dit kluisbestand in plaats van het gewone",
        "vault_metavar": "KLUIS",
        "demo": "open een wegwerpkluis met verzonnen voorbeeldcliënten",
        "lang": "de taal van het scherm en van elke melding",
        "self_check": "controleer deze installatie zonder scherm (een wegwerpkluis en een "
        "PDF van een verslag) en stop dan: 0 als alles werkt",
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
        "de gids in orde is. Een taal van het programma die ontbreekt in de gids van een "
        "organisatie is een waarschuwing, geen fout.",
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
        "wachtwoordzin op de tweede). Cliënten die in je kluis gewist zijn, komen terug met "
        "een reservekopie van ervoor: het terugzetten vindt ze door te vergelijken met je "
        "kluis (--compare-with; het probeert er de wachtwoordzin of herstelsleutel van de "
        "reservekopie op, en vraagt haar wachtwoordzin als die ze niet opent: een regel meer "
        "met --passphrase-stdin), zegt hoeveel er terugkwamen en wist ze opnieuw in de nieuwe "
        "kluis, tenzij --keep-returned.",
        "restore_from": "de reservekopie",
        "restore_vault": "waar de nieuwe kluis komt (standaard: de gewone plaats van je kluis)",
        "restore_vault_metavar": "NIEUWPAD",
        "restore_compare_with": "de kluis waarvan de gewiste cliënten in de reservekopie "
        "gezocht worden (standaard: de gewone plaats van je kluis, als daar een kluis staat)",
        "restore_no_compare": "zoek de cliënten die in je kluis gewist zijn niet (als ze niet "
        "meer opent); ze staan weer in de nieuwe kluis",
        "restore_keep_returned": "laat de gewiste cliënten die terugkwamen in de nieuwe kluis "
        "staan (standaard: opnieuw wissen)",
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
        "handover_sheet": "schrijf ook het blad voor de cliënt over de overdracht (PDF, niet "
        "versleuteld: naar wie het dossier gaat zoals de toestemming het zegt, hoe de cliënt de "
        "nieuwe coach bereikt zoals --contact het zegt, wat doorgegeven is, met welke "
        "toestemming), in de taal van --lang",
        "handover_contact": "wie de nieuwe coach is en hoe de cliënt die bereikt, voor het blad "
        "van de cliënt",
        "handover_leave_out": "houd je eigen notities hier: de interne notities en de notities "
        "bij punten gaan niet mee in het overdrachtsbestand (de notities die met de cliënt gedeeld "
        "zijn wel)",
        "contact_metavar": "TEKST",
        "take_over": "neem een cliënt over uit het overdrachtsbestand van een collega",
        "take_over_description": "Neem de cliënt in het overdrachtsbestand BESTAND over in "
        "jouw kluis, met alles wat over hen genoteerd is en de coach en datum van "
        "overdracht. Vraagt je wachtwoordzin en dan de overdrachtscode (met "
        "--passphrase-stdin: de wachtwoordzin op de eerste regel, de code op de volgende). "
        "Eerst worden het bestand en de code nagekeken: als een van beide niet klopt, "
        "verandert er niets.",
        "take_over_vault": "de kluis om de cliënt in over te nemen (standaard: jouw kluis)",
        "take_over_from": "het overdrachtsbestand",
        "summary": "schrijf het verslag van een gesprek voor de cliënt naar een PDF",
        "summary_description": "Schrijf het verslag in eenvoudige taal van één gesprek "
        "naar een PDF, zoals de cliënt het afgedrukt zou krijgen: hoe alles er vandaag voor "
        "staat. Het verslag wordt bewaard in het dossier van de cliënt in de kluis, zoals het werd "
        "meegegeven. Een PDF is niet versleuteld: bewaar hem veilig.",
        "summary_vault": "de kluis om te lezen (standaard: jouw kluis)",
        "summary_conversation": "het nummer van het gesprek",
        "summary_conversation_metavar": "NUMMER",
        "summary_pdf": "de PDF om te schrijven",
        "summary_pdf_metavar": "PDF",
        "summary_lang": "de taal van het verslag en van de meldingen (standaard: de taal "
        "van de cliënt, anders die van het scherm)",
        "summary_paper": "papierformaat",
        "summary_again": "druk het verslag dat voor dit gesprek het laatst werd meegegeven opnieuw "
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
    "fr": {
        # argparse's own words
        "usage": "utilisation : ",
        "positionals": "arguments",
        "options": "options",
        "help": "afficher cette aide et quitter",
        "error": "erreur",
        # the program
        "description": "Intake Companion : guider un premier entretien, garder les notes "
        "chiffrées, imprimer une fiche pour le client.",
        "version": "afficher la version du programme et quitter",
        "vault": "utiliser ce fichier de coffre-fort au lieu de celui par défaut",
        "vault_metavar": "COFFRE",
        "demo": "ouvrir un coffre-fort jetable avec des clients fictifs",
        "lang": "la langue de l'interface et de chaque message",
        "self_check": "vérifier cette installation sans écran (un coffre-fort et un PDF de "
        "fiche jetables), puis quitter : 0 si tout fonctionne",
        "commands": "que faire sans la fenêtre (sans commande, l'application démarre)",
        "command_metavar": "COMMANDE",
        "command_lang": "la langue des messages de cette commande",
        "file_metavar": "FICHIER",
        # options of the vault commands
        "recovery_key": "demander la clé de secours au lieu de la phrase de passe",
        "passphrase_stdin": "lire la phrase de passe (ou la clé de secours) sur l'entrée "
        "standard, une par ligne, au lieu de la demander",
        # check-guide
        "check_guide": "vérifier un fichier de guide d'entretien et dire ce qui ne va pas",
        "check_guide_description": "Vérifier des fichiers de guide d'entretien (TOML). Affiche "
        "chaque problème avec sa ligne et quitte avec 1, ou affiche un résumé d'une ligne et "
        "quitte avec 0 si le guide est bon. Une langue du programme qui manque dans le guide "
        "d'une organisation est un avertissement, pas une erreur.",
        "check_guide_paths": "un fichier de guide",
        "check_guide_metavar": "CHEMIN",
        # backup
        "backup": "écrire une sauvegarde chiffrée et vérifiée du coffre-fort dans un fichier",
        "backup_description": "Écrire une sauvegarde chiffrée du coffre-fort dans FICHIER, la "
        "vérifier en la relisant, et écrire FICHIER.key à côté (la clé des données, protégée "
        "par votre phrase de passe). La sauvegarde s'ouvre avec la clé de secours du "
        "coffre-fort, ou avec FICHIER.key et votre phrase de passe actuelle. Le coffre-fort "
        "peut rester ouvert dans l'application pendant ce temps.",
        "backup_vault": "le coffre-fort à sauvegarder (par défaut : votre coffre-fort)",
        "backup_to": "le fichier de sauvegarde",
        "backup_no_key_file": "n'écrire aucun fichier de clé à côté de la sauvegarde : elle "
        "s'ouvre alors uniquement avec la clé de secours",
        "backup_replace": "remplacer FICHIER (et FICHIER.key) s'ils existent",
        # restore
        "restore": "restaurer une sauvegarde dans un nouveau coffre-fort (jamais par-dessus "
        "un coffre-fort existant)",
        "restore_description": "Vérifier la sauvegarde FICHIER, puis en faire un nouveau "
        "coffre-fort à --vault NOUVEAU (qui ne doit pas encore exister). Donnez la phrase de "
        "passe utilisée pour la sauvegarde (son fichier de clé FICHIER.key doit être à côté), "
        "ou --recovery-key ; une nouvelle phrase de passe est alors demandée pour le "
        "coffre-fort restauré (avec --passphrase-stdin : la clé de secours sur la première "
        "ligne, la nouvelle phrase de passe sur la deuxième). Les clients effacés dans votre "
        "coffre-fort reviennent avec une sauvegarde faite avant : la restauration les trouve "
        "en comparant avec votre coffre-fort (--compare-with ; elle y essaie la phrase de "
        "passe ou la clé de secours de la sauvegarde, et demande sa phrase de passe si elle "
        "ne l'ouvre pas : une ligne de plus avec --passphrase-stdin), dit combien sont "
        "revenus et les efface à nouveau dans le nouveau coffre-fort, sauf avec "
        "--keep-returned.",
        "restore_from": "le fichier de sauvegarde",
        "restore_vault": "où mettre le nouveau coffre-fort (par défaut : l'endroit habituel "
        "de votre coffre-fort)",
        "restore_vault_metavar": "NOUVEAU",
        "restore_compare_with": "le coffre-fort dont les clients effacés sont cherchés dans "
        "la sauvegarde (par défaut : l'endroit habituel de votre coffre-fort, s'il y en a un)",
        "restore_no_compare": "ne pas chercher les clients effacés dans votre coffre-fort "
        "(quand il ne s'ouvre plus) ; ils sont à nouveau dans le nouveau coffre-fort",
        "restore_keep_returned": "laisser dans le nouveau coffre-fort les clients effacés qui "
        "sont revenus (par défaut : les effacer à nouveau)",
        # verify
        "verify": "vérifier si un coffre-fort ou une sauvegarde est endommagé, sans le modifier",
        "verify_description": "Vérifier chaque page d'un coffre-fort (ou d'une sauvegarde) : "
        "dommage ou manipulation (PRAGMA cipher_integrity_check), et la structure de sa base "
        "de données (PRAGMA integrity_check). Code de sortie 0 : en ordre ; 1 : dommage "
        "trouvé ; 2 : la vérification n'a pas pu se faire.",
        "verify_vault": "le coffre-fort ou la sauvegarde à vérifier (par défaut : votre "
        "coffre-fort)",
        # counts
        "counts": "écrire des chiffres anonymes par mois entiers dans un fichier CSV "
        "(uniquement des nombres)",
        "counts_description": "Compter les entretiens, clients, étapes, consentements et "
        "rendez-vous des mois DE à JUSQU'À et les écrire dans un fichier CSV : uniquement des "
        "nombres, aucun nom, aucun texte, aucune date plus précise que le mois ; chaque nombre "
        "inférieur à 5 est écrit <5. Les colonnes ne changent jamais (docs/counts.md) : les "
        "fichiers de plusieurs coachs peuvent être mis ensemble.",
        "counts_vault": "le coffre-fort à compter (par défaut : votre coffre-fort)",
        "counts_from": "le premier mois (2026-01 ; une date compte pour son mois)",
        "counts_to": "le dernier mois, compris",
        "counts_csv": "le fichier CSV à écrire",
        "month_metavar": "MOIS",
        # handover, take-over
        "handover": "écrire les données d'un client dans un fichier de transfert chiffré pour "
        "un collègue",
        "handover_description": "Écrire les données du client ID (entretiens, notes, étapes, "
        "consentements, rendez-vous, avec leur historique) dans FICHIER, chiffrées avec une "
        "nouvelle clé au hasard, et afficher le code de transfert à donner au nouveau coach "
        "par une autre voie (téléphone, papier). Uniquement avec un consentement du client en "
        "vigueur dont le destinataire est NOM, le nouveau coach ou service, tel qu'écrit dans "
        "le consentement. Le transfert est enregistré dans ce coffre-fort.",
        "handover_vault": "le coffre-fort qui contient le client (par défaut : votre coffre-fort)",
        "handover_client": "le numéro du client",
        "client_metavar": "ID",
        "handover_recipient": "le nouveau coach ou service, tel que le consentement du client "
        "le nomme",
        "recipient_metavar": "NOM",
        "handover_to": "le fichier de transfert à écrire (il ne doit pas encore exister)",
        "handover_sheet": "écrire aussi la feuille du client sur le transfert (PDF, non "
        "chiffré : à qui va le dossier selon le consentement, comment joindre le nouveau coach "
        "selon --contact, ce qui a été transmis, avec quel consentement), dans la langue de "
        "--lang",
        "handover_contact": "qui est le nouveau coach et comment le client le joint, pour sa "
        "feuille",
        "handover_leave_out": "garder ici vos propres notes (les notes internes et les notes "
        "sur les points) au lieu de les mettre dans le fichier de transfert, où vont les notes "
        "partagées avec le client",
        "contact_metavar": "TEXTE",
        "take_over": "reprendre un client à partir du fichier de transfert d'un collègue",
        "take_over_description": "Reprendre dans votre coffre-fort le client du FICHIER de "
        "transfert, avec tout ce qui a été enregistré à son sujet, le coach qui l'envoie et la "
        "date. Demande votre phrase de passe, puis le code de transfert (avec "
        "--passphrase-stdin : la phrase de passe sur la première ligne, le code sur la "
        "suivante). Le fichier et le code sont d'abord vérifiés : rien ne change si l'un des "
        "deux est faux.",
        "take_over_vault": "le coffre-fort dans lequel reprendre le client (par défaut : votre "
        "coffre-fort)",
        "take_over_from": "le fichier de transfert",
        # summary
        "summary": "écrire la fiche d'un entretien pour le client dans un fichier PDF",
        "summary_description": "Écrire la fiche en langage simple d'un entretien dans un "
        "fichier PDF, tel que le client le recevrait imprimé : ce qui vaut aujourd'hui. La "
        "fiche est gardée dans le dossier du client dans le coffre-fort, telle que remise. Un "
        "PDF n'est pas chiffré : gardez-le en lieu sûr.",
        "summary_vault": "le coffre-fort à lire (par défaut : votre coffre-fort)",
        "summary_conversation": "le numéro de l'entretien",
        "summary_conversation_metavar": "ID",
        "summary_pdf": "le PDF à écrire",
        "summary_pdf_metavar": "SORTIE",
        "summary_lang": "la langue de la fiche et des messages (par défaut : la langue du "
        "client, sinon celle de l'interface)",
        "summary_paper": "format du papier",
        "summary_again": "réimprimer la dernière fiche remise pour cet entretien, exactement "
        "telle qu'elle était (dans sa propre langue), au lieu d'une nouvelle",
        # export-client
        "export_client": "écrire une copie de son dossier pour un client (PDF et JSON) dans "
        "un dossier",
        "export_client_description": "Écrire tout ce que le coffre-fort contient sur le client "
        "ID (entretiens, notes, étapes, consentements, rendez-vous, et qui a reçu ses "
        "informations) dans DOSSIER, sous forme d'un PDF en langage simple et d'un fichier "
        "JSON (docs/client-export.md). Les notes internes et les notes sur un point y vont "
        "telles que le coach les a relues ; la copie est enregistrée dans le dossier du client. "
        "Les fichiers ne sont pas chiffrés : un support amovible est un bon endroit.",
        "export_client_vault": "le coffre-fort qui contient le client (par défaut : votre "
        "coffre-fort)",
        "export_client_client": "le numéro du client",
        "export_client_to": "le dossier où écrire les deux fichiers (p. ex. une clé USB)",
        "folder_metavar": "DOSSIER",
        "export_client_include_unreviewed": "copier aussi les notes internes et les notes sur "
        "un point pas encore relues, telles qu'elles sont",
        "export_client_lang": "la langue de la copie et des messages (par défaut : la langue "
        "du client, sinon celle de l'interface)",
    },
}


# argparse's own error messages (English, from gettext) and their Dutch and French; the parts in
# brackets are translated in turn (an "argument X: ..." message holds another one). Patterns as
# text, compiled (and cached by `re`) only when an error is said: every start imports this table.
ARGPARSE_WORDS: tuple[tuple[str, dict[str, str]], ...] = tuple(
    (pattern, {"nl": dutch, "fr": french})
    for pattern, dutch, french in (
        (
            r"the following arguments are required: (.*)",
            "deze argumenten ontbreken: {0}",
            "ces arguments manquent : {0}",
        ),
        (r"unrecognized arguments: (.*)", "onbekende argumenten: {0}", "arguments inconnus : {0}"),
        (r"argument (\S+): (.*)", "argument {0}: {1}", "argument {0} : {1}"),
        (
            r"invalid choice: (.*) \(choose from (.*)\)",
            "ongeldige keuze: {0} (kies uit {1})",
            "choix non valable : {0} (choisissez parmi {1})",
        ),
        (r"expected one argument", "verwacht één waarde", "une valeur est attendue"),
        (r"invalid \S+ value: (.*)", "ongeldige waarde: {0}", "valeur non valable : {0}"),
        (
            r"ambiguous option: (.*) could match (.*)",
            "dubbelzinnige optie: {0} kan {1} zijn",
            "option ambiguë : {0} peut être {1}",
        ),
        (
            r"one of the arguments (.*) is required",
            "een van deze argumenten is nodig: {0}",
            "un de ces arguments est nécessaire : {0}",
        ),
        (
            r"not allowed with argument (.*)",
            "niet samen met argument {0}",
            "pas avec l'argument {0}",
        ),
    )
)


def help_text(lang: str, key: str) -> str:
    return HELP[lang if lang in HELP else "en"][key]


def argparse_message(message: str, lang: str) -> str:
    """An error message of argparse in `lang`; one it does not know stays as it is."""
    for pattern, wordings in ARGPARSE_WORDS:
        found = re.fullmatch(pattern, message)
        if found and lang in wordings:
            parts = (argparse_message(part, lang) for part in found.groups())
            return wordings[lang].format(*parts)
    return message
