// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/export/exportengine.h>
#include <models/export/exporters_p.h>
#include <models/project.h>
#include <models/projectdatabase.h>

#include <KZip>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
// The fixture corpus: emoji, a ZWJ sequence, a flag, CJK, right-to-left text, combining marks
// and a file with CRLF line endings (its canonical text has \n only).
const QByteArray kEmoji = "Aid update \xf0\x9f\x87\xba\xf0\x9f\x87\xa6: Minister Olena Kovalenko said \xe2\x80\x9cwe received \xe2\x82\xac"
                          "2.5 million\xe2\x80\x9d on 3 May.\n"
                          "The family \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 met Kovalenko in Serenne.\n";
const QString kCjkRtl = u"北京会谈 ended. 特使は「支援を続ける」と述べた。\nقال المندوب: نحن هنا من أجل السلام\n"_s;
const QByteArray kCrlf = "Rene\xcc\x81"
                         "e Duval spoke with Korvath.\r\nThe call lasted an hour.\r\n";
const QByteArray kOther = "date 2026-04-02\nA regional note without annotations.\n";

QString goldenDir()
{
    return QStringLiteral(SCHOLION_TEST_DATA "/golden/export");
}

QString sharedDir()
{
    return QStringLiteral(SCHOLION_SHARED_DIR "/interop");
}

// Every file below a folder, relative path → bytes; a .qdpx counts by its members.
QMap<QString, QByteArray> filesOf(const QString &path)
{
    QMap<QString, QByteArray> files;
    const QFileInfo info(path);
    if (info.isFile() && path.endsWith(u".qdpx"_s)) {
        KZip zip(path);
        if (!zip.open(QIODevice::ReadOnly)) {
            return files;
        }
        std::function<void(const KArchiveDirectory *, const QString &)> walk = [&](const KArchiveDirectory *dir, const QString &prefix) {
            for (const QString &name : dir->entries()) {
                const KArchiveEntry *entry = dir->entry(name);
                if (entry->isDirectory()) {
                    walk(static_cast<const KArchiveDirectory *>(entry), prefix + name + u'/');
                } else {
                    files.insert(prefix + name, static_cast<const KArchiveFile *>(entry)->data());
                }
            }
        };
        walk(zip.directory(), QString());
        return files;
    }
    if (info.isFile()) {
        files.insert(info.fileName(), readFile(path));
        return files;
    }
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(QDir(path).relativeFilePath(file), readFile(file));
    }
    return files;
}

struct Validation {
    int exitCode = -1;
    QString output;
};

Validation validate(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"bash"_s, QStringList{sharedDir() + u'/' + script} + arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll())};
}
} // namespace

class ExportersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void conformance_data();
    void conformance();
    void offsetsInEveryUnit();
    void labelSubsetTakesSubLabels();
    void documentSubsets();
    void conllDropsOverlapsOutermostWins();
    void csvNeutralisesFormulas();
    void jsonlEscapesEveryControlCharacter();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void failedVerificationLeavesNothing();
    void refusesNonEmptyFolder();
    void runsOnWorkerThread();

private:
    ExportResult exportTo(ExportFormat format, const QString &out, const std::function<void(ExportOptions &)> &adjust = {});
    qint64 tag(AnnotationStore *store, qint64 documentId, const QString &text, const QString &quote, const QString &label, int occurrence = 0);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_outputs;
};

qint64 ExportersTest::tag(AnnotationStore *store, qint64 documentId, const QString &text, const QString &quote, const QString &label, int occurrence)
{
    qsizetype start = text.indexOf(quote);
    for (int i = 0; i < occurrence; ++i) {
        start = text.indexOf(quote, start + 1);
    }
    Annotation annotation;
    annotation.documentId = documentId;
    annotation.labelId = store->labelByPath(label).value_or(Label{}).id;
    annotation.start = start;
    annotation.end = start + quote.size();
    annotation.quote = quote;
    const std::optional<qint64> id = store->performAdd(annotation);
    if (!id) {
        qWarning("cannot tag %s: %s", qPrintable(quote), qPrintable(store->errorString()));
    }
    return id.value_or(0);
}

void ExportersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z: exports are byte-stable
    QVERIFY(m_dir.isValid());
    const QString corpus = m_dir.filePath(u"fixture"_s);
    QVERIFY(writeFile(corpus, u"01-emoji.txt"_s, kEmoji));
    QVERIFY(writeFile(corpus, u"02-cjk-rtl.txt"_s, kCjkRtl.toUtf8()));
    QVERIFY(writeFile(corpus, u"03-crlf.txt"_s, kCrlf));
    QVERIFY(writeFile(corpus, u"regional/04-note.md"_s, kOther));
    m_project = m_dir.filePath(u"fixture.sqlite"_s);
    m_outputs = m_dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(m_outputs));
    {
        CorpusImporter importer({corpus, m_project});
        QCOMPARE(importer.run().outcome, ImportReport::Outcome::Completed);
    }
    Project project;
    QVERIFY2(project.open(m_project), qPrintable(project.errorString()));
    AnnotationStore *store = project.annotations();
    const qint64 emoji = project.documentIdForPath(u"01-emoji.txt"_s).value();
    const qint64 cjk = project.documentIdForPath(u"02-cjk-rtl.txt"_s).value();
    const qint64 crlf = project.documentIdForPath(u"03-crlf.txt"_s).value();
    const QString emojiText = project.documentText(emoji);
    const QString cjkText = project.documentText(cjk);
    const QString crlfText = project.documentText(crlf);
    QVERIFY(!crlfText.contains(u'\r'));

    const qint64 olena = tag(store, emoji, emojiText, u"Olena Kovalenko"_s, u"Actor › Person"_s);
    const qint64 quote = tag(store, emoji, emojiText, u"we received €2.5 million"_s, u"Quote"_s);
    const qint64 aid = tag(store, emoji, emojiText, u"€2.5 million"_s, u"Aid figure › Humanitarian"_s);
    const qint64 family = tag(store, emoji, emojiText, u"family 👨‍👩‍👧"_s, u"Actor"_s);
    const qint64 kovalenko = tag(store, emoji, emojiText, u"Kovalenko"_s, u"Actor › Person"_s, 1);
    tag(store, emoji, emojiText, u"3 May"_s, u"Date"_s);
    tag(store, emoji, emojiText, u"Serenne"_s, u"Actor › State"_s);
    // A span over a line break: brat splits it into fragments.
    tag(store, emoji, emojiText, u"3 May.\nThe family"_s, u"Event › Meeting"_s);
    tag(store, cjk, cjkText, u"北京会谈"_s, u"Event › Meeting"_s);
    tag(store, cjk, cjkText, u"「支援を続ける」"_s, u"Quote"_s);
    const qint64 envoy = tag(store, cjk, cjkText, u"المندوب"_s, u"Actor › Person"_s);
    const qint64 renee = tag(store, crlf, crlfText, u"Rene\u0301e Duval"_s, u"Actor › Person"_s);
    const qint64 korvath = tag(store, crlf, crlfText, u"Korvath"_s, u"Actor › Person"_s);
    const qint64 call = tag(store, crlf, crlfText, u"The call"_s, u"Event › Call"_s);
    QVERIFY(olena && quote && aid && family && kovalenko && envoy && renee && korvath && call);

    const std::optional<qint64> olenaEntity = store->performAddEntity(Entity{0, u"Olena Kovalenko"_s, u"Person"_s, {u"Kovalenko"_s}, {}}, olena);
    QVERIFY(olenaEntity);
    QVERIFY(store->performLinkEntity(kovalenko, *olenaEntity));
    QVERIFY(store->performAddEntity(Entity{0, u"Korvath"_s, u"Person"_s, {u"President Korvath"_s}, u"=HYPERLINK(\"x\")"_s}, korvath));
    QVERIFY(store->performAddEntity(Entity{0, u"Unmentioned Envoy"_s, u"Person"_s, {}, {}}));
    auto relationType = [&](const QString &name) {
        for (const RelationType &type : store->relationTypes()) {
            if (type.name == name) {
                return type.id;
            }
        }
        return qint64(0);
    };
    QVERIFY(store->performAddRelation(Relation{0, relationType(u"said_by"_s), quote, olena, {}, {}, {}}));
    QVERIFY(store->performAddRelation(Relation{0, relationType(u"pledged_by"_s), aid, olena, {}, {}, {}}));
    QVERIFY(store->performAddRelation(Relation{0, relationType(u"spoke_with"_s), renee, korvath, {}, {}, {}}));
    for (const LabelAttribute &attribute : store->attributesFor(store->labelByPath(u"Aid figure › Humanitarian"_s)->id)) {
        const QString value = attribute.name == u"amount"_s ? u"2500000"_s : attribute.name == u"currency"_s ? u"EUR"_s : u"in kind"_s;
        QVERIFY(store->performSetAttribute(aid, attribute.id, value));
    }
    QVERIFY(store->performSetNote(quote, u"Said at the press conference;\tsee\nvideo"_s));
    QVERIFY(store->performSetNote(renee, u"-1 check the spelling"_s));
    QVERIFY(store->performSetDocumentStatus(emoji, DocumentStatus::Done));
    QVERIFY(store->performSetDocumentStatus(crlf, DocumentStatus::Done));
    project.close();

    // Fixed authors and times, so the golden files stay put.
    ProjectDatabase db;
    QVERIFY(db.open(m_project));
    for (const QString &statement :
        {u"UPDATE annotations SET author = 'analyst', created_at = '2026-03-01T09:00:00.000Z', updated_at = '2026-03-02T10:30:00.000Z'"_s,
            u"UPDATE relations SET author = 'analyst', created_at = '2026-03-01T09:05:00.000Z'"_s,
            u"UPDATE entities SET created_at = '2026-03-01T09:00:00.000Z', updated_at = '2026-03-01T09:00:00.000Z'"_s,
            u"UPDATE project_meta SET value = '2026-02-01T08:00:00.000Z' WHERE key = 'created_at'"_s,
            u"UPDATE project_meta SET value = '/fixture' WHERE key = 'corpus_root'"_s}) {
        QVERIFY2(db.exec(statement), qPrintable(db.errorString()));
    }
}

