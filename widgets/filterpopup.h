// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace Scholion::Widgets
{

/*!
 * A popup for choosing one item by typing: a filter field over a list that the subclass fills
 * in refilter(). Up/Down and Page Up/Down move through the list while the focus stays in the
 * field, Enter (or activating an item) chooses, Escape closes. Each list item carries its id
 * in Qt::UserRole; choosing emits chosen() with it.
 */
class FilterPopup : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPopup)

public:
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(qint64 id);

protected:
    /*! \a name is the object name; the field and the list get it with "Filter" and "List" appended. */
    FilterPopup(const QString &name, const QString &placeholder, QWidget *parent);

    /*! Fills list() for the filter's current text, the best match first. */
    virtual void refilter() = 0;
    /*! Shows the popup at \a globalPos with an empty filter and the focus in it. */
    void showAt(const QPoint &globalPos);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Scholion::Widgets
