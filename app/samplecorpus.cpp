// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Scholion::App
{

QString SampleCorpus::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"sample-corpus"_s);
}

QString SampleCorpus::install(const QString &folder, QString *error)
{
    const QString resourceRoot = u":/scholion/sample-corpus"_s;
    QDirIterator it(resourceRoot, QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(folder).filePath(source.mid(resourceRoot.size() + 1));
        ++copied;
        if (QFileInfo::exists(target)) {
            continue;
        }
        QFile in(source);
        QFile out(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
            out.write(in.readAll()) < 0) {
            if (error) {
                *error = QCoreApplication::translate("SampleCorpus", "Cannot write the sample corpus to “%1”: %2").arg(target, out.errorString());
            }
            return {};
        }
    }
    if (copied == 0) {
        if (error) {
            *error = QCoreApplication::translate("SampleCorpus", "This build of Scholion has no sample corpus.");
        }
        return {};
    }
    return folder;
}

} // namespace Scholion::App
