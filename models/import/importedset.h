// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Scholion::Models
{

/*! The annotated-set formats that `scholion import --format` reads. */
enum class SetFormat {
    Brat, ///< a folder of brat standoff .txt + .ann files
    Jsonl, ///< Scholion JSONL, code-point offsets
    Doccano, ///< doccano JSONL, UTF-16 offsets
    Qdpx, ///< REFI-QDA project (.qdpx, or a bare .qde)
    Conll, ///< CoNLL / IOB1 / IOB2 / BIOES token files
};

/*! "brat", "jsonl", "doccano", "qdpx", "conll". */
QString setFormatName(SetFormat format);
std::optional<SetFormat> setFormatFromName(QStringView name);

/*!
 * A text as a set's offsets see it (\c raw, line endings as in the file) and as the project
 * stores it (\c canonical, every "\r\n" and lone '\r' turned into '\n'), with the conversions
 * a reader needs: code points to raw UTF-16 offsets, and raw UTF-16 to canonical UTF-16.
 */
class SourceText final
{
public:
    explicit SourceText(const QString &raw = {});

    const QString &raw() const { return m_raw; }
    const QString &canonical() const { return m_canonical; }
    qsizetype codePointLength() const { return m_codePointToRaw.size() - 1; }
    /*! The raw UTF-16 offset of code point offset \a codePoints; nullopt past the end. */
    std::optional<qsizetype> rawFromCodePoints(qsizetype codePoints) const;
    /*! False for an offset outside the text or between the halves of a surrogate pair. */
    bool isBoundary(qsizetype raw16) const;
    /*! The canonical offset of raw offset \a raw16 (a '\r' of "\r\n" maps onto its '\n'). */
    qsizetype canonicalFromRaw(qsizetype raw16) const;

private:
    QString m_raw;
    QString m_canonical;
    QList<qsizetype> m_codePointToRaw;
    QList<qsizetype> m_rawToCanonical;
};

/*! One span read from a set, placed on its document's canonical text. */
struct ImportedSpan {
    QString key; ///< the set's own id (brat T1, doccano 3, a GUID), for relations; may be empty
    QStringList labelPath; ///< {"Actor", "Person"}
    qsizetype start = 0; ///< canonical UTF-16 offset
    qsizetype end = 0;
    QString entity; ///< name of the linked entity, or empty
    QString note;
    QString author;
    QString createdAt;
    QList<std::pair<QString, QString>> attributes; ///< (name, value)
    QString origin; ///< "file:line" for messages
};

/*! A directed, typed link between two spans of the same document, by their keys. */
struct ImportedRelation {
    QString type;
    QString sourceKey;
    QString targetKey;
    QString note;
    QString origin;
};

/*! One document of a set: its text and what was annotated on it. */
struct ImportedDocument {
    QString name; ///< e.g. "PMID-1590827" or "sub/article": becomes imported/<set>/<name>.txt
    QString title; ///< the set's own title, when it has one
    QString text; ///< canonical text
    QString sourceFile; ///< the absolute path of the text file it came from, if any: inside the corpus folder it is the document
    QString origin; ///< the file it was read from
    QList<ImportedSpan> spans;
    QList<ImportedRelation> relations;
    QString note;
};

/*! A label declared by the set even if nothing uses it (a REFI-QDA codebook). */
struct ImportedLabel {
    QStringList path;
    QColor color;
    QString description;
    bool declared = true; ///< created even when no span uses it; false: only lends its colour
};

/*! An entity the set describes (Scholion JSONL). */
struct ImportedEntity {
    QString name;
    QString type;
    QStringList aliases;
    QString note;
};

/*! Something of the set that is not imported, and why. */
struct SkippedItem {
    QString origin; ///< "file:line"
    QString reason;
    friend bool operator==(const SkippedItem &, const SkippedItem &) = default;
};

/*! Everything a reader found in a set, validated and ready to be written. */
struct ImportedSet {
    QString name; ///< folder or file base name
    QList<ImportedDocument> documents;
    QList<ImportedLabel> labels;
    QList<ImportedEntity> entities;
    QList<SkippedItem> skipped;
    QStringList users;
};

/*!
 * The readers of every set format. Each reads and validates the whole set without touching
 * any project; on the first problem it returns false and \a error names the file and, where
 * there is one, the line ("path:12: …").
 */
class SetReader final
{
    Q_DECLARE_TR_FUNCTIONS(SetReader)

public:
    static bool read(SetFormat format, const QString &path, ImportedSet *set, QString *error);

    /*!
     * brat standoff: every .ann in the folder tree with the .txt beside it. T lines (code points;
     * fragments of a discontinuous span with only white space between them, brat's way of
     * crossing a line break, become one span; other fragments become one span each, the first
     * carrying the id), labels named as visual.conf's [labels] section names the types,
     * R relations, A/M attributes (a flag gets the value "true"), N normalisations (the entity
     * named by the quoted string, else by the reference), '#' AnnotatorNotes; an event E becomes
     * its trigger's span plus one relation per argument, typed by the role ("Theme", "Cause").
     * Colours come from visual.conf when it is there.
     */
    static bool readBrat(const QString &folder, ImportedSet *set, QString *error);
    /*! Scholion JSONL (see README "Import"): one document per line, code-point offsets. */
    static bool readJsonl(const QString &file, ImportedSet *set, QString *error);
    /*!
     * doccano JSONL: "text" (or "data"/"column_data") with "label" ([start, end, label]) or
     * "entities" + "relations"; offsets in UTF-16 code units unless \a codePoints.
     * Pretty-printed objects spread over several lines are read too.
     */
    static bool readDoccano(const QString &file, ImportedSet *set, QString *error, bool codePoints = false);
    /*! REFI-QDA: a .qdpx (zip) or a bare .qde; sources, codebook, selections, notes, users. */
    static bool readQdpx(const QString &file, ImportedSet *set, QString *error);
    /*!
     * CoNLL: one token per line (the tag in the last column; tab- or space-separated, the same
     * number of columns on every line), or spaCy's "word|POS|TAG" sentences; "-DOCSTART-" starts
     * a document, a blank line ends a sentence. The scheme follows the suffix: .iob2 and .bioes
     * are checked strictly, anything else reads IOB1, IOB2 and BIOES alike. The text is rebuilt
     * from the tokens: one space between tokens, a newline after each sentence.
     */
    static bool readConll(const QString &file, ImportedSet *set, QString *error);

    /*! "file:line: message". */
    static QString at(const QString &file, qint64 line, const QString &message);
};

} // namespace Scholion::Models
