// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdelegate.h"

#include <models/annotationlistmodel.h>
#include <models/annotationstore.h>
#include <models/project.h>

#include <QComboBox>
#include <QPixmap>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

AnnotationDelegate::AnnotationDelegate(Project *project, QObject *parent)
    : CachedTextDelegate(parent)
    , m_project(project)
{
}

QWidget *AnnotationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store || (index.column() != AnnotationListModel::LabelColumn && index.column() != AnnotationListModel::EntityColumn)) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(index.column() == AnnotationListModel::LabelColumn ? u"labelEditor"_s : u"entityEditor"_s);
    if (index.column() == AnnotationListModel::LabelColumn) {
        for (const Label &label : store->labels()) {
            QPixmap swatch(12, 12);
            swatch.fill(label.color);
            combo->addItem(QIcon(swatch), store->labelPath(label.id), label.id);
        }
    } else {
        combo->setEditable(true); // a new name creates an entity
        combo->addItem(QString());
        QStringList names;
        for (const EntityRow &row : store->entityRows()) {
            names << row.name;
        }
        names.sort(Qt::CaseInsensitive);
        combo->addItems(names);
    }
    return combo;
}

void AnnotationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AnnotationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Scholion::Widgets
