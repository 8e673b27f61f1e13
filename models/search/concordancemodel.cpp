// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordancemodel.h"

#include <QCollator>
#include <QFont>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// A spreadsheet would run a cell starting with one of these as a formula (PRODUCT.md §7).
QString defused(const QString &field)
{
    if (!field.isEmpty() &&
        (field.front() == u'=' || field.front() == u'+' || field.front() == u'-' || field.front() == u'@' || field.front() == u'\t' ||
            field.front() == u'\r')) {
        return u"'"_s + field;
    }
    return field;
}

QString csvField(const QString &field)
{
    QString value = defused(field);
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u'"', u"\"\""_s);
        return u"\""_s + value + u"\""_s;
    }
    return value;
}

QString tsvField(QString field)
{
    for (QChar &c : field) {
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            c = u' ';
        }
    }
    return field;
}

int comparePositions(const SearchHit &a, const SearchHit &b)
{
    if (a.documentId != b.documentId) {
        return a.documentId < b.documentId ? -1 : 1;
    }
    if (a.start != b.start) {
        return a.start < b.start ? -1 : 1;
    }
    if (a.end != b.end) {
        return a.end < b.end ? -1 : 1;
    }
    if (a.annotationId != b.annotationId) {
        return a.annotationId < b.annotationId ? -1 : 1;
    }
    return 0;
}

int compareText(const QString &a, const QString &b)
{
    static thread_local QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(a, b);
}

// The left context's words from the hit outwards: "the big" sorts as "big the".
QString wordsFromTheHit(const QString &left)
{
    QStringList words = left.split(u' ', Qt::SkipEmptyParts);
    std::reverse(words.begin(), words.end());
    return words.join(u' ');
}
} // namespace

ConcordanceModel::ConcordanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ConcordanceModel::~ConcordanceModel() = default;

int ConcordanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ConcordanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DocumentColumn:
            return hit.documentTitle;
        case LeftColumn:
            return hit.left;
        case HitColumn:
            return role == Qt::DisplayRole ? tsvField(hit.hit) : hit.hit;
        case RightColumn:
            return hit.right;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LeftColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == HitColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == DocumentColumn) {
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case HitDocumentIdRole:
        return hit.documentId;
    case HitStartRole:
        return hit.start;
    case HitEndRole:
        return hit.end;
    case HitAnnotationIdRole:
        return hit.annotationId;
    case HitTitleRole:
        return hit.documentTitle;
    default:
        break;
    }
    return {};
}

bool ConcordanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DocumentColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.at(index.row()) != checked) {
        m_checked[index.row()] = checked;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    }
    return true;
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue((section == LeftColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case LeftColumn:
        return tr("Left context");
    case HitColumn:
        return tr("Hit");
    case RightColumn:
        return tr("Right context");
    }
    return {};
}

Qt::ItemFlags ConcordanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DocumentColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QHash<int, QByteArray> ConcordanceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(HitDocumentIdRole, "documentId");
    names.insert(HitStartRole, "start");
    names.insert(HitEndRole, "end");
    names.insert(HitAnnotationIdRole, "annotationId");
    names.insert(HitTitleRole, "title");
    return names;
}

