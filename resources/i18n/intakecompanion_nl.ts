<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Intake Companion</source>
        <translation>Over Intake Companion</translation>
    </message>
    <message>
        <source>Intake Companion %1</source>
        <translation>Intake Companion %1</translation>
    </message>
    <message>
        <source>A companion for a coach&apos;s first conversation with a client. The notes stay in an encrypted vault on this computer; the program never uses the network. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Een hulp voor het eerste gesprek van een coach met een cliënt. De notities blijven in een versleutelde kluis op deze computer; het programma gebruikt nooit het netwerk. Vrije software onder de GNU GPL, versie 3 of later.</translation>
    </message>
</context>
<context>
    <name>AgreementLines</name>
    <message>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>together</source>
        <translation>samen</translation>
    </message>
    <message>
        <source>%1, no date</source>
        <translation>%1, geen datum</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, tegen %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 overdue: %2</source>
        <translation>%1 over tijd: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (to correct: recorded as kept before it could take place)</source>
        <translation>%1 (te verbeteren: als nagekomen genoteerd voor ze kon plaatsvinden)</translation>
    </message>
    <message>
        <source>%1 (to correct: recorded as missed before it had begun)</source>
        <translation>%1 (te verbeteren: als gemist genoteerd voor ze begonnen was)</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Aan %1: %2</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (tot %2)</translation>
    </message>
    <message>
        <source>%1 (no end date)</source>
        <translation>%1 (geen einddatum)</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <source>Next appointment</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>e.g. 9/3 or next Tuesday</source>
        <translation>bv. 9/3 of volgende dinsdag</translation>
    </message>
    <message>
        <source>e.g. 14u30</source>
        <translation>bv. 14u30</translation>
    </message>
    <message>
        <source>e.g. the office, room 2</source>
        <translation>bv. het kantoor, lokaal 2</translation>
    </message>
    <message>
        <source>e.g. the coach and the client</source>
        <translation>bv. de coach en de cliënt</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Afspraak weghalen</translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Klik nog eens om weg te halen</translation>
    </message>
    <message>
        <source>Remove the next appointment</source>
        <translation>De volgende afspraak weghalen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Kept: it is this conversation</source>
        <translation>Nagekomen: het is dit gesprek</translation>
    </message>
    <message>
        <source>How the previous appointment went</source>
        <translation>Hoe de vorige afspraak verliep</translation>
    </message>
    <message>
        <source>Moved to date</source>
        <translation>Verzet naar datum</translation>
    </message>
    <message>
        <source>Moved to time</source>
        <translation>Verzet naar uur</translation>
    </message>
    <message>
        <source>Record the move</source>
        <translation>Verzetting vastleggen</translation>
    </message>
    <message>
        <source>Record to which moment it was moved</source>
        <translation>Vastleggen naar welk moment de afspraak verzet is</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Verzet naar</translation>
    </message>
    <message>
        <source>This appointment (%1)</source>
        <translation>Deze afspraak (%1)</translation>
    </message>
    <message>
        <source>Appointment to come (%1)</source>
        <translation>Komende afspraak (%1)</translation>
    </message>
    <message>
        <source>Previous appointment (%1)</source>
        <translation>Vorige afspraak (%1)</translation>
    </message>
    <message>
        <source>It has not begun yet: missed only once its time has come.</source>
        <translation>Deze afspraak is nog niet begonnen: gemist pas als het zover is.</translation>
    </message>
    <message>
        <source>Still to come: it can be moved or cancelled; kept or missed only once its time has come.</source>
        <translation>Deze afspraak komt nog: verzetten of afzeggen kan nu; nagekomen of gemist pas als het zover is.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verzet naar %1</translation>
    </message>
    <message>
        <source>Recorded, but it lies in the past: it is not on the client&apos;s sheet.</source>
        <translation>Vastgelegd, maar ze ligt in het verleden: ze komt niet op het verslag voor de cliënt.</translation>
    </message>
    <message>
        <source>Recorded; it goes on the client&apos;s sheet.</source>
        <translation>Vastgelegd; ze komt op het verslag voor de cliënt.</translation>
    </message>
    <message>
        <source>No appointment recorded yet: fill in a field to record it.</source>
        <translation>Nog geen afspraak vastgelegd: vul een veld in om ze vast te leggen.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>The archive copy was not made: it was stopped before it was ready. Nothing was left in the folder and the client was not erased.</source>
        <translation>De kopie voor het archief is niet gemaakt: ze werd gestopt voor ze klaar was. Er bleef niets achter in de map en de cliënt is niet gewist.</translation>
    </message>
    <message>
        <source>Archive, then erase</source>
        <translation>Archiveren, dan wissen</translation>
    </message>
    <message>
        <source>Write a complete copy for the archive, then erase this client?</source>
        <translation>Een volledige kopie voor het archief schrijven en dan deze cliënt wissen?</translation>
    </message>
    <message>
        <source>The copy (a PDF and a JSON file) holds every note unchanged, internal ones too. It is not encrypted: write it to the archive&apos;s drive, not to this laptop. Only once both files are written is the client erased from the vault, for good.</source>
        <translation>De kopie (een PDF en een JSON-bestand) bevat elke notitie ongewijzigd, ook de interne. Ze is niet versleuteld: schrijf ze naar de schijf van het archief, niet naar deze laptop. Pas als beide bestanden geschreven zijn, wordt de cliënt voorgoed uit de kluis gewist.</translation>
    </message>
    <message>
        <source>&amp;Archive and erase</source>
        <translation>&amp;Archiveren en wissen</translation>
    </message>
    <message>
        <source>Archive and erase</source>
        <translation>Archiveren en wissen</translation>
    </message>
    <message>
        <source>Where should the archive copy go?</source>
        <translation>Waar moet de kopie voor het archief komen?</translation>
    </message>
    <message>
        <source>Writing the archive copy</source>
        <translation>De kopie voor het archief wordt geschreven</translation>
    </message>
    <message>
        <source>Writing the archive copy; the client is erased once it is written. Closing this window stops it and erases nothing.</source>
        <translation>De kopie voor het archief wordt geschreven; daarna wordt de cliënt gewist. Als je dit venster sluit, stopt het en wordt er niets gewist.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another.</source>
        <translation>Die map bestaat niet. Kies een andere.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Reservekopie van de kluis maken</translation>
    </message>
    <message>
        <source>A backup is a copy of everything in this program: all clients, conversations, notes, steps and consents, as they are now. It is encrypted: without your key nobody can read it. Put it on a USB stick and keep that in a safe place, away from this laptop. You can keep working while it is made.</source>
        <translation>Een reservekopie is een kopie van alles in dit programma: alle cliënten, gesprekken, notities, stappen en toestemmingen, zoals ze nu zijn. Ze is versleuteld: zonder jouw sleutel kan niemand ze lezen. Zet ze op een USB-stick en bewaar die op een veilige plek, niet bij deze laptop. Je kunt gewoon verder werken terwijl ze gemaakt wordt.</translation>
    </message>
    <message>
        <source>To open it later, for example on a new laptop: File &gt; Restore a backup, then type your recovery key, or your passphrase of today if the key file lies beside the backup.</source>
        <translation>Later openen, bijvoorbeeld op een nieuwe laptop: Bestand &gt; Reservekopie terugzetten, en dan je herstelsleutel typen, of je wachtwoordzin van vandaag als het sleutelbestand naast de reservekopie staat.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Bestand van de reservekopie</translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>Waar de reservekopie komt</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Het bestand van de reservekopie kiezen</translation>
    </message>
    <message>
        <source>Also write the key file beside it (then your passphrase opens it too)</source>
        <translation>Ook het sleutelbestand ernaast zetten (dan opent je wachtwoordzin ze ook)</translation>
    </message>
    <message>
        <source>You opened the program with your recovery key, so there is no passphrase yet to put in a key file: this backup opens with your recovery key only. For a key file, first choose a new passphrase (Vault &gt; Change passphrase), then make the backup.</source>
        <translation>Je hebt het programma met je herstelsleutel geopend, dus er is nog geen wachtwoordzin om in een sleutelbestand te zetten: deze reservekopie opent alleen met je herstelsleutel. Wil je een sleutelbestand, kies dan eerst een nieuwe wachtwoordzin (Kluis &gt; Wachtwoordzin wijzigen) en maak daarna de reservekopie.</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>De reservekopie wordt gemaakt</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>Reservekopie &amp;maken</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Waar moet de reservekopie komen?</translation>
    </message>
    <message>
        <source>Intake Companion backups (*%1)</source>
        <translation>Reservekopieën van Intake Companion (*%1)</translation>
    </message>
    <message>
        <source>That folder is on this laptop. If the laptop is stolen or breaks, the backup is gone with it: choose a USB stick and keep it somewhere else.</source>
        <translation>Die map staat op deze laptop. Wordt de laptop gestolen of gaat hij kapot, dan is de reservekopie mee weg: kies een USB-stick en bewaar die ergens anders.</translation>
    </message>
    <message>
        <source>Choose where the backup should go.</source>
        <translation>Kies waar de reservekopie moet komen.</translation>
    </message>
    <message>
        <source>It opens with your recovery key, or with your passphrase of today and the key file %1 beside it.</source>
        <translation>Ze opent met je herstelsleutel, of met je wachtwoordzin van vandaag en het sleutelbestand %1 ernaast.</translation>
    </message>
    <message>
        <source>It opens with your recovery key only (there is no key file).</source>
        <translation>Ze opent alleen met je herstelsleutel (er is geen sleutelbestand).</translation>
    </message>
    <message>
        <source>The backup is written to %1 and read back in full: nothing is missing. %2</source>
        <translation>De reservekopie staat in %1 en is helemaal nagelezen: er ontbreekt niets. %2</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>A file with this name already exists there. It has not been changed; choose another name.</source>
        <translation>Daar staat al een bestand met deze naam. Het is niet veranderd; kies een andere naam.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly, so it was removed. Your vault is unchanged. Try again, or use another stick.</source>
        <translation>De reservekopie las niet goed terug en is daarom verwijderd. Je kluis is niet veranderd. Probeer het opnieuw, of gebruik een andere stick.</translation>
    </message>
    <message>
        <source>The backup could not be written: the stick may be full, removed or read-only. Your vault is unchanged and nothing half-written was left behind.</source>
        <translation>De reservekopie kon niet geschreven worden: de stick is misschien vol, weggenomen of alleen-lezen. Je kluis is niet veranderd en er bleef niets half geschreven achter.</translation>
    </message>
    <message>
        <source>You opened the program with your recovery key, so there is no passphrase yet to put in a key file. Make the backup without the key file, or first choose a new passphrase.</source>
        <translation>Je hebt het programma met je herstelsleutel geopend, dus er is nog geen wachtwoordzin om in een sleutelbestand te zetten. Maak de reservekopie zonder sleutelbestand, of kies eerst een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>the disk may be full or was removed</source>
        <translation>de schijf is misschien vol of werd weggenomen</translation>
    </message>
    <message>
        <source>The new vault could not be made there: %1. Your backup and your own vault are unchanged, and nothing half-made was left behind.</source>
        <translation>De nieuwe kluis kon daar niet gemaakt worden: %1. Je reservekopie en je eigen kluis zijn niet veranderd, en er bleef niets half gemaakt achter.</translation>
    </message>
    <message>
        <source>This backup is damaged, so it was not restored. Nothing has been changed. Try another backup copy.</source>
        <translation>Deze reservekopie is beschadigd en is dus niet teruggezet. Er is niets veranderd. Probeer een andere reservekopie.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase, twice</source>
        <translation>Nieuwe wachtwoordzin, twee keer</translation>
    </message>
    <message>
        <source>Saving the new passphrase</source>
        <translation>De nieuwe wachtwoordzin wordt bewaard</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Wachtwoordzin wij&amp;zigen</translation>
    </message>
    <message>
        <source>Saving the new passphrase...</source>
        <translation>De nieuwe wachtwoordzin wordt bewaard…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from the next unlock.</source>
        <translation>De wachtwoordzin is gewijzigd. Gebruik de nieuwe vanaf de volgende keer dat je ontgrendelt.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>→ Steps (Ctrl+3)</source>
        <translation>→ Stappen (Ctrl+3)</translation>
    </message>
    <message>
        <source>→ Consents (Ctrl+4)</source>
        <translation>→ Toestemmingen (Ctrl+4)</translation>
    </message>
    <message>
        <source>→ Appointment (Ctrl+5)</source>
        <translation>→ Afspraak (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>ClientBadge</name>
    <message>
        <source>Show name</source>
        <translation>Naam tonen</translation>
    </message>
    <message>
        <source>Show the client&apos;s full name for 10 seconds</source>
        <translation>De volledige naam van de cliënt 10 seconden tonen</translation>
    </message>
    <message>
        <source>Show the full name for 10 seconds (Ctrl+I)</source>
        <translation>De volledige naam 10 seconden tonen (Ctrl+I)</translation>
    </message>
    <message>
        <source>Client&apos;s full name, shown for 10 seconds</source>
        <translation>Volledige naam van de cliënt, 10 seconden getoond</translation>
    </message>
    <message>
        <source>Hide name</source>
        <translation>Naam verbergen</translation>
    </message>
    <message>
        <source>Client&apos;s initials: %1</source>
        <translation>Initialen van de cliënt: %1</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nieuwe intake</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nieuwe intake</translation>
    </message>
    <message>
        <source>Search: name or word</source>
        <translation>Zoeken: naam of woord</translation>
    </message>
    <message>
        <source>Search: name or a word from the notes</source>
        <translation>Zoeken: naam of een woord uit de notities</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cliënten zoeken</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Geen cliënten</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>laatst %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open stap</numerusform>
            <numerusform>%n open stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>your promise is overdue</source>
        <translation>jouw belofte is over tijd</translation>
    </message>
    <message>
        <source>A promise of yours is overdue</source>
        <translation>Een belofte van jou is over tijd</translation>
    </message>
    <message>
        <source>Steps still open</source>
        <translation>Stappen staan nog open</translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Geen cliënt past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <source>No clients yet. Start with New intake (Ctrl+N).</source>
        <translation>Nog geen cliënten. Begin met Nieuwe intake (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>&amp;Language of the client&apos;s papers</source>
        <translation>&amp;Taal van de papieren voor de cliënt</translation>
    </message>
    <message>
        <source>Not chosen yet: the program&apos;s language</source>
        <translation>Nog niet gekozen: de taal van het programma</translation>
    </message>
    <message>
        <source>Language of the client&apos;s sheet and copy</source>
        <translation>Taal van het verslag en de kopie voor de cliënt</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Gesprek &amp;openen</translation>
    </message>
    <message>
        <source>Open the chosen conversation</source>
        <translation>Het gekozen gesprek openen</translation>
    </message>
    <message>
        <source>Start a follow-up conversation</source>
        <translation>Een vervolggesprek starten</translation>
    </message>
    <message>
        <source>&amp;Sheet again...</source>
        <translation>Ve&amp;rslag opnieuw…</translation>
    </message>
    <message>
        <source>Print or save the sheet of the chosen conversation again</source>
        <translation>Het verslag van het gekozen gesprek opnieuw afdrukken of bewaren</translation>
    </message>
    <message>
        <source>&amp;Delete client...</source>
        <translation>Cliënt w&amp;issen…</translation>
    </message>
    <message>
        <source>Delete this client and all their records</source>
        <translation>Deze cliënt en alles wat over hem of haar is vastgelegd wissen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Start &amp;intake</source>
        <translation>&amp;Intake starten</translation>
    </message>
    <message>
        <source>%1 (pseudonym)</source>
        <translation>%1 (schuilnaam)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolggesprek</translation>
    </message>
    <message>
        <source>a previous coach</source>
        <translation>een vorige coach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>%1, sheet printed on %2</source>
        <translation>%1, verslag afgedrukt op %2</translation>
    </message>
    <message>
        <source>%1, sheet saved as PDF on %2</source>
        <translation>%1, verslag als pdf bewaard op %2</translation>
    </message>
    <message>
        <source>%1; the sheet handed over on %2 is out of date</source>
        <translation>%1; het verslag van %2 klopt niet meer</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>Conve&amp;rsations</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <source>Start follo&amp;w-up</source>
        <translation>&amp;Vervolggesprek starten</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>What the client may read</source>
        <translation>Wat de cliënt mag lezen</translation>
    </message>
    <message>
        <source>Esc or F11: back to the conversation</source>
        <translation>Esc of F11: terug naar het gesprek</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Finish the conversation</source>
        <translation>Het gesprek afronden</translation>
    </message>
    <message>
        <source>Look at what is still open, then finish. The duration stops and the conversation is kept as it is; you can reopen it to correct something.</source>
        <translation>Kijk wat nog openstaat en rond dan af. De duur stopt en het gesprek wordt bewaard zoals het is; je kunt het heropenen om iets te verbeteren.</translation>
    </message>
    <message>
        <source>Items still open</source>
        <translation>Punten die nog openstaan</translation>
    </message>
    <message>
        <source>Go to the appointment (Ctrl+5)</source>
        <translation>Naar de afspraak (Ctrl+5)</translation>
    </message>
    <message>
        <source>Sheet for the client…</source>
        <translation>Verslag voor de cliënt…</translation>
    </message>
    <message>
        <source>Print or save the client&apos;s sheet</source>
        <translation>Het verslag voor de cliënt afdrukken of bewaren</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open. They stay open and come back in the next conversation:</source>
        <translation>
            <numerusform>%1 %n punt van de checklist staat nog open. Het blijft open en komt terug in het volgende gesprek:</numerusform>
            <numerusform>%1 %n punten van de checklist staan nog open. Ze blijven open en komen terug in het volgende gesprek:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open. Those left open from the intake come back in the next conversation:</source>
        <translation>
            <numerusform>%1 %n punt van de checklist staat nog open. Wat open bleef in de intake, komt terug in het volgende gesprek:</numerusform>
            <numerusform>%1 %n punten van de checklist staan nog open. Wat open bleef in de intake, komt terug in het volgende gesprek:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open:</source>
        <translation>
            <numerusform>%1 %n punt van de checklist staat nog open:</numerusform>
            <numerusform>%1 %n punten van de checklist staan nog open:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every item of the checklist is settled.</source>
        <translation>%1 Elk punt van de checklist is afgehandeld.</translation>
    </message>
    <message>
        <source>%1 No next appointment yet.</source>
        <translation>%1 Nog geen volgende afspraak.</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1 Next appointment: %2%3.</source>
        <translation>%1 Volgende afspraak: %2%3.</translation>
    </message>
    <message>
        <source>%1 The appointment of %2 (this conversation) is not marked kept yet.</source>
        <translation>%1 De afspraak van %2 (dit gesprek) is nog niet als nagekomen aangeduid.</translation>
    </message>
    <message>
        <source>%1 The client&apos;s sheet was not printed or saved yet.</source>
        <translation>%1 Het verslag voor de cliënt is nog niet afgedrukt of bewaard.</translation>
    </message>
    <message>
        <source>%1 The client&apos;s sheet was printed or saved on %2.</source>
        <translation>%1 Het verslag voor de cliënt is afgedrukt of bewaard op %2.</translation>
    </message>
    <message>
        <source>%1 This conversation was finished on %2.</source>
        <translation>%1 Dit gesprek is afgerond op %2.</translation>
    </message>
    <message>
        <source>%1 Not finished: %2</source>
        <translation>%1 Niet afgerond: %2</translation>
    </message>
</context>
<context>
    <name>ConsentCard</name>
    <message>
        <source>orally</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>given %1 on %2 to %3</source>
        <translation>%1 gegeven op %2 aan %3</translation>
    </message>
    <message>
        <source>refused %1 on %2 to %3</source>
        <translation>%1 geweigerd op %2 aan %3</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informatie: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Geldig tot %1</translation>
    </message>
    <message>
        <source>Look at it again on %1</source>
        <translation>Opnieuw bekijken op %1</translation>
    </message>
    <message>
        <source>Date to look at it again changed on %1 (was %2)</source>
        <translation>Datum om opnieuw te bekijken veranderd op %1 (was %2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Nog niet van kracht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Look at the consent to %1 again on</source>
        <translation>De toestemming aan %1 opnieuw bekijken op</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum veranderen</translation>
    </message>
    <message>
        <source>Change the date to look at the consent to %1 again</source>
        <translation>De datum veranderen om de toestemming aan %1 opnieuw te bekijken</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Click again to withdraw</source>
        <translation>Klik nog eens om in te trekken</translation>
    </message>
    <message>
        <source>Withdraw the consent to %1</source>
        <translation>De toestemming aan %1 intrekken</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>e.g. the housing service</source>
        <translation>bv. de dienst huisvesting</translation>
    </message>
    <message>
        <source>e.g. income and debts</source>
        <translation>bv. inkomen en schulden</translation>
    </message>
    <message>
        <source>e.g. to apply for a social rent</source>
        <translation>bv. om een sociale woning aan te vragen</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>Welke informatie</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Look at it again on (or ask by)</source>
        <translation>Opnieuw bekijken op (of vragen tegen)</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation>Toestemmingen van deze cliënt</translation>
    </message>
    <message>
        <source>Fill in to whom, which information and what for.</source>
        <translation>Vul in aan wie, welke informatie en waarvoor.</translation>
    </message>
    <message>
        <source>A date is not a date yet: see beside it, or leave it empty.</source>
        <translation>Een datum is nog geen datum: kijk ernaast, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>&apos;Valid until&apos; lies before the day the consent is given (%1): give a later date, or leave it empty.</source>
        <translation>“Geldig tot” ligt vóór de dag waarop de toestemming gegeven wordt (%1): geef een latere datum, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>Noted as not asked yet: ask the client later.</source>
        <translation>Genoteerd als nog niet gevraagd: vraag het de cliënt later.</translation>
    </message>
    <message>
        <source>Choose the decision: given, refused or not asked yet.</source>
        <translation>Kies de beslissing: gegeven, geweigerd of nog niet gevraagd.</translation>
    </message>
    <message>
        <source>Choose how the client answered: oral or written.</source>
        <translation>Kies hoe de cliënt antwoordde: mondeling of schriftelijk.</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and tried again. You can record the next consent once this one is saved.</source>
        <translation>Nog niet opgeslagen: het blijft hier staan en wordt opnieuw geprobeerd. Je kunt de volgende toestemming vastleggen zodra deze bewaard is.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Consent withdrawn; it stays in the history.</source>
        <translation>Toestemming ingetrokken; ze blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Not asking after all: the note is removed.</source>
        <translation>Toch niet vragen: de notitie is verwijderd.</translation>
    </message>
    <message>
        <source>Date changed; the earlier date stays in the consent&apos;s history.</source>
        <translation>Datum veranderd; de vorige datum blijft in de geschiedenis van de toestemming.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Back to the client (Ctrl+W)</source>
        <translation>← Terug naar de cliënt (Ctrl+W)</translation>
    </message>
    <message>
        <source>Back to the client&apos;s conversations</source>
        <translation>Terug naar de gesprekken van de cliënt</translation>
    </message>
    <message>
        <source>Show the client (F11)</source>
        <translation>Toon aan de cliënt (F11)</translation>
    </message>
    <message>
        <source>Show the client what is shared, in large text</source>
        <translation>Toon de cliënt wat gedeeld is, in grote letters</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Show the client what is shared</source>
        <translation>Toon de cliënt wat gedeeld is</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Why? (F1)</source>
        <translation>Waarom? (F1)</translation>
    </message>
    <message>
        <source>Show why and an example sentence</source>
        <translation>Toon waarom, met een voorbeeldzin</translation>
    </message>
    <message>
        <source>These items were not yet dealt with in the intake. Tick them here once they are.</source>
        <translation>Deze punten kwamen in de intake nog niet aan bod. Vink ze hier af zodra dat gebeurd is.</translation>
    </message>
    <message>
        <source>Not ticked in the intake</source>
        <translation>Niet afgevinkt in de intake</translation>
    </message>
    <message>
        <source>These items of the intake were neither ticked nor given a note there. Tick them here once they are dealt with.</source>
        <translation>Deze punten van de intake werden daar niet afgevinkt en kregen er geen notitie. Vink ze hier af zodra ze afgehandeld zijn.</translation>
    </message>
    <message>
        <source>Notes, steps, consents and appointment</source>
        <translation>Notities, stappen, toestemmingen en afspraak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>The guide stored with this conversation cannot be read, so its checklist cannot be shown. Notes, steps, consents and the appointment still work.</source>
        <translation>De gids die bij dit gesprek bewaard is, kan niet gelezen worden; daarom kan de checklist niet getoond worden. Notities, stappen, toestemmingen en de afspraak werken wel.</translation>
    </message>
    <message>
        <source>Left open in the intake</source>
        <translation>Open gebleven in de intake</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Intake conversation</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>Follow-up conversation</source>
        <translation>Vervolggesprek</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, begonnen %2</translation>
    </message>
    <message>
        <source>Sheet for the client…</source>
        <translation>Verslag voor de cliënt…</translation>
    </message>
    <message>
        <source>Sheet for the client</source>
        <translation>Verslag voor de cliënt</translation>
    </message>
    <message>
        <source>Sheet for the client (Ctrl+P)</source>
        <translation>Verslag voor de cliënt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown or Alt+Right</source>
        <translation>Ctrl+PgDown of Alt+Rechts</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <source>Ctrl+PgUp or Alt+Left</source>
        <translation>Ctrl+PgUp of Alt+Links</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Omhoog / Omlaag</translation>
    </message>
    <message>
        <source>Previous / next item</source>
        <translation>Vorig / volgend punt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Item not applicable (again: open)</source>
        <translation>Punt niet van toepassing (nog eens: weer open)</translation>
    </message>
    <message>
        <source>Typing on an item</source>
        <translation>Typen op een punt</translation>
    </message>
    <message>
        <source>Starts its internal note, a word with n first too (the item stays as it was)</source>
        <translation>Begint de interne notitie van het punt, ook een woord dat met n begint (het punt blijft zoals het was)</translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation>Enter / Esc</translation>
    </message>
    <message>
        <source>Write a note on the item / back to the item</source>
        <translation>Notitie bij het punt schrijven / terug naar het punt</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 of ?</translation>
    </message>
    <message>
        <source>Show or hide why, with an example sentence</source>
        <translation>Waarom tonen of verbergen, met een voorbeeldzin</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New note (internal)</source>
        <translation>Nieuwe notitie (intern)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>New step, agreed in this conversation</source>
        <translation>Nieuwe stap, afgesproken in dit gesprek</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Back to the checklist, on the item you were at (the first time: the first open item)</source>
        <translation>Terug naar de checklist, op het punt waar je was (de eerste keer: het eerste open punt)</translation>
    </message>
    <message>
        <source>Notes, steps, consents, appointment: back in the field you were in there (the first time: the latest note, the first step, the consent form, the date)</source>
        <translation>Notities, stappen, toestemmingen, afspraak: terug in het veld waar je daar was (de eerste keer: de laatste notitie, de eerste stap, het toestemmingsformulier, de datum)</translation>
    </message>
    <message>
        <source>Ctrl+2 to Ctrl+5</source>
        <translation>Ctrl+2 tot Ctrl+5</translation>
    </message>
    <message>
        <source>Item done (Backspace: open again)</source>
        <translation>Punt gedaan (Backspace: weer open)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation>Nu opslaan (het gebeurt ook vanzelf)</translation>
    </message>
    <message>
        <source>Show or hide the client&apos;s full name (10 seconds)</source>
        <translation>De volledige naam van de cliënt tonen of verbergen (10 seconden)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n promise(s) of yours overdue (Ctrl+3)</source>
        <translation>
            <numerusform>⚠ %n belofte van jou over tijd (Ctrl+3)</numerusform>
            <numerusform>⚠ %n beloftes van jou over tijd (Ctrl+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>the consent form holds text that is not recorded. Record or clear it.</source>
        <translation>in het toestemmingsformulier staat tekst die nog niet vastgelegd is. Leg ze vast of wis ze eerst.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy of the file</source>
        <translation>Kopie van het dossier</translation>
    </message>
    <message>
        <source>The client may have a copy of everything kept about them, internal notes included. Look at each internal note and note on a checklist point first: include it, black out what concerns someone else, or leave it out with a reason (the copy shows the reason).</source>
        <translation>De cliënt mag een kopie krijgen van alles wat over hem of haar bewaard wordt, ook de interne notities. Bekijk eerst elke interne notitie en elke notitie bij een punt: opnemen, zwart maken wat over iemand anders gaat, of weglaten met een reden (de kopie toont de reden).</translation>
    </message>
    <message>
        <source>Notes to review</source>
        <translation>Notities na te kijken</translation>
    </message>
    <message>
        <source>The note; select a part to black it out</source>
        <translation>De notitie; selecteer een deel om het zwart te maken</translation>
    </message>
    <message>
        <source>As the copy shows it</source>
        <translation>Zoals de kopie het toont</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Opnemen</translation>
    </message>
    <message>
        <source>&amp;Black out the selected part</source>
        <translation>Het geselecteerde deel &amp;zwart maken</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Waarom het weggelaten wordt</translation>
    </message>
    <message>
        <source>Why it is left out (the client reads this)</source>
        <translation>Waarom het weggelaten wordt (de cliënt leest dit)</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Weglaten</translation>
    </message>
    <message>
        <source>The PDF and the JSON file are not encrypted: anyone with the files can read them. Write them to the client&apos;s own USB stick, not to this laptop.</source>
        <translation>De PDF en het JSON-bestand zijn niet versleuteld: wie de bestanden heeft, kan ze lezen. Schrijf ze naar de eigen USB-stick van de cliënt, niet naar deze laptop.</translation>
    </message>
    <message>
        <source>Writing the copy</source>
        <translation>De kopie wordt geschreven</translation>
    </message>
    <message>
        <source>Writing the copy. You can wait here; closing this window stops it.</source>
        <translation>De kopie wordt geschreven. Je kunt hier wachten; als je dit venster sluit, stopt het.</translation>
    </message>
    <message>
        <source>&amp;Write the copy</source>
        <translation>Kopie &amp;schrijven</translation>
    </message>
    <message>
        <source>N&amp;otes to review</source>
        <translation>&amp;Notities na te kijken</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>included</source>
        <translation>opgenomen</translation>
    </message>
    <message>
        <source>included, parts blacked out</source>
        <translation>opgenomen, delen zwart gemaakt</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>weggelaten: %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>na te kijken</translation>
    </message>
    <message>
        <source>%1, %2 — %3: %4</source>
        <translation>%1, %2 — %3: %4</translation>
    </message>
    <message>
        <source>No internal notes or item notes: nothing to review.</source>
        <translation>Geen interne notities of notities bij punten: niets na te kijken.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Nog niet nagekeken.</translation>
    </message>
    <message>
        <source>Left out. The copy says why: %1</source>
        <translation>Weggelaten. De kopie zegt waarom: %1</translation>
    </message>
    <message>
        <source>In the copy: %1</source>
        <translation>In de kopie: %1</translation>
    </message>
    <message>
        <source>Select the part to black out first.</source>
        <translation>Selecteer eerst het deel om zwart te maken.</translation>
    </message>
    <message>
        <source>Say why it is left out: the client reads it.</source>
        <translation>Zeg waarom het weggelaten wordt: de cliënt leest het.</translation>
    </message>
    <message>
        <source>This choice cannot be stored for this note.</source>
        <translation>Deze keuze kan voor deze notitie niet bewaard worden.</translation>
    </message>
    <message>
        <source>Blacked out up to whole words: part of a word tells what was there.</source>
        <translation>Weggelaten tot hele woorden: een stuk van een woord verraadt wat er stond.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) still to review.</source>
        <translation>
            <numerusform>Nog %n notitie na te kijken.</numerusform>
            <numerusform>Nog %n notities na te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should the copy go?</source>
        <translation>Waar moet de kopie komen?</translation>
    </message>
    <message>
        <source>The copy of the file was not made: it was stopped before it was ready. Nothing was left in the folder and nothing was logged; your review choices are kept. Make the copy again when you are ready.</source>
        <translation>De kopie van het dossier is niet gemaakt: ze werd gestopt voor ze klaar was. Er bleef niets achter in de map en er is niets gelogd; je keuzes bij het nakijken zijn bewaard. Maak de kopie opnieuw wanneer je klaar bent.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another.</source>
        <translation>Die map bestaat niet. Kies een andere.</translation>
    </message>
    <message>
        <source>A copy of today is already in that folder. Choose another folder.</source>
        <translation>Een kopie van vandaag staat al in die map. Kies een andere map.</translation>
    </message>
    <message>
        <source>The files could not be written there. Choose another place.</source>
        <translation>De bestanden konden daar niet geschreven worden. Kies een andere plaats.</translation>
    </message>
    <message>
        <source>Note on the point “%1”</source>
        <translation>Notitie bij het punt “%1”</translation>
    </message>
    <message>
        <source>Written: %1 and %2. They are not encrypted. The copy is recorded in the client&apos;s log.</source>
        <translation>Geschreven: %1 en %2. Ze zijn niet versleuteld. De kopie staat genoteerd in het logboek van de cliënt.</translation>
    </message>
    <message>
        <source>That folder is on this laptop: give the files to the client and delete them here.</source>
        <translation>Die map staat op deze laptop: geef de bestanden aan de cliënt en wis ze hier.</translation>
    </message>
</context>
<context>
    <name>CopyPlace</name>
    <message>
        <source>Language of the copy</source>
        <translation>Taal van de kopie</translation>
    </message>
    <message>
        <source>Folder for the copy</source>
        <translation>Map voor de kopie</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the folder for the copy</source>
        <translation>Kies de map voor de kopie</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
</context>
<context>
    <name>CountsDialog</name>
    <message>
        <source>Anonymous counts</source>
        <translation>Anonieme tellingen</translation>
    </message>
    <message>
        <source>Numbers only, for the organisation&apos;s reports: conversations, clients, steps, consents and appointments of whole months. No name, no text, no day. A count under 5 is written &lt;5.</source>
        <translation>Alleen getallen, voor de rapportering van de organisatie: gesprekken, cliënten, stappen, toestemmingen en afspraken van hele maanden. Geen naam, geen tekst, geen dag. Een aantal onder 5 staat er als &lt;5.</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <source>counts-%1-%2</source>
        <translation>tellingen-%1-%2</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Kies het CSV-bestand</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Through</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>Tellingen be&amp;waren</translation>
    </message>
    <message>
        <source>Where should the counts go?</source>
        <translation>Waar moeten de tellingen komen?</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another place.</source>
        <translation>Het bestand kon daar niet geschreven worden. Kies een andere plaats.</translation>
    </message>
    <message>
        <source>Counts of %1 to %2 saved: %3</source>
        <translation>Tellingen van %1 tot en met %2 bewaard: %3</translation>
    </message>
</context>
<context>
    <name>CrashHook</name>
    <message>
        <source>Something went wrong inside Intake Companion. Your notes are safe: everything that was shown as saved is in the vault.</source>
        <translation>Er ging iets mis in Intake Companion. Je notities zijn veilig: alles wat als bewaard werd getoond, staat in de kluis.</translation>
    </message>
    <message>
        <source>A short technical report (without any client information) was written to:
%1</source>
        <translation>Een kort technisch rapport (zonder gegevens over cliënten) staat in:
%1</translation>
    </message>
    <message>
        <source>The technical report could not be written.</source>
        <translation>Het technische rapport kon niet worden weggeschreven.</translation>
    </message>
    <message>
        <source>Intake Companion</source>
        <translation>Intake Companion</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart.</source>
        <translation>Je kunt verder werken. Gebeurt het opnieuw, start het programma dan opnieuw.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Intake Companion</source>
        <translation>Welkom bij Intake Companion</translation>
    </message>
    <message>
        <source>Your notes are kept in an encrypted vault on this computer. Nothing is sent anywhere. Choose a passphrase to lock it: you type it each time you open the program.</source>
        <translation>Je notities worden bewaard in een versleutelde kluis op deze computer. Er wordt niets verstuurd. Kies een wachtwoordzin om de kluis af te sluiten: die typ je telkens als je het programma opent.</translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>Kluis &amp;maken</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Kluis maken</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>De kluis wordt gemaakt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Making the vault; this takes a few seconds...</source>
        <translation>De kluis wordt gemaakt; dat duurt enkele seconden…</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>The vault is damaged</source>
        <translation>De kluis is beschadigd</translation>
    </message>
    <message>
        <source>Intake Companion found damage in the vault while reading it and closed it at once. Nothing has been written to it since: it stays exactly as it was found.</source>
        <translation>Intake Companion vond schade in de kluis bij het lezen en heeft ze meteen gesloten. Er is sindsdien niets meer in geschreven: ze blijft precies zoals ze gevonden werd.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Wat de controle vond</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet saved are kept in memory, not in the damaged vault. Open the restored vault in this window and they are written into it; do not quit the program before.</source>
        <translation>
            <numerusform>%n wijziging die nog niet bewaard was, wordt in het geheugen bijgehouden, niet in de beschadigde kluis. Open de teruggezette kluis in dit venster en ze wordt erin geschreven; sluit het programma niet eerder af.</numerusform>
            <numerusform>%n wijzigingen die nog niet bewaard waren, worden in het geheugen bijgehouden, niet in de beschadigde kluis. Open de teruggezette kluis in dit venster en ze worden erin geschreven; sluit het programma niet eerder af.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: restore your most recent backup into a new vault (File &gt; Restore a backup, or the button below), then open that vault. Keep the damaged vault and its key file; do not delete them.</source>
        <translation>Wat je doet: zet je meest recente reservekopie terug in een nieuwe kluis (Bestand &gt; Reservekopie terugzetten, of de knop hieronder) en open dan die kluis. Bewaar de beschadigde kluis en haar sleutelbestand; verwijder ze niet.</translation>
    </message>
    <message>
        <source>What to tell IT: the vault %1 is damaged; Intake Companion&apos;s check found the damage and nothing was written to it. Ask them to check the laptop&apos;s disk, and to keep the vault and its key file %2 aside: with the recovery key an expert may save more of it.</source>
        <translation>Wat je aan IT zegt: de kluis %1 is beschadigd; de controle van Intake Companion vond de schade en er is niets in geschreven. Vraag hen de schijf van de laptop na te kijken en de kluis en haar sleutelbestand %2 apart te bewaren: met de herstelsleutel kan een expert er misschien meer uit redden.</translation>
    </message>
    <message>
        <source>&amp;Back to the unlock screen</source>
        <translation>&amp;Terug naar het ontgrendelscherm</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>The check finds no damage in the file now; a read failed all the same. Unlock again; if this comes back, restore a backup.</source>
        <translation>De controle vindt nu geen schade in het bestand; toch mislukte het lezen. Ontgrendel opnieuw; komt dit terug, zet dan een reservekopie terug.</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Calendar (Alt+Down or F4)</source>
        <translation>Kalender (Alt+Pijl omlaag of F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>De kalender openen</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Hier hoort een datum.</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Cliënt wissen</translation>
    </message>
    <message>
        <source>Erase this client and everything recorded about them?</source>
        <translation>Deze cliënt wissen, met alles wat over hem of haar is vastgelegd?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), with their checklists</source>
        <translation>
            <numerusform>%n gesprek, met de checklist</numerusform>
            <numerusform>%n gesprekken, met hun checklists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) (shared or internal)</source>
        <translation>
            <numerusform>%n notitie (gedeeld of intern)</numerusform>
            <numerusform>%n notities (gedeelde en interne)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on checklist points</source>
        <translation>
            <numerusform>%n notitie bij een checklistpunt</numerusform>
            <numerusform>%n notities bij checklistpunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s)</source>
        <translation>
            <numerusform>%n kleine stap</numerusform>
            <numerusform>%n kleine stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s), with their history</source>
        <translation>
            <numerusform>%n toestemming, met de geschiedenis</numerusform>
            <numerusform>%n toestemmingen, met hun geschiedenis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) kept as handed over</source>
        <translation>
            <numerusform>%n bewaard verslag zoals meegegeven</numerusform>
            <numerusform>%n bewaarde verslagen zoals meegegeven</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Wat gewist wordt</translation>
    </message>
    <message>
        <source>They are erased from the vault for good; this cannot be undone. Sheets already printed or saved as PDF are not affected.</source>
        <translation>Ze worden voorgoed uit de kluis gewist; dat kan niet ongedaan worden gemaakt. Verslagen die al afgedrukt of als pdf bewaard zijn, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>What erasing does not reach</source>
        <translation>Wat het wissen niet bereikt</translation>
    </message>
    <message>
        <source>&amp;Erase client</source>
        <translation>Cliënt &amp;wissen</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Cliënt wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EarlierStepRow</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>Stand van: %1</translation>
    </message>
