// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "models/projectdatabase.h"
#include "models/textfold.h"
#include "searchindex.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
constexpr qsizetype ContextLength = 60;
// highlight() marks FTS5 hits with these noncharacters, which canonical texts do not use.
constexpr char16_t HitOpen = 0xFDD0;
constexpr char16_t HitClose = 0xFDD1;
constexpr int BatchSize = 100;
constexpr qint64 BatchMs = 50;

bool isBreakingSpace(QChar c)
{
    return c.isSpace();
}

QString shown(QStringView context)
{
    QString text = context.toString();
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            c = u' ';
        }
    }
    return text;
}

// Moves a cut so that it never splits a surrogate pair or a letter from its combining marks.
qsizetype safeCut(const QString &text, qsizetype index, bool forward)
{
    const auto splits = [&](qsizetype i) {
        if (i <= 0 || i >= text.size()) {
            return false;
        }
        return text.at(i).isLowSurrogate() || text.at(i).isMark() || text.at(i).unicode() == 0x200D || text.at(i - 1).unicode() == 0x200D;
    };
    while (splits(index)) {
        index += forward ? 1 : -1;
    }
    return index;
}

QString leftContext(const QString &text, qsizetype start)
{
    qsizetype from = std::max<qsizetype>(0, start - ContextLength);
    if (from > 0) {
        qsizetype space = -1;
        for (qsizetype i = from; i < start; ++i) {
            if (isBreakingSpace(text.at(i))) {
                space = i;
                break;
            }
        }
        from = space >= 0 ? space + 1 : safeCut(text, from, true);
    }
    return shown(QStringView(text).mid(from, start - from));
}

QString rightContext(const QString &text, qsizetype end)
{
    qsizetype to = std::min(text.size(), end + ContextLength);
    if (to < text.size()) {
        qsizetype space = -1;
        for (qsizetype i = to; i > end; --i) {
            if (isBreakingSpace(text.at(i))) {
                space = i;
                break;
            }
        }
        to = space >= 0 ? space : safeCut(text, to, false);
    }
    return shown(QStringView(text).mid(end, to - end));
}

SearchHit makeHit(qint64 documentId, const QString &title, const QString &text, qsizetype start, qsizetype end)
{
    SearchHit hit;
    hit.documentId = documentId;
    hit.documentTitle = title;
    hit.start = start;
    hit.end = end;
    hit.hit = text.mid(start, end - start);
    hit.left = leftContext(text, start);
    hit.right = rightContext(text, end);
    return hit;
}

// The tokens of a term sequence appear, in order and exact case, among a hit's tokens.
bool containsTerm(const QStringList &hitTokens, const QStringList &termTokens, bool prefix)
{
    if (termTokens.isEmpty() || termTokens.size() > hitTokens.size()) {
        return false;
    }
    for (qsizetype first = 0; first + termTokens.size() <= hitTokens.size(); ++first) {
        bool all = true;
        for (qsizetype i = 0; i < termTokens.size() && all; ++i) {
            const QString &have = hitTokens.at(first + i);
            const QString &want = termTokens.at(i);
            const bool last = i == termTokens.size() - 1;
            all = (prefix && last) ? have.startsWith(want) : have == want;
        }
        if (all) {
            return true;
        }
    }
    return false;
}

bool matchesCase(const QString &hit, const QList<QStringList> &termTokens, const QList<bool> &prefixes)
{
    const QStringList hitTokens = searchTokens(hit, false);
    for (qsizetype i = 0; i < termTokens.size(); ++i) {
        if (containsTerm(hitTokens, termTokens.at(i), prefixes.at(i))) {
            return true;
        }
    }
    return false;
}

