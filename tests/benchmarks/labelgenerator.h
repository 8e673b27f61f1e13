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

#include <functional>

namespace Scholion::Bench
{

constexpr int FewLabels = 20;
constexpr int ManyLabels = 400;

/*!
    Runs \a work on a QtSql connection of its own to the SQLite file \a path, removed after;
    false where the file does not open or \a work fails.
*/
inline bool withConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("bench-setup");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && work(db);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/*!
    Gives the project at \a projectPath exactly \a count labels for the benchmark to use (the
    ids, in order): those of the default schema first, then generated ones, twenty to a group
    (a top-level label, its nineteen children), each with a colour of its own.
*/
inline QList<qint64> ensureLabels(const QString &projectPath, int count)
{
    using namespace Qt::StringLiterals;
    QList<qint64> ids;
    const bool ok = withConnection(projectPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(u"SELECT id FROM labels ORDER BY id"_s);
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
        bool written = query.exec(u"BEGIN IMMEDIATE"_s);
        const qsizetype existing = ids.size();
        QVariant group;
        for (qsizetype k = existing; written && k < count; ++k) {
            const qsizetype generated = k - existing;
            const bool top = generated % 20 == 0;
            written = query.prepare(u"INSERT INTO labels (parent_id, name, color, position) VALUES (?, ?, ?, ?)"_s);
            query.addBindValue(top ? QVariant() : group);
            query.addBindValue(top ? u"Generated group %1"_s.arg(generated / 20 + 1) : u"Generated label %1"_s.arg(k + 1));
            query.addBindValue(QColor::fromHsv(int((k * 137) % 360), 150, 175).name());
            query.addBindValue(int(k));
            written = written && query.exec();
            if (written) {
                const qint64 id = query.lastInsertId().toLongLong();
                if (top) {
                    group = id;
                }
                ids << id;
            }
        }
        return query.exec(written ? u"COMMIT"_s : u"ROLLBACK"_s) && written;
    });
    if (!ok) {
        ids.clear();
    }
    return ids.mid(0, count);
}

} // namespace Scholion::Bench
