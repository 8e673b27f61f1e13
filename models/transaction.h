// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Scholion::Models
{

/*!
 * An RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
 * commit() succeeded. IMMEDIATE takes the write lock up front, so a second writer waits for
 * the busy timeout instead of failing half-way with SQLITE_BUSY.
 */
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_error = begin.lastError().text();
        }
    }

    ~Transaction()
    {
        if (m_active && !m_committed) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }

    bool commit()
    {
        if (!m_active || m_committed) {
            return m_committed;
        }
        QSqlQuery end(m_db);
        m_committed = end.exec(QStringLiteral("COMMIT"));
        if (!m_committed) {
            m_error = end.lastError().text();
        }
        return m_committed;
    }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
    bool m_committed = false;
};

} // namespace Scholion::Models
