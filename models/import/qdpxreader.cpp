// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerutil_p.h"

#include "importedset.h"

#include <models/textdecoder.h>

#include <KArchiveDirectory>
#include <KZip>
#include <KZipFileEntry>

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

const auto ProjectNamespace = u"urn:QDA-XML:project:1.0"_s;
constexpr qint64 MaxEntrySize = 256LL * 1024 * 1024;
constexpr qint64 MaxTotalSize = 1024LL * 1024 * 1024;
constexpr qint64 MaxRatio = 200; // text compresses about 3–10 : 1; a bomb compresses 1000 : 1
constexpr qint64 RatioFloor = 1024 * 1024; // small entries may compress well without harm
constexpr qsizetype MaxCodeDepth = 100; // codes nest by recursion; a hostile codebook must not exhaust the stack

struct ZipEntryInfo {
    QString name;
    qint64 compressed = 0;
    qint64 size = 0;
    bool symlink = false;
};

/*!
 * Reads the zip's central directory as written (KArchive cleans names up, which would hide a
 * "../" or "/etc/passwd" entry): names, sizes and the Unix file type of each entry.
 */
bool readCentralDirectory(const QString &path, QList<ZipEntryInfo> *entries, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SetReader::at(path, 0, SetReader::tr("cannot be opened: %1").arg(file.errorString()));
        return false;
    }
    const qint64 tailSize = std::min<qint64>(file.size(), 65535 + 22);
    file.seek(file.size() - tailSize);
    const QByteArray tail = file.read(tailSize);
    const qsizetype eocd = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (eocd < 0 || tail.size() - eocd < 22) {
        *error = SetReader::at(path, 0, SetReader::tr("is not a zip archive."));
        return false;
    }
    const auto *e = reinterpret_cast<const uchar *>(tail.constData() + eocd);
    const quint16 count = qFromLittleEndian<quint16>(e + 10);
    const quint32 size = qFromLittleEndian<quint32>(e + 12);
    const quint32 offset = qFromLittleEndian<quint32>(e + 16);
    if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF) {
        *error = SetReader::at(path, 0, SetReader::tr("is a ZIP64 archive, which is too large for a REFI-QDA project."));
        return false;
    }
    if (qint64(offset) + size > file.size()) {
        *error = SetReader::at(path, 0, SetReader::tr("has a damaged zip directory."));
        return false;
    }
    file.seek(offset);
    const QByteArray directory = file.read(size);
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        const auto *c = reinterpret_cast<const uchar *>(directory.constData() + at);
        if (directory.size() - at < 46 || qFromLittleEndian<quint32>(c) != 0x02014b50) {
            *error = SetReader::at(path, 0, SetReader::tr("has a damaged zip directory."));
            return false;
        }
        const quint16 madeBy = qFromLittleEndian<quint16>(c + 4);
        ZipEntryInfo info;
        info.compressed = qFromLittleEndian<quint32>(c + 20);
        info.size = qFromLittleEndian<quint32>(c + 24);
        const quint16 nameLength = qFromLittleEndian<quint16>(c + 28);
        const quint16 extraLength = qFromLittleEndian<quint16>(c + 30);
        const quint16 commentLength = qFromLittleEndian<quint16>(c + 32);
        const quint32 external = qFromLittleEndian<quint32>(c + 38);
        if (directory.size() - at < 46 + nameLength) {
            *error = SetReader::at(path, 0, SetReader::tr("has a damaged zip directory."));
            return false;
        }
        info.name = QString::fromUtf8(directory.mid(at + 46, nameLength));
        info.symlink = (madeBy >> 8) == 3 && ((external >> 16) & 0170000) == 0120000;
        entries->append(info);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

