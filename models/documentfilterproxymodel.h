// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roles.h"

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace Scholion::Models
{

/*!
 * Filters the document list by a text (every word must occur in the title or the path,
 * ignoring case and diacritics) and optionally by status; sorts by each column's natural
 * value (SortRole), so sizes sort as numbers and dates as dates.
 *
 * Texts sort by the locale's collation, ignoring case, through sort keys computed once per
 * text: comparing keys is a byte compare, where QSortFilterProxyModel's own locale-aware
 * comparison would fold and collate both strings again in each of the ~n log n comparisons
 * (seconds for 100,000 documents, T3).
 */
class DocumentFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterProxyModel)

public:
    explicit DocumentFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    std::optional<DocumentStatus> statusFilter() const { return m_status; }
    void setStatusFilter(std::optional<DocumentStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void beginRowsFilterChange();

    QString m_filterText;
    QStringList m_words;
    std::optional<DocumentStatus> m_status;
    QCollator m_collator;
    mutable QHash<QString, QCollatorSortKey> m_sortKeys; ///< by text; dropped when the source resets
};

} // namespace Scholion::Models
