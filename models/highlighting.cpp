// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QPalette>
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

namespace
{

void addSearchPaths(KSyntaxHighlighting::Repository &repository)
{
    repository.addCustomSearchPath(u":/scholion/highlighting"_s);
    if (stagingRoot().isValid() && QDir().mkpath(stagedLensFolder())) {
        repository.addCustomSearchPath(stagingRoot().path());
    }
}

} // namespace

std::unique_ptr<KSyntaxHighlighting::Repository> newThreadRepository()
{
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    addSearchPaths(*repository);
    return repository;
}

KSyntaxHighlighting::Theme systemTheme(const QPalette &palette)
{
    return highlightingRepository().defaultTheme(
        palette.color(QPalette::Base).lightness() < 128 ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Repository &highlightingRepository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool initialised = [] {
        addSearchPaths(repository);
        return true;
    }();
    Q_UNUSED(initialised)
    return repository;
}

} // namespace Scholion::Models
