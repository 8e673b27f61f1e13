// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpalette.h"

#include <models/textfold.h>

#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

LabelPalette::LabelPalette(QWidget *parent)
    : FilterPopup(u"labelPalette"_s, tr("Type to find a label…"), parent)
{
    connect(this, &FilterPopup::chosen, this, &LabelPalette::labelChosen);
    resize(320, 360);
}

void LabelPalette::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    refilter();
}

void LabelPalette::popup(const QPoint &globalPos)
{
    showAt(globalPos);
}

void LabelPalette::refilter()
{
    const QStringList words = Models::foldForMatching(filterEdit()->text()).split(u' ', Qt::SkipEmptyParts);
    list()->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString haystack = Models::foldForMatching(entry.path);
        if (!std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) {
                return haystack.contains(w);
            })) {
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(entry.color);
        auto *item = new QListWidgetItem(QIcon(swatch), entry.shortcut.isEmpty() ? entry.path : u"%1\t%2"_s.arg(entry.path, entry.shortcut), list());
        item->setData(Qt::UserRole, entry.id);
    }
    list()->setCurrentRow(list()->count() > 0 ? 0 : -1);
}

} // namespace Scholion::Widgets
