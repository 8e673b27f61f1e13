// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

namespace Scholion::Models
{

/*!
 * Starts \a thread below the window's own: imports, refreshes, indexing, checks and backups
 * must never make the window wait for a processor (T3, T11).
 *
 * QThread's priorities other than IdlePriority change nothing under Linux's normal scheduler,
 * so there the thread also lowers its own nice value as it starts: 10 for LowPriority (the
 * window gets about nine tenths of a contended core), 15 for LowestPriority (and for
 * IdlePriority, which Linux already runs only when nothing else wants the processor; no caller
 * asks for it, as it would stop an import altogether while another program is busy).
 */
void startInBackground(QThread *thread, QThread::Priority priority = QThread::LowPriority);

/*! The nice value startInBackground() gives a thread started with \a priority (0: none). */
int backgroundNiceness(QThread::Priority priority);

/*! The calling thread's nice value (0 where there is none to read). */
int currentThreadNiceness();

} // namespace Scholion::Models
