// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpopup.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

FilterPopup::FilterPopup(const QString &name, const QString &placeholder, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(name + u"Filter"_s);
    m_filter->setPlaceholderText(placeholder);
    m_list->setObjectName(name + u"List"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        refilter();
    });
    connect(m_list, &QListWidget::itemActivated, this, &FilterPopup::choose);
    m_filter->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
}

void FilterPopup::showAt(const QPoint &globalPos)
{
    m_filter->clear();
    refilter();
    move(globalPos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void FilterPopup::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    hide();
    Q_EMIT chosen(id);
}

bool FilterPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Scholion::Widgets
