// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by tests that need a corpus folder on disk.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace Scholion::Tests
{

/*! Writes \a bytes to \a root/\a relativePath exactly, creating folders; fails the test on error. */
inline bool writeFile(const QString &root, const QString &relativePath, const QByteArray &bytes)
{
    const QString path = QDir(root).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qWarning("cannot create folder for %s", qPrintable(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    return true;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/*! The bundled sample corpus in the source tree. */
inline QString sampleCorpusSource()
{
    return QStringLiteral(SCHOLION_SOURCE_DIR "/resources/sample-corpus");
}

/*! Copies a folder tree (files only, byte for byte). */
inline bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to)) {
        return false;
    }
    const QFileInfoList entries = source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir()) {
            if (!copyTree(entry.filePath(), target)) {
                return false;
            }
        } else if (!QFile::copy(entry.filePath(), target)) {
            return false;
        }
    }
    return true;
}

/*!
 * A generated news-like article: deterministic for a seed, about \a approxBytes long, with
 * quotes, amounts, dates and some non-ASCII text.
 */
inline QByteArray generatedArticle(int seed, int approxBytes = 4000)
{
    static const char *const sentences[] = {
        "President Korvath spoke by phone with Prime Minister Ferrand on March %1.",
        "\xe2\x80\x9cWe will not stand aside,\xe2\x80\x9d the minister said on Tuesday.",
        "The package is worth $ %1 million, officials said.",
        "Donors pledged 800 million dollars at the conference in Serenne.",
        "\xd0\x9c\xd0\xb8 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xb1\xd1\x83\xd0\xb4\xd1\x83\xd1\x94\xd0\xbc\xd0\xbe, said the deputy mayor "
        "\xf0\x9f\x87\xba\xf0\x9f\x87\xa6.",
        "Talks resumed on 2026-04-%1 with a UN envoy present.",
        "@MECD_Valdoria posted the figures under #MarrelFund.",
    };
    QByteArray text = "date 2026-03-" + QByteArray::number(1 + seed % 28).rightJustified(2, '0') + "\nArticle number " + QByteArray::number(seed) + "\n\n";
    unsigned state = unsigned(seed) * 2654435761u + 12345u;
    while (text.size() < approxBytes) {
        state = state * 1103515245u + 12345u;
        QByteArray sentence = sentences[(state >> 16) % 7];
        sentence.replace("%1", QByteArray::number(1 + (state >> 8) % 28));
        text += sentence;
        text += ((state >> 4) % 5 == 0) ? "\n\n" : " ";
    }
    text += '\n';
    return text;
}

} // namespace Scholion::Tests