// The hit ranges of a text marked by highlight(); \a text receives the text without marks.
QList<std::pair<qsizetype, qsizetype>> markedRanges(const QString &marked, QString *text)
{
    QString plain;
    plain.reserve(marked.size());
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype open = -1;
    for (const QChar c : marked) {
        if (c == QChar(HitOpen)) {
            open = plain.size();
        } else if (c == QChar(HitClose) && open >= 0) {
            ranges.append({open, plain.size()});
            open = -1;
        } else {
            plain += c;
        }
    }
    if (text) {
        *text = std::move(plain);
    }
    return ranges;
}

QString unmarked(const QString &marked)
{
    QString plain;
    markedRanges(marked, &plain);
    return plain;
}

struct Outcome {
    int total = 0;
    bool cancelled = false;
    QString error;
};

using Deliver = std::function<void(QList<SearchHit> &&)>;

class Searcher
{
    Q_DECLARE_TR_FUNCTIONS(SearchEngine)

public:
    Searcher(const QString &path, const SearchRequest &request, const std::atomic_bool &cancel, const Deliver &deliver)
        : m_path(path)
        , m_request(request)
        , m_cancel(cancel)
        , m_deliver(deliver)
    {
    }

    Outcome run()
    {
        switch (m_request.mode) {
        case SearchRequest::Mode::FullText:
            fullText();
            break;
        case SearchRequest::Mode::Regex:
            regex();
            break;
        case SearchRequest::Mode::Annotations:
            annotations();
            break;
        }
        flush();
        m_outcome.cancelled = m_outcome.error.isEmpty() && m_cancel.load();
        return m_outcome;
    }

private:
    bool fail(const QString &message)
    {
        m_outcome.error = message;
        return false;
    }

    bool openDatabase(bool needIndex)
    {
        const auto indexComplete = [this] {
            return m_db.meta(u"search_indexed_upto"_s) == QString::number(std::numeric_limits<qint64>::max());
        };
        if (!m_db.open(m_path, ProjectDatabase::Access::ReadOnly) || (needIndex && !indexComplete())) {
            const QString readOnlyError = m_db.errorString();
            m_db.close();
            // A project from before the index (or with its index being built) is brought up to
            // date first; that needs write access.
            QString buildError;
            if (!SearchIndex::buildNow(m_path, false, &buildError, {}, &m_cancel)) {
                return fail(readOnlyError.isEmpty() ? buildError : readOnlyError);
            }
            if (m_cancel.load()) {
                return false;
            }
            if (!m_db.open(m_path, ProjectDatabase::Access::ReadOnly)) {
                return fail(m_db.errorString());
            }
        }
        return true;
    }

    bool limitReached() const { return m_request.limit > 0 && m_outcome.total >= m_request.limit; }

    void add(SearchHit &&hit)
    {
        m_batch.append(std::move(hit));
        ++m_outcome.total;
        if (m_batch.size() >= BatchSize || m_sinceFlush.elapsed() >= BatchMs) {
            flush();
        }
    }

    void flush()
    {
        if (!m_batch.isEmpty()) {
            m_deliver(std::move(m_batch));
            m_batch.clear();
        }
        m_sinceFlush.start();
    }

    // The document filters (status, date) as SQL over the alias "d", with their values.
    QString documentConditions(QVariantList *values) const
    {
        const AnnotationFilter &filter = m_request.filter;
        QString sql;
        if (!filter.statuses.isEmpty()) {
            QStringList marks;
            for (const DocumentStatus status : filter.statuses) {
                marks << u"?"_s;
                values->append(int(status));
            }
            sql += u" AND d.status IN ("_s + marks.join(u',') + u")"_s;
        }
        if (filter.dateFrom.isValid()) {
            sql += u" AND d.doc_date IS NOT NULL AND d.doc_date >= ?"_s;
            values->append(filter.dateFrom.toString(Qt::ISODate));
        }
        if (filter.dateTo.isValid()) {
            sql += u" AND d.doc_date IS NOT NULL AND d.doc_date <= ?"_s;
            values->append(filter.dateTo.toString(Qt::ISODate));
        }
        return sql;
    }