ExportResult ExportersTest::exportTo(ExportFormat format, const QString &out, const std::function<void(ExportOptions &)> &adjust)
{
    ExportOptions options;
    options.projectPath = m_project;
    options.format = format;
    options.outputPath = out;
    if (adjust) {
        adjust(options);
    }
    ExportEngine engine;
    return engine.run(options);
}

void ExportersTest::golden_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("name");
    for (const ExportFormat format : ExportFormats::all()) {
        const QString suffix = ExportFormats::suffix(format);
        const QString key = ExportFormats::key(format);
        QTest::newRow(qPrintable(key)) << format << (suffix.isEmpty() ? key : u"export."_s + suffix);
    }
}

void ExportersTest::golden()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, name);
    const QString out = QDir(m_outputs).filePath(u"golden-"_s + ExportFormats::key(format) + u'/' + name);
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const ExportResult result = exportTo(format, out, [](ExportOptions &options) {
        options.includeUnlinkedEntities = true;
    });
    QVERIFY2(result.outcome == ExportResult::Outcome::Completed, qPrintable(result.error));
    QCOMPARE(result.documents, 4);
    QCOMPARE(result.spans, 14);
    const QMap<QString, QByteArray> actual = filesOf(out);
    QVERIFY(!actual.isEmpty());
    const QString expectedPath = QDir(goldenDir()).filePath(ExportFormats::key(format));
    if (qEnvironmentVariableIsSet("SCHOLION_UPDATE_GOLDEN")) {
        QDir(expectedPath).removeRecursively();
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            QVERIFY(writeFile(expectedPath, it.key(), it.value()));
        }
        qInfo("updated %s", qPrintable(expectedPath));
    }
    const QMap<QString, QByteArray> expected = filesOf(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(u"no golden files in %1; run with SCHOLION_UPDATE_GOLDEN=1"_s.arg(expectedPath)));
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (it.value() != expected.value(it.key())) {
            QProcess diff;
            const QString actualFile = m_dir.filePath(u"actual.tmp"_s);
            QVERIFY(writeFile(m_dir.path(), u"actual.tmp"_s, it.value()));
            diff.start(u"diff"_s, {u"-u"_s, QDir(expectedPath).filePath(it.key()), actualFile});
            diff.waitForFinished();
            qWarning().noquote() << QString::fromUtf8(diff.readAllStandardOutput()).left(4000);
            QFAIL(qPrintable(u"%1 differs from its golden file (SCHOLION_UPDATE_GOLDEN=1 regenerates)"_s.arg(it.key())));
        }
    }
}