bool checkEntries(const QString &path, const QList<ZipEntryInfo> &entries, QString *error)
{
    qint64 total = 0;
    for (const ZipEntryInfo &entry : entries) {
        const QString name = entry.name;
        const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
        if (name.startsWith(u'/') || name.startsWith(u'\\') || (name.size() > 1 && name.at(1) == u':') || parts.contains(u".."_s)) {
            *error = SetReader::at(path, 0, SetReader::tr("contains “%1”, a path outside the archive; refused.").arg(name));
            return false;
        }
        if (entry.symlink) {
            *error = SetReader::at(path, 0, SetReader::tr("contains “%1”, a symbolic link; refused.").arg(name));
            return false;
        }
        total += entry.size;
        if (entry.size > MaxEntrySize || total > MaxTotalSize) {
            *error = SetReader::at(path,
                0,
                SetReader::tr("unpacks to more than %1 MB (“%2”); refused.")
                    .arg((entry.size > MaxEntrySize ? MaxEntrySize : MaxTotalSize) / (1024 * 1024))
                    .arg(name));
            return false;
        }
        if (entry.size > RatioFloor && entry.size > MaxRatio * std::max<qint64>(entry.compressed, 1)) {
            *error = SetReader::at(path,
                0,
                SetReader::tr("“%1” would unpack %2 times its packed size, which only a zip bomb does; refused.")
                    .arg(name)
                    .arg(entry.size / std::max<qint64>(entry.compressed, 1)));
            return false;
        }
    }
    return true;
}

// Reads one entry, never more than its declared size (the declaration may lie).
bool readEntry(const KArchiveDirectory *root, const QString &archivePath, const QString &name, qint64 declared, QByteArray *bytes, QString *error)
{
    const KArchiveEntry *entry = root->entry(name);
    if (!entry || !entry->isFile()) {
        *error = SetReader::at(archivePath, 0, SetReader::tr("has no “%1”.").arg(name));
        return false;
    }
    const auto *file = static_cast<const KArchiveFile *>(entry);
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isOpen()) {
        *error = SetReader::at(archivePath, 0, SetReader::tr("“%1” cannot be unpacked.").arg(name));
        return false;
    }
    *bytes = device->read(std::min(declared, MaxEntrySize) + 1);
    if (bytes->size() > declared) {
        *error = SetReader::at(archivePath, 0, SetReader::tr("“%1” unpacks to more than it declares; refused.").arg(name));
        return false;
    }
    return true;
}

struct Selection {
    ImportedSpan span;
    QStringList codes;
    QStringList noteRefs;
    qint64 start = 0;
    qint64 end = 0;
    QString name;
    qint64 line = 0;
};

struct Source {
    QString name;
    QString textPath;
    QString inlineText;
    QString description;
    bool hasInlineText = false;
    qint64 line = 0;
    QList<Selection> selections;
    QStringList noteRefs;
};

class QdeReader
{
    Q_DECLARE_TR_FUNCTIONS(SetReader)

public:
    QdeReader(const QString &path, ImportedSet *set, QString *error)
        : m_path(path)
        , m_set(set)
        , m_error(error)
    {
    }

    QList<Source> sources;
    QHash<QString, QStringList> codePaths;
    QHash<QString, QString> users;
    QHash<QString, QString> notes;

    bool read(const QByteArray &xml)
    {
        m_xml.addData(xml);
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                // The reader reports a DTD at its end; the message names the line where it starts.
                const qsizetype start = xml.indexOf("<!DOCTYPE");
                *m_error = SetReader::at(m_path,
                    start < 0 ? m_xml.lineNumber() : 1 + xml.first(start).count('\n'),
                    tr("the XML declares a document type (DTD); entity declarations are refused, never expanded."));
                return false;
            }
            if (token == QXmlStreamReader::EntityReference) {
                return fail(tr("the XML refers to an entity “%1”, which is never expanded.").arg(m_xml.name().toString()));
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            if (m_xml.namespaceUri() != ProjectNamespace) {
                return fail(
                    tr("the element <%1> is in the namespace “%2”, not “%3”.").arg(m_xml.name().toString(), m_xml.namespaceUri().toString(), ProjectNamespace));
            }
            if (!element()) {
                return false;
            }
        }
        if (m_xml.hasError()) {
            return fail(tr("invalid XML: %1").arg(m_xml.errorString()));
        }
        if (!m_sawProject) {
            return fail(tr("this is not a REFI-QDA project (no <Project>)."));
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        *m_error = SetReader::at(m_path, m_xml.lineNumber(), message);
        return false;
    }

