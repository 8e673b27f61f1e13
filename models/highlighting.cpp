// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
QTemporaryDir &stagingRoot()
{
    static QTemporaryDir root(QDir::tempPath() + u"/scholion-lenses-XXXXXX"_s);
    return root;
}
} // namespace

QString stagedLensFolder()
{
    return stagingRoot().isValid() ? stagingRoot().filePath(u"syntax"_s) : QString();
}

KSyntaxHighlighting::Repository &highlightingRepository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool initialised = [] {
        repository.addCustomSearchPath(u":/scholion/highlighting"_s);
        if (stagingRoot().isValid() && QDir().mkpath(stagedLensFolder())) {
            repository.addCustomSearchPath(stagingRoot().path());
        }
        return true;
    }();
    Q_UNUSED(initialised)
    return repository;
}

} // namespace Scholion::Models
