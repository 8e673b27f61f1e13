// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/export/exportengine.h>
#include <models/import/importedset.h>
#include <models/import/setimporter.h>
#include <models/project.h>
#include <models/projectdatabase.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{

QString samplesDir()
{
    return QStringLiteral(SCHOLION_SHARED_DIR "/interop/samples");
}

// Every file under \a root, relative, sorted: what an import wrote or left behind.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

SetImportReport importSet(const QString &path, SetFormat format, const QString &projectPath = {})
{
    SetImportOptions options;
    options.path = path;
    options.format = format;
    options.projectPath = projectPath;
    options.author = u"tester"_s;
    SetImporter importer(options);
    return importer.run();
}

qint64 count(ProjectDatabase &db, const QString &sql)
{
    QSqlQuery query(db.database());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

// CRC-32 (zip's), for the hand-made archives below.
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
        }
    }
    return ~crc;
}

struct ZipItem {
    QByteArray name;
    QByteArray data;
    bool symlink = false;
    qint64 declaredSize = -1; ///< what the central directory claims, when it lies
    qint64 declaredCompressed = -1;
};

// A stored (uncompressed) zip written byte by byte, so that names and sizes are exactly as given.
QByteArray makeZip(const QList<ZipItem> &items)
{
    QByteArray out;
    QByteArray central;
    auto u16 = [](QByteArray &to, quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        to.append(b, 2);
    };
    auto u32 = [](QByteArray &to, quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        to.append(b, 4);
    };
    for (const ZipItem &item : items) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(item.data);
        u32(out, 0x04034b50);
        u16(out, 10);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        u32(out, crc);
        u32(out, quint32(item.data.size()));
        u32(out, quint32(item.data.size()));
        u16(out, quint16(item.name.size()));
        u16(out, 0);
        out += item.name;
        out += item.data;
        u32(central, 0x02014b50);
        u16(central, (3 << 8) | 20); // made by Unix
        u16(central, 10);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u32(central, crc);
        u32(central, quint32(item.declaredCompressed >= 0 ? item.declaredCompressed : item.data.size()));
        u32(central, quint32(item.declaredSize >= 0 ? item.declaredSize : item.data.size()));
        u16(central, quint16(item.name.size()));
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u32(central, (item.symlink ? 0120777u : 0100644u) << 16);
        u32(central, offset);
        central += item.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(items.size()));
    u16(out, quint16(items.size()));
    u32(out, quint32(central.size()));
    u32(out, centralOffset);
    u16(out, 0);
    return out;
}

const QByteArray DemoQde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"demo\">\n"
                           "<Users><User guid=\"U1\" name=\"analyst\"/></Users>\n"
                           "<CodeBook><Codes><Code guid=\"C1\" name=\"Actor\" isCodable=\"true\" color=\"#ff0000\"><Code guid=\"C2\" name=\"Minister\" "
                           "isCodable=\"true\" color=\"#00ff00\"/></Code></Codes></CodeBook>\n"
                           "<Sources><TextSource guid=\"S1\" name=\"article\" plainTextPath=\"internal://S1.txt\">\n"
                           "<PlainTextSelection guid=\"P1\" name=\"Olena\" startPosition=\"11\" endPosition=\"16\" creatingUser=\"U1\"><Coding "
                           "guid=\"G1\"><CodeRef targetGUID=\"C2\"/></Coding><NoteRef targetGUID=\"N1\"/></PlainTextSelection>\n"
                           "</TextSource></Sources>\n"
                           "<Notes><Note guid=\"N1\" name=\"n\"><PlainTextContent>Checked against the press release.</PlainTextContent></Note></Notes>\n"
                           "</Project>\n";

// What a round trip must keep, per format.
struct Carries {
    bool entities = false;
    bool notes = false;
    bool attributes = false;
    bool relationNotes = false;
    bool authors = false;
    bool documentNotes = false;
    bool relations = true;
};

/*!
 * A project in \a folder whose article has emoji, a ZWJ sequence, CJK, a combining mark, RTL
 * text and CRLF line endings, with nested labels, an entity, a relation with a note, choice
 * attributes, notes and a span across a line break. Returns the project path.
 */
