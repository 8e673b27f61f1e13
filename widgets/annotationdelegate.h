// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedtextdelegate.h"

#include <QPointer>

namespace Scholion::Models
{
class Project;
}

namespace Scholion::Widgets
{

/*!
 * Editors of the side panel: a list of label paths for the Label column, and for the Entity
 * column a list of the registry's names that also takes a new name (creating the entity) or
 * nothing (unlinking). Other columns edit as text. Cells paint through CachedTextDelegate.
 */
class AnnotationDelegate final : public CachedTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDelegate)

public:
    explicit AnnotationDelegate(Models::Project *project, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QPointer<Models::Project> m_project;
};

} // namespace Scholion::Widgets
