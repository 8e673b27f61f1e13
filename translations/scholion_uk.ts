<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Tag “%1” as %2</source>
        <translation>Позначити «%1» як %2</translation>
    </message>
</context>
<context>
    <name>AddLabelCommand</name>
    <message>
        <source>New label “%1”</source>
        <translation>Нова мітка «%1»</translation>
    </message>
</context>
<context>
    <name>AddRelationCommand</name>
    <message>
        <source>Link “%1” %2 “%3”</source>
        <translation>Пов&apos;язати «%1» %2 «%3»</translation>
    </message>
</context>
<context>
    <name>AmountParser</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is not a well-formed number.</source>
        <translation>%1 не є коректним числом.</translation>
    </message>
    <message>
        <source>%1 is ambiguous: its separator could be a decimal point or a thousands separator.</source>
        <translation>%1 — неоднозначний запис: роздільник може бути як десятковим, так і роздільником тисяч.</translation>
    </message>
    <message>
        <source>The character %1 is not supported in an amount; write the number with digits.</source>
        <translation>Символ %1 у сумах не підтримується; запишіть число цифрами.</translation>
    </message>
    <message>
        <source>The text contains no number.</source>
        <translation>Текст не містить числа.</translation>
    </message>
    <message>
        <source>The amount has more than one multiplier (%1 %2).</source>
        <translation>Сума має більше одного множника (%1 %2).</translation>
    </message>
    <message>
        <source>%1 must be followed by a multiplier, as in “half a billion”.</source>
        <translation>Після %1 має йти множник, як у «half a billion».</translation>
    </message>
    <message>
        <source>%1 after a number is ambiguous (a multiplier or a unit); write the word in full.</source>
        <translation>%1 після числа — неоднозначний запис (множник чи одиниця); напишіть слово повністю.</translation>
    </message>
    <message>
        <source>The text names more than one currency (%1 and %2).</source>
        <translation>У тексті вказано більше однієї валюти (%1 і %2).</translation>
    </message>
    <message>
        <source>Amounts in cents are not supported; write the amount in the currency itself.</source>
        <translation>Суми в центах не підтримуються; вкажіть суму в самій валюті.</translation>
    </message>
    <message>
        <source>The currency symbol %1 is not known; write the ISO code instead.</source>
        <translation>Символ валюти %1 невідомий; натомість вкажіть код ISO.</translation>
    </message>
    <message>
        <source>The currency %1 is not known; write the ISO code instead.</source>
        <translation>Валюта %1 невідома; натомість вкажіть код ISO.</translation>
    </message>
    <message>
        <source>%1 can be a weight or one of several currencies; write GBP, £ or “pounds sterling”.</source>
        <translation>%1 може означати вагу або одну з кількох валют; напишіть GBP, £ або «pounds sterling».</translation>
    </message>
    <message>
        <source>%1 can mean several currencies; write the ISO code, or add the country as in “Swiss francs”.</source>
        <translation>%1 може означати кілька валют; вкажіть код ISO або додайте країну, як у «Swiss francs».</translation>
    </message>
    <message>
        <source>%1 is vague, not an exact amount.</source>
        <translation>%1 — нечітке значення, а не точна сума.</translation>
    </message>
    <message>
        <source>The multiplier %1 has no number before it.</source>
        <translation>Перед множником %1 немає числа.</translation>
    </message>
    <message>
        <source>%1 is not supported in an amount; write the number with digits and a multiplier.</source>
        <translation>%1 у сумах не підтримується; запишіть число цифрами з множником.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Текст порожній.</translation>
    </message>
    <message>
        <source>The text gives a range, not a single amount.</source>
        <translation>У тексті вказано діапазон, а не одну суму.</translation>
    </message>
    <message>
        <source>The text contains more than one number.</source>
        <translation>Текст містить більше одного числа.</translation>
    </message>
    <message>
        <source>The amount is negative.</source>
        <translation>Сума від&apos;ємна.</translation>
    </message>
    <message>
        <source>A percentage is not an amount.</source>
        <translation>Відсоток не є сумою.</translation>
    </message>
    <message>
        <source>The text names a currency but contains no number.</source>
        <translation>У тексті вказано валюту, але немає числа.</translation>
    </message>
</context>
<context>
    <name>AttributeProposals</name>
    <message>
        <source>amount not set</source>
        <translation>суму не вказано</translation>
    </message>
</context>
<context>
    <name>BratExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>Document “%1”: span %2 does not end where its code point offsets say.</source>
        <translation>Документ «%1»: фрагмент %2 закінчується не там, де вказують його зсуви в кодових точках.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run “scholion --help” for usage.</source>
        <translation>Щоб дізнатися більше, скористайтеся командою «scholion --help».</translation>
    </message>
    <message>
        <source>Give one folder or project at most.</source>
        <translation>Вкажіть не більше однієї теки або одного проєкту.</translation>
    </message>
    <message>
        <source>The folder “%1” has no Scholion project yet; import it first with “scholion import %1”.</source>
        <translation>Для теки «%1» ще немає проєкту Scholion; спочатку імпортуйте її командою «scholion import %1».</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Файл проєкту.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Не виводити даних щодо поступу.</translation>
    </message>
    <message>
        <source>The corpus folder.</source>
        <translation>Тека корпусу.</translation>
    </message>
    <message>
        <source>import needs exactly one FOLDER.</source>
        <translation>Для import слід вказати рівно один аргумент ТЕКА.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Теки «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» не є текою.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only; its project is kept in “%2”.</source>
        <translation>Тека «%1» призначена лише для читання; її проєкт зберігається у «%2».</translation>
    </message>
    <message>
        <source>Scanning: %1 files</source>
        <translation>Сканування: файлів — %1</translation>
    </message>
    <message>
        <source>Importing %1/%2 files, %3/%4</source>
        <translation>Імпортування: файлів — %1/%2, %3/%4</translation>
    </message>
    <message>
        <source>Import cancelled; the documents imported so far are kept.</source>
        <translation>Імпортування скасовано; вже імпортовані документи збережено.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вивести дані у форматі JSON.</translation>
    </message>
    <message>
        <source>info needs exactly one PROJECT.</source>
        <translation>Для info слід вказати рівно один аргумент ПРОЄКТ.</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Проєкт:          %1</translation>
    </message>
    <message>
        <source>Corpus folder:  %1</source>
        <translation>Тека корпусу:    %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версія схеми:    %1</translation>
    </message>
    <message>
        <source>Documents:      %1 (%2 missing)</source>
        <translation>Документи:       %1 (відсутніх: %2)</translation>
    </message>
    <message>
        <source>Annotations:    %1</source>
        <translation>Анотації:        %1</translation>
    </message>
    <message>
        <source>Labels:         %1</source>
        <translation>Мітки:           %1</translation>
    </message>
    <message>
        <source>Entities:       %1</source>
        <translation>Сутності:        %1</translation>
    </message>
    <message>
        <source>Relations:      %1</source>
        <translation>Зв&apos;язки:         %1</translation>
    </message>
    <message>
        <source>Last import:    %1, %2</source>
        <translation>Останній імпорт: %1, %2</translation>
    </message>
    <message>
        <source>The document&apos;s path relative to the corpus folder.</source>
        <translation>Шлях до документа відносно теки корпусу.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ШЛЯХ</translation>
    </message>
    <message>
        <source>dump needs a PROJECT and --document PATH.</source>
        <translation>Для dump слід вказати ПРОЄКТ і --document ШЛЯХ.</translation>
    </message>
    <message>
        <source>The project has no document “%1”.</source>
        <translation>У проєкті немає документа «%1».</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use brat, jsonl, doccano, qdpx or conll.</source>
        <translation>Невідомий формат «%1»; використовуйте brat, jsonl, doccano, qdpx або conll.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не існує.</translation>
    </message>
    <message>
        <source>Reading the set…</source>
        <translation>Читання набору…</translation>
    </message>
    <message>
        <source>Writing %1/%2 documents</source>
        <translation>Запис: документів — %1/%2</translation>
    </message>
    <message>
        <source>QUERY is a regular expression.</source>
        <translation>ЗАПИТ є регулярним виразом.</translation>
    </message>
    <message>
        <source>Find annotations with this label (and its sub-labels).</source>
        <translation>Знайти анотації з цією міткою (та її підмітками).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>МІТКА</translation>
    </message>
    <message>
        <source>Print at most N hits.</source>
        <translation>Вивести не більше N збігів.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format: tsv (default) or jsonl.</source>
        <translation>Формат виведення: tsv (типово) або jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>Match the query&apos;s case.</source>
        <translation>Враховувати регістр запиту.</translation>
    </message>
    <message>
        <source>Match whole words only.</source>
        <translation>Шукати лише цілі слова.</translation>
    </message>
    <message>
        <source>search needs a PROJECT and a QUERY.</source>
        <translation>Для search слід вказати ПРОЄКТ і ЗАПИТ.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use tsv or jsonl.</source>
        <translation>Невідомий формат «%1»; використовуйте tsv або jsonl.</translation>
    </message>
    <message>
        <source>--regex and --label cannot be combined.</source>
        <translation>--regex і --label не можна поєднувати.</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not “%1”.</source>
        <translation>--limit потребує додатного числа, а не «%1».</translation>
    </message>
    <message>
        <source>The project “%1” has no label “%2”.</source>
        <translation>У проєкті «%1» немає мітки «%2».</translation>
    </message>
    <message>
        <source>Only this lens (repeatable): its id or its name.</source>
        <translation>Лише ця лінза (можна повторювати): її ідентифікатор або назва.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>Only the document with this path.</source>
        <translation>Лише документ із цим шляхом.</translation>
    </message>
    <message>
        <source>Accept the suggestions as annotations, in one transaction, and print the counts.</source>
        <translation>Прийняти пропозиції як анотації в одній транзакції та вивести кількості.</translation>
    </message>
    <message>
        <source>suggest needs exactly one PROJECT.</source>
        <translation>Для suggest слід вказати рівно один аргумент ПРОЄКТ.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>попередження: %1</translation>
    </message>
    <message>
        <source>Unknown lens “%1”; use one of %2.</source>
        <translation>Невідома лінза «%1»; використовуйте одну з таких: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) in one transaction.</source>
        <translation>
            <numerusform>Прийнято %n пропозицію в одній транзакції.</numerusform>
            <numerusform>Прийнято %n пропозиції в одній транзакції.</numerusform>
            <numerusform>Прийнято %n пропозицій в одній транзакції.</numerusform>
        </translation>
    </message>
    <message>
        <source>The format.</source>
        <translation>Формат.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The file or folder to write.</source>
        <translation>Файл або тека для запису.</translation>
    </message>
    <message>
        <source>Only these labels (and the labels below them).</source>
        <translation>Лише ці мітки (та підлеглі їм мітки).</translation>
    </message>
    <message>
        <source>L,…</source>
        <translation>L,…</translation>
    </message>
    <message>
        <source>Only documents with this status.</source>
        <translation>Лише документи з цим станом.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only documents whose path matches.</source>
        <translation>Лише документи, шлях яких відповідає шаблону.</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>ШАБЛОН</translation>
    </message>
    <message>
        <source>Also list entities no exported span mentions.</source>
        <translation>Також перелічити сутності, яких не згадує жоден експортований фрагмент.</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 BOM.</source>
        <translation>Починати файли CSV з UTF-8 BOM.</translation>
    </message>
    <message>
        <source>export needs a PROJECT, --format F and --out PATH.</source>
        <translation>Для export слід вказати ПРОЄКТ, --format F і --out ШЛЯХ.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Невідомий формат «%1»; використовуйте один із таких: %2.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use new, in-progress, done or needs-review.</source>
        <translation>Невідомий стан «%1»; використовуйте new, in-progress, done або needs-review.</translation>
    </message>
    <message>
        <source>Exporting %1/%2 documents</source>
        <translation>Експортування: документів — %1/%2</translation>
    </message>
    <message>
        <source>Exported %1 documents, %2 annotations and %3 relations to %4.</source>
        <translation>Експортовано до %4: документів — %1, анотацій — %2, зв&apos;язків — %3.</translation>
    </message>
    <message>
        <source>%1 overlapping spans could not be represented and were left out (the outermost span wins).</source>
        <translation>Фрагменти, що перекриваються (%1), не вдалося відобразити, тому їх пропущено (перевагу має зовнішній фрагмент).</translation>
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
        <translation>Користування: scholion [параметри] [ТЕКА | ПРОЄКТ]
              scholion import ТЕКА [--project ФАЙЛ]
              scholion import ШЛЯХ --format brat|jsonl|doccano|qdpx|conll [--project ФАЙЛ]
              scholion info ПРОЄКТ [--json]
              scholion dump ПРОЄКТ --document ШЛЯХ
              scholion search ПРОЄКТ ЗАПИТ [--regex] [--label L] [--limit N] [--format tsv|jsonl]
              scholion export ПРОЄКТ --format F --out ШЛЯХ [--labels L,…] [--status S]
                              [--documents ШАБЛОН] [--include-unlinked] [--bom]

Scholion читає теку корпусу зі статтями (.txt, .md, .html) до проєкту і дає змогу їх
анотувати. Без команди програма відкриває вікно; ТЕКА — тека корпусу, яку слід відкрити
(її буде при цьому імпортовано), ПРОЄКТ — файл проєкту (.sqlite).

