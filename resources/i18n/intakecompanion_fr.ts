<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Intake Companion</source>
        <translation>À propos d&apos;Intake Companion</translation>
    </message>
    <message>
        <source>Intake Companion %1</source>
        <translation>Intake Companion %1</translation>
    </message>
    <message>
        <source>A companion for a coach&apos;s first conversation with a client. The notes stay in an encrypted vault on this computer; the program never uses the network. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Un compagnon pour le premier entretien d&apos;un coach avec un client. Les notes restent dans un coffre-fort chiffré sur cet ordinateur&#xa0;; le programme n&apos;utilise jamais le réseau. Logiciel libre sous la GNU GPL, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>AgreementLines</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>together</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>%1, no date</source>
        <translation>%1, sans date</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, pour le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 overdue: %2</source>
        <translation>%1 en retard&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (to correct: recorded as kept before it could take place)</source>
        <translation>%1 (à corriger&#xa0;: noté comme honoré avant qu&apos;il ait pu avoir lieu)</translation>
    </message>
    <message>
        <source>%1 (to correct: recorded as missed before it had begun)</source>
        <translation>%1 (à corriger&#xa0;: noté comme manqué avant qu&apos;il ait commencé)</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>%1 (no end date)</source>
        <translation>%1 (sans date de fin)</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>e.g. 9/3 or next Tuesday</source>
        <translation>par ex. 9/3 ou mardi prochain</translation>
    </message>
    <message>
        <source>e.g. 14u30</source>
        <translation>par ex. 14h30</translation>
    </message>
    <message>
        <source>e.g. the office, room 2</source>
        <translation>p. ex. le bureau, local 2</translation>
    </message>
    <message>
        <source>e.g. the coach and the client</source>
        <translation>p. ex. le coach et le client</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Cliquez encore pour supprimer</translation>
    </message>
    <message>
        <source>Remove the next appointment</source>
        <translation>Supprimer le prochain rendez-vous</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Kept: it is this conversation</source>
        <translation>Honoré&#xa0;: c&apos;est cet entretien</translation>
    </message>
    <message>
        <source>How the previous appointment went</source>
        <translation>Comment s&apos;est passé le rendez-vous précédent</translation>
    </message>
    <message>
        <source>Moved to date</source>
        <translation>Déplacé à la date</translation>
    </message>
    <message>
        <source>Moved to time</source>
        <translation>Déplacé à l&apos;heure</translation>
    </message>
    <message>
        <source>Record the move</source>
        <translation>Enregistrer le déplacement</translation>
    </message>
    <message>
        <source>Record to which moment it was moved</source>
        <translation>Enregistrer vers quel moment il a été déplacé</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Déplacé au</translation>
    </message>
    <message>
        <source>This appointment (%1)</source>
        <translation>Ce rendez-vous (%1)</translation>
    </message>
    <message>
        <source>Appointment to come (%1)</source>
        <translation>Rendez-vous à venir (%1)</translation>
    </message>
    <message>
        <source>Previous appointment (%1)</source>
        <translation>Rendez-vous précédent (%1)</translation>
    </message>
    <message>
        <source>It has not begun yet: missed only once its time has come.</source>
        <translation>Il n&apos;a pas encore commencé&#xa0;: manqué seulement quand son heure est venue.</translation>
    </message>
    <message>
        <source>Still to come: it can be moved or cancelled; kept or missed only once its time has come.</source>
        <translation>À venir&#xa0;: il peut être déplacé ou annulé&#xa0;; honoré ou manqué seulement quand son heure est venue.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Déplacé au %1</translation>
    </message>
    <message>
        <source>Recorded, but it lies in the past: it is not on the client&apos;s sheet.</source>
        <translation>Enregistré, mais il est passé&#xa0;: il ne figure pas sur la fiche du client.</translation>
    </message>
    <message>
        <source>Recorded; it goes on the client&apos;s sheet.</source>
        <translation>Enregistré&#xa0;; il figure sur la fiche du client.</translation>
    </message>
    <message>
        <source>No appointment recorded yet: fill in a field to record it.</source>
        <translation>Aucun rendez-vous enregistré&#xa0;: remplissez un champ pour l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>The archive copy was not made: it was stopped before it was ready. Nothing was left in the folder and the client was not erased.</source>
        <translation>La copie pour les archives n&apos;a pas été faite&#xa0;: elle a été arrêtée avant d&apos;être prête. Rien n&apos;est resté dans le dossier choisi et le client n&apos;a pas été effacé.</translation>
    </message>
    <message>
        <source>Archive, then erase</source>
        <translation>Archiver, puis effacer</translation>
    </message>
    <message>
        <source>Write a complete copy for the archive, then erase this client?</source>
        <translation>Écrire une copie complète pour les archives, puis effacer ce client&#xa0;?</translation>
    </message>
    <message>
        <source>The copy (a PDF and a JSON file) holds every note unchanged, internal ones too. It is not encrypted: write it to the archive&apos;s drive, not to this laptop. Only once both files are written is the client erased from the vault, for good.</source>
        <translation>La copie (un PDF et un fichier JSON) contient chaque note sans changement, les notes internes aussi. Elle n&apos;est pas chiffrée&#xa0;: écrivez-la sur le disque des archives, pas sur cet ordinateur. Le client n&apos;est effacé du coffre-fort, définitivement, qu&apos;une fois les deux fichiers écrits.</translation>
    </message>
    <message>
        <source>&amp;Archive and erase</source>
        <translation>&amp;Archiver et effacer</translation>
    </message>
    <message>
        <source>Archive and erase</source>
        <translation>Archiver et effacer</translation>
    </message>
    <message>
        <source>Where should the archive copy go?</source>
        <translation>Où mettre la copie pour les archives&#xa0;?</translation>
    </message>
    <message>
        <source>Writing the archive copy</source>
        <translation>Écriture de la copie pour les archives</translation>
    </message>
    <message>
        <source>Writing the archive copy; the client is erased once it is written. Closing this window stops it and erases nothing.</source>
        <translation>La copie pour les archives est en cours d&apos;écriture&#xa0;; le client est effacé une fois qu&apos;elle est écrite. Fermer cette fenêtre l&apos;arrête et n&apos;efface rien.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another.</source>
        <translation>Ce dossier n&apos;existe pas. Choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre-fort</translation>
    </message>
    <message>
        <source>A backup is a copy of everything in this program: all clients, conversations, notes, steps and consents, as they are now. It is encrypted: without your key nobody can read it. Put it on a USB stick and keep that in a safe place, away from this laptop. You can keep working while it is made.</source>
        <translation>Une sauvegarde est une copie de tout ce qui se trouve dans ce programme&#xa0;: tous les clients, entretiens, notes, étapes et consentements, tels qu&apos;ils sont maintenant. Elle est chiffrée&#xa0;: sans votre clé, personne ne peut la lire. Mettez-la sur une clé USB et gardez celle-ci en lieu sûr, loin de cet ordinateur portable. Vous pouvez continuer à travailler pendant qu&apos;elle est faite.</translation>
    </message>
    <message>
        <source>To open it later, for example on a new laptop: File &gt; Restore a backup, then type your recovery key, or your passphrase of today if the key file lies beside the backup.</source>
        <translation>Pour l&apos;ouvrir plus tard, par exemple sur un nouvel ordinateur portable&#xa0;: Fichier &gt; Restaurer une sauvegarde, puis tapez votre clé de secours, ou votre phrase de passe d&apos;aujourd&apos;hui si le fichier de clé est à côté de la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>Où va la sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Also write the key file beside it (then your passphrase opens it too)</source>
        <translation>Écrire aussi le fichier de clé à côté (votre phrase de passe l&apos;ouvre alors aussi)</translation>
    </message>
    <message>
        <source>You opened the program with your recovery key, so there is no passphrase yet to put in a key file: this backup opens with your recovery key only. For a key file, first choose a new passphrase (Vault &gt; Change passphrase), then make the backup.</source>
        <translation>Vous avez ouvert le programme avec votre clé de secours&#xa0;: il n&apos;y a donc pas encore de phrase de passe à mettre dans un fichier de clé. Cette sauvegarde s&apos;ouvre uniquement avec votre clé de secours. Pour avoir un fichier de clé, choisissez d&apos;abord une nouvelle phrase de passe (Coffre-fort &gt; Changer la phrase de passe), puis faites la sauvegarde.</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Faire la sauvegarde</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Où mettre la sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Intake Companion backups (*%1)</source>
        <translation>Sauvegardes d&apos;Intake Companion (*%1)</translation>
    </message>
    <message>
        <source>That folder is on this laptop. If the laptop is stolen or breaks, the backup is gone with it: choose a USB stick and keep it somewhere else.</source>
        <translation>Ce dossier se trouve sur cet ordinateur portable. Si l&apos;ordinateur est volé ou tombe en panne, la sauvegarde disparaît avec lui&#xa0;: choisissez une clé USB et gardez-la ailleurs.</translation>
    </message>
    <message>
        <source>Choose where the backup should go.</source>
        <translation>Choisissez où mettre la sauvegarde.</translation>
    </message>
    <message>
        <source>It opens with your recovery key, or with your passphrase of today and the key file %1 beside it.</source>
        <translation>Elle s&apos;ouvre avec votre clé de secours, ou avec votre phrase de passe d&apos;aujourd&apos;hui et le fichier de clé %1 placé à côté.</translation>
    </message>
    <message>
        <source>It opens with your recovery key only (there is no key file).</source>
        <translation>Elle s&apos;ouvre uniquement avec votre clé de secours (il n&apos;y a pas de fichier de clé).</translation>
    </message>
    <message>
        <source>The backup is written to %1 and read back in full: nothing is missing. %2</source>
        <translation>La sauvegarde est écrite dans %1 et relue entièrement&#xa0;: rien ne manque. %2</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>A file with this name already exists there. It has not been changed; choose another name.</source>
        <translation>Un fichier portant ce nom existe déjà à cet endroit. Il n&apos;a pas été modifié&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly, so it was removed. Your vault is unchanged. Try again, or use another stick.</source>
        <translation>La sauvegarde n&apos;a pas pu être relue correctement, elle a donc été supprimée. Votre coffre-fort n&apos;a pas changé. Réessayez, ou utilisez une autre clé USB.</translation>
    </message>
    <message>
        <source>The backup could not be written: the stick may be full, removed or read-only. Your vault is unchanged and nothing half-written was left behind.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: la clé USB est peut-être pleine, retirée ou en lecture seule. Votre coffre-fort n&apos;a pas changé et rien d&apos;incomplet n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>You opened the program with your recovery key, so there is no passphrase yet to put in a key file. Make the backup without the key file, or first choose a new passphrase.</source>
        <translation>Vous avez ouvert le programme avec votre clé de secours&#xa0;: il n&apos;y a donc pas encore de phrase de passe à mettre dans un fichier de clé. Faites la sauvegarde sans fichier de clé, ou choisissez d&apos;abord une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>the disk may be full or was removed</source>
        <translation>le disque est peut-être plein ou a été retiré</translation>
    </message>
    <message>
        <source>The new vault could not be made there: %1. Your backup and your own vault are unchanged, and nothing half-made was left behind.</source>
        <translation>Le nouveau coffre-fort n&apos;a pas pu être créé à cet endroit&#xa0;: %1. Votre sauvegarde et votre propre coffre-fort n&apos;ont pas changé, et rien de fait à moitié n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>This backup is damaged, so it was not restored. Nothing has been changed. Try another backup copy.</source>
        <translation>Cette sauvegarde est endommagée, elle n&apos;a donc pas été restaurée. Rien n&apos;a été modifié. Essayez une autre copie de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase de passe &amp;actuelle</translation>
    </message>
    <message>
        <source>New passphrase, twice</source>
        <translation>Nouvelle phrase de passe, deux fois</translation>
    </message>
    <message>
        <source>Saving the new passphrase</source>
        <translation>Enregistrement de la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase de passe</translation>
    </message>
    <message>
        <source>Saving the new passphrase...</source>
        <translation>Enregistrement de la nouvelle phrase de passe…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from the next unlock.</source>
        <translation>La phrase de passe est changée. Utilisez la nouvelle au prochain déverrouillage.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>→ Steps (Ctrl+3)</source>
        <translation>→ Étapes (Ctrl+3)</translation>
    </message>
    <message>
        <source>→ Consents (Ctrl+4)</source>
        <translation>→ Consentements (Ctrl+4)</translation>
    </message>
    <message>
        <source>→ Appointment (Ctrl+5)</source>
        <translation>→ Rendez-vous (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>ClientBadge</name>
    <message>
        <source>Show name</source>
        <translation>Afficher le nom</translation>
    </message>
    <message>
        <source>Show the client&apos;s full name for 10 seconds</source>
        <translation>Afficher le nom complet du client pendant 10 secondes</translation>
    </message>
    <message>
        <source>Show the full name for 10 seconds (Ctrl+I)</source>
        <translation>Afficher le nom complet pendant 10 secondes (Ctrl+I)</translation>
    </message>
    <message>
        <source>Client&apos;s full name, shown for 10 seconds</source>
        <translation>Nom complet du client, affiché pendant 10 secondes</translation>
    </message>
    <message>
        <source>Hide name</source>
        <translation>Masquer le nom</translation>
    </message>
    <message>
        <source>Client&apos;s initials: %1</source>
        <translation>Initiales du client&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvel accueil</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Search: name or word</source>
        <translation>Rechercher&#xa0;: nom ou mot</translation>
    </message>
    <message>
        <source>Search: name or a word from the notes</source>
        <translation>Rechercher&#xa0;: un nom ou un mot des notes</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernier entretien&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n étape ouverte</numerusform>
            <numerusform>%n étapes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>your promise is overdue</source>
        <translation>votre engagement est en retard</translation>
    </message>
    <message>
        <source>A promise of yours is overdue</source>
        <translation>Un de vos engagements est en retard</translation>
    </message>
    <message>
        <source>Steps still open</source>
        <translation>Des étapes sont encore ouvertes</translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Aucun client ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No clients yet. Start with New intake (Ctrl+N).</source>
        <translation>Pas encore de clients. Commencez par Nouvel accueil (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Ouvrir l&apos;entretien</translation>
    </message>
    <message>
        <source>Open the chosen conversation</source>
        <translation>Ouvrir l&apos;entretien choisi</translation>
    </message>
    <message>
        <source>Conve&amp;rsations</source>
        <translation>En&amp;tretiens</translation>
    </message>
    <message>
        <source>&amp;Language of the client&apos;s papers</source>
        <translation>Lan&amp;gue des papiers du client</translation>
    </message>
    <message>
        <source>Not chosen yet: the program&apos;s language</source>
        <translation>Pas encore choisie&#xa0;: la langue du programme</translation>
    </message>
    <message>
        <source>Language of the client&apos;s sheet and copy</source>
        <translation>Langue de la fiche et de la copie du client</translation>
    </message>
    <message>
        <source>Start follo&amp;w-up</source>
        <translation>Commencer un &amp;suivi</translation>
    </message>
    <message>
        <source>Start a follow-up conversation</source>
        <translation>Commencer un entretien de suivi</translation>
    </message>
    <message>
        <source>&amp;Sheet again...</source>
        <translation>Fiche re&amp;mise à nouveau…</translation>
    </message>
    <message>
        <source>Print or save the sheet of the chosen conversation again</source>
        <translation>Imprimer ou enregistrer à nouveau la fiche de l&apos;entretien choisi</translation>
    </message>
    <message>
        <source>&amp;Delete client...</source>
        <translation>Effacer &amp;le client…</translation>
    </message>
    <message>
        <source>Delete this client and all their records</source>
        <translation>Effacer ce client et toutes ses données</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Start &amp;intake</source>
        <translation>Commencer l&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>%1 (pseudonym)</source>
        <translation>%1 (pseudonyme)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>a previous coach</source>
        <translation>un coach d&apos;avant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouvert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>%1, sheet printed on %2</source>
        <translation>%1, fiche imprimée le %2</translation>
    </message>
    <message>
        <source>%1, sheet saved as PDF on %2</source>
        <translation>%1, fiche enregistrée en PDF le %2</translation>
    </message>
    <message>
        <source>%1; the sheet handed over on %2 is out of date</source>
        <translation>%1&#xa0;; la fiche remise le %2 n&apos;est plus à jour</translation>
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
        <translation>Ce que le client peut lire</translation>
    </message>
    <message>
        <source>Esc or F11: back to the conversation</source>
        <translation>Échap ou F11&#xa0;: retour à l&apos;entretien</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Finish the conversation</source>
        <translation>Terminer l&apos;entretien</translation>
    </message>
    <message>
        <source>Look at what is still open, then finish. The duration stops and the conversation is kept as it is; you can reopen it to correct something.</source>
        <translation>Regardez ce qui est encore ouvert, puis terminez. La durée s&apos;arrête et l&apos;entretien est gardé tel quel&#xa0;; vous pouvez le rouvrir pour corriger quelque chose.</translation>
    </message>
    <message>
        <source>Items still open</source>
        <translation>Points encore ouverts</translation>
    </message>
    <message>
        <source>Go to the appointment (Ctrl+5)</source>
        <translation>Aller au rendez-vous (Ctrl+5)</translation>
    </message>
    <message>
        <source>Sheet for the client…</source>
        <translation>Fiche pour le client…</translation>
    </message>
    <message>
        <source>Print or save the client&apos;s sheet</source>
        <translation>Imprimer ou enregistrer la fiche du client</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open. They stay open and come back in the next conversation:</source>
        <translation>
            <numerusform>%1 %n point de la liste de contrôle est encore ouvert. Il reste ouvert et revient au prochain entretien&#xa0;:</numerusform>
            <numerusform>%1 %n points de la liste de contrôle sont encore ouverts. Ils restent ouverts et reviennent au prochain entretien&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open. Those left open from the intake come back in the next conversation:</source>
        <translation>
            <numerusform>%1 %n point de la liste de contrôle est encore ouvert. Ce qui est resté ouvert lors de l&apos;accueil revient au prochain entretien&#xa0;:</numerusform>
            <numerusform>%1 %n points de la liste de contrôle sont encore ouverts. Ce qui est resté ouvert lors de l&apos;accueil revient au prochain entretien&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open:</source>
        <translation>
            <numerusform>%1 %n point de la liste de contrôle est encore ouvert&#xa0;:</numerusform>
            <numerusform>%1 %n points de la liste de contrôle sont encore ouverts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every item of the checklist is settled.</source>
        <translation>%1 Tous les points de la liste de contrôle sont réglés.</translation>
    </message>
    <message>
        <source>%1 No next appointment yet.</source>
        <translation>%1 Pas encore de prochain rendez-vous.</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1 Next appointment: %2%3.</source>
        <translation>%1 Prochain rendez-vous&#xa0;: %2%3.</translation>
    </message>
    <message>
        <source>%1 The appointment of %2 (this conversation) is not marked kept yet.</source>
        <translation>%1 Le rendez-vous du %2 (cet entretien) n&apos;est pas encore marqué comme honoré.</translation>
    </message>
    <message>
        <source>%1 The client&apos;s sheet was not printed or saved yet.</source>
        <translation>%1 La fiche du client n&apos;a pas encore été imprimée ni enregistrée.</translation>
    </message>
    <message>
        <source>%1 The client&apos;s sheet was printed or saved on %2.</source>
        <translation>%1 La fiche du client a été imprimée ou enregistrée le %2.</translation>
    </message>
    <message>
        <source>%1 This conversation was finished on %2.</source>
        <translation>%1 Cet entretien a été terminé le %2.</translation>
    </message>
    <message>
        <source>%1 Not finished: %2</source>
        <translation>%1 Pas terminé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConsentCard</name>
    <message>
        <source>orally</source>
        <translation>oralement</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>par écrit</translation>
    </message>
    <message>
        <source>given %1 on %2 to %3</source>
        <translation>donné %1 le %2, destinataire&#xa0;: %3</translation>
    </message>
    <message>
        <source>refused %1 on %2 to %3</source>
        <translation>refusé %1 le %2, destinataire&#xa0;: %3</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>But&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Look at it again on %1</source>
        <translation>À revoir le %1</translation>
    </message>
    <message>
        <source>Date to look at it again changed on %1 (was %2)</source>
        <translation>Date de révision changée le %1 (avant&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Look at the consent to %1 again on</source>
        <translation>Revoir le consentement (destinataire&#xa0;: %1) le</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Changer la date</translation>
    </message>
    <message>
        <source>Change the date to look at the consent to %1 again</source>
        <translation>Changer la date de révision du consentement (destinataire&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Click again to withdraw</source>
        <translation>Cliquez encore pour retirer</translation>
    </message>
    <message>
        <source>Withdraw the consent to %1</source>
        <translation>Retirer le consentement (destinataire&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>e.g. the housing service</source>
        <translation>p. ex. le service logement</translation>
    </message>
    <message>
        <source>e.g. income and debts</source>
        <translation>p. ex. revenus et dettes</translation>
    </message>
    <message>
        <source>e.g. to apply for a social rent</source>
        <translation>p. ex. pour demander un logement social</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>Quelles informations</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Pour quoi faire</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Look at it again on (or ask by)</source>
        <translation>À revoir le (ou à demander avant le)</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation>Consentements de ce client</translation>
    </message>
    <message>
        <source>Fill in to whom, which information and what for.</source>
        <translation>Indiquez à qui, quelles informations et pour quoi faire.</translation>
    </message>
    <message>
        <source>A date is not a date yet: see beside it, or leave it empty.</source>
        <translation>Une date n&apos;est pas encore une date&#xa0;: voyez à côté, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>&apos;Valid until&apos; lies before the day the consent is given (%1): give a later date, or leave it empty.</source>
        <translation>«&#xa0;Valable jusqu&apos;au&#xa0;» tombe avant le jour où le consentement est donné (%1)&#xa0;: donnez une date plus tardive, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Noted as not asked yet: ask the client later.</source>
        <translation>Noté comme pas encore demandé&#xa0;: demandez-le au client plus tard.</translation>
    </message>
    <message>
        <source>Choose the decision: given, refused or not asked yet.</source>
        <translation>Choisissez la décision&#xa0;: donné, refusé ou pas encore demandé.</translation>
    </message>
    <message>
        <source>Choose how the client answered: oral or written.</source>
        <translation>Choisissez comment le client a répondu&#xa0;: oral ou écrit.</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and tried again. You can record the next consent once this one is saved.</source>
        <translation>Pas encore enregistré&#xa0;: gardé ici et réessayé. Vous pourrez enregistrer le consentement suivant quand celui-ci sera enregistré.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Consent withdrawn; it stays in the history.</source>
        <translation>Consentement retiré&#xa0;; il reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Not asking after all: the note is removed.</source>
        <translation>Finalement pas demandé&#xa0;: la note est retirée.</translation>
    </message>
    <message>
        <source>Date changed; the earlier date stays in the consent&apos;s history.</source>
        <translation>Date changée&#xa0;; la date précédente reste dans l&apos;historique du consentement.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Back to the client (Ctrl+W)</source>
        <translation>← Retour au client (Ctrl+W)</translation>
    </message>
    <message>
        <source>Back to the client&apos;s conversations</source>
        <translation>Retour aux entretiens du client</translation>
    </message>
    <message>
        <source>Show the client (F11)</source>
        <translation>Montrer au client (F11)</translation>
    </message>
    <message>
        <source>Show the client what is shared, in large text</source>
        <translation>Montrer au client ce qui est partagé, en grands caractères</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the client what is shared</source>
        <translation>Montrer au client ce qui est partagé</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Why? (F1)</source>
        <translation>Pourquoi&#xa0;? (F1)</translation>
    </message>
    <message>
        <source>Show why and an example sentence</source>
        <translation>Afficher le pourquoi et une phrase d&apos;exemple</translation>
    </message>
    <message>
        <source>These items were not yet dealt with in the intake. Tick them here once they are.</source>
        <translation>Ces points n&apos;ont pas encore été traités lors de l&apos;accueil. Cochez-les ici quand c&apos;est fait.</translation>
    </message>
    <message>
        <source>Not ticked in the intake</source>
        <translation>Non cochés lors de l&apos;accueil</translation>
    </message>
    <message>
        <source>These items of the intake were neither ticked nor given a note there. Tick them here once they are dealt with.</source>
        <translation>Ces points de l&apos;accueil n&apos;y ont été ni cochés ni annotés. Cochez-les ici une fois réglés.</translation>
    </message>
    <message>
        <source>Notes, steps, consents and appointment</source>
        <translation>Notes, étapes, consentements et rendez-vous</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>The guide stored with this conversation cannot be read, so its checklist cannot be shown. Notes, steps, consents and the appointment still work.</source>
        <translation>Le guide conservé avec cet entretien ne peut pas être lu, sa liste de contrôle ne peut donc pas être affichée. Les notes, les étapes, les consentements et le rendez-vous fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Left open in the intake</source>
        <translation>Resté ouvert lors de l&apos;accueil</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Intake conversation</source>
        <translation>Entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>Follow-up conversation</source>
        <translation>Entretien de suivi</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, commencé le %2</translation>
    </message>
    <message>
        <source>Sheet for the client…</source>
        <translation>Fiche pour le client…</translation>
    </message>
    <message>
        <source>Sheet for the client</source>
        <translation>Fiche pour le client</translation>
    </message>
    <message>
        <source>Sheet for the client (Ctrl+P)</source>
        <translation>Fiche pour le client (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown or Alt+Right</source>
        <translation>Ctrl+Pg suiv. ou Alt+Droite</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Ctrl+PgUp or Alt+Left</source>
        <translation>Ctrl+Pg préc. ou Alt+Gauche</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Haut / Bas</translation>
    </message>
    <message>
        <source>Previous / next item</source>
        <translation>Point précédent / suivant</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Item not applicable (again: open)</source>
        <translation>Point non applicable (encore une fois&#xa0;: ouvert)</translation>
    </message>
    <message>
        <source>Typing on an item</source>
        <translation>Taper sur un point</translation>
    </message>
    <message>
        <source>Starts its internal note, a word with n first too (the item stays as it was)</source>
        <translation>Commence sa note interne, aussi un mot qui commence par n (le point reste tel quel)</translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation>Entrée / Échap</translation>
    </message>
    <message>
        <source>Write a note on the item / back to the item</source>
        <translation>Écrire une note sur le point / retour au point</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ou&#xa0;?</translation>
    </message>
    <message>
        <source>Show or hide why, with an example sentence</source>
        <translation>Afficher ou masquer le pourquoi, avec une phrase d&apos;exemple</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Maj+N</translation>
    </message>
    <message>
        <source>New note (internal)</source>
        <translation>Nouvelle note (interne)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Maj+S</translation>
    </message>
    <message>
        <source>New step, agreed in this conversation</source>
        <translation>Nouvelle étape, convenue dans cet entretien</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Back to the checklist, on the item you were at (the first time: the first open item)</source>
        <translation>Retour à la liste de contrôle, sur le point où vous étiez (la première fois&#xa0;: le premier point ouvert)</translation>
    </message>
    <message>
        <source>Notes, steps, consents, appointment: back in the field you were in there (the first time: the latest note, the first step, the consent form, the date)</source>
        <translation>Notes, étapes, consentements, rendez-vous&#xa0;: retour dans le champ où vous étiez (la première fois&#xa0;: la dernière note, la première étape, le formulaire de consentement, la date)</translation>
    </message>
    <message>
        <source>Ctrl+2 to Ctrl+5</source>
        <translation>Ctrl+2 à Ctrl+5</translation>
    </message>
    <message>
        <source>Item done (Backspace: open again)</source>
        <translation>Point fait (Retour arrière&#xa0;: de nouveau ouvert)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation>Enregistrer maintenant (l&apos;enregistrement se fait aussi tout seul)</translation>
    </message>
    <message>
        <source>Show or hide the client&apos;s full name (10 seconds)</source>
        <translation>Afficher ou masquer le nom complet du client (10 secondes)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n promise(s) of yours overdue (Ctrl+3)</source>
        <translation>
            <numerusform>⚠ %n engagement de votre part en retard (Ctrl+3)</numerusform>
            <numerusform>⚠ %n engagements de votre part en retard (Ctrl+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>the consent form holds text that is not recorded. Record or clear it.</source>
        <translation>le formulaire de consentement contient du texte non enregistré. Enregistrez-le ou effacez-le.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy of the file</source>
        <translation>Copie du dossier</translation>
    </message>
    <message>
        <source>The client may have a copy of everything kept about them, internal notes included. Look at each internal note and note on a checklist point first: include it, black out what concerns someone else, or leave it out with a reason (the copy shows the reason).</source>
        <translation>Le client peut recevoir une copie de tout ce qui est gardé à son sujet, notes internes comprises. Regardez d&apos;abord chaque note interne et chaque note à un point&#xa0;: l&apos;inclure, noircir ce qui concerne quelqu&apos;un d&apos;autre, ou la laisser de côté avec une raison (la copie montre la raison).</translation>
    </message>
    <message>
        <source>Notes to review</source>
        <translation>Notes à revoir</translation>
    </message>
    <message>
        <source>The note; select a part to black it out</source>
        <translation>La note&#xa0;; choisissez une partie pour la noircir</translation>
    </message>
    <message>
        <source>As the copy shows it</source>
        <translation>Tel que la copie le montre</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Inclure</translation>
    </message>
    <message>
        <source>&amp;Black out the selected part</source>
        <translation>Noir&amp;cir la partie choisie</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Pourquoi c&apos;est laissé de côté</translation>
    </message>
    <message>
        <source>Why it is left out (the client reads this)</source>
        <translation>Pourquoi c&apos;est laissé de côté (le client le lira)</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Laisser de côté</translation>
    </message>
    <message>
        <source>The PDF and the JSON file are not encrypted: anyone with the files can read them. Write them to the client&apos;s own USB stick, not to this laptop.</source>
        <translation>Le PDF et le fichier JSON ne sont pas chiffrés&#xa0;: qui a les fichiers peut les lire. Écrivez-les sur la clé USB du client, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Writing the copy</source>
        <translation>Écriture de la copie</translation>
    </message>
    <message>
        <source>Writing the copy. You can wait here; closing this window stops it.</source>
        <translation>La copie est en cours d&apos;écriture. Vous pouvez attendre ici&#xa0;; fermer cette fenêtre l&apos;arrête.</translation>
    </message>
    <message>
        <source>&amp;Write the copy</source>
        <translation>&amp;Écrire la copie</translation>
    </message>
    <message>
        <source>N&amp;otes to review</source>
        <translation>N&amp;otes à revoir</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluse</translation>
    </message>
    <message>
        <source>included, parts blacked out</source>
        <translation>incluse, parties noircies</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>laissée de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>%1, %2 — %3: %4</source>
        <translation>%1, %2 — %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>No internal notes or item notes: nothing to review.</source>
        <translation>Pas de notes internes ni de notes aux points&#xa0;: rien à revoir.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Pas encore revue.</translation>
    </message>
    <message>
        <source>Left out. The copy says why: %1</source>
        <translation>Laissée de côté. La copie dit pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>In the copy: %1</source>
        <translation>Dans la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select the part to black out first.</source>
        <translation>Choisissez d&apos;abord la partie à noircir.</translation>
    </message>
    <message>
        <source>Say why it is left out: the client reads it.</source>
        <translation>Dites pourquoi c&apos;est laissé de côté&#xa0;: le client le lira.</translation>
    </message>
    <message>
        <source>This choice cannot be stored for this note.</source>
        <translation>Ce choix ne peut pas être enregistré pour cette note.</translation>
    </message>
    <message>
        <source>Blacked out up to whole words: part of a word tells what was there.</source>
        <translation>Retiré jusqu&apos;aux mots entiers&#xa0;: une partie d&apos;un mot laisse deviner ce qui était écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) still to review.</source>
        <translation>
            <numerusform>Encore %n note à revoir.</numerusform>
            <numerusform>Encore %n notes à revoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should the copy go?</source>
        <translation>Où mettre la copie&#xa0;?</translation>
    </message>
    <message>
        <source>The copy of the file was not made: it was stopped before it was ready. Nothing was left in the folder and nothing was logged; your review choices are kept. Make the copy again when you are ready.</source>
        <translation>La copie du dossier n&apos;a pas été faite&#xa0;: elle a été arrêtée avant d&apos;être prête. Rien n&apos;est resté dans le dossier choisi et rien n&apos;a été consigné&#xa0;; vos choix de relecture sont conservés. Refaites la copie quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another.</source>
        <translation>Ce dossier n&apos;existe pas. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A copy of today is already in that folder. Choose another folder.</source>
        <translation>Une copie d&apos;aujourd&apos;hui se trouve déjà dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The files could not be written there. Choose another place.</source>
        <translation>Les fichiers n&apos;ont pas pu être écrits là. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Note on the point “%1”</source>
        <translation>Note sur le point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Written: %1 and %2. They are not encrypted. The copy is recorded in the client&apos;s log.</source>
        <translation>Écrits&#xa0;: %1 et %2. Ils ne sont pas chiffrés. La copie est notée dans le journal du client.</translation>
    </message>
    <message>
        <source>That folder is on this laptop: give the files to the client and delete them here.</source>
        <translation>Ce dossier est sur cet ordinateur&#xa0;: donnez les fichiers au client et effacez-les ici.</translation>
    </message>
</context>
<context>
    <name>CopyPlace</name>
    <message>
        <source>Language of the copy</source>
        <translation>Langue de la copie</translation>
    </message>
    <message>
        <source>Folder for the copy</source>
        <translation>Dossier de la copie</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder for the copy</source>
        <translation>Choisissez le dossier de la copie</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
</context>
<context>
    <name>CountsDialog</name>
    <message>
        <source>Anonymous counts</source>
        <translation>Chiffres anonymes</translation>
    </message>
    <message>
        <source>Numbers only, for the organisation&apos;s reports: conversations, clients, steps, consents and appointments of whole months. No name, no text, no day. A count under 5 is written &lt;5.</source>
        <translation>Uniquement des nombres, pour les rapports de l&apos;organisation&#xa0;: entretiens, clients, étapes, consentements et rendez-vous par mois entiers. Aucun nom, aucun texte, aucun jour. Un nombre inférieur à 5 est écrit &lt;5.</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>counts-%1-%2</source>
        <translation>chiffres-%1-%2</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Through</source>
        <translation>&amp;Jusqu&apos;à</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation>&amp;Enregistrer les chiffres</translation>
    </message>
    <message>
        <source>Where should the counts go?</source>
        <translation>Où mettre les chiffres&#xa0;?</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another place.</source>
        <translation>Le fichier n&apos;a pas pu être écrit à cet endroit. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Counts of %1 to %2 saved: %3</source>
        <translation>Chiffres de %1 à %2 enregistrés&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CrashHook</name>
    <message>
        <source>Something went wrong inside Intake Companion. Your notes are safe: everything that was shown as saved is in the vault.</source>
        <translation>Un problème est survenu dans Intake Companion. Vos notes sont en sécurité&#xa0;: tout ce qui était indiqué comme enregistré se trouve dans le coffre-fort.</translation>
    </message>
    <message>
        <source>A short technical report (without any client information) was written to:
%1</source>
        <translation>Un court rapport technique (sans aucune information sur un client) a été écrit dans&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The technical report could not be written.</source>
        <translation>Le rapport technique n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Intake Companion</source>
        <translation>Intake Companion</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart.</source>
        <translation>Vous pouvez continuer à travailler. Si cela se reproduit, redémarrez.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Intake Companion</source>
        <translation>Bienvenue dans Intake Companion</translation>
    </message>
    <message>
        <source>Your notes are kept in an encrypted vault on this computer. Nothing is sent anywhere. Choose a passphrase to lock it: you type it each time you open the program.</source>
        <translation>Vos notes sont gardées dans un coffre-fort chiffré sur cet ordinateur. Rien n&apos;est envoyé nulle part. Choisissez une phrase de passe pour le verrouiller&#xa0;: vous la tapez chaque fois que vous ouvrez le programme.</translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>Créer le coffre-for&amp;t</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Making the vault; this takes a few seconds...</source>
        <translation>Création du coffre-fort&#xa0;; cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>The vault is damaged</source>
        <translation>Le coffre-fort est endommagé</translation>
    </message>
    <message>
        <source>Intake Companion found damage in the vault while reading it and closed it at once. Nothing has been written to it since: it stays exactly as it was found.</source>
        <translation>Intake Companion a trouvé des dommages dans le coffre-fort en le lisant et l&apos;a fermé aussitôt. Rien n&apos;y a été écrit depuis&#xa0;: il reste exactement tel qu&apos;il a été trouvé.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Ce que la vérification a trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet saved are kept in memory, not in the damaged vault. Open the restored vault in this window and they are written into it; do not quit the program before.</source>
        <translation>
            <numerusform>%n modification pas encore enregistrée est gardée en mémoire, pas dans le coffre-fort endommagé. Ouvrez le coffre-fort restauré dans cette fenêtre et elle y sera écrite&#xa0;; ne quittez pas le programme avant.</numerusform>
            <numerusform>%n modifications pas encore enregistrées sont gardées en mémoire, pas dans le coffre-fort endommagé. Ouvrez le coffre-fort restauré dans cette fenêtre et elles y seront écrites&#xa0;; ne quittez pas le programme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: restore your most recent backup into a new vault (File &gt; Restore a backup, or the button below), then open that vault. Keep the damaged vault and its key file; do not delete them.</source>
        <translation>Que faire&#xa0;: restaurez votre sauvegarde la plus récente dans un nouveau coffre-fort (Fichier &gt; Restaurer une sauvegarde, ou le bouton ci-dessous), puis ouvrez ce coffre-fort. Gardez le coffre-fort endommagé et son fichier de clé&#xa0;; ne les supprimez pas.</translation>
    </message>
    <message>
        <source>What to tell IT: the vault %1 is damaged; Intake Companion&apos;s check found the damage and nothing was written to it. Ask them to check the laptop&apos;s disk, and to keep the vault and its key file %2 aside: with the recovery key an expert may save more of it.</source>
        <translation>Ce qu&apos;il faut dire au service informatique&#xa0;: le coffre-fort %1 est endommagé&#xa0;; la vérification d&apos;Intake Companion a trouvé les dommages et rien n&apos;y a été écrit. Demandez-leur de vérifier le disque de l&apos;ordinateur portable et de mettre de côté le coffre-fort et son fichier de clé %2&#xa0;: avec la clé de secours, un expert pourra peut-être en sauver davantage.</translation>
    </message>
    <message>
        <source>&amp;Back to the unlock screen</source>
        <translation>&amp;Retour à l&apos;écran de déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>The check finds no damage in the file now; a read failed all the same. Unlock again; if this comes back, restore a backup.</source>
        <translation>La vérification ne trouve plus de dommages dans le fichier&#xa0;; une lecture a pourtant échoué. Déverrouillez à nouveau&#xa0;; si cela revient, restaurez une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Calendar (Alt+Down or F4)</source>
        <translation>Calendrier (Alt+Flèche bas ou F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Il faut une date ici.</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Erase this client and everything recorded about them?</source>
        <translation>Effacer ce client et tout ce qui a été enregistré à son sujet&#xa0;?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), with their checklists</source>
        <translation>
            <numerusform>%n entretien, avec sa liste de contrôle</numerusform>
            <numerusform>%n entretiens, avec leurs listes de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) (shared or internal)</source>
        <translation>
            <numerusform>%n note (partagée ou interne)</numerusform>
            <numerusform>%n notes (partagées et internes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on checklist points</source>
        <translation>
            <numerusform>%n note sur un point de liste de contrôle</numerusform>
            <numerusform>%n notes sur des points de liste de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s)</source>
        <translation>
            <numerusform>%n petite étape</numerusform>
            <numerusform>%n petites étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s), with their history</source>
        <translation>
            <numerusform>%n consentement, avec son historique</numerusform>
            <numerusform>%n consentements, avec leur historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) kept as handed over</source>
        <translation>
            <numerusform>%n fiche gardée telle que remise</numerusform>
            <numerusform>%n fiches gardées telles que remises</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Ce qui sera effacé</translation>
    </message>
    <message>
        <source>They are erased from the vault for good; this cannot be undone. Sheets already printed or saved as PDF are not affected.</source>
        <translation>Ils sont effacés du coffre-fort pour de bon&#xa0;; c&apos;est irréversible. Les fiches déjà imprimées ou enregistrées en PDF ne sont pas concernées.</translation>
    </message>
    <message>
        <source>What erasing does not reach</source>
        <translation>Ce que l&apos;effacement n&apos;atteint pas</translation>
    </message>
    <message>
        <source>&amp;Erase client</source>
        <translation>&amp;Effacer le client</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EarlierStepRow</name>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>Statut de&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ElapsedClock</name>
    <message>
        <source>Open since %1</source>
        <translation>Ouvert depuis le %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Duration %1:%2</source>
        <translation>Durée %1:%2</translation>
    </message>
    <message>
        <source>%1 minutes since the start of the conversation</source>
        <translation>%1 minutes depuis le début de l&apos;entretien</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <source>The name is a &amp;pseudonym the client chose</source>
        <translation>Pseudon&amp;yme choisi par le client</translation>
    </message>
    <message>
        <source>The name is a pseudonym</source>
        <translation>Le nom est un pseudonyme</translation>
    </message>
    <message>
        <source>Taken over from</source>
        <translation>Repris de</translation>
    </message>
    <message>
        <source>What left the vault</source>
        <translation>Ce qui est sorti du coffre-fort</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Why the file may not be erased</source>
        <translation>Pourquoi le dossier ne peut pas être effacé</translation>
    </message>
    <message>
        <source>Put the file on hold: do not erase</source>
        <translation>Bloquer le dossier&#xa0;: ne pas effacer</translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation>Lever le blocage</translation>
    </message>
    <message>
        <source>Cop&amp;y of the file...</source>
        <translation>Copie d&amp;u dossier…</translation>
    </message>
    <message>
        <source>Make a copy of the file for the client</source>
        <translation>Faire une copie du dossier pour le client</translation>
    </message>
    <message>
        <source>Hand the client over to a colleague</source>
        <translation>Transmettre le client à un collègue</translation>
    </message>
    <message>
        <source>Who received the client&apos;s infor&amp;mation?</source>
        <translation>&amp;Qui a reçu les données du client&#xa0;?</translation>
    </message>
    <message>
        <source>Do no&amp;t erase</source>
        <translation>Ne &amp;pas effacer</translation>
    </message>
    <message>
        <source>&amp;Undo the hold</source>
        <translation>Lever le &amp;blocage</translation>
    </message>
    <message>
        <source>H&amp;and over...</source>
        <translation>Transmettre à un nou&amp;veau coach…</translation>
    </message>
    <message>
        <source>Arch&amp;ive, then erase...</source>
        <translation>Arc&amp;hiver, puis effacer…</translation>
    </message>
    <message>
        <source>Write a complete copy for the archive, then erase the client</source>
        <translation>Écrire une copie complète pour les archives, puis effacer le client</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Taken over from %1: handed over on %2, taken over on %3.</source>
        <translation>Repris de %1&#xa0;: transmis le %2, repris le %3.</translation>
    </message>
    <message>
        <source>Nothing has left the vault yet.</source>
        <translation>Rien n&apos;est encore sorti du coffre-fort.</translation>
    </message>
    <message>
        <source>No hold: the file may be erased.</source>
        <translation>Pas de blocage&#xa0;: le dossier peut être effacé.</translation>
    </message>
    <message>
        <source>On hold since %1, do not erase: %2</source>
        <translation>Bloqué depuis le %1, ne pas effacer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the sheet of the conversation of %2, printed</source>
        <translation>%1&#xa0;: la fiche de l&apos;entretien du %2, imprimée</translation>
    </message>
    <message>
        <source>%1: the sheet of the conversation of %2, saved as PDF</source>
        <translation>%1&#xa0;: la fiche de l&apos;entretien du %2, enregistrée en PDF</translation>
    </message>
    <message>
        <source>%1: a copy of the file for %2</source>
        <translation>%1&#xa0;: une copie du dossier pour %2</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>%1: handed over to %2, with your own notes</source>
        <translation>%1&#xa0;: transmis, destinataire&#xa0;: %2, avec vos propres notes</translation>
    </message>
    <message>
        <source>%1: handed over to %2, without your own notes</source>
        <translation>%1&#xa0;: transmis, destinataire&#xa0;: %2, sans vos propres notes</translation>
    </message>
    <message>
        <source>%1: handed over to %2</source>
        <translation>%1&#xa0;: transmis, destinataire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a backup of the whole vault (encrypted)</source>
        <translation>%1&#xa0;: une sauvegarde de tout le coffre-fort (chiffrée)</translation>
    </message>
    <message>
        <source>%1; the PDF for the client about the handover: %2</source>
        <translation>%1&#xa0;; le PDF pour le client sur le transfert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — consent withdrawn afterwards, on %2</source>
        <translation>%1 — consentement retiré ensuite, le %2</translation>
    </message>
    <message>
        <source>Say why the file may not be erased.</source>
        <translation>Dites pourquoi le dossier ne peut pas être effacé.</translation>
    </message>
    <message>
        <source>The file is on hold: it cannot be erased.</source>
        <translation>Le dossier est bloqué&#xa0;: il ne peut pas être effacé.</translation>
    </message>
    <message>
        <source>The hold is lifted.</source>
        <translation>Le blocage est levé.</translation>
    </message>
</context>
<context>
    <name>FilePlaces</name>
    <message>
        <source>OneDrive keeps that folder in step with the cloud: the file, not encrypted, is copied there too. Delete it there once it is handed over, or save it elsewhere.</source>
        <translation>OneDrive synchronise ce dossier avec le cloud&#xa0;: le fichier, non chiffré, y est aussi copié. Supprimez-le là-bas une fois remis, ou enregistrez-le ailleurs.</translation>
    </message>
</context>
<context>
    <name>FinishedBanner</name>
    <message>
        <source>Reopen to correct</source>
        <translation>Rouvrir pour corriger</translation>
    </message>
    <message>
        <source>Reopen this conversation to correct it</source>
        <translation>Rouvrir cet entretien pour le corriger</translation>
    </message>
    <message>
        <source>✓ This conversation was finished on %1. It is shown as it was kept; reopen it to correct something.</source>
        <translation>✓ Cet entretien a été terminé le %1. Il est affiché tel qu&apos;il a été gardé&#xa0;; rouvrez-le pour corriger quelque chose.</translation>
    </message>
</context>
<context>
    <name>GuideFilesEditor</name>
    <message>
        <source>Add...</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a guide file</source>
        <translation>Ajouter un fichier de guide</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen guide file</source>
        <translation>Retirer le fichier de guide choisi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>This guide cannot be used yet: %1</source>
        <translation>Ce guide ne peut pas encore être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The guide is in order and was added.</source>
        <translation>Le guide est en ordre et a été ajouté.</translation>
    </message>
    <message>
        <source>Choose a guide file</source>
        <translation>Choisir un fichier de guide</translation>
    </message>
    <message>
        <source>Guides (*.toml)</source>
        <translation>Guides (*.toml)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the client over</source>
        <translation>Transmettre le client</translation>
    </message>
    <message>
        <source>The client&apos;s records go into one encrypted file for the new coach, with the client&apos;s consent. Pass the file and the transfer code on in two different ways: the file on a stick or by mail, the code by phone or on paper.</source>
        <translation>Les données du client vont dans un seul fichier chiffré pour le nouveau coach, avec le consentement du client. Transmettez le fichier et le code de transfert par deux voies différentes&#xa0;: le fichier sur une clé USB ou par e-mail, le code par téléphone ou sur papier.</translation>
    </message>
    <message>
        <source>Consent for the handover</source>
        <translation>Consentement pour le transfert</translation>
    </message>
    <message>
        <source>%1 (consent of %2)</source>
        <translation>%1 (consentement du %2)</translation>
    </message>
    <message>
        <source>Choose the client&apos;s consent for it</source>
        <translation>Choisissez le consentement du client pour ce transfert</translation>
    </message>
    <message numerus="yes">
        <source>Do not pass on my own &amp;notes (%n internal notes and notes on checklist points)</source>
        <translation>
            <numerusform>Ne pas transmettre mes propres &amp;notes (%n note interne ou note sur un point)</numerusform>
            <numerusform>Ne pas transmettre mes propres &amp;notes (%n notes internes et notes sur les points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not pass on my own notes</source>
        <translation>Ne pas transmettre mes propres notes</translation>
    </message>
    <message>
        <source>I &amp;checked that the client&apos;s consent covers what goes along</source>
        <translation>J&apos;ai &amp;vérifié que le consentement du client couvre ce qui est transmis</translation>
    </message>
    <message>
        <source>The consent covers what goes along</source>
        <translation>Le consentement couvre ce qui est transmis</translation>
    </message>
    <message>
        <source>handover-%1</source>
        <translation>transmission-%1</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Fichier de transfert</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the handover file</source>
        <translation>Choisir le fichier de transfert</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>Code de transfert</translation>
    </message>
    <message>
        <source>Also write the client&apos;s &amp;sheet “Your new coach” (PDF)</source>
        <translation>Écrire aussi la feuille du c&amp;lient «&#xa0;Votre nouveau coach&#xa0;» (PDF)</translation>
    </message>
    <message>
        <source>Who the new coach is and how to reach them</source>
        <translation>Qui est le nouveau coach et comment le joindre</translation>
    </message>
    <message>
        <source>Name, service, phone, email, when</source>
        <translation>Nom, service, téléphone, e-mail, quand</translation>
    </message>
    <message>
        <source>Also write the client&apos;s sheet</source>
        <translation>Écrire aussi la feuille du client</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reach the new coach</source>
        <translation>&amp;Joindre le nouveau coach</translation>
    </message>
    <message>
        <source>&amp;Write handover file</source>
        <translation>É&amp;crire le fichier de transfert</translation>
    </message>
    <message>
        <source>&amp;Erase the client here...</source>
        <translation>&amp;Effacer le client ici…</translation>
    </message>
    <message>
        <source>This client has no consent in force for a handover. Record the client&apos;s consent first, in a conversation (to whom, what, why).</source>
        <translation>Ce client n&apos;a pas de consentement en vigueur pour un transfert. Enregistrez d&apos;abord le consentement du client, dans un entretien (à qui, quoi, pourquoi).</translation>
    </message>
    <message>
        <source>What the client agreed to pass on: “%1”. Why: “%2”.</source>
        <translation>Ce que le client a accepté de transmettre&#xa0;: «&#xa0;%1&#xa0;». Pourquoi&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Where should the handover file go?</source>
        <translation>Où mettre le fichier de transfert&#xa0;?</translation>
    </message>
    <message>
        <source>This consent is no longer in force.</source>
        <translation>Ce consentement n&apos;est plus en vigueur.</translation>
    </message>
    <message>
        <source>A file with this name already exists there. Choose another name.</source>
        <translation>Un fichier portant ce nom existe déjà à cet endroit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another place.</source>
        <translation>Le fichier n&apos;a pas pu être écrit à cet endroit. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Handover file written: %1. Give the new coach the transfer code above by phone or on paper, never with the file. The handover is recorded; the client is still in this vault until you erase them.</source>
        <translation>Fichier de transfert écrit&#xa0;: %1. Donnez au nouveau coach le code de transfert ci-dessus par téléphone ou sur papier, jamais avec le fichier. Le transfert est enregistré&#xa0;; le client reste dans ce coffre-fort jusqu&apos;à ce que vous l&apos;effaciez.</translation>
    </message>
    <message>
        <source>The client&apos;s sheet (not encrypted, for the client): %1.</source>
        <translation>La feuille du client (non chiffrée, pour le client)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your own notes (internal notes and notes on checklist points) went along in the handover file.</source>
        <translation>Vos propres notes (notes internes et notes sur des points) sont dans le fichier de transfert.</translation>
    </message>
    <message>
        <source>Your own notes stayed here: they are not in the handover file.</source>
        <translation>Vos propres notes sont restées ici&#xa0;: elles ne sont pas dans le fichier de transfert.</translation>
    </message>
    <message>
        <source>%1-client-sheet</source>
        <translation>%1-feuille-pour-le-client</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Press any key or move the mouse to keep working.</source>
        <translation>Appuyez sur une touche ou bougez la souris pour continuer à travailler.</translation>
    </message>
    <message>
        <source>Lock warning</source>
        <translation>Avertissement de verrouillage</translation>
    </message>
    <message numerus="yes">
        <source>The program locks in %n second(s).</source>
        <translation>
            <numerusform>Le programme se verrouille dans %n seconde.</numerusform>
            <numerusform>Le programme se verrouille dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>Fait (Espace)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>Non applicable (N)</translation>
    </message>
    <message>
        <source>Why, and an example sentence (F1)</source>
        <translation>Pourquoi, et une phrase d&apos;exemple (F1)</translation>
    </message>
    <message>
        <source>Why this item matters</source>
        <translation>Pourquoi ce point compte</translation>
    </message>
    <message>
        <source>Internal note on this item, not on the sheet (Enter)</source>
        <translation>Note interne sur ce point, pas sur la fiche (Entrée)</translation>
    </message>
    <message>
        <source>Internal note on: %1</source>
        <translation>Note interne sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>Item: %1, %2</source>
        <translation>Point&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1. Space: done, N: not applicable, Enter: note.</source>
        <translation>%1. Espace&#xa0;: fait, N&#xa0;: non applicable, Entrée&#xa0;: note.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>LeftOpenBand</name>
    <message>
        <source>This conversation was left open since %1. Its last change was on %2: finish it at that moment, or keep it open.</source>
        <translation>Cet entretien est resté ouvert depuis le %1. Sa dernière modification date du %2&#xa0;: terminez-le à ce moment-là, ou laissez-le ouvert.</translation>
    </message>
    <message>
        <source>Finishing records the appointment of %1 as kept: it was held then.</source>
        <translation>Terminer note le rendez-vous du %1 comme honoré&#xa0;: l&apos;entretien a eu lieu à ce moment.</translation>
    </message>
    <message>
        <source>Finish at %1</source>
        <translation>Terminer le %1</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Le laisser ouvert</translation>
    </message>
</context>
<context>
    <name>LongSheetQuestion</name>
    <message>
        <source>A long sheet</source>
        <translation>Une longue fiche</translation>
    </message>
    <message numerus="yes">
        <source>This sheet is %n page(s) long.</source>
        <translation>
            <numerusform>Cette fiche fait %n page.</numerusform>
            <numerusform>Cette fiche fait %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all of it, or go back and look at the preview first.</source>
        <translation>Tout imprimer, ou revenir et regarder d&apos;abord l&apos;aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n page(s)</source>
        <translation>
            <numerusform>Imprimer %n page</numerusform>
            <numerusform>Imprimer %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save all of it, or go back and look at the preview first.</source>
        <translation>Tout enregistrer, ou revenir et regarder d&apos;abord l&apos;aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>Save %n page(s) as PDF</source>
        <translation>
            <numerusform>Enregistrer %n page en PDF</numerusform>
            <numerusform>Enregistrer %n pages en PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>(and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>(et %n autre problème dans ce fichier)</numerusform>
            <numerusform>(et %n autres problèmes dans ce fichier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) of your organisation could not be used: %1</source>
        <translation>
            <numerusform>%n fichier de guide de votre organisation n&apos;a pas pu être utilisé&#xa0;: %1</numerusform>
            <numerusform>%n fichiers de guide de votre organisation n&apos;ont pas pu être utilisés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the settings file is open in another program</source>
        <translation>le fichier des paramètres est ouvert dans un autre programme</translation>
    </message>
    <message>
        <source>This window opens the restored vault now, but the program could not remember it (%1): the next start opens your usual vault again.</source>
        <translation>Cette fenêtre ouvre maintenant le coffre-fort restauré, mais le programme n&apos;a pas pu s&apos;en souvenir (%1)&#xa0;: au prochain démarrage, votre coffre-fort habituel s&apos;ouvre de nouveau.</translation>
    </message>
    <message>
        <source>&amp;New intake...</source>
        <translation>&amp;Nouvel accueil…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Trouver un client</translation>
    </message>
    <message>
        <source>&amp;Overview of the week</source>
        <translation>&amp;Aperçu de la semaine</translation>
    </message>
    <message>
        <source>Start &amp;follow-up</source>
        <translation>Commencer un &amp;suivi</translation>
    </message>
    <message>
        <source>&amp;Back to the client</source>
        <translation>Reto&amp;ur au client</translation>
    </message>
    <message>
        <source>&amp;Sheet for the client...</source>
        <translation>&amp;Fiche pour le client…</translation>
    </message>
    <message>
        <source>&amp;Delete client...</source>
        <translation>&amp;Effacer le client…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Your &amp;details...</source>
        <translation>Vos &amp;coordonnées…</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Intake Companion</source>
        <translation>À &amp;propos d&apos;Intake Companion</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>e.g. 9/3 or next Tuesday</source>
        <translation>par ex. 9/3 ou mardi prochain</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. 14u30</source>
        <translation>par ex. 14h30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
</context>
<context>
    <name>NewIntakeField</name>
    <message>
        <source>Guide for the conversation</source>
        <translation>Guide pour l&apos;entretien</translation>
    </message>
    <message>
        <source>Name or pseudonym of the new client</source>
        <translation>Nom ou pseudonyme du nouveau client</translation>
    </message>
    <message>
        <source>The client &amp;gave a pseudonym</source>
        <translation>Le cl&amp;ient a donné un pseudonyme</translation>
    </message>
    <message>
        <source>The name is a pseudonym</source>
        <translation>Le nom est un pseudonyme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the intake</source>
        <translation>Commencer l&apos;accueil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type a name or a pseudonym first; initials are fine too.</source>
        <translation>Tapez d&apos;abord un nom ou un pseudonyme&#xa0;; des initiales suffisent aussi.</translation>
    </message>
</context>
<context>
    <name>NewKeyOfferPage</name>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Créer une nouvelle clé de secours&#xa0;?</translation>
    </message>
    <message>
        <source>The program was locked while your recovery key was on the screen, before you confirmed that you kept it. To be sure you have a recovery key that works, make a new one now, then print or save it. The old one then no longer opens this vault.</source>
        <translation>Le programme s&apos;est verrouillé alors que votre clé de secours était à l&apos;écran, avant que vous confirmiez l&apos;avoir gardée. Pour être sûr d&apos;avoir une clé de secours qui fonctionne, créez-en une nouvelle maintenant, puis imprimez-la ou enregistrez-la. L&apos;ancienne n&apos;ouvre alors plus ce coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Not now: ask again at the next unlock</source>
        <translation>Pas maintenant&#xa0;: redemander au prochain déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>Créer une &amp;nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Créer une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Création d&apos;une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Making a new recovery key; this can take a little while...</source>
        <translation>Création d&apos;une nouvelle clé de secours&#xa0;; cela peut prendre un moment…</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>The vault is open with the recovery key. Choose a new passphrase for the next times. Your recovery key stays the same and keeps working.</source>
        <translation>Le coffre-fort est ouvert avec la clé de secours. Choisissez une nouvelle phrase de passe pour les prochaines fois. Votre clé de secours reste la même et continue de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Not now: keep using the recovery key</source>
        <translation>Pas maintenant&#xa0;: continuer avec la clé de secours</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Défi&amp;nir la phrase de passe</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Définir la phrase de passe</translation>
    </message>
    <message>
        <source>Saving the new passphrase</source>
        <translation>Enregistrement de la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Saving the new passphrase...</source>
        <translation>Enregistrement de la nouvelle phrase de passe…</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de secours</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have now. After this, your current recovery key no longer opens this vault. Backups made before now keep the key they had: keep the old recovery key as long as you keep those backups.

The new key is shown once: print it or save it, away from this laptop. Your passphrase stays the same.</source>
        <translation>Une nouvelle clé de secours remplace celle que vous avez maintenant. Ensuite, votre clé de secours actuelle n&apos;ouvre plus ce coffre-fort. Les sauvegardes faites avant gardent la clé qu&apos;elles avaient&#xa0;: gardez l&apos;ancienne clé de secours aussi longtemps que vous gardez ces sauvegardes.

La nouvelle clé n&apos;est affichée qu&apos;une fois&#xa0;: imprimez-la ou enregistrez-la, loin de cet ordinateur portable. Votre phrase de passe reste la même.</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Création d&apos;une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>Créer une &amp;nouvelle clé de secours</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Créer une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>The vault was opened with its recovery key and has no passphrase yet. Choose one first under Vault &gt; Change passphrase.</source>
        <translation>Le coffre-fort a été ouvert avec sa clé de secours et n&apos;a pas encore de phrase de passe. Choisissez-en d&apos;abord une sous Coffre-fort &gt; Changer la phrase de passe.</translation>
    </message>
    <message>
        <source>Making a new recovery key; this can take a little while...</source>
        <translation>Création d&apos;une nouvelle clé de secours&#xa0;; cela peut prendre un moment…</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Type the note here</source>
        <translation>Tapez la note ici</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Cliquez encore pour supprimer</translation>
    </message>
    <message>
        <source>Delete note %1</source>
        <translation>Supprimer la note %1</translation>
    </message>
    <message>
        <source>NOT RECORDED: at the client&apos;s request</source>
        <translation>PAS NOTÉ&#xa0;: à la demande du client</translation>
    </message>
    <message>
        <source>Nothing is written here. Typing makes this an internal note.</source>
        <translation>Rien n&apos;est écrit ici. Ce que vous tapez devient une note interne.</translation>
    </message>
    <message>
        <source>not recorded, at the client&apos;s request</source>
        <translation>pas noté, à la demande du client</translation>
    </message>
    <message>
        <source>SHARED: goes on the client&apos;s sheet</source>
        <translation>PARTAGÉE&#xa0;: va sur la fiche du client</translation>
    </message>
    <message>
        <source>Make internal</source>
        <translation>Rendre interne</translation>
    </message>
    <message>
        <source>shared with the client</source>
        <translation>partagée avec le client</translation>
    </message>
    <message>
        <source>INTERNAL: not on the sheet</source>
        <translation>INTERNE&#xa0;: pas sur la fiche</translation>
    </message>
    <message>
        <source>Share with client</source>
        <translation>Partager avec le client</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>%1 (note %2 is now %3)</source>
        <translation>%1 (la note %2 est maintenant %3)</translation>
    </message>
    <message>
        <source>Note %1, %2</source>
        <translation>Note %1, %2</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New note (Ctrl+Shift+N)</source>
        <translation>Nouvelle note (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Not recorded, at the client&apos;s request</source>
        <translation>Pas noté, à la demande du client</translation>
    </message>
    <message>
        <source>Place the marker: not recorded, at the client&apos;s request</source>
        <translation>Placer la mention&#xa0;: pas noté, à la demande du client</translation>
    </message>
</context>
<context>
    <name>OutcomeButton</name>
    <message>
        <source>Mar&amp;k how it went...</source>
        <translation>Noter l&apos;issu&amp;e…</translation>
    </message>
    <message>
        <source>How the appointment went</source>
        <translation>Comment le rendez-vous s&apos;est passé</translation>
    </message>
    <message>
        <source>Record how the appointment went</source>
        <translation>Noter comment le rendez-vous s&apos;est passé</translation>
    </message>
    <message>
        <source>Record how the appointment of %1 went</source>
        <translation>Noter comment le rendez-vous du %1 s&apos;est passé</translation>
    </message>
    <message>
        <source>Kept: open the conversation held at it...</source>
        <translation>Honoré&#xa0;: ouvrir l&apos;entretien tenu à ce moment…</translation>
    </message>
    <message>
        <source>Kept: start the follow-up conversation...</source>
        <translation>Honoré&#xa0;: commencer l&apos;entretien de suivi…</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Moved appointment</source>
        <translation>Rendez-vous déplacé</translation>
    </message>
    <message>
        <source>The appointment of %1 is moved to:</source>
        <translation>Le rendez-vous du %1 est déplacé au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutcomeRow</name>
    <message>
        <source>Appointment of %1: not yet recorded whether it took place</source>
        <translation>Rendez-vous du %1&#xa0;: pas encore noté s&apos;il a eu lieu</translation>
    </message>
    <message>
        <source>Plan the next appointment...</source>
        <translation>Fixer le prochain rendez-vous…</translation>
    </message>
    <message>
        <source>Plan the next appointment without a conversation</source>
        <translation>Fixer le prochain rendez-vous sans entretien</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Take back: the appointment of %1</source>
        <translation>Revenir sur&#xa0;: le rendez-vous du %1</translation>
    </message>
    <message>
        <source>Take back the next appointment planned for %1</source>
        <translation>Revenir sur le prochain rendez-vous fixé au %1</translation>
    </message>
    <message>
        <source>Take back: %1</source>
        <translation>Revenir sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take back the outcome of the appointment of %1: %2</source>
        <translation>Revenir sur ce qui est noté pour le rendez-vous du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>When is the next appointment?</source>
        <translation>Quand a lieu le prochain rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>The next appointment is on %1.</source>
        <translation>Le prochain rendez-vous est le %1.</translation>
    </message>
    <message>
        <source>Recorded for the appointment of %1: %2.</source>
        <translation>Noté pour le rendez-vous du %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 The next appointment is on %2.</source>
        <translation>%1 Le prochain rendez-vous est le %2.</translation>
    </message>
    <message>
        <source>Taken back: no appointment on %1.</source>
        <translation>Retiré&#xa0;: pas de rendez-vous le %1.</translation>
    </message>
    <message>
        <source>Taken back: the appointment of %1 has no outcome recorded.</source>
        <translation>Retiré&#xa0;: rien n&apos;est noté pour le rendez-vous du %1.</translation>
    </message>
    <message>
        <source>Missed can only be recorded once the appointment has begun.</source>
        <translation>«&#xa0;Manqué&#xa0;» ne peut être noté qu&apos;une fois le rendez-vous commencé.</translation>
    </message>
    <message>
        <source>A conversation was held at this appointment: it took place. Open that conversation to say how it went.</source>
        <translation>Un entretien a été tenu à ce rendez-vous&#xa0;: il a bien eu lieu. Ouvrez cet entretien pour noter comment il s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Moved by the client</source>
        <translation>Déplacé par le client</translation>
    </message>
    <message>
        <source>Moved by the coach</source>
        <translation>Déplacé par le coach</translation>
    </message>
    <message>
        <source>Missed by the client</source>
        <translation>Manqué par le client</translation>
    </message>
    <message>
        <source>Missed by the coach</source>
        <translation>Manqué par le coach</translation>
    </message>
    <message>
        <source>Cancelled by the client</source>
        <translation>Annulé par le client</translation>
    </message>
    <message>
        <source>Cancelled by the coach</source>
        <translation>Annulé par le coach</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Your overview</source>
        <translation>Votre aperçu</translation>
    </message>
    <message>
        <source>Your overview: appointments, promises, steps</source>
        <translation>Votre aperçu&#xa0;: rendez-vous, engagements, étapes</translation>
    </message>
    <message>
        <source>%1 (the first %2)</source>
        <translation>%1 (les %2 premiers)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>The coming days</source>
        <translation>Les prochains jours</translation>
    </message>
    <message>
        <source>Your promises, due this week or overdue</source>
        <translation>Vos engagements, à tenir cette semaine ou en retard</translation>
    </message>
    <message>
        <source>Clients&apos; steps past their date</source>
        <translation>Étapes des clients dont la date est dépassée</translation>
    </message>
    <message>
        <source>Consents that end within 30 days</source>
        <translation>Consentements qui prennent fin dans les 30 jours</translation>
    </message>
    <message>
        <source>Consents to look at again within 30 days</source>
        <translation>Consentements à revoir dans les 30 jours</translation>
    </message>
    <message>
        <source>%1, look again on %2</source>
        <translation>%1, à revoir le %2</translation>
    </message>
    <message>
        <source>Consents not asked yet</source>
        <translation>Consentements pas encore demandés</translation>
    </message>
    <message>
        <source>Files due for review (keeping period over)</source>
        <translation>Dossiers à revoir (durée de conservation dépassée)</translation>
    </message>
    <message>
        <source>The past week: how did these appointments go?</source>
        <translation>La semaine passée&#xa0;: comment ces rendez-vous se sont-ils passés&#xa0;?</translation>
    </message>
    <message>
        <source>Enter opens the client of the line. On an appointment, the Menu key (or Shift+F10) records how it went.</source>
        <translation>Entrée ouvre le client de la ligne. Sur un rendez-vous, la touche Menu (ou Maj+F10) note comment il s&apos;est passé.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, ask by %2</source>
        <translation>%1, à demander avant le %2</translation>
    </message>
    <message>
        <source>last conversation (or start of the file) on %1, for review since %2</source>
        <translation>dernier entretien (ou début du dossier) le %1, à revoir depuis le %2</translation>
    </message>
    <message>
        <source>%1; on hold: %2</source>
        <translation>%1&#xa0;; ne pas effacer&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, encore une fois</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>Do the passphrases match</source>
        <translation>Les phrases de passe sont-elles identiques</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Encore une fois</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words make a strong passphrase that is easy to remember, for example four or five words with spaces.</source>
        <translation>Conseil&#xa0;: quelques mots sans lien entre eux font une phrase de passe solide et facile à retenir, par exemple quatre ou cinq mots séparés par des espaces.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Tapez la phrase de passe une deuxième fois.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Les deux sont identiques.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Phases of the conversation</source>
        <translation>Phases de l&apos;entretien</translation>
    </message>
    <message>
        <source>%1%2. %3
%4 of %5 settled</source>
        <translation>%1%2. %3
%4 sur %5 réglés</translation>
    </message>
    <message>
        <source>Phase %1: %2, %3 of %4 items settled</source>
        <translation>Phase %1&#xa0;: %2, %3 points sur %4 réglés</translation>
    </message>
    <message>
        <source>%1%2. %3</source>
        <translation>%1%2. %3</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>Your details are saved.</source>
        <translation>Vos coordonnées sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>For example: Monday to Thursday, 9 to 12</source>
        <translation>Par exemple&#xa0;: du lundi au jeudi, de 9 à 12 heures</translation>
    </message>
    <message>
        <source>For example: I do not answer messages in the evening or at weekends.</source>
        <translation>Par exemple&#xa0;: je ne réponds pas aux messages le soir ni le week-end.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;When reachable</source>
        <translation>&amp;Quand vous joindre</translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation>&amp;Limites</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>The sheet you give your client says who you are and how and when to reach you. You can change this later under Edit &gt; Your details.</source>
        <translation>La fiche que vous donnez à votre client dit qui vous êtes, et comment et quand vous joindre. Vous pourrez modifier ces coordonnées plus tard sous Édition &gt; Vos coordonnées.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Enre&amp;gistrer et commencer</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et commencer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Fill in your details later</source>
        <translation>Remplir vos coordonnées plus tard</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Not everything is saved</source>
        <translation>Tout n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>The disk refused to save changes (number of changes: %1). If you quit now, they are lost.</source>
        <translation>Le disque a refusé d&apos;enregistrer des modifications (nombre de modifications&#xa0;: %1). Si vous quittez maintenant, elles sont perdues.</translation>
    </message>
    <message>
        <source>Stay, make room on the disk or check the folder, and saving retries.</source>
        <translation>Restez, faites de la place sur le disque ou vérifiez le dossier, et l&apos;enregistrement sera réessayé.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Quitter et les perdre</translation>
    </message>
    <message>
        <source>A consent is filled in that is not recorded yet. If you quit now, it is lost.</source>
        <translation>Un consentement est rempli mais pas encore enregistré. Si vous quittez maintenant, il sera perdu.</translation>
    </message>
    <message>
        <source>The reason to keep a file from being erased is typed but not recorded yet (Do not erase). If you quit now, it is lost.</source>
        <translation>La raison de ne pas effacer un dossier est saisie mais pas encore enregistrée (Ne pas effacer). Si vous quittez maintenant, elle est perdue.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1. If you quit now, it is lost.</source>
        <translation>Pas encore enregistré&#xa0;: %1. Si vous quittez maintenant, c&apos;est perdu.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Record and quit</source>
        <translation>Enregistrer et quitter</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation>Abandonner et quitter</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Ouvrir avec la clé de secours</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you made the vault. Dashes, spaces and small letters do not matter. Afterwards you can choose a new passphrase.</source>
        <translation>Tapez la clé de secours que vous avez imprimée ou enregistrée en créant le coffre-fort. Les tirets, les espaces et les minuscules n&apos;ont pas d&apos;importance. Ensuite, vous pourrez choisir une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Retour à la phrase de passe</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Tapez d&apos;abord la clé de secours.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your notes. Nobody else can give it back. Print it or save it, and keep it somewhere safe, away from this laptop. It is shown only now.</source>
        <translation>Si vous oubliez votre phrase de passe, cette clé est le seul moyen d&apos;ouvrir vos notes. Personne d&apos;autre ne peut vous la redonner. Imprimez-la ou enregistrez-la, et gardez-la en lieu sûr, loin de cet ordinateur portable. Elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de secours</translation>
    </message>
    <message>
        <source>&amp;Save as text...</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Save the recovery key as a text file</source>
        <translation>Enregistrer la clé de secours dans un fichier texte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery key in a safe place</source>
        <translation>J&apos;ai &amp;gardé la clé de secours en lieu sûr</translation>
    </message>
    <message>
        <source>I have kept the recovery key in a safe place</source>
        <translation>J&apos;ai gardé la clé de secours en lieu sûr</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Intake Companion: recovery key</source>
        <translation>Intake Companion&#xa0;: clé de secours</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Créée le %1.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep it safe, away from the laptop; anyone who has it and the vault can read the notes.</source>
        <translation>Cette clé ouvre votre coffre-fort si vous oubliez votre phrase de passe. Gardez-la en lieu sûr, loin de l&apos;ordinateur portable&#xa0;; quiconque l&apos;a en main, avec le coffre-fort, peut lire les notes.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>La clé de secours a été envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>intake-companion-recovery-key.txt</source>
        <translation>intake-companion-cle-de-secours.txt</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another place.</source>
        <translation>Le fichier n&apos;a pas pu être écrit (%1). Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Saved to %1. That folder is on this laptop: whoever has the laptop then has the key too. Copy the file to a USB stick or print it, keep that away from the laptop, and delete the file here.</source>
        <translation>Enregistrée dans %1. Ce dossier se trouve sur cet ordinateur portable&#xa0;: qui a l&apos;ordinateur a donc aussi la clé. Copiez le fichier sur une clé USB ou imprimez-le, gardez cela loin de l&apos;ordinateur, et supprimez le fichier ici.</translation>
    </message>
</context>
<context>
    <name>RequestCard</name>
    <message>
        <source>Not asked yet — to %1</source>
        <translation>Pas encore demandé — destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>But&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ask by %1</source>
        <translation>À demander avant le %1</translation>
    </message>
    <message>
        <source>Record the client&apos;s answer above, to the same recipient.</source>
        <translation>Notez la réponse du client ci-dessus, au même destinataire.</translation>
    </message>
    <message>
        <source>Not asking after all</source>
        <translation>Finalement ne pas demander</translation>
    </message>
    <message>
        <source>Click again to remove the note</source>
        <translation>Cliquez encore pour retirer la note</translation>
    </message>
    <message>
        <source>Not asking the consent to %1 after all</source>
        <translation>Finalement ne pas demander le consentement (destinataire&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup is checked first, then a new vault is made from it. An existing vault is never overwritten.</source>
        <translation>La sauvegarde est d&apos;abord vérifiée, puis un nouveau coffre-fort est créé à partir d&apos;elle. Un coffre-fort existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nouveau coffre-fort</translation>
    </message>
    <message>
        <source>With the passphrase of the backup</source>
        <translation>Avec la phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>Avec la clé de secours</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, encore une fois</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Erase again the clients erased here</source>
        <translation>Effacer à nouveau les clients effacés ici</translation>
    </message>
    <message>
        <source>Checking and restoring the backup</source>
        <translation>Vérification et restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Open the new vault in this window</source>
        <translation>&amp;Ouvrir le nouveau coffre-fort dans cette fenêtre</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Choisir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Which backup?</source>
        <translation>Quelle sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Intake Companion backups (*%1);;All files (*)</source>
        <translation>Sauvegardes d&apos;Intake Companion (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where should the new vault go?</source>
        <translation>Où mettre le nouveau coffre-fort&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the backup file and the new vault.</source>
        <translation>Choisissez le fichier de sauvegarde et le nouveau coffre-fort.</translation>
    </message>
    <message>
        <source>A vault already exists there. It has not been changed; choose a new place.</source>
        <translation>Un coffre-fort existe déjà à cet endroit. Il n&apos;a pas été modifié&#xa0;; choisissez un nouvel endroit.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Fill in the passphrase or the recovery key.</source>
        <translation>Remplissez la phrase de passe ou la clé de secours.</translation>
    </message>
    <message>
        <source>The backup was checked and restored into a new vault: %1</source>
        <translation>La sauvegarde a été vérifiée et restaurée dans un nouveau coffre-fort&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased in this vault came back with the backup and were erased again in the new vault.</source>
        <translation>
            <numerusform>%n client effacé dans ce coffre-fort est revenu avec la sauvegarde et a été effacé à nouveau dans le nouveau coffre-fort.</numerusform>
            <numerusform>%n clients effacés dans ce coffre-fort sont revenus avec la sauvegarde et ont été effacés à nouveau dans le nouveau coffre-fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients erased in this vault that came back with the backup: %1.</source>
        <translation>Clients effacés dans ce coffre-fort et revenus avec la sauvegarde&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased in this vault came back with the backup and are in the new vault again; erase them there if they should stay erased.</source>
        <translation>
            <numerusform>%n client effacé dans ce coffre-fort est revenu avec la sauvegarde et se trouve à nouveau dans le nouveau coffre-fort&#xa0;; effacez-le-y s&apos;il doit rester effacé.</numerusform>
            <numerusform>%n clients effacés dans ce coffre-fort sont revenus avec la sauvegarde et se trouvent à nouveau dans le nouveau coffre-fort&#xa0;; effacez-les-y s&apos;ils doivent rester effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased again in the new vault: %1. The others are on hold there; they stay.</source>
        <translation>Effacés à nouveau dans le nouveau coffre-fort&#xa0;: %1. Les autres y sont marqués «&#xa0;ne pas effacer&#xa0;»&#xa0;; ils restent.</translation>
    </message>
    <message>
        <source>Your own vault stays as it was. To work in the new vault, open it in this window: your vault is locked first, then the new one asks for its passphrase. From then on the program opens the new vault at every start.</source>
        <translation>Votre propre coffre-fort reste tel quel. Pour travailler dans le nouveau coffre-fort, ouvrez-le dans cette fenêtre&#xa0;: votre coffre-fort est d&apos;abord verrouillé, puis le nouveau demande sa phrase de passe. Dès lors, le programme ouvre le nouveau coffre-fort à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>SaveFailedBanner</name>
    <message>
        <source>Saving is not working right now (is the disk full, or the folder read-only?). Your text stays on screen and is tried again every few seconds; keep working.</source>
        <translation>L&apos;enregistrement ne fonctionne pas pour le moment (le disque est-il plein, ou le dossier en lecture seule&#xa0;?). Votre texte reste à l&apos;écran et l&apos;enregistrement est réessayé toutes les quelques secondes&#xa0;; continuez à travailler.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try saving again now</source>
        <translation>Réessayer d&apos;enregistrer maintenant</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved: saving is not working right now. Your text stays on screen and saving is tried again.</source>
        <translation>Non enregistré&#xa0;: l&apos;enregistrement ne fonctionne pas pour le moment. Votre texte reste à l&apos;écran et l&apos;enregistrement est réessayé.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Pas enregistré</translation>
    </message>
    <message>
        <source>Save state: %1</source>
        <translation>État de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretEntryPage</name>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre-fort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>La touche Verr. Maj. est activée.</translation>
    </message>
    <message>
        <source>Opening the vault...</source>
        <translation>Ouverture du coffre-fort…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use in a conversation</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation pendant un entretien</translation>
    </message>
    <message>
        <source>Paper size of the sheet</source>
        <translation>Format de papier de la fiche</translation>
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
        <translation>Fichiers de guide de votre organisation</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is open in another program (a virus scanner, a backup or sync program). Your choices are still here; wait a moment or close that program, then save again.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1 est ouvert dans un autre programme (un antivirus, un programme de sauvegarde ou de synchronisation). Vos choix sont toujours là&#xa0;; attendez un instant ou fermez ce programme, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1).</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés (%1).</translation>
    </message>
</context>
<context>
    <name>SheetState</name>
    <message>
        <source>its appointment was moved, cancelled, removed or changed since</source>
        <translation>son rendez-vous a été déplacé, annulé, retiré ou modifié depuis</translation>
    </message>
    <message>
        <source>the appointment it names as the next one has passed since</source>
        <translation>le rendez-vous qu&apos;elle indique comme le prochain est passé depuis</translation>
    </message>
    <message>
        <source>it says no appointment is set, but one was made since</source>
        <translation>elle indique qu&apos;aucun rendez-vous n&apos;est fixé, mais un rendez-vous a été pris depuis</translation>
    </message>
    <message>
        <source>a consent it says is given was withdrawn or changed since</source>
        <translation>un consentement qu&apos;elle indique comme donné a été retiré ou modifié depuis</translation>
    </message>
    <message>
        <source>it says something is not shared, but consent to share it was given since</source>
        <translation>elle indique que quelque chose n&apos;est pas partagé, mais un consentement pour le partager a été donné depuis</translation>
    </message>
    <message>
        <source>whether the appointment of that day took place was changed since</source>
        <translation>ce qu&apos;elle indique sur le rendez-vous de ce jour-là (a eu lieu ou non) a changé depuis</translation>
    </message>
    <message>
        <source>an appointment it says did not take place has another outcome now</source>
        <translation>un rendez-vous dont elle dit qu&apos;il n&apos;a pas eu lieu a maintenant un autre résultat</translation>
    </message>
    <message>
        <source>what it says of the small steps changed since</source>
        <translation>ce qu&apos;elle indique sur les petites étapes a changé depuis</translation>
    </message>
    <message>
        <source>your details on it changed since</source>
        <translation>vos coordonnées qui y figurent ont changé depuis</translation>
    </message>
    <message>
        <source>a note on it is no longer shared with the client</source>
        <translation>une de ses notes n&apos;est plus partagée avec le client</translation>
    </message>
    <message>
        <source>%1 The client&apos;s sheet handed over on %2 is out of date: %3. Give a new one (Ctrl+P).</source>
        <translation>%1 La fiche remise au client le %2 n&apos;est plus à jour&#xa0;: %3. Remettez-en une nouvelle (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Shortcuts everywhere</source>
        <translation>Raccourcis partout</translation>
    </message>
    <message>
        <source>In a conversation</source>
        <translation>Dans un entretien</translation>
    </message>
    <message>
        <source>Shortcuts in a conversation</source>
        <translation>Raccourcis dans un entretien</translation>
    </message>
    <message>
        <source>Open a conversation to see its own shortcuts here as well.</source>
        <translation>Ouvrez un entretien pour voir ici aussi ses propres raccourcis.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce que cela fait</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>Open steps</source>
        <translation>Étapes ouvertes</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Earlier appointments</source>
        <translation>Rendez-vous précédents</translation>
    </message>
    <message>
        <source>Consents in force</source>
        <translation>Consentements en vigueur</translation>
    </message>
    <message>
        <source>Consents that ended</source>
        <translation>Consentements terminés</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>… and more in the conversations</source>
        <translation>… et d&apos;autres dans les entretiens</translation>
    </message>
    <message>
        <source>No open steps.</source>
        <translation>Aucune étape ouverte.</translation>
    </message>
    <message>
        <source>No next appointment.</source>
        <translation>Pas de prochain rendez-vous.</translation>
    </message>
    <message>
        <source>%1 — ended, no longer in force</source>
        <translation>%1 — terminé, n&apos;est plus valable</translation>
    </message>
    <message>
        <source>No consent in force.</source>
        <translation>Aucun consentement en vigueur.</translation>
    </message>
    <message>
        <source>took place</source>
        <translation>a eu lieu</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 The appointment of %2 was recorded as kept on %3, before it could have taken place. Until you correct that in the appointment tab, the sheet, the copy of the file and the counts take it as not recorded.</source>
        <translation>%1 Le rendez-vous du %2 a été noté comme honoré le %3, avant qu&apos;il ait pu avoir lieu. Tant que vous ne corrigez pas cela dans l&apos;onglet Rendez-vous, la fiche, la copie du dossier et les chiffres le considèrent comme non noté.</translation>
    </message>
    <message>
        <source>%1 The appointment of %2 was recorded as missed on %3, before it had begun. Until you correct that in the appointment tab, the sheet, the copy of the file and the counts take it as not recorded.</source>
        <translation>%1 Le rendez-vous du %2 a été noté comme manqué le %3, avant qu&apos;il ait commencé. Tant que vous ne corrigez pas cela dans l&apos;onglet Rendez-vous, la fiche, la copie du dossier et les chiffres le considèrent comme non noté.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>What is the step?</source>
        <translation>Quelle est l&apos;étape&#xa0;?</translation>
    </message>
    <message>
        <source>Step %1: what</source>
        <translation>Étape %1&#xa0;: quoi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Step %1: who</source>
        <translation>Étape %1&#xa0;: qui</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Step %1: by when</source>
        <translation>Étape %1&#xa0;: pour quand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Step %1: status</source>
        <translation>Étape %1&#xa0;: statut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Click again</source>
        <translation>Cliquez encore</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>StepTicks</name>
    <message>
        <source>Tick off a step...</source>
        <translation>Cocher une étape…</translation>
    </message>
    <message>
        <source>Mark an open step done or dropped, without a conversation</source>
        <translation>Noter une étape ouverte comme faite ou abandonnée, sans entretien</translation>
    </message>
    <message>
        <source>Open steps to tick off</source>
        <translation>Étapes ouvertes à cocher</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dropped: no longer to do</source>
        <translation>Abandonnée&#xa0;: plus à faire</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Abandonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded as done: %1</source>
        <translation>Notée comme faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded as dropped, no longer to do: %1</source>
        <translation>Notée comme abandonnée, plus à faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Taken back, open again: %1</source>
        <translation>Annulé, de nouveau ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take back that this step is done: %1</source>
        <translation>Annuler «&#xa0;faite&#xa0;» pour cette étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take back: done</source>
        <translation>Annuler&#xa0;: faite</translation>
    </message>
    <message>
        <source>Take back: dropped</source>
        <translation>Annuler&#xa0;: abandonnée</translation>
    </message>
    <message>
        <source>Take back that this step is dropped: %1</source>
        <translation>Annuler «&#xa0;abandonnée&#xa0;» pour cette étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>This step was changed elsewhere meanwhile.</source>
        <translation>Cette étape a été modifiée ailleurs entre-temps.</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Small steps</source>
        <translation>Petites étapes</translation>
    </message>
    <message>
        <source>New step (Ctrl+Shift+S)</source>
        <translation>Nouvelle étape (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Steps from other conversations</source>
        <translation>Étapes d&apos;autres entretiens</translation>
    </message>
    <message>
        <source>Agreed in this conversation</source>
        <translation>Convenues dans cet entretien</translation>
    </message>
</context>
<context>
    <name>StillOpen</name>
    <message>
        <source>intake</source>
        <translation>entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>entretien de suivi</translation>
    </message>
    <message>
        <source>A conversation is still open</source>
        <translation>Un entretien est encore ouvert</translation>
    </message>
    <message>
        <source>This client&apos;s %1 of %2 is still open. Open it, or start a new follow-up?</source>
        <translation>L&apos;%1 du %2 avec ce client est encore ouvert. L&apos;ouvrir, ou commencer un nouvel entretien de suivi&#xa0;?</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <source>Start a new follow-up</source>
        <translation>Commencer un nouvel entretien de suivi</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Sheet for the client</source>
        <translation>Fiche pour le client</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>A &amp;new sheet: what stands today</source>
        <translation>Une &amp;nouvelle fiche&#xa0;: ce qui vaut aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Again, exactly as handed over:</source>
        <translation>À n&amp;ouveau, exactement telle que remise&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet handed over before</source>
        <translation>Fiche remise auparavant</translation>
    </message>
    <message>
        <source>Sheet handed over before:</source>
        <translation>Fiche remise auparavant&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the sheet:</source>
        <translation>Langue de la fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: keep it somewhere safe, or print instead.</source>
        <translation>Un fichier PDF n&apos;est pas chiffré&#xa0;: gardez-le en lieu sûr, ou imprimez plutôt.</translation>
    </message>
    <message>
        <source>Your &amp;details…</source>
        <translation>Vos &amp;coordonnées…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>enregistrée en PDF</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4</source>
        <translation>%1 à %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 (out of date: %2)</source>
        <translation>%1 (plus à jour&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Your details are empty: the sheet does not say who you are or how the client can reach you.</source>
        <translation>Vos coordonnées sont vides&#xa0;: la fiche ne dit pas qui vous êtes ni comment le client peut vous joindre.</translation>
    </message>
    <message>
        <source>The sheet&apos;s language (%1) is not the one you work in (%2): when you can be reached and what is good to know are printed as you typed them in your details.</source>
        <translation>La langue de la fiche (%1) n&apos;est pas celle dans laquelle vous travaillez (%2)&#xa0;: quand vous joindre et ce qui est bon à savoir sont imprimés comme vous les avez tapés dans vos coordonnées.</translation>
    </message>
    <message>
        <source>Not recorded yet, so not on a new sheet: %1. Record it first (Close, then record it), or print without it.</source>
        <translation>Pas encore enregistré, donc pas sur une nouvelle fiche&#xa0;: %1. Enregistrez-le d&apos;abord (Fermer, puis enregistrer), ou imprimez sans.</translation>
    </message>
    <message>
        <source>This kept sheet cannot be read.</source>
        <translation>Cette fiche gardée ne peut pas être lue.</translation>
    </message>
    <message>
        <source>This kept sheet holds a note that is no longer shared with the client (made internal, changed or deleted), so it is not printed again.</source>
        <translation>Cette fiche gardée contient une note qui n&apos;est plus partagée avec le client (rendue interne, modifiée ou supprimée)&#xa0;: elle n&apos;est donc pas réimprimée.</translation>
    </message>
    <message>
        <source>This kept sheet names an appointment that was moved, cancelled, removed or changed since, so it is not printed again.</source>
        <translation>Cette fiche gardée indique un rendez-vous qui a été déplacé, annulé, retiré ou modifié depuis&#xa0;: elle n&apos;est donc pas réimprimée.</translation>
    </message>
    <message>
        <source>This kept sheet is out of date: %1. It is not printed again.</source>
        <translation>Cette fiche gardée n&apos;est plus à jour&#xa0;: %1. Elle n&apos;est pas réimprimée.</translation>
    </message>
    <message>
        <source>Print a new sheet</source>
        <translation>Imprimer une nouvelle fiche</translation>
    </message>
    <message>
        <source>%1 A new sheet is chosen: it states what stands today.</source>
        <translation>%1 Une nouvelle fiche est choisie&#xa0;: elle dit ce qui vaut aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The sheet was not kept</source>
        <translation>La fiche n&apos;a pas été gardée</translation>
    </message>
    <message>
        <source>The sheet was handed over, but could not be kept in the client&apos;s file (%1). Print it again once saving works, so the file says what was handed over.</source>
        <translation>La fiche a été remise, mais n&apos;a pas pu être gardée dans le dossier du client (%1). Imprimez-la à nouveau quand l&apos;enregistrement fonctionne, pour que le dossier dise ce qui a été remis.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <source>sheet-%1</source>
        <translation>fiche-%1</translation>
    </message>
    <message>
        <source>Save the sheet as PDF (not encrypted)</source>
        <translation>Enregistrer la fiche en PDF (non chiffré)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 is open in another program (a PDF viewer?), so it could not be replaced. Nothing was changed. Close it there and save again, or choose another name.</source>
        <translation>%1 est ouvert dans un autre programme (un lecteur PDF&#xa0;?) et n&apos;a donc pas pu être remplacé. Rien n&apos;a été modifié. Fermez-le et enregistrez à nouveau, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1 (%2). Nothing was changed.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1 (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The sheet was saved as %1 in the folder %2. It is not encrypted.</source>
        <translation>La fiche a été enregistrée sous %1 dans le dossier %2. Elle n&apos;est pas chiffrée.</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over a client</source>
        <translation>Reprendre un client</translation>
    </message>
    <message>
        <source>Take over a client from a colleague: choose the handover file and type the transfer code the colleague gave you. Nothing changes unless both are right.</source>
        <translation>Reprendre un client d&apos;un collègue&#xa0;: choisissez le fichier de transfert et tapez le code de transfert que le collègue vous a donné. Rien ne change tant que les deux ne sont pas corrects.</translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation>Fichier de transfert</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the handover file</source>
        <translation>Choisir le fichier de transfert</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>Code de transfert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>&amp;Code de transfert</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Which handover file?</source>
        <translation>Quel fichier de transfert&#xa0;?</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been changed.</source>
        <translation>Le fichier n&apos;a pas pu être lu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message numerus="yes">
        <source>The client was taken over (%n conversation(s)), handed over by %1 on %2.</source>
        <translation>
            <numerusform>Le client a été repris (%n entretien), transmis par %1 le %2.</numerusform>
            <numerusform>Le client a été repris (%n entretiens), transmis par %1 le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code has a typing mistake in group %1. Check it.</source>
        <translation>Le code de transfert contient une faute de frappe dans le groupe %1. Vérifiez-le.</translation>
    </message>
    <message>
        <source>The transfer code has a typing mistake. Check it.</source>
        <translation>Le code de transfert contient une faute de frappe. Vérifiez-le.</translation>
    </message>
    <message>
        <source>This transfer code does not belong to this file.</source>
        <translation>Ce code de transfert n&apos;appartient pas à ce fichier.</translation>
    </message>
    <message>
        <source>This handover file is damaged or incomplete. Ask for a new one.</source>
        <translation>Ce fichier de transfert est endommagé ou incomplet. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>This is not a handover file of Intake Companion.</source>
        <translation>Ce n&apos;est pas un fichier de transfert d&apos;Intake Companion.</translation>
    </message>
    <message>
        <source>This handover file was made by a newer version of the program.</source>
        <translation>Ce fichier de transfert a été créé par une version plus récente du programme.</translation>
    </message>
    <message>
        <source>This handover file has already been taken over.</source>
        <translation>Ce fichier de transfert a déjà été repris.</translation>
    </message>
    <message>
        <source>This handover file was written from this vault: the client is here.</source>
        <translation>Ce fichier de transfert a été écrit à partir de ce coffre-fort&#xa0;: le client est ici.</translation>
    </message>
    <message>
        <source>%1 Nothing has been changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TakingTurns</name>
    <message>
        <source>← Checklist
(Ctrl+1)</source>
        <translation>← Liste de contrôle
(Ctrl+1)</translation>
    </message>
    <message>
        <source>Checklist (Ctrl+1)</source>
        <translation>Liste de contrôle (Ctrl+1)</translation>
    </message>
    <message>
        <source>→ Notes, steps, …
(Ctrl+2)</source>
        <translation>→ Notes, étapes, …
(Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>A time is needed here.</source>
        <translation>Il faut une heure ici.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Intake Companion is locked</source>
        <translation>Intake Companion est verrouillé</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Tapez votre phrase de passe pour ouvrir vos notes.</translation>
    </message>
    <message>
        <source>Demo with fictional clients. The passphrase is: %1</source>
        <translation>Démo avec des clients fictifs. La phrase de passe est&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo passphrase</source>
        <translation>Phrase de passe de la démo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Phrase de passe oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open with the recovery key</source>
        <translation>Phrase de passe oubliée&#xa0;? Ouvrir avec la clé de secours</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase de passe.</translation>
    </message>
</context>
<context>
    <name>Unrecorded</name>
    <message>
        <source>a consent</source>
        <translation>un accord</translation>
    </message>
    <message>
        <source>a new step that does not say what yet</source>
        <translation>une nouvelle étape qui ne dit pas encore quoi</translation>
    </message>
    <message>
        <source>the date of the next appointment (empty or no date yet)</source>
        <translation>la date du prochain rendez-vous (vide ou pas encore une date)</translation>
    </message>
    <message>
        <source>the time of the next appointment (empty or no time yet)</source>
        <translation>l&apos;heure du prochain rendez-vous (vide ou pas encore une heure)</translation>
    </message>
    <message>
        <source>the move of an appointment</source>
        <translation>le déplacement d&apos;un rendez-vous</translation>
    </message>
    <message>
        <source>the date of a step (no date yet)</source>
        <translation>la date d&apos;une étape (pas encore une date)</translation>
    </message>
    <message>
        <source>the date to look at a consent again (no date yet)</source>
        <translation>la date pour revoir un accord (pas encore une date)</translation>
    </message>
    <message>
        <source>a date that is no date yet</source>
        <translation>une date qui n&apos;est pas encore une date</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>New &amp;recovery key...</source>
        <translation>Nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <source>Anonymous &amp;counts...</source>
        <translation>&amp;Chiffres anonymes…</translation>
    </message>
    <message>
        <source>&amp;Hand the client over...</source>
        <translation>&amp;Transmettre le client…</translation>
    </message>
    <message>
        <source>&amp;Take over a client...</source>
        <translation>&amp;Reprendre un client…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>Coff&amp;re-fort</translation>
    </message>
    <message>
        <source>Open the client you want to hand over first.</source>
        <translation>Ouvrez d&apos;abord le client que vous voulez transmettre.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>Group %1 of the recovery key has a typing mistake. Check that group against the written copy.</source>
        <translation>Le groupe %1 de la clé de secours contient une faute de frappe. Comparez ce groupe avec la copie écrite.</translation>
    </message>
    <message>
        <source>The recovery key is not complete: it has 13 groups of 5 characters. Check it against the written copy.</source>
        <translation>La clé de secours n&apos;est pas complète&#xa0;: elle compte 13 groupes de 5 caractères. Comparez-la avec la copie écrite.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Check that it is the key written down for this vault.</source>
        <translation>Cette clé de secours n&apos;ouvre pas ce coffre-fort. Vérifiez que c&apos;est bien la clé notée pour ce coffre-fort.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Nothing has changed; try again.</source>
        <translation>Cette phrase de passe n&apos;est pas correcte. Rien n&apos;a changé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The key file beside the vault is missing. Open the vault with your recovery key, then choose a new passphrase.</source>
        <translation>Le fichier de clé à côté du coffre-fort manque. Ouvrez le coffre-fort avec votre clé de secours, puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged. Open the vault with your recovery key, then choose a new passphrase.</source>
        <translation>Le fichier de clé à côté du coffre-fort est endommagé. Ouvrez le coffre-fort avec votre clé de secours, puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>The key file beside the vault belongs to another vault. Put the right key file back, or open the vault with its recovery key.</source>
        <translation>Le fichier de clé à côté du coffre-fort appartient à un autre coffre-fort. Remettez le bon fichier de clé, ou ouvrez le coffre-fort avec sa clé de secours.</translation>
    </message>
    <message>
        <source>The key file protects the passphrase too weakly and is refused. Open the vault with your recovery key and choose a new passphrase.</source>
        <translation>Le fichier de clé protège trop faiblement la phrase de passe et il est refusé. Ouvrez le coffre-fort avec votre clé de secours et choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>This vault was last opened with its recovery key and has no passphrase yet. Open it with the recovery key and choose a passphrase.</source>
        <translation>Ce coffre-fort a été ouvert la dernière fois avec sa clé de secours et n&apos;a pas encore de phrase de passe. Ouvrez-le avec la clé de secours et choisissez une phrase de passe.</translation>
    </message>
    <message>
        <source>This vault is open in another Intake Companion window, on this computer or on another one through a shared folder. Go back to that window: two windows on one vault would save over each other. Once that window is closed, unlock here.</source>
        <translation>Ce coffre-fort est ouvert dans une autre fenêtre d&apos;Intake Companion, sur cet ordinateur ou sur un autre ordinateur par un dossier partagé. Retournez à cette fenêtre&#xa0;: deux fenêtres sur un même coffre-fort enregistreraient l&apos;une par-dessus l&apos;autre. Une fois cette fenêtre fermée, déverrouillez ici.</translation>
    </message>
    <message>
        <source>There is no vault at this place. It may have been moved or deleted.</source>
        <translation>Il n&apos;y a pas de coffre-fort à cet endroit. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>A vault already exists at this place. It has not been changed.</source>
        <translation>Un coffre-fort existe déjà à cet endroit. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The first bytes of the vault are damaged; the notes themselves are intact. Nothing has been changed. Restore a backup copy, or keep the vault and its key file for an expert.</source>
        <translation>Les premiers octets du coffre-fort sont endommagés&#xa0;; les notes elles-mêmes sont intactes. Rien n&apos;a été modifié. Restaurez une copie de sauvegarde, ou gardez le coffre-fort et son fichier de clé pour un expert.</translation>
    </message>
    <message>
        <source>The vault is damaged (perhaps cut short while copying). Nothing has been changed. Restore it from a backup copy.</source>
        <translation>Le coffre-fort est endommagé (peut-être coupé pendant une copie). Rien n&apos;a été modifié. Restaurez-le à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>This file is not an Intake Companion vault. Nothing has been changed.</source>
        <translation>Ce fichier n&apos;est pas un coffre-fort d&apos;Intake Companion. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Intake Companion. Install that version to open it. The vault has not been changed.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente d&apos;Intake Companion. Installez cette version pour l&apos;ouvrir. Le coffre-fort n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Updating the vault to this version failed and was undone. A copy made before the update is kept beside the vault.</source>
        <translation>La mise à jour du coffre-fort vers cette version a échoué et a été annulée. Une copie faite avant la mise à jour est gardée à côté du coffre-fort.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to. Nothing has been changed. Check the folder&apos;s permissions or free space.</source>
        <translation>Impossible d&apos;écrire dans le dossier du coffre-fort. Rien n&apos;a été modifié. Vérifiez les droits du dossier ou l&apos;espace libre.</translation>
    </message>
    <message>
        <source>This installation&apos;s encryption library cannot be used safely. Reinstall Intake Companion.</source>
        <translation>La bibliothèque de chiffrement de cette installation ne peut pas être utilisée en toute sécurité. Réinstallez Intake Companion.</translation>
    </message>
    <message>
        <source>%1 is open in another program (a virus scanner or a backup program), so it could not be replaced. Nothing has been changed; close that program or wait a moment, then try again.</source>
        <translation>%1 est ouvert dans un autre programme (un antivirus ou un logiciel de sauvegarde) et n&apos;a donc pas pu être remplacé. Rien n&apos;a été modifié&#xa0;; fermez ce programme ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The last change could not be saved: the vault is damaged (the disk is not full). It was undone; Intake Companion closes the vault and keeps what is not saved in memory.</source>
        <translation>La dernière modification n&apos;a pas pu être enregistrée&#xa0;: le coffre-fort est endommagé (le disque n&apos;est pas plein). Elle a été annulée&#xa0;; Intake Companion ferme le coffre-fort et garde en mémoire ce qui n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The last change could not be saved (the disk may be full). It was undone; free some space, then try again.</source>
        <translation>La dernière modification n&apos;a pas pu être enregistrée (le disque est peut-être plein). Elle a été annulée&#xa0;; libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing has been changed.</source>
        <translation>Le coffre-fort n&apos;a pas pu être lu ni écrit. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing has been changed.</source>
        <translation>Le coffre-fort n&apos;a pas pu être ouvert. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>WhyPane</name>
    <message>
        <source>Why this item matters</source>
        <translation>Pourquoi ce point compte</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Vous pourriez dire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Move to an item to read why it matters.</source>
        <translation>Allez sur un point pour lire pourquoi il compte.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a client on the left, or start a new intake with Ctrl+N. In the overview, Enter opens the client of a line. Ctrl+F searches, Ctrl+L locks.</source>
        <translation>Choisissez un client à gauche, ou commencez un nouvel accueil avec Ctrl+N. Dans l&apos;aperçu, Entrée ouvre le client d&apos;une ligne. Ctrl+F cherche, Ctrl+L verrouille.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed just before the lock could not be saved then. They were kept and are saved now.</source>
        <translation>
            <numerusform>%n modification tapée juste avant le verrouillage n&apos;a pas pu être enregistrée à ce moment-là. Elle a été gardée et est enregistrée maintenant.</numerusform>
            <numerusform>%n modifications tapées juste avant le verrouillage n&apos;ont pas pu être enregistrées à ce moment-là. Elles ont été gardées et sont enregistrées maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed just before the lock are still not saved (the disk may be full or read-only). They are kept while the program stays open, and saving is tried again.</source>
        <translation>
            <numerusform>%n modification tapée juste avant le verrouillage n&apos;est toujours pas enregistrée (le disque est peut-être plein ou en lecture seule). Elle est gardée tant que le programme reste ouvert, et l&apos;enregistrement est réessayé.</numerusform>
            <numerusform>%n modifications tapées juste avant le verrouillage ne sont toujours pas enregistrées (le disque est peut-être plein ou en lecture seule). Elles sont gardées tant que le programme reste ouvert, et l&apos;enregistrement est réessayé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept from before the lock are saved now.</source>
        <translation>
            <numerusform>%n modification gardée d&apos;avant le verrouillage est enregistrée maintenant.</numerusform>
            <numerusform>%n modifications gardées d&apos;avant le verrouillage sont enregistrées maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client was not erased: the open conversation could not be saved first. Try again once saving works.</source>
        <translation>Le client n&apos;a pas été effacé&#xa0;: l&apos;entretien ouvert n&apos;a pas pu être enregistré d&apos;abord. Réessayez quand l&apos;enregistrement fonctionne.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s guide says this program may not erase files (they are kept for the archive). Nothing was erased.</source>
        <translation>Le guide de votre organisation dit que ce programme ne peut pas effacer de dossiers (ils sont gardés pour les archives). Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>This file is on hold (“do not erase”): %1. Nothing was erased.</source>
        <translation>Ce dossier est bloqué («&#xa0;ne pas effacer&#xa0;»)&#xa0;: %1. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>A copy of today is already in that folder; it was not changed. Nothing was erased.</source>
        <translation>Une copie d&apos;aujourd&apos;hui se trouve déjà dans ce dossier&#xa0;; elle n&apos;a pas été modifiée. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Backups of the vault made while this client was in it: %1, the last on %2. They still hold this client: erasing cannot reach them, and restoring one brings the client back.</source>
        <translation>Sauvegardes du coffre-fort faites pendant que ce client s&apos;y trouvait&#xa0;: %1, la dernière le %2. Elles contiennent encore ce client&#xa0;: l&apos;effacement ne les atteint pas, et en restaurer une ramène le client.</translation>
    </message>
    <message>
        <source>This program made no backup of the vault while this client was in it.</source>
        <translation>Ce programme n&apos;a fait aucune sauvegarde du coffre-fort pendant que ce client s&apos;y trouvait.</translation>
    </message>
    <message>
        <source>This program wrote these files for this client outside the vault; it cannot erase them. Delete them yourself where they should go too:</source>
        <translation>Ce programme a écrit ces fichiers pour ce client hors du coffre-fort&#xa0;; il ne peut pas les effacer. Supprimez-les vous-même s&apos;ils doivent disparaître aussi&#xa0;:</translation>
    </message>
    <message>
        <source>The client and all their records have been erased.</source>
        <translation>Le client et toutes ses données ont été effacés.</translation>
    </message>
    <message>
        <source>The client and all their records have been erased. A backup that is still running reads the vault, so encrypted remnants stay in the vault&apos;s journal file until it is done; they are removed then, at the latest when the vault is locked.</source>
        <translation>Le client et toutes ses données ont été effacés. Une sauvegarde encore en cours lit le coffre-fort&#xa0;: des restes chiffrés restent donc dans le fichier journal du coffre-fort jusqu&apos;à la fin de celle-ci&#xa0;; ils sont alors supprimés, au plus tard quand le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>The encrypted remnants of the erased client are now removed from the vault&apos;s journal file.</source>
        <translation>Les restes chiffrés du client effacé sont maintenant supprimés du fichier journal du coffre-fort.</translation>
    </message>
    <message>
        <source>No guide for this kind of conversation could be loaded. Reinstall the program.</source>
        <translation>Aucun guide pour ce type d&apos;entretien n&apos;a pu être chargé. Réinstallez le programme.</translation>
    </message>
</context>
</TS>
