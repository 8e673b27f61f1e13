// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// brat standoff (SetReader::readBrat). An input is "TEXT\0ANN" or "TEXT\0ANN\0VISUAL.CONF":
// the text file, its .ann file and, when there is a second NUL, the folder's visual.conf.
// Without a NUL the whole input is the .ann of an empty text.

#include "fuzzutil.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    QByteArrayView text;
    QByteArrayView ann = input;
    QByteArrayView visual;
    bool hasVisual = false;
    if (const qsizetype first = input.indexOf('\0'); first >= 0) {
        text = input.first(first);
        ann = input.sliced(first + 1);
        if (const qsizetype second = ann.indexOf('\0'); second >= 0) {
            visual = ann.sliced(second + 1);
            ann = ann.first(second);
            hasVisual = true;
        }
    }
    const QString folder = ScholionFuzz::workDir() + u"/brat"_s;
    static const bool created = QDir().mkpath(folder);
    SCHOLION_FUZZ_CHECK(created, folder);
    ScholionFuzz::writeFile(folder + u"/doc.txt"_s, text);
    ScholionFuzz::writeFile(folder + u"/doc.ann"_s, ann);
    const QString visualPath = folder + u"/visual.conf"_s;
    if (hasVisual) {
        ScholionFuzz::writeFile(visualPath, visual);
    } else {
        QFile::remove(visualPath);
    }

    ImportedSet set;
    QString error;
    const bool ok = SetReader::readBrat(folder, &set, &error);
    // The .ann file, or the .txt beside it, is what a message names.
    ScholionFuzz::checkSetResult(ok, set, error, folder + u"/doc."_s);
    if (ok) {
        SCHOLION_FUZZ_CHECK(set.documents.size() == 1, u"one .ann, %1 documents"_s.arg(set.documents.size()));
    }
    return 0;
}