Команди (без вікна):
  import ТЕКА        Імпортувати або повторно імпортувати ТЕКУ і вивести звіт про імпортування.
                     Проєкт — ТЕКА/.scholion/project.sqlite, якщо не вказано --project ФАЙЛ.
                     Код виходу — 0, якщо імпортування завершено, навіть із пропущеними файлами.
                     З --format ШЛЯХ — це анотований набір (тека brat, файл JSONL, doccano
                     JSONL, REFI-QDA .qdpx або CoNLL): його імпортують до --project ФАЙЛ
                     або до нового проєкту (див. розділ «Import» у README) за принципом «усе
                     або нічого» і виводять кількості.
  info ПРОЄКТ        Вивести версію схеми і кількість документів, анотацій, міток, сутностей
                     і зв&apos;язків. ПРОЄКТОМ може бути тека корпусу.
  dump ПРОЄКТ        Вивести канонічний текст документа, шлях до якого (відносно теки
                     корпусу) вказано за допомогою --document.
  search ПРОЄКТ ЗАПИТ
                     Вивести збіги ЗАПИТУ: слова, &quot;фрази&quot;, префікс*, AND, OR, NOT,
                     NEAR(a b, N), дужки. --regex: ЗАПИТ є регулярним виразом.
                     --label L: анотації з міткою L або підлеглими їй (ЗАПИТ можна пропустити).
                     --case-sensitive, --whole-words, --limit N. Один збіг на рядок: шлях
                     документа, зсуви в UTF-16 і кодових точках (кінець не включно), лівий
                     контекст, збіг, правий контекст; TSV (\t \n \\ екрановано) або --format jsonl.
  export ПРОЄКТ      Записати анотовані документи до ШЛЯХУ у форматі F: jsonl, doccano, brat
                     (тека), csv (тека), conll-iob2, conll-bioes, webanno, qdpx або html.
                     --labels приймає назви або шляхи міток (разом із підлеглими мітками),
                     --status new|in-progress|done|needs-review, --documents — шаблон шляху.
                     Якщо експортування не вдається повністю, нічого не записується.

Параметри:
  -h, --help         Показати цю довідку.
  -v, --version      Показати версію.
  --sample           Відкрити вбудований демонстраційний корпус.
  --screenshot ФАЙЛ  Відкрити ТЕКУ або ПРОЄКТ, зберегти знімок вікна у ФАЙЛ (PNG) і вийти.

Коди виходу: 0 — успіх, 1 — непридатна тека, проєкт або документ, 2 — помилковий командний рядок.
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
              scholion suggest ПРОЄКТ [--lens НАЗВА…] [--document ШЛЯХ] [--format tsv|jsonl] [--accept]
                     Вивести, що пропонують анотувати лінзи (цитати, гроші, дати, відомі дійові
                     особи, ваші власні): шлях документа, зсуви в UTF-16 і кодових точках, текст,
                     лінзу, запропоновану мітку, розпізнану суму й валюту, сутність; без уже
                     анотованого чи відхиленого. --lens НАЗВА (можна повторювати), --document
                     ШЛЯХ. --accept: анотувати їх усі в одній транзакції, вивести кількості.
</translation>
    </message>
    <message>
        <source>Import an annotated set of this format.</source>
        <translation>Імпортувати анотований набір у цьому форматі.</translation>
    </message>
    <message>
        <source>Indexing for search: %1/%2 documents</source>
        <translation>Індексування для пошуку: документів — %1/%2</translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation>Автоматичної резервної копії цього проєкту немає.</translation>
    </message>
    <message>
        <source>An automatic backup from %1 exists (%2). Restore it with “scholion restore %3”; the damaged file is kept beside it.</source>
        <translation>Є автоматична резервна копія від %1 (%2). Відновіть її командою «scholion restore %3»; пошкоджений файл буде збережено поруч.</translation>
    </message>
    <message>
        <source>List the automatic backups.</source>
        <translation>Вивести список автоматичних резервних копій.</translation>
    </message>
    <message>
        <source>The backup to restore (default: the latest).</source>
        <translation>Резервна копія, яку слід відновити (типово — найновіша).</translation>
    </message>
    <message>
        <source>restore needs exactly one PROJECT.</source>
        <translation>Для restore слід вказати рівно один аргумент ПРОЄКТ.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Резервної копії «%1» не існує.</translation>
    </message>
    <message>
        <source>There is no automatic backup of “%1” (looked in “%2”).</source>
        <translation>Немає автоматичної резервної копії «%1» (перевірено теку «%2»).</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>«%1» відновлено з «%2».</translation>
    </message>
    <message>
        <source>The previous file was kept as “%1”.</source>
        <translation>Попередній файл збережено як «%1».</translation>
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
              scholion restore ПРОЄКТ [--list] [--backup ФАЙЛ]
                     Замінити ПРОЄКТ найновішою автоматичною резервною копією (або ФАЙЛОМ),
                     наприклад, якщо він пошкоджений. Нічого не вилучається: поточний файл
                     зберігається поруч як project.sqlite.damaged-ДАТА. --list: вивести
                     резервні копії, від найновішої (шлях, час в UTC, байти). Вікно зберігає
                     до %1 резервних копій у теці backups/ поруч із проєктом, щонайбільше
                     одну на годину роботи.
</translation>
    </message>
    <message>
        <source>“%1” is not writable, so no suggestion can be accepted into it.</source>
        <translation>«%1» недоступний для запису, тому до нього не можна прийняти жодної пропозиції.</translation>
    </message>
    <message>
        <source>Importing %1 files, %2 (counting: %3 so far)</source>
        <translation>Імпорт %1 файлів, %2 (підраховано: поки що %3)</translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message>
        <source>the CoNLL file</source>
        <translation>файл CoNLL</translation>
    </message>
</context>
<context>
    <name>CorpusImporter</name>
    <message>
        <source>Writing to the project failed: %1</source>
        <translation>Не вдалося записати дані до проєкту: %1</translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation>Посилання вказує на файл, якого не існує.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Це не звичайний файл.</translation>
    </message>
    <message>
        <source>The project “%1” belongs to the corpus folder “%2”, not “%3”.</source>
        <translation>Проєкт «%1» належить до теки корпусу «%2», а не «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed with certainty after the file changed; they are kept and marked for review.</source>
        <translation>
            <numerusform>Після зміни файла не вдалося надійно розмістити %n анотацію; її збережено й позначено для перевірки.</numerusform>
            <numerusform>Після зміни файла не вдалося надійно розмістити %n анотації; їх збережено й позначено для перевірки.</numerusform>
            <numerusform>Після зміни файла не вдалося надійно розмістити %n анотацій; їх збережено й позначено для перевірки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not imported.</source>
        <translation>Розмір файла — %1 МБ; файли, більші за %2 МБ, не імпортуються.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не вдалося прочитати файл: %1</translation>
    </message>
    <message>
        <source>The version imported earlier is kept.</source>
        <translation>Збережено раніше імпортовану версію.</translation>
    </message>
    <message>
        <source>The file has no visible text.</source>
        <translation>У файлі немає видимого тексту.</translation>
    </message>
    <message>
        <source>Not valid UTF-8; read as %1 (a guess). Check its special characters.</source>
        <translation>Некоректне UTF-8; прочитано як %1 (за припущенням). Перевірте спеціальні символи.</translation>
    </message>
    <message>
        <source>The file is no longer in the corpus folder; its document and annotations are kept.</source>
        <translation>Файла більше немає у теці корпусу; його документ і анотації збережено.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Теки «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» не є текою.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read.</source>
        <translation>Не вдалося прочитати теку «%1».</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Не вдалося відкрити файл «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a text, Markdown or HTML file.</source>
        <translation>«%1» не є текстовим файлом, файлом Markdown або HTML.</translation>
    </message>
</context>
<context>
    <name>CreateEntityCommand</name>
    <message>
        <source>New entity “%1”</source>
        <translation>Нова сутність «%1»</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DoccanoExporter</name>
    <message>
        <source>the doccano file</source>
        <translation>файл doccano</translation>
    </message>
</context>
<context>
    <name>ExportEngine</name>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation>Не вдалося прочитати проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the labels of “%1”: %2</source>
        <translation>Не вдалося прочитати мітки «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the label attributes of “%1”: %2</source>
        <translation>Не вдалося прочитати атрибути міток «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the relation types of “%1”: %2</source>
        <translation>Не вдалося прочитати типи зв&apos;язків «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the entities of “%1”: %2</source>
        <translation>Не вдалося прочитати сутності «%1»: %2</translation>
    </message>
    <message>
        <source>The project “%1” has no label %2 any more.</source>
        <translation>У проєкті «%1» більше немає мітки %2.</translation>
    </message>
    <message>
        <source>The project “%1” has no label “%2”.</source>
        <translation>У проєкті «%1» немає мітки «%2».</translation>
    </message>
    <message>
        <source>Cannot read the documents of “%1”: %2</source>
        <translation>Не вдалося прочитати документи «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the annotations of “%1”: %2</source>
        <translation>Не вдалося прочитати анотації «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read document %1 of “%2”: %3</source>
        <translation>Не вдалося прочитати документ %1 з «%2»: %3</translation>
    </message>
    <message>
        <source>Document “%1”: span %2 (%3–%4) does not match the text it ships: the span says “%5”, the text has “%6”. Nothing was exported.</source>
        <translation>Документ «%1»: фрагмент %2 (%3–%4) не відповідає тексту, що експортується разом із ним: у фрагменті «%5», а в тексті «%6». Нічого не експортовано.</translation>
    </message>
    <message>
        <source>(outside the text)</source>
        <translation>(поза межами тексту)</translation>
    </message>
    <message>
        <source>Cannot read the attributes of “%1”: %2</source>
        <translation>Не вдалося прочитати атрибути «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the relations of “%1”: %2</source>
        <translation>Не вдалося прочитати зв&apos;язки «%1»: %2</translation>
    </message>
    <message>
        <source>No destination was given.</source>
        <translation>Не вказано місце призначення.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Теки «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” exists already and is not an empty folder; choose a new folder for the export.</source>
        <translation>«%1» вже існує і не є порожньою текою; виберіть нову теку для експортування.</translation>
    </message>
    <message>
        <source>“%1” is a folder; the export needs a file name.</source>
        <translation>«%1» є текою; для експортування потрібна назва файла.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>Cannot create a folder in “%1”: %2</source>
        <translation>Не вдалося створити теку в «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експортування скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder “%1”.</source>
        <translation>Не вдалося замінити порожню теку «%1».</translation>
    </message>
    <message>
        <source>Cannot move the export into “%1”.</source>
        <translation>Не вдалося перемістити експортовані дані до «%1».</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Scholion JSONL (one document per line)</source>
        <translation>Scholion JSONL (один документ на рядок)</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <source>brat standoff (folder)</source>
        <translation>brat standoff (тека)</translation>
    </message>
    <message>
        <source>CSV tables (folder)</source>
        <translation>Таблиці CSV (тека)</translation>
    </message>
    <message>
        <source>CoNLL-2003, IOB2 tags</source>
        <translation>CoNLL-2003, теги IOB2</translation>
    </message>
    <message>
        <source>CoNLL-2003, BIOES tags</source>
        <translation>CoNLL-2003, теги BIOES</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проєкт REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Звіт HTML</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Exported %1: %2 documents, %3 annotations.</source>
        <translation>Експортовано %1: документів — %2, анотацій — %3.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>the HTML report</source>
        <translation>звіт HTML</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибути</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>Покажчик сутностей</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Empty file</source>
        <translation>Порожній файл</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Двійковий файл</translation>
    </message>
    <message>
        <source>Broken encoding</source>
        <translation>Пошкоджене кодування</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Завеликий</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Непридатний до читання</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Відсутній</translation>
    </message>
    <message>
        <source>Encoding guessed</source>
        <translation>Кодування вгадано</translation>
    </message>
    <message>
        <source>Annotations to review</source>
        <translation>Анотації для перевірки</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n додано</numerusform>
            <numerusform>%n додано</numerusform>
            <numerusform>%n додано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n відсутній</numerusform>
            <numerusform>%n відсутні</numerusform>
            <numerusform>%n відсутніх</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 is running.</source>
        <translation>Триває імпортування %1.</translation>
    </message>
    <message>
        <source>Import of %1 completed.</source>
        <translation>Імпортування %1 завершено.</translation>
    </message>
    <message>
        <source>Import of %1 was cancelled; what was imported until then is kept.</source>
        <translation>Імпортування %1 скасовано; все, що було імпортовано до того, збережено.</translation>
    </message>
    <message>
        <source>Import of %1 failed: %2</source>
        <translation>Не вдалося імпортувати %1: %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проєкт: %1</translation>
    </message>
    <message>
        <source>Started %1, took %2 s.</source>
        <translation>Розпочато %1, тривалість — %2 с.</translation>
    </message>
    <message numerus="yes">
        <source>%n supported file(s) found: </source>
        <translation>
            <numerusform>Знайдено %n підтримуваний файл: </numerusform>
            <numerusform>Знайдено %n підтримувані файли: </numerusform>
            <numerusform>Знайдено %n підтримуваних файлів: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types ignored.</source>
        <translation>
            <numerusform>Проігноровано %n файл іншого типу.</numerusform>
            <numerusform>Проігноровано %n файли інших типів.</numerusform>
            <numerusform>Проігноровано %n файлів інших типів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations re-anchored after changes: %1; to review: %2.</source>
        <translation>Анотацій, переприв&apos;язаних після змін: %1; для перевірки: %2.</translation>
    </message>
</context>
<context>
    <name>ImportSchemaCommand</name>
    <message>
        <source>Import labels from “%1”</source>
        <translation>Імпортувати мітки з «%1»</translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>the JSONL file</source>
        <translation>файл JSONL</translation>
    </message>
</context>
<context>
    <name>LinkEntityCommand</name>
    <message>
        <source>Link “%1” to %2</source>
        <translation>Пов&apos;язати «%1» з %2</translation>
    </message>
    <message>
        <source>Unlink “%1”</source>
        <translation>Відв&apos;язати «%1»</translation>
    </message>
</context>
<context>
    <name>MergeEntitiesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Об&apos;єднати «%1» з «%2»</translation>
    </message>
</context>
<context>
    <name>MergeLabelsCommand</name>
    <message>
        <source>Merge label “%1” into “%2”</source>
        <translation>Об&apos;єднати мітку «%1» з «%2»</translation>
    </message>
</context>
<context>
    <name>MoveLabelCommand</name>
    <message>
        <source>Move label “%1”</source>
        <translation>Перемістити мітку «%1»</translation>
    </message>
