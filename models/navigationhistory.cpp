// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

#include <algorithm>

namespace Scholion::Models
{

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{
}

void NavigationHistory::visit(const NavigationPosition &from, const NavigationPosition &to)
{
    if (!to.isValid()) {
        return;
    }
    if (from.isValid()) {
        if (m_index < 0) {
            m_entries.append(from);
            m_index = 0;
        } else {
            m_entries[m_index] = from;
        }
    }
    if (m_index >= 0 && m_entries.at(m_index) == to) {
        return;
    }
    m_entries.resize(m_index + 1);
    m_entries.append(to);
    m_index = m_entries.size() - 1;
    trim();
    Q_EMIT changed();
}

bool NavigationHistory::canGoBack() const
{
    return m_index > 0;
}

bool NavigationHistory::canGoForward() const
{
    return m_index >= 0 && m_index < m_entries.size() - 1;
}

std::optional<NavigationPosition> NavigationHistory::back(const NavigationPosition &current)
{
    if (!canGoBack()) {
        return std::nullopt;
    }
    if (current.isValid()) {
        m_entries[m_index] = current;
    }
    --m_index;
    Q_EMIT changed();
    return m_entries.at(m_index);
}

std::optional<NavigationPosition> NavigationHistory::forward(const NavigationPosition &current)
{
    if (!canGoForward()) {
        return std::nullopt;
    }
    if (current.isValid()) {
        m_entries[m_index] = current;
    }
    ++m_index;
    Q_EMIT changed();
    return m_entries.at(m_index);
}

void NavigationHistory::removeDocument(qint64 documentId)
{
    qsizetype index = m_index;
    QList<NavigationPosition> kept;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).documentId == documentId) {
            if (i <= m_index) {
                --index;
            }
            continue;
        }
        // Removing a document can leave the same place twice in a row: keep it once.
        if (!kept.isEmpty() && kept.constLast() == m_entries.at(i)) {
            if (i <= m_index) {
                --index;
            }
            continue;
        }
        kept.append(m_entries.at(i));
    }
    if (kept.size() == m_entries.size()) {
        return;
    }
    m_entries = kept;
    m_index = m_entries.isEmpty() ? -1 : std::clamp<qsizetype>(index, 0, m_entries.size() - 1);
    Q_EMIT changed();
}

void NavigationHistory::clear()
{
    if (m_entries.isEmpty()) {
        return;
    }
    m_entries.clear();
    m_index = -1;
    Q_EMIT changed();
}

void NavigationHistory::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(2, capacity);
    if (m_entries.size() > m_capacity) {
        trim();
        Q_EMIT changed();
    }
}

void NavigationHistory::trim()
{
    const qsizetype excess = m_entries.size() - m_capacity;
    if (excess > 0) {
        m_entries.remove(0, excess);
        m_index = std::max<qsizetype>(0, m_index - excess);
    }
}

} // namespace Scholion::Models