void ExportersTest::conformance_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("brat") << ExportFormat::Brat;
    QTest::newRow("conll-iob2") << ExportFormat::ConllIob2;
    QTest::newRow("conll-bioes") << ExportFormat::ConllBioes;
    QTest::newRow("doccano") << ExportFormat::Doccano;
    QTest::newRow("webanno") << ExportFormat::WebAnnotation;
    QTest::newRow("qdpx") << ExportFormat::Qdpx;
    QTest::newRow("csv") << ExportFormat::Csv;
}

void ExportersTest::conformance()
{
    if (!QFileInfo::exists(sharedDir() + u"/validate_brat.sh"_s)) {
        QSKIP(qPrintable(u"the interop validators are not here (%1): conformance not checked"_s.arg(sharedDir())));
    }
    QFETCH(ExportFormat, format);
    const QString suffix = ExportFormats::suffix(format);
    const QString out = QDir(m_outputs).filePath(u"conformance-"_s + ExportFormats::key(format) + (suffix.isEmpty() ? QString() : u'.' + suffix));
    const ExportResult result = exportTo(format, out);
    QVERIFY2(result.outcome == ExportResult::Outcome::Completed, qPrintable(result.error));

    QList<Validation> runs;
    switch (format) {
    case ExportFormat::Brat:
        runs += validate(u"validate_brat.sh"_s, {u"--strict-conf"_s, out});
        break;
    case ExportFormat::ConllIob2:
        runs += validate(u"validate_conll.sh"_s, {out, u"--scheme"_s, u"iob2"_s});
        break;
    case ExportFormat::ConllBioes:
        runs += validate(u"validate_conll.sh"_s, {out, u"--scheme"_s, u"bioes"_s});
        break;
    case ExportFormat::Doccano:
        runs += validate(u"validate_doccano.sh"_s, {out});
        break;
    case ExportFormat::WebAnnotation: {
        // The validator finds each target's text by the last segment of its source IRI.
        const QString texts = m_dir.filePath(u"webanno-texts"_s);
        Project project;
        QVERIFY(project.open(m_project, true));
        for (const DocumentRow &row : project.documentRows()) {
            QVERIFY(writeFile(texts, QFileInfo(row.sourcePath).fileName(), project.documentText(row.id).toUtf8()));
        }
        runs += validate(u"validate_webanno.sh"_s, {u"--jsonld"_s, u"--text-dir"_s, texts, out});
        break;
    }
    case ExportFormat::Qdpx:
        runs += validate(u"validate_qdpx.sh"_s, {out, u"--strict-names"_s});
        break;
    case ExportFormat::Csv:
        runs += validate(u"validate_csv.sh"_s,
            {out + u"/annotations.csv"_s, u"--span-cols"_s, u"start,end,text"_s, u"--doc-col"_s, u"text_file"_s, u"--text-dir"_s, out});
        runs += validate(u"validate_csv.sh"_s, {out + u"/entities.csv"_s});
        runs += validate(u"validate_csv.sh"_s, {out + u"/relations.csv"_s});
        runs += validate(u"validate_csv.sh"_s, {out + u"/aid_figures.csv"_s});
        break;
    default:
        QFAIL("no validator");
    }
    for (const Validation &run : std::as_const(runs)) {
        QStringList errors;
        for (const QString &line : run.output.split(u'\n')) {
            if (line.startsWith(u"ERROR"_s)) {
                errors += line;
            }
        }
        QVERIFY2(run.exitCode == 0 && errors.isEmpty(), qPrintable(errors.isEmpty() ? run.output : errors.join(u'\n')));
    }
}

