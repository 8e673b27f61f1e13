// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/export/exportengine.h>
#include <models/export/offsetconverter.h>
#include <models/import/setimporter.h>
#include <models/importreport.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/projectbackup.h>
#include <models/search/searchengine.h>
#include <models/search/searchindex.h>
#include <models/suggestionengine.h>
#include <models/suggestionstore.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <csignal>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::App
{

namespace
{
const QStringList kCommands = {u"import"_s, u"info"_s, u"dump"_s, u"search"_s, u"export"_s, u"suggest"_s, u"restore"_s};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int usageError(FILE *err, const QString &message)
{
    print(err, u"scholion: "_s + message + u'\n' + Cli::tr("Run “scholion --help” for usage.") + u'\n');
    return Cli::UsageError;
}

int failure(FILE *err, const QString &message)
{
    print(err, u"scholion: "_s + message + u'\n');
    return Cli::Failure;
}

// The importer a SIGINT should cancel; a plain pointer, read by the signal handler.
CorpusImporter *volatile s_runningImporter = nullptr;

extern "C" void cancelOnSignal(int)
{
    if (CorpusImporter *importer = s_runningImporter) {
        importer->cancel(); // an atomic store: safe in a signal handler
    }
}

// A project argument may be the project file or its corpus folder.
QString resolveProject(const QString &argument)
{
    if (QFileInfo(argument).isDir()) {
        return Project::projectPathForCorpus(argument);
    }
    return argument;
}

// What a damaged project's message adds: the latest automatic backup and how to restore it.
QString backupHint(const QString &projectPath)
{
    const std::optional<BackupInfo> latest = ProjectBackup::newest(projectPath);
    if (!latest) {
        return Cli::tr("There is no automatic backup of it.");
    }
    return Cli::tr("An automatic backup from %1 exists (%2). Restore it with “scholion restore %3”; the damaged file is kept beside it.")
        .arg(ProjectBackup::displayTime(*latest), QDir::toNativeSeparators(latest->path), projectPath);
}

// A writing command holds the project's lock, as a window does, for as long as it writes.
bool lockForWriting(ProjectLock &lock, FILE *err)
{
    if (lock.tryLock()) {
        return true;
    }
    failure(err, lock.errorString());
    return false;
}

// Before a write, a damaged project is named as such, with its backup, rather than failing deep inside.
bool refuseDamaged(const QString &projectPath, FILE *err)
{
    if (!QFileInfo(projectPath).isFile()) {
        return false;
    }
    QString error;
    if (Project::probe(projectPath, &error) != Project::OpenError::Damaged) {
        return false;
    }
    failure(err, error + u'\n' + backupHint(projectPath));
    return true;
}

// `import PATH --format F`: an annotated set rather than a corpus folder.
int runImportSet(const QString &path, const QString &formatName, const QString &projectPath, bool quiet, FILE *out, FILE *err)
{
    const std::optional<SetFormat> format = setFormatFromName(formatName);
    if (!format) {
        return usageError(err, Cli::tr("Unknown format “%1”; use brat, jsonl, doccano, qdpx or conll.").arg(formatName));
    }
    if (!QFileInfo::exists(path)) {
        return failure(err, Cli::tr("“%1” does not exist.").arg(path));
    }
    SetImportOptions options;
    options.path = QFileInfo(path).absoluteFilePath();
    options.format = *format;
    options.projectPath = projectPath.isEmpty() ? QString() : QFileInfo(resolveProject(projectPath)).absoluteFilePath();
    ProjectLock lock(options.projectPath);
    if (!options.projectPath.isEmpty() && (!lockForWriting(lock, err) || refuseDamaged(options.projectPath, err))) {
        return Cli::Failure;
    }
    SetImporter importer(options);
    const bool showProgress = !quiet && isatty(fileno(err));
    if (showProgress) {
        QObject::connect(&importer, &SetImporter::progress, &importer, [err](int done, int total) {
            print(err, u"\r\x1b[K"_s + (total == 0 ? Cli::tr("Reading the set…") : Cli::tr("Writing %1/%2 documents").arg(done).arg(total)));
        });
    }
    const SetImportReport report = importer.run();
    if (showProgress) {
        print(err, u"\r\x1b[K"_s);
    }
    if (!report.ok) {
        return failure(err, report.error);
    }
    print(out, report.toText());
    return Cli::Success;
}

bool openExisting(Project &project, const QString &argument, FILE *err, bool readOnly = true)
{
    const QString path = resolveProject(argument);
    if (!QFileInfo::exists(path)) {
        if (QFileInfo(argument).isDir()) {
            failure(err, Cli::tr("The folder “%1” has no Scholion project yet; import it first with “scholion import %1”.").arg(argument));
        } else {
            failure(err, Cli::tr("The project “%1” does not exist.").arg(argument));
        }
        return false;
    }
    if (!project.open(path, readOnly)) {
        QString message = project.errorString();
        if (project.openError() == Project::OpenError::Damaged && ProjectBackup::newest(path)) {
            message += u'\n' + backupHint(path);
        }
        failure(err, message);
        return false;
    }
    return true;
}

// A TSV field: backslash, tab and line breaks escaped, so every hit stays on one line.
QString tsvField(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else {
            out += c;
        }
    }
    return out;
}

// `search PROJECT QUERY`: hits of a full-text, regex or annotation search for scripts.
int runSearch(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption regexOption(u"regex"_s, Cli::tr("QUERY is a regular expression."));
    const QCommandLineOption labelOption(u"label"_s, Cli::tr("Find annotations with this label (and its sub-labels)."), Cli::tr("LABEL"));
    const QCommandLineOption limitOption(u"limit"_s, Cli::tr("Print at most N hits."), Cli::tr("N"));
    const QCommandLineOption formatOption(u"format"_s, Cli::tr("Output format: tsv (default) or jsonl."), Cli::tr("FORMAT"), u"tsv"_s);
    const QCommandLineOption caseOption(u"case-sensitive"_s, Cli::tr("Match the query's case."));
    const QCommandLineOption wholeOption(u"whole-words"_s, Cli::tr("Match whole words only."));
    parser.addOptions({regexOption, labelOption, limitOption, formatOption, caseOption, wholeOption});
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 && !(positional.size() == 1 && parser.isSet(labelOption))) {
        return usageError(err, Cli::tr("search needs a PROJECT and a QUERY."));
    }
    const QString format = parser.value(formatOption);
    if (format != u"tsv"_s && format != u"jsonl"_s) {
        return usageError(err, Cli::tr("Unknown format “%1”; use tsv or jsonl.").arg(format));
    }
    if (parser.isSet(regexOption) && parser.isSet(labelOption)) {
        return usageError(err, Cli::tr("--regex and --label cannot be combined."));
    }
    SearchRequest request;
    request.query = positional.value(1);
    request.caseSensitive = parser.isSet(caseOption);
    request.wholeWords = parser.isSet(wholeOption);
    if (parser.isSet(limitOption)) {
        bool ok = false;
        request.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || request.limit <= 0) {
            return usageError(err, Cli::tr("--limit needs a positive number, not “%1”.").arg(parser.value(limitOption)));
        }
    }

    const QString argument = positional.constFirst();
    const QString path = resolveProject(argument);
    if (!QFileInfo::exists(path)) {
        Project missing;
        openExisting(missing, argument, err);
        return Cli::Failure;
    }
    Project project;
    if (!project.open(path, /*readOnly=*/true)) {
        // A project from before the search index is upgraded and indexed first.
        QString error;
        if (!SearchIndex::buildNow(path, false, &error) || !project.open(path, /*readOnly=*/true)) {
            return failure(err, error.isEmpty() ? project.errorString() : error);
        }
    }
    if (parser.isSet(labelOption)) {
        const std::optional<Label> label = project.annotations()->labelByPath(parser.value(labelOption));
        if (!label) {
            return failure(err, Cli::tr("The project “%1” has no label “%2”.").arg(argument, parser.value(labelOption)));
        }
        request.mode = SearchRequest::Mode::Annotations;
        request.filter.labelIds = {label->id};
    } else if (parser.isSet(regexOption)) {
        request.mode = SearchRequest::Mode::Regex;
    }

    QString error;
    const QList<SearchHit> hits = SearchEngine::searchNow(path, request, &error);
    if (!error.isEmpty()) {
        return failure(err, error);
    }

    QString buffer;
    if (format == u"tsv"_s) {
        buffer = u"document\tstart_utf16\tend_utf16\tstart_code_point\tend_code_point\tleft\thit\tright\n"_s;
    }
    qint64 documentId = 0;
    QString sourcePath;
    QString text;
    std::optional<OffsetConverter> offsets;
    for (const SearchHit &hit : hits) {
        if (hit.documentId != documentId) {
            documentId = hit.documentId;
            sourcePath = project.documentRow(documentId).value_or(DocumentRow{}).sourcePath;
            text = project.documentText(documentId);
            offsets.emplace(text);
        }
        const qint64 startCodePoint = offsets->toCodePoints(hit.start);
        const qint64 endCodePoint = offsets->toCodePoints(hit.end);
        if (format == u"tsv"_s) {
            buffer += QStringList{tsvField(sourcePath),
                          QString::number(hit.start),
                          QString::number(hit.end),
                          QString::number(startCodePoint),
                          QString::number(endCodePoint),
                          tsvField(hit.left),
                          tsvField(hit.hit),
                          tsvField(hit.right)}
                          .join(u'\t') +
                u'\n';
        } else {
            QJsonObject object{
                {u"document"_s, sourcePath},
                {u"title"_s, hit.documentTitle},
                {u"start_utf16"_s, hit.start},
                {u"end_utf16"_s, hit.end},
                {u"start_code_point"_s, startCodePoint},
                {u"end_code_point"_s, endCodePoint},
                {u"left"_s, hit.left},
                {u"hit"_s, hit.hit},
                {u"right"_s, hit.right},
            };
            if (hit.annotationId != 0) {
                object.insert(u"annotation"_s, hit.annotationId);
            }
            buffer += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
        }
        if (buffer.size() > 64 * 1024) {
            print(out, buffer);
            buffer.clear();
        }
    }
    print(out, buffer);
    return Cli::Success;
}