</context>
<context>
    <name>ElapsedClock</name>
    <message>
        <source>Open since %1</source>
        <translation>Open sinds %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <source>Duration %1:%2</source>
        <translation>Duur %1:%2</translation>
    </message>
    <message>
        <source>%1 minutes since the start of the conversation</source>
        <translation>%1 minuten sinds het begin van het gesprek</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <source>The name is a &amp;pseudonym the client chose</source>
        <translation>De naam is een sch&amp;uilnaam die de cliënt koos</translation>
    </message>
    <message>
        <source>The name is a pseudonym</source>
        <translation>De naam is een schuilnaam</translation>
    </message>
    <message>
        <source>Taken over from</source>
        <translation>Overgenomen van</translation>
    </message>
    <message>
        <source>What left the vault</source>
        <translation>Wat de kluis verliet</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Niet wissen</translation>
    </message>
    <message>
        <source>Why the file may not be erased</source>
        <translation>Waarom het dossier niet gewist mag worden</translation>
    </message>
    <message>
        <source>Put the file on hold: do not erase</source>
        <translation>Het dossier vastzetten: niet wissen</translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation>Niet-wissen opheffen</translation>
    </message>
    <message>
        <source>Cop&amp;y of the file...</source>
        <translation>Kopie van het dossier &amp;maken…</translation>
    </message>
    <message>
        <source>Make a copy of the file for the client</source>
        <translation>Maak een kopie van het dossier voor de cliënt</translation>
    </message>
    <message>
        <source>Hand the client over to a colleague</source>
        <translation>De cliënt overdragen aan een collega</translation>
    </message>
    <message>
        <source>Who received the client&apos;s infor&amp;mation?</source>
        <translation>Wi&amp;e kreeg gegevens van de cliënt?</translation>
    </message>
    <message>
        <source>Do no&amp;t erase</source>
        <translation>Niet wi&amp;ssen</translation>
    </message>
    <message>
        <source>&amp;Undo the hold</source>
        <translation>Niet-wissen o&amp;pheffen</translation>
    </message>
    <message>
        <source>H&amp;and over...</source>
        <translation>Over&amp;dragen…</translation>
    </message>
    <message>
        <source>Arch&amp;ive, then erase...</source>
        <translation>&amp;Archiveren, dan wissen…</translation>
    </message>
    <message>
        <source>Write a complete copy for the archive, then erase the client</source>
        <translation>Schrijf een volledige kopie voor het archief en wis dan de cliënt</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Taken over from %1: handed over on %2, taken over on %3.</source>
        <translation>Overgenomen van %1: overgedragen op %2, overgenomen op %3.</translation>
    </message>
    <message>
        <source>Nothing has left the vault yet.</source>
        <translation>Er ging nog niets uit de kluis.</translation>
    </message>
    <message>
        <source>No hold: the file may be erased.</source>
        <translation>Het dossier is niet vastgezet: het mag gewist worden.</translation>
    </message>
    <message>
        <source>On hold since %1, do not erase: %2</source>
        <translation>Sinds %1 niet wissen: %2</translation>
    </message>
    <message>
        <source>%1: the sheet of the conversation of %2, printed</source>
        <translation>%1: het verslag van het gesprek van %2, afgedrukt</translation>
    </message>
    <message>
        <source>%1: the sheet of the conversation of %2, saved as PDF</source>
        <translation>%1: het verslag van het gesprek van %2, bewaard als PDF</translation>
    </message>
    <message>
        <source>%1: a copy of the file for %2</source>
        <translation>%1: een kopie van het dossier voor %2</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>de cliënt</translation>
    </message>
    <message>
        <source>%1: handed over to %2, with your own notes</source>
        <translation>%1: overgedragen aan %2, met je eigen notities</translation>
    </message>
    <message>
        <source>%1: handed over to %2, without your own notes</source>
        <translation>%1: overgedragen aan %2, zonder je eigen notities</translation>
    </message>
    <message>
        <source>%1: handed over to %2</source>
        <translation>%1: overgedragen aan %2</translation>
    </message>
    <message>
        <source>%1: a backup of the whole vault (encrypted)</source>
        <translation>%1: een reservekopie van de hele kluis (versleuteld)</translation>
    </message>
    <message>
        <source>%1; the PDF for the client about the handover: %2</source>
        <translation>%1; de pdf voor de cliënt over de overdracht: %2</translation>
    </message>
    <message>
        <source>%1 — consent withdrawn afterwards, on %2</source>
        <translation>%1 — toestemming daarna ingetrokken, op %2</translation>
    </message>
    <message>
        <source>Say why the file may not be erased.</source>
        <translation>Zeg waarom het dossier niet gewist mag worden.</translation>
    </message>
    <message>
        <source>The file is on hold: it cannot be erased.</source>
        <translation>Het dossier staat op niet wissen: het kan niet gewist worden.</translation>
    </message>
    <message>
        <source>The hold is lifted.</source>
        <translation>Niet-wissen is opgeheven.</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <source>OneDrive keeps that folder in step with the cloud: the file, not encrypted, is copied there too. Delete it there once it is handed over, or save it elsewhere.</source>
        <translation>OneDrive houdt die map gelijk met de cloud: het bestand, niet versleuteld, komt daar ook terecht. Verwijder het daar zodra het overhandigd is, of bewaar het ergens anders.</translation>
    </message>
