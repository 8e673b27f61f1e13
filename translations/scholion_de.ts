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
    <name>BratExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Document “%1”: span %2 does not end where its code point offsets say.</source>
        <translation>Dokument „%1“: Textstelle %2 endet nicht dort, wo ihre Codepoint-Offsets angeben.</translation>
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
    <message>
        <source>Unknown format “%1”; use brat, jsonl, doccano, qdpx or conll.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie brat, jsonl, doccano, qdpx oder conll.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the set…</source>
        <translation>Set wird gelesen …</translation>
    </message>
    <message>
        <source>Writing %1/%2 documents</source>
        <translation>Schreiben: %1/%2 Dokumente</translation>
    </message>
    <message>
        <source>QUERY is a regular expression.</source>
        <translation>ABFRAGE ist ein regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>Find annotations with this label (and its sub-labels).</source>
        <translation>Annotationen mit diesem Label (und seinen Unterlabels) finden.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Print at most N hits.</source>
        <translation>Höchstens N Treffer ausgeben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format: tsv (default) or jsonl.</source>
        <translation>Ausgabeformat: tsv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Match the query&apos;s case.</source>
        <translation>Groß-/Kleinschreibung der Abfrage beachten.</translation>
    </message>
    <message>
        <source>Match whole words only.</source>
        <translation>Nur ganze Wörter finden.</translation>
    </message>
    <message>
        <source>search needs a PROJECT and a QUERY.</source>
        <translation>search erwartet ein PROJEKT und eine ABFRAGE.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use tsv or jsonl.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie tsv oder jsonl.</translation>
    </message>
    <message>
        <source>--regex and --label cannot be combined.</source>
        <translation>--regex und --label können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not “%1”.</source>
        <translation>--limit erwartet eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>The project “%1” has no label “%2”.</source>
        <translation>Das Projekt „%1“ hat kein Label „%2“.</translation>
    </message>
    <message>
        <source>Only this lens (repeatable): its id or its name.</source>
        <translation>Nur diese Linse (mehrfach möglich): ihre ID oder ihr Name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only the document with this path.</source>
        <translation>Nur das Dokument mit diesem Pfad.</translation>
    </message>
    <message>
        <source>Accept the suggestions as annotations, in one transaction, and print the counts.</source>
        <translation>Die Vorschläge in einer Transaktion als Annotationen übernehmen und die Anzahlen ausgeben.</translation>
    </message>
    <message>
        <source>suggest needs exactly one PROJECT.</source>
        <translation>suggest erwartet genau ein PROJEKT.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Unknown lens “%1”; use one of %2.</source>
        <translation>Unbekannte Linse „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) in one transaction.</source>
        <translation>
            <numerusform>%n Vorschlag in einer Transaktion angenommen.</numerusform>
            <numerusform>%n Vorschläge in einer Transaktion angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The format.</source>
        <translation>Das Format.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The file or folder to write.</source>
        <translation>Die zu schreibende Datei bzw. der zu schreibende Ordner.</translation>
    </message>
    <message>
        <source>Only these labels (and the labels below them).</source>
        <translation>Nur diese Labels (und die Labels darunter).</translation>
    </message>
    <message>
        <source>L,…</source>
        <translation>L,…</translation>
    </message>
    <message>
        <source>Only documents with this status.</source>
        <translation>Nur Dokumente mit diesem Status.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only documents whose path matches.</source>
        <translation>Nur Dokumente, deren Pfad passt.</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>Also list entities no exported span mentions.</source>
        <translation>Auch Entitäten auflisten, die keine exportierte Textstelle erwähnt.</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 BOM.</source>
        <translation>CSV-Dateien mit einer UTF-8-BOM beginnen.</translation>
    </message>
    <message>
        <source>export needs a PROJECT, --format F and --out PATH.</source>
        <translation>export erwartet ein PROJEKT, --format F und --out PFAD.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use new, in-progress, done or needs-review.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie new, in-progress, done oder needs-review.</translation>
    </message>
    <message>
        <source>Exporting %1/%2 documents</source>
        <translation>Exportieren: %1/%2 Dokumente</translation>
    </message>
    <message>
        <source>Exported %1 documents, %2 annotations and %3 relations to %4.</source>
        <translation>%1 Dokumente, %2 Annotationen und %3 Beziehungen nach %4 exportiert.</translation>
    </message>
    <message>
        <source>%1 overlapping spans could not be represented and were left out (the outermost span wins).</source>
        <translation>%1 überlappende Textstellen konnten nicht dargestellt werden und wurden ausgelassen (die äußerste Textstelle hat Vorrang).</translation>
    </message>
    <message>
        <source>Usage: scholion [options] [FOLDER | PROJECT]
       scholion import FOLDER [--project FILE]
       scholion import PATH --format brat|jsonl|doccano|qdpx|conll [--project FILE]
       scholion info PROJECT [--json]
       scholion dump PROJECT --document PATH
       scholion search PROJECT QUERY [--regex] [--label L] [--limit N] [--format tsv|jsonl]
       scholion export PROJECT --format F --out PATH [--labels L,…] [--status S]
                       [--documents GLOB] [--include-unlinked] [--bom]

Scholion reads a corpus folder of articles (.txt, .md, .html) into a project and lets you
annotate it. Without a command it opens the window; FOLDER is a corpus folder to open
(imported on the way), PROJECT a project file (.sqlite).

Commands (no window):
  import FOLDER      Import or re-import FOLDER and print the import report. The project is
                     FOLDER/.scholion/project.sqlite unless --project FILE is given.
                     Exits 0 when the import completed, even if files were skipped.
                     With --format, PATH is an annotated set (a brat folder, a JSONL,
                     doccano JSONL, REFI-QDA .qdpx or CoNLL file): it is imported into
                     --project FILE, or into a new project (see README &quot;Import&quot;), all
                     or nothing, and the counts are printed.
  info PROJECT       Print the schema version and the numbers of documents, annotations,
                     labels, entities and relations. PROJECT may be the corpus folder.
  dump PROJECT       Print the canonical text of the document whose path (relative to the
                     corpus folder) is given with --document.
  search PROJECT QUERY
                     Print the hits of QUERY: words, &quot;phrases&quot;, prefix*, AND, OR, NOT,
                     NEAR(a b, N), parentheses. --regex: QUERY is a regular expression.
                     --label L: annotations labelled L or below (QUERY may be left out).
                     --case-sensitive, --whole-words, --limit N. One hit per line: the
                     document&apos;s path, UTF-16 and code-point offsets (end exclusive), left
                     context, hit, right context; TSV (\t \n \\ escaped) or --format jsonl.
  export PROJECT     Write the annotated documents to PATH as F: jsonl, doccano, brat (a
                     folder), csv (a folder), conll-iob2, conll-bioes, webanno, qdpx or html.
                     --labels takes label names or paths (with the labels below them),
                     --status new|in-progress|done|needs-review, --documents a path glob.
                     Nothing is written unless the whole export succeeds.

Options:
  -h, --help         Show this help.
  -v, --version      Show the version.
  --sample           Open the bundled sample corpus.
  --screenshot FILE  Open FOLDER or PROJECT, render the window to FILE (PNG) and quit.

Exit codes: 0 success, 1 unusable folder, project or document, 2 wrong command line.
</source>
        <translation>Aufruf: scholion [Optionen] [ORDNER | PROJEKT]
        scholion import ORDNER [--project DATEI]
        scholion import PFAD --format brat|jsonl|doccano|qdpx|conll [--project DATEI]
        scholion info PROJEKT [--json]
        scholion dump PROJEKT --document PFAD
        scholion search PROJEKT ABFRAGE [--regex] [--label L] [--limit N] [--format tsv|jsonl]
        scholion export PROJEKT --format F --out PFAD [--labels L,…] [--status S]
                        [--documents MUSTER] [--include-unlinked] [--bom]

Scholion liest einen Korpusordner mit Artikeln (.txt, .md, .html) in ein Projekt ein, in dem
Sie sie annotieren können. Ohne Befehl wird das Fenster geöffnet; ORDNER ist ein zu öffnender
Korpusordner (er wird dabei importiert), PROJEKT eine Projektdatei (.sqlite).