// `suggest PROJECT [--lens NAME…] [--document PATH] [--format tsv|jsonl]`: the lens candidates.
int runSuggest(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption lensOption(u"lens"_s, Cli::tr("Only this lens (repeatable): its id or its name."), Cli::tr("NAME"));
    const QCommandLineOption documentOption(u"document"_s, Cli::tr("Only the document with this path."), Cli::tr("PATH"));
    const QCommandLineOption formatOption(u"format"_s, Cli::tr("Output format: tsv (default) or jsonl."), Cli::tr("FORMAT"), u"tsv"_s);
    const QCommandLineOption acceptOption(u"accept"_s, Cli::tr("Accept the suggestions as annotations, in one transaction, and print the counts."));
    parser.addOptions({lensOption, documentOption, formatOption, acceptOption});
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(err, Cli::tr("suggest needs exactly one PROJECT."));
    }
    const QString format = parser.value(formatOption);
    if (format != u"tsv"_s && format != u"jsonl"_s) {
        return usageError(err, Cli::tr("Unknown format “%1”; use tsv or jsonl.").arg(format));
    }
    LensDefinitions lenses;
    for (const QString &problem : lenses.problems()) {
        print(err, u"scholion: "_s + Cli::tr("warning: %1").arg(problem) + u'\n');
    }
    QStringList lensIds;
    for (const QString &name : parser.values(lensOption)) {
        QStringList known;
        QString found;
        for (const Lens &lens : lenses.lenses()) {
            known << lens.id;
            if (lens.id.compare(name, Qt::CaseInsensitive) == 0 || lens.title.compare(name, Qt::CaseInsensitive) == 0 ||
                lens.definitionName.compare(name, Qt::CaseInsensitive) == 0) {
                found = lens.id;
            }
        }
        if (found.isEmpty()) {
            return usageError(err, Cli::tr("Unknown lens “%1”; use one of %2.").arg(name, known.join(u", "_s)));
        }
        lensIds << found;
    }

    const QString argument = positional.constFirst();
    Project project;
    if (!openExisting(project, argument, err, /*readOnly=*/!parser.isSet(acceptOption))) {
        return Cli::Failure;
    }
    // With --accept the project is open read-write, so this process holds its lock.
    if (parser.isSet(acceptOption) && project.isReadOnly()) {
        return failure(err, Cli::tr("“%1” is not writable, so no suggestion can be accepted into it.").arg(QDir::toNativeSeparators(project.path())));
    }
    // Its own connection, read-only unless --accept: listing suggestions never writes.
    SuggestionStore rejections(project.path(), project.isReadOnly());
    if (!rejections.isOpen()) {
        return failure(err, Cli::tr("%1: %2").arg(project.path(), rejections.errorString()));
    }
    QList<qint64> documents;
    if (parser.isSet(documentOption)) {
        const QString path = QDir::fromNativeSeparators(parser.value(documentOption));
        const std::optional<qint64> id = project.documentIdForPath(path);
        if (!id) {
            return failure(err, Cli::tr("The project has no document “%1”.").arg(parser.value(documentOption)));
        }
        documents << *id;
    } else {
        for (const DocumentRow &row : project.documentRows()) {
            documents << row.id;
        }
    }

    AnnotationStore *store = project.annotations();
    lenses.followEntities(store);
    SuggestionEngine engine(lenses, *store);
    engine.setLensIds(lensIds);
    if (parser.isSet(acceptOption)) {
        QList<Suggestion> all;
        for (const qint64 documentId : std::as_const(documents)) {
            all += rejections.withoutRejected(engine.suggest(documentId, project.documentText(documentId), store->annotations(documentId)));
        }
        // One transaction: every suggestion becomes an annotation, or none does.
        if (!store->performAddMany(SuggestionStore::toAnnotations(*store, all))) {
            return failure(err, Cli::tr("%1: %2").arg(project.path(), store->errorString()));
        }
        const int made = int(all.size());
        QMap<QString, int> perLabel;
        for (const Suggestion &s : std::as_const(all)) {
            ++perLabel[store->labelPath(s.labelId)];
        }
        QString report = Cli::tr("Accepted %n suggestion(s) in one transaction.", nullptr, made) + u'\n';
        for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it) {
            report += u"%1\t%2\n"_s.arg(it.key()).arg(it.value());
        }
        print(out, report);
        return Cli::Success;
    }
    QString buffer;
    if (format == u"tsv"_s) {
        buffer = u"document\tstart_utf16\tend_utf16\tstart_code_point\tend_code_point\ttext\tlens\tlabel\tamount\tcurrency\tentity\n"_s;
    }
    for (const qint64 documentId : std::as_const(documents)) {
        const QString sourcePath = project.documentRow(documentId).value_or(DocumentRow{}).sourcePath;
        const QString text = project.documentText(documentId);
        OffsetConverter offsets(text);
        for (const Suggestion &s : rejections.withoutRejected(engine.suggest(documentId, text, store->annotations(documentId)))) {
            const qint64 startCodePoint = offsets.toCodePoints(s.start);
            const qint64 endCodePoint = offsets.toCodePoints(s.end);
            const QString label = store->labelPath(s.labelId);
            const std::optional<Entity> entity = s.entityId ? store->entity(s.entityId) : std::nullopt;
            if (format == u"tsv"_s) {
                buffer += QStringList{tsvField(sourcePath),
                              QString::number(s.start),
                              QString::number(s.end),
                              QString::number(startCodePoint),
                              QString::number(endCodePoint),
                              tsvField(s.text),
                              s.lensId,
                              tsvField(label),
                              s.amount,
                              s.currency,
                              tsvField(entity ? entity->name : QString())}
                              .join(u'\t') +
                    u'\n';
            } else {
                QJsonObject object{
                    {u"document"_s, sourcePath},
                    {u"start_utf16"_s, s.start},
                    {u"end_utf16"_s, s.end},
                    {u"start_code_point"_s, startCodePoint},
                    {u"end_code_point"_s, endCodePoint},
                    {u"text"_s, s.text},
                    {u"lens"_s, s.lensId},
                    {u"label"_s, label},
                };
                if (!s.amount.isEmpty()) {
                    object.insert(u"amount"_s, s.amount);
                }
                if (!s.currency.isEmpty()) {
                    object.insert(u"currency"_s, s.currency);
                }
                if (entity) {
                    object.insert(u"entity"_s, entity->name);
                    object.insert(u"entity_id"_s, entity->id);
                }
                buffer += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
            }
            if (buffer.size() > 64 * 1024) {
                print(out, buffer);
                buffer.clear();
            }
        }
    }
    print(out, buffer);
    return Cli::Success;
}

