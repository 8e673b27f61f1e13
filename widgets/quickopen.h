// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterpopup.h"

namespace Scholion::Widgets
{

/*!
 * Quick open (Ctrl+P): a popup listing the documents, narrowed as the analyst types to those
 * whose title (or file path) contains every typed word, case and accents ignored; titles that
 * start with what was typed come first. Up/Down choose, Enter opens, Escape closes.
 */
class QuickOpen final : public FilterPopup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpen)

public:
    struct Entry {
        qint64 id = 0;
        QString title;
        QString path;
    };

    explicit QuickOpen(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    /*! Shows the popup centred near the top of \a over, with an empty filter and the focus in it. */
    void popup(QWidget *over);

Q_SIGNALS:
    void documentChosen(qint64 documentId);

private:
    struct Folded {
        QString title;
        QString path;
    };

    void refilter() override;

    QList<Entry> m_entries;
    QList<Folded> m_folded;
};

} // namespace Scholion::Widgets
