// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace Scholion::Models
{
class EntityListModel;
}

namespace Scholion::Widgets
{

/*!
 * The entities dock: every actor of the registry with its mentions across the corpus.
 * Names, types and aliases are edited in place; selected entities can be merged into the
 * current one; the mention buttons (and double-click) walk through an entity's mentions
 * across documents.
 */
class EntityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    explicit EntityPanel(Models::EntityListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /*! The current entity, or 0. */
    qint64 currentEntity() const;
    /*! The selected entities other than the current one. */
    QList<qint64> otherSelectedEntities() const;
    void selectEntity(qint64 id);

Q_SIGNALS:
    /*! Show the next (\a step 1) or previous (-1) mention of \a entityId. */
    void mentionRequested(qint64 entityId, int step);
    /*! Merge \a mergedIds into \a keepId. */
    void mergeRequested(qint64 keepId, const QList<qint64> &mergedIds);

private:
    void updateButtons();

    Models::EntityListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_merge;
};

} // namespace Scholion::Widgets