QString buildSourceProject(const QString &folder)
{
    const QString article = u"Aid update 🇺🇦: Minister Olena Kovalenko said “we received €2.5 million” on 3 May.\r\n"
                            u"Analysts 👨‍👩‍👧 in 北京 and Zoe\u0301 (مرحبا) confirmed.\r\nSecond line\r\n"_s;
    writeFile(folder, u"a.txt"_s, article.toUtf8());
    writeFile(folder, u"b.txt"_s, "A second, quiet article.\n");
    ImportOptions options;
    options.corpusRoot = folder;
    options.projectPath = QDir(folder).filePath(u".scholion/project.sqlite"_s);
    CorpusImporter importer(options);
    importer.run();

    ProjectDatabase db;
    db.open(options.projectPath);
    AnnotationStore store(&db);
    store.setAuthor(u"ana"_s);
    QSqlQuery query(db.database());
    query.exec(u"SELECT d.id, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.source_path = 'a.txt'"_s);
    query.next();
    const qint64 doc = query.value(0).toLongLong();
    const QString text = query.value(1).toString();
    auto add = [&](const QString &label, const QString &quote) {
        Annotation annotation;
        annotation.documentId = doc;
        annotation.labelId = store.labelByPath(label)->id;
        annotation.start = text.indexOf(quote);
        annotation.end = annotation.start + quote.size();
        annotation.quote = quote;
        return store.performAdd(annotation).value_or(0);
    };
    const qint64 person = add(u"Actor › Person"_s, u"Olena Kovalenko"_s);
    const qint64 quote = add(u"Quote"_s, u"we received €2.5 million"_s);
    const qint64 money = add(u"Aid figure › Financial"_s, u"€2.5 million"_s);
    add(u"Date"_s, u"3 May"_s);
    add(u"Actor › Person"_s, u"Zoe\u0301"_s);
    add(u"Actor › State"_s, u"مرحبا"_s);
    add(u"Actor › Organisation"_s, u"👨‍👩‍👧"_s);
    add(u"Actor › State"_s, u"北京"_s);
    add(u"Quote"_s, u"confirmed.\nSecond"_s);
    store.performSetNote(quote, u"checked against the ministry's release 🇺🇦"_s);
    store.performAddEntity(Entity{0, u"Olena Kovalenko"_s, u"Person"_s, {}, {}}, person);
    for (const LabelAttribute &attribute : store.attributesFor(store.labelByPath(u"Aid figure › Financial"_s)->id)) {
        if (attribute.name == u"currency"_s) {
            store.performSetAttribute(money, attribute.id, u"EUR"_s);
        } else if (attribute.name == u"kind"_s) {
            store.performSetAttribute(money, attribute.id, u"in kind"_s);
        }
    }
    for (const RelationType &type : store.relationTypes()) {
        if (type.name == u"said_by"_s) {
            Relation relation;
            relation.typeId = type.id;
            relation.sourceId = quote;
            relation.targetId = person;
            relation.note = u"direct"_s;
            store.performAddRelation(relation);
        }
    }
    store.performSetDocumentNote(doc, u"read twice"_s);
    return options.projectPath;
}

/*! Documents, spans and relations of a project as sorted lines, keeping what \a carries names. */
QStringList snapshot(const QString &projectPath, const Carries &carries)
{
    ProjectDatabase db;
    if (!db.open(projectPath)) {
        return {u"cannot open "_s + projectPath};
    }
    AnnotationStore store(&db);
    QStringList lines;
    QSqlQuery documents(db.database());
    documents.exec(u"SELECT d.id, t.text, coalesce(d.note, '') FROM documents d JOIN document_texts t ON t.document_id = d.id"_s);
    while (documents.next()) {
        const qint64 id = documents.value(0).toLongLong();
        const QString text = documents.value(1).toString();
        const QString key = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
        lines << u"document %1 %2"_s.arg(key, carries.documentNotes ? documents.value(2).toString() : QString());
        for (const Annotation &annotation : store.annotations(id)) {
            QString line =
                u"span %1 %2-%3 %4 “%5”"_s.arg(key).arg(annotation.start).arg(annotation.end).arg(store.labelPath(annotation.labelId), annotation.quote);
            if (carries.entities && annotation.entityId) {
                line += u" entity="_s + store.entity(annotation.entityId)->name;
            }
            if (carries.notes && !annotation.note.isEmpty()) {
                line += u" note="_s + annotation.note;
            }
            if (carries.authors) {
                line += u" author="_s + annotation.author;
            }
            if (carries.attributes) {
                QStringList values;
                for (const AttributeValue &value : store.attributeValues(annotation.id)) {
                    for (const LabelAttribute &attribute : store.attributesFor(annotation.labelId)) {
                        if (attribute.id == value.attributeId) {
                            values << attribute.name + u'=' + value.value;
                        }
                    }
                }
                values.sort();
                line += u" attributes="_s + values.join(u',');
            }
            lines << line;
            for (const Relation &relation : store.relationsOf(annotation.id)) {
                if (carries.relations && relation.sourceId == annotation.id) {
                    lines << u"relation %1 %2 “%3” → “%4” %5"_s.arg(key,
                        store.relationType(relation.typeId)->name,
                        annotation.quote,
                        store.annotation(relation.targetId)->quote,
                        carries.relationNotes ? relation.note : QString());
                }
            }
        }
    }
    lines.sort();
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(ZipItem)
Q_DECLARE_METATYPE(Scholion::Models::SetFormat)
Q_DECLARE_METATYPE(Carries)

class SetImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void peerSamples_data();
    void peerSamples();
    void rejected_data();
    void rejected();
    void unsafeArchives_data();
    void unsafeArchives();

    void bratOffsetsRoundTripExactly();
    void jsonlCarriesEverything();
    void qdpxCodebookSelectionsNotesUsers();
    void conllRebuildsTheText();
    void reimportMatchesInsteadOfDuplicating();
    void importedFilesLookUnchangedToCorpusImport();
    void writeFailureLeavesNothing();
    void intoExistingProjectUnderImportedLabel();
    void roundTrips_data();
    void roundTrips();
};

void SetImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void SetImportTest::peerSamples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<SetFormat>("format");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("spans");
    QTest::addColumn<int>("relations");
    QTest::addColumn<int>("attributes");
    QTest::addColumn<int>("notes");
    QTest::addColumn<int>("entities");
    QTest::addColumn<int>("skipped");

    // Counted independently with a Python script over the files (fragments of a discontinuous
    // span count one each; an event adds one relation per argument; equal spans count once).
    QTest::newRow("brat BioNLP-ST_2011 EPI") << u"brat/corpora/BioNLP-ST_2011/BioNLP-ST_2011_EPI"_s << SetFormat::Brat << 20 << 367 << 111 << 0 << 0 << 0 << 0;
    QTest::newRow("brat CoNLL-ST_2002 esp") << u"brat/corpora/CoNLL-ST_2002/esp"_s << SetFormat::Brat << 10 << 540 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("brat NCBI-disease") << u"brat/corpora/NCBI-disease"_s << SetFormat::Brat << 20 << 226 << 0 << 226 << 0 << 0 << 0;
    QTest::newRow("brat tutorial news") << u"brat/tutorials/news"_s << SetFormat::Brat << 13 << 119 << 63 << 11 << 4 << 1 << 0;
    QTest::newRow("brat generated") << u"generated/brat"_s << SetFormat::Brat << 1 << 3 << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano export_rel (pretty-printed)") << u"doccano/export_rel.jsonl"_s << SetFormat::Doccano << 1 << 4 << 3 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano export_seq") << u"doccano/export_seq.jsonl"_s << SetFormat::Doccano << 3 << 4 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano import_rel") << u"doccano/import_rel.jsonl"_s << SetFormat::Doccano << 1 << 4 << 3 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano import_seq (column_data)") << u"doccano/import_seq.jsonl"_s << SetFormat::Doccano << 3 << 3 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano test_rel") << u"doccano/test_rel.jsonl"_s << SetFormat::Doccano << 1 << 4 << 3 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano test_seq_overlapping") << u"doccano/test_seq_overlapping.jsonl"_s << SetFormat::Doccano << 1 << 1 << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("doccano generated rel") << u"generated/doccano/rel.jsonl"_s << SetFormat::Doccano << 1 << 3 << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano generated seq") << u"generated/doccano/seq.jsonl"_s << SetFormat::Doccano << 1 << 3 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("MAXQDA 24 qdpx") << u"refi-qda/maxqda24_export.qdpx"_s << SetFormat::Qdpx << 10 << 0 << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("generated qdpx") << u"generated/refi-qda/demo.qdpx"_s << SetFormat::Qdpx << 1 << 4 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("spaCy sentence per line") << u"conll/spacy/ner-sent-per-line.iob"_s << SetFormat::Conll << 1 << 7 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("spaCy token per line") << u"conll/spacy/ner-token-per-line.iob"_s << SetFormat::Conll << 1 << 7 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("spaCy CoNLL-2003") << u"conll/spacy/ner-token-per-line-conll2003.iob"_s << SetFormat::Conll << 1 << 7 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("spaCy with POS") << u"conll/spacy/ner-token-per-line-with-pos.iob"_s << SetFormat::Conll << 1 << 7 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano example.conll") << u"conll/doccano/example.conll"_s << SetFormat::Conll << 1 << 2 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("doccano labeling.trailing.conll") << u"conll/doccano/labeling.trailing.conll"_s << SetFormat::Conll << 1 << 2 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("generated IOB2") << u"generated/conll/good.iob2"_s << SetFormat::Conll << 1 << 2 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("generated BIOES") << u"generated/conll/good.bioes"_s << SetFormat::Conll << 1 << 2 << 0 << 0 << 0 << 0 << 0;
}

void SetImportTest::peerSamples()
{
    QFETCH(QString, sample);
    QFETCH(SetFormat, format);
    QFETCH(int, documents);
    QFETCH(int, spans);
    QFETCH(int, relations);
    QFETCH(int, attributes);
    QFETCH(int, notes);
    QFETCH(int, entities);
    QFETCH(int, skipped);
    const QString source = QDir(samplesDir()).filePath(sample);
    if (!QFileInfo::exists(source)) {
        QSKIP("../shared/interop/samples is absent: the peer files cannot be imported here.");
    }
    // A copy: importing a brat folder makes it a corpus with a project inside.
    QTemporaryDir temp;
    const QString copy = temp.filePath(QFileInfo(source).fileName());
    if (QFileInfo(source).isDir()) {
        QVERIFY(copyTree(source, copy));
    } else {
        QVERIFY(QFile::copy(source, copy));
    }

    const SetImportReport report = importSet(copy, format);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.documentsNew, documents);
    QCOMPARE(report.documentsMatched, 0);
    QCOMPARE(report.spans, spans);
    QCOMPARE(report.relations, relations);
    QCOMPARE(report.attributes, attributes);
    QCOMPARE(report.notes, notes);
    QCOMPARE(report.entitiesCreated, entities);
    QCOMPARE(report.skipped.size(), skipped);

    ProjectDatabase db;
    QVERIFY(db.open(report.projectPath));
    QCOMPARE(count(db, u"SELECT count(*) FROM documents"_s), qint64(documents));
    QCOMPARE(count(db, u"SELECT count(*) FROM annotations"_s), qint64(spans));
    QCOMPARE(count(db, u"SELECT count(*) FROM relations"_s), qint64(relations));
    QCOMPARE(count(db, u"SELECT count(*) FROM annotation_attributes"_s), qint64(attributes));
    AnnotationStore store(&db);
    QVERIFY(store.inconsistentAnnotations().isEmpty());
    if (format == SetFormat::Qdpx && sample.contains(u"maxqda"_s)) {
        // The codebook: 307 codes under "Imported", with MAXQDA's colours.
        QCOMPARE(report.labelsCreated, 308);
        const auto code = store.labelByPath(u"Imported › Additional Themes and Ideas › THEME - Affordances"_s);
        QVERIFY(code);
        QCOMPARE(code->color, QColor(u"#ef8256"_s));
        QCOMPARE(report.skipped.constFirst().reason, u"<Sets> is not imported."_s);
    }
}

