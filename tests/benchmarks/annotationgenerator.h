// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmarks' annotation generator (issue #7): the label sets, 20 labels (the size of a
// schema an analyst works with) and 400 (a large one), and annotations anchored as Scholion
// anchors them, written straight into a project.

#include <models/reanchor.h>

#include <QColor>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

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

/*!
    Adds one annotation per range of \a ranges to the document \a documentId of the project at
    \a projectPath, anchored in \a text (quote, prefix, suffix), with the label \a labelFor
    gives for its index and \a author, in one transaction.
*/
inline bool insertAnchoredAnnotations(const QString &projectPath,
    qint64 documentId,
    const QString &text,
    const QList<std::pair<qsizetype, qsizetype>> &ranges,
    const std::function<qint64(qsizetype)> &labelFor,
    const QString &author)
{
    using namespace Qt::StringLiterals;
    return withConnection(projectPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        bool written = query.exec(u"BEGIN IMMEDIATE"_s) &&
            query.prepare(u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, prefix, suffix, author, created_at, updated_at, "
                          "anchor_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-04-15T10:00:00.000Z', '2026-04-15T10:00:00.000Z', 0)"_s);
        for (qsizetype i = 0; written && i < ranges.size(); ++i) {
            const Models::TextAnchor anchor = Models::TextAnchor::fromText(text, ranges.at(i).first, ranges.at(i).second);
            query.bindValue(0, documentId);
            query.bindValue(1, labelFor(i));
            query.bindValue(2, anchor.start);
            query.bindValue(3, anchor.end);
            query.bindValue(4, anchor.quote);
            query.bindValue(5, anchor.prefix);
            query.bindValue(6, anchor.suffix);
            query.bindValue(7, author);
            written = query.exec();
        }
        return QSqlQuery(db).exec(written ? u"COMMIT"_s : u"ROLLBACK"_s) && written;
    });
}

} // namespace Scholion::Bench