</context>
<context>
    <name>FinishedBanner</name>
    <message>
        <source>Reopen to correct</source>
        <translation>Heropenen om te verbeteren</translation>
    </message>
    <message>
        <source>Reopen this conversation to correct it</source>
        <translation>Dit gesprek heropenen om het te verbeteren</translation>
    </message>
    <message>
        <source>✓ This conversation was finished on %1. It is shown as it was kept; reopen it to correct something.</source>
        <translation>✓ Dit gesprek is afgerond op %1. Het staat hier zoals het bewaard is; heropen het om iets te verbeteren.</translation>
    </message>
</context>
<context>
    <name>GuideFilesEditor</name>
    <message>
        <source>Add...</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add a guide file</source>
        <translation>Een gidsbestand toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the chosen guide file</source>
        <translation>Het gekozen gidsbestand weghalen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>This guide cannot be used yet: %1</source>
        <translation>Deze gids kan nog niet gebruikt worden: %1</translation>
    </message>
    <message>
        <source>The guide is in order and was added.</source>
        <translation>De gids is in orde en is toegevoegd.</translation>
    </message>
    <message>
        <source>Choose a guide file</source>
        <translation>Kies een gidsbestand</translation>
    </message>
    <message>
        <source>Guides (*.toml)</source>
        <translation>Gidsen (*.toml)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the client over</source>
        <translation>Cliënt overdragen</translation>
    </message>
    <message>
        <source>The client&apos;s records go into one encrypted file for the new coach, with the client&apos;s consent. Pass the file and the transfer code on in two different ways: the file on a stick or by mail, the code by phone or on paper.</source>
        <translation>De gegevens van de cliënt gaan in één versleuteld bestand voor de nieuwe coach, met de toestemming van de cliënt. Geef het bestand en de overdrachtscode op twee verschillende manieren door: het bestand op een stick of per mail, de code via de telefoon of op papier.</translation>
    </message>
    <message>
        <source>Consent for the handover</source>
        <translation>Toestemming voor de overdracht</translation>
    </message>
    <message>
        <source>%1 (consent of %2)</source>
        <translation>%1 (toestemming van %2)</translation>
    </message>
    <message>
        <source>Choose the client&apos;s consent for it</source>
        <translation>Kies de toestemming van de cliënt hiervoor</translation>
    </message>
    <message numerus="yes">
        <source>Do not pass on my own &amp;notes (%n internal notes and notes on checklist points)</source>
        <translation>
            <numerusform>&amp;Mijn eigen notities niet meegeven (%n interne notitie of notitie bij een punt)</numerusform>
            <numerusform>&amp;Mijn eigen notities niet meegeven (%n interne notities en notities bij punten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not pass on my own notes</source>
        <translation>Mijn eigen notities niet meegeven</translation>
    </message>
    <message>
        <source>I &amp;checked that the client&apos;s consent covers what goes along</source>
        <translation>Ik heb na&amp;gekeken dat de toestemming van de cliënt dekt wat meegaat</translation>
    </message>
    <message>
        <source>The consent covers what goes along</source>
        <translation>De toestemming dekt wat meegaat</translation>
    </message>
    <message>
        <source>handover-%1</source>
        <translation>overdracht-%1</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the handover file</source>
        <translation>Kies het overdrachtsbestand</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>Overdrachtscode</translation>
    </message>
    <message>
        <source>Also write the client&apos;s &amp;sheet “Your new coach” (PDF)</source>
        <translation>Ook het blad voor de &amp;cliënt schrijven: “Je nieuwe coach” (PDF)</translation>
    </message>
    <message>
        <source>Who the new coach is and how to reach them</source>
        <translation>Wie de nieuwe coach is en hoe je die bereikt</translation>
    </message>
    <message>
        <source>Name, service, phone, email, when</source>
        <translation>Naam, dienst, telefoon, e-mail, wanneer</translation>
    </message>
    <message>
        <source>Also write the client&apos;s sheet</source>
        <translation>Ook het blad voor de cliënt schrijven</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Aan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Reach the new coach</source>
        <translation>&amp;Nieuwe coach bereiken</translation>
    </message>
    <message>
        <source>&amp;Write handover file</source>
        <translation>Overdrachtsbestand &amp;schrijven</translation>
    </message>
    <message>
        <source>&amp;Erase the client here...</source>
        <translation>Cliënt hier &amp;wissen…</translation>
    </message>
    <message>
        <source>This client has no consent in force for a handover. Record the client&apos;s consent first, in a conversation (to whom, what, why).</source>
        <translation>Deze cliënt heeft geen geldende toestemming voor een overdracht. Noteer eerst de toestemming van de cliënt, in een gesprek (aan wie, wat, waarom).</translation>
    </message>
    <message>
        <source>What the client agreed to pass on: “%1”. Why: “%2”.</source>
        <translation>Wat de cliënt toestond door te geven: “%1”. Waarom: “%2”.</translation>
    </message>
    <message>
        <source>Where should the handover file go?</source>
        <translation>Waar moet het overdrachtsbestand komen?</translation>
    </message>
    <message>
        <source>This consent is no longer in force.</source>
        <translation>Deze toestemming geldt niet meer.</translation>
    </message>
    <message>
        <source>A file with this name already exists there. Choose another name.</source>
        <translation>Daar staat al een bestand met deze naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another place.</source>
        <translation>Het bestand kon daar niet geschreven worden. Kies een andere plaats.</translation>
    </message>
    <message>
        <source>Handover file written: %1. Give the new coach the transfer code above by phone or on paper, never with the file. The handover is recorded; the client is still in this vault until you erase them.</source>
        <translation>Overdrachtsbestand geschreven: %1. Geef de nieuwe coach de overdrachtscode hierboven via de telefoon of op papier, nooit samen met het bestand. De overdracht is genoteerd; de cliënt staat nog in deze kluis tot je hem of haar wist.</translation>
    </message>
    <message>
        <source>The client&apos;s sheet (not encrypted, for the client): %1.</source>
        <translation>Het blad voor de cliënt (niet versleuteld, voor de cliënt): %1.</translation>
    </message>
    <message>
        <source>Your own notes (internal notes and notes on checklist points) went along in the handover file.</source>
        <translation>Je eigen notities (interne notities en notities bij punten) gingen mee in het overdrachtsbestand.</translation>
    </message>
    <message>
        <source>Your own notes stayed here: they are not in the handover file.</source>
        <translation>Je eigen notities bleven hier: ze staan niet in het overdrachtsbestand.</translation>
    </message>
    <message>
        <source>%1-client-sheet</source>
        <translation>%1-blad-voor-de-client</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Press any key or move the mouse to keep working.</source>
        <translation>Druk op een toets of beweeg de muis om verder te werken.</translation>
    </message>
    <message>
        <source>Lock warning</source>
        <translation>Waarschuwing: vergrendeling</translation>
    </message>
    <message numerus="yes">
        <source>The program locks in %n second(s).</source>
        <translation>
            <numerusform>Het programma vergrendelt over %n seconde.</numerusform>
            <numerusform>Het programma vergrendelt over %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>Gedaan (spatie)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N.v.t.</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>Niet van toepassing (N)</translation>
    </message>
    <message>
        <source>Why, and an example sentence (F1)</source>
        <translation>Waarom, en een voorbeeldzin (F1)</translation>
    </message>
    <message>
        <source>Why this item matters</source>
        <translation>Waarom dit punt belangrijk is</translation>
    </message>
    <message>
        <source>Internal note on this item, not on the sheet (Enter)</source>
        <translation>Interne notitie bij dit punt, niet op het verslag (Enter)</translation>
    </message>
    <message>
        <source>Internal note on: %1</source>
        <translation>Interne notitie bij: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>Item: %1, %2</source>
        <translation>Punt: %1, %2</translation>
    </message>
    <message>
        <source>%1. Space: done, N: not applicable, Enter: note.</source>
        <translation>%1. Spatie: gedaan, N: niet van toepassing, Enter: notitie.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>LeftOpenBand</name>
    <message>
        <source>This conversation was left open since %1. Its last change was on %2: finish it at that moment, or keep it open.</source>
        <translation>Dit gesprek staat open sinds %1. De laatste wijziging was op %2: rond het af op dat moment, of laat het open.</translation>
    </message>
    <message>
        <source>Finishing records the appointment of %1 as kept: it was held then.</source>
        <translation>Afronden noteert de afspraak van %1 als nagekomen: het gesprek vond toen plaats.</translation>
    </message>
    <message>
        <source>Finish at %1</source>
        <translation>Afronden op %1</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
</context>
<context>
    <name>LongSheetQuestion</name>
    <message>
        <source>A long sheet</source>
        <translation>Een lang verslag</translation>
    </message>
    <message numerus="yes">
        <source>This sheet is %n page(s) long.</source>
        <translation>
            <numerusform>Dit verslag is %n pagina lang.</numerusform>
            <numerusform>Dit verslag is %n pagina&apos;s lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all of it, or go back and look at the preview first.</source>
        <translation>Alles afdrukken, of terug en eerst het voorbeeld bekijken.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n page(s)</source>
        <translation>
            <numerusform>%n pagina afdrukken</numerusform>
            <numerusform>%n pagina&apos;s afdrukken</numerusform>
        </translation>
    </message>
    <message>
        <source>Save all of it, or go back and look at the preview first.</source>
        <translation>Alles bewaren, of terug en eerst het voorbeeld bekijken.</translation>
    </message>
    <message numerus="yes">
        <source>Save %n page(s) as PDF</source>
        <translation>
            <numerusform>%n pagina als pdf bewaren</numerusform>
            <numerusform>%n pagina&apos;s als pdf bewaren</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New intake...</source>
        <translation>&amp;Nieuwe intake…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Cliënt &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Overview of the week</source>
        <translation>&amp;Overzicht van de week</translation>
    </message>
    <message>
        <source>Start &amp;follow-up</source>
        <translation>&amp;Vervolggesprek starten</translation>
    </message>
    <message>
        <source>&amp;Back to the client</source>
        <translation>&amp;Terug naar de cliënt</translation>
    </message>
    <message>
        <source>&amp;Sheet for the client...</source>
        <translation>&amp;Verslag voor de cliënt…</translation>
    </message>
    <message>
        <source>&amp;Delete client...</source>
        <translation>Cliënt &amp;wissen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Your &amp;details...</source>
        <translation>Je &amp;gegevens…</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Intake Companion</source>
        <translation>&amp;Over Intake Companion</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>In&amp;zoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>(en nog %n probleem in dit bestand)</numerusform>
            <numerusform>(en nog %n problemen in dit bestand)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) of your organisation could not be used: %1</source>
        <translation>
            <numerusform>%n gidsbestand van je organisatie kon niet gebruikt worden: %1</numerusform>
            <numerusform>%n gidsbestanden van je organisatie konden niet gebruikt worden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the settings file is open in another program</source>
        <translation>het bestand met de instellingen is open in een ander programma</translation>
    </message>
    <message>
        <source>This window opens the restored vault now, but the program could not remember it (%1): the next start opens your usual vault again.</source>
        <translation>Dit venster opent de teruggezette kluis nu, maar het programma kon dat niet onthouden (%1): bij de volgende start opent weer je gewone kluis.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>e.g. 9/3 or next Tuesday</source>
        <translation>bv. 9/3 of volgende dinsdag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>e.g. 14u30</source>
        <translation>bv. 14u30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uur</translation>
    </message>
