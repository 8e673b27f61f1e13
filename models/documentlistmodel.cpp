// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

DocumentListModel::DocumentListModel(QObject *parent)
    : SortedRowsModel<DocumentRow>(parent)
{
}

void DocumentListModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    resetRows(project ? project->documentRows() : QList<DocumentRow>());
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
    if (const std::optional<DocumentRow> fresh = m_project->documentRow(id)) {
        replaceRow(row, *fresh);
    }
}

void DocumentListModel::appendNew()
{
    if (m_project) {
        appendRows(m_project->documentRowsAfter(m_rows.isEmpty() ? 0 : m_rows.constLast().id));
    }
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
        return SortedRowsModel<DocumentRow>::headerData(section, orientation, role);
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
    QHash<int, QByteArray> names = SortedRowsModel<DocumentRow>::roleNames();
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

} // namespace Scholion::Models
