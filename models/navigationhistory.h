// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <optional>

namespace Scholion::Models
{

/*! A place the analyst was: a document and a UTF-16 offset in its canonical text. */
struct NavigationPosition {
    qint64 documentId = 0;
    qsizetype offset = 0;
    bool isValid() const { return documentId != 0; }
    friend bool operator==(const NavigationPosition &, const NavigationPosition &) = default;
};

/*!
 * Back and forward through the places the analyst jumped between, as a web browser does.
 *
 * Only jumps are recorded (another document, a search hit, an annotation or mention), never
 * plain cursor moves: visit() is told where the jump left from and where it lands. Where it
 * left from replaces the current entry, so going back returns to the exact offset the analyst
 * had moved on to. Visiting after going back drops the forward entries. The oldest entries
 * go once there are more than capacity().
 */
class NavigationHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationHistory)

public:
    explicit NavigationHistory(QObject *parent = nullptr);

    /*! Records a jump from \a from (may be invalid: nothing was shown) to \a to. */
    void visit(const NavigationPosition &from, const NavigationPosition &to);
    bool canGoBack() const;
    bool canGoForward() const;
    /*!
     * The position before the current one, or nullopt. \a current (where the analyst is now)
     * is remembered in place of the current entry, so forward() returns to it.
     */
    std::optional<NavigationPosition> back(const NavigationPosition &current);
    std::optional<NavigationPosition> forward(const NavigationPosition &current);
    /*! Forgets the entries of a document that no longer exists. */
    void removeDocument(qint64 documentId);
    void clear();

    QList<NavigationPosition> entries() const { return m_entries; }
    /*! Index of the current entry in entries(), -1 when empty. */
    qsizetype currentIndex() const { return m_index; }
    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);

Q_SIGNALS:
    /*! canGoBack() or canGoForward() may have changed. */
    void changed();

private:
    void trim();

    QList<NavigationPosition> m_entries;
    qsizetype m_index = -1;
    qsizetype m_capacity = 100;
};

} // namespace Scholion::Models
