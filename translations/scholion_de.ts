<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>„%1“ als %2 kennzeichnen</translation>
    </message>
</context>
<context>
    <name>AddLabelCommand</name>
    <message>
        <source>New label “%1”</source>
        <translation>Neues Label „%1“</translation>
    </message>
</context>
<context>
    <name>AddRelationCommand</name>
    <message>
        <source>Link “%1” %2 “%3”</source>
        <translation>„%1“ %2 „%3“ verknüpfen</translation>
    </message>
</context>
<context>
    <name>AmountParser</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 is not a well-formed number.</source>
        <translation>%1 ist keine gültige Zahl.</translation>
    </message>
    <message>
        <source>%1 is ambiguous: its separator could be a decimal point or a thousands separator.</source>
        <translation>%1 ist mehrdeutig: Das Trennzeichen kann ein Dezimal- oder ein Tausendertrennzeichen sein.</translation>
    </message>
    <message>
        <source>The character %1 is not supported in an amount; write the number with digits.</source>
        <translation>Das Zeichen %1 wird in Beträgen nicht unterstützt; schreiben Sie die Zahl in Ziffern.</translation>
    </message>
    <message>
        <source>The text contains no number.</source>
        <translation>Der Text enthält keine Zahl.</translation>
    </message>
    <message>
        <source>The amount has more than one multiplier (%1 %2).</source>
        <translation>Der Betrag hat mehr als einen Multiplikator (%1 %2).</translation>
    </message>
    <message>
        <source>%1 must be followed by a multiplier, as in “half a billion”.</source>
        <translation>Auf %1 muss ein Multiplikator folgen, wie in „half a billion“.</translation>
    </message>
    <message>
        <source>%1 after a number is ambiguous (a multiplier or a unit); write the word in full.</source>
        <translation>%1 nach einer Zahl ist mehrdeutig (Multiplikator oder Einheit); schreiben Sie das Wort aus.</translation>
    </message>
    <message>
        <source>The text names more than one currency (%1 and %2).</source>
        <translation>Der Text nennt mehr als eine Währung (%1 und %2).</translation>
    </message>
    <message>
        <source>Amounts in cents are not supported; write the amount in the currency itself.</source>
        <translation>Beträge in Cent werden nicht unterstützt; geben Sie den Betrag in der Währung selbst an.</translation>
    </message>
    <message>
        <source>The currency symbol %1 is not known; write the ISO code instead.</source>
        <translation>Das Währungssymbol %1 ist unbekannt; schreiben Sie stattdessen den ISO-Code.</translation>
    </message>
    <message>
        <source>The currency %1 is not known; write the ISO code instead.</source>
        <translation>Die Währung %1 ist unbekannt; schreiben Sie stattdessen den ISO-Code.</translation>
    </message>
    <message>
        <source>%1 can be a weight or one of several currencies; write GBP, £ or “pounds sterling”.</source>
        <translation>%1 kann ein Gewicht oder eine von mehreren Währungen sein; schreiben Sie GBP, £ oder „pounds sterling“.</translation>
    </message>
    <message>
        <source>%1 can mean several currencies; write the ISO code, or add the country as in “Swiss francs”.</source>
        <translation>%1 kann mehrere Währungen bezeichnen; schreiben Sie den ISO-Code oder ergänzen Sie das Land wie in „Swiss francs“.</translation>
    </message>
    <message>
        <source>%1 is vague, not an exact amount.</source>
        <translation>%1 ist vage und kein genauer Betrag.</translation>
    </message>
    <message>
        <source>The multiplier %1 has no number before it.</source>
        <translation>Vor dem Multiplikator %1 steht keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not supported in an amount; write the number with digits and a multiplier.</source>
        <translation>%1 wird in Beträgen nicht unterstützt; schreiben Sie die Zahl in Ziffern mit einem Multiplikator.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>The text gives a range, not a single amount.</source>
        <translation>Der Text nennt einen Bereich, keinen einzelnen Betrag.</translation>
    </message>
    <message>
        <source>The text contains more than one number.</source>
        <translation>Der Text enthält mehr als eine Zahl.</translation>
    </message>
    <message>
        <source>The amount is negative.</source>
        <translation>Der Betrag ist negativ.</translation>
    </message>
    <message>
        <source>A percentage is not an amount.</source>
        <translation>Ein Prozentsatz ist kein Betrag.</translation>
    </message>
    <message>
        <source>The text names a currency but contains no number.</source>
        <translation>Der Text nennt eine Währung, enthält aber keine Zahl.</translation>
    </message>
</context>
<context>
    <name>AttributeProposals</name>
    <message>
        <source>amount not set</source>
        <translation>Betrag nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run “scholion --help” for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit „scholion --help“.</translation>
    </message>
    <message>
        <source>Give one folder or project at most.</source>
        <translation>Geben Sie höchstens einen Ordner oder ein Projekt an.</translation>
    </message>
    <message>
        <source>The folder “%1” has no Scholion project yet; import it first with “scholion import %1”.</source>
        <translation>Der Ordner „%1“ hat noch kein Scholion-Projekt; importieren Sie ihn zuerst mit „scholion import %1“.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Usage: scholion [options] [FOLDER | PROJECT]
       scholion import FOLDER [--project FILE]
       scholion info PROJECT [--json]
       scholion dump PROJECT --document PATH

Scholion reads a corpus folder of articles (.txt, .md, .html) into a project and lets you
annotate it. Without a command it opens the window; FOLDER is a corpus folder to open
(imported on the way), PROJECT a project file (.sqlite).

