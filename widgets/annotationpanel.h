// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Scholion::Models
{
class AnnotationListModel;
class Project;
} // namespace Scholion::Models

namespace Scholion::Widgets
{

/*!
 * The side panel: the current document's annotations as a sortable, filterable table.
 * Selecting a row asks the view to show that span; the view's current span selects its row.
 * Label, entity and note are edited in place (undoable); the attributes open their dialog.
 */
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    explicit AnnotationPanel(Models::AnnotationListModel *model, Models::Project *project = nullptr, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /*! Selects the row of annotation \a id without emitting annotationActivated(). */
    void selectAnnotation(qint64 id);

Q_SIGNALS:
    void annotationActivated(qint64 id);
    /*! The analyst double-clicked a span's attributes (or pressed F2 on them). */
    void attributesRequested(qint64 id);

private:
    Models::AnnotationListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_selecting = false;
};

} // namespace Scholion::Widgets
