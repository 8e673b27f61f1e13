// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Scholion::Tests
{

/*! What one run of the scholion binary printed and returned. */
struct CliRun {
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QString out;
    QString err;
};

/*!
 * Runs the scholion binary under test with \a arguments, \a environment and standard input
 * closed, in \a workingDirectory when given; gives up after \a timeoutMs.
 */
inline CliRun runScholion(const QStringList &arguments, const QProcessEnvironment &environment, const QString &workingDirectory = {}, int timeoutMs = 120000)
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(QStringLiteral(SCHOLION_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        qWarning("scholion %s did not run", qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace Scholion::Tests
