// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include <models/entitylistmodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

EntityPanel::EntityPanel(EntityListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_merge(new QToolButton(this))
{
    setObjectName(u"entityPanel"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(EntityListModel::EntitySortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(u"entityFilter"_s);
    m_filter->setPlaceholderText(tr("Filter entities…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"entityList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(EntityListModel::AliasesColumn, true);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT mentionRequested(index.data(EntityListModel::EntityIdRole).toLongLong(), 1);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntityPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntityPanel::updateButtons);

    m_previous->setText(tr("◀ Mention"));
    m_previous->setToolTip(tr("Show the previous mention of this entity (across documents)"));
    m_next->setText(tr("Mention ▶"));
    m_next->setToolTip(tr("Show the next mention of this entity (across documents)"));
    m_merge->setText(tr("Merge"));
    m_merge->setObjectName(u"mergeEntities"_s);
    m_merge->setToolTip(tr("Merge the other selected entities into the current one: their mentions follow and their names become aliases"));
    connect(m_previous, &QToolButton::clicked, this, [this] {
        Q_EMIT mentionRequested(currentEntity(), -1);
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        Q_EMIT mentionRequested(currentEntity(), 1);
    });
    connect(m_merge, &QToolButton::clicked, this, [this] {
        Q_EMIT mergeRequested(currentEntity(), otherSelectedEntities());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
    updateButtons();
}

qint64 EntityPanel::currentEntity() const
{
    return m_view->currentIndex().data(EntityListModel::EntityIdRole).toLongLong();
}

QList<qint64> EntityPanel::otherSelectedEntities() const
{
    QList<qint64> ids;
    const qint64 current = currentEntity();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const qint64 id = row.data(EntityListModel::EntityIdRole).toLongLong();
        if (id != current) {
            ids << id;
        }
    }
    return ids;
}

void EntityPanel::selectEntity(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void EntityPanel::updateButtons()
{
    const bool current = currentEntity() != 0;
    m_previous->setEnabled(current);
    m_next->setEnabled(current);
    m_merge->setEnabled(current && !otherSelectedEntities().isEmpty());
}

} // namespace Scholion::Widgets
