// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// REFI-QDA project XML (SetReader::readQdpx on a bare .qde): the input is project.qde. Its
// sources must carry their text inline (<PlainTextContent>); internal:// sources need the
// .qdpx archive, which the qdpx target covers.

#include "fuzzutil.h"

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ScholionFuzz::workDir() + u"/project.qde"_s;
    ScholionFuzz::writeFile(path, QByteArrayView(data, qsizetype(size)));
    ImportedSet set;
    QString error;
    const bool ok = SetReader::readQdpx(path, &set, &error);
    ScholionFuzz::checkSetResult(ok, set, error, path);
    return 0;
}