Commands (no window):
  import FOLDER      Import or re-import FOLDER and print the import report. The project is
                     FOLDER/.scholion/project.sqlite unless --project FILE is given.
                     Exits 0 when the import completed, even if files were skipped.
  info PROJECT       Print the schema version and the numbers of documents, annotations,
                     labels, entities and relations. PROJECT may be the corpus folder.
  dump PROJECT       Print the canonical text of the document whose path (relative to the
                     corpus folder) is given with --document.

Options:
  -h, --help         Show this help.
  -v, --version      Show the version.
  --sample           Open the bundled sample corpus.
  --screenshot FILE  Open FOLDER or PROJECT, render the window to FILE (PNG) and quit.

Exit codes: 0 success, 1 unusable folder, project or document, 2 wrong command line.
</source>
        <translation>Aufruf: scholion [Optionen] [ORDNER | PROJEKT]
        scholion import ORDNER [--project DATEI]
        scholion info PROJEKT [--json]
        scholion dump PROJEKT --document PFAD

Scholion liest einen Korpusordner mit Artikeln (.txt, .md, .html) in ein Projekt ein, in dem
Sie sie annotieren können. Ohne Befehl wird das Fenster geöffnet; ORDNER ist ein zu öffnender
Korpusordner (er wird dabei importiert), PROJEKT eine Projektdatei (.sqlite).

Befehle (ohne Fenster):
  import ORDNER      ORDNER (erneut) importieren und den Importbericht ausgeben. Das Projekt ist
                     ORDNER/.scholion/project.sqlite, sofern nicht --project DATEI angegeben ist.
                     Exit-Status 0 nach abgeschlossenem Import, auch mit übersprungenen Dateien.
  info PROJEKT       Schema-Version und Anzahl der Dokumente, Annotationen, Labels, Entitäten und
                     Beziehungen ausgeben. PROJEKT kann auch der Korpusordner sein.
  dump PROJEKT       Den kanonischen Text des Dokuments ausgeben, dessen Pfad (relativ zum
                     Korpusordner) mit --document angegeben wird.

Optionen:
  -h, --help         Diese Hilfe anzeigen.
  -v, --version      Die Version anzeigen.
  --sample           Das mitgelieferte Beispielkorpus öffnen.
  --screenshot DATEI ORDNER oder PROJEKT öffnen, das Fenster als PNG in DATEI speichern und beenden.

Exit-Status: 0 Erfolg, 1 Ordner, Projekt oder Dokument unbrauchbar, 2 fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Keinen Fortschritt ausgeben.</translation>
    </message>
    <message>
        <source>The corpus folder.</source>
        <translation>Der Korpusordner.</translation>
    </message>
    <message>
        <source>import needs exactly one FOLDER.</source>
        <translation>import erwartet genau einen ORDNER.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only; its project is kept in “%2”.</source>
        <translation>Der Ordner „%1“ ist schreibgeschützt; sein Projekt wird in „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>Scanning: %1 files</source>
        <translation>Durchsuchen: %1 Dateien</translation>
    </message>
    <message>
        <source>Importing %1/%2 files, %3/%4</source>
        <translation>Importieren: %1/%2 Dateien, %3/%4</translation>
    </message>
    <message>
        <source>Import cancelled; the documents imported so far are kept.</source>
        <translation>Import abgebrochen; die bisher importierten Dokumente bleiben erhalten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>info needs exactly one PROJECT.</source>
        <translation>info erwartet genau ein PROJEKT.</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Projekt:        %1</translation>
    </message>
    <message>
        <source>Corpus folder:  %1</source>
        <translation>Korpusordner:   %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema-Version: %1</translation>
    </message>
    <message>
        <source>Documents:      %1 (%2 missing)</source>
        <translation>Dokumente:      %1 (fehlend: %2)</translation>
    </message>
    <message>
        <source>Annotations:    %1</source>
        <translation>Annotationen:   %1</translation>
    </message>
    <message>
        <source>Labels:         %1</source>
        <translation>Labels:         %1</translation>
    </message>
    <message>
        <source>Entities:       %1</source>
        <translation>Entitäten:      %1</translation>
    </message>
    <message>
        <source>Relations:      %1</source>
        <translation>Beziehungen:    %1</translation>
    </message>
    <message>
        <source>Last import:    %1, %2</source>
        <translation>Letzter Import: %1, %2</translation>
    </message>
    <message>
        <source>The document&apos;s path relative to the corpus folder.</source>
        <translation>Der Pfad des Dokuments relativ zum Korpusordner.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>dump needs a PROJECT and --document PATH.</source>
        <translation>dump erwartet ein PROJEKT und --document PFAD.</translation>
    </message>
    <message>
        <source>The project has no document “%1”.</source>
        <translation>Das Projekt enthält kein Dokument „%1“.</translation>
    </message>
