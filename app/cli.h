// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace Scholion::App
{

/*!
 * The headless side of the executable: `scholion import|info|dump …`, plus --help and
 * --version. No window is created; the commands use the same engine as the GUI.
 *
 * Exit codes: 0 done (an import with skipped files is done), 1 the folder, project or
 * document is unusable (with a message on stderr), 2 the command line is wrong.
 */
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
    };

    /*! True when \a arguments (argv, program first) ask for a command that needs no window. */
    static bool isHeadless(const QStringList &arguments);
    /*! Runs a headless command; \a out and \a err are where results and messages go. */
    static int run(const QStringList &arguments, FILE *out = stdout, FILE *err = stderr);
    /*! The help text of the whole program. */
    static QString helpText();

private:
    static int runImport(const QStringList &arguments, FILE *out, FILE *err);
    static int runInfo(const QStringList &arguments, FILE *out, FILE *err);
    static int runDump(const QStringList &arguments, FILE *out, FILE *err);
};

} // namespace Scholion::App