void SetImportTest::rejected_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<SetFormat>("format");
    QTest::addColumn<QString>("where"); ///< file:line the message must start with, relative to the copy
    QTest::addColumn<QString>("what");

    QTest::newRow("brat reference to a missing span") << u"negative/brat_badref"_s << SetFormat::Brat << u"brat_badref/article.ann:4"_s << u"T9"_s;
    QTest::newRow("brat span text with a newline") << u"negative/brat_newline"_s << SetFormat::Brat << u"brat_newline/article.ann:1"_s << u"T1"_s;
    QTest::newRow("brat offsets in UTF-16") << u"negative/brat_u16"_s << SetFormat::Brat << u"brat_u16/article.ann:1"_s << u"code points"_s;
    QTest::newRow("doccano bad relation") << u"negative/doccano_badrel.jsonl"_s << SetFormat::Doccano << u"doccano_badrel.jsonl:1"_s << u"1 → 7"_s;
    QTest::newRow("doccano split surrogate") << u"negative/doccano_split_surrogate.jsonl"_s << SetFormat::Doccano << u"doccano_split_surrogate.jsonl:1"_s
                                             << u"surrogate"_s;
    QTest::newRow("doccano record without text") << u"doccano/test_seq.jsonl"_s << SetFormat::Doccano << u"test_seq.jsonl:3"_s << u"\"text\""_s;
    QTest::newRow("BIOES without E-") << u"negative/conll_bad_bioes.bioes"_s << SetFormat::Conll << u"conll_bad_bioes.bioes:2"_s << u"E-"_s;
    QTest::newRow("IOB2 starting with I-") << u"negative/conll_bad_iob2.iob2"_s << SetFormat::Conll << u"conll_bad_iob2.iob2:2"_s << u"I-ORG"_s;
    QTest::newRow("CoNLL token with a space") << u"negative/conll_space_in_token.iob2"_s << SetFormat::Conll << u"conll_space_in_token.iob2:2"_s << u"space"_s;
    QTest::newRow("CoNLL mixed columns") << u"conll/doccano/labeling.invalid.conll"_s << SetFormat::Conll << u"labeling.invalid.conll:2"_s << u"columns"_s;
    QTest::newRow("REFI-QDA positions in UTF-16") << u"negative/refi-qda/demo_u16.qdpx"_s << SetFormat::Qdpx << u"demo_u16.qdpx/project.qde:2"_s
                                                  << u"code points"_s;
    QTest::newRow("REFI-QDA end past the text") << u"negative/refi-qda/demo_u16_end.qdpx"_s << SetFormat::Qdpx << u"demo_u16_end.qdpx/project.qde:2"_s
                                                << u"ends after"_s;
    QTest::newRow("REFI-QDA codebook namespace") << u"negative/refi-qda/wrong-codebook-namespace.qde"_s << SetFormat::Qdpx
                                                 << u"wrong-codebook-namespace.qde:6"_s << u"urn:QDA-XML:codebook:0:4"_s;
}

void SetImportTest::rejected()
{
    QFETCH(QString, sample);
    QFETCH(SetFormat, format);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const QString source = QDir(samplesDir()).filePath(sample);
    if (!QFileInfo::exists(source)) {
        QSKIP("../shared/interop/samples is absent: the negative samples cannot be checked here.");
    }
    QTemporaryDir temp;
    const QString copy = temp.filePath(QFileInfo(source).fileName());
    if (QFileInfo(source).isDir()) {
        QVERIFY(copyTree(source, copy));
    } else {
        QVERIFY(QFile::copy(source, copy));
    }
    const QStringList before = filesUnder(temp.path());

    const SetImportReport report = importSet(copy, format);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(temp.filePath(where) + u':'), qPrintable(report.error));
    QVERIFY2(report.error.contains(what), qPrintable(report.error));
    QCOMPARE(filesUnder(temp.path()), before);
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QFileInfo(copy).fileName()});
}

void SetImportTest::unsafeArchives_data()
{
    QTest::addColumn<QList<ZipItem>>("items");
    QTest::addColumn<QString>("what");
    const QByteArray text = "Minister Olena Kovalenko said.";
    QByteArray qde = DemoQde;
    qde.replace("startPosition=\"11\" endPosition=\"16\"", "startPosition=\"9\" endPosition=\"14\"");

    QTest::newRow("zip slip") << QList<ZipItem>{{"project.qde", qde}, {"sources/S1.txt", text}, {"../../evil.txt", "owned"}} << u"outside the archive"_s;
    QTest::newRow("absolute path") << QList<ZipItem>{{"project.qde", qde}, {"sources/S1.txt", text}, {"/tmp/evil.txt", "owned"}} << u"outside the archive"_s;
    QTest::newRow("symbolic link") << QList<ZipItem>{{"project.qde", qde}, {"sources/S1.txt", "/etc/passwd", true}} << u"symbolic link"_s;
    QTest::newRow("zip bomb ratio") << QList<ZipItem>{{"project.qde", qde}, {"sources/S1.txt", text, false, 200LL * 1024 * 1024, 1000}} << u"zip bomb"_s;
    QTest::newRow("zip bomb size") << QList<ZipItem>{{"project.qde", qde}, {"sources/S1.txt", text, false, 600LL * 1024 * 1024, 300LL * 1024 * 1024}}
                                   << u"more than"_s;
    QTest::newRow("billion laughs") << QList<ZipItem>{{"project.qde",
                                           "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n<!ENTITY a \"lol\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                                           "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                                           "name=\"&c;\"/>\n"}}
                                    << u"DTD"_s;
    QTest::newRow("external entity (XXE)") << QList<ZipItem>{{"project.qde",
                                                  "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                                                  "<Project xmlns=\"urn:QDA-XML:project:1.0\"><Notes><Note guid=\"N\"><PlainTextContent>&xxe;"
                                                  "</PlainTextContent></Note></Notes></Project>\n"}}
                                           << u"DTD"_s;
    QTest::newRow("source outside the project") << QList<ZipItem>{{"project.qde", QByteArray(qde).replace("internal://S1.txt", "file:///etc/passwd")}}
                                                << u"outside the project"_s;
}

