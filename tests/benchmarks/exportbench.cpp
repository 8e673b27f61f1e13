// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PRODUCT.md §6 target T9: export 100k documents with 1M annotations to JSONL (< 10 s) and
// brat (< 20 s), streaming (peak RSS < 150 MB), next to the raw scan of the same rows measured
// in the same run (the ratio is what stays comparable across machines).
//
//   exportbench [--quick] [--keep DIR]
//
// Setup (not measured): a project with generated news-like articles (tests/models/testcorpus.h)
// and 10 annotations per document on word boundaries over 20 labels (annotationgenerator.h), written straight into the schema in one
// transaction. Each measurement then runs in a fresh process (this program with --probe), so
// its peak RSS (VmHWM) is its own: the raw scan (documents, texts and annotations read through
// QtSql and touched, nothing written), the JSONL export and the brat export through
// ExportEngine, exactly as `scholion export` runs it.
//
// Prints a Markdown table to stdout. --quick (CI smoke): 2,000 documents, 20,000 annotations.
// Exit codes: 0 measured (rows may say FAIL: timing never fails the run), 1 bad arguments,
// 2 the data is wrong (an export failed or exported other counts than the project holds).

#include "../models/testcorpus.h"
#include "annotationgenerator.h"

#include <models/annotationstore.h>
#include <models/export/exportengine.h>
#include <models/projectdatabase.h>
#include <models/transaction.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{
constexpr int ExitBadArguments = 1;
constexpr int ExitDataWrong = 2;
constexpr int SpansPerDocument = 10;

qint64 statusKb(QByteArrayView field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(field.size()).simplified().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

qint64 sizeOf(const QString &path)
{
    if (QFileInfo(path).isFile()) {
        return QFileInfo(path).size();
    }
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += it.nextFileInfo().size();
    }
    return total;
}

bool generate(const QString &projectPath, int documents)
{
    ProjectDatabase db;
    if (!db.open(projectPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return false;
    }
    {
        AnnotationStore store(&db);
        if (!store.ensureDefaultSchema()) {
            return false;
        }
    }
    QSqlDatabase sql = db.database();
    using Scholion::Bench::FewLabels;
    const QList<qint64> labels = Scholion::Bench::ensureLabels(projectPath, FewLabels); // the schema's and generated ones
    if (labels.size() != FewLabels) {
        std::fprintf(stderr, "exportbench: cannot give the project %d labels\n", FewLabels);
        return false;
    }
    Transaction transaction(sql);
    QSqlQuery document(sql);
    document.prepare(
        u"INSERT INTO documents (source_path, format, title, text_length_utf16, source_size, source_mtime_ms, source_sha256, source_encoding, "
        "line_endings, imported_at, updated_at) VALUES (?, 'text', ?, ?, ?, 0, '', 'UTF-8', 'lf', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s);
    QSqlQuery text(sql);
    text.prepare(u"INSERT INTO document_texts (document_id, text) VALUES (?, ?)"_s);
    QSqlQuery annotation(sql);
    annotation.prepare(u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, author, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'bench', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s);
    for (int i = 0; i < documents; ++i) {
        const QString body = QString::fromUtf8(Scholion::Tests::generatedArticle(i, 1500));
        document.addBindValue(u"d%1/article-%2.txt"_s.arg(i / 1000).arg(i));
        document.addBindValue(u"Article %1"_s.arg(i));
        document.addBindValue(body.size());
        document.addBindValue(body.toUtf8().size());
        if (!document.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(document.lastError().text()));
            return false;
        }
        const qint64 id = document.lastInsertId().toLongLong();
        text.addBindValue(id);
        text.addBindValue(body);
        if (!text.exec()) {
            return false;
        }
        // Spans on whole words, spread over the text; some nest inside the one before.
        qsizetype from = 0;
        for (int s = 0; s < SpansPerDocument; ++s) {
            const qsizetype start = body.indexOf(u' ', from + qsizetype((i * 7 + s * 13) % 90)) + 1;
            const qsizetype end = start > 0 ? body.indexOf(u' ', start + 3) : -1;
            if (start <= 0 || end <= start) {
                break;
            }
            annotation.addBindValue(id);
            annotation.addBindValue(labels.at((i + s) % labels.size()));
            annotation.addBindValue(start);
            annotation.addBindValue(end);
            annotation.addBindValue(body.mid(start, end - start));
            if (!annotation.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(annotation.lastError().text()));
                return false;
            }
            from = (s % 3 == 2) ? start : end;
        }
    }
    return transaction.commit();
}

// --probe scan|jsonl|brat PROJECT OUT: one measurement in this fresh process.
int probe(const QString &what, const QString &projectPath, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    qint64 bytes = 0;
    if (what == u"scan"_s) {
        ProjectDatabase db;
        if (!db.open(projectPath, ProjectDatabase::Access::ReadOnly)) {
            return ExitDataWrong;
        }
        QSqlQuery documents(db.database());
        documents.setForwardOnly(true);
        documents.exec(u"SELECT d.id, d.source_path, d.title, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id ORDER BY d.source_path"_s);
        while (documents.next()) {
            bytes += documents.value(3).toString().size() + documents.value(1).toString().size();
        }
        QSqlQuery annotations(db.database());
        annotations.setForwardOnly(true);
        annotations.exec(u"SELECT id, document_id, label_id, start_utf16, end_utf16, quote, author FROM annotations ORDER BY document_id, start_utf16"_s);
        while (annotations.next()) {
            bytes += annotations.value(5).toString().size();
            ++rows;
        }
    } else {
        ExportOptions options;
        options.projectPath = projectPath;
        options.format = what == u"brat"_s ? ExportFormat::Brat : ExportFormat::Jsonl;
        options.outputPath = out;
        ExportEngine engine;
        const ExportResult result = engine.run(options);
        if (result.outcome != ExportResult::Outcome::Completed) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return ExitDataWrong;
        }
        rows = result.spans;
        bytes = sizeOf(out);
    }
    std::printf("%lld %lld %lld %lld\n", qint64(timer.nsecsElapsed()), rows, bytes, statusKb("VmHWM:"));
    return 0;
}

