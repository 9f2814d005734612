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
    <name>ClientPanel</name>
    <message numerus="yes">
        <source>%n open step(s):</source>
        <translation>
            <numerusform>%n open step:</numerusform>
            <numerusform>%n open steps:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message numerus="yes">
        <source>%n conversation(s), with their checklists</source>
        <translation>
            <numerusform>%n conversation, with their checklists</numerusform>
            <numerusform>%n conversations, with their checklists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), shared and internal</source>
        <translation>
            <numerusform>%n note, shared and internal</numerusform>
            <numerusform>%n notes, shared and internal</numerusform>
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
            <numerusform>%n consent, with their history</numerusform>
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
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n guide file(s) of your organisation could not be used: %1</source>
        <translation>
            <numerusform>%n guide file of your organisation could not be used: %1</numerusform>
            <numerusform>%n guide files of your organisation could not be used: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