Befehle (ohne Fenster):
  import ORDNER      ORDNER (erneut) importieren und den Importbericht ausgeben. Das Projekt ist
                     ORDNER/.scholion/project.sqlite, sofern nicht --project DATEI angegeben ist.
                     Exit-Status 0 nach abgeschlossenem Import, auch mit übersprungenen Dateien.
                     Mit --format ist PFAD ein annotiertes Set (ein brat-Ordner, eine JSONL-,
                     doccano-JSONL-, REFI-QDA-.qdpx- oder CoNLL-Datei): Es wird in --project
                     DATEI oder in ein neues Projekt importiert (siehe README „Import“), ganz
                     oder gar nicht, und die Anzahlen werden ausgegeben.
  info PROJEKT       Schema-Version und Anzahl der Dokumente, Annotationen, Labels, Entitäten und
                     Beziehungen ausgeben. PROJEKT kann auch der Korpusordner sein.
  dump PROJEKT       Den kanonischen Text des Dokuments ausgeben, dessen Pfad (relativ zum
                     Korpusordner) mit --document angegeben wird.
  search PROJEKT ABFRAGE
                     Die Treffer von ABFRAGE ausgeben: Wörter, &quot;Phrasen&quot;, Präfix*, AND, OR, NOT,
                     NEAR(a b, N), Klammern. --regex: ABFRAGE ist ein regulärer Ausdruck.
                     --label L: Annotationen mit dem Label L oder darunter (ABFRAGE optional).
                     --case-sensitive, --whole-words, --limit N. Ein Treffer pro Zeile: Pfad
                     des Dokuments, UTF-16- und Codepoint-Offsets (Ende exklusiv), linker
                     Kontext, Treffer, rechter Kontext; TSV (\t \n \\ maskiert) oder --format jsonl.
  export PROJEKT     Die annotierten Dokumente als F nach PFAD schreiben: jsonl, doccano, brat
                     (ein Ordner), csv (ein Ordner), conll-iob2, conll-bioes, webanno, qdpx oder
                     html. --labels nimmt Label-Namen oder -Pfade (mit den Labels darunter),
                     --status new|in-progress|done|needs-review, --documents ein Pfadmuster.
                     Es wird nichts geschrieben, wenn nicht der gesamte Export gelingt.

Optionen:
  -h, --help         Diese Hilfe anzeigen.
  -v, --version      Die Version anzeigen.
  --sample           Das mitgelieferte Beispielkorpus öffnen.
  --screenshot DATEI ORDNER oder PROJEKT öffnen, das Fenster als PNG in DATEI speichern und beenden.

Exit-Status: 0 Erfolg, 1 Ordner, Projekt oder Dokument unbrauchbar, 2 fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <source>
       scholion suggest PROJECT [--lens NAME…] [--document PATH] [--format tsv|jsonl] [--accept]
                     Print what the lenses (quotes, money, dates, known actors, your own)
                     suggest annotating: the document&apos;s path, UTF-16 and code-point offsets,
                     text, lens, proposed label, parsed amount and currency, entity; without
                     what is annotated or was rejected. --lens NAME (repeatable), --document
                     PATH. --accept: annotate them all in one transaction, print the counts.
</source>
        <translation>
        scholion suggest PROJEKT [--lens NAME…] [--document PFAD] [--format tsv|jsonl] [--accept]
                     Ausgeben, was die Linsen (Zitate, Geld, Daten, bekannte Akteure, eigene)
                     zum Annotieren vorschlagen: Pfad des Dokuments, UTF-16- und Codepoint-
                     Offsets, Text, Linse, vorgeschlagenes Label, Betrag und Währung, Entität;
                     ohne Annotiertes und Abgelehntes. --lens NAME (mehrfach möglich), --document
                     PFAD. --accept: alle in einer Transaktion annotieren, Anzahlen ausgeben.
</translation>
    </message>
    <message>
        <source>Import an annotated set of this format.</source>
        <translation>Ein annotiertes Set in diesem Format importieren.</translation>
    </message>
    <message>
        <source>Indexing for search: %1/%2 documents</source>
        <translation>Indizieren für die Suche: %1/%2 Dokumente</translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation>Es gibt keine automatische Sicherung dieses Projekts.</translation>
    </message>
    <message>
        <source>An automatic backup from %1 exists (%2). Restore it with “scholion restore %3”; the damaged file is kept beside it.</source>
        <translation>Es gibt eine automatische Sicherung vom %1 (%2). Stellen Sie sie mit „scholion restore %3“ wieder her; die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>List the automatic backups.</source>
        <translation>Die automatischen Sicherungen auflisten.</translation>
    </message>
    <message>
        <source>The backup to restore (default: the latest).</source>
        <translation>Die wiederherzustellende Sicherung (Standard: die neueste).</translation>
    </message>
    <message>
        <source>restore needs exactly one PROJECT.</source>
        <translation>restore erwartet genau ein PROJEKT.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Die Sicherung „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>There is no automatic backup of “%1” (looked in “%2”).</source>
        <translation>Es gibt keine automatische Sicherung von „%1“ (gesucht in „%2“).</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>„%1“ aus „%2“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The previous file was kept as “%1”.</source>
        <translation>Die bisherige Datei wurde als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>
       scholion restore PROJECT [--list] [--backup FILE]
                     Put the latest automatic backup (or FILE) in place of PROJECT, e.g. when
                     it is damaged. Nothing is deleted: the current file is kept beside it as
                     project.sqlite.damaged-DATE. --list: print the backups, newest first
                     (path, time in UTC, bytes). A window keeps up to %1 backups in the
                     backups/ folder beside the project, one per hour of work at most.
</source>
        <translation>
        scholion restore PROJEKT [--list] [--backup DATEI]
                     Die neueste automatische Sicherung (oder DATEI) an die Stelle von PROJEKT
                     setzen, z. B. wenn es beschädigt ist. Es wird nichts gelöscht: Die aktuelle
                     Datei bleibt daneben als project.sqlite.damaged-DATUM erhalten. --list: die
                     Sicherungen ausgeben, neueste zuerst (Pfad, Zeit in UTC, Bytes). Das Fenster
                     bewahrt bis zu %1 Sicherungen im Ordner backups/ neben dem Projekt auf,
                     höchstens eine pro Arbeitsstunde.
</translation>
    </message>
    <message>
        <source>“%1” is not writable, so no suggestion can be accepted into it.</source>
        <translation>„%1“ ist nicht beschreibbar, daher kann kein Vorschlag darin angenommen werden.</translation>
    </message>
    <message>
        <source>Importing %1 files, %2 (counting: %3 so far)</source>
        <translation>Importiere %1 Dateien, %2 (gezählt: bisher %3)</translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message>
        <source>the CoNLL file</source>
        <translation>die CoNLL-Datei</translation>
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
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Die Datei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a text, Markdown or HTML file.</source>
        <translation>„%1“ ist keine Text-, Markdown- oder HTML-Datei.</translation>
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
    <name>CsvExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DoccanoExporter</name>
    <message>
        <source>the doccano file</source>
        <translation>die doccano-Datei</translation>
    </message>
