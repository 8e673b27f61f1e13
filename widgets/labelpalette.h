// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterpopup.h"

#include <QColor>

namespace Scholion::Widgets
{

/*!
 * A popup for picking a label by typing: every label with its colour and key, narrowed to
 * those whose path contains what was typed (case and accents ignored); Up/Down choose,
 * Enter applies, Escape closes. For schemas with more labels than keys, and for finding one.
 */
class LabelPalette final : public FilterPopup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelPalette)

public:
    struct Entry {
        qint64 id = 0;
        QString path;
        QColor color;
        QString shortcut;
    };

    explicit LabelPalette(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    /*! Shows the palette at \a globalPos with an empty filter and the focus in it. */
    void popup(const QPoint &globalPos);

Q_SIGNALS:
    void labelChosen(qint64 labelId);

private:
    void refilter() override;

    QList<Entry> m_entries;
};

} // namespace Scholion::Widgets