</context>
<context>
    <name>CorpusImporter</name>
    <message>
        <source>Writing to the project failed: %1</source>
        <translation>Schreiben in das Projekt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation>Die Verknüpfung zeigt auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Dies ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The project “%1” belongs to the corpus folder “%2”, not “%3”.</source>
        <translation>Das Projekt „%1“ gehört zum Korpusordner „%2“, nicht zu „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed with certainty after the file changed; they are kept and marked for review.</source>
        <translation>
            <numerusform>%n Annotation konnte nach der Änderung der Datei nicht sicher zugeordnet werden; sie bleibt erhalten und ist zur Überprüfung markiert.</numerusform>
            <numerusform>%n Annotationen konnten nach der Änderung der Datei nicht sicher zugeordnet werden; sie bleiben erhalten und sind zur Überprüfung markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not imported.</source>
        <translation>Die Datei ist %1 MB groß; Dateien über %2 MB werden nicht importiert.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The version imported earlier is kept.</source>
        <translation>Die zuvor importierte Version bleibt erhalten.</translation>
    </message>
    <message>
        <source>The file has no visible text.</source>
        <translation>Die Datei enthält keinen sichtbaren Text.</translation>
    </message>
    <message>
        <source>Not valid UTF-8; read as %1 (a guess). Check its special characters.</source>
        <translation>Kein gültiges UTF-8; als %1 gelesen (geschätzt). Prüfen Sie die Sonderzeichen.</translation>
    </message>
    <message>
        <source>The file is no longer in the corpus folder; its document and annotations are kept.</source>
        <translation>Die Datei befindet sich nicht mehr im Korpusordner; ihr Dokument und ihre Annotationen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read.</source>
        <translation>Der Ordner „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CreateEntityCommand</name>
    <message>
        <source>New entity “%1”</source>
        <translation>Neue Entität „%1“</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>Broken encoding</source>
        <translation>Fehlerhafte Kodierung</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Encoding guessed</source>
        <translation>Kodierung geschätzt</translation>
    </message>
    <message>
        <source>Annotations to review</source>
        <translation>Zu prüfende Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 is running.</source>
        <translation>Der Import von %1 läuft.</translation>
    </message>
    <message>
        <source>Import of %1 completed.</source>
        <translation>Der Import von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Import of %1 was cancelled; what was imported until then is kept.</source>
        <translation>Der Import von %1 wurde abgebrochen; das bis dahin Importierte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Import of %1 failed: %2</source>
        <translation>Der Import von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Started %1, took %2 s.</source>
        <translation>Gestartet am %1, Dauer: %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n supported file(s) found: </source>
        <translation>
            <numerusform>%n unterstützte Datei gefunden: </numerusform>
            <numerusform>%n unterstützte Dateien gefunden: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types ignored.</source>
        <translation>
            <numerusform>%n Datei anderen Typs ignoriert.</numerusform>
            <numerusform>%n Dateien anderen Typs ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations re-anchored after changes: %1; to review: %2.</source>
        <translation>Nach Änderungen neu verankerte Annotationen: %1; zu prüfen: %2.</translation>
    </message>
</context>
<context>
    <name>ImportSchemaCommand</name>
    <message>
        <source>Import labels from “%1”</source>
        <translation>Labels aus „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>LinkEntityCommand</name>
    <message>
        <source>Link “%1” to %2</source>
        <translation>„%1“ mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Unlink “%1”</source>
        <translation>Verknüpfung von „%1“ lösen</translation>
    </message>
</context>
<context>
    <name>MergeEntitiesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergeLabelsCommand</name>
    <message>
        <source>Merge label “%1” into “%2”</source>
        <translation>Label „%1“ in „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>MoveLabelCommand</name>
    <message>
        <source>Move label “%1”</source>
        <translation>Label „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>The project file “%1” does not exist.</source>
        <translation>Die Projektdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a project file.</source>
        <translation>„%1“ ist keine Projektdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the project.</source>
        <translation>Der Ordner „%1“ für das Projekt kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Scholion project or is damaged (%2).</source>
        <translation>„%1“ ist kein Scholion-Projekt oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Scholion project.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Scholion-Projekt.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Scholion (schema %2; this version understands up to %3). Please update Scholion to open it.</source>
        <translation>Das Projekt „%1“ wurde mit einer neueren Version von Scholion gespeichert (Schema %2; diese Version unterstützt Schemas bis %3). Bitte aktualisieren Sie Scholion, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The project “%1” uses an older schema (%2) and can only be upgraded when it is writable.</source>
        <translation>Das Projekt „%1“ verwendet ein älteres Schema (%2) und kann nur aktualisiert werden, wenn es beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot read the migration script “%1”.</source>
        <translation>Das Migrationsskript „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot upgrade the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Upgrading the project “%1” to schema %2 failed in “%3”: %4</source>
        <translation>Die Aktualisierung des Projekts „%1“ auf Schema %2 ist bei „%3“ fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Upgrading the project “%1” to schema %2 failed: %3</source>
        <translation>Die Aktualisierung des Projekts „%1“ auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The project “%1” is empty: its creation was interrupted, or it is not a Scholion project. Open the corpus folder again to create it.</source>
        <translation>Das Projekt „%1“ ist leer: Seine Erstellung wurde unterbrochen, oder es ist kein Scholion-Projekt. Öffnen Sie den Korpusordner erneut, um es zu erstellen.</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>%1 „%2“ entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveLabelCommand</name>
    <message>
        <source>Delete label “%1”</source>
        <translation>Label „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>RemoveRelationCommand</name>
    <message>
        <source>Remove the %1 link</source>
        <translation>Verknüpfung %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SampleCorpus</name>
    <message>
        <source>Cannot write the sample corpus to “%1”: %2</source>
        <translation>Das Beispielkorpus kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This build of Scholion has no sample corpus.</source>
        <translation>Diese Scholion-Version wurde ohne Beispielkorpus erstellt.</translation>
    </message>