void SetImportTest::unsafeArchives()
{
    QFETCH(QList<ZipItem>, items);
    QFETCH(QString, what);
    QTemporaryDir temp;
    const QString archive = temp.filePath(u"set.qdpx"_s);
    QVERIFY(writeFile(temp.path(), u"set.qdpx"_s, makeZip(items)));

    const SetImportReport report = importSet(archive, SetFormat::Qdpx);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(archive), qPrintable(report.error));
    QVERIFY2(report.error.contains(what), qPrintable(report.error));
    QCOMPARE(filesUnder(temp.path()), QStringList{u"set.qdpx"_s});
    QVERIFY(!QFileInfo::exists(temp.filePath(u"evil.txt"_s)));
    QVERIFY(!QFileInfo::exists(QDir(temp.path()).filePath(u"../../evil.txt"_s)));
}

void SetImportTest::bratOffsetsRoundTripExactly()
{
    // Emoji, a ZWJ family, CJK, a combining accent, Arabic (RTL) and CRLF line endings: brat
    // counts code points in the file as written, the project UTF-16 units of the LF text.
    const QString text = u"Flag 🇺🇦 and 👨‍👩‍👧 met\r\n北京 officials; Zoe\u0301 said مرحبا.\r\nEnd"_s;
    QTemporaryDir temp;
    const QString set = temp.filePath(u"set"_s);
    QVERIFY(writeFile(set, u"doc.txt"_s, text.toUtf8()));
    auto cp = [&](const QString &needle) {
        const qsizetype at = text.indexOf(needle);
        return QStringView(text).left(at).toUcs4().size();
    };
    auto len = [](const QString &s) {
        return s.toUcs4().size();
    };
    const QStringList quotes{u"👨‍👩‍👧"_s, u"北京"_s, u"Zoe\u0301"_s, u"مرحبا"_s, u"End"_s};
    QString ann;
    for (int i = 0; i < quotes.size(); ++i) {
        ann += u"T%1\tThing %2 %3\t%4\n"_s.arg(i + 1).arg(cp(quotes.at(i))).arg(cp(quotes.at(i)) + len(quotes.at(i))).arg(quotes.at(i));
    }
    // A discontinuous span: "Flag" and "met".
    ann += u"T9\tThing %1 %2;%3 %4\tFlag met\n"_s.arg(cp(u"Flag"_s)).arg(cp(u"Flag"_s) + 4).arg(cp(u"met"_s)).arg(cp(u"met"_s) + 3);
    ann += u"R1\tNear Arg1:T1 Arg2:T2\nA1\tConfidence T3 High\nA2\tNegated T4\n#1\tAnnotatorNotes T2\tcapital 🏛\nN1\tReference T3 Wiki:1\tZoë Q.\n"_s;
    QVERIFY(writeFile(set, u"doc.ann"_s, ann.toUtf8()));

    const SetImportReport report = importSet(set, SetFormat::Brat);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.spans, 7);
    QCOMPARE(report.relations, 1);
    QCOMPARE(report.attributes, 2);
    QCOMPARE(report.notes, 1);
    QCOMPARE(report.entitiesCreated, 1);

    ProjectDatabase db;
    QVERIFY(db.open(report.projectPath));
    AnnotationStore store(&db);
    const QString canonical = text.split(u"\r\n"_s).join(u'\n');
    QSqlQuery query(db.database());
    QVERIFY(query.exec(u"SELECT id FROM documents WHERE source_path = 'doc.txt'"_s) && query.next());
    const qint64 documentId = query.value(0).toLongLong();
    const QList<Annotation> annotations = store.annotations(documentId);
    QStringList stored;
    for (const Annotation &annotation : annotations) {
        QCOMPARE(canonical.mid(annotation.start, annotation.length()), annotation.quote);
        stored << annotation.quote;
    }
    QCOMPARE(stored, (QStringList{u"Flag"_s, u"👨‍👩‍👧"_s, u"met"_s, u"北京"_s, u"Zoe\u0301"_s, u"مرحبا"_s, u"End"_s}));
    const Annotation capital = annotations.at(3);
    QCOMPARE(capital.note, u"capital 🏛"_s);
    QCOMPARE(store.entity(annotations.at(4).entityId)->name, u"Zoë Q."_s);
    const auto thing = store.labelByPath(u"Imported › Thing"_s);
    QVERIFY(thing);
    QCOMPARE(capital.labelId, thing->id);
    const QList<Relation> relations = store.relationsOf(annotations.at(1).id);
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.constFirst().targetId, capital.id);
    QCOMPARE(store.relationType(relations.constFirst().typeId)->name, u"Near"_s);
    const QList<AttributeValue> values = store.attributeValues(annotations.at(4).id);
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.constFirst().value, u"High"_s);
    QCOMPARE(store.attributeValues(annotations.at(5).id).constFirst().value, u"true"_s);
}

