<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
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
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n анотація</numerusform>
            <numerusform>%1 · %2 · %3 · %n анотації</numerusform>
            <numerusform>%1 · %2 · %3 · %n анотацій</numerusform>
        </translation>
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
</TS>
