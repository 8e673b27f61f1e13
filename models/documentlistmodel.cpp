// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    beginResetModel();
    m_project = project;
    m_rows = project ? project->documentRows() : QList<DocumentRow>();
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows.at(i).id, i);
    }
    endResetModel();
    if (project) {
        connect(project, &Project::documentsAdded, this, &DocumentListModel::appendNew);
        connect(project, &Project::documentsChanged, this, &DocumentListModel::reload);
        connect(project, &Project::documentChanged, this, &DocumentListModel::refreshDocument);
        connect(project, &Project::closed, this, [this] {
            setProject(nullptr);
        });
    }
}

void DocumentListModel::reload()
{
    applyRows(m_project ? m_project->documentRows() : QList<DocumentRow>());
}

void DocumentListModel::refreshDocument(qint64 id)
{
    const int row = rowOfDocument(id);
    if (row < 0 || !m_project) {
        return;
    }
    if (const std::optional<DocumentRow> fresh = m_project->documentRow(id); fresh && !(*fresh == m_rows.at(row))) {
        m_rows[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void DocumentListModel::appendNew()
{
    if (!m_project) {
        return;
    }
    const QList<DocumentRow> rows = m_project->documentRowsAfter(m_rows.isEmpty() ? 0 : m_rows.constLast().id);
    if (rows.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const DocumentRow &row : rows) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void DocumentListModel::applyRows(const QList<DocumentRow> &rows)
{
    // Both lists are ordered by id: walk them together.
    int i = 0; // position in m_rows as it is being edited
    int j = 0; // position in rows
    while (i < m_rows.size() || j < rows.size()) {
        if (j >= rows.size() || (i < m_rows.size() && m_rows.at(i).id < rows.at(j).id)) {
            // Gone: remove the run of rows that are not in the new list.
            int last = i;
            while (last + 1 < m_rows.size() && (j >= rows.size() || m_rows.at(last + 1).id < rows.at(j).id)) {
                ++last;
            }
            beginRemoveRows({}, i, last);
            m_rows.remove(i, last - i + 1);
            endRemoveRows();
        } else if (i >= m_rows.size() || rows.at(j).id < m_rows.at(i).id) {
            // New: insert the run of rows that come before m_rows[i].
            int last = j;
            while (last + 1 < rows.size() && (i >= m_rows.size() || rows.at(last + 1).id < m_rows.at(i).id)) {
                ++last;
            }
            beginInsertRows({}, i, i + (last - j));
            for (int k = j; k <= last; ++k) {
                m_rows.insert(i + (k - j), rows.at(k));
            }
            endInsertRows();
            i += last - j + 1;
            j = last + 1;
        } else {
            if (!(m_rows.at(i) == rows.at(j))) {
                m_rows[i] = rows.at(j);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
    m_rowOfId.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        m_rowOfId.insert(m_rows.at(r).id, r);
    }
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::statusName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::New:
        return tr("New");
    case DocumentStatus::InProgress:
        return tr("In progress");
    case DocumentStatus::Done:
        return tr("Done");
    case DocumentStatus::NeedsReview:
        return tr("Needs review");
    }
    return {};
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DocumentRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case DateColumn:
            return row.date;
        case PathColumn:
            return row.sourcePath;
        case SizeColumn:
            return QLocale().formattedDataSize(row.size, 1, QLocale::DataSizeTraditionalFormat);
        case StatusColumn:
            return row.missing ? tr("Missing") : statusName(row.status);
        case AnnotationsColumn:
            return row.annotationCount;
        }
        break;
    case Qt::ToolTipRole:
        if (row.missing) {
            return tr("%1\nThe source file is no longer in the corpus folder; the document and its annotations are kept.").arg(row.sourcePath);
        }
        return u"%1\n%2"_s.arg(row.title, row.sourcePath);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == AnnotationsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ForegroundRole:
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case DateColumn:
            return row.date;
        case PathColumn:
            return row.sourcePath;
        case SizeColumn:
            return row.size;
        case StatusColumn:
            return int(row.status);
        case AnnotationsColumn:
            return row.annotationCount;
        }
        break;
    case DocumentIdRole:
        return row.id;
    case SourcePathRole:
        return row.sourcePath;
    case TitleRole:
        return row.title;
    case DateRole:
        return row.date;
    case SizeRole:
        return row.size;
    case StatusRole:
        return int(row.status);
    case AnnotationCountRole:
        return row.annotationCount;
    case MissingRole:
        return row.missing;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AnnotationsColumn) {
        return tr("Annotations in the document");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case AnnotationsColumn:
        return tr("Ann.", "short column header: number of annotations");
    }
    return {};
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(SourcePathRole, "sourcePath");
    names.insert(TitleRole, "title");
    names.insert(DateRole, "date");
    names.insert(SizeRole, "size");
    names.insert(StatusRole, "status");
    names.insert(AnnotationCountRole, "annotationCount");
    names.insert(MissingRole, "missing");
    names.insert(SortRole, "sortValue");
    return names;
}

int DocumentListModel::rowOfDocument(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

} // namespace Scholion::Models