void SetImportTest::jsonlCarriesEverything()
{
    QTemporaryDir temp;
    const QString text = u"Minister 👩🏽‍💼 Olena Kovalenko said “€2.5 million”.\n"_s;
    auto cp = [&](const QString &needle) {
        return QStringView(text).left(text.indexOf(needle)).toUcs4().size();
    };
    const QByteArray header =
        R"({"scholion_export":1,"record":"header","labels":[{"id":1,"path":["Actor","Person"],"color":"#2b8cbe"},{"id":9,"path":["Money","Pledge"],"color":"#123456","description":"Pledged amounts"}]})";
    const QString record = QString::fromUtf8(
        R"({"id":7,"path":"news/a.txt","title":"A","note":"read twice","text":%1,"spans":[)"
        R"({"id":11,"start":%2,"end":%3,"text":"Olena Kovalenko","label":"Actor › Person","label_path":["Actor","Person"],"entity":3,"attributes":{},"note":"the minister","author":"ana","created":"2026-01-01T00:00:00.000Z"},)"
        R"({"id":12,"start":%4,"end":%5,"text":"€2.5 million","label":"Money › Pledge","label_path":["Money","Pledge"],"entity":null,"attributes":{"currency":"EUR"},"note":null,"author":"ana"}],)"
        R"("relations":[{"id":1,"type":"said_by","source":12,"target":11,"note":"direct quote","author":"ana"}],)"
        R"("entities":[{"id":3,"name":"Olena Kovalenko","type":"Person","aliases":["Kovalenko"],"note":null}]})")
                               .arg(QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).chopped(1).mid(1))
                               .arg(cp(u"Olena"_s))
                               .arg(cp(u"Olena"_s) + 15)
                               .arg(cp(u"€"_s))
                               .arg(cp(u"€"_s) + 12);
    QVERIFY(writeFile(temp.path(), u"set.jsonl"_s, header + '\n' + record.toUtf8() + '\n'));

    const SetImportReport report = importSet(temp.filePath(u"set.jsonl"_s), SetFormat::Jsonl);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.documentsNew, 1);
    QCOMPARE(report.spans, 2);
    QCOMPARE(report.relations, 1);
    QCOMPARE(report.attributes, 1);
    QCOMPARE(report.notes, 3); // document, span, relation
    QCOMPARE(report.entitiesCreated, 1);
    // Actor › Person is the default schema's; Money › Pledge is new, under Imported.
    QCOMPARE(report.labelsCreated, 3);
    QCOMPARE(report.corpusRoot, temp.filePath(u"set"_s));
    QCOMPARE(filesUnder(report.corpusRoot), (QStringList{u".scholion/project.sqlite"_s, u"imported/set/news/a.txt"_s}));
    QCOMPARE(readFile(QDir(report.corpusRoot).filePath(u"imported/set/news/a.txt"_s)), text.toUtf8());

    ProjectDatabase db;
    QVERIFY(db.open(report.projectPath));
    AnnotationStore store(&db);
    const QList<Annotation> annotations = store.annotations(1);
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(annotations.at(0).quote, u"Olena Kovalenko"_s);
    QCOMPARE(annotations.at(0).labelId, store.labelByPath(u"Actor › Person"_s)->id);
    QCOMPARE(annotations.at(0).author, u"ana"_s);
    QCOMPARE(annotations.at(0).createdAt, u"2026-01-01T00:00:00.000Z"_s);
    QCOMPARE(annotations.at(0).note, u"the minister"_s);
    const Entity entity = *store.entity(annotations.at(0).entityId);
    QCOMPARE(entity.name, u"Olena Kovalenko"_s);
    QCOMPARE(entity.type, u"Person"_s);
    QCOMPARE(entity.aliases, QStringList{u"Kovalenko"_s});
    const auto pledge = store.labelByPath(u"Imported › Money › Pledge"_s);
    QVERIFY(pledge);
    QCOMPARE(pledge->color, QColor(u"#123456"_s));
    QCOMPARE(pledge->description, u"Pledged amounts"_s);
    QCOMPARE(annotations.at(1).quote, u"€2.5 million"_s);
    QCOMPARE(annotations.at(1).labelId, pledge->id);
    QCOMPARE(store.attributeValues(annotations.at(1).id).constFirst().value, u"EUR"_s);
    const Relation relation = store.relationsOf(annotations.at(1).id).constFirst();
    QCOMPARE(relation.sourceId, annotations.at(1).id);
    QCOMPARE(relation.targetId, annotations.at(0).id);
    QCOMPARE(relation.note, u"direct quote"_s);
    QCOMPARE(store.documentNote(1), std::optional<QString>(u"read twice"_s));
}

void SetImportTest::qdpxCodebookSelectionsNotesUsers()
{
    QTemporaryDir temp;
    const QByteArray text = "Minister 🇺🇦Olena said.";
    QVERIFY(writeFile(temp.path(), u"demo.qdpx"_s, makeZip({{"project.qde", DemoQde}, {"sources/S1.txt", text}})));
    const SetImportReport report = importSet(temp.filePath(u"demo.qdpx"_s), SetFormat::Qdpx);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.spans, 1);
    QCOMPARE(report.notes, 1);
    ProjectDatabase db;
    QVERIFY(db.open(report.projectPath));
    AnnotationStore store(&db);
    const Annotation annotation = store.annotations(1).constFirst();
    QCOMPARE(annotation.quote, u"Olena"_s);
    QCOMPARE(annotation.start, 13); // code point 11: the flag's two regional indicators take four UTF-16 units
    QCOMPARE(annotation.author, u"analyst"_s);
    QCOMPARE(annotation.note, u"Checked against the press release."_s);
    const auto minister = store.labelByPath(u"Imported › Actor › Minister"_s);
    QVERIFY(minister);
    QCOMPARE(minister->color, QColor(u"#00ff00"_s));
    QCOMPARE(annotation.labelId, minister->id);
}

