// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionstore.h"

#include "annotationcommands.h"
#include "annotationstore.h"
#include "projectdatabase.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

SuggestionStore::SuggestionStore(const QString &projectPath, bool readOnly)
    : m_db(std::make_unique<ProjectDatabase>())
{
    if (!m_db->open(projectPath, readOnly ? ProjectDatabase::Access::ReadOnly : ProjectDatabase::Access::ReadWrite)) {
        m_error = m_db->errorString();
    }
}

SuggestionStore::~SuggestionStore() = default;

bool SuggestionStore::isOpen() const
{
    return m_db->isOpen();
}

QString SuggestionStore::key(qsizetype start, qsizetype end, qint64 labelId, const QString &quote)
{
    return u"%1:%2:%3:"_s.arg(start).arg(end).arg(labelId) + quote;
}

bool SuggestionStore::reject(const Suggestion &suggestion, const QString &author)
{
    if (!isOpen()) {
        return false;
    }
    Transaction transaction(m_db->database());
    QSqlQuery query(m_db->database());
    query.prepare(u"INSERT OR REPLACE INTO rejected_suggestions (document_id, start_utf16, end_utf16, label_id, quote, author, rejected_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(suggestion.documentId);
    query.addBindValue(suggestion.start);
    query.addBindValue(suggestion.end);
    query.addBindValue(suggestion.labelId);
    query.addBindValue(suggestion.text);
    query.addBindValue(author);
    query.addBindValue(ProjectDatabase::timestamp());
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        m_error = tr("Cannot remember the rejected suggestion: %1").arg(query.lastError().text() + transaction.errorString());
        return false;
    }
    return true;
}

bool SuggestionStore::unreject(const Suggestion &suggestion)
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery query(m_db->database());
    query.prepare(u"DELETE FROM rejected_suggestions WHERE document_id = ? AND start_utf16 = ? AND end_utf16 = ? AND label_id = ?"_s);
    query.addBindValue(suggestion.documentId);
    query.addBindValue(suggestion.start);
    query.addBindValue(suggestion.end);
    query.addBindValue(suggestion.labelId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QSet<QString> SuggestionStore::rejectedIn(qint64 documentId) const
{
    QSet<QString> keys;
    if (!isOpen()) {
        return keys;
    }
    QSqlQuery query(m_db->database());
    query.prepare(u"SELECT start_utf16, end_utf16, label_id, quote FROM rejected_suggestions WHERE document_id = ?"_s);
    query.addBindValue(documentId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return keys;
    }
    while (query.next()) {
        keys.insert(key(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString()));
    }
    return keys;
}

bool SuggestionStore::isRejected(const Suggestion &suggestion) const
{
    return rejectedIn(suggestion.documentId).contains(key(suggestion.start, suggestion.end, suggestion.labelId, suggestion.text));
}

QList<Suggestion> SuggestionStore::withoutRejected(const QList<Suggestion> &suggestions) const
{
    QHash<qint64, QSet<QString>> rejected;
    QList<Suggestion> kept;
    for (const Suggestion &s : suggestions) {
        auto it = rejected.find(s.documentId);
        if (it == rejected.end()) {
            it = rejected.insert(s.documentId, rejectedIn(s.documentId));
        }
        if (!it->contains(key(s.start, s.end, s.labelId, s.text))) {
            kept.append(s);
        }
    }
    return kept;
}

int SuggestionStore::rejectedCount() const
{
    if (!isOpen()) {
        return 0;
    }
    QSqlQuery query(u"SELECT count(*) FROM rejected_suggestions"_s, m_db->database());
    return query.next() ? query.value(0).toInt() : 0;
}

QList<AnnotationWithAttributes> SuggestionStore::toAnnotations(const AnnotationStore &store, const QList<Suggestion> &suggestions)
{
    QList<AnnotationWithAttributes> result;
    result.reserve(suggestions.size());
    QHash<qint64, QList<LabelAttribute>> attributesOf;
    for (const Suggestion &s : suggestions) {
        AnnotationWithAttributes item;
        item.annotation.documentId = s.documentId;
        item.annotation.labelId = s.labelId;
        item.annotation.start = s.start;
        item.annotation.end = s.end;
        item.annotation.quote = s.text;
        item.annotation.entityId = s.entityId;
        if (!s.amount.isEmpty() || !s.currency.isEmpty()) {
            auto attributes = attributesOf.find(s.labelId);
            if (attributes == attributesOf.end()) {
                attributes = attributesOf.insert(s.labelId, store.attributesFor(s.labelId));
            }
            for (const LabelAttribute &attribute : std::as_const(*attributes)) {
                const QString value = attribute.name == "amount"_L1 ? s.amount : attribute.name == "currency"_L1 ? s.currency : QString();
                if (!value.isEmpty()) {
                    item.attributes.append(AttributeValue{0, attribute.id, value});
                }
            }
        }
        result << item;
    }
    return result;
}

int SuggestionStore::accept(AnnotationStore *store, QUndoStack *stack, const QList<Suggestion> &suggestions, const QString &text, QString *error)
{
    if (suggestions.isEmpty()) {
        return 0;
    }
    QList<AnnotationWithAttributes> stored;
    if (!store->performAddMany(toAnnotations(*store, suggestions), &stored)) {
        if (error) {
            *error = store->errorString();
        }
        return 0;
    }
    // Written already: the command only records the step for undo and redo.
    stack->push(new AddAnnotationsCommand(store, stored, text, true));
    return int(stored.size());
}

} // namespace Scholion::Models
