// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Scholion::Models
{

/*!
 * A table model over rows kept in ascending id order (Row has a qint64 \c id and
 * operator==). applyRows() turns a fresh read of the rows into precise removals,
 * insertions and dataChanged() signals, so views keep their selection and scroll position;
 * resetRows() is for a new project only.
 */
template<typename Row>
class SortedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    /*! The row of the item with \a id, or -1. */
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    qsizetype size() const { return m_rows.size(); }

protected:
    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        reindex();
        endResetModel();
    }

    void applyRows(const QList<Row> &rows)
    {
        // Both lists are ordered by id: walk them together.
        qsizetype i = 0; // in m_rows, as it is edited
        qsizetype j = 0; // in rows
        while (i < m_rows.size() || j < rows.size()) {
            if (j >= rows.size() || (i < m_rows.size() && m_rows.at(i).id < rows.at(j).id)) {
                qsizetype last = i; // a run of rows that are gone
                while (last + 1 < m_rows.size() && (j >= rows.size() || m_rows.at(last + 1).id < rows.at(j).id)) {
                    ++last;
                }
                beginRemoveRows({}, int(i), int(last));
                m_rows.remove(i, last - i + 1);
                endRemoveRows();
            } else if (i >= m_rows.size() || rows.at(j).id < m_rows.at(i).id) {
                qsizetype last = j; // a run of new rows before m_rows[i]
                while (last + 1 < rows.size() && (i >= m_rows.size() || rows.at(last + 1).id < m_rows.at(i).id)) {
                    ++last;
                }
                beginInsertRows({}, int(i), int(i + (last - j)));
                for (qsizetype k = j; k <= last; ++k) {
                    m_rows.insert(i + (k - j), rows.at(k));
                }
                endInsertRows();
                i += last - j + 1;
                j = last + 1;
            } else {
                if (!(m_rows.at(i) == rows.at(j))) {
                    m_rows[i] = rows.at(j);
                    Q_EMIT this->dataChanged(this->index(int(i), 0), this->index(int(i), this->columnCount() - 1));
                }
                ++i;
                ++j;
            }
        }
        reindex();
    }

    /*! Appends rows whose ids are all greater than the last one's. */
    void appendRows(const QList<Row> &rows)
    {
        if (rows.isEmpty()) {
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        for (const Row &row : rows) {
            m_rowOfId.insert(row.id, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }

    /*! Replaces one row in place (same id). */
    void replaceRow(int row, const Row &value)
    {
        if (!(m_rows.at(row) == value)) {
            m_rows[row] = value;
            Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, this->columnCount() - 1));
        }
    }

    QList<Row> m_rows;

private:
    void reindex()
    {
        m_rowOfId.clear();
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            m_rowOfId.insert(m_rows.at(r).id, int(r));
        }
    }

    QHash<qint64, int> m_rowOfId;
};

} // namespace Scholion::Models