bool ConcordanceModel::lessThan(const SearchHit &a, const SearchHit &b) const
{
    int order = 0;
    switch (m_sortColumn) {
    case LeftColumn:
        // Concordances sort the left context by the words nearest the hit.
        order = compareText(wordsFromTheHit(a.left), wordsFromTheHit(b.left));
        break;
    case HitColumn:
        order = compareText(a.hit, b.hit);
        break;
    case RightColumn:
        order = compareText(a.right, b.right);
        break;
    case DocumentColumn:
        order = compareText(a.documentTitle, b.documentTitle);
        break;
    default:
        break;
    }
    if (order == 0) {
        order = comparePositions(a, b);
    }
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void ConcordanceModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount) {
        column = -1;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> permutation(m_hits.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [this](int a, int b) {
        return lessThan(m_hits.at(a), m_hits.at(b));
    });
    QList<int> newRowOf(m_hits.size());
    QList<SearchHit> hits;
    QList<bool> checked;
    hits.reserve(m_hits.size());
    checked.reserve(m_hits.size());
    for (int newRow = 0; newRow < permutation.size(); ++newRow) {
        hits.append(m_hits.at(permutation.at(newRow)));
        checked.append(m_checked.at(permutation.at(newRow)));
        newRowOf[permutation.at(newRow)] = newRow;
    }
    m_hits = std::move(hits);
    m_checked = std::move(checked);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ConcordanceModel::clear()
{
    if (m_hits.isEmpty()) {
        return;
    }
    beginResetModel();
    m_hits.clear();
    m_checked.clear();
    endResetModel();
}

void ConcordanceModel::appendHits(const QList<SearchHit> &hits)
{
    if (hits.isEmpty()) {
        return;
    }
    QList<SearchHit> incoming = hits;
    std::stable_sort(incoming.begin(), incoming.end(), [this](const SearchHit &a, const SearchHit &b) {
        return lessThan(a, b);
    });
    // Streamed hits usually come after every row already there: one insertion then.
    if (m_hits.isEmpty() || !lessThan(incoming.constFirst(), m_hits.constLast())) {
        const int first = int(m_hits.size());
        beginInsertRows({}, first, first + int(incoming.size()) - 1);
        m_hits.append(incoming);
        m_checked.insert(m_checked.size(), incoming.size(), false);
        endInsertRows();
        return;
    }
    for (const SearchHit &hit : std::as_const(incoming)) {
        const auto at = std::upper_bound(m_hits.cbegin(), m_hits.cend(), hit, [this](const SearchHit &a, const SearchHit &b) {
            return lessThan(a, b);
        });
        const int row = int(at - m_hits.cbegin());
        beginInsertRows({}, row, row);
        m_hits.insert(row, hit);
        m_checked.insert(row, false);
        endInsertRows();
    }
}

SearchHit ConcordanceModel::hit(int row) const
{
    return m_hits.value(row);
}

QList<int> ConcordanceModel::checkedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_checked.size(); ++row) {
        if (m_checked.at(row)) {
            rows << row;
        }
    }
    return rows;
}

void ConcordanceModel::setAllChecked(bool checked)
{
    if (m_hits.isEmpty()) {
        return;
    }
    std::fill(m_checked.begin(), m_checked.end(), checked);
    Q_EMIT dataChanged(index(0, DocumentColumn), index(int(m_hits.size()) - 1, DocumentColumn), {Qt::CheckStateRole});
}

int ConcordanceModel::documentCount() const
{
    QSet<qint64> documents;
    for (const SearchHit &hit : m_hits) {
        documents.insert(hit.documentId);
    }
    return int(documents.size());
}

QStringList ConcordanceModel::fields(int row) const
{
    const SearchHit &hit = m_hits.at(row);
    return {hit.documentTitle, QString::number(hit.start), QString::number(hit.end), hit.left, hit.hit, hit.right};
}

QString ConcordanceModel::toCsv(const QList<int> &rows) const
{
    QString csv =
        QStringList{tr("Document"), tr("Start (UTF-16)"), tr("End (UTF-16)"), tr("Left context"), tr("Hit"), tr("Right context")}.join(u',') + u"\r\n"_s;
    for (const int row : rows) {
        if (row < 0 || row >= m_hits.size()) {
            continue;
        }
        QStringList line;
        for (const QString &field : fields(row)) {
            line << csvField(field);
        }
        csv += line.join(u',') + u"\r\n"_s;
    }
    return csv;
}

QString ConcordanceModel::toTsv(const QList<int> &rows) const
{
    QString tsv = QStringList{tr("Document"), tr("Start (UTF-16)"), tr("End (UTF-16)"), tr("Left context"), tr("Hit"), tr("Right context")}.join(u'\t') + u'\n';
    for (const int row : rows) {
        if (row < 0 || row >= m_hits.size()) {
            continue;
        }
        QStringList line;
        for (const QString &field : fields(row)) {
            line << tsvField(field);
        }
        tsv += line.join(u'\t') + u'\n';
    }
    return tsv;
}

} // namespace Scholion::Models