// The export a SIGINT should cancel; read by the signal handler.
ExportEngine *volatile s_runningExport = nullptr;

extern "C" void cancelExportOnSignal(int)
{
    if (ExportEngine *engine = s_runningExport) {
        engine->cancel(); // an atomic store: safe in a signal handler
    }
}

// `export PROJECT --format F --out PATH …`: the export engine of the dialog, on this thread.
int runExportCommand(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(u"format"_s, Cli::tr("The format."), Cli::tr("F"));
    const QCommandLineOption outOption(u"out"_s, Cli::tr("The file or folder to write."), Cli::tr("PATH"));
    const QCommandLineOption labelsOption(u"labels"_s, Cli::tr("Only these labels (and the labels below them)."), Cli::tr("L,…"));
    const QCommandLineOption statusOption(u"status"_s, Cli::tr("Only documents with this status."), Cli::tr("S"));
    const QCommandLineOption documentsOption(u"documents"_s, Cli::tr("Only documents whose path matches."), Cli::tr("GLOB"));
    const QCommandLineOption unlinkedOption(u"include-unlinked"_s, Cli::tr("Also list entities no exported span mentions."));
    const QCommandLineOption bomOption(u"bom"_s, Cli::tr("Start CSV files with a UTF-8 BOM."));
    const QCommandLineOption quietOption({u"q"_s, u"quiet"_s}, Cli::tr("Print no progress."));
    parser.addOptions({formatOption, outOption, labelsOption, statusOption, documentsOption, unlinkedOption, bomOption, quietOption});
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(formatOption) || !parser.isSet(outOption)) {
        return usageError(err, Cli::tr("export needs a PROJECT, --format F and --out PATH."));
    }
    QStringList formatKeys;
    for (const ExportFormat format : ExportFormats::all()) {
        formatKeys += ExportFormats::key(format);
    }
    const std::optional<ExportFormat> format = ExportFormats::fromKey(parser.value(formatOption));
    if (!format) {
        return usageError(err, Cli::tr("Unknown format “%1”; use one of %2.").arg(parser.value(formatOption), formatKeys.join(u", "_s)));
    }
    ExportOptions options;
    options.format = *format;
    options.outputPath = QFileInfo(parser.value(outOption)).absoluteFilePath();
    options.documentGlob = parser.value(documentsOption);
    options.includeUnlinkedEntities = parser.isSet(unlinkedOption);
    options.csvBom = parser.isSet(bomOption);
    if (parser.isSet(labelsOption)) {
        options.labels = parser.value(labelsOption).split(u',', Qt::SkipEmptyParts);
    }
    if (parser.isSet(statusOption)) {
        static const QHash<QString, DocumentStatus> statuses{
            {u"new"_s, DocumentStatus::New},
            {u"in-progress"_s, DocumentStatus::InProgress},
            {u"done"_s, DocumentStatus::Done},
            {u"needs-review"_s, DocumentStatus::NeedsReview},
        };
        const auto it = statuses.constFind(parser.value(statusOption));
        if (it == statuses.cend()) {
            return usageError(err, Cli::tr("Unknown status “%1”; use new, in-progress, done or needs-review.").arg(parser.value(statusOption)));
        }
        options.status = *it;
    }
    const QString argument = positional.constFirst();
    options.projectPath = resolveProject(argument);
    if (!QFileInfo::exists(options.projectPath)) {
        if (QFileInfo(argument).isDir()) {
            return failure(err, Cli::tr("The folder “%1” has no Scholion project yet; import it first with “scholion import %1”.").arg(argument));
        }
        return failure(err, Cli::tr("The project “%1” does not exist.").arg(argument));
    }

    ExportEngine engine;
    const bool showProgress = !parser.isSet(quietOption) && isatty(fileno(err));
    if (showProgress) {
        QObject::connect(&engine, &ExportEngine::progress, &engine, [err](const ExportProgress &progress) {
            print(err, u"\r\x1b[K"_s + Cli::tr("Exporting %1/%2 documents").arg(progress.documentsDone).arg(progress.documentsTotal));
        });
    }
    s_runningExport = &engine;
    auto previousInt = std::signal(SIGINT, cancelExportOnSignal);
    auto previousTerm = std::signal(SIGTERM, cancelExportOnSignal);
    const ExportResult result = engine.run(options);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    s_runningExport = nullptr;
    if (showProgress) {
        print(err, u"\r\x1b[K"_s);
    }
    if (result.outcome != ExportResult::Outcome::Completed) {
        return failure(err, result.error);
    }
    QString summary = Cli::tr("Exported %1 documents, %2 annotations and %3 relations to %4.")
                          .arg(result.documents)
                          .arg(result.spans)
                          .arg(result.relations)
                          .arg(result.outputPath) +
        u'\n';
    if (result.droppedSpans > 0) {
        summary += Cli::tr("%1 overlapping spans could not be represented and were left out (the outermost span wins).").arg(result.droppedSpans) + u'\n';
    }
    print(out, summary);
    return Cli::Success;
}
// `restore PROJECT [--list] [--backup FILE]`: an automatic backup back in place.
int runRestore(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption listOption(u"list"_s, Cli::tr("List the automatic backups."));
    const QCommandLineOption backupOption(u"backup"_s, Cli::tr("The backup to restore (default: the latest)."), Cli::tr("FILE"));
    parser.addOptions({listOption, backupOption});
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(err, Cli::tr("restore needs exactly one PROJECT."));
    }
    const QString argument = positional.constFirst();
    const QString path = QFileInfo(resolveProject(argument)).absoluteFilePath();
    const QList<BackupInfo> backups = ProjectBackup::list(path);
    if (parser.isSet(listOption)) {
        QString text;
        for (const BackupInfo &backup : backups) {
            text += u"%1\t%2\t%3\n"_s.arg(QDir::toNativeSeparators(backup.path), backup.time.toString(Qt::ISODate)).arg(backup.size);
        }
        print(out, text);
        return Cli::Success;
    }
    QString backupPath;
    if (parser.isSet(backupOption)) {
        backupPath = QFileInfo(parser.value(backupOption)).absoluteFilePath();
        if (!QFileInfo(backupPath).isFile()) {
            return failure(err, Cli::tr("The backup “%1” does not exist.").arg(parser.value(backupOption)));
        }
    } else if (backups.isEmpty()) {
        return failure(err,
            Cli::tr("There is no automatic backup of “%1” (looked in “%2”).").arg(path, QDir::toNativeSeparators(ProjectBackup::backupFolder(path))));
    } else {
        backupPath = backups.constFirst().path;
    }
    QString keptAs;
    QString error;
    if (!ProjectBackup::restore(path, backupPath, &keptAs, &error)) {
        return failure(err, error);
    }
    QString text = Cli::tr("Restored “%1” from “%2”.").arg(path, QDir::toNativeSeparators(backupPath)) + u'\n';
    if (!keptAs.isEmpty()) {
        text += Cli::tr("The previous file was kept as “%1”.").arg(QDir::toNativeSeparators(keptAs)) + u'\n';
    }
    print(out, text);
    return Cli::Success;
}
} // namespace

