// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "lensdefinitions.h"
#include "lensscanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Scholion::Models
{

class AnnotationStore;
class LensDefinitions;

/*! A candidate span found by a lens, with the label (and entity, amount) it would get. */
struct Suggestion {
    qint64 documentId = 0;
    qsizetype start = 0; ///< UTF-16 code units into the canonical text
    qsizetype end = 0; ///< exclusive
    QString text; ///< the slice [start, end)
    QString lensId; ///< "quotes", "money", …
    QString format; ///< what the lens matched: "Quote", "Money", "Date", "Actor", or a user format
    qint64 labelId = 0;
    qint64 entityId = 0; ///< known actors: the entity whose name or alias it is
    QString amount; ///< aid figures: the amount as a plain number ("500000000"), empty when not readable
    QString currency; ///< aid figures: the ISO code, if written
    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

/*!
 * Turns lens hits into suggestions, headless (an AbstractHighlighter, no widgets), the same
 * rules the reader draws (PRODUCT.md §4).
 *
 * Quote → Quote (the words between the quotation marks, without a trailing comma; only closed
 * quotations), Money → Aid figure with the amount parsed by AmountParser, Date → Date, Known
 * actor → the Actor label of the entity's type (Actor › Person, …) linked to that entity, a user
 * lens's format → the label of that name, if the project has one. Handles and links are not
 * suggested. A candidate the project's labels cannot take is left out, and so is one an
 * annotation of its label (or a label below it) already overlaps.
 *
 * An engine remembers what it looked up per text (the entities an actor's name matches, the
 * amount a figure reads as) for its lifetime: make a new one after entities or labels changed.
 */
class SuggestionEngine final : public LensScanner
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionEngine)

public:
    SuggestionEngine(const LensDefinitions &lenses, const AnnotationStore &store);
    /*!
     * For a worker thread: the lenses \a lenses (copied from the GUI's LensDefinitions) with
     * definitions from \a repository (newThreadRepository(), its actor list applied), and a
     * store open on the worker's own connection.
     */
    SuggestionEngine(const QList<Lens> &lenses, KSyntaxHighlighting::Repository &repository, const AnnotationStore &store);

    /*! The lenses to run, by id; empty (the default) runs every lens. Unknown ids are ignored. */
    void setLensIds(const QStringList &ids) { m_lensIds = ids; }
    QStringList lensIds() const { return m_lensIds; }

    /*!
     * The suggestions for document \a documentId with canonical text \a text, in text order,
     * without those that \a existing (its annotations) already cover.
     */
    QList<Suggestion> suggest(qint64 documentId, const QString &text, const QList<Annotation> &existing = {});

    /*!
     * "Annotate all occurrences": the other places in \a text (of annotation.documentId) where
     * \a annotation's quote stands as whole words, matching case or not, as suggestions with
     * its label and entity (aid figures with their parsed amount). Places an annotation of that
     * label in \a existing already overlaps are left out.
     */
    static QList<Suggestion>
    occurrencesOf(const AnnotationStore &store, const Annotation &annotation, const QString &text, const QList<Annotation> &existing, bool caseSensitive);

private:
    QList<Lens> m_lenses;
    KSyntaxHighlighting::Repository &m_repository;
    const AnnotationStore &m_store;
    QStringList m_lensIds;
    QHash<QString, QList<Entity>> m_entityMatches; ///< by the actor's text
    QHash<QString, std::pair<QString, QString>> m_amounts; ///< (amount, currency) by the figure's text, per label
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::Suggestion)