</context>
<context>
    <name>ProjectBackup</name>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Не вдалося створити теку резервних копій «%1».</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Резервне копіювання скасовано.</translation>
    </message>
    <message>
        <source>Cannot back up “%1”: %2</source>
        <translation>Не вдалося створити резервну копію «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot back up “%1” to “%2”: %3</source>
        <translation>Не вдалося створити резервну копію «%1» у «%2»: %3</translation>
    </message>
    <message>
        <source>The backup of “%1” failed its check (%2); it was not kept.</source>
        <translation>Резервна копія «%1» не пройшла перевірку (%2); її не збережено.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>Не вдалося записати резервну копію «%1».</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Резервної копії «%1» не існує.</translation>
    </message>
    <message>
        <source>Cannot copy the backup “%1” beside the project “%2”; nothing was changed.</source>
        <translation>Не вдалося скопіювати резервну копію «%1» поруч із проєктом «%2»; нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot move the damaged project “%1” aside; nothing was changed.</source>
        <translation>Не вдалося перейменувати пошкоджений проєкт «%1», щоб звільнити місце; нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of “%1”; nothing was changed.</source>
        <translation>Не вдалося поставити резервну копію на місце «%1»; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>The project file “%1” does not exist.</source>
        <translation>Файла проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” is not a project file.</source>
        <translation>«%1» не є файлом проєкту.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the project.</source>
        <translation>Не вдалося створити теку «%1» для проєкту.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Не вдалося відкрити проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Scholion project or is damaged (%2).</source>
        <translation>«%1» не є проєктом Scholion або пошкоджений (%2).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Scholion project.</source>
        <translation>«%1» є базою даних SQLite, але не проєктом Scholion.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Scholion (schema %2; this version understands up to %3). Please update Scholion to open it.</source>
        <translation>Проєкт «%1» збережено новішою версією Scholion (схема %2; ця версія підтримує схеми до %3). Щоб відкрити його, оновіть Scholion.</translation>
    </message>
    <message>
        <source>The project “%1” uses an older schema (%2) and can only be upgraded when it is writable.</source>
        <translation>У проєкті «%1» використано застарілу схему (%2); його можна оновити, лише якщо він доступний для запису.</translation>
    </message>
    <message>
        <source>Cannot read the migration script “%1”.</source>
        <translation>Не вдалося прочитати скрипт міграції «%1».</translation>
    </message>
    <message>
        <source>Cannot upgrade the project “%1”: %2</source>
        <translation>Не вдалося оновити проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>Upgrading the project “%1” to schema %2 failed in “%3”: %4</source>
        <translation>Не вдалося оновити проєкт «%1» до схеми %2; помилка в «%3»: %4</translation>
    </message>
    <message>
        <source>Upgrading the project “%1” to schema %2 failed: %3</source>
        <translation>Не вдалося оновити проєкт «%1» до схеми %2: %3</translation>
    </message>
    <message>
        <source>The project “%1” is empty: its creation was interrupted, or it is not a Scholion project. Open the corpus folder again to create it.</source>
        <translation>Проєкт «%1» порожній: його створення було перервано або це не проєкт Scholion. Відкрийте теку корпусу ще раз, щоб створити його.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(у пам&apos;яті)</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved in the project “%1”. What was saved before is intact; free some space and try again. (%2)</source>
        <translation>Диск заповнено: зміну не вдалося зберегти в проєкті «%1». Усе, що було збережено раніше, не пошкоджено; звільніть трохи місця і спробуйте ще раз. (%2)</translation>
    </message>
    <message>
        <source>The project “%1” is open read-only: the change was not saved. (%2)</source>
        <translation>Проєкт «%1» відкрито лише для читання: зміну не збережено. (%2)</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the project “%1”: the change was not saved. Check the disk, then try again. (%2)</source>
        <translation>Під час запису проєкту «%1» диск повідомив про помилку: зміну не збережено. Перевірте диск і спробуйте ще раз. (%2)</translation>
    </message>
    <message>
        <source>The project “%1” cannot be read in a read-only folder: its latest changes are still in “%2”. Copy the project and that file to a writable folder and open it there.</source>
        <translation>Проєкт «%1» не можна прочитати в теці, призначеній лише для читання: його останні зміни досі містяться у «%2». Скопіюйте проєкт і цей файл до теки, доступної для запису, і відкрийте його там.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged and cannot be opened (%2).</source>
        <translation>Проєкт «%1» пошкоджений, тому його не вдалося відкрити (%2).</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>“%1” is open in another Scholion (process %2 on %3). It can only be read until that one closes it.</source>
        <translation>«%1» відкрито в іншому екземплярі Scholion (процес %2 на %3). Доки його там не закриють, він доступний лише для читання.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>“%1” is open in another Scholion. It can only be read until that one closes it.</source>
        <translation>«%1» відкрито в іншому екземплярі Scholion. Доки його там не закриють, він доступний лише для читання.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”: the folder is not writable.</source>
        <translation>Не вдалося створити файл блокування «%1»: тека недоступна для запису.</translation>
    </message>
    <message>
        <source>Cannot lock the project “%1”.</source>
        <translation>Не вдалося заблокувати проєкт «%1».</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Не вдалося створити тимчасовий файл: %1</translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA archive: %1</source>
        <translation>Не вдалося записати архів REFI-QDA: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1” into the REFI-QDA archive: %2</source>
        <translation>Не вдалося записати «%1» до архіву REFI-QDA: %2</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Сутність: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Не вдалося записати тимчасовий файл: %1</translation>
    </message>
    <message>
        <source>Cannot write project.qde into the REFI-QDA archive: %1</source>
        <translation>Не вдалося записати project.qde до архіву REFI-QDA: %1</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Не вдалося прочитати тимчасовий файл: %1</translation>
    </message>
    <message>
        <source>the REFI-QDA archive</source>
        <translation>архів REFI-QDA</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>Вилучити %1 «%2»</translation>
    </message>
</context>
<context>
    <name>RemoveLabelCommand</name>
    <message>
        <source>Delete label “%1”</source>
        <translation>Вилучити мітку «%1»</translation>
    </message>
</context>
<context>
    <name>RemoveRelationCommand</name>
    <message>
        <source>Remove the %1 link</source>
        <translation>Вилучити зв&apos;язок %1</translation>
    </message>
</context>
<context>
    <name>SampleCorpus</name>
    <message>
        <source>Cannot write the sample corpus to “%1”: %2</source>
        <translation>Не вдалося записати демонстраційний корпус до «%1»: %2</translation>
    </message>
    <message>
        <source>This build of Scholion has no sample corpus.</source>
        <translation>Ця збірка Scholion не містить демонстраційного корпусу.</translation>
    </message>