void ExportersTest::offsetsInEveryUnit()
{
    const QString jsonl = QDir(m_outputs).filePath(u"units.jsonl"_s);
    const QString doccano = QDir(m_outputs).filePath(u"units-doccano.jsonl"_s);
    QCOMPARE(exportTo(ExportFormat::Jsonl, jsonl).outcome, ExportResult::Outcome::Completed);
    QCOMPARE(exportTo(ExportFormat::Doccano, doccano).outcome, ExportResult::Outcome::Completed);
    const QList<QByteArray> lines = readFile(jsonl).split('\n');
    QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().value(u"offsets"_s).toString().startsWith(u"unicode code points"_s));
    const QJsonObject emoji = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(emoji.value(u"path"_s).toString(), u"01-emoji.txt"_s);
    const QList<uint> codePoints = emoji.value(u"text"_s).toString().toUcs4();
    int checked = 0;
    for (const QJsonValue &value : emoji.value(u"spans"_s).toArray()) {
        const QJsonObject span = value.toObject();
        const qsizetype start = span.value(u"start"_s).toInteger();
        const qsizetype end = span.value(u"end"_s).toInteger();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start), span.value(u"text"_s).toString());
        ++checked;
    }
    QCOMPARE(checked, 8);
    // The flag is two code points but four UTF-16 units: "Olena" starts 2 later in doccano.
    const QJsonObject doccanoEmoji = QJsonDocument::fromJson(readFile(doccano).split('\n').at(0)).object();
    const QString text = doccanoEmoji.value(u"text"_s).toString();
    bool found = false;
    for (const QJsonValue &value : doccanoEmoji.value(u"label"_s).toArray()) {
        const QJsonArray label = value.toArray();
        const qsizetype start = label.at(0).toInteger();
        const qsizetype end = label.at(1).toInteger();
        if (text.mid(start, end - start) == u"Olena Kovalenko"_s) {
            found = true;
            QCOMPARE(start, qsizetype(text.indexOf(u"Olena"_s)));
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.indexOf(uint(u'O'))).size(), start);
        }
    }
    QVERIFY(found);
}

void ExportersTest::labelSubsetTakesSubLabels()
{
    const QString out = QDir(m_outputs).filePath(u"actors.jsonl"_s);
    const ExportResult result = exportTo(ExportFormat::Jsonl, out, [](ExportOptions &options) {
        options.labels = {u"Actor"_s};
    });
    QVERIFY2(result.outcome == ExportResult::Outcome::Completed, qPrintable(result.error));
    QCOMPARE(result.spans, 7);
    // Relations need both ends: said_by and pledged_by lose their Quote / Aid figure end.
    QCOMPARE(result.relations, 1);
    const QString bad = QDir(m_outputs).filePath(u"nolabel.jsonl"_s);
    const ExportResult unknown = exportTo(ExportFormat::Jsonl, bad, [](ExportOptions &options) {
        options.labels = {u"Weather"_s};
    });
    QCOMPARE(unknown.outcome, ExportResult::Outcome::Failed);
    QVERIFY2(unknown.error.contains(u"Weather"_s), qPrintable(unknown.error));
    QVERIFY(!QFileInfo::exists(bad));
}

void ExportersTest::documentSubsets()
{
    const QString done = QDir(m_outputs).filePath(u"done.jsonl"_s);
    ExportResult result = exportTo(ExportFormat::Jsonl, done, [](ExportOptions &options) {
        options.status = DocumentStatus::Done;
    });
    QCOMPARE(result.documents, 2);
    const QString regional = QDir(m_outputs).filePath(u"regional.jsonl"_s);
    result = exportTo(ExportFormat::Jsonl, regional, [](ExportOptions &options) {
        options.documentGlob = u"regional/*"_s;
    });
    QCOMPARE(result.documents, 1);
    QCOMPARE(result.spans, 0);
    Project project;
    QVERIFY(project.open(m_project, true));
    const qint64 cjk = project.documentIdForPath(u"02-cjk-rtl.txt"_s).value();
    const QString one = QDir(m_outputs).filePath(u"one.jsonl"_s);
    result = exportTo(ExportFormat::Jsonl, one, [cjk](ExportOptions &options) {
        options.documentIds = {cjk};
    });
    QCOMPARE(result.documents, 1);
    QCOMPARE(result.spans, 3);
}