    QString attribute(QStringView name) const { return m_xml.attributes().value(name).toString(); }

    bool element()
    {
        const QStringView name = m_xml.name();
        if (name == u"Project") {
            m_sawProject = true;
            if (!attribute(u"name").isEmpty()) {
                m_set->name = attribute(u"name");
            }
        } else if (name == u"User") {
            users.insert(attribute(u"guid"), attribute(u"name"));
            m_set->users << attribute(u"name");
        } else if (name == u"Code") {
            return readCode({});
        } else if (name == u"TextSource") {
            return readTextSource();
        } else if (name == u"Note") {
            return readNote();
        } else if (name == u"PDFSource" || name == u"PictureSource" || name == u"AudioSource" || name == u"VideoSource") {
            m_set->skipped.append(SkippedItem{u"%1:%2"_s.arg(m_path).arg(m_xml.lineNumber()),
                tr("<%1> “%2”: only text sources are imported.").arg(name.toString(), attribute(u"name"))});
            m_xml.skipCurrentElement();
        } else if (name == u"Sets" || name == u"Graphs" || name == u"Links" || name == u"Variables" || name == u"Cases") {
            m_set->skipped.append(SkippedItem{u"%1:%2"_s.arg(m_path).arg(m_xml.lineNumber()), tr("<%1> is not imported.").arg(name.toString())});
            m_xml.skipCurrentElement();
        }
        return true;
    }

    // Reads element text, refusing entity references inside it.
    bool text(QString *out)
    {
        out->clear();
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                *out += m_xml.text();
            } else if (token == QXmlStreamReader::EntityReference) {
                return fail(tr("the XML refers to an entity “%1”, which is never expanded.").arg(m_xml.name().toString()));
            } else if (token == QXmlStreamReader::EndElement) {
                return true;
            } else if (token == QXmlStreamReader::StartElement) {
                m_xml.skipCurrentElement();
            }
        }
        return !m_xml.hasError() || fail(tr("invalid XML: %1").arg(m_xml.errorString()));
    }

    bool readCode(QStringList parents)
    {
        const QString guid = attribute(u"guid");
        const QString name = attribute(u"name");
        if (guid.isEmpty() || name.isEmpty()) {
            return fail(tr("a <Code> needs a guid and a name."));
        }
        if (parents.size() >= MaxCodeDepth) {
            return fail(tr("the codes are nested more than %1 deep.").arg(MaxCodeDepth));
        }
        parents << name;
        codePaths.insert(guid, parents);
        ImportedLabel label{parents, QColor::fromString(attribute(u"color")), QString()};
        const qsizetype index = m_set->labels.size();
        m_set->labels.append(label);
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() != ProjectNamespace) {
                return fail(
                    tr("the element <%1> is in the namespace “%2”, not “%3”.").arg(m_xml.name().toString(), m_xml.namespaceUri().toString(), ProjectNamespace));
            }
            if (m_xml.name() == u"Code") {
                if (!readCode(parents)) {
                    return false;
                }
            } else if (m_xml.name() == u"Description") {
                QString description;
                if (!text(&description)) {
                    return false;
                }
                m_set->labels[index].description = description;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return !m_xml.hasError() || fail(tr("invalid XML: %1").arg(m_xml.errorString()));
    }

    bool readTextSource()
    {
        Source source;
        source.name = attribute(u"name");
        source.textPath = attribute(u"plainTextPath");
        source.line = m_xml.lineNumber();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"PlainTextContent") {
                source.hasInlineText = true;
                if (!text(&source.inlineText)) {
                    return false;
                }
            } else if (name == u"PlainTextSelection") {
                if (!readSelection(&source)) {
                    return false;
                }
            } else if (name == u"Description") {
                if (!text(&source.description)) {
                    return false;
                }
            } else if (name == u"NoteRef") {
                source.noteRefs << attribute(u"targetGUID");
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        sources.append(source);
        return !m_xml.hasError() || fail(tr("invalid XML: %1").arg(m_xml.errorString()));
    }

    bool readSelection(Source *source)
    {
        Selection selection;
        selection.line = m_xml.lineNumber();
        selection.name = attribute(u"name");
        bool okStart = false;
        bool okEnd = false;
        selection.start = attribute(u"startPosition").toLongLong(&okStart);
        selection.end = attribute(u"endPosition").toLongLong(&okEnd);
        if (!okStart || !okEnd) {
            return fail(tr("a <PlainTextSelection> needs integer startPosition and endPosition."));
        }
        selection.span.key = attribute(u"guid");
        selection.span.author = users.value(attribute(u"creatingUser"));
        selection.span.createdAt = attribute(u"creationDateTime");
        selection.span.origin = u"%1:%2"_s.arg(m_path).arg(selection.line);
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Coding") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"CodeRef") {
                        selection.codes << attribute(u"targetGUID");
                    }
                    m_xml.skipCurrentElement();
                }
            } else if (name == u"Description") {
                if (!text(&selection.span.note)) {
                    return false;
                }
            } else if (name == u"NoteRef") {
                selection.noteRefs << attribute(u"targetGUID");
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        source->selections.append(selection);
        return true;
    }

    bool readNote()
    {
        const QString guid = attribute(u"guid");
        QString content;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"PlainTextContent") {
                if (!text(&content)) {
                    return false;
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        notes.insert(guid, content);
        return true;
    }

    QString m_path;
    ImportedSet *m_set;
    QString *m_error;
    QXmlStreamReader m_xml;
    bool m_sawProject = false;
};

} // namespace

