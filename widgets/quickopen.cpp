// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickopen.h"

#include <models/textfold.h>

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

QuickOpen::QuickOpen(QWidget *parent)
    : FilterPopup(u"quickOpen"_s, tr("Type part of a document's title…"), parent)
{
    connect(this, &FilterPopup::chosen, this, &QuickOpen::documentChosen);
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
    const QPoint topCentre = over->mapToGlobal(QPoint(over->width() / 2, 0));
    showAt(QPoint(topCentre.x() - width() / 2, topCentre.y() + 40));
}

void QuickOpen::refilter()
{
    const QString typed = Models::foldForMatching(filterEdit()->text()).simplified();
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
    list()->clear();
    for (const auto &[rank, index] : std::as_const(ranked)) {
        const Entry &entry = m_entries.at(index);
        auto *item = new QListWidgetItem(entry.title.isEmpty() ? entry.path : entry.title, list());
        item->setToolTip(entry.path);
        item->setData(Qt::UserRole, entry.id);
    }
    list()->setCurrentRow(list()->count() > 0 ? 0 : -1);
}

} // namespace Scholion::Widgets