void ExportersTest::conllDropsOverlapsOutermostWins()
{
    const QString out = QDir(m_outputs).filePath(u"overlaps.conll"_s);
    const ExportResult result = exportTo(ExportFormat::ConllIob2, out);
    QVERIFY2(result.outcome == ExportResult::Outcome::Completed, qPrintable(result.error));
    // In 01-emoji: "€2.5 million" lies inside the quote; "3 May.\nThe family" starts inside
    // nothing but "3 May" starts with it (shorter, dropped) and "family 👨‍👩‍👧" overlaps it (later, dropped).
    QCOMPARE(result.droppedSpans, 3);
    const QString conll = QString::fromUtf8(readFile(out));
    QVERIFY(conll.contains(u"\nwe _ _ B-Quote\nreceived _ _ I-Quote\n"_s));
    QVERIFY(conll.contains(u"\n€ _ _ I-Quote\n2.5 _ _ I-Quote\nmillion _ _ I-Quote\n"_s));
    // Without a dictionary, Qt's word breaks make each Han character a token.
    QVERIFY(conll.contains(u"\n北 _ _ B-Meeting\n京 _ _ I-Meeting\n会 _ _ I-Meeting\n谈 _ _ I-Meeting\nended _ _ O\n"_s));
    // A span across a sentence break restarts with B- in the next sentence.
    QVERIFY(conll.contains(u"\n3 _ _ B-Meeting\nMay _ _ I-Meeting\n. _ _ I-Meeting\n\nThe _ _ B-Meeting\nfamily _ _ I-Meeting\n"_s));
    QCOMPARE(conll.count(u"-DOCSTART- -X- -X- O\n\n"_s), 4);
}

void ExportersTest::csvNeutralisesFormulas()
{
    QCOMPARE(QString::fromUtf8(CsvExporter::record({u"=SUM(A1)"_s, u"-1"_s, u"+x"_s, u"@cmd"_s, u"a,b"_s, u"say \"hi\""_s})),
        u"'=SUM(A1),-1,'+x,'@cmd,\"a,b\",\"say \"\"hi\"\"\"\r\n"_s);
    const QString out = QDir(m_outputs).filePath(u"bom"_s);
    QCOMPARE(exportTo(ExportFormat::Csv,
                 out,
                 [](ExportOptions &options) {
                     options.csvBom = true;
                 })
                 .outcome,
        ExportResult::Outcome::Completed);
    QVERIFY(readFile(out + u"/annotations.csv"_s)
            .startsWith("\xEF\xBB\xBF"
                        "document,"));
    QVERIFY(readFile(out + u"/annotations.csv"_s).contains(",'-1 check the spelling,"));
}

// Every character below U+0020, quotes and backslashes are escaped; everything else goes out as
// UTF-8, so a note of them comes back exactly through a JSON parser.
void ExportersTest::jsonlEscapesEveryControlCharacter()
{
    const QString copy = m_dir.filePath(u"control.sqlite"_s);
    QVERIFY(QFile::copy(m_project, copy));
    QString note = u"“quoted” \"plain\" back\\slash 🤝 漢字 Rene\u0301e\u2028"_s;
    for (char16_t c = 1; c < 0x20; ++c) {
        note += QChar(c);
        note += u'x';
    }
    {
        Project project;
        QVERIFY(project.open(copy));
        const qint64 emoji = project.documentIdForPath(u"01-emoji.txt"_s).value();
        const Annotation first = project.annotations()->annotations(emoji).constFirst();
        QVERIFY(project.annotations()->performSetNote(first.id, note));
    }
    const QString out = QDir(m_outputs).filePath(u"control.jsonl"_s);
    ExportOptions options;
    options.projectPath = copy;
    options.format = ExportFormat::Jsonl;
    options.outputPath = out;
    QCOMPARE(ExportEngine().run(options).outcome, ExportResult::Outcome::Completed);
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.contains("\\u0001x\\u0002x"));
    QVERIFY(bytes.contains("\\u001fx"));
    QVERIFY(bytes.contains("\\tx\\nx\\u000bx\\u000cx\\rx"));
    const QJsonObject emojiLine = QJsonDocument::fromJson(bytes.split('\n').at(1)).object();
    bool found = false;
    for (const QJsonValue &span : emojiLine.value(u"spans"_s).toArray()) {
        found = found || span.toObject().value(u"note"_s).toString() == note;
    }
    QVERIFY2(found, "the note did not come back exactly");
}