    void fullText()
    {
        const ParsedQuery parsed = parseSearchQuery(m_request.query, !m_request.wholeWords);
        if (!parsed.isValid()) {
            fail(parsed.error);
            return;
        }
        if (!openDatabase(true)) {
            return;
        }
        QList<QStringList> termTokens;
        for (const QString &term : parsed.terms) {
            termTokens << searchTokens(term, false);
        }
        QVariantList values{QString(QChar(HitOpen)), QString(QChar(HitClose)), parsed.ftsExpression};
        const QString sql =
            u"SELECT d.id, d.title, highlight(document_fts, 0, ?, ?), d.text_length_utf16 FROM document_fts JOIN documents d ON d.id = document_fts.rowid "
            "WHERE document_fts MATCH ?"_s +
            documentConditions(&values) + u" ORDER BY document_fts.rowid"_s;
        QSqlQuery query(m_db.database());
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values)) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            qWarning("Full-text search failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(parsed.ftsExpression));
            fail(tr("The search for “%1” could not run in “%2”.").arg(m_request.query, m_path));
            return;
        }
        while (!limitReached() && !m_cancel.load() && query.next()) {
            const qint64 documentId = query.value(0).toLongLong();
            const QString title = query.value(1).toString();
            QString text;
            const QList<std::pair<qsizetype, qsizetype>> ranges = markedRanges(query.value(2).toString(), &text);
            if (text.size() != query.value(3).toLongLong()) {
                // The text itself contains a marker character: these offsets cannot be trusted.
                qWarning("Search: document %lld contains U+FDD0/U+FDD1; its hits are left out", documentId);
                continue;
            }
            for (const auto &[start, end] : ranges) {
                if (m_request.caseSensitive && !matchesCase(text.mid(start, end - start), termTokens, parsed.termIsPrefix)) {
                    continue;
                }
                add(makeHit(documentId, title, text, start, end));
                if (limitReached()) {
                    break;
                }
            }
        }
    }

    void regex()
    {
        if (m_request.query.isEmpty()) {
            fail(tr("Type a regular expression to search for."));
            return;
        }
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
        if (!m_request.caseSensitive) {
            options |= QRegularExpression::CaseInsensitiveOption;
        }
        QRegularExpression expression(m_request.query, options);
        if (!expression.isValid()) {
            fail(tr("The regular expression is not valid at character %1: %2.").arg(expression.patternErrorOffset() + 1).arg(expression.errorString()));
            return;
        }
        if (m_request.wholeWords) {
            expression.setPattern(u"\\b(?:"_s + m_request.query + u")\\b"_s);
        }
        expression.optimize();
        if (!openDatabase(false)) {
            return;
        }
        QVariantList values;
        const QString sql = u"SELECT d.id, d.title, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE 1"_s +
            documentConditions(&values) + u" ORDER BY d.id"_s;
        QSqlQuery query(m_db.database());
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values)) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            fail(tr("Cannot read the documents of “%1”: %2").arg(m_path, query.lastError().text()));
            return;
        }
        while (!limitReached() && !m_cancel.load() && query.next()) {
            const qint64 documentId = query.value(0).toLongLong();
            const QString title = query.value(1).toString();
            const QString text = query.value(2).toString();
            QRegularExpressionMatchIterator matches = expression.globalMatch(text);
            int sinceCheck = 0;
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                if (++sinceCheck == 1000) {
                    sinceCheck = 0;
                    if (m_cancel.load()) {
                        return;
                    }
                }
                if (match.capturedLength() == 0) {
                    continue;
                }
                add(makeHit(documentId, title, text, match.capturedStart(), match.capturedEnd()));
                if (limitReached()) {
                    return;
                }
            }
        }
    }

    // The annotations whose text matches the query, by FTS5 itself over a temporary index of
    // the candidates' texts, so the query means what it means in full-text search.
    template<typename Item, typename IdAndText>
    std::optional<QSet<qint64>> quotesMatching(const QList<Item> &items, const ParsedQuery &parsed, IdAndText idAndText)
    {
        QSqlQuery query(m_db.database());
        if (!query.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')"_s) ||
            !query.exec(u"DELETE FROM temp.quote_fts"_s)) {
            fail(tr("Cannot search the annotations of “%1”: %2").arg(m_path, query.lastError().text()));
            return std::nullopt;
        }
        QVariantList ids;
        QVariantList texts;
        for (const Item &item : items) {
            const auto [id, text] = idAndText(item);
            ids << id;
            texts << text;
        }
        query.prepare(u"INSERT INTO temp.quote_fts (rowid, text) VALUES (?, ?)"_s);
        query.addBindValue(ids);
        query.addBindValue(texts);
        if (!query.execBatch()) {
            fail(tr("Cannot search the annotations of “%1”: %2").arg(m_path, query.lastError().text()));
            return std::nullopt;
        }
        QList<QStringList> termTokens;
        for (const QString &term : parsed.terms) {
            termTokens << searchTokens(term, false);
        }
        query.prepare(u"SELECT rowid, highlight(quote_fts, 0, ?, ?) FROM temp.quote_fts WHERE quote_fts MATCH ?"_s);
        query.addBindValue(QString(QChar(HitOpen)));
        query.addBindValue(QString(QChar(HitClose)));
        query.addBindValue(parsed.ftsExpression);
        if (!query.exec()) {
            qWarning("Annotation text search failed: %s (%s)", qPrintable(query.lastError().text()), qPrintable(parsed.ftsExpression));
            fail(tr("The search for “%1” could not run in “%2”.").arg(m_request.query, m_path));
            return std::nullopt;
        }
        QSet<qint64> matching;
        while (query.next()) {
            const QList<std::pair<qsizetype, qsizetype>> ranges = markedRanges(query.value(1).toString(), nullptr);
            const QString plain = unmarked(query.value(1).toString());
            const bool any = std::any_of(ranges.cbegin(), ranges.cend(), [&](const std::pair<qsizetype, qsizetype> &range) {
                return !m_request.caseSensitive || matchesCase(plain.mid(range.first, range.second - range.first), termTokens, parsed.termIsPrefix);
            });
            if (any) {
                matching.insert(query.value(0).toLongLong());
            }
        }
        return matching;
    }

    void annotations()
    {
        ParsedQuery parsed;
        if (!m_request.query.trimmed().isEmpty()) {
            parsed = parseSearchQuery(m_request.query, !m_request.wholeWords);
            if (!parsed.isValid()) {
                fail(parsed.error);
                return;
            }
        }
        if (!openDatabase(false)) {
            return;
        }
        const AnnotationFilter &filter = m_request.filter;
        QVariantList values;
        QString sql;
        if (!filter.labelIds.isEmpty()) {
            QStringList marks;
            for (const qint64 id : filter.labelIds) {
                marks << u"?"_s;
                values << id;
            }
            sql += u"WITH RECURSIVE wanted(id) AS (SELECT id FROM labels WHERE id IN ("_s + marks.join(u',') +
                u") UNION SELECT l.id FROM labels l JOIN wanted w ON l.parent_id = w.id) "_s;
        }
        sql += u"SELECT a.id, a.document_id, d.title, a.start_utf16, a.end_utf16, a.quote, a.note FROM annotations a "
               "JOIN documents d ON d.id = a.document_id WHERE 1"_s;
        if (!filter.labelIds.isEmpty()) {
            sql += u" AND a.label_id IN (SELECT id FROM wanted)"_s;
        }
        if (filter.entityId != 0) {
            sql += u" AND a.entity_id = ?"_s;
            values << filter.entityId;
        }
        if (!filter.relationType.isEmpty()) {
            sql += u" AND EXISTS (SELECT 1 FROM relations r JOIN relation_types rt ON rt.id = r.type_id "
                   "JOIN annotations o ON o.id = CASE WHEN r.source_id = a.id THEN r.target_id ELSE r.source_id END "
                   "WHERE rt.name = ? AND (r.source_id = a.id OR r.target_id = a.id)"_s;
            values << filter.relationType;
            if (filter.relatedEntityId != 0) {
                sql += u" AND o.entity_id = ?"_s;
                values << filter.relatedEntityId;
            }
            sql += u")"_s;
        }
        if (filter.attributeId != 0 && !filter.attributeValue.isEmpty()) {
            sql += u" AND EXISTS (SELECT 1 FROM annotation_attributes v WHERE v.annotation_id = a.id AND v.attribute_id = ? "
                   "AND v.value = ? COLLATE NOCASE)"_s;
            values << filter.attributeId << filter.attributeValue;
        }
        if (filter.attributeId != 0 && (filter.minimum || filter.maximum)) {
            sql += u" AND EXISTS (SELECT 1 FROM annotation_attributes v WHERE v.annotation_id = a.id AND v.attribute_id = ? "
                   "AND trim(v.value) GLOB '*[0-9]*' AND trim(v.value) NOT GLOB '*[^0-9.eE+-]*'"_s;
            values << filter.attributeId;
            if (filter.minimum) {
                sql += filter.minimumExclusive ? u" AND CAST(v.value AS REAL) > ?"_s : u" AND CAST(v.value AS REAL) >= ?"_s;
                values << *filter.minimum;
            }
            if (filter.maximum) {
                sql += filter.maximumExclusive ? u" AND CAST(v.value AS REAL) < ?"_s : u" AND CAST(v.value AS REAL) <= ?"_s;
                values << *filter.maximum;
            }
            sql += u")"_s;
        }
        if (!filter.currency.isEmpty()) {
            sql += u" AND EXISTS (SELECT 1 FROM annotation_attributes c JOIN label_attributes la ON la.id = c.attribute_id "
                   "WHERE c.annotation_id = a.id AND la.name = 'currency' AND c.value = ? COLLATE NOCASE)"_s;
            values << filter.currency;
        }
        if (!filter.noteText.trimmed().isEmpty()) {
            sql += u" AND a.note IS NOT NULL AND a.note <> ''"_s;
        }
        if (!filter.author.isEmpty()) {
            sql += u" AND a.author = ?"_s;
            values << filter.author;
        }
        sql += documentConditions(&values);
        sql += u" ORDER BY a.document_id, a.start_utf16, a.end_utf16 DESC, a.id"_s;

        QSqlQuery query(m_db.database());
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values)) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            fail(tr("Cannot search the annotations of “%1”: %2").arg(m_path, query.lastError().text()));
            return;
        }
        struct Found {
            qint64 id;
            qint64 documentId;
            QString title;
            qsizetype start;
            qsizetype end;
            QString quote;
        };
        QList<Found> found;
        const QStringList noteWords = foldForMatching(filter.noteText).split(u' ', Qt::SkipEmptyParts);
        while (!m_cancel.load() && query.next()) {
            if (!noteWords.isEmpty()) {
                const QString note = foldForMatching(query.value(6).toString());
                if (!std::all_of(noteWords.cbegin(), noteWords.cend(), [&](const QString &word) {
                        return note.contains(word);
                    })) {
                    continue;
                }
            }
            found.append(Found{query.value(0).toLongLong(),
                query.value(1).toLongLong(),
                query.value(2).toString(),
                qsizetype(query.value(3).toLongLong()),
                qsizetype(query.value(4).toLongLong()),
                query.value(5).toString()});
        }
        query.finish();
        if (parsed.isValid() && !found.isEmpty()) {
            const std::optional<QSet<qint64>> matching = quotesMatching(found, parsed, [](const Found &f) {
                return std::pair{f.id, f.quote};
            });
            if (!matching) {
                return;
            }
            found.removeIf([&](const Found &f) {
                return !matching->contains(f.id);
            });
        }

        QSqlQuery textQuery(m_db.database());
        textQuery.prepare(u"SELECT text FROM document_texts WHERE document_id = ?"_s);
        qint64 textDocument = 0;
        QString text;
        for (const Found &f : std::as_const(found)) {
            if (limitReached() || m_cancel.load()) {
                break;
            }
            const qint64 id = f.id;
            const qint64 documentId = f.documentId;
            const qsizetype start = f.start;
            const qsizetype end = f.end;
            const QString &quote = f.quote;
            if (documentId != textDocument) {
                textDocument = documentId;
                textQuery.addBindValue(documentId);
                text = textQuery.exec() && textQuery.next() ? textQuery.value(0).toString() : QString();
                textQuery.finish();
            }
            SearchHit hit;
            if (end <= text.size()) {
                hit = makeHit(documentId, f.title, text, start, end);
            } else {
                hit.documentId = documentId;
                hit.documentTitle = f.title;
                hit.start = start;
                hit.end = end;
                hit.hit = quote;
            }
            hit.annotationId = id;
            add(std::move(hit));
        }
    }

    const QString m_path;
    const SearchRequest m_request;
    const std::atomic_bool &m_cancel;
    const Deliver &m_deliver;
    ProjectDatabase m_db;
    Outcome m_outcome;
    QList<SearchHit> m_batch;
    QElapsedTimer m_sinceFlush;
};

} // namespace

