<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n Annotation</numerusform>
            <numerusform>%1 · %2 · %3 · %n Annotationen</numerusform>
        </translation>
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
</TS>
