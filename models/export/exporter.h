// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdocument.h"
#include "exportoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

class QIODevice;

namespace Scholion::Models
{

/*! What the engine counted over the documents written, for tables written at the end. */
struct ExportTotals {
    QHash<qint64, int> mentions; ///< entity id → exported spans linked to it
    QHash<qint64, int> entityDocuments; ///< entity id → exported documents mentioning it
    int documents = 0;
    int spans = 0;
    int relations = 0;
};

/*!
 * One export format. The engine calls begin() once, writeDocument() for each document in
 * order and finish() once, all on its worker thread; an exporter never holds more than one
 * document. Single-file formats write to \c device (a temporary file the engine renames on
 * success), folder formats into \c folder (a temporary folder likewise).
 *
 * Any false return stops the export; errorString() then says why, naming the document or file.
 */
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
    Q_DISABLE_COPY_MOVE(Exporter)

public:
    Exporter() = default;
    virtual ~Exporter();

    static std::unique_ptr<Exporter> create(ExportFormat format);

    virtual bool begin(const ExportContext &context, QIODevice *device, const QString &folder) = 0;
    virtual bool writeDocument(const ExportDocument &document) = 0;
    virtual bool finish(const ExportTotals &totals) = 0;

    QString errorString() const { return m_error; }
    /*! Spans a format could not represent (CoNLL: overlaps); reported, not an error. */
    int droppedSpans() const { return m_dropped; }

protected:
    bool fail(const QString &message);
    /*! Writes all of \a bytes or fails naming \a fileName. */
    bool write(QIODevice *device, const QByteArray &bytes, const QString &fileName);
    /*! A UUID that is the same in every export of this project: derived from its key, \a kind and \a id. */
    static QString stableUuid(const ExportContext &context, const QString &kind, qint64 id);
    /*!
     * Where a document's text goes inside an export folder: its path with ".txt" dropped, so
     * that "regional/08-talks.txt" → "regional/08-talks" and "06-analysis.md" → "06-analysis.md"
     * (folders kept). Should two documents meet on one stem ("a.md" and "a.md.txt"), the later
     * gets "~ID" appended. Callers append ".txt", ".ann", ….
     */
    QString fileStem(const ExportDocument &document);
    /*! Creates the folders above \a filePath (each once per export); fails naming it. */
    bool makeParent(const QString &filePath);

    int m_dropped = 0;

private:
    QString m_error;
    QSet<QString> m_madeFolders; ///< by makeParent(): a brat export of 100k documents asked 200k times
    QSet<QString> m_stems;
};

} // namespace Scholion::Models