bool AnnotationFilter::isEmpty() const
{
    return labelIds.isEmpty() && entityId == 0 && relationType.isEmpty() && relatedEntityId == 0 && attributeId == 0 && attributeValue.isEmpty() && !minimum &&
        !maximum && currency.isEmpty() && noteText.trimmed().isEmpty() && author.isEmpty() && !hasDocumentFilter();
}

bool AnnotationFilter::hasDocumentFilter() const
{
    return !statuses.isEmpty() || dateFrom.isValid() || dateTo.isValid();
}

SearchEngine::SearchEngine(const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
{
    qRegisterMetaType<QList<Scholion::Models::SearchHit>>();
}

SearchEngine::~SearchEngine()
{
    cancel();
    finishThread();
}

QList<SearchHit> SearchEngine::searchNow(const QString &projectPath, const SearchRequest &request, QString *error)
{
    QList<SearchHit> hits;
    const std::atomic_bool never{false};
    const Deliver collect = [&hits](QList<SearchHit> &&batch) {
        hits.append(std::move(batch));
    };
    const Outcome outcome = Searcher(projectPath, request, never, collect).run();
    if (error) {
        *error = outcome.error;
    }
    if (!outcome.error.isEmpty()) {
        return {};
    }
    return hits;
}

void SearchEngine::start(const SearchRequest &request)
{
    cancel();
    finishThread();
    const int generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    const QString path = m_projectPath;
    m_thread = QThread::create([this, path, request, cancelFlag, generation] {
        const Deliver deliver = [this, generation](QList<SearchHit> &&batch) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, hits = std::move(batch)] {
                    if (generation == m_generation) {
                        Q_EMIT hitsFound(hits);
                    }
                },
                Qt::QueuedConnection);
        };
        const Outcome outcome = Searcher(path, request, *cancelFlag, deliver).run();
        QMetaObject::invokeMethod(
            this,
            [this, generation, outcome] {
                if (generation != m_generation) {
                    return;
                }
                finishThread();
                if (!outcome.error.isEmpty()) {
                    Q_EMIT failed(outcome.error);
                } else {
                    Q_EMIT finished(outcome.total, outcome.cancelled);
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"scholion-search"_s);
    m_thread->start();
}

void SearchEngine::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

bool SearchEngine::isRunning() const
{
    return m_thread != nullptr;
}

void SearchEngine::wait()
{
    if (m_thread) {
        m_thread->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void SearchEngine::finishThread()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace Scholion::Models
