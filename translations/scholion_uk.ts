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
        <translation>Користування: scholion [параметри] [ТЕКА | ПРОЄКТ]
              scholion import ТЕКА [--project ФАЙЛ]
              scholion info ПРОЄКТ [--json]
              scholion dump ПРОЄКТ --document ШЛЯХ

Scholion читає теку корпусу зі статтями (.txt, .md, .html) до проєкту і дає змогу їх
анотувати. Без команди програма відкриває вікно; ТЕКА — тека корпусу, яку слід відкрити
(її буде при цьому імпортовано), ПРОЄКТ — файл проєкту (.sqlite).

Команди (без вікна):
  import ТЕКА        Імпортувати або повторно імпортувати ТЕКУ і вивести звіт про імпортування.
                     Проєкт — ТЕКА/.scholion/project.sqlite, якщо не вказано --project ФАЙЛ.
                     Код виходу — 0, якщо імпортування завершено, навіть із пропущеними файлами.
  info ПРОЄКТ        Вивести версію схеми і кількість документів, анотацій, міток, сутностей
                     і зв&apos;язків. ПРОЄКТОМ може бути тека корпусу.
  dump ПРОЄКТ        Вивести канонічний текст документа, шлях до якого (відносно теки
                     корпусу) вказано за допомогою --document.

Параметри:
  -h, --help         Показати цю довідку.
  -v, --version      Показати версію.
  --sample           Відкрити вбудований демонстраційний корпус.
  --screenshot ФАЙЛ  Відкрити ТЕКУ або ПРОЄКТ, зберегти знімок вікна у ФАЙЛ (PNG) і вийти.

Коди виходу: 0 — успіх, 1 — непридатна тека, проєкт або документ, 2 — помилковий командний рядок.
</translation>
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
</context>
<context>
    <name>CreateEntityCommand</name>
    <message>
        <source>New entity “%1”</source>
        <translation>Нова сутність «%1»</translation>
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
</context>
<context>
    <name>Scholion::Widgets::AnnotationPanel</name>
    <message>
        <source>Filter annotations…</source>
        <translation>Фільтрувати анотації…</translation>
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
</TS>
