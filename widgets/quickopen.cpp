// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickopen.h"

#include <models/textfold.h>

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

QuickOpen::QuickOpen(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"quickOpen"_s);
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(u"quickOpenFilter"_s);
    m_filter->setPlaceholderText(tr("Type part of a document's title…"));
    m_list->setObjectName(u"quickOpenList"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickOpen::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QuickOpen::choose);
    m_filter->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 380);
}

void QuickOpen::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_folded.clear();
    m_folded.reserve(entries.size());
    for (const Entry &entry : entries) {
        m_folded.append({Models::foldForMatching(entry.title), Models::foldForMatching(entry.path)});
    }
    refilter();
}

void QuickOpen::popup(QWidget *over)
{
    m_filter->clear();
    refilter();
    const QPoint topCentre = over->mapToGlobal(QPoint(over->width() / 2, 0));
    move(topCentre.x() - width() / 2, topCentre.y() + 40);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void QuickOpen::refilter()
{
    const QString typed = Models::foldForMatching(m_filter->text()).simplified();
    const QStringList words = typed.split(u' ', Qt::SkipEmptyParts);
    // Rank: the title starts with what was typed, the title has every word, only the path has them.
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Folded &folded = m_folded.at(i);
        auto all = [&words](const QString &haystack) {
            return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) {
                return haystack.contains(w);
            });
        };
        if (!typed.isEmpty() && folded.title.startsWith(typed)) {
            ranked.append({0, i});
        } else if (all(folded.title)) {
            ranked.append({1, i});
        } else if (all(folded.title + u' ' + folded.path)) {
            ranked.append({2, i});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    m_list->clear();
    for (const auto &[rank, index] : std::as_const(ranked)) {
        const Entry &entry = m_entries.at(index);
        auto *item = new QListWidgetItem(entry.title.isEmpty() ? entry.path : entry.title, m_list);
        item->setToolTip(entry.path);
        item->setData(Qt::UserRole, entry.id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void QuickOpen::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    hide();
    Q_EMIT documentChosen(id);
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
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
