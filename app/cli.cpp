// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <models/corpusimporter.h>
#include <models/importreport.h>
#include <models/project.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::App
{

namespace
{
const QStringList kCommands = {u"import"_s, u"info"_s, u"dump"_s};

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

bool openExisting(Project &project, const QString &argument, FILE *err)
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
    if (!project.open(path, /*readOnly=*/true)) {
        failure(err, project.errorString());
        return false;
    }
    return true;
}
} // namespace

QString Cli::helpText()
{
    return tr("Usage: scholion [options] [FOLDER | PROJECT]\n"
              "       scholion import FOLDER [--project FILE]\n"
              "       scholion info PROJECT [--json]\n"
              "       scholion dump PROJECT --document PATH\n"
              "\n"
              "Scholion reads a corpus folder of articles (.txt, .md, .html) into a project and lets you\n"
              "annotate it. Without a command it opens the window; FOLDER is a corpus folder to open\n"
              "(imported on the way), PROJECT a project file (.sqlite).\n"
              "\n"
              "Commands (no window):\n"
              "  import FOLDER      Import or re-import FOLDER and print the import report. The project is\n"
              "                     FOLDER/.scholion/project.sqlite unless --project FILE is given.\n"
              "                     Exits 0 when the import completed, even if files were skipped.\n"
              "  info PROJECT       Print the schema version and the numbers of documents, annotations,\n"
              "                     labels, entities and relations. PROJECT may be the corpus folder.\n"
              "  dump PROJECT       Print the canonical text of the document whose path (relative to the\n"
              "                     corpus folder) is given with --document.\n"
              "\n"
              "Options:\n"
              "  -h, --help         Show this help.\n"
              "  -v, --version      Show the version.\n"
              "  --sample           Open the bundled sample corpus.\n"
              "  --screenshot FILE  Open FOLDER or PROJECT, render the window to FILE (PNG) and quit.\n"
              "\n"
              "Exit codes: 0 success, 1 unusable folder, project or document, 2 wrong command line.\n");
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
    parser.addOptions({projectOption, quietOption});
    parser.addPositionalArgument(u"FOLDER"_s, tr("The corpus folder."));
    if (!parser.parse(arguments.mid(1))) {
        return usageError(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments(); // parse() took "import" for the program name
    if (positional.size() != 1) {
        return usageError(err, tr("import needs exactly one FOLDER."));
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

    CorpusImporter importer(options);
    const bool showProgress = !parser.isSet(quietOption) && isatty(fileno(err));
    if (showProgress) {
        QObject::connect(&importer, &CorpusImporter::progress, &importer, [err](const ImportProgress &progress) {
            const QLocale locale;
            QString line;
            if (progress.phase == ImportProgress::Phase::Scanning) {
                line = tr("Scanning: %1 files").arg(progress.filesTotal);
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
