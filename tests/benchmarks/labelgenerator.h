// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The label sets of the benchmarks' annotation generator (issue #7): 20 labels, the size of a
// schema an analyst works with, and 400, a large one.

#include <QColor>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Scholion::Bench
{

constexpr int FewLabels = 20;
constexpr int ManyLabels = 400;

/*!
    Gives the project at \a projectPath exactly \a count labels for the benchmark to use (the
    ids, in order): those of the default schema first, then generated ones, twenty to a group
    (a top-level label, its nineteen children), each with a colour of its own.
*/
inline QList<qint64> ensureLabels(const QString &projectPath, int count)
{
    using namespace Qt::StringLiterals;
    const QString connection = QStringLiteral("bench-labels");
    QList<qint64> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(projectPath);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT id FROM labels ORDER BY id"_s);
            while (query.next()) {
                ids << query.value(0).toLongLong();
            }
            bool ok = query.exec(u"BEGIN IMMEDIATE"_s);
            const qsizetype existing = ids.size();
            QVariant group;
            for (qsizetype k = existing; ok && k < count; ++k) {
                const qsizetype generated = k - existing;
                const bool top = generated % 20 == 0;
                ok = query.prepare(u"INSERT INTO labels (parent_id, name, color, position) VALUES (?, ?, ?, ?)"_s);
                query.addBindValue(top ? QVariant() : group);
                query.addBindValue(top ? u"Generated group %1"_s.arg(generated / 20 + 1) : u"Generated label %1"_s.arg(k + 1));
                query.addBindValue(QColor::fromHsv(int((k * 137) % 360), 150, 175).name());
                query.addBindValue(int(k));
                ok = ok && query.exec();
                if (ok) {
                    const qint64 id = query.lastInsertId().toLongLong();
                    if (top) {
                        group = id;
                    }
                    ids << id;
                }
            }
            ok = ok && query.exec(u"COMMIT"_s);
            if (!ok) {
                ids.clear();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ids.mid(0, count);
}

} // namespace Scholion::Bench