void ExportersTest::cancelLeavesNothing_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("file") << ExportFormat::Jsonl;
    QTest::newRow("folder") << ExportFormat::Brat;
    QTest::newRow("zip") << ExportFormat::Qdpx;
}

void ExportersTest::cancelLeavesNothing()
{
    QFETCH(ExportFormat, format);
    QTemporaryDir folder(m_dir.filePath(u"cancel-XXXXXX"_s));
    const QString out = folder.filePath(u"export"_s);
    ExportOptions options;
    options.projectPath = m_project;
    options.format = format;
    options.outputPath = out;
    ExportEngine engine;
    int seen = 0;
    connect(&engine, &ExportEngine::progress, this, [&](const ExportProgress &progress) {
        seen = progress.documentsDone;
        if (progress.documentsDone == 2) {
            engine.cancel();
        }
    });
    const ExportResult result = engine.run(options);
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(seen, 2);
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void ExportersTest::failedVerificationLeavesNothing()
{
    const QString tampered = m_dir.filePath(u"tampered.sqlite"_s);
    QVERIFY(QFile::copy(m_project, tampered));
    qint64 spanId = 0;
    {
        ProjectDatabase db;
        QVERIFY(db.open(tampered));
        QSqlQuery query(u"SELECT id FROM annotations WHERE quote = 'Korvath'"_s, db.database());
        QVERIFY(query.next());
        spanId = query.value(0).toLongLong();
        QVERIFY(db.exec(u"UPDATE annotations SET quote = 'Korvat' WHERE id = %1"_s.arg(spanId)));
    }
    for (const ExportFormat format : ExportFormats::all()) {
        QTemporaryDir folder(m_dir.filePath(u"verify-XXXXXX"_s));
        ExportOptions options;
        options.projectPath = tampered;
        options.format = format;
        options.outputPath = folder.filePath(u"export"_s);
        ExportEngine engine;
        const ExportResult result = engine.run(options);
        QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"03-crlf.txt"_s) && result.error.contains(QString::number(spanId)) && result.error.contains(u"Korvat"_s),
            qPrintable(result.error));
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }
}

void ExportersTest::refusesNonEmptyFolder()
{
    const QString out = QDir(m_outputs).filePath(u"occupied"_s);
    QVERIFY(writeFile(out, u"keep.txt"_s, "mine"));
    const ExportResult result = exportTo(ExportFormat::Brat, out);
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY2(result.error.contains(out), qPrintable(result.error));
    QCOMPARE(readFile(out + u"/keep.txt"_s), QByteArray("mine"));
}

void ExportersTest::runsOnWorkerThread()
{
    ExportEngine engine;
    QSignalSpy finished(&engine, &ExportEngine::finished);
    ExportOptions options;
    options.projectPath = m_project;
    options.format = ExportFormat::Html;
    options.outputPath = QDir(m_outputs).filePath(u"threaded.html"_s);
    QVERIFY(engine.start(options));
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.outcome == ExportResult::Outcome::Completed, qPrintable(result.error));
    const QByteArray html = readFile(options.outputPath);
    QVERIFY(html.contains("北京会谈"));
    QVERIFY(!html.contains("src=") && !html.contains("<link"));
}

QTEST_GUILESS_MAIN(ExportersTest)
#include "exporters_test.moc"
