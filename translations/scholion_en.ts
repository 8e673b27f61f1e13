<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CorpusImporter</name>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed with certainty after the file changed; they are kept and marked for review.</source>
        <translation>
            <numerusform>%n annotation could not be placed with certainty after the file changed; it is kept and marked for review.</numerusform>
            <numerusform>%n annotations could not be placed with certainty after the file changed; they are kept and marked for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supported file(s) found: </source>
        <translation>
            <numerusform>%n supported file found: </numerusform>
            <numerusform>%n supported files found: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types ignored.</source>
        <translation>
            <numerusform>%n file of other types ignored.</numerusform>
            <numerusform>%n files of other types ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::App::MainWindow</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n annotation</numerusform>
            <numerusform>%1 · %2 · %3 · %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ImportStatusWidget</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
</context>
</TS>