</context>
<context>
    <name>Scholion::App::MainWindow</name>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>B&amp;eispielkorpus öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;fresh from Folder</source>
        <translation>Aus Ordner &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Import new and changed files of the corpus folder</source>
        <translation>Neue und geänderte Dateien des Korpusordners importieren</translation>
    </message>
    <message>
        <source>Import &amp;Report…</source>
        <translation>&amp;Importbericht …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Full-Width Text</source>
        <translation>Text in voller &amp;Breite</translation>
    </message>
    <message>
        <source>Let the text use the whole width instead of a comfortable reading column</source>
        <translation>Text über die gesamte Breite anzeigen statt in einer angenehm lesbaren Spalte</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Nächstes Dokument</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Vorheriges Dokument</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>Dokumente &amp;filtern</translation>
    </message>
    <message>
        <source>Document &amp;List</source>
        <translation>Dokument&amp;liste</translation>
    </message>
    <message>
        <source>Document &amp;Text</source>
        <translation>Dokument&amp;text</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Scholion</source>
        <translation>Ü&amp;ber Scholion</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Scholion</source>
        <translation>Scholion</translation>
    </message>
    <message>
        <source>%1 documents · %2 annotations</source>
        <translation>%1 Dokumente · %2 Annotationen</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>mixed line endings</source>
        <translation>gemischte Zeilenenden</translation>
    </message>
    <message>
        <source>SHA-256 of the source file: %1</source>
        <translation>SHA-256 der Quelldatei: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is neither a corpus folder nor a Scholion project. Open a folder of articles, or a project file (.sqlite).</source>
        <translation>„%1“ ist weder ein Korpusordner noch ein Scholion-Projekt. Öffnen Sie einen Ordner mit Artikeln oder eine Projektdatei (.sqlite).</translation>
    </message>
    <message>
        <source>The corpus folder is read-only, so its project is kept in %1.</source>
        <translation>Der Korpusordner ist schreibgeschützt, daher wird sein Projekt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The corpus folder %1 is not available; the project is shown as stored.</source>
        <translation>Der Korpusordner %1 ist nicht verfügbar; das Projekt wird im gespeicherten Zustand angezeigt.</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Import abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open Sample Corpus</source>
        <translation>Beispielkorpus öffnen</translation>
    </message>
    <message>
        <source>Refresh from Folder</source>
        <translation>Aus Ordner aktualisieren</translation>
    </message>
    <message>
        <source>The corpus folder “%1” is not available.</source>
        <translation>Der Korpusordner „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>Korpusordner öffnen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Scholion projects (*.sqlite);;All files (*)</source>
        <translation>Scholion-Projekte (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About Scholion</source>
        <translation>Über Scholion</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scholion %1&lt;/h3&gt;&lt;p&gt;Read a corpus of articles, annotate quotes, actors, aid figures, dates and events, link them and export annotated sets.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDE Frameworks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scholion %1&lt;/h3&gt;&lt;p&gt;Lesen Sie ein Korpus von Artikeln, annotieren Sie Zitate, Akteure, Hilfsbeträge, Daten und Ereignisse, verknüpfen Sie sie und exportieren Sie annotierte Sammlungen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und KDE Frameworks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Project Check</source>
        <translation>Projektprüfung</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) no longer match the text of their documents (ids %1). They are kept as they are; please check them.</source>
        <translation>
            <numerusform>%n Annotation passt nicht mehr zum Text ihres Dokuments (ID %1). Sie bleibt unverändert erhalten; bitte prüfen Sie sie.</numerusform>
            <numerusform>%n Annotationen passen nicht mehr zum Text ihrer Dokumente (IDs %1). Sie bleiben unverändert erhalten; bitte prüfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>&amp;Tag With Label…</source>
        <translation>Mit &amp;Label kennzeichnen …</translation>
    </message>
    <message>
        <source>&amp;Label Selection As</source>
        <translation>Auswahl &amp;kennzeichnen als</translation>
    </message>
    <message>
        <source>Each label&apos;s key tags the selected text, or relabels the current annotation</source>
        <translation>Die Taste eines Labels kennzeichnet den ausgewählten Text oder ändert das Label der aktuellen Annotation</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>Annotation ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>&amp;Nächste Annotation</translation>
    </message>
    <message>
        <source>P&amp;revious Annotation</source>
        <translation>&amp;Vorherige Annotation</translation>
    </message>
    <message>
        <source>&amp;Link to Another Span…</source>
        <translation>Mit anderer &amp;Textstelle verknüpfen …</translation>
    </message>
    <message>
        <source>Link the current annotation to another one: who said a quote, who pledged an amount…</source>
        <translation>Die aktuelle Annotation mit einer anderen verknüpfen: wer ein Zitat geäußert, wer einen Betrag zugesagt hat …</translation>
    </message>
    <message>
        <source>Remove Lin&amp;k</source>
        <translation>Verknüpfung entfe&amp;rnen</translation>
    </message>
    <message>
        <source>The current annotation has no links</source>
        <translation>Die aktuelle Annotation hat keine Verknüpfungen</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>&amp;Attribute …</translation>
    </message>
    <message>
        <source>Link to &amp;Entity…</source>
        <translation>Mit &amp;Entität verknüpfen …</translation>
    </message>
    <message>
        <source>&amp;Unlink Entity</source>
        <translation>Entitätsverknüpfung a&amp;ufheben</translation>
    </message>
    <message>
        <source>Ad&amp;just Boundaries</source>
        <translation>&amp;Grenzen anpassen</translation>
    </message>
    <message>
        <source>Extend End</source>
        <translation>Ende erweitern</translation>
    </message>
    <message>
        <source>Shrink End</source>
        <translation>Ende verkürzen</translation>
    </message>
    <message>
        <source>Extend Start</source>
        <translation>Anfang erweitern</translation>
    </message>
    <message>
        <source>Shrink Start</source>
        <translation>Anfang verkürzen</translation>
    </message>
    <message>
        <source>&amp;Snap to Word Boundaries</source>
        <translation>An &amp;Wortgrenzen ausrichten</translation>
    </message>
    <message>
        <source>Document &amp;Note…</source>
        <translation>&amp;Dokumentnotiz …</translation>
    </message>
    <message>
        <source>Document Note</source>
        <translation>Dokumentnotiz</translation>
    </message>
    <message>
        <source>Your note on this document:</source>
        <translation>Ihre Notiz zu diesem Dokument:</translation>
    </message>
    <message>
        <source>Document &amp;Status</source>
        <translation>Dokument&amp;status</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n Annotation</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <source>Click an annotation first, then adjust its boundaries.</source>
        <translation>Klicken Sie zuerst auf eine Annotation und passen Sie dann ihre Grenzen an.</translation>
    </message>
    <message>
        <source>Nothing to tag: the selection is only white space.</source>
        <translation>Nichts zu kennzeichnen: Die Auswahl enthält nur Leerraum.</translation>
    </message>
    <message>
        <source>The amount was not read: %1 Set it with Annotate › Attributes… (Ctrl+Shift+T).</source>
        <translation>Der Betrag wurde nicht erkannt: %1 Legen Sie ihn über Annotieren › Attribute … (Ctrl+Shift+T) fest.</translation>
    </message>
    <message>
        <source>Select text to tag it, or click an annotation to change its label.</source>
        <translation>Wählen Sie Text aus, um ihn zu kennzeichnen, oder klicken Sie auf eine Annotation, um ihr Label zu ändern.</translation>
    </message>
    <message>
        <source>Click an annotation first.</source>
        <translation>Klicken Sie zuerst auf eine Annotation.</translation>
    </message>
    <message>
        <source>The label %1 has no attributes.</source>
        <translation>Das Label %1 hat keine Attribute.</translation>
    </message>
    <message>
        <source>Attributes of “%1”</source>
        <translation>Attribute von „%1“</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Click an annotation first, then link it to an entity.</source>
        <translation>Klicken Sie zuerst auf eine Annotation und verknüpfen Sie sie dann mit einer Entität.</translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation>Mit Entität verknüpfen</translation>
    </message>
    <message>
        <source>Entity for “%1” (type a new name to create one):</source>
        <translation>Entität für „%1“ (geben Sie einen neuen Namen ein, um eine neue zu erstellen):</translation>
    </message>
    <message>
        <source>This entity has no mentions yet.</source>
        <translation>Diese Entität hat noch keine Erwähnungen.</translation>
    </message>
    <message>
        <source>Mention %1 of %2</source>
        <translation>Erwähnung %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entity(s) into “%1”</source>
        <translation>
            <numerusform>%n Entität in „%1“ zusammenführen</numerusform>
            <numerusform>%n Entitäten in „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the annotation to link from first (a quote, an aid figure…).</source>
        <translation>Klicken Sie zuerst auf die Annotation, von der die Verknüpfung ausgeht (ein Zitat, ein Hilfsbetrag …).</translation>
    </message>
    <message>
        <source>Link “%1” to…: click the other span, or move to it with Alt+↑/↓ and press Enter. Esc cancels.</source>
        <translation>„%1“ verknüpfen mit …: Klicken Sie auf die andere Textstelle oder wechseln Sie mit Alt+↑/↓ zu ihr und drücken Sie Enter. Esc bricht ab.</translation>
    </message>
    <message>
        <source>No relation type links a %1 and a %2.</source>
        <translation>Kein Beziehungstyp verknüpft %1 und %2.</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Verknüpft: %1</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::AnnotationListModel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::AnnotationStore</name>
    <message>
        <source>The label schema is not valid JSON: %1 (at character %2).</source>
        <translation>Das Label-Schema ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>In das Projekt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A label of the schema has no name or no valid colour.</source>
        <translation>Ein Label des Schemas hat keinen Namen oder keine gültige Farbe.</translation>
    </message>
    <message>
        <source>Cannot add the label “%1”: %2</source>
        <translation>Das Label „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the attribute of “%1”: %2</source>
        <translation>Das Attribut von „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the relation type “%1”: %2</source>
        <translation>Der Beziehungstyp „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot undo the import: %1</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>A label needs a name and a colour.</source>
        <translation>Ein Label braucht einen Namen und eine Farbe.</translation>
    </message>
    <message>
        <source>There is already a label “%1” here.</source>
        <translation>Hier gibt es bereits ein Label „%1“.</translation>
    </message>
    <message>
        <source>Cannot change the label: %1</source>
        <translation>Das Label kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>A label cannot move below itself.</source>
        <translation>Ein Label kann nicht unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot move the label: %1</source>
        <translation>Das Label kann nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>The label does not exist any more.</source>
        <translation>Das Label existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot delete the label: %1</source>
        <translation>Das Label kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>A label cannot be merged into itself or into a label below it.</source>
        <translation>Ein Label kann nicht in sich selbst oder in ein Label darunter zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Cannot merge the labels: %1</source>
        <translation>Die Labels können nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>Cannot restore the labels: %1</source>
        <translation>Die Labels können nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The label of the annotation does not exist.</source>
        <translation>Das Label der Annotation existiert nicht.</translation>
    </message>
    <message>
        <source>The span %1–%2 is outside the document.</source>
        <translation>Die Textstelle %1–%2 liegt außerhalb des Dokuments.</translation>
    </message>
    <message>
        <source>A span cannot begin or end inside a character.</source>
        <translation>Eine Textstelle kann nicht innerhalb eines Zeichens beginnen oder enden.</translation>
    </message>
    <message>
        <source>The annotation no longer matches the text of its document.</source>
        <translation>Die Annotation passt nicht mehr zum Text ihres Dokuments.</translation>
    </message>
    <message>
        <source>Cannot save the annotation: %1</source>
        <translation>Die Annotation kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The annotation does not exist any more.</source>
        <translation>Die Annotation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot remove the annotation: %1</source>
        <translation>Die Annotation kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The annotation or its new label does not exist.</source>
        <translation>Die Annotation oder ihr neues Label existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Die Notiz kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The span %1–%2 is not a valid range of the document.</source>
        <translation>Die Textstelle %1–%2 ist kein gültiger Bereich des Dokuments.</translation>
    </message>
    <message>
        <source>Cannot change the span: %1</source>
        <translation>Die Textstelle kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The label of this annotation has no such attribute.</source>
        <translation>Das Label dieser Annotation hat kein solches Attribut.</translation>
    </message>
    <message>
        <source>Cannot save the attribute: %1</source>
        <translation>Das Attribut kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A relation needs two different annotations and a relation type.</source>
        <translation>Eine Beziehung braucht zwei verschiedene Annotationen und einen Beziehungstyp.</translation>
    </message>
    <message>
        <source>“%1” does not link a %2 to a %3.</source>
        <translation>„%1“ verknüpft nicht %2 mit %3.</translation>
    </message>
    <message>
        <source>Cannot save the relation: %1</source>
        <translation>Die Beziehung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The relation does not exist any more.</source>
        <translation>Die Beziehung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot remove the relation: %1</source>
        <translation>Die Beziehung kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Eine Entität braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>Die Entität „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the entity: %1</source>
        <translation>Die Entität kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The annotation or the entity does not exist any more.</source>
        <translation>Die Annotation oder die Entität existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot link the entity: %1</source>
        <translation>Die Entität kann nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Wählen Sie zwei verschiedene Entitäten zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>Cannot merge the entities: %1</source>
        <translation>Die Entitäten können nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>Das Zusammenführen kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the document&apos;s status: %1</source>
        <translation>Der Status des Dokuments kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the document&apos;s note: %1</source>
        <translation>Die Notiz zum Dokument kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::DocumentListModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>%1
