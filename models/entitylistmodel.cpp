// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "annotationcommands.h"
#include "annotationstore.h"
#include "project.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

EntityListModel::EntityListModel(QObject *parent)
    : SortedRowsModel<EntityRow>(parent)
{
}

void EntityListModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    if (project) {
        connect(project, &Project::opened, this, [this] {
            connectStore();
            resetRows(m_project->annotations()->entityRows());
        });
        connect(project, &Project::closed, this, [this] {
            resetRows({});
        });
        connectStore();
    }
    resetRows(project && project->annotations() ? project->annotations()->entityRows() : QList<EntityRow>());
}

void EntityListModel::connectStore()
{
    if (AnnotationStore *store = m_project ? m_project->annotations() : nullptr) {
        // Also emitted when a linked mention is removed or restored: the counts follow.
        connect(store, &AnnotationStore::entitiesChanged, this, &EntityListModel::reload, Qt::UniqueConnection);
    }
}

void EntityListModel::reload()
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    applyRows(store ? store->entityRows() : QList<EntityRow>());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EntityRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return row.type;
        case AliasesColumn:
            return row.aliases.join(u", "_s);
        case MentionsColumn:
            return row.mentions;
        case DocumentsColumn:
            return row.documents;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == DocumentsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nAlso called: %2\n%n mention(s)", nullptr, row.mentions).arg(row.name, row.aliases.isEmpty() ? u"—"_s : row.aliases.join(u", "_s));
    case EntityIdRole:
        return row.id;
    case EntitySortRole:
        if (index.column() == MentionsColumn) {
            return row.mentions;
        }
        if (index.column() == DocumentsColumn) {
            return row.documents;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    return {};
}

bool EntityListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (role != Qt::EditRole || !store || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const std::optional<Entity> old = store->entity(m_rows.at(index.row()).id);
    if (!old) {
        return false;
    }
    Entity updated = *old;
    switch (index.column()) {
    case NameColumn:
        updated.name = value.toString().trimmed();
        if (updated.name.isEmpty()) {
            return false;
        }
        break;
    case TypeColumn:
        updated.type = value.toString().trimmed();
        break;
    case AliasesColumn: {
        updated.aliases.clear();
        const QStringList parts = value.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty() && !updated.aliases.contains(part.trimmed())) {
                updated.aliases << part.trimmed();
            }
        }
        break;
    }
    default:
        return false;
    }
    if (updated == *old) {
        return false;
    }
    m_project->undoStack()->push(new UpdateEntityCommand(store, *old, updated));
    return true;
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SortedRowsModel<EntityRow>::flags(index);
    if (index.isValid() && index.column() <= AliasesColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return SortedRowsModel<EntityRow>::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case AliasesColumn:
        return tr("Aliases");
    case MentionsColumn:
        return tr("Mentions");
    case DocumentsColumn:
        return tr("Docs", "short column header: number of documents");
    }
    return {};
}

QHash<int, QByteArray> EntityListModel::roleNames() const
{
    QHash<int, QByteArray> names = SortedRowsModel<EntityRow>::roleNames();
    names.insert(EntityIdRole, "entityId");
    names.insert(EntitySortRole, "sortValue");
    return names;
}

} // namespace Scholion::Models
