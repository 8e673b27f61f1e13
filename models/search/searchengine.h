// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/roles.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Scholion::Models
{

/*!
 * What the annotations must have to be found in SearchRequest::Mode::Annotations. Empty
 * fields do not filter; all set fields must hold. The document fields (statuses, dates)
 * also restrict full-text and regex searches.
 */
struct AnnotationFilter {
    /*! Labels to find; each label's sub-labels are found too. */
    QList<qint64> labelIds;
    /*! The annotation is linked to this entity. */
    qint64 entityId = 0;
    /*!
     * The annotation has a relation of this type (e.g. "said_by"), in either direction, whose
     * other end is linked to relatedEntityId (any other end when 0): "quotes said_by X".
     */
    QString relationType;
    qint64 relatedEntityId = 0;
    /*! An attribute (label_attributes.id) that must equal attributeValue (case ignored) … */
    qint64 attributeId = 0;
    QString attributeValue;
    /*! … or whose number lies in this range; a bound is exclusive when its flag says so. */
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool minimumExclusive = false;
    bool maximumExclusive = false;
    /*! The annotation's "currency" attribute equals this (e.g. "USD"), for amounts. */
    QString currency;
    /*! Words of the annotation's note (case and accents ignored). */
    QString noteText;
    /*! The annotation's author, exactly. */
    QString author;
    /*! The document has one of these statuses. */
    QList<DocumentStatus> statuses;
    /*! The document's date lies in this range (inclusive); documents without a date are left out when either is set. */
    QDate dateFrom;
    QDate dateTo;

    bool isEmpty() const;
    /*! True when a document field (statuses, dates) is set. */
    bool hasDocumentFilter() const;
};

/*! One search, as the search panel or the command line asks for it. */
struct SearchRequest {
    enum class Mode {
        FullText, ///< query is parsed with parseSearchQuery() and answered by the FTS5 index
        Regex, ///< query is a QRegularExpression run over every canonical text
        Annotations, ///< filter chooses annotations; a non-empty query (full-text syntax) must match their text
    };
    Mode mode = Mode::FullText;
    QString query;
    /*! Full text and annotations: a hit must have the query's case (accents are still ignored). Regex: case matters. */
    bool caseSensitive = false;
    /*!
     * Full text and annotations: off, bare words also match longer words starting with them
     * ("pledge" finds "pledged"); on, only whole words unless the word ends in '*'. Regex: the
     * match must start and end at word boundaries.
     */
    bool wholeWords = false;
    AnnotationFilter filter;
    int limit = 0; ///< at most this many hits; 0 = all
};

/*!
 * One hit: where it is (UTF-16 offsets into the document's canonical text, end exclusive)
 * and what surrounds it. left and right hold about 60 characters of context cut at white
 * space, with line breaks and tabs shown as spaces; hit is exactly the text between start
 * and end.
 */
struct SearchHit {
    qint64 documentId = 0;
    QString documentTitle;
    qint64 start = 0;
    qint64 end = 0;
    QString left;
    QString hit;
    QString right;
    qint64 annotationId = 0; ///< the annotation found, in annotation searches
    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

/*!
 * Searches a project off the GUI thread, on a read-only connection of its own.
 *
 * Hits come in document order (then by position), grouped by document, through hitsFound()
 * in batches as they are found; finished() tells the total, or failed() why nothing could be
 * searched (a malformed query, an invalid regular expression with its offset, an unreadable
 * project). A running search is cancelled by start() and cancel(); regex searches notice it
 * between documents and every few thousand matches.
 *
 * When the full-text index of the project is not complete (a project from before the
 * index, or an index being rebuilt), a full-text search first completes it.
 */
class SearchEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchEngine)

public:
    explicit SearchEngine(const QString &projectPath, QObject *parent = nullptr);
    ~SearchEngine() override;

    /*! Starts \a request, cancelling a running search first. */
    void start(const SearchRequest &request);
    void cancel();
    bool isRunning() const;
    /*! Blocks until the running search has ended and its signals were delivered (tests, shutdown). */
    void wait();

    /*!
     * Runs \a request on the calling thread (command line, tests). On failure returns no hits
     * and sets \a error; \a error is cleared on success.
     */
    static QList<SearchHit> searchNow(const QString &projectPath, const SearchRequest &request, QString *error);

Q_SIGNALS:
    void hitsFound(const QList<Scholion::Models::SearchHit> &hits);
    void finished(int total, bool cancelled);
    void failed(const QString &message);

private:
    void finishThread();

    QString m_projectPath;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::SearchHit)