</context>
<context>
    <name>NewIntakeField</name>
    <message>
        <source>Guide for the conversation</source>
        <translation>Gids voor het gesprek</translation>
    </message>
    <message>
        <source>Name or pseudonym of the new client</source>
        <translation>Naam of schuilnaam van de nieuwe cliënt</translation>
    </message>
    <message>
        <source>The client &amp;gave a pseudonym</source>
        <translation>Dit is een schui&amp;lnaam</translation>
    </message>
    <message>
        <source>The name is a pseudonym</source>
        <translation>De naam is een schuilnaam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the intake</source>
        <translation>De intake starten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Type a name or a pseudonym first; initials are fine too.</source>
        <translation>Typ eerst een naam of een schuilnaam; initialen mogen ook.</translation>
    </message>
</context>
<context>
    <name>NewKeyOfferPage</name>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Een nieuwe herstelsleutel maken?</translation>
    </message>
    <message>
        <source>The program was locked while your recovery key was on the screen, before you confirmed that you kept it. To be sure you have a recovery key that works, make a new one now, then print or save it. The old one then no longer opens this vault.</source>
        <translation>Het programma werd vergrendeld terwijl je herstelsleutel op het scherm stond, voordat je bevestigde dat je hem bewaard had. Maak nu een nieuwe, en druk hem af of bewaar hem, zodat je zeker een herstelsleutel hebt die werkt. De oude opent deze kluis daarna niet meer.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Not now: ask again at the next unlock</source>
        <translation>Niet nu: vraag het opnieuw bij het volgende ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>Nieuwe herstelsleutel &amp;maken</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Nieuwe herstelsleutel maken</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Er wordt een nieuwe herstelsleutel gemaakt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Making a new recovery key; this can take a little while...</source>
        <translation>Er wordt een nieuwe herstelsleutel gemaakt; dat kan even duren…</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>The vault is open with the recovery key. Choose a new passphrase for the next times. Your recovery key stays the same and keeps working.</source>
        <translation>De kluis is open met de herstelsleutel. Kies een nieuwe wachtwoordzin voor de volgende keren. Je herstelsleutel blijft dezelfde en blijft werken.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Not now: keep using the recovery key</source>
        <translation>Niet nu: de herstelsleutel blijven gebruiken</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Wachtwoordzin instellen</translation>
    </message>
    <message>
        <source>Saving the new passphrase</source>
        <translation>De nieuwe wachtwoordzin wordt bewaard</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Saving the new passphrase...</source>
        <translation>De nieuwe wachtwoordzin wordt bewaard…</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have now. After this, your current recovery key no longer opens this vault. Backups made before now keep the key they had: keep the old recovery key as long as you keep those backups.

