// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "sortedrowsmodel.h"

#include <QPointer>

namespace Scholion::Models
{

class Project;

/*!
 * The entity registry as a table: name, type, aliases, mentions and documents across the
 * corpus. Follows the AnnotationStore with precise row changes. Name, type and aliases
 * (comma-separated) are edited in place through undoable commands.
 */
class EntityListModel final : public SortedRowsModel<EntityRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        AliasesColumn,
        MentionsColumn,
        DocumentsColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        EntityIdRole = Qt::UserRole + 200,
        EntitySortRole,
    };

    explicit EntityListModel(QObject *parent = nullptr);

    void setProject(Project *project);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    void connectStore();

    QPointer<Project> m_project;
};

} // namespace Scholion::Models
