// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpalette.h"

#include <models/textfold.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

LabelPalette::LabelPalette(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"labelPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(u"labelPaletteFilter"_s);
    m_filter->setPlaceholderText(tr("Type to find a label…"));
    m_list->setObjectName(u"labelPaletteList"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    connect(m_filter, &QLineEdit::textChanged, this, &LabelPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &LabelPalette::choose);
    m_filter->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(320, 360);
}

void LabelPalette::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    refilter();
}

void LabelPalette::popup(const QPoint &globalPos)
{
    m_filter->clear();
    refilter();
    move(globalPos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void LabelPalette::refilter()
{
    const QStringList words = Models::foldForMatching(m_filter->text()).split(u' ', Qt::SkipEmptyParts);
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString haystack = Models::foldForMatching(entry.path);
        if (!std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) {
                return haystack.contains(w);
            })) {
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(entry.color);
        auto *item = new QListWidgetItem(QIcon(swatch), entry.shortcut.isEmpty() ? entry.path : u"%1\t%2"_s.arg(entry.path, entry.shortcut), m_list);
        item->setData(Qt::UserRole, entry.id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void LabelPalette::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    hide();
    Q_EMIT labelChosen(id);
}

bool LabelPalette::eventFilter(QObject *watched, QEvent *event)
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
