// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An export killed with `kill -9` never leaves a partial export at its destination: the real
// `scholion export` (JSONL, a REFI-QDA .qdpx archive and a brat folder) is killed at 50
// deterministic points. After each kill the destination holds either what it held before (no
// file, or the complete previous export) or the complete new export, equal to that of a run left
// to finish; nothing else visible is left beside it, only hidden parts of killed runs, which
// the next export to the same destination removes.

#include "../models/testcorpus.h"
#include "killharness.h"

#include <models/corpusimporter.h>

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;
using namespace Scholion::Tests::Kill;

namespace
{
constexpr int kKills = 50;
constexpr int kDocuments = 300;
constexpr int kArticleBytes = 3000;

// What an export holds: file (or archive entry) paths and their bytes.
using Content = QMap<QString, QByteArray>;

void readArchiveDirectory(const KArchiveDirectory *directory, const QString &prefix, Content *content)
{
    for (const QString &name : directory->entries()) {
        const KArchiveEntry *entry = directory->entry(name);
        if (entry->isDirectory()) {
            readArchiveDirectory(static_cast<const KArchiveDirectory *>(entry), prefix + name + u'/', content);
        } else {
            content->insert(prefix + name, static_cast<const KArchiveFile *>(entry)->data());
        }
    }
}

// The content of an export at \a path: nullopt when there is none; an entry "!broken" when it cannot be read whole.
std::optional<Content> readExport(const QString &path, const QString &format)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return std::nullopt;
    }
    Content content;
    if (format == u"brat"_s) {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            content.insert(QDir(path).relativeFilePath(file), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("!unreadable"));
        }
    } else if (format == u"qdpx"_s) {
        KZip zip(path);
        if (!zip.open(QIODevice::ReadOnly)) {
            content.insert(u"!broken"_s, zip.errorString().toUtf8());
        } else {
            readArchiveDirectory(zip.directory(), {}, &content);
        }
    } else {
        QFile f(path);
        content.insert(u"."_s, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("!unreadable"));
    }
    return content;
}

QString describe(const std::optional<Content> &content)
{
    if (!content) {
        return u"nothing"_s;
    }
    qint64 bytes = 0;
    for (const QByteArray &b : *content) {
        bytes += b.size();
    }
    return u"%1 files, %2 bytes"_s.arg(content->size()).arg(bytes);
}

struct Format {
    QString key; // --format
    QString target; // file or folder name in the output folder
};
const std::array<Format, 3> kFormats{{{u"jsonl"_s, u"export.jsonl"_s}, {u"qdpx"_s, u"export.qdpx"_s}, {u"brat"_s, u"brat"_s}}};

} // namespace

class KillExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_corpus;
    QString m_out;
    // A complete export per format and variant (0: everything, 1: the Quote label only), and how long it took.
    QMap<QString, Content> m_reference;
    QMap<QString, qint64> m_durationMs;

    QStringList exportArguments(const Format &format, int variant, const QString &path) const
    {
        QStringList arguments{u"export"_s, m_corpus, u"--format"_s, format.key, u"--out"_s, path, u"--quiet"_s};
        if (variant == 1) {
            arguments << u"--labels"_s << u"Quote"_s;
        }
        return arguments;
    }

    static QString key(const Format &format, int variant) { return format.key + u'/' + QString::number(variant); }

    // The entries of the output folder: those anyone sees, and the hidden parts of killed runs.
    void listOutput(QStringList *visible, QStringList *parts)
    {
        const QFileInfoList entries = QDir(m_out).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            if (!name.startsWith(u'.')) {
                *visible << name;
                continue;
            }
            bool known = false;
            for (const Format &format : kFormats) {
                known = known || name.startsWith(u'.' + format.target + u".part-"_s);
            }
            QVERIFY2(known, qPrintable(u"a hidden entry that is no export's part: "_s + name));
            *parts << name;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SCHOLION_BINARY)).isExecutable(), SCHOLION_BINARY);
        m_environment = isolatedEnvironment(m_dir.filePath(u"home"_s));
        m_environment.insert(u"SOURCE_DATE_EPOCH"_s, u"1767225600"_s); // the same bytes every time
        QVERIFY(QDir().mkpath(m_dir.filePath(u"tmp"_s)));
        m_environment.insert(u"TMPDIR"_s, m_dir.filePath(u"tmp"_s)); // what a killed exporter leaves there stays in the test's folder
        QVERIFY(QDir().mkpath(m_dir.filePath(u"corpus"_s)));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"reference"_s)));
        m_corpus = QFileInfo(m_dir.filePath(u"corpus"_s)).canonicalFilePath();
        m_out = QFileInfo(m_dir.filePath(u"out"_s)).canonicalFilePath();
        for (int i = 0; i < kDocuments; ++i) {
            QVERIFY(writeFile(m_corpus, u"part-%1/article-%2.txt"_s.arg(i / 50).arg(i, 4, 10, QChar(u'0')), generatedArticle(900 + i, kArticleBytes)));
        }
        ImportOptions options;
        options.corpusRoot = m_corpus;
        options.projectPath = QDir(m_corpus).filePath(u".scholion/project.sqlite"_s);
        CorpusImporter importer(options);
        QCOMPARE(importer.run().outcome, ImportReport::Outcome::Completed);
        // Annotations to export: every lens suggestion, accepted.
        const ChildRun accept = runChild(QStringLiteral(SCHOLION_BINARY), {u"suggest"_s, m_corpus, u"--accept"_s}, m_environment, -1);
        QVERIFY2(!accept.killed && accept.exitCode == 0, accept.err.constData());

        // The reference exports, each made twice to be sure that a complete export always has the same content.
        for (const Format &format : kFormats) {
            for (int variant = 0; variant < (format.key == u"brat"_s ? 1 : 2); ++variant) {
                std::optional<Content> first;
                for (int round = 0; round < 2; ++round) {
                    const QString path = m_dir.filePath(u"reference/%1-%2-%3"_s.arg(round).arg(variant).arg(format.target));
                    const ChildRun run = runChild(QStringLiteral(SCHOLION_BINARY), exportArguments(format, variant, path), m_environment, -1);
                    QVERIFY2(!run.killed && run.exitCode == 0, run.err.constData());
                    QVERIFY2(run.out.startsWith("Exported "), run.out.constData());
                    const std::optional<Content> content = readExport(path, format.key);
                    QVERIFY(content && !content->isEmpty() && !content->contains(u"!broken"_s));
                    // Kill points scale with the slower of the two runs: the machine may be busy.
                    m_durationMs.insert(key(format, variant), std::max(m_durationMs.value(key(format, variant)), run.elapsedMs));
                    if (round == 0) {
                        first = content;
                    } else {
                        QVERIFY2(*content == *first, qPrintable(format.key + u": two complete exports differ"_s));
                    }
                }
                m_reference.insert(key(format, variant), *first);
                qInfo("a complete %s export (variant %d): %s in %lld ms",
                    qPrintable(format.key),
                    variant,
                    qPrintable(describe(first)),
                    m_durationMs.value(key(format, variant)));
            }
        }
        QVERIFY(m_reference.value(key(kFormats[0], 0)) != m_reference.value(key(kFormats[0], 1)));
    }

    void killedExportLeavesNoPartialFile()
    {
        QElapsedTimer clock;
        clock.start();
        Random random(20261205);
        int unchanged = 0;
        int replaced = 0;
        int partsSeen = 0;
        for (int i = 0; i < kKills; ++i) {
            const Format &format = kFormats.at(i % 3);
            const bool folder = format.key == u"brat"_s;
            const int variant = folder ? 0 : (i / 3) % 2;
            const QString target = QDir(m_out).filePath(format.target);
            if (folder && QFileInfo::exists(target)) {
                QVERIFY(QDir(target).removeRecursively()); // folder exports want a new folder
            }
            const std::optional<Content> before = readExport(target, format.key);
            const Content &complete = m_reference.value(key(format, variant));
            const int delay = 1 + int(random.uniform() * 1.5 * double(m_durationMs.value(key(format, variant))));

            const ChildRun run = runChild(QStringLiteral(SCHOLION_BINARY), exportArguments(format, variant, target), m_environment, delay);
            QVERIFY(run.started);
            if (!run.killed) {
                QVERIFY2(run.exitCode == 0, run.err.constData());
            }
            const std::optional<Content> after = readExport(target, format.key);
            const bool isBefore = after == before;
            const bool isComplete = after && *after == complete;
            QVERIFY2(isBefore || isComplete,
                qPrintable(u"%1 export killed at %2 ms: “%3” holds %4; before it held %5, complete it holds %6"_s.arg(format.key)
                        .arg(delay)
                        .arg(target, describe(after), describe(before), describe(complete))));
            if (!run.killed) {
                QVERIFY(isComplete);
            }
            unchanged += isBefore && !isComplete ? 1 : 0;
            replaced += isComplete && !isBefore ? 1 : 0;

            QStringList visible;
            QStringList parts;
            listOutput(&visible, &parts);
            QVERIFY(!QTest::currentTestFailed());
            for (const QString &name : std::as_const(visible)) {
                QVERIFY2(name == kFormats[0].target || name == kFormats[1].target || name == kFormats[2].target,
                    qPrintable(u"a visible file beside the exports: "_s + name));
            }
            partsSeen = std::max(partsSeen, int(parts.size()));
        }
        qInfo("%d kills: %d left the destination as it was, %d had the new export complete; up to %d hidden parts at once; %lld ms",
            kKills,
            unchanged,
            replaced,
            partsSeen,
            clock.elapsed());
        QVERIFY2(unchanged >= 5 && replaced >= 1, "the kill points need adjusting");
        QVERIFY2(partsSeen >= 1, "no kill left a part behind: the kill points missed the writing");

        // The next export to each destination completes and removes what killed runs left.
        for (const Format &format : kFormats) {
            const QString target = QDir(m_out).filePath(format.target);
            if (format.key == u"brat"_s && QFileInfo::exists(target)) {
                QVERIFY(QDir(target).removeRecursively());
            }
            const ChildRun run = runChild(QStringLiteral(SCHOLION_BINARY), exportArguments(format, 0, target), m_environment, -1);
            QVERIFY2(!run.killed && run.exitCode == 0, run.err.constData());
            QVERIFY2(readExport(target, format.key) == std::optional<Content>(m_reference.value(key(format, 0))), qPrintable(format.key));
        }
        QStringList visible;
        QStringList parts;
        listOutput(&visible, &parts);
        QCOMPARE(parts, QStringList());
        visible.sort();
        QCOMPARE(visible, (QStringList{u"brat"_s, u"export.jsonl"_s, u"export.qdpx"_s}));
        // A new export file gets the permissions of a new file, not those of a private temporary one.
        QVERIFY(QFileInfo(QDir(m_out).filePath(u"export.jsonl"_s)).permissions().testFlag(QFileDevice::ReadOther));
    }
};

QTEST_GUILESS_MAIN(KillExportTest)
#include "killexport_test.moc"
