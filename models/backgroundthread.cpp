// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundthread.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Scholion::Models
{

int backgroundNiceness(QThread::Priority priority)
{
    switch (priority) {
    case QThread::LowPriority:
        return 10;
    case QThread::LowestPriority:
    case QThread::IdlePriority:
        return 15;
    default:
        return 0;
    }
}

int currentThreadNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void startInBackground(QThread *thread, QThread::Priority priority)
{
#ifdef Q_OS_LINUX
    // On Linux a thread has a nice value of its own (setpriority() with its thread id).
    const int nice = backgroundNiceness(priority);
    if (nice > 0) {
        QObject::connect(
            thread,
            &QThread::started,
            thread,
            [nice] {
                if (currentThreadNiceness() < nice) {
                    setpriority(PRIO_PROCESS, id_t(gettid()), nice);
                }
            },
            Qt::DirectConnection);
    }
#endif
    thread->start(priority);
}

} // namespace Scholion::Models