void SetImportTest::conllRebuildsTheText()
{
    QTemporaryDir temp;
    QVERIFY(writeFile(temp.path(),
        u"ner.conll"_s,
        "-DOCSTART- O\n\nOlena\tB-PER\nKovalenko\tI-PER\nsaid\tO\n\n北京\tS-LOC\n.\tO\n\n-DOCSTART- O\n\nEU\tI-ORG\nvotes\tO\n"));
    const SetImportReport report = importSet(temp.filePath(u"ner.conll"_s), SetFormat::Conll);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.documentsNew, 2);
    QCOMPARE(report.spans, 3);
    ProjectDatabase db;
    QVERIFY(db.open(report.projectPath));
    AnnotationStore store(&db);
    QSqlQuery query(db.database());
    QVERIFY(query.exec(u"SELECT d.id, d.source_path, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id ORDER BY d.id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), u"imported/ner/ner-001.txt"_s);
    QCOMPARE(query.value(2).toString(), u"Olena Kovalenko said\n北京 .\n"_s);
    const QList<Annotation> first = store.annotations(query.value(0).toLongLong());
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).quote, u"Olena Kovalenko"_s);
    QCOMPARE(first.at(1).quote, u"北京"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), u"EU votes\n"_s);
    QCOMPARE(store.annotations(query.value(0).toLongLong()).constFirst().quote, u"EU"_s); // IOB1: I- may start an entity
}

void SetImportTest::reimportMatchesInsteadOfDuplicating()
{
    QTemporaryDir temp;
    QVERIFY(writeFile(temp.path(),
        u"set.jsonl"_s,
        R"({"text":"Kyiv and Lviv.","label":[[0,4,"City"],[9,13,"City"]]})"
        "\n"));
    const SetImportReport first = importSet(temp.filePath(u"set.jsonl"_s), SetFormat::Doccano);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.documentsNew, 1);
    QCOMPARE(first.spans, 2);

    // The same text under another file name: matched by its text, spans not added twice.
    QVERIFY(writeFile(temp.path(),
        u"again.jsonl"_s,
        R"({"text":"Kyiv and Lviv.","label":[[0,4,"City"],[9,13,"City"],[0,13,"Phrase"]]})"
        "\n"));
    const SetImportReport second = importSet(temp.filePath(u"again.jsonl"_s), SetFormat::Doccano, first.projectPath);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.documentsNew, 0);
    QCOMPARE(second.documentsMatched, 1);
    QCOMPARE(second.spans, 1);
    QCOMPARE(second.skipped.size(), 2);
    QCOMPARE(second.labelsCreated, 1);
    ProjectDatabase db;
    QVERIFY(db.open(first.projectPath));
    QCOMPARE(count(db, u"SELECT count(*) FROM annotations"_s), 3);
    QCOMPARE(count(db, u"SELECT count(*) FROM documents"_s), 1);
}

void SetImportTest::importedFilesLookUnchangedToCorpusImport()
{
    QTemporaryDir temp;
    QVERIFY(writeFile(temp.path(),
        u"set.jsonl"_s,
        R"({"text":"First line\r\nTitle-less 🇺🇦 text","label":[[0,5,"Word"]]})"
        "\n"
        R"({"text":"date: 2026-03-18\nSecond","label":[]})"
        "\n"));
    const SetImportReport report = importSet(temp.filePath(u"set.jsonl"_s), SetFormat::Doccano);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.documentsNew, 2);

    ImportOptions options;
    options.corpusRoot = report.corpusRoot;
    options.projectPath = report.projectPath;
    CorpusImporter importer(options);
    const ImportReport again = importer.run();
    QCOMPARE(again.outcome, ImportReport::Outcome::Completed);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 0);

    Project project;
    QVERIFY(project.open(report.projectPath));
    const QList<DocumentRow> rows = project.documentRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).title, u"First line"_s);
    QCOMPARE(project.documentText(rows.at(0).id), u"First line\nTitle-less 🇺🇦 text"_s);
    QCOMPARE(rows.at(1).date, u"2026-03-18"_s);
}

void SetImportTest::writeFailureLeavesNothing()
{
    // The second document is valid JSON but no corpus file can hold it (mostly control
    // characters read as binary): found while writing, after the first file was written.
    QTemporaryDir temp;
    QVERIFY(writeFile(temp.path(), u"corpus/old.txt"_s, "An older article.\n"));
    ImportOptions options;
    options.corpusRoot = temp.filePath(u"corpus"_s);
    options.projectPath = temp.filePath(u"corpus/.scholion/project.sqlite"_s);
    CorpusImporter corpus(options);
    QCOMPARE(corpus.run().added, 1);
    const QStringList before = filesUnder(temp.path());

    const QByteArray set = R"({"text":"Kyiv and Lviv.","label":[[0,4,"City"]]})"
                           "\n"
                           R"({"text":"\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008x","label":[[8,9,"City"]]})"
                           "\n";
    QVERIFY(writeFile(temp.path(), u"bad.jsonl"_s, set));
    const SetImportReport report = importSet(temp.filePath(u"bad.jsonl"_s), SetFormat::Doccano, options.projectPath);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(temp.filePath(u"bad.jsonl:2"_s)), qPrintable(report.error));
    QStringList after = before + QStringList{u"bad.jsonl"_s};
    after.sort();
    QCOMPARE(filesUnder(temp.path()), after);
    QVERIFY(!QFileInfo::exists(temp.filePath(u"corpus/imported"_s)));
    ProjectDatabase db;
    QVERIFY(db.open(options.projectPath));
    QCOMPARE(count(db, u"SELECT count(*) FROM documents"_s), 1);
    QCOMPARE(count(db, u"SELECT count(*) FROM annotations"_s), 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM labels WHERE name IN ('Imported', 'City')"_s), 0);

    // Without --project the new corpus folder and project disappear with the failure.
    const SetImportReport fresh = importSet(temp.filePath(u"bad.jsonl"_s), SetFormat::Doccano);
    QVERIFY(!fresh.ok);
    QVERIFY(!QFileInfo::exists(temp.filePath(u"bad"_s)));
}

