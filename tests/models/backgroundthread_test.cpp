// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Background work (imports, refreshes, indexing, checks, backups) runs below the window's
// threads: on Linux, where QThread's priorities alone change nothing, with a nice value.
#include <models/backgroundthread.h>

#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using Scholion::Models::backgroundNiceness;
using Scholion::Models::currentThreadNiceness;
using Scholion::Models::startInBackground;

class BackgroundThreadTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceness_data()
    {
        QTest::addColumn<QThread::Priority>("priority");
        QTest::addColumn<int>("expected");
#ifdef Q_OS_LINUX
        QTest::newRow("low") << QThread::LowPriority << 10;
        QTest::newRow("lowest") << QThread::LowestPriority << 15;
#else
        QTest::newRow("low") << QThread::LowPriority << 0;
        QTest::newRow("lowest") << QThread::LowestPriority << 0;
#endif
        QTest::newRow("normal") << QThread::NormalPriority << 0;
    }

    void niceness()
    {
        QFETCH(QThread::Priority, priority);
        QFETCH(int, expected);
        const int base = currentThreadNiceness();
        int seen = -100;
        const std::unique_ptr<QThread> thread(QThread::create([&seen] {
            seen = currentThreadNiceness();
        }));
        startInBackground(thread.get(), priority);
        QVERIFY(thread->wait(10'000));
        // Never raised above what the process has; lowered to the level of its priority.
        QCOMPARE(seen, std::max(base, expected));
        QCOMPARE(backgroundNiceness(priority), priority == QThread::NormalPriority ? 0 : (priority == QThread::LowPriority ? 10 : 15));
        // The thread that started it keeps its own.
        QCOMPARE(currentThreadNiceness(), base);
    }
};

QTEST_GUILESS_MAIN(BackgroundThreadTest)
#include "backgroundthread_test.moc"