QString Cli::helpText()
{
    return tr("Usage: scholion [options] [FOLDER | PROJECT]\n"
              "       scholion import FOLDER [--project FILE]\n"
              "       scholion import PATH --format brat|jsonl|doccano|qdpx|conll [--project FILE]\n"
              "       scholion info PROJECT [--json]\n"
              "       scholion dump PROJECT --document PATH\n"
              "       scholion search PROJECT QUERY [--regex] [--label L] [--limit N] [--format tsv|jsonl]\n"
              "       scholion export PROJECT --format F --out PATH [--labels L,…] [--status S]\n"
              "                       [--documents GLOB] [--include-unlinked] [--bom]\n"
              "\n"
              "Scholion reads a corpus folder of articles (.txt, .md, .html) into a project and lets you\n"
              "annotate it. Without a command it opens the window; FOLDER is a corpus folder to open\n"
              "(imported on the way), PROJECT a project file (.sqlite).\n"
              "\n"
              "Commands (no window):\n"
              "  import FOLDER      Import or re-import FOLDER and print the import report. The project is\n"
              "                     FOLDER/.scholion/project.sqlite unless --project FILE is given.\n"
              "                     Exits 0 when the import completed, even if files were skipped.\n"
              "                     With --format, PATH is an annotated set (a brat folder, a JSONL,\n"
              "                     doccano JSONL, REFI-QDA .qdpx or CoNLL file): it is imported into\n"
              "                     --project FILE, or into a new project (see README \"Import\"), all\n"
              "                     or nothing, and the counts are printed.\n"
              "  info PROJECT       Print the schema version and the numbers of documents, annotations,\n"
              "                     labels, entities and relations. PROJECT may be the corpus folder.\n"
              "  dump PROJECT       Print the canonical text of the document whose path (relative to the\n"
              "                     corpus folder) is given with --document.\n"
              "  search PROJECT QUERY\n"
              "                     Print the hits of QUERY: words, \"phrases\", prefix*, AND, OR, NOT,\n"
              "                     NEAR(a b, N), parentheses. --regex: QUERY is a regular expression.\n"
              "                     --label L: annotations labelled L or below (QUERY may be left out).\n"
              "                     --case-sensitive, --whole-words, --limit N. One hit per line: the\n"
              "                     document's path, UTF-16 and code-point offsets (end exclusive), left\n"
              "                     context, hit, right context; TSV (\\t \\n \\\\ escaped) or --format jsonl.\n"
              "  export PROJECT     Write the annotated documents to PATH as F: jsonl, doccano, brat (a\n"
              "                     folder), csv (a folder), conll-iob2, conll-bioes, webanno, qdpx or html.\n"
              "                     --labels takes label names or paths (with the labels below them),\n"
              "                     --status new|in-progress|done|needs-review, --documents a path glob.\n"
              "                     Nothing is written unless the whole export succeeds.\n"
              "\n"
              "Options:\n"
              "  -h, --help         Show this help.\n"
              "  -v, --version      Show the version.\n"
              "  --sample           Open the bundled sample corpus.\n"
              "  --screenshot FILE  Open FOLDER or PROJECT, render the window to FILE (PNG) and quit.\n"
              "\n"
              "Exit codes: 0 success, 1 unusable folder, project or document, 2 wrong command line.\n") +
        // A string of its own, so that the translations of the text above stay valid.
        tr("\n"
           "       scholion suggest PROJECT [--lens NAME…] [--document PATH] [--format tsv|jsonl] [--accept]\n"
           "                     Print what the lenses (quotes, money, dates, known actors, your own)\n"
           "                     suggest annotating: the document's path, UTF-16 and code-point offsets,\n"
           "                     text, lens, proposed label, parsed amount and currency, entity; without\n"
           "                     what is annotated or was rejected. --lens NAME (repeatable), --document\n"
           "                     PATH. --accept: annotate them all in one transaction, print the counts.\n") +
        tr("\n"
           "       scholion restore PROJECT [--list] [--backup FILE]\n"
           "                     Put the latest automatic backup (or FILE) in place of PROJECT, e.g. when\n"
           "                     it is damaged. Nothing is deleted: the current file is kept beside it as\n"
           "                     project.sqlite.damaged-DATE. --list: print the backups, newest first\n"
           "                     (path, time in UTC, bytes). A window keeps up to %1 backups in the\n"
           "                     backups/ folder beside the project, one per hour of work at most.\n")
            .arg(ProjectBackup::MaxBackups);
}