bool SetReader::readQdpx(const QString &file, ImportedSet *set, QString *error)
{
    const QFileInfo info(file);
    if (!info.isFile()) {
        *error = at(file, 0, info.exists() ? tr("is not a file.") : tr("does not exist."));
        return false;
    }
    set->name = info.completeBaseName();
    const bool bareQde = info.suffix().compare(u"qde"_s, Qt::CaseInsensitive) == 0;
    QByteArray qde;
    KZip zip(file);
    QList<ZipEntryInfo> entries;
    if (bareQde) {
        QFile qdeFile(file);
        if (!qdeFile.open(QIODevice::ReadOnly) || qdeFile.size() > MaxEntrySize) {
            *error = at(file, 0, tr("cannot be read."));
            return false;
        }
        qde = qdeFile.readAll();
    } else {
        if (!readCentralDirectory(file, &entries, error) || !checkEntries(file, entries, error)) {
            return false;
        }
        if (!zip.open(QIODevice::ReadOnly)) {
            *error = at(file, 0, tr("cannot be opened as a zip archive: %1").arg(zip.errorString()));
            return false;
        }
        const auto qdeEntry = std::find_if(entries.cbegin(), entries.cend(), [](const ZipEntryInfo &entry) {
            return entry.name == u"project.qde"_s;
        });
        if (qdeEntry == entries.cend()) {
            *error = at(file, 0, tr("has no project.qde."));
            return false;
        }
        if (!readEntry(zip.directory(), file, qdeEntry->name, qdeEntry->size, &qde, error)) {
            return false;
        }
    }
    const QString qdeName = bareQde ? file : file + u"/project.qde"_s;
    QdeReader reader(qdeName, set, error);
    if (!reader.read(qde)) {
        return false;
    }

    QSet<QString> names;
    QSet<QString> usedNotes;
    for (const Source &source : std::as_const(reader.sources)) {
        const QString sourceOrigin = SetReader::at(qdeName, source.line, QString()).chopped(2);
        QString raw;
        if (source.hasInlineText) {
            raw = source.inlineText;
        } else if (source.textPath.startsWith(u"internal://"_s)) {
            if (bareQde) {
                *error = at(qdeName, source.line, tr("the source “%1” lives inside a .qdpx archive; import the .qdpx.").arg(source.name));
                return false;
            }
            const QString entryName = u"sources/"_s + source.textPath.mid(11);
            const auto entry = std::find_if(entries.cbegin(), entries.cend(), [&](const ZipEntryInfo &e) {
                return e.name == entryName;
            });
            QByteArray bytes;
            if (entry == entries.cend()) {
                *error = at(qdeName, source.line, tr("the source “%1” is not in the archive (%2).").arg(source.name, entryName));
                return false;
            }
            if (!readEntry(zip.directory(), file, entryName, entry->size, &bytes, error)) {
                return false;
            }
            if (!ImportDetail::decodeUtf8(bytes, &raw)) {
                *error = at(file + u'/' + entryName, 0, tr("is not valid UTF-8."));
                return false;
            }
        } else {
            *error = at(qdeName,
                source.line,
                tr("the source “%1” refers to “%2”, outside the project; only internal sources are imported.").arg(source.name, source.textPath));
            return false;
        }
        const SourceText text(raw);
        ImportedDocument document;
        QString name = source.name.isEmpty() ? u"source"_s : source.name;
        name.replace(u'/', u'_');
        for (int n = 2; names.contains(name); ++n) {
            name = u"%1-%2"_s.arg(source.name).arg(n);
        }
        names.insert(name);
        document.name = name;
        document.title = source.name;
        document.text = text.canonical();
        document.origin = sourceOrigin;
        document.note = source.description;
        for (const QString &ref : source.noteRefs) {
            usedNotes.insert(ref);
            document.note += (document.note.isEmpty() ? QString() : u"\n"_s) + reader.notes.value(ref);
        }
        for (const Selection &selection : source.selections) {
            ImportedSpan span = selection.span;
            QString problem;
            if (!ImportDetail::placeSpan(text, selection.start, selection.end, false, QString(), &span, &problem)) {
                *error = at(qdeName, selection.line, problem + u' ' + tr("(REFI-QDA positions are code points)"));
                return false;
            }
            const QString slice = document.text.mid(span.start, span.end - span.start);
            QString shortName = selection.name;
            const bool elided = shortName.endsWith(u'…') || shortName.endsWith(u"..."_s);
            if (elided) {
                shortName = shortName.endsWith(u'…') ? shortName.chopped(1) : shortName.chopped(3);
            }
            if (!selection.name.isEmpty() && (elided ? !slice.startsWith(shortName) : slice != TextDecoder::normaliseLineEndings(selection.name))) {
                *error = at(qdeName,
                    selection.line,
                    tr("the selection %1–%2 reads “%3” in the source, not its name “%4” (REFI-QDA positions are code points).")
                        .arg(selection.start)
                        .arg(selection.end)
                        .arg(slice, selection.name));
                return false;
            }
            for (const QString &ref : selection.noteRefs) {
                usedNotes.insert(ref);
                span.note += (span.note.isEmpty() ? QString() : u"\n"_s) + reader.notes.value(ref);
            }
            if (span.end == span.start) {
                set->skipped.append(SkippedItem{span.origin, tr("an empty selection is left out.")});
                continue;
            }
            if (selection.codes.isEmpty()) {
                set->skipped.append(SkippedItem{span.origin, tr("the selection has no code.")});
                continue;
            }
            for (qsizetype c = 0; c < selection.codes.size(); ++c) {
                if (!reader.codePaths.contains(selection.codes.at(c))) {
                    *error = at(qdeName, selection.line, tr("the selection is coded with %1, which the codebook does not define.").arg(selection.codes.at(c)));
                    return false;
                }
                ImportedSpan coded = span;
                coded.labelPath = reader.codePaths.value(selection.codes.at(c));
                if (c > 0) {
                    coded.key += u'#' + QString::number(c + 1);
                }
                document.spans.append(coded);
            }
        }
        set->documents.append(document);
    }
    for (auto it = reader.notes.cbegin(); it != reader.notes.cend(); ++it) {
        if (!usedNotes.contains(it.key())) {
            set->skipped.append(SkippedItem{qdeName, tr("the project note %1 is not attached to a source or selection.").arg(it.key())});
        }
    }
    return true;
}

} // namespace Scholion::Models