</context>
<context>
    <name>Scholion::App::MainWindow</name>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Відкрити &amp;теку…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Відкрити &amp;проєкт…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>Відкрити &amp;демонстраційний корпус</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавній</translation>
    </message>
    <message>
        <source>Re&amp;fresh from Folder</source>
        <translation>&amp;Оновити з теки</translation>
    </message>
    <message>
        <source>Import new and changed files of the corpus folder</source>
        <translation>Імпортувати нові та змінені файли з теки корпусу</translation>
    </message>
    <message>
        <source>Import &amp;Report…</source>
        <translation>З&amp;віт про імпортування…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрити проєкт</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Перегляд</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
    <message>
        <source>&amp;Full-Width Text</source>
        <translation>Текст на всю &amp;ширину</translation>
    </message>
    <message>
        <source>Let the text use the whole width instead of a comfortable reading column</source>
        <translation>Показувати текст на всю ширину вікна замість зручної для читання колонки</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Повноекранний режим</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерейти</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Наступний документ</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Попередній документ</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>&amp;Фільтрувати документи</translation>
    </message>
    <message>
        <source>Document &amp;List</source>
        <translation>&amp;Список документів</translation>
    </message>
    <message>
        <source>Document &amp;Text</source>
        <translation>&amp;Текст документа</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Scholion</source>
        <translation>&amp;Про Scholion</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Scholion</source>
        <translation>Scholion</translation>
    </message>
    <message>
        <source>%1 documents · %2 annotations</source>
        <translation>Документів: %1 · анотацій: %2</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1 (припущення)</translation>
    </message>
    <message>
        <source>mixed line endings</source>
        <translation>змішані символи кінця рядка</translation>
    </message>
    <message>
        <source>SHA-256 of the source file: %1</source>
        <translation>SHA-256 початкового файла: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкриття</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” is neither a corpus folder nor a Scholion project. Open a folder of articles, or a project file (.sqlite).</source>
        <translation>«%1» не є ні текою корпусу, ні проєктом Scholion. Відкрийте теку зі статтями або файл проєкту (.sqlite).</translation>
    </message>
    <message>
        <source>The corpus folder is read-only, so its project is kept in %1.</source>
        <translation>Тека корпусу призначена лише для читання, тому її проєкт зберігається у %1.</translation>
    </message>
    <message>
        <source>The corpus folder %1 is not available; the project is shown as stored.</source>
        <translation>Тека корпусу %1 недоступна; проєкт показано у збереженому стані.</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Імпортування завершено: %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортування</translation>
    </message>
    <message>
        <source>Open Sample Corpus</source>
        <translation>Відкриття демонстраційного корпусу</translation>
    </message>
    <message>
        <source>Refresh from Folder</source>
        <translation>Оновлення з теки</translation>
    </message>
    <message>
        <source>The corpus folder “%1” is not available.</source>
        <translation>Тека корпусу «%1» недоступна.</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>Відкриття теки корпусу</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Відкриття проєкту</translation>
    </message>
    <message>
        <source>Scholion projects (*.sqlite);;All files (*)</source>
        <translation>Проєкти Scholion (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <source>About Scholion</source>
        <translation>Про Scholion</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scholion %1&lt;/h3&gt;&lt;p&gt;Read a corpus of articles, annotate quotes, actors, aid figures, dates and events, link them and export annotated sets.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDE Frameworks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scholion %1&lt;/h3&gt;&lt;p&gt;Читайте корпус статей, анотуйте цитати, дійових осіб, суми допомоги, дати й події, пов&apos;язуйте їх і експортуйте анотовані набори.&lt;/p&gt;&lt;p&gt;Створено за допомогою Qt %2 і KDE Frameworks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Сутності</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Project Check</source>
        <translation>Перевірка проєкту</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) no longer match the text of their documents (ids %1). They are kept as they are; please check them.</source>
        <translation>
            <numerusform>%n анотація більше не відповідає тексту свого документа (ідентифікатори: %1). Її збережено без змін; перевірте її.</numerusform>
            <numerusform>%n анотації більше не відповідають тексту своїх документів (ідентифікатори: %1). Їх збережено без змін; перевірте їх.</numerusform>
            <numerusform>%n анотацій більше не відповідають тексту своїх документів (ідентифікатори: %1). Їх збережено без змін; перевірте їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>З&amp;міни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотувати</translation>
    </message>
    <message>
        <source>&amp;Tag With Label…</source>
        <translation>Позначити &amp;міткою…</translation>
    </message>
    <message>
        <source>&amp;Label Selection As</source>
        <translation>Позначити &amp;виділене як</translation>
    </message>
    <message>
        <source>Each label&apos;s key tags the selected text, or relabels the current annotation</source>
        <translation>Клавіша кожної мітки позначає виділений текст або змінює мітку поточної анотації</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>Вилучити &amp;анотацію</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>&amp;Наступна анотація</translation>
    </message>
    <message>
        <source>P&amp;revious Annotation</source>
        <translation>&amp;Попередня анотація</translation>
    </message>
    <message>
        <source>&amp;Link to Another Span…</source>
        <translation>Пов&apos;язати з іншим &amp;фрагментом…</translation>
    </message>
    <message>
        <source>Link the current annotation to another one: who said a quote, who pledged an amount…</source>
        <translation>Пов&apos;язати поточну анотацію з іншою: хто сказав цитату, хто пообіцяв суму…</translation>
    </message>
    <message>
        <source>Remove Lin&amp;k</source>
        <translation>Вилучити &amp;зв&apos;язок</translation>
    </message>
    <message>
        <source>The current annotation has no links</source>
        <translation>Поточна анотація не має зв&apos;язків</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>А&amp;трибути…</translation>
    </message>
    <message>
        <source>Link to &amp;Entity…</source>
        <translation>Пов&apos;язати із &amp;сутністю…</translation>
    </message>
    <message>
        <source>&amp;Unlink Entity</source>
        <translation>Відв&apos;язати с&amp;утність</translation>
    </message>
    <message>
        <source>Ad&amp;just Boundaries</source>
        <translation>&amp;Коригувати межі</translation>
    </message>
    <message>
        <source>Extend End</source>
        <translation>Розширити кінець</translation>
    </message>
    <message>
        <source>Shrink End</source>
        <translation>Скоротити кінець</translation>
    </message>
    <message>
        <source>Extend Start</source>
        <translation>Розширити початок</translation>
    </message>
    <message>
        <source>Shrink Start</source>
        <translation>Скоротити початок</translation>
    </message>
    <message>
        <source>&amp;Snap to Word Boundaries</source>
        <translation>Прив&apos;язувати до меж с&amp;лів</translation>
    </message>
    <message>
        <source>Document &amp;Note…</source>
        <translation>Примітка до &amp;документа…</translation>
    </message>
    <message>
        <source>Document Note</source>
        <translation>Примітка до документа</translation>
    </message>
    <message>
        <source>Your note on this document:</source>
        <translation>Ваша примітка до цього документа:</translation>
    </message>
    <message>
        <source>Document &amp;Status</source>
        <translation>Стан д&amp;окумента</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n анотація</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n анотації</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n анотацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примітка: %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Анотування</translation>
    </message>
    <message>
        <source>Click an annotation first, then adjust its boundaries.</source>
        <translation>Спочатку клацніть на анотації, а потім скоригуйте її межі.</translation>
    </message>
    <message>
        <source>Nothing to tag: the selection is only white space.</source>
        <translation>Нічого позначати: виділено лише пробіли.</translation>
    </message>
    <message>
        <source>The amount was not read: %1 Set it with Annotate › Attributes… (Ctrl+Shift+T).</source>
        <translation>Суму не розпізнано: %1 Вкажіть її через Анотувати › Атрибути… (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Select text to tag it, or click an annotation to change its label.</source>
        <translation>Виділіть текст, щоб позначити його, або клацніть на анотації, щоб змінити її мітку.</translation>
    </message>
    <message>
        <source>Click an annotation first.</source>
        <translation>Спочатку клацніть на анотації.</translation>
    </message>
    <message>
        <source>The label %1 has no attributes.</source>
        <translation>Мітка %1 не має атрибутів.</translation>
    </message>
    <message>
        <source>Attributes of “%1”</source>
        <translation>Атрибути «%1»</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Click an annotation first, then link it to an entity.</source>
        <translation>Спочатку клацніть на анотації, а потім пов&apos;яжіть її із сутністю.</translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation>Зв&apos;язування із сутністю</translation>
    </message>
    <message>
        <source>Entity for “%1” (type a new name to create one):</source>
        <translation>Сутність для «%1» (введіть нову назву, щоб створити сутність):</translation>
    </message>
    <message>
        <source>This entity has no mentions yet.</source>
        <translation>Ця сутність ще не має згадок.</translation>
    </message>
    <message>
        <source>Mention %1 of %2</source>
        <translation>Згадка %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entity(s) into “%1”</source>
        <translation>
            <numerusform>Об&apos;єднати %n сутність з «%1»</numerusform>
            <numerusform>Об&apos;єднати %n сутності з «%1»</numerusform>
            <numerusform>Об&apos;єднати %n сутностей з «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the annotation to link from first (a quote, an aid figure…).</source>
        <translation>Спочатку клацніть на анотації, від якої має йти зв&apos;язок (цитата, сума допомоги…).</translation>
    </message>
    <message>
        <source>Link “%1” to…: click the other span, or move to it with Alt+↑/↓ and press Enter. Esc cancels.</source>
        <translation>Пов&apos;язати «%1» з…: клацніть на іншому фрагменті або перейдіть до нього за допомогою Alt+↑/↓ і натисніть Enter. Esc — скасувати.</translation>
    </message>
    <message>
        <source>No relation type links a %1 and a %2.</source>
        <translation>Жоден тип зв&apos;язку не пов&apos;язує %1 і %2.</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Пов&apos;язано: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Import &amp;Annotated Set…</source>
        <translation>Імпортувати &amp;анотований набір…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Знайти &amp;наступне</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти п&amp;опереднє</translation>
    </message>
    <message>
        <source>&amp;Search Corpus…</source>
        <translation>Шукати в &amp;корпусі…</translation>
    </message>
    <message>
        <source>&amp;Lenses</source>
        <translation>&amp;Лінзи</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>На&amp;зад</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>&amp;Вперед</translation>
    </message>
    <message>
        <source>&amp;Go to Document…</source>
        <translation>Перейти до &amp;документа…</translation>
    </message>
    <message>
        <source>Your Lenses</source>
        <translation>Ваші лінзи</translation>
    </message>
    <message>
        <source>&amp;Reload Lenses</source>
        <translation>&amp;Перезавантажити лінзи</translation>
    </message>
    <message>
        <source>Open Lens &amp;Folder</source>
        <translation>Відкрити &amp;теку лінз</translation>
    </message>
    <message>
        <source>Lenses</source>
        <translation>Лінзи</translation>
    </message>
    <message>
        <source>These lens definitions could not be used; the other lenses work as before:

%1

Folder: %2</source>
        <translation>Ці визначення лінз не вдалося використати; інші лінзи працюють, як і раніше:

%1

Тека: %2</translation>
    </message>
    <message>
        <source>Select an annotation first (click it, or Alt+Down).</source>
        <translation>Спочатку виберіть анотацію (клацніть на ній або натисніть Alt+Down).</translation>
    </message>
    <message>
        <source>This document is no longer in the project; search again.</source>
        <translation>Цього документа більше немає в проєкті; повторіть пошук.</translation>
    </message>
    <message>
        <source>That document is no longer in the project.</source>
        <translation>Цього документа більше немає в проєкті.</translation>
    </message>
    <message>
        <source>Re&amp;build Search Index</source>
        <translation>&amp;Перебудувати пошуковий індекс</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Індексування для пошуку…</translation>
    </message>
    <message>
        <source>Build the full-text index of every document again</source>
        <translation>Заново побудувати повнотекстовий індекс усіх документів</translation>
    </message>
    <message>
        <source>Indexing for search: %1 of %2 documents</source>
        <translation>Індексування для пошуку: %1 з %2 документів</translation>
    </message>
    <message>
        <source>Search Index</source>
        <translation>Пошуковий індекс</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Не вдалося створити автоматичну резервну копію: %1</translation>
    </message>
    <message>
        <source>Annotate All &amp;Occurrences…</source>
        <translation>Анотувати всі в&amp;ходження…</translation>
    </message>
    <message>
        <source>Tag the other places where the selected annotation&apos;s text stands as whole words, in this document or the whole corpus</source>
        <translation>Позначити інші місця, де текст вибраної анотації трапляється як цілі слова, у цьому документі або в усьому корпусі</translation>
    </message>
    <message>
        <source>Find Suggestions in &amp;Corpus…</source>
        <translation>Знайти п&amp;ропозиції в корпусі…</translation>
    </message>
    <message>
        <source>What the enabled lenses suggest in every document, to check and accept in one step</source>
        <translation>Що пропонують увімкнені лінзи в усіх документах, щоб перевірити й прийняти за один крок</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(лише для читання)</translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation>Пошкоджений проєкт</translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation>Автоматичної резервної копії цього проєкту немає.</translation>
    </message>
    <message>
        <source>An automatic backup from %1 exists. Restoring it puts it in place of the damaged file, which is kept beside it (nothing is deleted). Changes made after %1 are not in the backup.</source>
        <translation>Є автоматична резервна копія від %1. Відновлення поставить її на місце пошкодженого файла, який буде збережено поруч (нічого не вилучається). Змін, зроблених після %1, у резервній копії немає.</translation>
    </message>
    <message>
        <source>Restore Backup of %1</source>
        <translation>Відновити резервну копію від %1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Відновлення резервної копії</translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file is kept as %1.</source>
        <translation>Резервну копію відновлено; пошкоджений файл збережено як %1.</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Проєкт використовується</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>Проєкт лише для читання</translation>
    </message>
    <message numerus="yes">
        <source>Added %n annotation(s)</source>
        <translation>
            <numerusform>Додано %n анотацію</numerusform>
            <numerusform>Додано %n анотації</numerusform>
            <numerusform>Додано %n анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>у %n документі.</numerusform>
            <numerusform>у %n документах.</numerusform>
            <numerusform>у %n документах.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Models::AnnotationListModel</name>
    <message>
        <source>Label</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибути</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::AnnotationStore</name>
    <message>
        <source>The label schema is not valid JSON: %1 (at character %2).</source>
        <translation>Схема міток не є коректним JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>Не вдалося записати дані до проєкту: %1</translation>
    </message>
    <message>
        <source>A label of the schema has no name or no valid colour.</source>
        <translation>Одна з міток схеми не має назви або коректного кольору.</translation>
    </message>
    <message>
        <source>Cannot add the label “%1”: %2</source>
        <translation>Не вдалося додати мітку «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot add the attribute of “%1”: %2</source>
        <translation>Не вдалося додати атрибут мітки «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot add the relation type “%1”: %2</source>
        <translation>Не вдалося додати тип зв&apos;язку «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot undo the import: %1</source>
        <translation>Не вдалося скасувати імпортування: %1</translation>
    </message>
    <message>
        <source>A label needs a name and a colour.</source>
        <translation>Мітка повинна мати назву й колір.</translation>
    </message>
    <message>
        <source>There is already a label “%1” here.</source>
        <translation>Тут уже є мітка «%1».</translation>
    </message>
    <message>
        <source>Cannot change the label: %1</source>
        <translation>Не вдалося змінити мітку: %1</translation>
    </message>
    <message>
        <source>A label cannot move below itself.</source>
        <translation>Мітку не можна перемістити під саму себе.</translation>
    </message>
    <message>
        <source>Cannot move the label: %1</source>
        <translation>Не вдалося перемістити мітку: %1</translation>
    </message>
    <message>
        <source>The label does not exist any more.</source>
        <translation>Мітки більше не існує.</translation>
    </message>
    <message>
        <source>Cannot delete the label: %1</source>
        <translation>Не вдалося вилучити мітку: %1</translation>
    </message>
    <message>
        <source>A label cannot be merged into itself or into a label below it.</source>
        <translation>Мітку не можна об&apos;єднати із самою собою або з підлеглою їй міткою.</translation>
    </message>
    <message>
        <source>Cannot merge the labels: %1</source>
        <translation>Не вдалося об&apos;єднати мітки: %1</translation>
    </message>
    <message>
        <source>Cannot restore the labels: %1</source>
        <translation>Не вдалося відновити мітки: %1</translation>
    </message>
    <message>
        <source>The label of the annotation does not exist.</source>
        <translation>Мітки анотації не існує.</translation>
    </message>
    <message>
        <source>The span %1–%2 is outside the document.</source>
        <translation>Фрагмент %1–%2 виходить за межі документа.</translation>
    </message>
    <message>
        <source>A span cannot begin or end inside a character.</source>
        <translation>Фрагмент не може починатися або закінчуватися всередині символу.</translation>
    </message>
    <message>
        <source>The annotation no longer matches the text of its document.</source>
        <translation>Анотація більше не відповідає тексту свого документа.</translation>
    </message>
    <message>
        <source>Cannot save the annotation: %1</source>
        <translation>Не вдалося зберегти анотацію: %1</translation>
    </message>
    <message>
        <source>The annotation does not exist any more.</source>
        <translation>Анотації більше не існує.</translation>
    </message>
    <message>
        <source>Cannot remove the annotation: %1</source>
        <translation>Не вдалося вилучити анотацію: %1</translation>
    </message>
    <message>
        <source>The annotation or its new label does not exist.</source>
        <translation>Анотації або її нової мітки не існує.</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Не вдалося зберегти примітку: %1</translation>
    </message>
    <message>
        <source>The span %1–%2 is not a valid range of the document.</source>
        <translation>Фрагмент %1–%2 не є коректним діапазоном документа.</translation>
    </message>
    <message>
        <source>Cannot change the span: %1</source>
        <translation>Не вдалося змінити фрагмент: %1</translation>
    </message>
    <message>
        <source>The label of this annotation has no such attribute.</source>
        <translation>Мітка цієї анотації не має такого атрибута.</translation>
    </message>
    <message>
        <source>Cannot save the attribute: %1</source>
        <translation>Не вдалося зберегти атрибут: %1</translation>
    </message>
    <message>
        <source>A relation needs two different annotations and a relation type.</source>
        <translation>Для зв&apos;язку потрібні дві різні анотації і тип зв&apos;язку.</translation>
    </message>
    <message>
        <source>“%1” does not link a %2 to a %3.</source>
        <translation>«%1» не пов&apos;язує %2 з %3.</translation>
    </message>
    <message>
        <source>Cannot save the relation: %1</source>
        <translation>Не вдалося зберегти зв&apos;язок: %1</translation>
    </message>
    <message>
        <source>The relation does not exist any more.</source>
        <translation>Зв&apos;язку більше не існує.</translation>
    </message>
    <message>
        <source>Cannot remove the relation: %1</source>
        <translation>Не вдалося вилучити зв&apos;язок: %1</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Сутність повинна мати назву.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>Не вдалося зберегти сутність «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot remove the entity: %1</source>
        <translation>Не вдалося вилучити сутність: %1</translation>
    </message>
    <message>
        <source>The annotation or the entity does not exist any more.</source>
        <translation>Анотації або сутності більше не існує.</translation>
    </message>
    <message>
        <source>Cannot link the entity: %1</source>
        <translation>Не вдалося пов&apos;язати сутність: %1</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Виберіть дві різні сутності для об&apos;єднання.</translation>
    </message>
    <message>
        <source>Cannot merge the entities: %1</source>
        <translation>Не вдалося об&apos;єднати сутності: %1</translation>
    </message>
    <message>
        <source>Cannot undo the merge: %1</source>
        <translation>Не вдалося скасувати об&apos;єднання: %1</translation>
    </message>
    <message>
        <source>Cannot change the document&apos;s status: %1</source>
        <translation>Не вдалося змінити стан документа: %1</translation>
    </message>
    <message>
        <source>Cannot save the document&apos;s note: %1</source>
        <translation>Не вдалося зберегти примітку до документа: %1</translation>
    </message>
    <message>
        <source>The label of the annotation “%1” does not exist.</source>
        <translation>Мітки анотації «%1» не існує.</translation>
    </message>
    <message>
        <source>The span %1–%2 of “%3” is not a span of its document; nothing was added.</source>
        <translation>Фрагмент %1–%2 для «%3» не є фрагментом свого документа; нічого не додано.</translation>
    </message>
    <message>
        <source>“%1” no longer matches the text of its document; nothing was added.</source>
        <translation>«%1» більше не відповідає тексту свого документа; нічого не додано.</translation>
    </message>
    <message>
        <source>Cannot save the annotation “%1”: %2</source>
        <translation>Не вдалося зберегти анотацію «%1»: %2</translation>
    </message>
    <message>
        <source>The label of “%1” has no such attribute; nothing was added.</source>
        <translation>Мітка анотації «%1» не має такого атрибута; нічого не додано.</translation>
    </message>
    <message>
        <source>Cannot save the attribute of “%1”: %2</source>
        <translation>Не вдалося зберегти атрибут «%1»: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Скасовано; нічого не додано.</translation>
    </message>
    <message>
        <source>Cannot remove the annotations: %1</source>
        <translation>Не вдалося вилучити анотації: %1</translation>
    </message>
    <message>
        <source>An annotation to remove does not exist any more; nothing was removed.</source>
        <translation>Однієї з анотацій, які слід вилучити, більше не існує; нічого не вилучено.</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::CandidateModel</name>
    <message>
        <source>%1 of %2 checked</source>
        <translation>Відмічено %1 з %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::ConcordanceModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>Лівий контекст</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>Правий контекст</translation>
    </message>
    <message>
        <source>Start (UTF-16)</source>
        <translation>Початок (UTF-16)</translation>
    </message>
    <message>
        <source>End (UTF-16)</source>
        <translation>Кінець (UTF-16)</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::DocumentListModel</name>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Потребує перевірки</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Відсутній</translation>
    </message>
    <message>
        <source>%1
The source file is no longer in the corpus folder; the document and its annotations are kept.</source>
        <translation>%1
Початкового файла більше немає у теці корпусу; документ і його анотації збережено.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Annotations in the document</source>
        <translation>Анотації в документі</translation>
    </message>
    <message>
        <source>Ann.</source>
        <comment>short column header: number of annotations</comment>
        <translation>Ан.</translation>
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
Інші назви: %2
%n згадка</numerusform>
            <numerusform>%1
Інші назви: %2
%n згадки</numerusform>
            <numerusform>%1
Інші назви: %2
%n згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>short column header: number of documents</comment>
        <translation>Док.</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::LabelTreeModel</name>
    <message>
        <source>Key that applies “%1” to the selected text</source>
        <translation>Клавіша, яка застосовує «%1» до виділеного тексту</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with this label or one below it</source>
        <translation>
            <numerusform>%n анотація з цією міткою або підлеглою їй</numerusform>
            <numerusform>%n анотації з цією міткою або підлеглими їй</numerusform>
            <numerusform>%n анотацій з цією міткою або підлеглими їй</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>«%1» не є кольором.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Мітка повинна мати назву.</translation>
    </message>
    <message>
        <source>There is already a label “%1” here.</source>
        <translation>Тут уже є мітка «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a key or key combination.</source>
        <translation>«%1» не є клавішею або комбінацією клавіш.</translation>
    </message>
    <message>
        <source>The key %1 already applies “%2”.</source>
        <translation>Клавіша %1 уже застосовує «%2».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column header: number of annotations with the label or one below it</comment>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>The label and its colour; drag a label to move it under another one</source>
        <translation>Мітка та її колір; перетягніть мітку, щоб перемістити її під іншу</translation>
    </message>
    <message>
        <source>The key that applies the label to the selected text</source>
        <translation>Клавіша, яка застосовує мітку до виділеного тексту</translation>
    </message>
    <message>
        <source>Annotations with the label or one below it</source>
        <translation>Анотації з цією міткою або підлеглими їй</translation>
    </message>
    <message>
        <source>What the label is for</source>
        <translation>Призначення мітки</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::LensDefinitions</name>
    <message>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Грошові суми</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Handles and Links</source>
        <translation>Імена користувачів і посилання</translation>
    </message>
    <message>
        <source>Known Actors</source>
        <translation>Відомі дійові особи</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>%1: this is not a syntax definition (the first element is &lt;%2&gt;, not &lt;language&gt;).</source>
        <translation>%1: це не визначення синтаксису (перший елемент — &lt;%2&gt;, а не &lt;language&gt;).</translation>
    </message>
    <message>
        <source>%1: the &lt;language&gt; element has no name.</source>
        <translation>%1: елемент &lt;language&gt; не має назви.</translation>
    </message>
    <message>
        <source>%1: the name “%2” belongs to a built-in lens; choose another name.</source>
        <translation>%1: назва «%2» належить вбудованій лінзі; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>%1: the regular expression “%2” is invalid: %3 (at character %4).</source>
        <translation>%1: регулярний вираз «%2» некоректний: %3 (символ %4).</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: файл порожній.</translation>
    </message>
    <message>
        <source>%1: another file already defines a lens named “%2”.</source>
        <translation>%1: інший файл уже визначає лінзу з назвою «%2».</translation>
    </message>
    <message>
        <source>%1: cannot be copied for loading.</source>
        <translation>%1: не вдалося скопіювати для завантаження.</translation>
    </message>
    <message>
        <source>%1: KSyntaxHighlighting could not load this definition.</source>
        <translation>%1: KSyntaxHighlighting не вдалося завантажити це визначення.</translation>
    </message>
</context>
<context>
    <name>Scholion::Models::Project</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» не є текою.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Теки «%1» не існує.</translation>
    </message>
    <message>
        <source>The import was interrupted before it finished; documents committed until then are kept. Open the folder again to finish it.</source>
        <translation>Імпортування було перервано до завершення; вже записані документи збережено. Відкрийте теку ще раз, щоб завершити імпортування.</translation>
    </message>
    <message>
        <source>You cannot write to “%1” or its folder, so the project is opened read-only: you can read, search and export it, but not change it.</source>
        <translation>Ви не можете записувати до «%1» або його теки, тому проєкт відкрито лише для читання: його можна читати, шукати в ньому й експортувати, але не змінювати.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is empty.</source>
        <translation>Проєкт «%1» пошкоджений: файл порожній.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: %2</source>
        <translation>Проєкт «%1» пошкоджений: %2</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::AnnotationPanel</name>
    <message>
        <source>Filter annotations…</source>
        <translation>Фільтрувати анотації…</translation>
    </message>
    <message>
        <source>Loading the annotations…</source>
        <translation>Завантаження анотацій…</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::AttributeDialog</name>
    <message>
        <source>Attributes</source>
        <translation>Атрибути</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>a number, e.g. 500000000</source>
        <translation>число, наприклад 500000000</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The text reads as %1.</source>
        <translation>Текст прочитано як %1.</translation>
    </message>
    <message>
        <source>The text does not read as an amount: %1</source>
        <translation>Текст не вдалося прочитати як суму: %1</translation>
    </message>
    <message>
        <source>&amp;Read from Text</source>
        <translation>&amp;Прочитати з тексту</translation>
    </message>
    <message>
        <source>%1 must be a number written with digits and a decimal point, e.g. 1200000000.</source>
        <translation>%1 має бути числом, записаним цифрами з десятковою крапкою, наприклад 1200000000.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 має бути датою у форматі YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::BulkAnnotateDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Враховувати &amp;регістр</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Зупи&amp;нити</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Відмітити всі</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Зняти всі відмітки</translation>
    </message>
    <message>
        <source>Lenses:</source>
        <translation>Лінзи:</translation>
    </message>
    <message>
        <source>In this document</source>
        <translation>У цьому документі</translation>
    </message>
    <message>
        <source>In the whole corpus</source>
        <translation>В усьому корпусі</translation>
    </message>
    <message>
        <source>Find Suggestions in the Corpus</source>
        <translation>Пошук пропозицій у корпусі</translation>
    </message>
    <message>
        <source>What the lenses find in every document of the corpus, except what is annotated or rejected already. Uncheck what should not become an annotation, then accept the rest in one step (Ctrl+Z undoes it).</source>
        <translation>Що знаходять лінзи в усіх документах корпусу, крім уже анотованого чи відхиленого. Зніміть відмітку з того, що не має стати анотацією, а решту прийміть за один крок (Ctrl+Z це скасовує).</translation>
    </message>
    <message>
        <source>Annotate All Occurrences</source>
        <translation>Анотування всіх входжень</translation>
    </message>
    <message>
        <source>Other places where “%1” stands as whole words, to tag as %2, linked to %3.</source>
        <translation>Інші місця, де «%1» трапляється як цілі слова, щоб позначити їх як %2 і пов&apos;язати з %3.</translation>
    </message>
    <message>
        <source>Other places where “%1” stands as whole words, to tag as %2.</source>
        <translation>Інші місця, де «%1» трапляється як цілі слова, щоб позначити їх як %2.</translation>
    </message>
    <message>
        <source>Cannot search the project: %1</source>
        <translation>Не вдалося виконати пошук у проєкті: %1</translation>
    </message>
    <message>
        <source>Nothing was annotated: %1</source>
        <translation>Нічого не анотовано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Прийняти %n пропозицію</numerusform>
            <numerusform>Прийняти %n пропозиції</numerusform>
            <numerusform>Прийняти %n пропозицій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>у %n документі</numerusform>
            <numerusform>у %n документах</numerusform>
            <numerusform>у %n документах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>Позначити %n входження «%1»</numerusform>
            <numerusform>Позначити %n входження «%1»</numerusform>
            <numerusform>Позначити %n входжень «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n annotation(s)…</source>
        <translation>
            <numerusform>Запис %n анотації…</numerusform>
            <numerusform>Запис %n анотацій…</numerusform>
            <numerusform>Запис %n анотацій…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %1 of %2 documents: %n found</source>
        <translation>
            <numerusform>Пошук: %1 з %2 документів; знайдено %n</numerusform>
            <numerusform>Пошук: %1 з %2 документів; знайдено %n</numerusform>
            <numerusform>Пошук: %1 з %2 документів; знайдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; nothing found so far.</source>
        <translation>Зупинено; поки що нічого не знайдено.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Зупинено. </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked</source>
        <translation>
            <numerusform>Відмічено %1 з %n</numerusform>
            <numerusform>Відмічено %1 з %n</numerusform>
            <numerusform>Відмічено %1 з %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n Checked</source>
        <translation>
            <numerusform>&amp;Прийняти %n відмічену</numerusform>
            <numerusform>&amp;Прийняти %n відмічені</numerusform>
            <numerusform>&amp;Прийняти %n відмічених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tag %n Checked</source>
        <translation>
            <numerusform>&amp;Позначити %n відмічене</numerusform>
            <numerusform>&amp;Позначити %n відмічені</numerusform>
            <numerusform>&amp;Позначити %n відмічених</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::CorpusBrowser</name>
    <message>
        <source>Filter by title or path…</source>
        <translation>Фільтрувати за заголовком або шляхом…</translation>
    </message>
    <message>
        <source>Shows documents whose title or path contains every word typed here (case and accents ignored).</source>
        <translation>Показує документи, у заголовку або шляху яких є всі введені тут слова (без урахування регістру й діакритичних знаків).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Show only documents with this status</source>
        <translation>Показувати лише документи з цим станом</translation>
    </message>
    <message>
        <source>Reading the list of documents…</source>
        <translation>Читання списку документів…</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::DocumentView</name>
    <message>
        <source>Choose a document in the corpus browser to read it.</source>
        <translation>Виберіть документ на панелі корпусу, щоб його прочитати.</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::EntityPanel</name>
    <message>
        <source>Filter entities…</source>
        <translation>Фільтрувати сутності…</translation>
    </message>
    <message>
        <source>◀ Mention</source>
        <translation>◀ Згадка</translation>
    </message>
    <message>
        <source>Show the previous mention of this entity (across documents)</source>
        <translation>Показати попередню згадку цієї сутності (у всіх документах)</translation>
    </message>
    <message>
        <source>Mention ▶</source>
        <translation>Згадка ▶</translation>
    </message>
    <message>
        <source>Show the next mention of this entity (across documents)</source>
        <translation>Показати наступну згадку цієї сутності (у всіх документах)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <source>Merge the other selected entities into the current one: their mentions follow and their names become aliases</source>
        <translation>Об&apos;єднати інші вибрані сутності з поточною: їхні згадки перейдуть до неї, а назви стануть її іншими назвами</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::EntityProposalBar</name>
    <message>
        <source>New Entity (Ctrl+Enter)</source>
        <translation>Нова сутність (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Пропустити (Esc)</translation>
    </message>
    <message>
        <source>“%1” is &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>«%1» — це &lt;b&gt;%2&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>Link (Enter)</source>
        <translation>Пов&apos;язати (Enter)</translation>
    </message>
    <message>
        <source>“%1” is not in the entity registry yet.</source>
        <translation>«%1» ще немає в реєстрі сутностей.</translation>
    </message>
    <message>
        <source>New Entity (Enter)</source>
        <translation>Нова сутність (Enter)</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ExportDialog</name>
    <message>
        <source>&amp;All documents</source>
        <translation>&amp;Усі документи</translation>
    </message>
    <message numerus="yes">
        <source>Documents &amp;shown in the corpus list (%n)</source>
        <translation>
            <numerusform>Документи, &amp;показані в списку корпусу (%n)</numerusform>
            <numerusform>Документи, &amp;показані в списку корпусу (%n)</numerusform>
            <numerusform>Документи, &amp;показані в списку корпусу (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents s&amp;elected in the corpus list (%n)</source>
        <translation>
            <numerusform>Документи, &amp;вибрані в списку корпусу (%n)</numerusform>
            <numerusform>Документи, &amp;вибрані в списку корпусу (%n)</numerusform>
            <numerusform>Документи, &amp;вибрані в списку корпусу (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents with the s&amp;tatus</source>
        <translation>Документи зі с&amp;таном</translation>
    </message>
    <message>
        <source>Also list entities that no exported annotation mentions</source>
        <translation>Також перелічити сутності, яких не згадує жодна експортована анотація</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark (for spreadsheets)</source>
        <translation>Починати файли CSV з позначки порядку байтів (для електронних таблиць)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортування</translation>
    </message>
    <message>
        <source>A file, or a new folder for brat and CSV</source>
        <translation>Файл або нова тека для brat і CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Розташування:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 з %2 документів</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>New Folder for the Export</source>
        <translation>Нова тека для експортування</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Експортування до</translation>
    </message>
    <message>
        <source>“%1” is a file; brat and CSV exports need a new folder.</source>
        <translation>«%1» є файлом; для експортування у brat і CSV потрібна нова тека.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message>
        <source>Exported %1 documents, %2 annotations and %3 relations to %4.</source>
        <translation>Експортовано до %4: документів — %1, анотацій — %2, зв&apos;язків — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping annotations could not be represented and were left out (the outermost wins).</source>
        <translation>
            <numerusform>%n анотацію, що перекривається, не вдалося відобразити, тому її пропущено (перевагу має зовнішня).</numerusform>
            <numerusform>%n анотації, що перекриваються, не вдалося відобразити, тому їх пропущено (перевагу має зовнішня).</numerusform>
            <numerusform>%n анотацій, що перекриваються, не вдалося відобразити, тому їх пропущено (перевагу має зовнішня).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Знайти в документі</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Враховувати регістр</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Попередній збіг (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Наступний збіг (Enter, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Закрити панель пошуку (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Звіт про імпортування</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Every file was imported; nothing needs your attention.</source>
        <translation>Усі файли імпортовано; ваше втручання не потрібне.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Збереження звіту про імпортування</translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation>звіт-імпортування.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстові файли (*.txt)</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Не вдалося зберегти «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ImportSetDialog</name>
    <message>
        <source>Into the open project</source>
        <translation>До відкритого проєкту</translation>
    </message>
    <message>
        <source>Into a new project next to the set (a brat folder becomes its own corpus)</source>
        <translation>До нового проєкту поруч із набором (тека brat стає окремим корпусом)</translation>
    </message>
    <message>
        <source>Import Annotated Set</source>
        <translation>Імпортування анотованого набору</translation>
    </message>
    <message>
        <source>A brat folder, or a JSONL, doccano, .qdpx or CoNLL file</source>
        <translation>Тека brat або файл JSONL, doccano, .qdpx чи CoNLL</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Тека…</translation>
    </message>
    <message>
        <source>brat standoff folder</source>
        <translation>Тека brat standoff</translation>
    </message>
    <message>
        <source>Scholion JSONL</source>
        <translation>Scholion JSONL</translation>
    </message>
    <message>
        <source>doccano JSONL (UTF-16 offsets)</source>
        <translation>doccano JSONL (зсуви UTF-16)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проєкт REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>CoNLL (IOB1, IOB2, BIOES)</source>
        <translation>CoNLL (IOB1, IOB2, BIOES)</translation>
    </message>
    <message>
        <source>Documents whose text the project already has are matched; the others are written to the corpus folder under imported/. Nothing is imported when the set has an error.</source>
        <translation>Документи, текст яких уже є в проєкті, буде зіставлено; решту буде записано до теки корпусу в imported/. Якщо набір містить помилку, нічого не імпортується.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Набір:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Призначення:</translation>
    </message>
    <message>
        <source>Annotated sets (*.jsonl *.json *.qdpx *.qde *.conll *.iob *.iob2 *.bioes *.txt);;All files (*)</source>
        <translation>Анотовані набори (*.jsonl *.json *.qdpx *.qde *.conll *.iob *.iob2 *.bioes *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import brat Folder</source>
        <translation>Імпортування теки brat</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the import; documents imported so far are kept</source>
        <translation>Зупинити імпортування; вже імпортовані документи буде збережено</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Scanning the folder: %1 files found</source>
        <translation>Сканування теки: знайдено файлів — %1</translation>
    </message>
    <message>
        <source>Finishing the import…</source>
        <translation>Завершення імпортування…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 files (%3 of %4)</source>
        <translation>Імпортування файлів: %1 з %2 (%3 з %4)</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>лишилося близько %n с</numerusform>
            <numerusform>лишилося близько %n с</numerusform>
            <numerusform>лишилося близько %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>лишилося близько %n хв</numerusform>
            <numerusform>лишилося близько %n хв</numerusform>
            <numerusform>лишилося близько %n хв</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Початок імпортування…</translation>
    </message>
    <message>
        <source>Importing %1 files (%2); still counting the folder: %3 files so far</source>
        <translation>Імпорт %1 файлів (%2); папка ще підраховується: поки що %3 файлів</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::LabelManager</name>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add Top-Level</source>
        <translation>Додати на верхній рівень</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Колір…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Об&apos;єднати з…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Import Schema…</source>
        <translation>Імпортувати схему…</translation>
    </message>
    <message>
        <source>Export Schema…</source>
        <translation>Експортувати схему…</translation>
    </message>
    <message>
        <source>Add a label at the top level of the schema</source>
        <translation>Додати мітку на верхній рівень схеми</translation>
    </message>
    <message>
        <source>Choose the colour of the selected label</source>
        <translation>Вибрати колір вибраної мітки</translation>
    </message>
    <message>
        <source>Merge the other selected labels into the current one (or the selected label into another): annotations and sub-labels move over</source>
        <translation>Об&apos;єднати інші вибрані мітки з поточною (або вибрану мітку з іншою): анотації та підмітки буде перенесено</translation>
    </message>
    <message>
        <source>Delete the selected label, the labels below it and their annotations</source>
        <translation>Вилучити вибрану мітку, підлеглі їй мітки та їхні анотації</translation>
    </message>
    <message>
        <source>Add the labels and relation types of a schema file (JSON) to the project</source>
        <translation>Додати до проєкту мітки й типи зв&apos;язків із файла схеми (JSON)</translation>
    </message>
    <message>
        <source>Save the labels and relation types of the project as a schema file (JSON)</source>
        <translation>Зберегти мітки й типи зв&apos;язків проєкту як файл схеми (JSON)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Import or export the label schema</source>
        <translation>Імпортувати або експортувати схему міток</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Add a label below “%1”</source>
        <translation>Додати мітку під «%1»</translation>
    </message>
    <message>
        <source>Add a label at the top level</source>
        <translation>Додати мітку на верхній рівень</translation>
    </message>
    <message>
        <source>⚠ Spans labelled “%1” will be hard to read on this page. Choose a darker colour.</source>
        <translation>⚠ Фрагменти з міткою «%1» буде важко читати на цій сторінці. Виберіть темніший колір.</translation>
    </message>
    <message>
        <source>⚠ Spans labelled “%1” will be hard to read on this page. Choose a lighter colour.</source>
        <translation>⚠ Фрагменти з міткою «%1» буде важко читати на цій сторінці. Виберіть світліший колір.</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Нова мітка</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a new label&apos;s name and a number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Колір «%1»</translation>
    </message>
    <message>
        <source>There is no other label to merge “%1” into.</source>
        <translation>Немає іншої мітки, з якою можна об&apos;єднати «%1».</translation>
    </message>
    <message>
        <source>Merge Label</source>
        <translation>Об&apos;єднання мітки</translation>
    </message>
    <message>
        <source>Merge “%1” into:
(its annotations and sub-labels move over, then it is deleted)</source>
        <translation>Об&apos;єднати «%1» з:
(її анотації та підмітки буде перенесено, а саму мітку — вилучено)</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into “%2”, which is below it.</source>
        <translation>«%1» не можна об&apos;єднати з підлеглою їй міткою «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n label(s) into “%1”</source>
        <translation>
            <numerusform>Об&apos;єднати %n мітку з «%1»</numerusform>
            <numerusform>Об&apos;єднати %n мітки з «%1»</numerusform>
            <numerusform>Об&apos;єднати %n міток з «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and %n annotation(s)?</source>
        <translation>
            <numerusform>Вилучити «%1» і %n анотацію?</numerusform>
            <numerusform>Вилучити «%1» і %n анотації?</numerusform>
            <numerusform>Вилучити «%1» і %n анотацій?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, %2 and %n annotation(s)?</source>
        <comment>%2 is the number of sub-labels</comment>
        <translation>
            <numerusform>Вилучити «%1», %2 і %n анотацію?</numerusform>
            <numerusform>Вилучити «%1», %2 і %n анотації?</numerusform>
            <numerusform>Вилучити «%1», %2 і %n анотацій?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-label(s)</source>
        <translation>
            <numerusform>%n підмітку</numerusform>
            <numerusform>%n підмітки</numerusform>
            <numerusform>%n підміток</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Label Schema</source>
        <translation>Експортування схеми міток</translation>
    </message>
    <message>
        <source>Label schemas (*.json);;All files (*)</source>
        <translation>Схеми міток (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n label(s) to “%1”.</source>
        <translation>
            <numerusform>Експортовано %n мітку до «%1».</numerusform>
            <numerusform>Експортовано %n мітки до «%1».</numerusform>
            <numerusform>Експортовано %n міток до «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Label Schema</source>
        <translation>Імпортування схеми міток</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a label schema: %2</source>
        <translation>«%1» не є схемою міток: %2</translation>
    </message>
    <message>
        <source>it has no labels</source>
        <translation>вона не містить міток</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«%1» не імпортовано: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new label(s) from “%1”; labels of names already here were kept.</source>
        <translation>
            <numerusform>Імпортовано %n нову мітку з «%1»; наявні мітки з такими самими назвами збережено.</numerusform>
            <numerusform>Імпортовано %n нові мітки з «%1»; наявні мітки з такими самими назвами збережено.</numerusform>
            <numerusform>Імпортовано %n нових міток з «%1»; наявні мітки з такими самими назвами збережено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::LabelPalette</name>
    <message>
        <source>Type to find a label…</source>
        <translation>Пошук мітки…</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::QuickOpen</name>
    <message>
        <source>Type part of a document&apos;s title…</source>
        <translation>Введіть частину заголовка документа…</translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::SearchPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Враховувати &amp;регістр</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Лише &amp;цілі слова</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Фільтри</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Датовані</translation>
    </message>
    <message>
        <source>Checked only</source>
        <translation>Лише відмічені</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотувати</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND OR NOT, NEAR(a b, 5)</source>
        <translation>Слова, &quot;фрази&quot;, префікс*, AND OR NOT, NEAR(a b, 5)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярний вираз</translation>
    </message>
    <message>
        <source>Inside annotations</source>
        <translation>В анотаціях</translation>
    </message>
    <message>
        <source>Annotations with a checked label or one of its sub-labels</source>
        <translation>Анотації з відміченою міткою або однією з її підміток</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Мітки:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Сутність:</translation>
    </message>
    <message>
        <source>with</source>
        <translation>з</translation>
    </message>
    <message>
        <source>Annotations with this relation, e.g. quotes said_by an entity</source>
        <translation>Анотації з цим зв&apos;язком, наприклад цитати, пов&apos;язані із сутністю через said_by</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Зв&apos;язок:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Атрибут:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>currency, e.g. USD</source>
        <translation>валюта, наприклад USD</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Діапазон:</translation>
    </message>
    <message>
        <source>words of the note</source>
        <translation>слова з примітки</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документи:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Відмітити всі</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>&amp;Зняти всі відмітки</translation>
    </message>
    <message>
        <source>&amp;Export Results as CSV…</source>
        <translation>&amp;Експортувати результати як CSV…</translation>
    </message>
    <message>
        <source>Tag hits as</source>
        <translation>Позначити збіги як</translation>
    </message>
    <message>
        <source>Tag all hits (or the checked ones) in one step that Undo takes back; hits the label already covers are skipped</source>
        <translation>Позначити всі збіги (або відмічені) за один крок, який можна скасувати; збіги, які вже має ця мітка, буде пропущено</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Експортувати результати як CSV</translation>
    </message>
    <message>
        <source>any entity</source>
        <translation>будь-яка сутність</translation>
    </message>
    <message>
        <source>no entity</source>
        <translation>без сутності</translation>
    </message>
    <message>
        <source>any relation or none</source>
        <translation>будь-який зв&apos;язок або жодного</translation>
    </message>
    <message>
        <source>any attribute or none</source>
        <translation>будь-який атрибут або жодного</translation>
    </message>
    <message>
        <source>Type the words to find.</source>
        <translation>Введіть слова для пошуку.</translation>
    </message>
    <message>
        <source>There is nothing to find in this query.</source>
        <translation>У цьому запиті немає чого шукати.</translation>
    </message>
    <message>
        <source>Type a regular expression.</source>
        <translation>Введіть регулярний вираз.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2.</source>
        <translation>Регулярний вираз некоректний у позиції %1: %2.</translation>
    </message>
    <message>
        <source>Check a label or set another filter, or type words the annotations contain.</source>
        <translation>Відмітьте мітку, встановіть інший фільтр або введіть слова, які містять анотації.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» не є числом.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>Пошук… поки що %n збіг</numerusform>
            <numerusform>Пошук… поки що %n збіги</numerusform>
            <numerusform>Пошук… поки що %n збігів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>у %n документі</numerusform>
            <numerusform>у %n документах</numerusform>
            <numerusform>у %n документах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n hit(s) found</source>
        <translation>
            <numerusform>Скасовано: знайдено %n збіг</numerusform>
            <numerusform>Скасовано: знайдено %n збіги</numerusform>
            <numerusform>Скасовано: знайдено %n збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Збігів немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>A regular expression, e.g. \$\s?\d+ (million|billion)</source>
        <translation>Регулярний вираз, наприклад \$\s?\d+ (million|billion)</translation>
    </message>
    <message>
        <source>Words the annotations contain (optional)</source>
        <translation>Слова, які містять анотації (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation>Збіг %1 з %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Немає результатів для експортування.</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Експортування результатів як CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) exported to %1.</source>
        <translation>
            <numerusform>Експортовано %n збіг до %1.</numerusform>
            <numerusform>Експортовано %n збіги до %1.</numerusform>
            <numerusform>Експортовано %n збігів до %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n search hit(s) as %1</source>
        <translation>
            <numerusform>Позначити %n збіг пошуку як %1</numerusform>
            <numerusform>Позначити %n збіги пошуку як %1</numerusform>
            <numerusform>Позначити %n збігів пошуку як %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search first, then choose the label to tag the hits with.</source>
        <translation>Спочатку виконайте пошук, а потім виберіть мітку для позначення збігів.</translation>
    </message>
    <message>
        <source>No hit is checked: check the hits to tag in the first column.</source>
        <translation>Не відмічено жодного збігу: відмітьте збіги для позначення в першому стовпці.</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n hit(s) as %1.</source>
        <translation>
            <numerusform>Позначено %n збіг як %1.</numerusform>
            <numerusform>Позначено %n збіги як %1.</numerusform>
            <numerusform>Позначено %n збігів як %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n that already had this label.</source>
        <translation>
            <numerusform>Пропущено %n збіг, який уже мав цю мітку.</numerusform>
            <numerusform>Пропущено %n збіги, які вже мали цю мітку.</numerusform>
            <numerusform>Пропущено %n збігів, які вже мали цю мітку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n whose document changed since the search; search again.</source>
        <translation>
            <numerusform>Пропущено %n збіг, документ якого змінився після пошуку; повторіть пошук.</numerusform>
            <numerusform>Пропущено %n збіги, документи яких змінилися після пошуку; повторіть пошук.</numerusform>
            <numerusform>Пропущено %n збігів, документи яких змінилися після пошуку; повторіть пошук.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scholion::Widgets::SuggestionPanel</name>
    <message>
        <source>Label</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Попередня</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Наступна</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>П&amp;рийняти</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <source>Accept A&amp;ll in This Document</source>
        <translation>Прийняти в&amp;сі в цьому документі</translation>
    </message>
    <message>
        <source>Annotate the suggested span with the proposed label (Enter)</source>
        <translation>Анотувати запропонований фрагмент запропонованою міткою (Enter)</translation>
    </message>
    <message>
        <source>Do not suggest this span again in this project (Delete)</source>
        <translation>Більше не пропонувати цей фрагмент у цьому проєкті (Delete)</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Жодного документа не відкрито.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) in this document</source>
        <translation>
            <numerusform>%n пропозиція в цьому документі</numerusform>
            <numerusform>%n пропозиції в цьому документі</numerusform>
            <numerusform>%n пропозицій у цьому документі</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>Прийняти «%1» як %2</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Прийняти %n пропозицію</numerusform>
            <numerusform>Прийняти %n пропозиції</numerusform>
            <numerusform>Прийняти %n пропозицій</numerusform>
        </translation>
    </message>
    <message>
        <source>In &amp;Corpus…</source>
        <translation>У &amp;корпусі…</translation>
    </message>
    <message>
        <source>Find these suggestions in every document, check them and accept them in one step (Ctrl+Alt+G)</source>
        <translation>Знайти ці пропозиції в усіх документах, перевірити їх і прийняти за один крок (Ctrl+Alt+G)</translation>
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
        <translation>Читайте корпус статей, позначайте цитати, дійових осіб, суми допомоги, дати й події та експортуйте знайдене.</translation>
    </message>
    <message>
        <source>Open Corpus &amp;Folder…</source>
        <translation>Відкрити &amp;теку корпусу…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Відкрити &amp;проєкт…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>Відкрити &amp;демонстраційний корпус</translation>
    </message>
    <message>
        <source>Or drop a folder of .txt, .md and .html files on this window.</source>
        <translation>Або перетягніть на це вікно теку з файлами .txt, .md і .html.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Недавні</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (не знайдено)</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Недавніх проєктів ще немає.</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The search for “%1” could not run in “%2”.</source>
        <translation>Не вдалося виконати пошук «%1» у «%2».</translation>
    </message>
    <message>
        <source>Type a regular expression to search for.</source>
        <translation>Введіть регулярний вираз для пошуку.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2.</source>
        <translation>Регулярний вираз некоректний у позиції %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the documents of “%1”: %2</source>
        <translation>Не вдалося прочитати документи «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot search the annotations of “%1”: %2</source>
        <translation>Не вдалося виконати пошук в анотаціях «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Cannot build the search index of “%1”: %2</source>
        <translation>Не вдалося побудувати пошуковий індекс «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Type a word or a “phrase” to search for.</source>
        <translation>Введіть слово або «фразу» для пошуку.</translation>
    </message>
    <message>
        <source>The closing parenthesis at character %1 has no opening one.</source>
        <translation>Закривна дужка в позиції %1 не має відповідної відкривної.</translation>
    </message>
    <message>
        <source>Unexpected “%1” at character %2.</source>
        <translation>Неочікуване «%1» у позиції %2.</translation>
    </message>
    <message>
        <source>The quotation mark at character %1 is not closed.</source>
        <translation>Лапки в позиції %1 не закрито.</translation>
    </message>
    <message>
        <source>The * at character %1 must follow a word, as in “pledg*”.</source>
        <translation>* у позиції %1 має йти після слова, як у «pledg*».</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a word or a phrase after it.</source>
        <translation>Після «%1» у позиції %2 має бути слово або фраза.</translation>
    </message>
    <message>
        <source>The quotation marks at character %1 enclose nothing.</source>
        <translation>Лапки в позиції %1 нічого не містять.</translation>
    </message>
    <message>
        <source>“%1” at character %2 has no letters or digits to search for; use a regular expression to find other characters.</source>
        <translation>«%1» у позиції %2 не містить літер чи цифр для пошуку; щоб знайти інші символи, використайте регулярний вираз.</translation>
    </message>
    <message>
        <source>NEAR at character %1 needs two or more words or phrases and an optional distance, as in NEAR(aid package, 5).</source>
        <translation>NEAR у позиції %1 потребує двох або більше слів чи фраз і, за потреби, відстані, як у NEAR(aid package, 5).</translation>
    </message>
    <message>
        <source>The distance of NEAR at character %1 must be a whole number of words, as in NEAR(aid package, 5).</source>
        <translation>Відстань для NEAR у позиції %1 має бути цілою кількістю слів, як у NEAR(aid package, 5).</translation>
    </message>
    <message>
        <source>The parenthesis of NEAR at character %1 is not closed.</source>
        <translation>Дужку NEAR у позиції %1 не закрито.</translation>
    </message>
    <message>
        <source>The parentheses at character %1 are empty.</source>
        <translation>Дужки в позиції %1 порожні.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is not closed.</source>
        <translation>Дужку в позиції %1 не закрито.</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a word or a phrase before it.</source>
        <translation>Перед «%1» у позиції %2 має бути слово або фраза.</translation>
    </message>
    <message>
        <source>The query ends where a word or a phrase should follow.</source>
        <translation>Запит закінчується там, де має йти слово або фраза.</translation>
    </message>
    <message>
        <source>The query is too long to search: use at most about %1 words and operators.</source>
        <translation>Запит задовгий для пошуку: використайте не більше приблизно %1 слів і операторів.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is nested too deeply (at most %2 levels).</source>
        <translation>Дужку в позиції %1 вкладено надто глибоко (не більше %2 рівнів).</translation>
    </message>
</context>
<context>
    <name>SetAnnotationLabelCommand</name>
    <message>
        <source>Retag “%1” as %2</source>
        <translation>Змінити мітку фрагмента «%1» на %2</translation>
    </message>
</context>
<context>
    <name>SetAnnotationNoteCommand</name>
    <message>
        <source>Note on “%1”</source>
        <translation>Примітка до «%1»</translation>
    </message>
</context>
<context>
    <name>SetAnnotationRangeCommand</name>
    <message>
        <source>Adjust “%1”</source>
        <translation>Скоригувати межі «%1»</translation>
    </message>
</context>
<context>
    <name>SetAttributeCommand</name>
    <message>
        <source>Set %1 to “%2”</source>
        <translation>Встановити для %1 значення «%2»</translation>
    </message>
</context>
<context>
    <name>SetDocumentNoteCommand</name>
    <message>
        <source>Document note</source>
        <translation>Примітка до документа</translation>
    </message>
</context>
<context>
    <name>SetDocumentStatusCommand</name>
    <message>
        <source>Mark document as %1</source>
        <translation>Змінити стан документа на «%1»</translation>
    </message>
</context>
<context>
    <name>SetImportReport</name>
    <message>
        <source>Imported set “%1” into %2</source>
        <translation>Набір «%1» імпортовано до %2</translation>
    </message>
    <message>
        <source>Documents:      %1 new, %2 matched</source>
        <translation>Документи:      нових: %1, зіставлено: %2</translation>
    </message>
    <message>
        <source>Spans:          %1</source>
        <translation>Фрагменти:      %1</translation>
    </message>
    <message>
        <source>Relations:      %1</source>
        <translation>Зв&apos;язки:        %1</translation>
    </message>
    <message>
        <source>Attributes:     %1</source>
        <translation>Атрибути:       %1</translation>
    </message>
    <message>
        <source>Notes:          %1</source>
        <translation>Примітки:       %1</translation>
    </message>
    <message>
        <source>Entities:       %1 created</source>
        <translation>Сутності:       створено %1</translation>
    </message>
    <message>
        <source>Labels:         %1 created</source>
        <translation>Мітки:          створено %1</translation>
    </message>
    <message>
        <source>Relation types: %1 created</source>
        <translation>Типи зв&apos;язків:  створено %1</translation>
    </message>
    <message>
        <source>Skipped:        %1</source>
        <translation>Пропущено:      %1</translation>
    </message>
</context>
<context>
    <name>SetImporter</name>
    <message>
        <source>Writing to the project “%1” failed: %2</source>
        <translation>Не вдалося записати дані до проєкту «%1»: %2</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” is in the way of the new corpus folder for “%2”.</source>
        <translation>«%1» заважає створенню нової теки корпусу для «%2».</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
    <message>
        <source>The project “%1” has no corpus folder to write the set&apos;s documents to.</source>
        <translation>Проєкт «%1» не має теки корпусу, до якої можна записати документи набору.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Reading the project “%1” failed: %2</source>
        <translation>Не вдалося прочитати проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>%1: the project&apos;s copy of this document differs from the file; re-import the corpus folder first.</source>
        <translation>%1: копія цього документа в проєкті відрізняється від файла; спочатку повторно імпортуйте теку корпусу.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Не вдалося записати файл «%1»: %2</translation>
    </message>
    <message>
        <source>%1: the document&apos;s text does not survive being stored as a corpus file (control characters?).</source>
        <translation>%1: текст документа змінюється під час збереження як файла корпусу (керівні символи?).</translation>
    </message>
    <message>
        <source>%1: the document&apos;s text is missing from the project.</source>
        <translation>%1: текст документа відсутній у проєкті.</translation>
    </message>
    <message>
        <source>%1: the span %2–%3 does not fit the document&apos;s text.</source>
        <translation>%1: фрагмент %2–%3 не відповідає тексту документа.</translation>
    </message>
    <message>
        <source>the project already has this span (%1, “%2”).</source>
        <translation>проєкт уже містить цей фрагмент (%1, «%2»).</translation>
    </message>
    <message>
        <source>the relation %1 links a span that was not imported.</source>
        <translation>зв&apos;язок %1 пов&apos;язує фрагмент, який не було імпортовано.</translation>
    </message>
    <message>
        <source>the relation %1 links a span to itself.</source>
        <translation>зв&apos;язок %1 пов&apos;язує фрагмент із самим собою.</translation>
    </message>
    <message>
        <source>the relation %1 is already in the project.</source>
        <translation>зв&apos;язок %1 уже є в проєкті.</translation>
    </message>
</context>
<context>
    <name>SetReader</name>
    <message>
        <source>unknown annotation line “%1”.</source>
        <translation>невідомий рядок анотації «%1».</translation>
    </message>
    <message>
        <source>a text-bound annotation needs an id, a type with offsets and the text, separated by tabs.</source>
        <translation>текстова анотація повинна мати ідентифікатор, тип зі зсувами і текст, розділені табуляціями.</translation>
    </message>
    <message>
        <source>the id %1 is used twice.</source>
        <translation>ідентифікатор %1 використано двічі.</translation>
    </message>
    <message>
        <source>“%1” has no offsets.</source>
        <translation>«%1» не має зсувів.</translation>
    </message>
    <message>
        <source>“%1” is not a pair of offsets.</source>
        <translation>«%1» не є парою зсувів.</translation>
    </message>
    <message>
        <source>the span %1–%2 ends after the text (%3 characters).</source>
        <translation>фрагмент %1–%2 закінчується після кінця тексту (символів: %3).</translation>
    </message>
    <message>
        <source>the text of %1 is “%2”, but its offsets read “%3” (brat offsets are code points).</source>
        <translation>текст %1 — «%2», але за його зсувами виходить «%3» (зсуви brat рахуються в кодових точках).</translation>
    </message>
    <message>
        <source>an event needs an id and TYPE:TRIGGER.</source>
        <translation>подія повинна мати ідентифікатор і TYPE:TRIGGER.</translation>
    </message>
    <message>
        <source>the event&apos;s trigger %1 is not defined.</source>
        <translation>тригер події %1 не визначено.</translation>
    </message>
    <message>
        <source>the event argument “%1” is not ROLE:ID.</source>
        <translation>аргумент події «%1» не має вигляду ROLE:ID.</translation>
    </message>
    <message>
        <source>the event argument %1 refers to %2, which is not defined.</source>
        <translation>аргумент події %1 посилається на %2, який не визначено.</translation>
    </message>
    <message>
        <source>a relation needs an id, a type and two arguments.</source>
        <translation>зв&apos;язок повинен мати ідентифікатор, тип і два аргументи.</translation>
    </message>
    <message>
        <source>the relation %1 refers to %2, which is not defined.</source>
        <translation>зв&apos;язок %1 посилається на %2, який не визначено.</translation>
    </message>
    <message>
        <source>an equivalence needs a type and at least two ids.</source>
        <translation>еквівалентність повинна мати тип і щонайменше два ідентифікатори.</translation>
    </message>
    <message>
        <source>the equivalence refers to %1, which is not defined.</source>
        <translation>еквівалентність посилається на %1, який не визначено.</translation>
    </message>
    <message>
        <source>an attribute needs a name, an id and at most one value.</source>
        <translation>атрибут повинен мати назву, ідентифікатор і не більше одного значення.</translation>
    </message>
    <message>
        <source>the attribute %1 refers to %2, which is not defined.</source>
        <translation>атрибут %1 посилається на %2, який не визначено.</translation>
    </message>
    <message>
        <source>a normalisation needs a type, an id and a reference.</source>
        <translation>нормалізація повинна мати тип, ідентифікатор і посилання.</translation>
    </message>
    <message>
        <source>the normalisation refers to %1, which is not defined.</source>
        <translation>нормалізація посилається на %1, який не визначено.</translation>
    </message>
    <message>
        <source>a note needs a type and an id.</source>
        <translation>примітка повинна мати тип і ідентифікатор.</translation>
    </message>
    <message>
        <source>the note refers to %1, which is not defined.</source>
        <translation>примітка посилається на %1, який не визначено.</translation>
    </message>
    <message>
        <source>is not a folder; a brat set is a folder of .txt and .ann files.</source>
        <translation>не є текою; набір brat — це тека з файлами .txt і .ann.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>не існує.</translation>
    </message>
    <message>
        <source>has no .ann files.</source>
        <translation>не містить файлів .ann.</translation>
    </message>
    <message>
        <source>has no .txt file beside it.</source>
        <translation>не має поруч файла .txt.</translation>
    </message>
    <message>
        <source>the entity that starts here has no E- tag before the sentence ends.</source>
        <translation>сутність, що починається тут, не має тегу E- до кінця речення.</translation>
    </message>
    <message>
        <source>“O” follows an entity that has no E- tag.</source>
        <translation>«O» йде після сутності, яка не має тегу E-.</translation>
    </message>
    <message>
        <source>“%1” is not a tag (O, B-, I-, E-, S-).</source>
        <translation>«%1» не є тегом (O, B-, I-, E-, S-).</translation>
    </message>
    <message>
        <source>“%1” is not an IOB2 tag.</source>
        <translation>«%1» не є тегом IOB2.</translation>
    </message>
    <message>
        <source>“%1” does not continue a B-%2 or I-%2 (IOB2).</source>
        <translation>«%1» не продовжує B-%2 або I-%2 (IOB2).</translation>
    </message>
    <message>
        <source>“%1” does not continue a B-%2 (BIOES).</source>
        <translation>«%1» не продовжує B-%2 (BIOES).</translation>
    </message>
    <message>
        <source>“%1” follows an entity that has no E- tag.</source>
        <translation>«%1» йде після сутності, яка не має тегу E-.</translation>
    </message>
    <message>
        <source>“%1” is not WORD|TAG.</source>
        <translation>«%1» не має вигляду WORD|TAG.</translation>
    </message>
    <message>
        <source>a token line needs the token and its tag.</source>
        <translation>рядок токена повинен містити токен і його тег.</translation>
    </message>
    <message>
        <source>%1 columns here, %2 on line %3 (a token with a space in it?).</source>
        <translation>тут стовпців — %1, а в рядку %3 — %2 (токен із пробілом?).</translation>
    </message>
    <message>
        <source>has no tokens.</source>
        <translation>не містить токенів.</translation>
    </message>
    <message>
        <source>expected a JSON object, found “%1”.</source>
        <translation>очікувався об&apos;єкт JSON, а знайдено «%1».</translation>
    </message>
    <message>
        <source>invalid JSON: %1.</source>
        <translation>некоректний JSON: %1.</translation>
    </message>
    <message>
        <source>the JSON object is not closed.</source>
        <translation>об&apos;єкт JSON не закрито.</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>не вдалося відкрити: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MB.</source>
        <translation>більший за %1 МБ.</translation>
    </message>
    <message>
        <source>is not valid UTF-8.</source>
        <translation>не є коректним UTF-8.</translation>
    </message>
    <message>
        <source>the record has no &quot;text&quot;.</source>
        <translation>запис не має поля &quot;text&quot;.</translation>
    </message>
    <message>
        <source>a span needs integer offsets and a label.</source>
        <translation>фрагмент повинен мати цілочисельні зсуви і мітку.</translation>
    </message>
    <message>
        <source>an empty span %1–%2 is left out.</source>
        <translation>порожній фрагмент %1–%2 пропущено.</translation>
    </message>
    <message>
        <source>the span %1–%2 “%3” is listed twice; imported once.</source>
        <translation>фрагмент %1–%2 «%3» вказано двічі; імпортовано один раз.</translation>
    </message>
    <message>
        <source>every entity needs an id of its own.</source>
        <translation>кожна сутність повинна мати власний ідентифікатор.</translation>
    </message>
    <message>
        <source>the relation %1 → %2 refers to an entity that is not in the record.</source>
        <translation>зв&apos;язок %1 → %2 посилається на сутність, якої немає в записі.</translation>
    </message>
    <message>
        <source>a relation needs a type.</source>
        <translation>зв&apos;язок повинен мати тип.</translation>
    </message>
    <message>
        <source>the record has relations but no entities.</source>
        <translation>запис має зв&apos;язки, але не має сутностей.</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be a list of [start, end, label].</source>
        <translation>&quot;label&quot; має бути списком [start, end, label].</translation>
    </message>
    <message>
        <source>a label of the header has no path.</source>
        <translation>одна з міток заголовка не має шляху.</translation>
    </message>
    <message>
        <source>an entity has no name.</source>
        <translation>одна із сутностей не має назви.</translation>
    </message>
    <message>
        <source>a span needs integer &quot;start&quot; and &quot;end&quot;.</source>
        <translation>фрагмент повинен мати цілочисельні &quot;start&quot; і &quot;end&quot;.</translation>
    </message>
    <message>
        <source>the span %1–%2 has no label.</source>
        <translation>фрагмент %1–%2 не має мітки.</translation>
    </message>
    <message>
        <source>the span id %1 is used twice.</source>
        <translation>ідентифікатор фрагмента %1 використано двічі.</translation>
    </message>
    <message>
        <source>the span %1–%2 links entity %3, which the record does not list.</source>
        <translation>фрагмент %1–%2 пов&apos;язано із сутністю %3, якої немає в записі.</translation>
    </message>
    <message>
        <source>the relation %1 → %2 refers to a span that is not in the record.</source>
        <translation>зв&apos;язок %1 → %2 посилається на фрагмент, якого немає в записі.</translation>
    </message>
    <message>
        <source>is not a zip archive.</source>
        <translation>не є архівом zip.</translation>
    </message>
    <message>
        <source>is a ZIP64 archive, which is too large for a REFI-QDA project.</source>
        <translation>є архівом ZIP64, завеликим для проєкту REFI-QDA.</translation>
    </message>
    <message>
        <source>has a damaged zip directory.</source>
        <translation>має пошкоджений каталог zip.</translation>
    </message>
    <message>
        <source>contains “%1”, a path outside the archive; refused.</source>
        <translation>містить «%1» — шлях поза архівом; відхилено.</translation>
    </message>
    <message>
        <source>contains “%1”, a symbolic link; refused.</source>
        <translation>містить «%1» — символічне посилання; відхилено.</translation>
    </message>
    <message>
        <source>unpacks to more than %1 MB (“%2”); refused.</source>
        <translation>після розпакування займає понад %1 МБ («%2»); відхилено.</translation>
    </message>
    <message>
        <source>“%1” would unpack %2 times its packed size, which only a zip bomb does; refused.</source>
        <translation>«%1» після розпакування збільшився б у %2 разів, як буває лише із zip-бомбою; відхилено.</translation>
    </message>
    <message>
        <source>has no “%1”.</source>
        <translation>не містить «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be unpacked.</source>
        <translation>не вдалося розпакувати «%1».</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than it declares; refused.</source>
        <translation>«%1» після розпакування більший, ніж заявлено; відхилено.</translation>
    </message>
    <message>
        <source>the XML declares a document type (DTD); entity declarations are refused, never expanded.</source>
        <translation>XML оголошує тип документа (DTD); оголошення сутностей відхиляються й ніколи не розгортаються.</translation>
    </message>
    <message>
        <source>the XML refers to an entity “%1”, which is never expanded.</source>
        <translation>XML посилається на сутність «%1», яка ніколи не розгортається.</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is in the namespace “%2”, not “%3”.</source>
        <translation>елемент &lt;%1&gt; належить до простору назв «%2», а не «%3».</translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation>некоректний XML: %1</translation>
    </message>
    <message>
        <source>this is not a REFI-QDA project (no &lt;Project&gt;).</source>
        <translation>це не проєкт REFI-QDA (немає &lt;Project&gt;).</translation>
    </message>
    <message>
        <source>&lt;%1&gt; “%2”: only text sources are imported.</source>
        <translation>&lt;%1&gt; «%2»: імпортуються лише текстові джерела.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not imported.</source>
        <translation>&lt;%1&gt; не імпортується.</translation>
    </message>
    <message>
        <source>a &lt;Code&gt; needs a guid and a name.</source>
        <translation>&lt;Code&gt; повинен мати guid і назву.</translation>
    </message>
    <message>
        <source>a &lt;PlainTextSelection&gt; needs integer startPosition and endPosition.</source>
        <translation>&lt;PlainTextSelection&gt; повинен мати цілочисельні startPosition і endPosition.</translation>
    </message>
    <message>
        <source>is not a file.</source>
        <translation>не є файлом.</translation>
    </message>
    <message>
        <source>cannot be read.</source>
        <translation>не вдалося прочитати.</translation>
    </message>
    <message>
        <source>cannot be opened as a zip archive: %1</source>
        <translation>не вдалося відкрити як архів zip: %1</translation>
    </message>
    <message>
        <source>has no project.qde.</source>
        <translation>не містить project.qde.</translation>
    </message>
    <message>
        <source>the source “%1” lives inside a .qdpx archive; import the .qdpx.</source>
        <translation>джерело «%1» міститься в архіві .qdpx; імпортуйте файл .qdpx.</translation>
    </message>
    <message>
        <source>the source “%1” is not in the archive (%2).</source>
        <translation>джерела «%1» немає в архіві (%2).</translation>
    </message>
    <message>
        <source>the source “%1” refers to “%2”, outside the project; only internal sources are imported.</source>
        <translation>джерело «%1» посилається на «%2» поза проєктом; імпортуються лише внутрішні джерела.</translation>
    </message>
    <message>
        <source>(REFI-QDA positions are code points)</source>
        <translation>(позиції REFI-QDA рахуються в кодових точках)</translation>
    </message>
    <message>
        <source>the selection %1–%2 reads “%3” in the source, not its name “%4” (REFI-QDA positions are code points).</source>
        <translation>виділення %1–%2 у джерелі містить «%3», а не свою назву «%4» (позиції REFI-QDA рахуються в кодових точках).</translation>
    </message>
    <message>
        <source>an empty selection is left out.</source>
        <translation>порожнє виділення пропущено.</translation>
    </message>
    <message>
        <source>the selection has no code.</source>
        <translation>виділення не має коду.</translation>
    </message>
    <message>
        <source>the selection is coded with %1, which the codebook does not define.</source>
        <translation>виділення закодовано кодом %1, якого не визначено в книзі кодів.</translation>
    </message>
    <message>
        <source>the project note %1 is not attached to a source or selection.</source>
        <translation>примітку проєкту %1 не прив&apos;язано ні до джерела, ні до виділення.</translation>
    </message>
    <message>
        <source>the span %1–%2 is not a range.</source>
        <translation>фрагмент %1–%2 не є діапазоном.</translation>
    </message>
    <message>
        <source>the span %1–%2 ends after the text (%3 UTF-16 units).</source>
        <translation>фрагмент %1–%2 закінчується після кінця тексту (одиниць UTF-16: %3).</translation>
    </message>
    <message>
        <source>the span %1–%2 splits a surrogate pair (offsets must be UTF-16 code units).</source>
        <translation>фрагмент %1–%2 розриває сурогатну пару (зсуви мають бути в кодових одиницях UTF-16).</translation>
    </message>
    <message>
        <source>the span %1–%2 reads “%3” in the text, not “%4”.</source>
        <translation>фрагмент %1–%2 містить у тексті «%3», а не «%4».</translation>
    </message>
    <message>
        <source>the token “%1” is empty or has a space or a control character in it.</source>
        <translation>токен «%1» порожній або містить пробіл чи керівний символ.</translation>
    </message>
    <message>
        <source>the codes are nested more than %1 deep.</source>
        <translation>вкладеність кодів перевищує %1 рівнів.</translation>
    </message>
</context>
<context>
    <name>SuggestionStore</name>
    <message>
        <source>Cannot remember the rejected suggestion: %1</source>
        <translation>Не вдалося запам&apos;ятати відхилену пропозицію: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>Файл починається з позначки порядку байтів (BOM) %1, але не є коректним %1.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it looks like a binary file, not text.</source>
        <translation>Файл містить байти NUL: схоже, це двійковий файл, а не текст.</translation>
    </message>
    <message>
        <source>The decoded text contains NUL characters: it looks like a binary file, not text.</source>
        <translation>Декодований текст містить символи NUL: схоже, це двійковий файл, а не текст.</translation>
    </message>
    <message>
        <source>More than a tenth of the file are control characters: it looks like a binary file, not text.</source>
        <translation>Понад десяту частину файла становлять керівні символи: схоже, це двійковий файл, а не текст.</translation>
    </message>
    <message>
        <source>The file contains no text, only white space.</source>
        <translation>Файл не містить тексту, лише пробіли.</translation>
    </message>
</context>
<context>
    <name>UpdateEntityCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Перейменувати «%1» на «%2»</translation>
    </message>
    <message>
        <source>Edit entity “%1”</source>
        <translation>Змінити сутність «%1»</translation>
    </message>
</context>
<context>
    <name>UpdateLabelCommand</name>
    <message>
        <source>Rename label “%1” to “%2”</source>
        <translation>Перейменувати мітку «%1» на «%2»</translation>
    </message>
    <message>
        <source>Change label “%1”</source>
        <translation>Змінити мітку «%1»</translation>
    </message>
</context>
<context>
    <name>WebAnnotationExporter</name>
    <message>
        <source>the Web Annotation file</source>
        <translation>файл Web Annotation</translation>
    </message>
</context>
</TS>