bool Cli::isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    if (kCommands.contains(arguments.at(1))) {
        return true;
    }
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h"_s || argument == u"--help"_s || argument == u"-v"_s || argument == u"--version"_s || argument == u"--help-all"_s) {
            return true;
        }
    }
    return false;
}

int Cli::run(const QStringList &arguments, FILE *out, FILE *err)
{
    const QString command = arguments.value(1);
    if (command == u"import"_s) {
        return runImport(arguments, out, err);
    }
    if (command == u"info"_s) {
        return runInfo(arguments, out, err);
    }
    if (command == u"dump"_s) {
        return runDump(arguments, out, err);
    }
    if (command == u"search"_s) {
        return runSearch(arguments, out, err);
    }
    if (command == u"export"_s) {
        return runExportCommand(arguments, out, err);
    }
    if (command == u"suggest"_s) {
        return runSuggest(arguments, out, err);
    }
    if (command == u"restore"_s) {
        return runRestore(arguments, out, err);
    }
    if (arguments.contains(u"-v"_s) || arguments.contains(u"--version"_s)) {
        print(out, u"scholion %1\n"_s.arg(QStringLiteral(SCHOLION_VERSION_STRING)));
        return Success;
    }
    print(out, helpText());
    return Success;
}

int Cli::runImport(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(u"project"_s, tr("The project file."), tr("FILE"));
    const QCommandLineOption quietOption({u"q"_s, u"quiet"_s}, tr("Print no progress."));
    const QCommandLineOption formatOption(u"format"_s, tr("Import an annotated set of this format."), tr("FORMAT"));
    parser.addOptions({projectOption, quietOption, formatOption});
    parser.addPositionalArgument(u"FOLDER"_s, tr("The corpus folder."));
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments(); // parse() took "import" for the program name
    if (positional.size() != 1) {
        return usageError(err, tr("import needs exactly one FOLDER."));
    }
    if (parser.isSet(formatOption)) {
        return runImportSet(positional.constFirst(), parser.value(formatOption), parser.value(projectOption), parser.isSet(quietOption), out, err);
    }
    const QString folder = positional.constFirst();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        return failure(err, tr("The folder “%1” does not exist.").arg(folder));
    }
    if (!folderInfo.isDir()) {
        return failure(err, tr("“%1” is not a folder.").arg(folder));
    }

    ImportOptions options;
    options.corpusRoot = folderInfo.canonicalFilePath();
    bool fallback = false;
    options.projectPath =
        parser.isSet(projectOption) ? QFileInfo(parser.value(projectOption)).absoluteFilePath() : Project::projectPathForCorpus(folder, &fallback);
    if (fallback) {
        print(err, tr("The folder “%1” is read-only; its project is kept in “%2”.").arg(folder, options.projectPath) + u'\n');
    }
    ProjectLock lock(options.projectPath);
    if (!lockForWriting(lock, err) || refuseDamaged(options.projectPath, err)) {
        return Failure;
    }

    CorpusImporter importer(options);
    const bool showProgress = !parser.isSet(quietOption) && isatty(fileno(err));
    if (showProgress) {
        QObject::connect(&importer, &CorpusImporter::progress, &importer, [err](const ImportProgress &progress) {
            const QLocale locale;
            QString line;
            if (progress.phase == ImportProgress::Phase::Scanning) {
                line = tr("Scanning: %1 files").arg(progress.filesTotal);
            } else if (!progress.totalsKnown) {
                line = tr("Importing %1 files, %2 (counting: %3 so far)")
                           .arg(progress.filesDone)
                           .arg(locale.formattedDataSize(progress.bytesDone, 1, QLocale::DataSizeTraditionalFormat))
                           .arg(progress.filesTotal);
            } else {
                line = tr("Importing %1/%2 files, %3/%4")
                           .arg(progress.filesDone)
                           .arg(progress.filesTotal)
                           .arg(locale.formattedDataSize(progress.bytesDone, 1, QLocale::DataSizeTraditionalFormat),
                               locale.formattedDataSize(progress.bytesTotal, 1, QLocale::DataSizeTraditionalFormat));
            }
            print(err, u"\r\x1b[K"_s + line);
        });
    }
    s_runningImporter = &importer;
    auto previousInt = std::signal(SIGINT, cancelOnSignal);
    auto previousTerm = std::signal(SIGTERM, cancelOnSignal);
    const ImportReport report = importer.run();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    s_runningImporter = nullptr;
    if (report.outcome == ImportReport::Outcome::Completed) {
        QString indexError;
        const auto indexProgress = [err](qint64 done, qint64 total) {
            print(err, u"\r\x1b[K"_s + tr("Indexing for search: %1/%2 documents").arg(done).arg(total));
        };
        if (!SearchIndex::buildNow(options.projectPath, false, &indexError, showProgress ? indexProgress : std::function<void(qint64, qint64)>())) {
            print(err, indexError + u'\n'); // searching builds it later
        }
    }
    if (showProgress) {
        print(err, u"\r\x1b[K"_s);
    }

    print(out, report.toText());
    switch (report.outcome) {
    case ImportReport::Outcome::Completed:
        return Success;
    case ImportReport::Outcome::Cancelled:
        print(err, tr("Import cancelled; the documents imported so far are kept.") + u'\n');
        return Failure;
    case ImportReport::Outcome::Failed:
    case ImportReport::Outcome::Running:
        break;
    }
    return failure(err, report.error);
}

