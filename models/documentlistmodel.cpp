// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include "projectdatabase.h"

#include <QLocale>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

DocumentListModel::DocumentListModel(QObject *parent)
    : SortedRowsModel<DocumentRow>(parent)
{
}

DocumentListModel::~DocumentListModel()
{
    if (m_loader) {
        m_loader->wait(); // its result, queued to this object, is dropped with it
        delete m_loader;
    }
}

void DocumentListModel::setProject(Project *project, Loading loading)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    ++m_generation;
    m_refreshAfterLoad.clear();
    m_mode = loading;
    const bool background = inBackground(project ? project->lastDocumentId() : 0);
    resetRows(project && !background ? project->documentRows() : QList<DocumentRow>());
    if (background) {
        startLoad();
    } else {
        setLoading(false);
    }
    if (project) {
        connect(project, &Project::documentsAdded, this, &DocumentListModel::appendNew);
        connect(project, &Project::documentsChanged, this, &DocumentListModel::reload);
        connect(project, &Project::documentChanged, this, &DocumentListModel::refreshDocument);
        connect(project, &Project::closed, this, [this] {
            setProject(nullptr);
        });
    }
}

bool DocumentListModel::inBackground(qint64 rows) const
{
    const bool hasFile = m_project && !m_project->path().isEmpty();
    return hasFile && (m_mode == Loading::InBackground || (m_mode == Loading::Auto && rows > BackgroundRows));
}

void DocumentListModel::reload()
{
    // A project that grew past the threshold while it was shown (a first import) reloads in
    // the background from then on.
    if (inBackground(std::max<qint64>(m_rows.size(), m_loader ? BackgroundRows + 1 : 0))) {
        ++m_generation;
        startLoad();
        return;
    }
    applyRows(m_project ? m_project->documentRows() : QList<DocumentRow>());
}

void DocumentListModel::startLoad()
{
    setLoading(m_rows.isEmpty());
    if (m_loader || !m_project) {
        return; // finishLoad() sees the newer generation and reads again
    }
    const QString path = m_project->path();
    const quint64 generation = m_generation;
    m_loader = QThread::create([this, path, generation] {
        // A connection of its own: WAL lets it read what the window's connection committed.
        QList<DocumentRow> rows;
        ProjectDatabase db;
        const bool ok = db.open(path, ProjectDatabase::Access::ReadOnly);
        if (ok) {
            rows = Project::documentRowsAfter(db, 0);
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, ok, rows = std::move(rows)]() mutable {
                finishLoad(generation, ok, std::move(rows));
            },
            Qt::QueuedConnection);
    });
    m_loader->setObjectName(u"scholion-document-list"_s);
    m_loader->start();
}

void DocumentListModel::finishLoad(quint64 generation, bool ok, QList<DocumentRow> rows)
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
        m_loader = nullptr;
    }
    if (!m_project) {
        setLoading(false);
        return;
    }
    if (generation != m_generation) {
        startLoad(); // another project, or reload() while this one was read
        return;
    }
    if (!ok) {
        rows = m_project->documentRows(); // no second connection (e.g. a vanished file): read here
    }
    if (m_rows.isEmpty()) {
        resetRows(rows);
    } else {
        applyRows(rows);
    }
    setLoading(false);
    appendNew(); // what an import committed after the worker's snapshot
    const QSet<qint64> changed = std::exchange(m_refreshAfterLoad, {});
    for (const qint64 id : changed) {
        refreshDocument(id);
    }
    Q_EMIT loaded();
}

void DocumentListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void DocumentListModel::refreshDocument(qint64 id)
{
    if (m_loader) {
        m_refreshAfterLoad.insert(id); // the worker's snapshot may be older than this change
    }
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
    if (m_project && !m_loader) { // finishLoad() appends what came meanwhile
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
