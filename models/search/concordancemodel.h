// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/search/searchengine.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Scholion::Models
{

// Unscoped on purpose: the values feed Qt's int-based data() role API. A range of their own.
enum ConcordanceRole {
    HitDocumentIdRole = Qt::UserRole + 200,
    HitStartRole,
    HitEndRole,
    HitAnnotationIdRole,
    HitTitleRole,
};

/*!
 * Search hits as a concordance: one row per hit, columns Document | Left | Hit | Right.
 *
 * The left context is right-aligned and the hit bold, so hits line up in a view. Rows are
 * checkable on the Document column (for "annotate checked hits"). Until sort() is called
 * (and after sort(-1)) hits are in document order, then by position: the order a search
 * finds them in. sort() by Document orders by title, by Left by the words nearest the hit;
 * ties keep document order. appendHits() inserts new hits in place in the current order,
 * so streamed results stay grouped by document.
 *
 * toCsv() and toTsv() copy rows (with a header line) for the clipboard and "export results":
 * the CSV guards against spreadsheet formula injection (PRODUCT.md §7); the TSV shows tabs
 * and line breaks inside a field as spaces.
 */
class ConcordanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcordanceModel)

public:
    enum Column {
        DocumentColumn,
        LeftColumn,
        HitColumn,
        RightColumn,
        ColumnCount,
    };

    explicit ConcordanceModel(QObject *parent = nullptr);
    ~ConcordanceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void clear();
    void appendHits(const QList<Scholion::Models::SearchHit> &hits);
    SearchHit hit(int row) const;
    QList<SearchHit> hits() const { return m_hits; }
    /*! The checked rows, ascending. */
    QList<int> checkedRows() const;
    void setAllChecked(bool checked);
    /*! How many distinct documents the hits are in. */
    int documentCount() const;

    QString toCsv(const QList<int> &rows) const;
    QString toTsv(const QList<int> &rows) const;

private:
    bool lessThan(const SearchHit &a, const SearchHit &b) const;
    QStringList fields(int row) const;

    QList<SearchHit> m_hits;
    QList<bool> m_checked;
    int m_sortColumn = -1; ///< -1: the order hits are found in (document, then position)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Scholion::Models
