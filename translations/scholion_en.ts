<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) in one transaction.</source>
        <translation>
            <numerusform>Accepted %n suggestion in one transaction.</numerusform>
            <numerusform>Accepted %n suggestions in one transaction.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Added %n annotation(s)</source>
        <translation>
            <numerusform>Added %n annotation</numerusform>
            <numerusform>Added %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>in %n document.</numerusform>
            <numerusform>in %n documents.</numerusform>
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
    <name>Scholion::Widgets::BulkAnnotateDialog</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>Tag %n occurrence of “%1”</numerusform>
            <numerusform>Tag %n occurrences of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n annotation(s)…</source>
        <translation>
            <numerusform>Writing %n annotation…</numerusform>
            <numerusform>Writing %n annotations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %1 of %2 documents: %n found</source>
        <translation>
            <numerusform>Searching %1 of %2 documents: %n found</numerusform>
            <numerusform>Searching %1 of %2 documents: %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked</source>
        <translation>
            <numerusform>%1 of %n checked</numerusform>
            <numerusform>%1 of %n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n Checked</source>
        <translation>
            <numerusform>&amp;Accept %n Checked</numerusform>
            <numerusform>&amp;Accept %n Checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag %n Checked</source>
        <translation>
            <numerusform>&amp;Tag %n Checked</numerusform>
            <numerusform>&amp;Tag %n Checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ExportDialog</name>
    <message numerus="yes">
        <source>Documents &amp;shown in the corpus list (%n)</source>
        <translation>
            <numerusform>Documents &amp;shown in the corpus list (%n)</numerusform>
            <numerusform>Documents &amp;shown in the corpus list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents s&amp;elected in the corpus list (%n)</source>
        <translation>
            <numerusform>Documents s&amp;elected in the corpus list (%n)</numerusform>
            <numerusform>Documents s&amp;elected in the corpus list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping annotations could not be represented and were left out (the outermost wins).</source>
        <translation>
            <numerusform>%n overlapping annotation could not be represented and was left out (the outermost wins).</numerusform>
            <numerusform>%n overlapping annotations could not be represented and were left out (the outermost wins).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
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
<context>
    <name>Scholion::Widgets::SearchPanel</name>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>Searching… %n hit so far</numerusform>
            <numerusform>Searching… %n hits so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n hit(s) found</source>
        <translation>
            <numerusform>Cancelled: %n hit found</numerusform>
            <numerusform>Cancelled: %n hits found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) exported to %1.</source>
        <translation>
            <numerusform>%n hit exported to %1.</numerusform>
            <numerusform>%n hits exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n search hit(s) as %1</source>
        <translation>
            <numerusform>Tag %n search hit as %1</numerusform>
            <numerusform>Tag %n search hits as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n hit(s) as %1.</source>
        <translation>
            <numerusform>Tagged %n hit as %1.</numerusform>
            <numerusform>Tagged %n hits as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n that already had this label.</source>
        <translation>
            <numerusform>Skipped %n that already had this label.</numerusform>
            <numerusform>Skipped %n that already had this label.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n whose document changed since the search; search again.</source>
        <translation>
            <numerusform>Skipped %n whose document changed since the search; search again.</numerusform>
            <numerusform>Skipped %n whose document changed since the search; search again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::SuggestionPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s) in this document</source>
        <translation>
            <numerusform>%n suggestion in this document</numerusform>
            <numerusform>%n suggestions in this document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
