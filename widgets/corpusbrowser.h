// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Scholion::Models
{
class DocumentFilterProxyModel;
class DocumentListModel;
} // namespace Scholion::Models

namespace Scholion::Widgets
{

/*!
 * The corpus browser: a filter box, a status filter and the sortable document table.
 * Selecting a row (mouse or keyboard) opens that document.
 */
class CorpusBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusBrowser)

public:
    explicit CorpusBrowser(Models::DocumentListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    Models::DocumentFilterProxyModel *proxy() const { return m_proxy; }

    /*! The document shown as current, or 0. */
    qint64 currentDocumentId() const;
    /*! Makes document \a id current (and visible), clearing a filter that hides it. */
    void selectDocument(qint64 id);
    /*! Moves to the next (\a step 1) or previous (-1) document in the list's order. */
    void stepDocument(int step);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void documentActivated(qint64 documentId);

private:
    void onCurrentChanged();

    Models::DocumentListModel *m_model;
    Models::DocumentFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QLabel *m_loading;
    QTreeView *m_view;
    qint64 m_lastEmitted = 0;
    qint64 m_pendingSelection = 0; ///< selectDocument() while the list was still being read
};

} // namespace Scholion::Widgets
