// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <widgets/importstatuswidget.h>

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Widgets;

class ImportStatusWidgetTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The import walks and imports at once; until the count that runs ahead of it is over, the
    // bar is busy and the sentence says how far the count got, with no time estimate.
    void followsTheCountThenTheWhole()
    {
        ImportStatusWidget widget;
        widget.start();
        auto *bar = widget.findChild<QProgressBar *>();
        auto *label = widget.findChild<QLabel *>();
        QVERIFY(bar && label);
        QCOMPARE(bar->maximum(), 0);

        ImportProgress progress;
        progress.phase = ImportProgress::Phase::Importing;
        progress.filesDone = 1200;
        progress.bytesDone = 4'800'000;
        progress.filesTotal = 45'000;
        progress.bytesTotal = 180'000'000;
        progress.elapsedMs = 2'000;
        progress.totalsKnown = false;
        widget.setProgress(progress);
        QCOMPARE(bar->maximum(), 0); // busy
        QCOMPARE(label->text(), u"Importing 1,200 files (4.6 MB); still counting the folder: 45,000 files so far"_s);
        QCOMPARE(progress.remainingMs(), -1);

        progress.totalsKnown = true;
        progress.filesTotal = 100'000;
        progress.bytesTotal = 400'000'000;
        widget.setProgress(progress);
        QCOMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 12);
        QVERIFY2(label->text().startsWith(u"Importing 1,200 of 100,000 files (4.6 MB of 381.5 MB), about"_s), qPrintable(label->text()));
    }

    void cancelByMouse()
    {
        ImportStatusWidget widget;
        widget.show();
        widget.start();
        QSignalSpy cancelled(&widget, &ImportStatusWidget::cancelRequested);
        auto *button = widget.findChild<QToolButton *>(u"cancelImport"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!button->isEnabled());
        QCOMPARE(widget.findChild<QLabel *>()->text(), u"Cancelling…"_s);
    }
};

QTEST_MAIN(ImportStatusWidgetTest)
#include "importstatuswidget_test.moc"