void SetImportTest::intoExistingProjectUnderImportedLabel()
{
    QTemporaryDir temp;
    QVERIFY(writeFile(temp.path(), u"corpus/article.txt"_s, "Olena Kovalenko met Anselm Korvath.\n"));
    ImportOptions options;
    options.corpusRoot = temp.filePath(u"corpus"_s);
    options.projectPath = temp.filePath(u"corpus/.scholion/project.sqlite"_s);
    CorpusImporter corpus(options);
    QCOMPARE(corpus.run().added, 1);

    // A brat set elsewhere whose text equals the corpus article: matched, not copied.
    QVERIFY(writeFile(temp.path(), u"brat/x/article.txt"_s, "Olena Kovalenko met Anselm Korvath.\n"));
    QVERIFY(writeFile(temp.path(), u"brat/x/article.ann"_s, "T1\tPerson 0 15\tOlena Kovalenko\nT2\tDiplomat 20 34\tAnselm Korvath\nR1\tmet Arg1:T1 Arg2:T2\n"));
    QVERIFY(writeFile(temp.path(), u"brat/other.txt"_s, "Not annotated.\n"));
    QVERIFY(writeFile(temp.path(), u"brat/other.ann"_s, ""));
    const SetImportReport report = importSet(temp.filePath(u"brat"_s), SetFormat::Brat, options.projectPath);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.documentsMatched, 1);
    QCOMPARE(report.documentsNew, 1);
    QCOMPARE(report.spans, 2);
    QCOMPARE(report.relations, 1);
    QCOMPARE(report.labelsCreated, 2); // Imported, Imported › Diplomat; Person is Actor › Person
    QVERIFY(QFileInfo::exists(temp.filePath(u"corpus/imported/brat/other.txt"_s)));
    QVERIFY(!QFileInfo::exists(temp.filePath(u"corpus/imported/brat/x/article.txt"_s)));
    QVERIFY(!QFileInfo::exists(temp.filePath(u"brat/.scholion"_s)));

    ProjectDatabase db;
    QVERIFY(db.open(options.projectPath));
    AnnotationStore store(&db);
    const QList<Annotation> annotations = store.annotations(1);
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(annotations.at(0).labelId, store.labelByPath(u"Actor › Person"_s)->id);
    QCOMPARE(annotations.at(1).labelId, store.labelByPath(u"Imported › Diplomat"_s)->id);
    QCOMPARE(annotations.at(0).author, u"tester"_s);
}

void SetImportTest::roundTrips_data()
{
    QTest::addColumn<ExportFormat>("exportFormat");
    QTest::addColumn<SetFormat>("importFormat");
    QTest::addColumn<QString>("output");
    QTest::addColumn<Carries>("carries");
    QTest::newRow("jsonl") << ExportFormat::Jsonl << SetFormat::Jsonl << u"set.jsonl"_s << Carries{true, true, true, true, true, true};
    QTest::newRow("doccano") << ExportFormat::Doccano << SetFormat::Doccano << u"set.jsonl"_s << Carries{};
    QTest::newRow("brat") << ExportFormat::Brat << SetFormat::Brat << u"set"_s << Carries{true, true, true, false, false, false};
    QTest::newRow("qdpx") << ExportFormat::Qdpx << SetFormat::Qdpx << u"set.qdpx"_s << Carries{false, false, false, false, true, true, false};
}

void SetImportTest::roundTrips()
{
    QFETCH(ExportFormat, exportFormat);
    QFETCH(SetFormat, importFormat);
    QFETCH(QString, output);
    QFETCH(Carries, carries);
    QTemporaryDir temp;
    const QString source = buildSourceProject(temp.filePath(u"corpus"_s));
    const QStringList expected = snapshot(source, carries);
    QCOMPARE(expected.filter(u"span "_s).size(), 9);
    ExportOptions options;
    options.projectPath = source;
    options.format = exportFormat;
    options.outputPath = temp.filePath(output);
    ExportEngine engine;
    const ExportResult exported = engine.run(options);
    QVERIFY2(exported.outcome == ExportResult::Outcome::Completed, qPrintable(exported.error));

    const SetImportReport report = importSet(options.outputPath, importFormat);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.documentsNew, 2);
    QCOMPARE(report.spans, 9);
    QCOMPARE(snapshot(report.projectPath, carries), expected);
    if (carries.notes || importFormat == SetFormat::Qdpx) {
        ProjectDatabase db;
        QVERIFY(db.open(report.projectPath));
        QCOMPARE(count(db, u"SELECT count(*) FROM annotations WHERE note = 'checked against the ministry''s release 🇺🇦'"_s), 1);
    }
}

QTEST_GUILESS_MAIN(SetImportTest)
#include "setimport_test.moc"
