// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs one libFuzzer target (linked into this test) over every file of its seed corpus,
// tests/fuzz/corpus/<target>/, and of its found crashes, tests/fuzz/regressions/<target>/,
// so that the normal and the sanitizer suites keep them passing without libFuzzer.
// A seed named "ok-…" must be accepted and one named "bad-…" refused with a message.

#include "fuzzutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class ReplayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

namespace
{

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

void ReplayTest::replay_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(SCHOLION_SOURCE_DIR "/tests/fuzz");
    const QString target = QStringLiteral(SCHOLION_FUZZ_TARGET);
    const QStringList seeds = filesUnder(root + u"/corpus/"_s + target);
    // A missing or nearly empty corpus would make this test pass without testing anything.
    QVERIFY2(seeds.size() >= 5, qPrintable(u"only %1 seeds in corpus/%2"_s.arg(seeds.size()).arg(target)));
    const QStringList regressions = filesUnder(root + u"/regressions/"_s + target);
    for (const QString &file : seeds + regressions) {
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << file;
    }
}

void ReplayTest::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    ScholionFuzz::record(false, u"(not recorded)"_s);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    // scripts/fuzz gives libFuzzer a per-input timeout; a seed must stay far below it.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    const QString name = QFileInfo(path).fileName();
    const ScholionFuzz::Outcome outcome = ScholionFuzz::lastOutcome();
    if (name.startsWith(u"ok-"_s)) {
        QVERIFY2(outcome.accepted, qPrintable(u"refused: "_s + outcome.error));
    } else if (name.startsWith(u"bad-"_s)) {
        QVERIFY2(!outcome.accepted, "accepted");
        QVERIFY(!outcome.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(ReplayTest)
#include "replay_test.moc"
