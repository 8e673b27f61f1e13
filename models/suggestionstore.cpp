// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionstore.h"

#include "annotationcommands.h"
#include "annotationstore.h"
#include "projectdatabase.h"
#include "reanchor.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

SuggestionStore::SuggestionStore(const QString &projectPath)
    : m_db(std::make_unique<ProjectDatabase>())
{
    if (!m_db->open(projectPath)) {
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
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
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

int SuggestionStore::accept(AnnotationStore *store, QUndoStack *stack, const QList<Suggestion> &suggestions, const QString &text, QString *error)
{
    if (suggestions.isEmpty()) {
        return 0;
    }
    int created = 0;
    stack->beginMacro(text);
    for (const Suggestion &s : suggestions) {
        Annotation annotation;
        annotation.documentId = s.documentId;
        annotation.labelId = s.labelId;
        annotation.start = s.start;
        annotation.end = s.end;
        annotation.quote = s.text;
        annotation.entityId = s.entityId;
        qint64 id = 0;
        stack->push(new AddAnnotationCommand(store, annotation, nullptr, &id));
        if (id == 0) {
            if (error) {
                *error = store->errorString();
            }
            continue;
        }
        ++created;
        for (const LabelAttribute &attribute : store->attributesFor(s.labelId)) {
            const QString value = attribute.name == "amount"_L1 ? s.amount : attribute.name == "currency"_L1 ? s.currency : QString();
            if (!value.isEmpty()) {
                stack->push(new SetAttributeCommand(store, id, attribute, QString(), value));
            }
        }
    }
    stack->endMacro();
    return created;
}

int SuggestionStore::acceptInOneTransaction(const QList<Suggestion> &suggestions, const std::function<QString(qint64)> &textOf, const QString &author)
{
    if (!isOpen()) {
        return -1;
    }
    QSqlDatabase db = m_db->database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        m_error = tr("Cannot write to the project: %1").arg(transaction.errorString());
        return -1;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, entity_id, author, created_at, updated_at, "
                   "anchor_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
    QSqlQuery attributes(db);
    // The attributes a label declares itself or inherits from the labels above it.
    attributes.prepare(u"WITH RECURSIVE up(id) AS (SELECT ? UNION ALL SELECT l.parent_id FROM labels l JOIN up ON l.id = up.id WHERE l.parent_id IS NOT NULL) "
                       "SELECT a.id, a.name FROM label_attributes a JOIN up ON a.label_id = up.id"_s);
    QSqlQuery setAttribute(db);
    setAttribute.prepare(u"INSERT INTO annotation_attributes (annotation_id, attribute_id, value) VALUES (?, ?, ?)"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 textId = 0;
    QString text;
    int made = 0;
    for (const Suggestion &s : suggestions) {
        if (s.documentId != textId) {
            textId = s.documentId;
            text = textOf(textId);
        }
        if (s.start < 0 || s.end > text.size() || s.start >= s.end || QStringView(text).mid(s.start, s.end - s.start) != s.text) {
            m_error = tr("The suggestion “%1” no longer matches its document; nothing was accepted.").arg(s.text);
            return -1;
        }
        const TextAnchor anchor = TextAnchor::fromText(text, s.start, s.end);
        for (const QVariant &value : {QVariant(s.documentId),
                 QVariant(s.labelId),
                 QVariant(s.start),
                 QVariant(s.end),
                 QVariant(anchor.quote),
                 QVariant(anchor.prefix),
                 QVariant(anchor.suffix),
                 s.entityId ? QVariant(s.entityId) : QVariant(),
                 QVariant(author),
                 QVariant(now),
                 QVariant(now)}) {
            insert.addBindValue(value);
        }
        if (!insert.exec()) {
            m_error = tr("Cannot save the annotation “%1”: %2").arg(s.text, insert.lastError().text());
            return -1;
        }
        const qint64 id = insert.lastInsertId().toLongLong();
        attributes.addBindValue(s.labelId);
        if (!attributes.exec()) {
            m_error = attributes.lastError().text();
            return -1;
        }
        while (attributes.next()) {
            const QString name = attributes.value(1).toString();
            const QString value = name == "amount"_L1 ? s.amount : name == "currency"_L1 ? s.currency : QString();
            if (value.isEmpty()) {
                continue;
            }
            setAttribute.addBindValue(id);
            setAttribute.addBindValue(attributes.value(0));
            setAttribute.addBindValue(value);
            if (!setAttribute.exec()) {
                m_error = tr("Cannot save the attribute of “%1”: %2").arg(s.text, setAttribute.lastError().text());
                return -1;
            }
        }
        ++made;
    }
    if (!transaction.commit()) {
        m_error = tr("Cannot write to the project: %1").arg(transaction.errorString());
        return -1;
    }
    return made;
}

} // namespace Scholion::Models
