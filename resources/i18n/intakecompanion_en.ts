<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientListPanel</name>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open step</numerusform>
            <numerusform>%n open steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open. They stay open and come back in the next conversation:</source>
        <translation>
            <numerusform>%1 %n item of the checklist still open. It stays open and comes back in the next conversation:</numerusform>
            <numerusform>%1 %n items of the checklist still open. They stay open and come back in the next conversation:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open. Those left open from the intake come back in the next conversation:</source>
        <translation>
            <numerusform>%1 %n item of the checklist still open. Those left open from the intake come back in the next conversation:</numerusform>
            <numerusform>%1 %n items of the checklist still open. Those left open from the intake come back in the next conversation:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s) of the checklist still open:</source>
        <translation>
            <numerusform>%1 %n item of the checklist still open:</numerusform>
            <numerusform>%1 %n items of the checklist still open:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message numerus="yes">
        <source>⚠ %n promise(s) of yours overdue (Ctrl+3)</source>
        <translation>
            <numerusform>⚠ %n promise of yours overdue (Ctrl+3)</numerusform>
            <numerusform>⚠ %n promises of yours overdue (Ctrl+3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message numerus="yes">
        <source>%n note(s) still to review.</source>
        <translation>
            <numerusform>%n note still to review.</numerusform>
            <numerusform>%n notes still to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message numerus="yes">
        <source>%n change(s) not yet saved are kept in memory, not in the damaged vault. Open the restored vault in this window and they are written into it; do not quit the program before.</source>
        <translation>
            <numerusform>%n change not yet saved is kept in memory, not in the damaged vault. Open the restored vault in this window and it is written into it; do not quit the program before.</numerusform>
            <numerusform>%n changes not yet saved are kept in memory, not in the damaged vault. Open the restored vault in this window and they are written into it; do not quit the program before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message numerus="yes">
        <source>%n conversation(s), with their checklists</source>
        <translation>
            <numerusform>%n conversation, with its checklist</numerusform>
            <numerusform>%n conversations, with their checklists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) (shared or internal)</source>
        <translation>
            <numerusform>%n note (shared or internal)</numerusform>
            <numerusform>%n notes (shared or internal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on checklist points</source>
        <translation>
            <numerusform>%n note on a checklist point</numerusform>
            <numerusform>%n notes on checklist points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s)</source>
        <translation>
            <numerusform>%n small step</numerusform>
            <numerusform>%n small steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s), with their history</source>
        <translation>
            <numerusform>%n consent, with its history</numerusform>
            <numerusform>%n consents, with their history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) kept as handed over</source>
        <translation>
            <numerusform>%n sheet kept as handed over</numerusform>
            <numerusform>%n sheets kept as handed over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <source>Do not pass on my own &amp;notes (%n internal notes and notes on checklist points)</source>
        <translation>
            <numerusform>Do not pass on my own &amp;notes (%n internal note or note on a checklist point)</numerusform>
            <numerusform>Do not pass on my own &amp;notes (%n internal notes and notes on checklist points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The program locks in %n second(s).</source>
        <translation>
            <numerusform>The program locks in %n second.</numerusform>
            <numerusform>The program locks in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LongSheetQuestion</name>
    <message numerus="yes">
        <source>This sheet is %n page(s) long.</source>
        <translation>
            <numerusform>This sheet is %n page long.</numerusform>
            <numerusform>This sheet is %n pages long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n page(s)</source>
        <translation>
            <numerusform>Print %n page</numerusform>
            <numerusform>Print %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n page(s) as PDF</source>
        <translation>
            <numerusform>Save %n page as PDF</numerusform>
            <numerusform>Save %n pages as PDF</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>(and %n more problem(s) in this file)</source>
        <translation>
            <numerusform>(and %n more problem in this file)</numerusform>
            <numerusform>(and %n more problems in this file)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) of your organisation could not be used: %1</source>
        <translation>
            <numerusform>%n guide file of your organisation could not be used: %1</numerusform>
            <numerusform>%n guide files of your organisation could not be used: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n client(s) erased in this vault came back with the backup and were erased again in the new vault.</source>
        <translation>
            <numerusform>%n client erased in this vault came back with the backup and was erased again in the new vault.</numerusform>
            <numerusform>%n clients erased in this vault came back with the backup and were erased again in the new vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased in this vault came back with the backup and are in the new vault again; erase them there if they should stay erased.</source>
        <translation>
            <numerusform>%n client erased in this vault came back with the backup and is in the new vault again; erase that client there if they should stay erased.</numerusform>
            <numerusform>%n clients erased in this vault came back with the backup and are in the new vault again; erase them there if they should stay erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message numerus="yes">
        <source>The client was taken over (%n conversation(s)), handed over by %1 on %2.</source>
        <translation>
            <numerusform>The client was taken over (%n conversation), handed over by %1 on %2.</numerusform>
            <numerusform>The client was taken over (%n conversations), handed over by %1 on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%n change(s) typed just before the lock could not be saved then. They were kept and are saved now.</source>
        <translation>
            <numerusform>%n change typed just before the lock could not be saved then. It was kept and is saved now.</numerusform>
            <numerusform>%n changes typed just before the lock could not be saved then. They were kept and are saved now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed just before the lock are still not saved (the disk may be full or read-only). They are kept while the program stays open, and saving is tried again.</source>
        <translation>
            <numerusform>%n change typed just before the lock is still not saved (the disk may be full or read-only). It is kept while the program stays open, and saving is tried again.</numerusform>
            <numerusform>%n changes typed just before the lock are still not saved (the disk may be full or read-only). They are kept while the program stays open, and saving is tried again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept from before the lock are saved now.</source>
        <translation>
            <numerusform>%n change kept from before the lock is saved now.</numerusform>
            <numerusform>%n changes kept from before the lock are saved now.</numerusform>
        </translation>
    </message>
</context>
</TS>