struct Measurement {
    double seconds = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 peakKb = 0;
    double userSeconds = 0; ///< CPU time of the probe process
    double systemSeconds = 0; ///< of which in the kernel: file creation varies several-fold on the machines of these sessions
    bool ok = false;
};

Measurement measure(const QString &what, const QString &projectPath, const QString &out)
{
    // What earlier steps wrote (the generated project, the previous export, another benchmark's
    // corpus) goes to the disk first: its writeback would otherwise land in this measurement.
    // The export's own flush of its output is measured.
    ::sync();
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), {u"--probe"_s, what, projectPath, out});
    process.waitForFinished(-1);
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    Measurement m;
    m.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && fields.size() == 4;
    if (m.ok) {
        m.seconds = fields.at(0).toDouble() / 1e9;
        m.rows = fields.at(1).toLongLong();
        m.bytes = fields.at(2).toLongLong();
        m.peakKb = fields.at(3).toLongLong();
    }
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    m.userSeconds = seconds(after.ru_utime) - seconds(before.ru_utime);
    m.systemSeconds = seconds(after.ru_stime) - seconds(before.ru_stime);
    return m;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--probe"_s && args.size() == 5) {
        return probe(args.at(2), args.at(3), args.at(4));
    }
    bool quick = false;
    QString keep;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--quick"_s) {
            quick = true;
        } else if (args.at(i) == u"--keep"_s && i + 1 < args.size()) {
            keep = args.at(++i);
        } else {
            std::fprintf(stderr, "usage: exportbench [--quick] [--keep DIR]\n");
            return ExitBadArguments;
        }
    }
    const int documents = quick ? 2000 : 100000;
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(dir);
    const QString project = QDir(dir).filePath(u"bench.sqlite"_s);
    QFile::remove(project);
    QElapsedTimer setup;
    setup.start();
    if (!generate(project, documents)) {
        std::fprintf(stderr, "exportbench: cannot generate the project\n");
        return ExitDataWrong;
    }
    ProjectDatabase db;
    db.open(project, ProjectDatabase::Access::ReadOnly);
    QSqlQuery count(u"SELECT COUNT(*) FROM annotations"_s, db.database());
    const qint64 annotations = count.next() ? count.value(0).toLongLong() : 0;
    db.close();
    std::fprintf(stderr, "exportbench: %d documents, %lld annotations generated in %.1f s\n", documents, annotations, double(setup.elapsed()) / 1000);

    const Measurement scan = measure(u"scan"_s, project, QString());
    const QString jsonlOut = QDir(dir).filePath(u"export.jsonl"_s);
    const QString bratOut = QDir(dir).filePath(u"brat"_s);
    QFile::remove(jsonlOut);
    QDir(bratOut).removeRecursively();
    const Measurement jsonl = measure(u"jsonl"_s, project, jsonlOut);
    const Measurement brat = measure(u"brat"_s, project, bratOut);
    if (!scan.ok || !jsonl.ok || !brat.ok || scan.rows != annotations || jsonl.rows != annotations || brat.rows != annotations) {
        std::fprintf(stderr, "exportbench: a run failed or exported other counts than the project holds (%lld annotations)\n", annotations);
        return ExitDataWrong;
    }
    // The targets are for 100k documents; a smaller run scales them.
    const double scale = double(documents) / 100000.0;
    auto row = [&](const char *name, const Measurement &m, double targetSeconds) {
        const double mbPerSecond = double(m.bytes) / 1e6 / std::max(m.seconds, 1e-9);
        const bool pass = targetSeconds <= 0 || (m.seconds <= targetSeconds * scale && m.peakKb < 150 * 1024);
        std::printf("| %s | %.2f s (CPU %.1f s user, %.1f s system) | %.1f× | %.1f MB, %.0f MB/s | %.0f MB | %s |\n",
            name,
            m.seconds,
            m.userSeconds,
            m.systemSeconds,
            m.seconds / std::max(scan.seconds, 1e-9),
            double(m.bytes) / 1e6,
            mbPerSecond,
            double(m.peakKb) / 1024,
            targetSeconds <= 0 ? "reference" : (pass ? "PASS" : "FAIL"));
    };
    std::printf("T9 on %d documents with %lld annotations%s.\n\n", documents, annotations, quick ? " (quick run; targets scaled)" : "");
    std::printf("| run | time | × scan | output | peak RSS | target (JSONL < 10 s, brat < 20 s, RSS < 150 MB) |\n|---|---|---|---|---|---|\n");
    row("raw scan query (documents, texts, annotations)", scan, 0);
    row("export JSONL", jsonl, 10);
    row("export brat", brat, 20);
    return 0;
}
