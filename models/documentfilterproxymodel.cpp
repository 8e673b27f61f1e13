// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfilterproxymodel.h"

#include "textfold.h"

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

// Qt 6.9 brackets filter changes; 6.8 only invalidates afterwards.
void DocumentFilterProxyModel::beginRowsFilterChange()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
#endif
}

DocumentFilterProxyModel::DocumentFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Keys of texts that left the list are not kept forever.
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_sortKeys.clear();
    });
}

bool DocumentFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (l.typeId() != QMetaType::QString || r.typeId() != QMetaType::QString) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const auto keyOf = [this](const QString &text) -> QCollatorSortKey { // a copy: the next insert may rehash
        auto it = m_sortKeys.constFind(text);
        if (it == m_sortKeys.cend()) {
            it = m_sortKeys.insert(text, m_collator.sortKey(text));
        }
        return *it;
    };
    const QString a = l.toString();
    const QString b = r.toString();
    const int order = keyOf(a).compare(keyOf(b));
    // Equal for the collation (case, or characters it ignores): the code points decide, so
    // the order never depends on the order rows arrived in.
    return order != 0 ? order < 0 : a < b;
}

void DocumentFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText) {
        return;
    }
    beginRowsFilterChange();
    m_filterText = text;
    m_words = foldForMatching(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void DocumentFilterProxyModel::setStatusFilter(std::optional<DocumentStatus> status)
{
    if (status == m_status) {
        return;
    }
    beginRowsFilterChange();
    m_status = status;
    invalidateRowsFilter();
}

bool DocumentFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(StatusRole).toInt() != int(*m_status)) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = foldForMatching(index.data(TitleRole).toString() + u' ' + index.data(SourcePathRole).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace Scholion::Models
