// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusbrowser.h"

#include "cachedtextdelegate.h"

#include <models/documentfilterproxymodel.h>
#include <models/documentlistmodel.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

CorpusBrowser::CorpusBrowser(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DocumentFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_loading(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"corpusBrowser"_s);
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(u"documentFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by title or path…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows documents whose title or path contains every word typed here (case and accents ignored)."));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DocumentFilterProxyModel::setFilterText);

    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All"), -1);
    for (DocumentStatus status : {DocumentStatus::New, DocumentStatus::InProgress, DocumentStatus::Done, DocumentStatus::NeedsReview}) {
        m_status->addItem(DocumentListModel::statusName(status), int(status));
    }
    m_status->setToolTip(tr("Show only documents with this status"));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional<DocumentStatus>(DocumentStatus(value)));
    });

    m_view->setObjectName(u"documentList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets the view skip measuring 100k rows
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    CachedTextDelegate::makeScrollBarsOpaque(m_view);
    m_view->sortByColumn(DocumentListModel::PathColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed widths from the font, not from the contents: measuring 100k rows would stall.
    const QFontMetrics metrics(m_view->font());
    header->resizeSection(DocumentListModel::DateColumn, metrics.horizontalAdvance(u"2026-12-31"_s) + 16);
    header->resizeSection(DocumentListModel::StatusColumn, metrics.horizontalAdvance(DocumentListModel::statusName(DocumentStatus::NeedsReview)) + 16);
    header->resizeSection(DocumentListModel::AnnotationsColumn,
        metrics.horizontalAdvance(m_model->headerData(DocumentListModel::AnnotationsColumn, Qt::Horizontal).toString()) + 24);
    header->resizeSection(DocumentListModel::SizeColumn, metrics.horizontalAdvance(u"999.9 KB"_s) + 16);
    header->resizeSection(DocumentListModel::PathColumn, metrics.horizontalAdvance(u"folder/article-name.txt"_s));
    m_view->setColumnHidden(DocumentListModel::PathColumn, true);
    m_view->setColumnHidden(DocumentListModel::SizeColumn, true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < DocumentListModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            action->setEnabled(column != DocumentListModel::TitleColumn);
            connect(action, &QAction::toggled, this, [this, column](bool on) {
                m_view->setColumnHidden(column, !on);
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CorpusBrowser::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_lastEmitted = 0;
    });

    // A big project's list is read in the background; the document shown meanwhile is
    // selected when it is in.
    m_loading->setObjectName(u"documentListLoading"_s);
    m_loading->setText(tr("Reading the list of documents…"));
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    m_loading->setVisible(m_model->isLoading());
    connect(m_model, &DocumentListModel::loadingChanged, m_loading, &QWidget::setVisible);
    connect(m_model, &DocumentListModel::loaded, this, [this] {
        if (const qint64 id = std::exchange(m_pendingSelection, 0); id != 0 && currentDocumentId() == 0) {
            selectDocument(id);
        }
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_loading);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

qint64 CorpusBrowser::currentDocumentId() const
{
    return m_view->currentIndex().data(DocumentIdRole).toLongLong();
}

void CorpusBrowser::selectDocument(qint64 id)
{
    const int sourceRow = m_model->rowOfDocument(id);
    if (sourceRow < 0) {
        m_pendingSelection = m_model->isLoading() ? id : 0;
        return;
    }
    m_pendingSelection = 0;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        m_status->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CorpusBrowser::stepDocument(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : 0;
    const QModelIndex index = m_proxy->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CorpusBrowser::onCurrentChanged()
{
    const qint64 id = currentDocumentId();
    if (id != 0 && id != m_lastEmitted) {
        m_lastEmitted = id;
        Q_EMIT documentActivated(id);
    } else if (id == 0) {
        m_lastEmitted = 0;
    }
}

QByteArray CorpusBrowser::saveState() const
{
    return m_view->header()->saveState();
}

void CorpusBrowser::restoreState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_view->header()->restoreState(state);
    }
}

} // namespace Scholion::Widgets
