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
        <source>%n annotation(s) no longer match the text of their documents (ids %1). They are kept as they are; please check them.</source>
        <translation>
            <numerusform>%n annotation no longer matches the text of its document (id %1). It is kept as it is; please check it.</numerusform>
            <numerusform>%n annotations no longer match the text of their documents (ids %1). They are kept as they are; please check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n annotation</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entity(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n entity into “%1”</numerusform>
            <numerusform>Merge %n entities into “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Models::EntityListModel</name>
    <message numerus="yes">
        <source>%1
Also called: %2
%n mention(s)</source>
        <translation>
            <numerusform>%1
Also called: %2
%n mention</numerusform>
            <numerusform>%1
Also called: %2
%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Models::LabelTreeModel</name>
    <message numerus="yes">
        <source>%n annotation(s) with this label or one below it</source>
        <translation>
            <numerusform>%n annotation with this label or one below it</numerusform>
            <numerusform>%n annotations with this label or one below it</numerusform>
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
<context>
    <name>Scholion::Widgets::LabelManager</name>
    <message numerus="yes">
        <source>Merge %n label(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n label into “%1”</numerusform>
            <numerusform>Merge %n labels into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and %n annotation(s)?</source>
        <translation>
            <numerusform>Delete “%1” and %n annotation?</numerusform>
            <numerusform>Delete “%1” and %n annotations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, %2 and %n annotation(s)?</source>
        <comment>%2 is the number of sub-labels</comment>
        <translation>
            <numerusform>Delete “%1”, %2 and %n annotation?</numerusform>
            <numerusform>Delete “%1”, %2 and %n annotations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-label(s)</source>
        <translation>
            <numerusform>%n sub-label</numerusform>
            <numerusform>%n sub-labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n label(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n label to “%1”.</numerusform>
            <numerusform>Exported %n labels to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new label(s) from “%1”; labels of names already here were kept.</source>
        <translation>
            <numerusform>Imported %n new label from “%1”; labels of names already here were kept.</numerusform>
            <numerusform>Imported %n new labels from “%1”; labels of names already here were kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