</context>
<context>
    <name>ExportEngine</name>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the labels of “%1”: %2</source>
        <translation>Die Labels von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the label attributes of “%1”: %2</source>
        <translation>Die Label-Attribute von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the relation types of “%1”: %2</source>
        <translation>Die Beziehungstypen von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the entities of “%1”: %2</source>
        <translation>Die Entitäten von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The project “%1” has no label %2 any more.</source>
        <translation>Das Projekt „%1“ hat kein Label %2 mehr.</translation>
    </message>
    <message>
        <source>The project “%1” has no label “%2”.</source>
        <translation>Das Projekt „%1“ hat kein Label „%2“.</translation>
    </message>
    <message>
        <source>Cannot read the documents of “%1”: %2</source>
        <translation>Die Dokumente von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the annotations of “%1”: %2</source>
        <translation>Die Annotationen von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read document %1 of “%2”: %3</source>
        <translation>Dokument %1 von „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Document “%1”: span %2 (%3–%4) does not match the text it ships: the span says “%5”, the text has “%6”. Nothing was exported.</source>
        <translation>Dokument „%1“: Textstelle %2 (%3–%4) passt nicht zum mitgelieferten Text: Die Textstelle lautet „%5“, der Text enthält „%6“. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>(outside the text)</source>
        <translation>(außerhalb des Texts)</translation>
    </message>
    <message>
        <source>Cannot read the attributes of “%1”: %2</source>
        <translation>Die Attribute von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the relations of “%1”: %2</source>
        <translation>Die Beziehungen von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No destination was given.</source>
        <translation>Es wurde kein Ziel angegeben.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” exists already and is not an empty folder; choose a new folder for the export.</source>
        <translation>„%1“ existiert bereits und ist kein leerer Ordner; wählen Sie einen neuen Ordner für den Export.</translation>
    </message>
    <message>
        <source>“%1” is a folder; the export needs a file name.</source>
        <translation>„%1“ ist ein Ordner; für den Export wird ein Dateiname benötigt.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a folder in “%1”: %2</source>
        <translation>In „%1“ kann kein Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder “%1”.</source>
        <translation>Der leere Ordner „%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move the export into “%1”.</source>
        <translation>Der Export kann nicht nach „%1“ verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Scholion JSONL (one document per line)</source>
        <translation>Scholion-JSONL (ein Dokument pro Zeile)</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>doccano-JSONL</translation>
    </message>
    <message>
        <source>brat standoff (folder)</source>
        <translation>brat-Standoff (Ordner)</translation>
    </message>
    <message>
        <source>CSV tables (folder)</source>
        <translation>CSV-Tabellen (Ordner)</translation>
    </message>
    <message>
        <source>CoNLL-2003, IOB2 tags</source>
        <translation>CoNLL-2003, IOB2-Tags</translation>
    </message>
    <message>
        <source>CoNLL-2003, BIOES tags</source>
        <translation>CoNLL-2003, BIOES-Tags</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Exported %1: %2 documents, %3 annotations.</source>
        <translation>Exportiert am %1: %2 Dokumente, %3 Annotationen.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>the HTML report</source>
        <translation>der HTML-Bericht</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
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
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>Entitätenverzeichnis</translation>
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
        <source>Documents</source>
        <translation>Dokumente</translation>
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
    <name>JsonlExporter</name>
    <message>
        <source>the JSONL file</source>
        <translation>die JSONL-Datei</translation>
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
    <name>ProjectBackup</name>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot back up “%1”: %2</source>
        <translation>„%1“ kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot back up “%1” to “%2”: %3</source>
        <translation>„%1“ kann nicht in „%2“ gesichert werden: %3</translation>
    </message>
    <message>
        <source>The backup of “%1” failed its check (%2); it was not kept.</source>
        <translation>Die Sicherung von „%1“ hat die Prüfung nicht bestanden (%2); sie wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Die Sicherung „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot copy the backup “%1” beside the project “%2”; nothing was changed.</source>
        <translation>Die Sicherung „%1“ kann nicht neben das Projekt „%2“ kopiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot move the damaged project “%1” aside; nothing was changed.</source>
        <translation>Das beschädigte Projekt „%1“ kann nicht umbenannt werden, um Platz zu schaffen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of “%1”; nothing was changed.</source>
        <translation>Die Sicherung kann nicht an die Stelle von „%1“ gesetzt werden; es wurde nichts geändert.</translation>
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
    <message>
        <source>(in memory)</source>
        <translation>(im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved in the project “%1”. What was saved before is intact; free some space and try again. (%2)</source>
        <translation>Der Datenträger ist voll: Die Änderung konnte nicht im Projekt „%1“ gespeichert werden. Zuvor Gespeichertes ist unversehrt; schaffen Sie Platz und versuchen Sie es erneut. (%2)</translation>
    </message>
    <message>
        <source>The project “%1” is open read-only: the change was not saved. (%2)</source>
        <translation>Das Projekt „%1“ ist schreibgeschützt geöffnet: Die Änderung wurde nicht gespeichert. (%2)</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the project “%1”: the change was not saved. Check the disk, then try again. (%2)</source>
        <translation>Der Datenträger hat beim Schreiben des Projekts „%1“ einen Fehler gemeldet: Die Änderung wurde nicht gespeichert. Prüfen Sie den Datenträger und versuchen Sie es dann erneut. (%2)</translation>
    </message>
    <message>
        <source>The project “%1” cannot be read in a read-only folder: its latest changes are still in “%2”. Copy the project and that file to a writable folder and open it there.</source>
        <translation>Das Projekt „%1“ kann in einem schreibgeschützten Ordner nicht gelesen werden: Seine letzten Änderungen befinden sich noch in „%2“. Kopieren Sie das Projekt und diese Datei in einen beschreibbaren Ordner und öffnen Sie es dort.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged and cannot be opened (%2).</source>
        <translation>Das Projekt „%1“ ist beschädigt und kann nicht geöffnet werden (%2).</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>“%1” is open in another Scholion (process %2 on %3). It can only be read until that one closes it.</source>
        <translation>„%1“ ist in einer anderen Scholion-Instanz geöffnet (Prozess %2 auf %3). Es kann nur gelesen werden, bis diese es schließt.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>“%1” is open in another Scholion. It can only be read until that one closes it.</source>
        <translation>„%1“ ist in einer anderen Scholion-Instanz geöffnet. Es kann nur gelesen werden, bis diese es schließt.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”: the folder is not writable.</source>
        <translation>Die Sperrdatei „%1“ kann nicht erstellt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot lock the project “%1”.</source>
        <translation>Das Projekt „%1“ kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Es kann keine temporäre Datei erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA archive: %1</source>
        <translation>Das REFI-QDA-Archiv kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1” into the REFI-QDA archive: %2</source>
        <translation>„%1“ kann nicht in das REFI-QDA-Archiv geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entität: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Eine temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write project.qde into the REFI-QDA archive: %1</source>
        <translation>project.qde kann nicht in das REFI-QDA-Archiv geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Eine temporäre Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the REFI-QDA archive</source>
        <translation>das REFI-QDA-Archiv</translation>
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
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Import &amp;Annotated Set…</source>
        <translation>Annotiertes Se&amp;t importieren …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Search Corpus…</source>
        <translation>&amp;Korpus durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Lenses</source>
        <translation>&amp;Linsen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>Vo&amp;rwärts</translation>
    </message>
    <message>
        <source>&amp;Go to Document…</source>
        <translation>Gehe zu &amp;Dokument …</translation>
    </message>
    <message>
        <source>Your Lenses</source>
        <translation>Eigene Linsen</translation>
    </message>
    <message>
        <source>&amp;Reload Lenses</source>
        <translation>Linsen neu &amp;laden</translation>
    </message>
    <message>
        <source>Open Lens &amp;Folder</source>
        <translation>Linsen&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Lenses</source>
        <translation>Linsen</translation>
    </message>
    <message>
        <source>These lens definitions could not be used; the other lenses work as before:

%1

Folder: %2</source>
        <translation>Diese Linsendefinitionen konnten nicht verwendet werden; die anderen Linsen funktionieren wie bisher:

%1

Ordner: %2</translation>
    </message>
    <message>
        <source>Select an annotation first (click it, or Alt+Down).</source>
        <translation>Wählen Sie zuerst eine Annotation aus (anklicken oder Alt+Down).</translation>
    </message>
    <message>
        <source>This document is no longer in the project; search again.</source>
        <translation>Dieses Dokument ist nicht mehr im Projekt; suchen Sie erneut.</translation>
    </message>
    <message>
        <source>That document is no longer in the project.</source>
        <translation>Das Dokument ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>Re&amp;build Search Index</source>
        <translation>Such&amp;index neu aufbauen</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Suchindex wird aufgebaut …</translation>
    </message>
    <message>
        <source>Build the full-text index of every document again</source>
        <translation>Den Volltextindex aller Dokumente neu aufbauen</translation>
    </message>
    <message>
        <source>Indexing for search: %1 of %2 documents</source>
        <translation>Suchindex wird aufgebaut: %1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>Search Index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Annotate All &amp;Occurrences…</source>
        <translation>Alle V&amp;orkommen annotieren …</translation>
    </message>
    <message>
        <source>Tag the other places where the selected annotation&apos;s text stands as whole words, in this document or the whole corpus</source>
        <translation>Die anderen Stellen, an denen der Text der ausgewählten Annotation als ganze Wörter vorkommt, in diesem Dokument oder im ganzen Korpus kennzeichnen</translation>
    </message>
    <message>
        <source>Find Suggestions in &amp;Corpus…</source>
        <translation>Vorschläge im Kor&amp;pus finden …</translation>
    </message>
    <message>
        <source>What the enabled lenses suggest in every document, to check and accept in one step</source>
        <translation>Was die aktivierten Linsen in allen Dokumenten vorschlagen, zum Prüfen und Annehmen in einem Schritt</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation>Beschädigtes Projekt</translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation>Es gibt keine automatische Sicherung dieses Projekts.</translation>
    </message>
    <message>
        <source>An automatic backup from %1 exists. Restoring it puts it in place of the damaged file, which is kept beside it (nothing is deleted). Changes made after %1 are not in the backup.</source>
        <translation>Es gibt eine automatische Sicherung vom %1. Beim Wiederherstellen tritt sie an die Stelle der beschädigten Datei, die daneben erhalten bleibt (es wird nichts gelöscht). Änderungen nach dem %1 sind nicht in der Sicherung enthalten.</translation>
    </message>
    <message>
        <source>Restore Backup of %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file is kept as %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt; die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Projekt wird verwendet</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>Schreibgeschütztes Projekt</translation>
    </message>
    <message numerus="yes">
        <source>Added %n annotation(s)</source>
        <translation>
            <numerusform>Hinzugefügt: %n Annotation</numerusform>
            <numerusform>Hinzugefügt: %n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>in %n Dokument.</numerusform>
            <numerusform>in %n Dokumenten.</numerusform>
        </translation>
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
    <message>
        <source>The label of the annotation “%1” does not exist.</source>
        <translation>Das Label der Annotation „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The span %1–%2 of “%3” is not a span of its document; nothing was added.</source>
        <translation>Die Textstelle %1–%2 von „%3“ ist keine Textstelle ihres Dokuments; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” no longer matches the text of its document; nothing was added.</source>
        <translation>„%1“ passt nicht mehr zum Text seines Dokuments; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot save the annotation “%1”: %2</source>
        <translation>Die Annotation „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The label of “%1” has no such attribute; nothing was added.</source>
        <translation>Das Label von „%1“ hat kein solches Attribut; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot save the attribute of “%1”: %2</source>
        <translation>Das Attribut von „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot remove the annotations: %1</source>
        <translation>Die Annotationen können nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>An annotation to remove does not exist any more; nothing was removed.</source>
        <translation>Eine zu entfernende Annotation existiert nicht mehr; es wurde nichts entfernt.</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::CandidateModel</name>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%1 von %2 markiert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::ConcordanceModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>Linker Kontext</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>Rechter Kontext</translation>
    </message>
    <message>
        <source>Start (UTF-16)</source>
        <translation>Anfang (UTF-16)</translation>
    </message>
    <message>
        <source>End (UTF-16)</source>
        <translation>Ende (UTF-16)</translation>
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
    <name>Scholion::Models::LensDefinitions</name>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldbeträge</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Handles and Links</source>
        <translation>Benutzernamen und Links</translation>
    </message>
    <message>
        <source>Known Actors</source>
        <translation>Bekannte Akteure</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: this is not a syntax definition (the first element is &lt;%2&gt;, not &lt;language&gt;).</source>
        <translation>%1: Dies ist keine Syntaxdefinition (das erste Element ist &lt;%2&gt;, nicht &lt;language&gt;).</translation>
    </message>
    <message>
        <source>%1: the &lt;language&gt; element has no name.</source>
        <translation>%1: Das Element &lt;language&gt; hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: the name “%2” belongs to a built-in lens; choose another name.</source>
        <translation>%1: Der Name „%2“ gehört zu einer integrierten Linse; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1: the regular expression “%2” is invalid: %3 (at character %4).</source>
        <translation>%1: Der reguläre Ausdruck „%2“ ist ungültig: %3 (bei Zeichen %4).</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: another file already defines a lens named “%2”.</source>
        <translation>%1: Eine andere Datei definiert bereits eine Linse namens „%2“.</translation>
    </message>
    <message>
        <source>%1: cannot be copied for loading.</source>
        <translation>%1: kann zum Laden nicht kopiert werden.</translation>
    </message>
    <message>
        <source>%1: KSyntaxHighlighting could not load this definition.</source>
        <translation>%1: KSyntaxHighlighting konnte diese Definition nicht laden.</translation>
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
    <message>
        <source>You cannot write to “%1” or its folder, so the project is opened read-only: you can read, search and export it, but not change it.</source>
        <translation>Sie können weder in „%1“ noch in seinen Ordner schreiben, daher wird das Projekt schreibgeschützt geöffnet: Sie können es lesen, durchsuchen und exportieren, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is empty.</source>
        <translation>Das Projekt „%1“ ist beschädigt: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: %2</source>
        <translation>Das Projekt „%1“ ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::AnnotationPanel</name>
    <message>
        <source>Filter annotations…</source>
        <translation>Annotationen filtern …</translation>
    </message>
    <message>
        <source>Loading the annotations…</source>
        <translation>Annotationen werden geladen …</translation>
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
    <name>Scholion::Widgets::BulkAnnotateDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Keine markieren</translation>
    </message>
    <message>
        <source>Lenses:</source>
        <translation>Linsen:</translation>
    </message>
    <message>
        <source>In this document</source>
        <translation>In diesem Dokument</translation>
    </message>
    <message>
        <source>In the whole corpus</source>
        <translation>Im ganzen Korpus</translation>
    </message>
    <message>
        <source>Find Suggestions in the Corpus</source>
        <translation>Vorschläge im Korpus finden</translation>
    </message>
    <message>
        <source>What the lenses find in every document of the corpus, except what is annotated or rejected already. Uncheck what should not become an annotation, then accept the rest in one step (Ctrl+Z undoes it).</source>
        <translation>Was die Linsen in allen Dokumenten des Korpus finden, außer bereits Annotiertem oder Abgelehntem. Heben Sie die Markierung bei allem auf, was keine Annotation werden soll, und nehmen Sie dann den Rest in einem Schritt an (Ctrl+Z macht ihn rückgängig).</translation>
    </message>
    <message>
        <source>Annotate All Occurrences</source>
        <translation>Alle Vorkommen annotieren</translation>
    </message>
    <message>
        <source>Other places where “%1” stands as whole words, to tag as %2, linked to %3.</source>
        <translation>Andere Stellen, an denen „%1“ als ganze Wörter vorkommt, zum Kennzeichnen als %2, verknüpft mit %3.</translation>
    </message>
    <message>
        <source>Other places where “%1” stands as whole words, to tag as %2.</source>
        <translation>Andere Stellen, an denen „%1“ als ganze Wörter vorkommt, zum Kennzeichnen als %2.</translation>
    </message>
    <message>
        <source>Cannot search the project: %1</source>
        <translation>Das Projekt kann nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Nothing was annotated: %1</source>
        <translation>Es wurde nichts annotiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>(in %n Dokument)</numerusform>
            <numerusform>(in %n Dokumenten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ kennzeichnen</numerusform>
            <numerusform>%n Vorkommen von „%1“ kennzeichnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n annotation(s)…</source>
        <translation>
            <numerusform>%n Annotation wird geschrieben …</numerusform>
            <numerusform>%n Annotationen werden geschrieben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %1 of %2 documents: %n found</source>
        <translation>
            <numerusform>Suche in %1 von %2 Dokumenten: %n gefunden</numerusform>
            <numerusform>Suche in %1 von %2 Dokumenten: %n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; nothing found so far.</source>
        <translation>Angehalten; bisher nichts gefunden.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Angehalten. </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked</source>
        <translation>
            <numerusform>%1 von %n markiert</numerusform>
            <numerusform>%1 von %n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n Checked</source>
        <translation>
            <numerusform>&amp;Markierte annehmen (%n)</numerusform>
            <numerusform>&amp;Markierte annehmen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag %n Checked</source>
        <translation>
            <numerusform>&amp;Markierte kennzeichnen (%n)</numerusform>
            <numerusform>&amp;Markierte kennzeichnen (%n)</numerusform>
        </translation>
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
    <message>
        <source>Reading the list of documents…</source>
        <translation>Die Liste der Dokumente wird gelesen…</translation>
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
    <name>Scholion::Widgets::ExportDialog</name>
    <message>
        <source>&amp;All documents</source>
        <translation>&amp;Alle Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>Documents &amp;shown in the corpus list (%n)</source>
        <translation>
            <numerusform>In der Korpusliste &amp;sichtbares Dokument (%n)</numerusform>
            <numerusform>In der Korpusliste &amp;sichtbare Dokumente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents s&amp;elected in the corpus list (%n)</source>
        <translation>
            <numerusform>In der Korpusliste ausge&amp;wähltes Dokument (%n)</numerusform>
            <numerusform>In der Korpusliste ausge&amp;wählte Dokumente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents with the s&amp;tatus</source>
        <translation>Dokumente mit dem S&amp;tatus</translation>
    </message>
    <message>
        <source>Also list entities that no exported annotation mentions</source>
        <translation>Auch Entitäten auflisten, die keine exportierte Annotation erwähnt</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark (for spreadsheets)</source>
        <translation>CSV-Dateien mit einer Bytereihenfolge-Markierung beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>A file, or a new folder for brat and CSV</source>
        <translation>Eine Datei oder ein neuer Ordner für brat und CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>New Folder for the Export</source>
        <translation>Neuer Ordner für den Export</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>“%1” is a file; brat and CSV exports need a new folder.</source>
        <translation>„%1“ ist eine Datei; brat- und CSV-Exporte benötigen einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Exported %1 documents, %2 annotations and %3 relations to %4.</source>
        <translation>%1 Dokumente, %2 Annotationen und %3 Beziehungen nach %4 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping annotations could not be represented and were left out (the outermost wins).</source>
        <translation>
            <numerusform>%n überlappende Annotation konnte nicht dargestellt werden und wurde ausgelassen (die äußerste hat Vorrang).</numerusform>
            <numerusform>%n überlappende Annotationen konnten nicht dargestellt werden und wurden ausgelassen (die äußerste hat Vorrang).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Enter, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
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
    <name>Scholion::Widgets::ImportSetDialog</name>
    <message>
        <source>Into the open project</source>
        <translation>In das geöffnete Projekt</translation>
    </message>
    <message>
        <source>Into a new project next to the set (a brat folder becomes its own corpus)</source>
        <translation>In ein neues Projekt neben dem Set (ein brat-Ordner wird zu einem eigenen Korpus)</translation>
    </message>
    <message>
        <source>Import Annotated Set</source>
        <translation>Annotiertes Set importieren</translation>
    </message>
    <message>
        <source>A brat folder, or a JSONL, doccano, .qdpx or CoNLL file</source>
        <translation>Ein brat-Ordner oder eine JSONL-, doccano-, .qdpx- oder CoNLL-Datei</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner …</translation>
    </message>
    <message>
        <source>brat standoff folder</source>
        <translation>brat-Standoff-Ordner</translation>
    </message>
    <message>
        <source>Scholion JSONL</source>
        <translation>Scholion-JSONL</translation>
    </message>
    <message>
        <source>doccano JSONL (UTF-16 offsets)</source>
        <translation>doccano-JSONL (UTF-16-Offsets)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <source>CoNLL (IOB1, IOB2, BIOES)</source>
        <translation>CoNLL (IOB1, IOB2, BIOES)</translation>
    </message>
    <message>
        <source>Documents whose text the project already has are matched; the others are written to the corpus folder under imported/. Nothing is imported when the set has an error.</source>
        <translation>Dokumente, deren Text bereits im Projekt vorhanden ist, werden zugeordnet; die anderen werden im Korpusordner unter imported/ gespeichert. Enthält das Set einen Fehler, wird nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Set:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Annotated sets (*.jsonl *.json *.qdpx *.qde *.conll *.iob *.iob2 *.bioes *.txt);;All files (*)</source>
        <translation>Annotierte Sets (*.jsonl *.json *.qdpx *.qde *.conll *.iob *.iob2 *.bioes *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import brat Folder</source>
        <translation>brat-Ordner importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
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
    <message>
        <source>Importing %1 files (%2); still counting the folder: %3 files so far</source>
        <translation>Importiere %1 Dateien (%2); der Ordner wird noch gezählt: bisher %3 Dateien</translation>
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
    <name>Scholion::Widgets::QuickOpen</name>
    <message>
        <source>Type part of a document&apos;s title…</source>
        <translation>Teil eines Dokumenttitels eingeben …</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::SearchPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datiert</translation>
    </message>
    <message>
        <source>Checked only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND OR NOT, NEAR(a b, 5)</source>
        <translation>Wörter, &quot;Phrasen&quot;, Präfix*, AND OR NOT, NEAR(a b, 5)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Inside annotations</source>
        <translation>In Annotationen</translation>
    </message>
    <message>
        <source>Annotations with a checked label or one of its sub-labels</source>
        <translation>Annotationen mit einem markierten Label oder einem seiner Unterlabels</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entität:</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Annotations with this relation, e.g. quotes said_by an entity</source>
        <translation>Annotationen mit dieser Beziehung, z. B. Zitate, die per said_by mit einer Entität verknüpft sind</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>currency, e.g. USD</source>
        <translation>Währung, z. B. USD</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>words of the note</source>
        <translation>Wörter der Notiz</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>Alle &amp;Markierungen aufheben</translation>
    </message>
    <message>
        <source>&amp;Export Results as CSV…</source>
        <translation>Ergebnisse als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Tag hits as</source>
        <translation>Treffer kennzeichnen als</translation>
    </message>
    <message>
        <source>Tag all hits (or the checked ones) in one step that Undo takes back; hits the label already covers are skipped</source>
        <translation>Alle Treffer (oder die markierten) in einem Schritt kennzeichnen, den „Rückgängig“ zurücknimmt; Treffer, die das Label bereits abdeckt, werden übersprungen</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Die Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>any entity</source>
        <translation>beliebige Entität</translation>
    </message>
    <message>
        <source>no entity</source>
        <translation>keine Entität</translation>
    </message>
    <message>
        <source>any relation or none</source>
        <translation>beliebige oder keine Beziehung</translation>
    </message>
    <message>
        <source>any attribute or none</source>
        <translation>beliebiges oder kein Attribut</translation>
    </message>
    <message>
        <source>Type the words to find.</source>
        <translation>Geben Sie die zu suchenden Wörter ein.</translation>
    </message>
    <message>
        <source>There is nothing to find in this query.</source>
        <translation>Diese Abfrage enthält nichts, wonach gesucht werden kann.</translation>
    </message>
    <message>
        <source>Type a regular expression.</source>
        <translation>Geben Sie einen regulären Ausdruck ein.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2.</source>
        <translation>Der reguläre Ausdruck ist an Position %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>Check a label or set another filter, or type words the annotations contain.</source>
        <translation>Markieren Sie ein Label, setzen Sie einen anderen Filter oder geben Sie Wörter ein, die die Annotationen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>Suche läuft … bisher %n Treffer</numerusform>
            <numerusform>Suche läuft … bisher %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n Dokument</numerusform>
            <numerusform>in %n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n hit(s) found</source>
        <translation>
            <numerusform>Abgebrochen: %n Treffer gefunden</numerusform>
            <numerusform>Abgebrochen: %n Treffer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>A regular expression, e.g. \$\s?\d+ (million|billion)</source>
        <translation>Ein regulärer Ausdruck, z. B. \$\s?\d+ (million|billion)</translation>
    </message>
    <message>
        <source>Words the annotations contain (optional)</source>
        <translation>Wörter, die die Annotationen enthalten (optional)</translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Es gibt keine Ergebnisse zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) exported to %1.</source>
        <translation>
            <numerusform>%n Treffer nach %1 exportiert.</numerusform>
            <numerusform>%n Treffer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n search hit(s) as %1</source>
        <translation>
            <numerusform>%n Suchtreffer als %1 kennzeichnen</numerusform>
            <numerusform>%n Suchtreffer als %1 kennzeichnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search first, then choose the label to tag the hits with.</source>
        <translation>Suchen Sie zuerst und wählen Sie dann das Label, mit dem die Treffer gekennzeichnet werden sollen.</translation>
    </message>
    <message>
        <source>No hit is checked: check the hits to tag in the first column.</source>
        <translation>Kein Treffer ist markiert: Markieren Sie die zu kennzeichnenden Treffer in der ersten Spalte.</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n hit(s) as %1.</source>
        <translation>
            <numerusform>%n Treffer als %1 gekennzeichnet.</numerusform>
            <numerusform>%n Treffer als %1 gekennzeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n that already had this label.</source>
        <translation>
            <numerusform>%n Treffer übersprungen, der dieses Label bereits hatte.</numerusform>
            <numerusform>%n Treffer übersprungen, die dieses Label bereits hatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n whose document changed since the search; search again.</source>
        <translation>
            <numerusform>%n Treffer übersprungen, dessen Dokument sich seit der Suche geändert hat; suchen Sie erneut.</numerusform>
            <numerusform>%n Treffer übersprungen, deren Dokument sich seit der Suche geändert hat; suchen Sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::SuggestionPanel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll in This Document</source>
        <translation>A&amp;lle in diesem Dokument annehmen</translation>
    </message>
    <message>
        <source>Annotate the suggested span with the proposed label (Enter)</source>
        <translation>Die vorgeschlagene Textstelle mit dem vorgeschlagenen Label annotieren (Enter)</translation>
    </message>
    <message>
        <source>Do not suggest this span again in this project (Delete)</source>
        <translation>Diese Textstelle in diesem Projekt nicht mehr vorschlagen (Entf)</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) in this document</source>
        <translation>
            <numerusform>%n Vorschlag in diesem Dokument</numerusform>
            <numerusform>%n Vorschläge in diesem Dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>„%1“ als %2 annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>In &amp;Corpus…</source>
        <translation>Im &amp;Korpus …</translation>
    </message>
    <message>
        <source>Find these suggestions in every document, check them and accept them in one step (Ctrl+Alt+G)</source>
        <translation>Diese Vorschläge in allen Dokumenten finden, prüfen und in einem Schritt annehmen (Ctrl+Alt+G)</translation>
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
    <name>SearchEngine</name>
    <message>
        <source>The search for “%1” could not run in “%2”.</source>
        <translation>Die Suche nach „%1“ konnte in „%2“ nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Type a regular expression to search for.</source>
        <translation>Geben Sie einen regulären Ausdruck für die Suche ein.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2.</source>
        <translation>Der reguläre Ausdruck ist bei Zeichen %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>Cannot read the documents of “%1”: %2</source>
        <translation>Die Dokumente von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot search the annotations of “%1”: %2</source>
        <translation>Die Annotationen von „%1“ können nicht durchsucht werden: %2</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Cannot build the search index of “%1”: %2</source>
        <translation>Der Suchindex von „%1“ kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Type a word or a “phrase” to search for.</source>
        <translation>Geben Sie ein Wort oder eine „Phrase“ für die Suche ein.</translation>
    </message>
    <message>
        <source>The closing parenthesis at character %1 has no opening one.</source>
        <translation>Zur schließenden Klammer bei Zeichen %1 gibt es keine öffnende.</translation>
    </message>
    <message>
        <source>Unexpected “%1” at character %2.</source>
        <translation>Unerwartetes „%1“ bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The quotation mark at character %1 is not closed.</source>
        <translation>Das Anführungszeichen bei Zeichen %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>The * at character %1 must follow a word, as in “pledg*”.</source>
        <translation>Das * bei Zeichen %1 muss auf ein Wort folgen, wie in „pledg*“.</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a word or a phrase after it.</source>
        <translation>Auf „%1“ bei Zeichen %2 muss ein Wort oder eine Phrase folgen.</translation>
    </message>
    <message>
        <source>The quotation marks at character %1 enclose nothing.</source>
        <translation>Die Anführungszeichen bei Zeichen %1 umschließen nichts.</translation>
    </message>
    <message>
        <source>“%1” at character %2 has no letters or digits to search for; use a regular expression to find other characters.</source>
        <translation>„%1“ bei Zeichen %2 enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann; verwenden Sie einen regulären Ausdruck, um andere Zeichen zu finden.</translation>
    </message>
    <message>
        <source>NEAR at character %1 needs two or more words or phrases and an optional distance, as in NEAR(aid package, 5).</source>
        <translation>NEAR bei Zeichen %1 erwartet zwei oder mehr Wörter oder Phrasen und optional einen Abstand, wie in NEAR(aid package, 5).</translation>
    </message>
    <message>
        <source>The distance of NEAR at character %1 must be a whole number of words, as in NEAR(aid package, 5).</source>
        <translation>Der Abstand von NEAR bei Zeichen %1 muss eine ganze Zahl von Wörtern sein, wie in NEAR(aid package, 5).</translation>
    </message>
    <message>
        <source>The parenthesis of NEAR at character %1 is not closed.</source>
        <translation>Die Klammer von NEAR bei Zeichen %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>The parentheses at character %1 are empty.</source>
        <translation>Die Klammern bei Zeichen %1 sind leer.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is not closed.</source>
        <translation>Die Klammer bei Zeichen %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a word or a phrase before it.</source>
        <translation>Vor „%1“ bei Zeichen %2 muss ein Wort oder eine Phrase stehen.</translation>
    </message>
    <message>
        <source>The query ends where a word or a phrase should follow.</source>
        <translation>Die Abfrage endet, wo ein Wort oder eine Phrase folgen sollte.</translation>
    </message>
    <message>
        <source>The query is too long to search: use at most about %1 words and operators.</source>
        <translation>Die Abfrage ist zu lang für die Suche: Verwenden Sie höchstens etwa %1 Wörter und Operatoren.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is nested too deeply (at most %2 levels).</source>
        <translation>Die Klammer bei Zeichen %1 ist zu tief verschachtelt (höchstens %2 Ebenen).</translation>
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
    <name>SetImportReport</name>
    <message>
        <source>Imported set “%1” into %2</source>
        <translation>Set „%1“ in %2 importiert</translation>
    </message>
    <message>
        <source>Documents:      %1 new, %2 matched</source>
        <translation>Dokumente:       %1 neu, %2 zugeordnet</translation>
    </message>
    <message>
        <source>Spans:          %1</source>
        <translation>Textstellen:     %1</translation>
    </message>
    <message>
        <source>Relations:      %1</source>
        <translation>Beziehungen:     %1</translation>
    </message>
    <message>
        <source>Attributes:     %1</source>
        <translation>Attribute:       %1</translation>
    </message>
    <message>
        <source>Notes:          %1</source>
        <translation>Notizen:         %1</translation>
    </message>
    <message>
        <source>Entities:       %1 created</source>
        <translation>Entitäten:       %1 erstellt</translation>
    </message>
    <message>
        <source>Labels:         %1 created</source>
        <translation>Labels:          %1 erstellt</translation>
    </message>
    <message>
        <source>Relation types: %1 created</source>
        <translation>Beziehungstypen: %1 erstellt</translation>
    </message>
    <message>
        <source>Skipped:        %1</source>
        <translation>Übersprungen:    %1</translation>
    </message>
</context>
<context>
    <name>SetImporter</name>
    <message>
        <source>Writing to the project “%1” failed: %2</source>
        <translation>Schreiben in das Projekt „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is in the way of the new corpus folder for “%2”.</source>
        <translation>„%1“ steht dem neuen Korpusordner für „%2“ im Weg.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The project “%1” has no corpus folder to write the set&apos;s documents to.</source>
        <translation>Das Projekt „%1“ hat keinen Korpusordner, in den die Dokumente des Sets geschrieben werden können.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Reading the project “%1” failed: %2</source>
        <translation>Lesen des Projekts „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the project&apos;s copy of this document differs from the file; re-import the corpus folder first.</source>
        <translation>%1: Die Kopie dieses Dokuments im Projekt weicht von der Datei ab; importieren Sie zuerst den Korpusordner erneut.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the document&apos;s text does not survive being stored as a corpus file (control characters?).</source>
        <translation>%1: Der Text des Dokuments bleibt beim Speichern als Korpusdatei nicht unverändert (Steuerzeichen?).</translation>
    </message>
    <message>
        <source>%1: the document&apos;s text is missing from the project.</source>
        <translation>%1: Der Text des Dokuments fehlt im Projekt.</translation>
    </message>
    <message>
        <source>%1: the span %2–%3 does not fit the document&apos;s text.</source>
        <translation>%1: Die Textstelle %2–%3 passt nicht zum Text des Dokuments.</translation>
    </message>
    <message>
        <source>the project already has this span (%1, “%2”).</source>
        <translation>das Projekt enthält diese Textstelle bereits (%1, „%2“).</translation>
    </message>
    <message>
        <source>the relation %1 links a span that was not imported.</source>
        <translation>die Beziehung %1 verknüpft eine Textstelle, die nicht importiert wurde.</translation>
    </message>
    <message>
        <source>the relation %1 links a span to itself.</source>
        <translation>die Beziehung %1 verknüpft eine Textstelle mit sich selbst.</translation>
    </message>
    <message>
        <source>the relation %1 is already in the project.</source>
        <translation>die Beziehung %1 ist bereits im Projekt.</translation>
    </message>
</context>
<context>
    <name>SetReader</name>
    <message>
        <source>unknown annotation line “%1”.</source>
        <translation>unbekannte Annotationszeile „%1“.</translation>
    </message>
    <message>
        <source>a text-bound annotation needs an id, a type with offsets and the text, separated by tabs.</source>
        <translation>eine textgebundene Annotation braucht eine ID, einen Typ mit Offsets und den Text, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>the id %1 is used twice.</source>
        <translation>die ID %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>“%1” has no offsets.</source>
        <translation>„%1“ hat keine Offsets.</translation>
    </message>
    <message>
        <source>“%1” is not a pair of offsets.</source>
        <translation>„%1“ ist kein Offset-Paar.</translation>
    </message>
    <message>
        <source>the span %1–%2 ends after the text (%3 characters).</source>
        <translation>die Textstelle %1–%2 endet nach dem Text (%3 Zeichen).</translation>
    </message>
    <message>
        <source>the text of %1 is “%2”, but its offsets read “%3” (brat offsets are code points).</source>
        <translation>der Text von %1 ist „%2“, aber seine Offsets ergeben „%3“ (brat-Offsets sind Codepoints).</translation>
    </message>
    <message>
        <source>an event needs an id and TYPE:TRIGGER.</source>
        <translation>ein Ereignis braucht eine ID und TYPE:TRIGGER.</translation>
    </message>
    <message>
        <source>the event&apos;s trigger %1 is not defined.</source>
        <translation>der Auslöser %1 des Ereignisses ist nicht definiert.</translation>
    </message>
    <message>
        <source>the event argument “%1” is not ROLE:ID.</source>
        <translation>das Ereignisargument „%1“ hat nicht die Form ROLE:ID.</translation>
    </message>
    <message>
        <source>the event argument %1 refers to %2, which is not defined.</source>
        <translation>das Ereignisargument %1 verweist auf %2, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>a relation needs an id, a type and two arguments.</source>
        <translation>eine Beziehung braucht eine ID, einen Typ und zwei Argumente.</translation>
    </message>
    <message>
        <source>the relation %1 refers to %2, which is not defined.</source>
        <translation>die Beziehung %1 verweist auf %2, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>an equivalence needs a type and at least two ids.</source>
        <translation>eine Äquivalenz braucht einen Typ und mindestens zwei IDs.</translation>
    </message>
    <message>
        <source>the equivalence refers to %1, which is not defined.</source>
        <translation>die Äquivalenz verweist auf %1, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>an attribute needs a name, an id and at most one value.</source>
        <translation>ein Attribut braucht einen Namen, eine ID und höchstens einen Wert.</translation>
    </message>
    <message>
        <source>the attribute %1 refers to %2, which is not defined.</source>
        <translation>das Attribut %1 verweist auf %2, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>a normalisation needs a type, an id and a reference.</source>
        <translation>eine Normalisierung braucht einen Typ, eine ID und eine Referenz.</translation>
    </message>
    <message>
        <source>the normalisation refers to %1, which is not defined.</source>
        <translation>die Normalisierung verweist auf %1, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>a note needs a type and an id.</source>
        <translation>eine Notiz braucht einen Typ und eine ID.</translation>
    </message>
    <message>
        <source>the note refers to %1, which is not defined.</source>
        <translation>die Notiz verweist auf %1, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>is not a folder; a brat set is a folder of .txt and .ann files.</source>
        <translation>ist kein Ordner; ein brat-Set ist ein Ordner mit .txt- und .ann-Dateien.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>existiert nicht.</translation>
    </message>
    <message>
        <source>has no .ann files.</source>
        <translation>enthält keine .ann-Dateien.</translation>
    </message>
    <message>
        <source>has no .txt file beside it.</source>
        <translation>hat keine .txt-Datei daneben.</translation>
    </message>
    <message>
        <source>the entity that starts here has no E- tag before the sentence ends.</source>
        <translation>die hier beginnende Entität hat vor dem Satzende kein E-Tag.</translation>
    </message>
    <message>
        <source>“O” follows an entity that has no E- tag.</source>
        <translation>„O“ folgt auf eine Entität ohne E-Tag.</translation>
    </message>
    <message>
        <source>“%1” is not a tag (O, B-, I-, E-, S-).</source>
        <translation>„%1“ ist kein Tag (O, B-, I-, E-, S-).</translation>
    </message>
    <message>
        <source>“%1” is not an IOB2 tag.</source>
        <translation>„%1“ ist kein IOB2-Tag.</translation>
    </message>
    <message>
        <source>“%1” does not continue a B-%2 or I-%2 (IOB2).</source>
        <translation>„%1“ setzt kein B-%2 oder I-%2 fort (IOB2).</translation>
    </message>
    <message>
        <source>“%1” does not continue a B-%2 (BIOES).</source>
        <translation>„%1“ setzt kein B-%2 fort (BIOES).</translation>
    </message>
    <message>
        <source>“%1” follows an entity that has no E- tag.</source>
        <translation>„%1“ folgt auf eine Entität ohne E-Tag.</translation>
    </message>
    <message>
        <source>“%1” is not WORD|TAG.</source>
        <translation>„%1“ hat nicht die Form WORD|TAG.</translation>
    </message>
    <message>
        <source>a token line needs the token and its tag.</source>
        <translation>eine Token-Zeile braucht das Token und sein Tag.</translation>
    </message>
    <message>
        <source>%1 columns here, %2 on line %3 (a token with a space in it?).</source>
        <translation>hier %1 Spalten, in Zeile %3 %2 (ein Token mit Leerzeichen?).</translation>
    </message>
    <message>
        <source>has no tokens.</source>
        <translation>enthält keine Tokens.</translation>
    </message>
    <message>
        <source>expected a JSON object, found “%1”.</source>
        <translation>JSON-Objekt erwartet, „%1“ gefunden.</translation>
    </message>
    <message>
        <source>invalid JSON: %1.</source>
        <translation>ungültiges JSON: %1.</translation>
    </message>
    <message>
        <source>the JSON object is not closed.</source>
        <translation>das JSON-Objekt wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MB.</source>
        <translation>ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>is not valid UTF-8.</source>
        <translation>ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>the record has no &quot;text&quot;.</source>
        <translation>der Datensatz hat kein &quot;text&quot;.</translation>
    </message>
    <message>
        <source>a span needs integer offsets and a label.</source>
        <translation>eine Textstelle braucht ganzzahlige Offsets und ein Label.</translation>
    </message>
    <message>
        <source>an empty span %1–%2 is left out.</source>
        <translation>eine leere Textstelle %1–%2 wird ausgelassen.</translation>
    </message>
    <message>
        <source>the span %1–%2 “%3” is listed twice; imported once.</source>
        <translation>die Textstelle %1–%2 „%3“ ist doppelt aufgeführt; sie wird einmal importiert.</translation>
    </message>
    <message>
        <source>every entity needs an id of its own.</source>
        <translation>jede Entität braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>the relation %1 → %2 refers to an entity that is not in the record.</source>
        <translation>die Beziehung %1 → %2 verweist auf eine Entität, die nicht im Datensatz steht.</translation>
    </message>
    <message>
        <source>a relation needs a type.</source>
        <translation>eine Beziehung braucht einen Typ.</translation>
    </message>
    <message>
        <source>the record has relations but no entities.</source>
        <translation>der Datensatz hat Beziehungen, aber keine Entitäten.</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be a list of [start, end, label].</source>
        <translation>&quot;label&quot; muss eine Liste aus [start, end, label] sein.</translation>
    </message>
    <message>
        <source>a label of the header has no path.</source>
        <translation>ein Label der Kopfzeile hat keinen Pfad.</translation>
    </message>
    <message>
        <source>an entity has no name.</source>
        <translation>eine Entität hat keinen Namen.</translation>
    </message>
    <message>
        <source>a span needs integer &quot;start&quot; and &quot;end&quot;.</source>
        <translation>eine Textstelle braucht ganzzahlige Werte für &quot;start&quot; und &quot;end&quot;.</translation>
    </message>
    <message>
        <source>the span %1–%2 has no label.</source>
        <translation>die Textstelle %1–%2 hat kein Label.</translation>
    </message>
    <message>
        <source>the span id %1 is used twice.</source>
        <translation>die Textstellen-ID %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>the span %1–%2 links entity %3, which the record does not list.</source>
        <translation>die Textstelle %1–%2 verknüpft die Entität %3, die der Datensatz nicht aufführt.</translation>
    </message>
    <message>
        <source>the relation %1 → %2 refers to a span that is not in the record.</source>
        <translation>die Beziehung %1 → %2 verweist auf eine Textstelle, die nicht im Datensatz steht.</translation>
    </message>
    <message>
        <source>is not a zip archive.</source>
        <translation>ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>is a ZIP64 archive, which is too large for a REFI-QDA project.</source>
        <translation>ist ein ZIP64-Archiv, das für ein REFI-QDA-Projekt zu groß ist.</translation>
    </message>
    <message>
        <source>has a damaged zip directory.</source>
        <translation>hat ein beschädigtes ZIP-Verzeichnis.</translation>
    </message>
    <message>
        <source>contains “%1”, a path outside the archive; refused.</source>
        <translation>enthält „%1“, einen Pfad außerhalb des Archivs; abgelehnt.</translation>
    </message>
    <message>
        <source>contains “%1”, a symbolic link; refused.</source>
        <translation>enthält „%1“, eine symbolische Verknüpfung; abgelehnt.</translation>
    </message>
    <message>
        <source>unpacks to more than %1 MB (“%2”); refused.</source>
        <translation>wird auf mehr als %1 MB entpackt („%2“); abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” would unpack %2 times its packed size, which only a zip bomb does; refused.</source>
        <translation>„%1“ würde auf das %2-Fache seiner gepackten Größe entpackt, was nur eine ZIP-Bombe tut; abgelehnt.</translation>
    </message>
    <message>
        <source>has no “%1”.</source>
        <translation>enthält kein „%1“.</translation>
    </message>
    <message>
        <source>“%1” cannot be unpacked.</source>
        <translation>„%1“ kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than it declares; refused.</source>
        <translation>„%1“ wird auf mehr entpackt als angegeben; abgelehnt.</translation>
    </message>
    <message>
        <source>the XML declares a document type (DTD); entity declarations are refused, never expanded.</source>
        <translation>das XML deklariert einen Dokumenttyp (DTD); Entity-Deklarationen werden abgelehnt und nie expandiert.</translation>
    </message>
    <message>
        <source>the XML refers to an entity “%1”, which is never expanded.</source>
        <translation>das XML verweist auf eine Entity „%1“, die nie expandiert wird.</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is in the namespace “%2”, not “%3”.</source>
        <translation>das Element &lt;%1&gt; liegt im Namensraum „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation>ungültiges XML: %1</translation>
    </message>
    <message>
        <source>this is not a REFI-QDA project (no &lt;Project&gt;).</source>
        <translation>dies ist kein REFI-QDA-Projekt (kein &lt;Project&gt;).</translation>
    </message>
    <message>
        <source>&lt;%1&gt; “%2”: only text sources are imported.</source>
        <translation>&lt;%1&gt; „%2“: Es werden nur Textquellen importiert.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not imported.</source>
        <translation>&lt;%1&gt; wird nicht importiert.</translation>
    </message>
    <message>
        <source>a &lt;Code&gt; needs a guid and a name.</source>
        <translation>ein &lt;Code&gt; braucht eine guid und einen Namen.</translation>
    </message>
    <message>
        <source>a &lt;PlainTextSelection&gt; needs integer startPosition and endPosition.</source>
        <translation>eine &lt;PlainTextSelection&gt; braucht ganzzahlige Werte für startPosition und endPosition.</translation>
    </message>
    <message>
        <source>is not a file.</source>
        <translation>ist keine Datei.</translation>
    </message>
    <message>
        <source>cannot be read.</source>
        <translation>kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive: %1</source>
        <translation>kann nicht als ZIP-Archiv geöffnet werden: %1</translation>
    </message>
    <message>
        <source>has no project.qde.</source>
        <translation>enthält keine project.qde.</translation>
    </message>
    <message>
        <source>the source “%1” lives inside a .qdpx archive; import the .qdpx.</source>
        <translation>die Quelle „%1“ liegt in einem .qdpx-Archiv; importieren Sie die .qdpx-Datei.</translation>
    </message>
    <message>
        <source>the source “%1” is not in the archive (%2).</source>
        <translation>die Quelle „%1“ ist nicht im Archiv (%2).</translation>
    </message>
    <message>
        <source>the source “%1” refers to “%2”, outside the project; only internal sources are imported.</source>
        <translation>die Quelle „%1“ verweist auf „%2“ außerhalb des Projekts; es werden nur interne Quellen importiert.</translation>
    </message>
    <message>
        <source>(REFI-QDA positions are code points)</source>
        <translation>(REFI-QDA-Positionen sind Codepoints)</translation>
    </message>
    <message>
        <source>the selection %1–%2 reads “%3” in the source, not its name “%4” (REFI-QDA positions are code points).</source>
        <translation>die Auswahl %1–%2 ergibt in der Quelle „%3“, nicht ihren Namen „%4“ (REFI-QDA-Positionen sind Codepoints).</translation>
    </message>
    <message>
        <source>an empty selection is left out.</source>
        <translation>eine leere Auswahl wird ausgelassen.</translation>
    </message>
    <message>
        <source>the selection has no code.</source>
        <translation>die Auswahl hat keinen Code.</translation>
    </message>
    <message>
        <source>the selection is coded with %1, which the codebook does not define.</source>
        <translation>die Auswahl ist mit %1 codiert, das im Codebuch nicht definiert ist.</translation>
    </message>
    <message>
        <source>the project note %1 is not attached to a source or selection.</source>
        <translation>die Projektnotiz %1 ist keiner Quelle und keiner Auswahl zugeordnet.</translation>
    </message>
    <message>
        <source>the span %1–%2 is not a range.</source>
        <translation>die Textstelle %1–%2 ist kein Bereich.</translation>
    </message>
    <message>
        <source>the span %1–%2 ends after the text (%3 UTF-16 units).</source>
        <translation>die Textstelle %1–%2 endet nach dem Text (%3 UTF-16-Einheiten).</translation>
    </message>
    <message>
        <source>the span %1–%2 splits a surrogate pair (offsets must be UTF-16 code units).</source>
        <translation>die Textstelle %1–%2 teilt ein Surrogatpaar (Offsets müssen UTF-16-Codeeinheiten sein).</translation>
    </message>
    <message>
        <source>the span %1–%2 reads “%3” in the text, not “%4”.</source>
        <translation>die Textstelle %1–%2 ergibt im Text „%3“, nicht „%4“.</translation>
    </message>
    <message>
        <source>the token “%1” is empty or has a space or a control character in it.</source>
        <translation>das Token „%1“ ist leer oder enthält ein Leerzeichen oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>the codes are nested more than %1 deep.</source>
        <translation>die Codes sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
</context>
<context>
    <name>SuggestionStore</name>
    <message>
        <source>Cannot remember the rejected suggestion: %1</source>
        <translation>Der abgelehnte Vorschlag kann nicht gespeichert werden: %1</translation>
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
<context>
    <name>WebAnnotationExporter</name>
    <message>
        <source>the Web Annotation file</source>
        <translation>die Web-Annotation-Datei</translation>
    </message>
</context>
</TS>