The new key is shown once: print it or save it, away from this laptop. Your passphrase stays the same.</source>
        <translation>Een nieuwe herstelsleutel vervangt de sleutel die je nu hebt. Daarna opent je huidige herstelsleutel deze kluis niet meer. Reservekopieën van vóór nu houden de sleutel die ze hadden: bewaar de oude herstelsleutel zolang je die reservekopieën bewaart.

De nieuwe sleutel wordt één keer getoond: druk hem af of bewaar hem, ergens anders dan op deze laptop. Je wachtwoordzin blijft dezelfde.</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Er wordt een nieuwe herstelsleutel gemaakt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>Nieuwe herstelsleutel &amp;maken</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Nieuwe herstelsleutel maken</translation>
    </message>
    <message>
        <source>The vault was opened with its recovery key and has no passphrase yet. Choose one first under Vault &gt; Change passphrase.</source>
        <translation>De kluis werd geopend met de herstelsleutel en heeft nog geen wachtwoordzin. Kies er eerst een via Kluis &gt; Wachtwoordzin wijzigen.</translation>
    </message>
    <message>
        <source>Making a new recovery key; this can take a little while...</source>
        <translation>Er wordt een nieuwe herstelsleutel gemaakt; dat kan even duren…</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Type the note here</source>
        <translation>Typ hier de notitie</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Klik nog eens om te verwijderen</translation>
    </message>
    <message>
        <source>Delete note %1</source>
        <translation>Notitie %1 verwijderen</translation>
    </message>
    <message>
        <source>NOT RECORDED: at the client&apos;s request</source>
        <translation>NIET GENOTEERD: op vraag van de cliënt</translation>
    </message>
    <message>
        <source>Nothing is written here. Typing makes this an internal note.</source>
        <translation>Hier staat niets. Wat je typt, wordt een interne notitie.</translation>
    </message>
    <message>
        <source>not recorded, at the client&apos;s request</source>
        <translation>niet genoteerd, op vraag van de cliënt</translation>
    </message>
    <message>
        <source>SHARED: goes on the client&apos;s sheet</source>
        <translation>GEDEELD: komt op het verslag voor de cliënt</translation>
    </message>
    <message>
        <source>Make internal</source>
        <translation>Intern maken</translation>
    </message>
    <message>
        <source>shared with the client</source>
        <translation>gedeeld met de cliënt</translation>
    </message>
    <message>
        <source>INTERNAL: not on the sheet</source>
        <translation>INTERN: niet op het verslag</translation>
    </message>
    <message>
        <source>Share with client</source>
        <translation>Delen met cliënt</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>%1 (note %2 is now %3)</source>
        <translation>%1 (notitie %2 is nu %3)</translation>
    </message>
    <message>
        <source>Note %1, %2</source>
        <translation>Notitie %1, %2</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>New note (Ctrl+Shift+N)</source>
        <translation>Nieuwe notitie (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Not recorded, at the client&apos;s request</source>
        <translation>Niet genoteerd, op vraag van de cliënt</translation>
    </message>
    <message>
        <source>Place the marker: not recorded, at the client&apos;s request</source>
        <translation>Markering plaatsen: niet genoteerd, op vraag van de cliënt</translation>
    </message>
</context>
<context>
    <name>OutcomeButton</name>
    <message>
        <source>Mar&amp;k how it went...</source>
        <translation>A&amp;floop noteren…</translation>
    </message>
    <message>
        <source>How the appointment went</source>
        <translation>Hoe de afspraak liep</translation>
    </message>
    <message>
        <source>Record how the appointment went</source>
        <translation>Noteren hoe de afspraak liep</translation>
    </message>
    <message>
        <source>Record how the appointment of %1 went</source>
        <translation>Noteren hoe de afspraak van %1 liep</translation>
    </message>
    <message>
        <source>Kept: open the conversation held at it...</source>
        <translation>Nagekomen: het gesprek van toen openen…</translation>
    </message>
    <message>
        <source>Kept: start the follow-up conversation...</source>
        <translation>Nagekomen: het vervolggesprek starten…</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Moved appointment</source>
        <translation>Verzette afspraak</translation>
    </message>
    <message>
        <source>The appointment of %1 is moved to:</source>
        <translation>De afspraak van %1 is verzet naar:</translation>
    </message>
</context>
<context>
    <name>OutcomeRow</name>
    <message>
        <source>Appointment of %1: not yet recorded whether it took place</source>
        <translation>Afspraak van %1: nog niet genoteerd of ze doorging</translation>
    </message>
    <message>
        <source>Plan the next appointment...</source>
        <translation>Volgende afspraak plannen…</translation>
    </message>
    <message>
        <source>Plan the next appointment without a conversation</source>
        <translation>De volgende afspraak plannen zonder gesprek</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Take back: the appointment of %1</source>
        <translation>Terugnemen: de afspraak van %1</translation>
    </message>
    <message>
        <source>Take back the next appointment planned for %1</source>
        <translation>De volgende afspraak op %1 terugnemen</translation>
    </message>
    <message>
        <source>Take back: %1</source>
        <translation>Terugnemen: %1</translation>
    </message>
    <message>
        <source>Take back the outcome of the appointment of %1: %2</source>
        <translation>Terugnemen wat genoteerd is voor de afspraak van %1: %2</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>When is the next appointment?</source>
        <translation>Wanneer is de volgende afspraak?</translation>
    </message>
    <message>
        <source>The next appointment is on %1.</source>
        <translation>De volgende afspraak is op %1.</translation>
    </message>
    <message>
        <source>Recorded for the appointment of %1: %2.</source>
        <translation>Genoteerd voor de afspraak van %1: %2.</translation>
    </message>
    <message>
        <source>%1 The next appointment is on %2.</source>
        <translation>%1 De volgende afspraak is op %2.</translation>
    </message>
    <message>
        <source>Taken back: no appointment on %1.</source>
        <translation>Teruggenomen: geen afspraak op %1.</translation>
    </message>
    <message>
        <source>Taken back: the appointment of %1 has no outcome recorded.</source>
        <translation>Teruggenomen: voor de afspraak van %1 is niets genoteerd.</translation>
    </message>
    <message>
        <source>Missed can only be recorded once the appointment has begun.</source>
        <translation>Gemist kan pas genoteerd worden als de afspraak begonnen is.</translation>
    </message>
    <message>
        <source>A conversation was held at this appointment: it took place. Open that conversation to say how it went.</source>
        <translation>Op deze afspraak werd een gesprek gevoerd: de afspraak ging door. Open dat gesprek om te noteren hoe ze verliep.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Moved by the client</source>
        <translation>Verzet door de cliënt</translation>
    </message>
    <message>
        <source>Moved by the coach</source>
        <translation>Verzet door de coach</translation>
    </message>
    <message>
        <source>Missed by the client</source>
        <translation>Gemist door de cliënt</translation>
    </message>
    <message>
        <source>Missed by the coach</source>
        <translation>Gemist door de coach</translation>
    </message>
    <message>
        <source>Cancelled by the client</source>
        <translation>Afgezegd door de cliënt</translation>
    </message>
    <message>
        <source>Cancelled by the coach</source>
        <translation>Afgezegd door de coach</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Your overview</source>
        <translation>Je overzicht</translation>
    </message>
    <message>
        <source>Your overview: appointments, promises, steps</source>
        <translation>Je overzicht: afspraken, beloftes, stappen</translation>
    </message>
    <message>
        <source>%1 (the first %2)</source>
        <translation>%1 (de eerste %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Niets.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>The coming days</source>
        <translation>De komende dagen</translation>
    </message>
    <message>
        <source>Your promises, due this week or overdue</source>
        <translation>Je beloftes, deze week te doen of over tijd</translation>
    </message>
    <message>
        <source>Clients&apos; steps past their date</source>
        <translation>Stappen van cliënten over tijd</translation>
    </message>
    <message>
        <source>Consents that end within 30 days</source>
        <translation>Toestemmingen die binnen 30 dagen aflopen</translation>
    </message>
    <message>
        <source>Consents to look at again within 30 days</source>
        <translation>Toestemmingen om binnen 30 dagen opnieuw te bekijken</translation>
    </message>
    <message>
        <source>%1, look again on %2</source>
        <translation>%1, opnieuw bekijken op %2</translation>
    </message>
    <message>
        <source>Consents not asked yet</source>
        <translation>Toestemmingen nog niet gevraagd</translation>
    </message>
    <message>
        <source>Files due for review (keeping period over)</source>
        <translation>Dossiers om na te kijken (bewaartermijn voorbij)</translation>
    </message>
    <message>
        <source>The past week: how did these appointments go?</source>
        <translation>De voorbije week: hoe liepen deze afspraken?</translation>
    </message>
    <message>
        <source>Enter opens the client of the line. On an appointment, the Menu key (or Shift+F10) records how it went.</source>
        <translation>Enter opent de cliënt van de regel. Bij een afspraak noteert de menutoets (of Shift+F10) hoe ze liep.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Aan %1: %2</translation>
    </message>
    <message>
        <source>%1, ask by %2</source>
        <translation>%1, vragen tegen %2</translation>
    </message>
    <message>
        <source>last conversation (or start of the file) on %1, for review since %2</source>
        <translation>laatste gesprek (of begin van het dossier) op %1, na te kijken sinds %2</translation>
    </message>
    <message>
        <source>%1; on hold: %2</source>
        <translation>%1; niet wissen: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtwoordzin nog eens</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Do the passphrases match</source>
        <translation>Zijn beide wachtwoordzinnen gelijk</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>W&amp;achtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Nog &amp;eens</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words make a strong passphrase that is easy to remember, for example four or five words with spaces.</source>
        <translation>Tip: een paar woorden die niets met elkaar te maken hebben, vormen een sterke wachtwoordzin die je makkelijk onthoudt, bijvoorbeeld vier of vijf woorden met spaties.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Typ de wachtwoordzin een tweede keer.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Beide zijn gelijk.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Phases of the conversation</source>
        <translation>Fasen van het gesprek</translation>
    </message>
    <message>
        <source>%1%2. %3
%4 of %5 settled</source>
        <translation>%1%2. %3
%4 van %5 afgehandeld</translation>
    </message>
    <message>
        <source>Phase %1: %2, %3 of %4 items settled</source>
        <translation>Fase %1: %2, %3 van %4 punten afgehandeld</translation>
    </message>
    <message>
        <source>%1%2. %3</source>
        <translation>%1%2. %3</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>Your details are saved.</source>
        <translation>Je gegevens zijn bewaard.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>For example: Monday to Thursday, 9 to 12</source>
        <translation>Bijvoorbeeld: maandag tot donderdag, van 9 tot 12 uur</translation>
    </message>
    <message>
        <source>For example: I do not answer messages in the evening or at weekends.</source>
        <translation>Bijvoorbeeld: ik beantwoord geen berichten &apos;s avonds of in het weekend.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;When reachable</source>
        <translation>Wanneer be&amp;reikbaar</translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation>&amp;Grenzen</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <source>The sheet you give your client says who you are and how and when to reach you. You can change this later under Edit &gt; Your details.</source>
        <translation>Het verslag dat je aan je cliënt meegeeft, zegt wie je bent en hoe en wanneer je bereikbaar bent. Je kunt dit later wijzigen via Bewerken &gt; Je gegevens.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Bew&amp;aren en beginnen</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Bewaren en beginnen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Fill in your details later</source>
        <translation>Je gegevens later invullen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Not everything is saved</source>
        <translation>Niet alles is opgeslagen</translation>
    </message>
    <message>
        <source>The disk refused to save changes (number of changes: %1). If you quit now, they are lost.</source>
        <translation>De schijf weigerde wijzigingen op te slaan (aantal wijzigingen: %1). Als je nu afsluit, gaan ze verloren.</translation>
    </message>
    <message>
        <source>Stay, make room on the disk or check the folder, and saving retries.</source>
        <translation>Blijf, maak plaats vrij op de schijf of controleer de map; het opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Afsluiten en ze verliezen</translation>
    </message>
    <message>
        <source>A consent is filled in that is not recorded yet. If you quit now, it is lost.</source>
        <translation>Er staat een toestemming die nog niet is vastgelegd. Als je nu afsluit, gaat ze verloren.</translation>
    </message>
    <message>
        <source>The reason to keep a file from being erased is typed but not recorded yet (Do not erase). If you quit now, it is lost.</source>
        <translation>De reden om een dossier niet te wissen is getypt maar nog niet vastgelegd (Niet wissen). Als je nu afsluit, gaat ze verloren.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1. If you quit now, it is lost.</source>
        <translation>Nog niet vastgelegd: %1. Als je nu afsluit, gaat het verloren.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Record and quit</source>
        <translation>Vastleggen en afsluiten</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder invullen</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation>Weggooien en afsluiten</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Openen met de herstelsleutel</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you made the vault. Dashes, spaces and small letters do not matter. Afterwards you can choose a new passphrase.</source>
        <translation>Typ de herstelsleutel die je hebt afgedrukt of bewaard toen je de kluis maakte. Streepjes, spaties en kleine letters maken niet uit. Daarna kun je een nieuwe wachtwoordzin kiezen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Terug naar de wachtwoordzin</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Typ eerst de herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your notes. Nobody else can give it back. Print it or save it, and keep it somewhere safe, away from this laptop. It is shown only now.</source>
        <translation>Vergeet je je wachtwoordzin, dan is deze sleutel de enige manier om je notities te openen. Niemand anders kan hem je teruggeven. Druk hem af of bewaar hem, en leg hem op een veilige plek, niet bij deze laptop. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>De herstelsleutel afdrukken</translation>
    </message>
    <message>
        <source>&amp;Save as text...</source>
        <translation>Als &amp;tekst bewaren…</translation>
    </message>
    <message>
        <source>Save the recovery key as a text file</source>
        <translation>De herstelsleutel als tekstbestand bewaren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery key in a safe place</source>
        <translation>Ik heb de herstelsleutel op een veilige &amp;plek bewaard</translation>
    </message>
    <message>
        <source>I have kept the recovery key in a safe place</source>
        <translation>Ik heb de herstelsleutel op een veilige plek bewaard</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Intake Companion: recovery key</source>
        <translation>Intake Companion: herstelsleutel</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Gemaakt op %1.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep it safe, away from the laptop; anyone who has it and the vault can read the notes.</source>
        <translation>Deze sleutel opent je kluis als je je wachtwoordzin vergeet. Bewaar hem veilig, niet bij de laptop: wie hem heeft én de kluis, kan de notities lezen.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>De herstelsleutel is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>De herstelsleutel bewaren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>intake-companion-recovery-key.txt</source>
        <translation>intake-companion-herstelsleutel.txt</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another place.</source>
        <translation>Het bestand kon niet worden weggeschreven (%1). Kies een andere plek.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Bewaard in %1.</translation>
    </message>
    <message>
        <source>Saved to %1. That folder is on this laptop: whoever has the laptop then has the key too. Copy the file to a USB stick or print it, keep that away from the laptop, and delete the file here.</source>
        <translation>Bewaard in %1. Die map staat op deze laptop: wie de laptop heeft, heeft dan ook de sleutel. Kopieer het bestand naar een USB-stick of druk het af, bewaar dat niet bij de laptop, en wis het bestand hier.</translation>
    </message>
</context>
<context>
    <name>RequestCard</name>
    <message>
        <source>Not asked yet — to %1</source>
        <translation>Nog niet gevraagd — aan %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informatie: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Ask by %1</source>
        <translation>Vragen tegen %1</translation>
    </message>
    <message>
        <source>Record the client&apos;s answer above, to the same recipient.</source>
        <translation>Noteer het antwoord van de cliënt hierboven, aan dezelfde ontvanger.</translation>
    </message>
    <message>
        <source>Not asking after all</source>
        <translation>Toch niet vragen</translation>
    </message>
    <message>
        <source>Click again to remove the note</source>
        <translation>Klik nog eens om de notitie te verwijderen</translation>
    </message>
    <message>
        <source>Not asking the consent to %1 after all</source>
        <translation>De toestemming aan %1 toch niet vragen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>The backup is checked first, then a new vault is made from it. An existing vault is never overwritten.</source>
        <translation>De reservekopie wordt eerst nagekeken; daarna wordt er een nieuwe kluis van gemaakt. Een bestaande kluis wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Bestand van de reservekopie</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <source>With the passphrase of the backup</source>
        <translation>Met de wachtwoordzin van de reservekopie</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>Met de herstelsleutel</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtwoordzin van de reservekopie</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtwoordzin nog eens</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Erase again the clients erased here</source>
        <translation>Hier gewiste cliënten opnieuw wissen</translation>
    </message>
    <message>
        <source>Checking and restoring the backup</source>
        <translation>De reservekopie wordt nagekeken en teruggezet</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Open the new vault in this window</source>
        <translation>De nieuwe kluis in dit venster &amp;openen</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Kiezen: %1</translation>
    </message>
    <message>
        <source>Which backup?</source>
        <translation>Welke reservekopie?</translation>
    </message>
    <message>
        <source>Intake Companion backups (*%1);;All files (*)</source>
        <translation>Reservekopieën van Intake Companion (*%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Where should the new vault go?</source>
        <translation>Waar moet de nieuwe kluis komen?</translation>
    </message>
    <message>
        <source>Choose the backup file and the new vault.</source>
        <translation>Kies het bestand van de reservekopie en de nieuwe kluis.</translation>
    </message>
    <message>
        <source>A vault already exists there. It has not been changed; choose a new place.</source>
        <translation>Daar staat al een kluis. Ze is niet veranderd; kies een nieuwe plek.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Fill in the passphrase or the recovery key.</source>
        <translation>Vul de wachtwoordzin of de herstelsleutel in.</translation>
    </message>
    <message>
        <source>The backup was checked and restored into a new vault: %1</source>
        <translation>De reservekopie is nagekeken en teruggezet in een nieuwe kluis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased in this vault came back with the backup and were erased again in the new vault.</source>
        <translation>
            <numerusform>%n cliënt die in deze kluis gewist was, kwam terug met de reservekopie en is in de nieuwe kluis opnieuw gewist.</numerusform>
            <numerusform>%n cliënten die in deze kluis gewist waren, kwamen terug met de reservekopie en zijn in de nieuwe kluis opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients erased in this vault that came back with the backup: %1.</source>
        <translation>Cliënten die in deze kluis gewist waren en met de reservekopie terugkwamen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased in this vault came back with the backup and are in the new vault again; erase them there if they should stay erased.</source>
        <translation>
            <numerusform>%n cliënt die in deze kluis gewist was, kwam terug met de reservekopie en staat weer in de nieuwe kluis; wis die cliënt daar als die gewist moet blijven.</numerusform>
            <numerusform>%n cliënten die in deze kluis gewist waren, kwamen terug met de reservekopie en staan weer in de nieuwe kluis; wis ze daar als ze gewist moeten blijven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased again in the new vault: %1. The others are on hold there; they stay.</source>
        <translation>Opnieuw gewist in de nieuwe kluis: %1. De andere staan daar op niet-wissen; ze blijven.</translation>
    </message>
    <message>
        <source>Your own vault stays as it was. To work in the new vault, open it in this window: your vault is locked first, then the new one asks for its passphrase. From then on the program opens the new vault at every start.</source>
        <translation>Je eigen kluis blijft zoals ze was. Om in de nieuwe kluis te werken, open je ze in dit venster: eerst wordt je kluis vergrendeld, dan vraagt de nieuwe kluis haar wachtwoordzin. Vanaf dan opent het programma bij elke start de nieuwe kluis.</translation>
    </message>
</context>
<context>
    <name>SaveFailedBanner</name>
    <message>
        <source>Saving is not working right now (is the disk full, or the folder read-only?). Your text stays on screen and is tried again every few seconds; keep working.</source>
        <translation>Opslaan lukt nu niet (is de schijf vol, of de map alleen-lezen?). Je tekst blijft op het scherm staan en wordt om de paar seconden opnieuw opgeslagen; werk gewoon verder.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Try saving again now</source>
        <translation>Nu opnieuw proberen op te slaan</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: saving is not working right now. Your text stays on screen and saving is tried again.</source>
        <translation>Niet opgeslagen: opslaan lukt nu niet. Je tekst blijft op het scherm en het opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wordt opgeslagen…</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Niet opgeslagen</translation>
    </message>
    <message>
        <source>Save state: %1</source>
        <translation>Opslaan: %1</translation>
    </message>
</context>
<context>
    <name>SecretEntryPage</name>
    <message>
        <source>Opening the vault</source>
        <translation>De kluis wordt geopend</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>Opening the vault...</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use in a conversation</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik tijdens een gesprek</translation>
    </message>
    <message>
        <source>Paper size of the sheet</source>
        <translation>Papierformaat van het verslag</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Guide files of your organisation</source>
        <translation>Gidsbestanden van je organisatie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>Een andere taal geldt vanaf de volgende keer dat het programma start.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is open in another program (a virus scanner, a backup or sync program). Your choices are still here; wait a moment or close that program, then save again.</source>
        <translation>De instellingen konden niet bewaard worden: %1 is open in een ander programma (een virusscanner, een back-up- of synchronisatieprogramma). Je keuzes staan er nog; wacht even of sluit dat programma en bewaar dan opnieuw.</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1).</source>
        <translation>De instellingen konden niet bewaard worden (%1).</translation>
    </message>
</context>
<context>
    <name>SheetState</name>
    <message>
        <source>its appointment was moved, cancelled, removed or changed since</source>
        <translation>de afspraak erop is intussen verzet, afgezegd, weggehaald of veranderd</translation>
    </message>
    <message>
        <source>the appointment it names as the next one has passed since</source>
        <translation>de afspraak die erop als volgende staat, is intussen voorbij</translation>
    </message>
    <message>
        <source>it says no appointment is set, but one was made since</source>
        <translation>er staat op dat er geen afspraak vaststaat, maar intussen is er een gemaakt</translation>
    </message>
    <message>
        <source>a consent it says is given was withdrawn or changed since</source>
        <translation>een toestemming die erop gegeven staat, is intussen ingetrokken of veranderd</translation>
    </message>
    <message>
        <source>it says something is not shared, but consent to share it was given since</source>
        <translation>er staat op dat iets niet gedeeld wordt, maar intussen is er toestemming gegeven om het te delen</translation>
    </message>
    <message>
        <source>whether the appointment of that day took place was changed since</source>
        <translation>of de afspraak van die dag doorging, is intussen veranderd</translation>
    </message>
    <message>
        <source>an appointment it says did not take place has another outcome now</source>
        <translation>een afspraak waarvan erop staat dat ze niet doorging, heeft nu een andere uitkomst</translation>
    </message>
    <message>
        <source>what it says of the small steps changed since</source>
        <translation>wat erop staat over de kleine stappen, is intussen veranderd</translation>
    </message>
    <message>
        <source>your details on it changed since</source>
        <translation>je gegevens erop zijn intussen veranderd</translation>
    </message>
    <message>
        <source>a note on it is no longer shared with the client</source>
        <translation>een notitie erop wordt niet meer gedeeld met de cliënt</translation>
    </message>
    <message>
        <source>%1 The client&apos;s sheet handed over on %2 is out of date: %3. Give a new one (Ctrl+P).</source>
        <translation>%1 Het verslag dat de cliënt op %2 meekreeg, klopt niet meer: %3. Geef een nieuw mee (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Shortcuts everywhere</source>
        <translation>Sneltoetsen die overal werken</translation>
    </message>
    <message>
        <source>In a conversation</source>
        <translation>In een gesprek</translation>
    </message>
    <message>
        <source>Shortcuts in a conversation</source>
        <translation>Sneltoetsen in een gesprek</translation>
    </message>
    <message>
        <source>Open a conversation to see its own shortcuts here as well.</source>
        <translation>Open een gesprek om hier ook de sneltoetsen van het gesprek te zien.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>Open steps</source>
        <translation>Open stappen</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Earlier appointments</source>
        <translation>Vorige afspraken</translation>
    </message>
    <message>
        <source>Consents in force</source>
        <translation>Toestemmingen van kracht</translation>
    </message>
    <message>
        <source>Consents that ended</source>
        <translation>Afgelopen toestemmingen</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>Te verbeteren</translation>
    </message>
    <message>
        <source>… and more in the conversations</source>
        <translation>… en meer in de gesprekken</translation>
    </message>
    <message>
        <source>No open steps.</source>
        <translation>Geen open stappen.</translation>
    </message>
    <message>
        <source>No next appointment.</source>
        <translation>Geen volgende afspraak.</translation>
    </message>
    <message>
        <source>%1 — ended, no longer in force</source>
        <translation>%1 — afgelopen, geldt niet meer</translation>
    </message>
    <message>
        <source>No consent in force.</source>
        <translation>Geen toestemming van kracht.</translation>
    </message>
    <message>
        <source>took place</source>
        <translation>doorgegaan</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verzet</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 The appointment of %2 was recorded as kept on %3, before it could have taken place. Until you correct that in the appointment tab, the sheet, the copy of the file and the counts take it as not recorded.</source>
        <translation>%1 De afspraak van %2 staat als nagekomen genoteerd op %3, voor ze kon plaatsvinden. Tot je dat verbetert in het tabblad Afspraak, doen het verslag, de kopie van het dossier en de tellingen alsof er niets genoteerd is.</translation>
    </message>
    <message>
        <source>%1 The appointment of %2 was recorded as missed on %3, before it had begun. Until you correct that in the appointment tab, the sheet, the copy of the file and the counts take it as not recorded.</source>
        <translation>%1 De afspraak van %2 staat als gemist genoteerd op %3, voor ze begonnen was. Tot je dat verbetert in het tabblad Afspraak, doen het verslag, de kopie van het dossier en de tellingen alsof er niets genoteerd is.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>What is the step?</source>
        <translation>Wat is de stap?</translation>
    </message>
    <message>
        <source>Step %1: what</source>
        <translation>Stap %1: wat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Step %1: who</source>
        <translation>Stap %1: wie</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Step %1: by when</source>
        <translation>Stap %1: tegen wanneer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Step %1: status</source>
        <translation>Stap %1: stand</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Click again</source>
        <translation>Nog eens klikken</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Stap %1 verwijderen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>StepTicks</name>
    <message>
        <source>Tick off a step...</source>
        <translation>Stap afvinken…</translation>
    </message>
    <message>
        <source>Mark an open step done or dropped, without a conversation</source>
        <translation>Een open stap als gedaan of vervallen noteren, zonder gesprek</translation>
    </message>
    <message>
        <source>Open steps to tick off</source>
        <translation>Open stappen om af te vinken</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Dropped: no longer to do</source>
        <translation>Vervallen: hoeft niet meer</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Vervallen: %1</translation>
    </message>
    <message>
        <source>Recorded as done: %1</source>
        <translation>Genoteerd als gedaan: %1</translation>
    </message>
    <message>
        <source>Recorded as dropped, no longer to do: %1</source>
        <translation>Genoteerd als vervallen, hoeft niet meer: %1</translation>
    </message>
    <message>
        <source>Taken back, open again: %1</source>
        <translation>Teruggenomen, staat weer open: %1</translation>
    </message>
    <message>
        <source>Take back that this step is done: %1</source>
        <translation>Terugnemen dat deze stap gedaan is: %1</translation>
    </message>
    <message>
        <source>Take back: done</source>
        <translation>Terugnemen: gedaan</translation>
    </message>
    <message>
        <source>Take back: dropped</source>
        <translation>Terugnemen: vervallen</translation>
    </message>
    <message>
        <source>Take back that this step is dropped: %1</source>
        <translation>Terugnemen dat deze stap vervallen is: %1</translation>
    </message>
    <message>
        <source>This step was changed elsewhere meanwhile.</source>
        <translation>Deze stap is intussen elders veranderd.</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Small steps</source>
        <translation>Kleine stappen</translation>
    </message>
    <message>
        <source>New step (Ctrl+Shift+S)</source>
        <translation>Nieuwe stap (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Steps from other conversations</source>
        <translation>Stappen uit andere gesprekken</translation>
    </message>
    <message>
        <source>Agreed in this conversation</source>
        <translation>Afgesproken in dit gesprek</translation>
    </message>
</context>
<context>
    <name>StillOpen</name>
    <message>
        <source>intake</source>
        <translation>intakegesprek</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>vervolggesprek</translation>
    </message>
    <message>
        <source>A conversation is still open</source>
        <translation>Er staat nog een gesprek open</translation>
    </message>
    <message>
        <source>This client&apos;s %1 of %2 is still open. Open it, or start a new follow-up?</source>
        <translation>Het %1 van %2 met deze cliënt staat nog open. Wil je het openen, of een nieuw vervolggesprek starten?</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Start a new follow-up</source>
        <translation>Nieuw vervolggesprek starten</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Sheet for the client</source>
        <translation>Verslag voor de cliënt</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>A &amp;new sheet: what stands today</source>
        <translation>Een &amp;nieuw verslag: wat vandaag geldt</translation>
    </message>
    <message>
        <source>&amp;Again, exactly as handed over:</source>
        <translation>&amp;Opnieuw, precies zoals meegegeven:</translation>
    </message>
    <message>
        <source>Sheet handed over before</source>
        <translation>Eerder meegegeven verslag</translation>
    </message>
    <message>
        <source>Sheet handed over before:</source>
        <translation>Eerder meegegeven verslag:</translation>
    </message>
    <message>
        <source>Language of the sheet:</source>
        <translation>Taal van het verslag:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: keep it somewhere safe, or print instead.</source>
        <translation>Een pdf-bestand is niet versleuteld: bewaar het op een veilige plek, of druk liever af.</translation>
    </message>
    <message>
        <source>Your &amp;details…</source>
        <translation>Je &amp;gegevens…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>als pdf bewaard</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4</source>
        <translation>%1 om %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 (out of date: %2)</source>
        <translation>%1 (klopt niet meer: %2)</translation>
    </message>
    <message>
        <source>Your details are empty: the sheet does not say who you are or how the client can reach you.</source>
        <translation>Je gegevens zijn leeg: het verslag zegt niet wie je bent of hoe de cliënt je kan bereiken.</translation>
    </message>
    <message>
        <source>The sheet&apos;s language (%1) is not the one you work in (%2): when you can be reached and what is good to know are printed as you typed them in your details.</source>
        <translation>De taal van het verslag (%1) is niet die waarin je werkt (%2): wanneer je bereikbaar bent en wat goed is om te weten, komen erop zoals je ze in je gegevens typte.</translation>
    </message>
    <message>
        <source>Not recorded yet, so not on a new sheet: %1. Record it first (Close, then record it), or print without it.</source>
        <translation>Nog niet vastgelegd, dus niet op een nieuw verslag: %1. Leg het eerst vast (Sluiten, dan vastleggen), of druk af zonder.</translation>
    </message>
    <message>
        <source>This kept sheet cannot be read.</source>
        <translation>Dit bewaarde verslag kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>This kept sheet holds a note that is no longer shared with the client (made internal, changed or deleted), so it is not printed again.</source>
        <translation>Dit bewaarde verslag bevat een notitie die niet meer gedeeld wordt met de cliënt (intern gemaakt, veranderd of gewist). Daarom wordt het niet opnieuw afgedrukt.</translation>
    </message>
    <message>
        <source>This kept sheet names an appointment that was moved, cancelled, removed or changed since, so it is not printed again.</source>
        <translation>Dit bewaarde verslag noemt een afspraak die intussen verzet, afgezegd, weggehaald of veranderd is. Daarom wordt het niet opnieuw afgedrukt.</translation>
    </message>
    <message>
        <source>This kept sheet is out of date: %1. It is not printed again.</source>
        <translation>Dit bewaarde verslag klopt niet meer: %1. Daarom wordt het niet opnieuw afgedrukt.</translation>
    </message>
    <message>
        <source>Print a new sheet</source>
        <translation>Druk een nieuw verslag af</translation>
    </message>
    <message>
        <source>%1 A new sheet is chosen: it states what stands today.</source>
        <translation>%1 Er is een nieuw verslag gekozen: dat zegt wat vandaag geldt.</translation>
    </message>
    <message>
        <source>The sheet was not kept</source>
        <translation>Het verslag is niet bewaard</translation>
    </message>
    <message>
        <source>The sheet was handed over, but could not be kept in the client&apos;s file (%1). Print it again once saving works, so the file says what was handed over.</source>
        <translation>Het verslag is meegegeven, maar kon niet in het dossier van de cliënt bewaard worden (%1). Druk het opnieuw af zodra bewaren weer lukt, zodat het dossier zegt wat meegegeven is.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Het verslag wordt klaargemaakt…</translation>
    </message>
    <message>
        <source>sheet-%1</source>
        <translation>verslag-%1</translation>
    </message>
    <message>
        <source>Save the sheet as PDF (not encrypted)</source>
        <translation>Verslag als pdf bewaren (niet versleuteld)</translation>
    </message>
    <message>
        <source>%1 is open in another program (a PDF viewer?), so it could not be replaced. Nothing was changed. Close it there and save again, or choose another name.</source>
        <translation>%1 is open in een ander programma (een pdf-lezer?) en kon daarom niet vervangen worden. Er is niets veranderd. Sluit het daar en bewaar opnieuw, of kies een andere naam.</translation>
    </message>
    <message>
        <source>The sheet was saved as %1 in the folder %2. It is not encrypted.</source>
        <translation>Het verslag is bewaard als %1 in de map %2. Het is niet versleuteld.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;pdf bewaren…</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>De pdf is niet bewaard</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1 (%2). Nothing was changed.</source>
        <translation>De pdf kon niet worden weggeschreven naar %1 (%2). Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over a client</source>
        <translation>Cliënt overnemen</translation>
    </message>
    <message>
        <source>Take over a client from a colleague: choose the handover file and type the transfer code the colleague gave you. Nothing changes unless both are right.</source>
        <translation>Neem een cliënt over van een collega: kies het overdrachtsbestand en typ de overdrachtscode die je collega je gaf. Er verandert niets als een van beide niet klopt.</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the handover file</source>
        <translation>Kies het overdrachtsbestand</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>Overdrachtscode</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>Overdrachts&amp;code</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>Which handover file?</source>
        <translation>Welk overdrachtsbestand?</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been changed.</source>
        <translation>Het bestand kon niet gelezen worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message numerus="yes">
        <source>The client was taken over (%n conversation(s)), handed over by %1 on %2.</source>
        <translation>
            <numerusform>De cliënt is overgenomen (%n gesprek), overgedragen door %1 op %2.</numerusform>
            <numerusform>De cliënt is overgenomen (%n gesprekken), overgedragen door %1 op %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code has a typing mistake in group %1. Check it.</source>
        <translation>De overdrachtscode bevat een tikfout in groep %1. Kijk ze na.</translation>
    </message>
    <message>
        <source>The transfer code has a typing mistake. Check it.</source>
        <translation>De overdrachtscode bevat een tikfout. Kijk ze na.</translation>
    </message>
    <message>
        <source>This transfer code does not belong to this file.</source>
        <translation>Deze overdrachtscode hoort niet bij dit bestand.</translation>
    </message>
    <message>
        <source>This handover file is damaged or incomplete. Ask for a new one.</source>
        <translation>Dit overdrachtsbestand is beschadigd of onvolledig. Vraag een nieuw.</translation>
    </message>
    <message>
        <source>This is not a handover file of Intake Companion.</source>
        <translation>Dit is geen overdrachtsbestand van Intake Companion.</translation>
    </message>
    <message>
        <source>This handover file was made by a newer version of the program.</source>
        <translation>Dit overdrachtsbestand is gemaakt met een nieuwere versie van het programma.</translation>
    </message>
    <message>
        <source>This handover file has already been taken over.</source>
        <translation>Dit overdrachtsbestand is al overgenomen.</translation>
    </message>
    <message>
        <source>This handover file was written from this vault: the client is here.</source>
        <translation>Dit overdrachtsbestand is vanuit deze kluis geschreven: de cliënt staat hier al.</translation>
    </message>
    <message>
        <source>%1 Nothing has been changed.</source>
        <translation>%1 Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TakingTurns</name>
    <message>
        <source>← Checklist
(Ctrl+1)</source>
        <translation>← Checklist
(Ctrl+1)</translation>
    </message>
    <message>
        <source>Checklist (Ctrl+1)</source>
        <translation>Checklist (Ctrl+1)</translation>
    </message>
    <message>
        <source>→ Notes, steps, …
(Ctrl+2)</source>
        <translation>→ Notities, stappen, …
(Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>A time is needed here.</source>
        <translation>Hier hoort een uur.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Intake Companion is locked</source>
        <translation>Intake Companion is vergrendeld</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Typ je wachtwoordzin om je notities te openen.</translation>
    </message>
    <message>
        <source>Demo with fictional clients. The passphrase is: %1</source>
        <translation>Demo met verzonnen cliënten. De wachtwoordzin is: %1</translation>
    </message>
    <message>
        <source>Demo passphrase</source>
        <translation>Wachtwoordzin van de demo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Wachtwoordzin vergeten?</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open with the recovery key</source>
        <translation>Wachtwoordzin vergeten? Openen met de herstelsleutel</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>Unrecorded</name>
    <message>
        <source>a consent</source>
        <translation>een toestemming</translation>
    </message>
    <message>
        <source>a new step that does not say what yet</source>
        <translation>een nieuwe stap die nog niet zegt wat</translation>
    </message>
    <message>
        <source>the date of the next appointment (empty or no date yet)</source>
        <translation>de datum van de volgende afspraak (leeg of nog geen datum)</translation>
    </message>
    <message>
        <source>the time of the next appointment (empty or no time yet)</source>
        <translation>het uur van de volgende afspraak (leeg of nog geen uur)</translation>
    </message>
    <message>
        <source>the move of an appointment</source>
        <translation>het verzetten van een afspraak</translation>
    </message>
    <message>
        <source>the date of a step (no date yet)</source>
        <translation>de datum van een stap (nog geen datum)</translation>
    </message>
    <message>
        <source>the date to look at a consent again (no date yet)</source>
        <translation>de datum om een toestemming opnieuw te bekijken (nog geen datum)</translation>
    </message>
    <message>
        <source>a date that is no date yet</source>
        <translation>een datum die nog geen datum is</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;recovery key...</source>
        <translation>Nieuwe &amp;herstelsleutel…</translation>
    </message>
    <message>
        <source>Anonymous &amp;counts...</source>
        <translation>Anonieme &amp;tellingen…</translation>
    </message>
    <message>
        <source>&amp;Hand the client over...</source>
        <translation>Cliënt &amp;overdragen…</translation>
    </message>
    <message>
        <source>&amp;Take over a client...</source>
        <translation>Cliënt over&amp;nemen…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>Open the client you want to hand over first.</source>
        <translation>Open eerst de cliënt die je wilt overdragen.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>Group %1 of the recovery key has a typing mistake. Check that group against the written copy.</source>
        <translation>In groep %1 van de herstelsleutel staat een tikfout. Vergelijk die groep met je geschreven of afgedrukte sleutel.</translation>
    </message>
    <message>
        <source>The recovery key is not complete: it has 13 groups of 5 characters. Check it against the written copy.</source>
        <translation>De herstelsleutel is niet volledig: hij heeft 13 groepen van 5 tekens. Vergelijk hem met je geschreven of afgedrukte sleutel.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Check that it is the key written down for this vault.</source>
        <translation>Deze herstelsleutel opent deze kluis niet. Kijk na of het de sleutel is die voor deze kluis werd genoteerd.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Nothing has changed; try again.</source>
        <translation>Die wachtwoordzin klopt niet. Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The key file beside the vault is missing. Open the vault with your recovery key, then choose a new passphrase.</source>
        <translation>Het sleutelbestand naast de kluis ontbreekt. Open de kluis met je herstelsleutel en kies daarna een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged. Open the vault with your recovery key, then choose a new passphrase.</source>
        <translation>Het sleutelbestand naast de kluis is beschadigd. Open de kluis met je herstelsleutel en kies daarna een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>The key file beside the vault belongs to another vault. Put the right key file back, or open the vault with its recovery key.</source>
        <translation>Het sleutelbestand naast de kluis hoort bij een andere kluis. Zet het juiste sleutelbestand terug, of open de kluis met haar herstelsleutel.</translation>
    </message>
    <message>
        <source>The key file protects the passphrase too weakly and is refused. Open the vault with your recovery key and choose a new passphrase.</source>
        <translation>Het sleutelbestand beschermt de wachtwoordzin te zwak en wordt geweigerd. Open de kluis met je herstelsleutel en kies een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>This vault was last opened with its recovery key and has no passphrase yet. Open it with the recovery key and choose a passphrase.</source>
        <translation>Deze kluis werd het laatst met de herstelsleutel geopend en heeft nog geen wachtwoordzin. Open ze met de herstelsleutel en kies een wachtwoordzin.</translation>
    </message>
    <message>
        <source>This vault is open in another Intake Companion window, on this computer or on another one through a shared folder. Go back to that window: two windows on one vault would save over each other. Once that window is closed, unlock here.</source>
        <translation>Deze kluis is open in een ander venster van Intake Companion, op deze computer of op een andere computer via een gedeelde map. Ga terug naar dat venster: twee vensters op één kluis zouden elkaars werk overschrijven. Is dat venster gesloten, ontgrendel dan hier.</translation>
    </message>
    <message>
        <source>There is no vault at this place. It may have been moved or deleted.</source>
        <translation>Op deze plek staat geen kluis. Misschien werd ze verplaatst of gewist.</translation>
    </message>
    <message>
        <source>A vault already exists at this place. It has not been changed.</source>
        <translation>Op deze plek staat al een kluis. Ze is niet veranderd.</translation>
    </message>
    <message>
        <source>The first bytes of the vault are damaged; the notes themselves are intact. Nothing has been changed. Restore a backup copy, or keep the vault and its key file for an expert.</source>
        <translation>De eerste bytes van de kluis zijn beschadigd; de notities zelf zijn nog heel. Er is niets veranderd. Zet een reservekopie terug, of bewaar de kluis en haar sleutelbestand voor een deskundige.</translation>
    </message>
    <message>
        <source>The vault is damaged (perhaps cut short while copying). Nothing has been changed. Restore it from a backup copy.</source>
        <translation>De kluis is beschadigd (misschien onvolledig gekopieerd). Er is niets veranderd. Zet ze terug vanuit een reservekopie.</translation>
    </message>
    <message>
        <source>This file is not an Intake Companion vault. Nothing has been changed.</source>
        <translation>Dit bestand is geen kluis van Intake Companion. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Intake Companion. Install that version to open it. The vault has not been changed.</source>
        <translation>Deze kluis werd gemaakt met een nieuwere versie van Intake Companion. Installeer die versie om ze te openen. De kluis is niet veranderd.</translation>
    </message>
    <message>
        <source>Updating the vault to this version failed and was undone. A copy made before the update is kept beside the vault.</source>
        <translation>Het bijwerken van de kluis naar deze versie is mislukt en werd ongedaan gemaakt. Een kopie van vóór het bijwerken staat naast de kluis.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to. Nothing has been changed. Check the folder&apos;s permissions or free space.</source>
        <translation>In de map van de kluis kan niet geschreven worden. Er is niets veranderd. Kijk de rechten van de map of de vrije ruimte na.</translation>
    </message>
    <message>
        <source>This installation&apos;s encryption library cannot be used safely. Reinstall Intake Companion.</source>
        <translation>De versleutelingsbibliotheek van deze installatie kan niet veilig gebruikt worden. Installeer Intake Companion opnieuw.</translation>
    </message>
    <message>
        <source>%1 is open in another program (a virus scanner or a backup program), so it could not be replaced. Nothing has been changed; close that program or wait a moment, then try again.</source>
        <translation>%1 is open in een ander programma (een virusscanner of een back-upprogramma) en kon daarom niet vervangen worden. Er is niets veranderd; sluit dat programma of wacht even en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The last change could not be saved: the vault is damaged (the disk is not full). It was undone; Intake Companion closes the vault and keeps what is not saved in memory.</source>
        <translation>De laatste wijziging kon niet bewaard worden: de kluis is beschadigd (de schijf is niet vol). Ze werd ongedaan gemaakt; Intake Companion sluit de kluis en houdt wat niet bewaard is in het geheugen.</translation>
    </message>
    <message>
        <source>The last change could not be saved (the disk may be full). It was undone; free some space, then try again.</source>
        <translation>De laatste wijziging kon niet bewaard worden (misschien is de schijf vol). Ze werd ongedaan gemaakt; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing has been changed.</source>
        <translation>De kluis kon niet gelezen of geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing has been changed.</source>
        <translation>De kluis kon niet geopend worden. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>WhyPane</name>
    <message>
        <source>Why this item matters</source>
        <translation>Waarom dit punt belangrijk is</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Je kunt zeggen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Move to an item to read why it matters.</source>
        <translation>Ga naar een punt om te lezen waarom het belangrijk is.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a client on the left, or start a new intake with Ctrl+N. In the overview, Enter opens the client of a line. Ctrl+F searches, Ctrl+L locks.</source>
        <translation>Kies links een cliënt, of start een nieuwe intake met Ctrl+N. In het overzicht opent Enter de cliënt van een regel. Ctrl+F zoekt, Ctrl+L vergrendelt.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed just before the lock could not be saved then. They were kept and are saved now.</source>
        <translation>
            <numerusform>%n wijziging die vlak voor het vergrendelen werd getypt, kon toen niet worden bewaard. Ze werd vastgehouden en is nu bewaard.</numerusform>
            <numerusform>%n wijzigingen die vlak voor het vergrendelen werden getypt, konden toen niet worden bewaard. Ze werden vastgehouden en zijn nu bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed just before the lock are still not saved (the disk may be full or read-only). They are kept while the program stays open, and saving is tried again.</source>
        <translation>
            <numerusform>%n wijziging van vlak voor het vergrendelen is nog altijd niet bewaard (de schijf is misschien vol of alleen-lezen). Ze blijft vastgehouden zolang het programma open blijft, en het bewaren wordt opnieuw geprobeerd.</numerusform>
            <numerusform>%n wijzigingen van vlak voor het vergrendelen zijn nog altijd niet bewaard (de schijf is misschien vol of alleen-lezen). Ze blijven vastgehouden zolang het programma open blijft, en het bewaren wordt opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept from before the lock are saved now.</source>
        <translation>
            <numerusform>%n vastgehouden wijziging van voor het vergrendelen is nu bewaard.</numerusform>
            <numerusform>%n vastgehouden wijzigingen van voor het vergrendelen zijn nu bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client was not erased: the open conversation could not be saved first. Try again once saving works.</source>
        <translation>De cliënt is niet gewist: het open gesprek kon eerst niet worden bewaard. Probeer het opnieuw zodra bewaren weer lukt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s guide says this program may not erase files (they are kept for the archive). Nothing was erased.</source>
        <translation>De gids van je organisatie zegt dat dit programma geen dossiers mag wissen (ze worden bewaard voor het archief). Er is niets gewist.</translation>
    </message>
    <message>
        <source>This file is on hold (“do not erase”): %1. Nothing was erased.</source>
        <translation>Dit dossier staat op “niet wissen”: %1. Er is niets gewist.</translation>
    </message>
    <message>
        <source>A copy of today is already in that folder; it was not changed. Nothing was erased.</source>
        <translation>Een kopie van vandaag staat al in die map; ze is niet veranderd. Er is niets gewist.</translation>
    </message>
    <message>
        <source>Backups of the vault made while this client was in it: %1, the last on %2. They still hold this client: erasing cannot reach them, and restoring one brings the client back.</source>
        <translation>Reservekopieën van de kluis gemaakt terwijl deze cliënt erin stond: %1, de laatste op %2. Daarin staat deze cliënt nog: het wissen bereikt ze niet, en wie er een terugzet, haalt de cliënt terug.</translation>
    </message>
    <message>
        <source>This program made no backup of the vault while this client was in it.</source>
        <translation>Dit programma maakte geen reservekopie van de kluis terwijl deze cliënt erin stond.</translation>
    </message>
    <message>
        <source>This program wrote these files for this client outside the vault; it cannot erase them. Delete them yourself where they should go too:</source>
        <translation>Dit programma schreef deze bestanden voor deze cliënt buiten de kluis; het kan ze niet wissen. Verwijder ze zelf waar ze ook weg moeten:</translation>
    </message>
    <message>
        <source>The client and all their records have been erased.</source>
        <translation>De cliënt en alles wat over hem of haar was vastgelegd, zijn gewist.</translation>
    </message>
    <message>
        <source>The client and all their records have been erased. A backup that is still running reads the vault, so encrypted remnants stay in the vault&apos;s journal file until it is done; they are removed then, at the latest when the vault is locked.</source>
        <translation>De cliënt en alles wat over hem of haar was vastgelegd, zijn gewist. Een reservekopie die nog bezig is, leest de kluis. Daarom blijven er versleutelde resten in het logbestand van de kluis tot ze klaar is; die worden dan verwijderd, ten laatste wanneer de kluis vergrendeld wordt.</translation>
    </message>
    <message>
        <source>The encrypted remnants of the erased client are now removed from the vault&apos;s journal file.</source>
        <translation>De versleutelde resten van de gewiste cliënt zijn nu uit het logbestand van de kluis verwijderd.</translation>
    </message>
    <message>
        <source>No guide for this kind of conversation could be loaded. Reinstall the program.</source>
        <translation>Er kon geen gids voor dit soort gesprek geladen worden. Installeer het programma opnieuw.</translation>
    </message>
</context>
</TS>
