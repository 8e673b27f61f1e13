// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpanel.h"

#include "annotationdelegate.h"

#include <models/annotationlistmodel.h>
#include <models/roles.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

namespace
{
/*!
 * The model keeps its rows in text order, so sorting by the text column compares row
 * numbers instead of asking the model for values: 50k rows sort in a few milliseconds.
 */
class AnnotationSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == AnnotationListModel::TextColumn && right.column() == AnnotationListModel::TextColumn) {
            return left.row() < right.row();
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};
} // namespace

AnnotationPanel::AnnotationPanel(AnnotationListModel *model, Project *project, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new AnnotationSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"annotationPanel"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AnnotationSortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(u"annotationFilter"_s);
    m_filter->setPlaceholderText(tr("Filter annotations…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"annotationList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationListModel::TextColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setItemDelegate(new AnnotationDelegate(project, this));
    CachedTextDelegate::makeScrollBarsOpaque(m_view);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == AnnotationListModel::AttributesColumn) {
            Q_EMIT attributesRequested(index.data(AnnotationIdRole).toLongLong());
        }
    });
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationListModel::TextColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(AnnotationListModel::AuthorColumn, true);
    m_view->setColumnHidden(AnnotationListModel::EntityColumn, true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid()) {
            Q_EMIT annotationActivated(current.data(AnnotationIdRole).toLongLong());
        }
    });

    auto *loading = new QLabel(tr("Loading the annotations…"), this);
    loading->setObjectName(u"annotationsLoading"_s);
    loading->setVisible(model->isLoading());
    connect(model, &AnnotationListModel::loadingChanged, loading, &QLabel::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(loading);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    m_selecting = true;
    const int row = id ? m_model->rowOfAnnotation(id) : -1;
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->setCurrentIndex({});
    }
    m_selecting = false;
}

} // namespace Scholion::Widgets