int Cli::runInfo(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    parser.addOption(jsonOption);
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(err, tr("info needs exactly one PROJECT."));
    }
    Project project;
    if (!openExisting(project, positional.constFirst(), err)) {
        return Failure;
    }
    const ProjectCounts counts = project.counts();
    const std::optional<ImportReport> last = project.lastImportReport();
    if (parser.isSet(jsonOption)) {
        QJsonObject object{
            {u"project"_s, project.path()},
            {u"corpusRoot"_s, project.corpusRoot()},
            {u"schemaVersion"_s, counts.schemaVersion},
            {u"documents"_s, counts.documents},
            {u"missingDocuments"_s, counts.missingDocuments},
            {u"annotations"_s, counts.annotations},
            {u"labels"_s, counts.labels},
            {u"entities"_s, counts.entities},
            {u"relations"_s, counts.relations},
        };
        if (last) {
            object.insert(u"lastImport"_s, last->toJson());
        }
        print(out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString text;
    text += tr("Project:        %1").arg(project.path()) + u'\n';
    text += tr("Corpus folder:  %1").arg(project.corpusRoot()) + u'\n';
    text += tr("Schema version: %1").arg(counts.schemaVersion) + u'\n';
    text += tr("Documents:      %1 (%2 missing)").arg(counts.documents).arg(counts.missingDocuments) + u'\n';
    text += tr("Annotations:    %1").arg(counts.annotations) + u'\n';
    text += tr("Labels:         %1").arg(counts.labels) + u'\n';
    text += tr("Entities:       %1").arg(counts.entities) + u'\n';
    text += tr("Relations:      %1").arg(counts.relations) + u'\n';
    if (last) {
        text += tr("Last import:    %1, %2").arg(ImportReport::outcomeName(last->outcome), last->summary()) + u'\n';
    }
    print(out, text);
    return Success;
}

int Cli::runDump(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption documentOption(u"document"_s, tr("The document's path relative to the corpus folder."), tr("PATH"));
    parser.addOption(documentOption);
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(documentOption)) {
        return usageError(err, tr("dump needs a PROJECT and --document PATH."));
    }
    Project project;
    if (!openExisting(project, positional.constFirst(), err)) {
        return Failure;
    }
    QString path = QDir::fromNativeSeparators(parser.value(documentOption));
    // An absolute path inside the corpus folder works too.
    if (QFileInfo(path).isAbsolute() && !project.corpusRoot().isEmpty()) {
        path = QDir(project.corpusRoot()).relativeFilePath(QFileInfo(path).canonicalFilePath().isEmpty() ? path : QFileInfo(path).canonicalFilePath());
    }
    const std::optional<qint64> id = project.documentIdForPath(path);
    if (!id) {
        return failure(err, tr("The project has no document “%1”.").arg(parser.value(documentOption)));
    }
    print(out, project.documentText(*id));
    return Success;
}

} // namespace Scholion::App