The source file is no longer in the corpus folder; the document and its annotations are kept.</source>
        <translation>%1
Die Quelldatei befindet sich nicht mehr im Korpusordner; das Dokument und seine Annotationen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Annotations in the document</source>
        <translation>Annotationen im Dokument</translation>
    </message>
    <message>
        <source>Ann.</source>
        <comment>short column header: number of annotations</comment>
        <translation>Ann.</translation>
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
Auch genannt: %2
%n Erwähnung</numerusform>
            <numerusform>%1
Auch genannt: %2
%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>short column header: number of documents</comment>
        <translation>Dok.</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::LabelTreeModel</name>
    <message>
        <source>Key that applies “%1” to the selected text</source>
        <translation>Taste, die „%1“ auf den ausgewählten Text anwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with this label or one below it</source>
        <translation>
            <numerusform>%n Annotation mit diesem Label oder einem darunter</numerusform>
            <numerusform>%n Annotationen mit diesem Label oder einem darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>„%1“ ist keine Farbe.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a label “%1” here.</source>
        <translation>Hier gibt es bereits ein Label „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a key or key combination.</source>
        <translation>„%1“ ist keine Taste oder Tastenkombination.</translation>
    </message>
    <message>
        <source>The key %1 already applies “%2”.</source>
        <translation>Die Taste %1 wendet bereits „%2“ an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kurzbefehl</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column header: number of annotations with the label or one below it</comment>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The label and its colour; drag a label to move it under another one</source>
        <translation>Das Label und seine Farbe; ziehen Sie ein Label, um es unter ein anderes zu verschieben</translation>
    </message>
    <message>
        <source>The key that applies the label to the selected text</source>
        <translation>Die Taste, die das Label auf den ausgewählten Text anwendet</translation>
    </message>
    <message>
        <source>Annotations with the label or one below it</source>
        <translation>Annotationen mit dem Label oder einem darunter</translation>
    </message>
    <message>
        <source>What the label is for</source>
        <translation>Wofür das Label gedacht ist</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::Project</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The import was interrupted before it finished; documents committed until then are kept. Open the folder again to finish it.</source>
        <translation>Der Import wurde vor dem Abschluss unterbrochen; die bis dahin gespeicherten Dokumente bleiben erhalten. Öffnen Sie den Ordner erneut, um den Import abzuschließen.</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::AnnotationPanel</name>
    <message>
        <source>Filter annotations…</source>
        <translation>Annotationen filtern …</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::AttributeDialog</name>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>a number, e.g. 500000000</source>
        <translation>eine Zahl, z. B. 500000000</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The text reads as %1.</source>
        <translation>Der Text wird als %1 gelesen.</translation>
    </message>
    <message>
        <source>The text does not read as an amount: %1</source>
        <translation>Der Text lässt sich nicht als Betrag lesen: %1</translation>
    </message>
    <message>
        <source>&amp;Read from Text</source>
        <translation>Aus dem &amp;Text übernehmen</translation>
    </message>
    <message>
        <source>%1 must be a number written with digits and a decimal point, e.g. 1200000000.</source>
        <translation>%1 muss eine Zahl aus Ziffern mit Dezimalpunkt sein, z. B. 1200000000.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein.</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::CorpusBrowser</name>
    <message>
        <source>Filter by title or path…</source>
        <translation>Nach Titel oder Pfad filtern …</translation>
    </message>
    <message>
        <source>Shows documents whose title or path contains every word typed here (case and accents ignored).</source>
        <translation>Zeigt Dokumente, deren Titel oder Pfad jedes hier eingegebene Wort enthält (ohne Beachtung von Groß-/Kleinschreibung und Akzenten).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show only documents with this status</source>
        <translation>Nur Dokumente mit diesem Status anzeigen</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::DocumentView</name>
    <message>
        <source>Choose a document in the corpus browser to read it.</source>
        <translation>Wählen Sie in der Korpusleiste ein Dokument aus, um es zu lesen.</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::EntityPanel</name>
    <message>
        <source>Filter entities…</source>
        <translation>Entitäten filtern …</translation>
    </message>
    <message>
        <source>◀ Mention</source>
        <translation>◀ Erwähnung</translation>
    </message>
    <message>
        <source>Show the previous mention of this entity (across documents)</source>
        <translation>Vorherige Erwähnung dieser Entität anzeigen (dokumentübergreifend)</translation>
    </message>
    <message>
        <source>Mention ▶</source>
        <translation>Erwähnung ▶</translation>
    </message>
    <message>
        <source>Show the next mention of this entity (across documents)</source>
        <translation>Nächste Erwähnung dieser Entität anzeigen (dokumentübergreifend)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the other selected entities into the current one: their mentions follow and their names become aliases</source>
        <translation>Die anderen ausgewählten Entitäten in die aktuelle zusammenführen: Ihre Erwähnungen werden übernommen, ihre Namen werden zu Aliassen</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::EntityProposalBar</name>
    <message>
        <source>New Entity (Ctrl+Enter)</source>
        <translation>Neue Entität (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
    <message>
        <source>“%1” is &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Ist „%1“ &lt;b&gt;%2&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>Link (Enter)</source>
        <translation>Verknüpfen (Enter)</translation>
    </message>
    <message>
        <source>“%1” is not in the entity registry yet.</source>
        <translation>„%1“ ist noch nicht im Entitätenverzeichnis.</translation>
    </message>
    <message>
        <source>New Entity (Enter)</source>
        <translation>Neue Entität (Enter)</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Every file was imported; nothing needs your attention.</source>
        <translation>Alle Dateien wurden importiert; es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation>importbericht.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; documents imported so far are kept</source>
        <translation>Import abbrechen; bisher importierte Dokumente bleiben erhalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Scanning the folder: %1 files found</source>
        <translation>Ordner wird durchsucht: %1 Dateien gefunden</translation>
    </message>
    <message>
        <source>Finishing the import…</source>
        <translation>Import wird abgeschlossen …</translation>
    </message>
    <message>
        <source>Importing %1 of %2 files (%3 of %4)</source>
        <translation>%1 von %2 Dateien werden importiert (%3 von %4)</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Import wird gestartet …</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::LabelManager</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add Top-Level</source>
        <translation>Auf oberster Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe …</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Zusammenführen in …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import Schema…</source>
        <translation>Schema importieren …</translation>
    </message>
    <message>
        <source>Export Schema…</source>
        <translation>Schema exportieren …</translation>
    </message>
    <message>
        <source>Add a label at the top level of the schema</source>
        <translation>Ein Label auf der obersten Ebene des Schemas hinzufügen</translation>
    </message>
    <message>
        <source>Choose the colour of the selected label</source>
        <translation>Die Farbe des ausgewählten Labels wählen</translation>
    </message>
    <message>
        <source>Merge the other selected labels into the current one (or the selected label into another): annotations and sub-labels move over</source>
        <translation>Die anderen ausgewählten Labels in das aktuelle zusammenführen (oder das ausgewählte Label in ein anderes): Annotationen und Unterlabels werden übernommen</translation>
    </message>
    <message>
        <source>Delete the selected label, the labels below it and their annotations</source>
        <translation>Das ausgewählte Label, die Labels darunter und ihre Annotationen löschen</translation>
    </message>
    <message>
        <source>Add the labels and relation types of a schema file (JSON) to the project</source>
        <translation>Die Labels und Beziehungstypen einer Schemadatei (JSON) zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Save the labels and relation types of the project as a schema file (JSON)</source>
        <translation>Die Labels und Beziehungstypen des Projekts als Schemadatei (JSON) speichern</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Import or export the label schema</source>
        <translation>Das Label-Schema importieren oder exportieren</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add a label below “%1”</source>
        <translation>Ein Label unter „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add a label at the top level</source>
        <translation>Ein Label auf oberster Ebene hinzufügen</translation>
    </message>
    <message>
        <source>⚠ Spans labelled “%1” will be hard to read on this page. Choose a darker colour.</source>
        <translation>⚠ Mit „%1“ gekennzeichnete Textstellen sind auf dieser Seite schwer lesbar. Wählen Sie eine dunklere Farbe.</translation>
    </message>
    <message>
        <source>⚠ Spans labelled “%1” will be hard to read on this page. Choose a lighter colour.</source>
        <translation>⚠ Mit „%1“ gekennzeichnete Textstellen sind auf dieser Seite schwer lesbar. Wählen Sie eine hellere Farbe.</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a new label&apos;s name and a number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>There is no other label to merge “%1” into.</source>
        <translation>Es gibt kein anderes Label, in das „%1“ zusammengeführt werden kann.</translation>
    </message>
    <message>
        <source>Merge Label</source>
        <translation>Label zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:
(its annotations and sub-labels move over, then it is deleted)</source>
        <translation>„%1“ zusammenführen in:
(seine Annotationen und Unterlabels werden übernommen, danach wird es gelöscht)</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into “%2”, which is below it.</source>
        <translation>„%1“ kann nicht in „%2“ zusammengeführt werden, da dieses Label darunter liegt.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n label(s) into “%1”</source>
        <translation>
            <numerusform>%n Label in „%1“ zusammenführen</numerusform>
            <numerusform>%n Labels in „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and %n annotation(s)?</source>
        <translation>
            <numerusform>„%1“ und %n Annotation löschen?</numerusform>
            <numerusform>„%1“ und %n Annotationen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, %2 and %n annotation(s)?</source>
        <comment>%2 is the number of sub-labels</comment>
        <translation>
            <numerusform>„%1“, %2 und %n Annotation löschen?</numerusform>
            <numerusform>„%1“, %2 und %n Annotationen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-label(s)</source>
        <translation>
            <numerusform>%n Unterlabel</numerusform>
            <numerusform>%n Unterlabels</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Label Schema</source>
        <translation>Label-Schema exportieren</translation>
    </message>
    <message>
        <source>Label schemas (*.json);;All files (*)</source>
        <translation>Label-Schemas (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n label(s) to “%1”.</source>
        <translation>
            <numerusform>%n Label nach „%1“ exportiert.</numerusform>
            <numerusform>%n Labels nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Label Schema</source>
        <translation>Label-Schema importieren</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a label schema: %2</source>
        <translation>„%1“ ist kein Label-Schema: %2</translation>
    </message>
    <message>
        <source>it has no labels</source>
        <translation>es enthält keine Labels</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new label(s) from “%1”; labels of names already here were kept.</source>
        <translation>
            <numerusform>%n neues Label aus „%1“ importiert; vorhandene Labels mit gleichem Namen wurden beibehalten.</numerusform>
            <numerusform>%n neue Labels aus „%1“ importiert; vorhandene Labels mit gleichem Namen wurden beibehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::LabelPalette</name>
    <message>
        <source>Type to find a label…</source>
        <translation>Label suchen …</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::WelcomePage</name>
    <message>
        <source>Scholion</source>
        <translation>Scholion</translation>
    </message>
    <message>
        <source>Read a corpus of articles, tag quotes, actors, aid figures, dates and events, and export what you found.</source>
        <translation>Lesen Sie ein Korpus von Artikeln, markieren Sie Zitate, Akteure, Hilfsbeträge, Daten und Ereignisse und exportieren Sie Ihre Funde.</translation>
    </message>
    <message>
        <source>Open Corpus &amp;Folder…</source>
        <translation>&amp;Korpusordner öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>B&amp;eispielkorpus öffnen</translation>
    </message>
    <message>
        <source>Or drop a folder of .txt, .md and .html files on this window.</source>
        <translation>Oder ziehen Sie einen Ordner mit .txt-, .md- und .html-Dateien auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
</context>
<context>
    <name>SetAnnotationLabelCommand</name>
    <message>
        <source>Retag “%1” as %2</source>
        <translation>„%1“ neu als %2 kennzeichnen</translation>
    </message>
</context>
<context>
    <name>SetAnnotationNoteCommand</name>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
</context>
<context>
    <name>SetAnnotationRangeCommand</name>
    <message>
        <source>Adjust “%1”</source>
        <translation>„%1“ anpassen</translation>
    </message>
</context>
<context>
    <name>SetAttributeCommand</name>
    <message>
        <source>Set %1 to “%2”</source>
        <translation>%1 auf „%2“ setzen</translation>
    </message>
</context>
<context>
    <name>SetDocumentNoteCommand</name>
    <message>
        <source>Document note</source>
        <translation>Dokumentnotiz</translation>
    </message>
</context>
<context>
    <name>SetDocumentStatusCommand</name>
    <message>
        <source>Mark document as %1</source>
        <translation>Dokumentstatus auf „%1“ setzen</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>Die Datei beginnt mit einer %1-Bytereihenfolge-Markierung (BOM), ist aber kein gültiges %1.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it looks like a binary file, not text.</source>
        <translation>Die Datei enthält NUL-Bytes: Es scheint sich um eine Binärdatei zu handeln, nicht um Text.</translation>
    </message>
    <message>
        <source>The decoded text contains NUL characters: it looks like a binary file, not text.</source>
        <translation>Der dekodierte Text enthält NUL-Zeichen: Es scheint sich um eine Binärdatei zu handeln, nicht um Text.</translation>
    </message>
    <message>
        <source>More than a tenth of the file are control characters: it looks like a binary file, not text.</source>
        <translation>Mehr als ein Zehntel der Datei besteht aus Steuerzeichen: Es scheint sich um eine Binärdatei zu handeln, nicht um Text.</translation>
    </message>
    <message>
        <source>The file contains no text, only white space.</source>
        <translation>Die Datei enthält keinen Text, nur Leerraum.</translation>
    </message>
</context>
<context>
    <name>UpdateEntityCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Entität „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>UpdateLabelCommand</name>
    <message>
        <source>Rename label “%1” to “%2”</source>
        <translation>Label „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change label “%1”</source>
        <translation>Label „%1“ ändern</translation>
    </message>
</context>
</TS>
