// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatemodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// Internal ids: 0 for a label row, group + 1 for a candidate row under group.
constexpr quintptr LabelRow = 0;
} // namespace

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CandidateModel::~CandidateModel() = default;

void CandidateModel::setDescribers(std::function<QString(qint64)> label,
    std::function<QString(qint64)> document,
    std::function<QString(const Suggestion &)> details)
{
    m_labelName = std::move(label);
    m_documentName = std::move(document);
    m_details = std::move(details);
    if (!m_groups.isEmpty()) {
        beginResetModel();
        endResetModel();
    }
}

void CandidateModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_groupOfLabel.clear();
    m_total = m_checked = 0;
    endResetModel();
    Q_EMIT checkedCountChanged(0, 0);
}

void CandidateModel::append(const QList<Suggestion> &candidates)
{
    if (candidates.isEmpty()) {
        return;
    }
    // Grouped first, so that each label row gets one insertion.
    QList<std::pair<int, QList<Item>>> byGroup;
    QHash<qint64, qsizetype> slot;
    QList<qint64> newLabels;
    for (const Suggestion &s : candidates) {
        auto it = slot.find(s.labelId);
        if (it == slot.end()) {
            it = slot.insert(s.labelId, byGroup.size());
            byGroup.emplaceBack(m_groupOfLabel.value(s.labelId, -1), QList<Item>());
            if (!m_groupOfLabel.contains(s.labelId)) {
                newLabels << s.labelId;
            }
        }
        byGroup[*it].second.append(Item{s, ++m_sequence, true});
    }
    if (!newLabels.isEmpty()) {
        const int first = int(m_groups.size());
        beginInsertRows({}, first, first + int(newLabels.size()) - 1);
        for (const qint64 label : std::as_const(newLabels)) {
            m_groupOfLabel.insert(label, int(m_groups.size()));
            m_groups.append(Group{label, {}, 0});
        }
        endInsertRows();
    }
    for (auto &[group, items] : byGroup) {
        if (group < 0) {
            group = m_groupOfLabel.value(items.constFirst().suggestion.labelId);
        }
        Group &g = m_groups[group];
        const int first = int(g.items.size());
        beginInsertRows(index(group, 0), first, first + int(items.size()) - 1);
        g.items.append(items);
        g.checked += int(items.size());
        endInsertRows();
        m_total += int(items.size());
        m_checked += int(items.size());
        Q_EMIT dataChanged(index(group, 0), index(group, ColumnCount - 1));
    }
    Q_EMIT checkedCountChanged(m_checked, m_total);
}

QList<std::tuple<qint64, int, int>> CandidateModel::counts() const
{
    QList<std::tuple<qint64, int, int>> out;
    for (const Group &g : m_groups) {
        out.append({g.labelId, g.checked, int(g.items.size())});
    }
    return out;
}

QList<Suggestion> CandidateModel::checkedSuggestions() const
{
    QList<const Item *> items;
    items.reserve(m_checked);
    for (const Group &g : m_groups) {
        for (const Item &item : g.items) {
            if (item.checked) {
                items << &item;
            }
        }
    }
    std::sort(items.begin(), items.end(), [](const Item *a, const Item *b) {
        return a->sequence < b->sequence;
    });
    QList<Suggestion> out;
    out.reserve(items.size());
    for (const Item *item : std::as_const(items)) {
        out << item->suggestion;
    }
    return out;
}

int CandidateModel::checkedDocumentCount() const
{
    QSet<qint64> documents;
    for (const Group &g : m_groups) {
        for (const Item &item : g.items) {
            if (item.checked) {
                documents.insert(item.suggestion.documentId);
            }
        }
    }
    return int(documents.size());
}

void CandidateModel::setAllChecked(bool checked)
{
    for (int group = 0; group < m_groups.size(); ++group) {
        const QModelIndex label = index(group, 0);
        setData(label, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

std::optional<Suggestion> CandidateModel::suggestion(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == LabelRow) {
        return std::nullopt;
    }
    return m_groups.at(int(index.internalId() - 1)).items.at(index.row()).suggestion;
}

QModelIndex CandidateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, LabelRow);
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CandidateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == LabelRow) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, LabelRow);
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != LabelRow) {
        return 0;
    }
    return int(m_groups.at(parent.row()).items.size());
}

int CandidateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QLocale locale;
    if (index.internalId() == LabelRow) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case TextColumn:
                return m_labelName ? m_labelName(g.labelId) : QString::number(g.labelId);
            case DocumentColumn:
                return tr("%1 of %2 checked").arg(locale.toString(g.checked), locale.toString(g.items.size()));
            default:
                return {};
            }
        }
        if (role == Qt::CheckStateRole && index.column() == TextColumn) {
            return g.checked == 0 ? Qt::Unchecked : g.checked == g.items.size() ? Qt::Checked : Qt::PartiallyChecked;
        }
        return {};
    }
    const Item &item = m_groups.at(int(index.internalId() - 1)).items.at(index.row());
    const Suggestion &s = item.suggestion;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TextColumn:
            return role == Qt::DisplayRole ? s.text.simplified() : s.text;
        case DocumentColumn:
            return m_documentName ? m_documentName(s.documentId) : QString::number(s.documentId);
        case DetailsColumn:
            return m_details ? m_details(s) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == TextColumn) {
        return item.checked ? Qt::Checked : Qt::Unchecked;
    }
    return {};
}

void CandidateModel::setChecked(int group, int row, bool checked)
{
    Item &item = m_groups[group].items[row];
    if (item.checked == checked) {
        return;
    }
    item.checked = checked;
    const int delta = checked ? 1 : -1;
    m_groups[group].checked += delta;
    m_checked += delta;
}

bool CandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != TextColumn) {
        return false;
    }
    const bool checked = value.value<Qt::CheckState>() != Qt::Unchecked;
    if (index.internalId() == LabelRow) {
        const int group = index.row();
        const int rows = int(m_groups.at(group).items.size());
        for (int row = 0; row < rows; ++row) {
            setChecked(group, row, checked);
        }
        Q_EMIT dataChanged(index, this->index(group, ColumnCount - 1), {Qt::CheckStateRole, Qt::DisplayRole});
        if (rows > 0) {
            Q_EMIT dataChanged(this->index(0, TextColumn, index), this->index(rows - 1, TextColumn, index), {Qt::CheckStateRole});
        }
    } else {
        const int group = int(index.internalId() - 1);
        setChecked(group, index.row(), checked);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT dataChanged(this->index(group, 0), this->index(group, ColumnCount - 1), {Qt::CheckStateRole, Qt::DisplayRole});
    }
    Q_EMIT checkedCountChanged(m_checked, m_total);
    return true;
}

Qt::ItemFlags CandidateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TextColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TextColumn:
        return tr("Text");
    case DocumentColumn:
        return tr("Document");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Scholion::Models
