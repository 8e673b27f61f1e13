// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestionengine.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace Scholion::Models
{

class AnnotationStore;
class ProjectDatabase;

/*!
 * What happens to suggestions: rejections are remembered in the project (table
 * rejected_suggestions, on a connection of its own), acceptances become annotations through
 * the undo stack.
 */
class SuggestionStore final
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionStore)
    Q_DISABLE_COPY_MOVE(SuggestionStore)

public:
    /*!
     * Opens the project at \a projectPath (already migrated by Project). \a readOnly is for
     * listing suggestions without rejecting any, e.g. on a read-only mount.
     */
    explicit SuggestionStore(const QString &projectPath, bool readOnly = false);
    ~SuggestionStore();

    bool isOpen() const;
    QString errorString() const { return m_error; }

    /*! Remembers that \a suggestion was rejected (one transaction). */
    bool reject(const Suggestion &suggestion, const QString &author = {});
    /*! Forgets a rejection. */
    bool unreject(const Suggestion &suggestion);
    bool isRejected(const Suggestion &suggestion) const;
    /*! \a suggestions without the rejected ones (one query per document). */
    QList<Suggestion> withoutRejected(const QList<Suggestion> &suggestions) const;
    int rejectedCount() const;

    /*!
     * \a suggestions as annotations to store: each with its label, its entity and, for aid
     * figures, the amount and currency attributes its label declares.
     */
    static QList<AnnotationWithAttributes> toAnnotations(const AnnotationStore &store, const QList<Suggestion> &suggestions);

    /*!
     * Accepts \a suggestions as annotations, as one undoable step on \a stack named \a text
     * (one transaction: all or none). Returns how many annotations were created; \a error
     * receives the store's message when it refused.
     */
    static int accept(AnnotationStore *store, QUndoStack *stack, const QList<Suggestion> &suggestions, const QString &text, QString *error = nullptr);

private:
    static QString key(qsizetype start, qsizetype end, qint64 labelId, const QString &quote);
    QSet<QString> rejectedIn(qint64 documentId) const;

    std::unique_ptr<ProjectDatabase> m_db;
    mutable QString m_error;
};

} // namespace Scholion::Models
