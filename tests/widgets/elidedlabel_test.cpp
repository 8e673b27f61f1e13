// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <widgets/elidedlabel.h>

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Widgets;

namespace
{
// A source path of the length nested corpora have, with emoji, CJK and right-to-left names.
const QString kLong = u"archive/2026/ministries/external-cooperation/press/📄 援助声明/بيان/transcripts/"
                      "Valdoria-Terravel-phone-call-readout-final-version-approved-by-legal.txt · UTF-8 · CRLF · New · 12 annotations"_s;

// Counts the layout requests a widget gets: a text change that needs a new layout posts one.
class LayoutRequests final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            ++count;
        }
        return QObject::eventFilter(watched, event);
    }
};

QImage rendered(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    widget->render(&image);
    return image;
}
} // namespace

class ElidedLabelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elidesInTheMiddleAndShowsAllWhenThereIsRoom()
    {
        ElidedLabel label;
        label.setText(kLong);
        label.resize(200, label.sizeHint().height());
        const QString narrow = label.displayedText();
        QVERIFY(narrow.contains(u'…'));
        QVERIFY(label.fontMetrics().horizontalAdvance(narrow) <= 200);
        QVERIFY(kLong.startsWith(narrow.section(u'…', 0, 0)));
        QVERIFY(kLong.endsWith(narrow.section(u'…', 1)));
        label.setElideMode(Qt::ElideRight);
        QVERIFY(label.displayedText().endsWith(u'…'));
        label.resize(label.fontMetrics().horizontalAdvance(kLong) + 20, label.height());
        QCOMPARE(label.displayedText(), kLong);
        // One line: a line break becomes a space.
        label.setText(u"two\nlines"_s);
        QCOMPARE(label.displayedText(), u"two lines"_s);
        QCOMPARE(label.text(), u"two\nlines"_s);
    }

    void tooltipHoldsTheWholeTextAndTheDetail()
    {
        ElidedLabel label;
        label.setText(kLong);
        QCOMPARE(label.toolTip(), kLong);
        label.setDetail(u"SHA-256 of the source file: 00ff"_s);
        QCOMPARE(label.toolTip(), kLong + u"\n\nSHA-256 of the source file: 00ff"_s);
        QCOMPARE(label.accessibleName(), kLong);
        label.clear();
        QCOMPARE(label.toolTip(), u"SHA-256 of the source file: 00ff"_s);
        label.setDetail(QString());
        QVERIFY(label.toolTip().isEmpty());
    }

    void newTextRepaintsWithoutALayout()
    {
        // A QLabel beside it shows what the label avoids: the layout runs again for a new text.
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *label = new ElidedLabel(&window);
        auto *plain = new QLabel(&window);
        layout->addWidget(label, 1);
        layout->addWidget(plain);
        window.resize(600, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize hint = label->sizeHint();
        const QSize minimum = label->minimumSizeHint();
        LayoutRequests requests;
        window.installEventFilter(&requests);
        QCoreApplication::processEvents();
        requests.count = 0;

        const QImage empty = rendered(label);
        label->setText(kLong);
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 0);
        QCOMPARE(label->sizeHint(), hint);
        QCOMPARE(label->minimumSizeHint(), minimum);
        QVERIFY(rendered(label) != empty); // the text is painted

        plain->setText(u"a label of another length"_s);
        QCoreApplication::processEvents();
        QVERIFY(requests.count > 0);
    }

    void aLongTextDoesNotWidenTheStatusBar()
    {
        QStatusBar bar;
        auto *label = new ElidedLabel(&bar);
        bar.addWidget(label, 1);
        const int before = bar.minimumSizeHint().width();
        label->setText(kLong);
        QCOMPARE(bar.minimumSizeHint().width(), before);
        QVERIFY(before < 100);
        // A QLabel there would demand the whole text's width.
        auto *plain = new QLabel(kLong, &bar);
        bar.addWidget(plain);
        QVERIFY(bar.minimumSizeHint().width() > plain->fontMetrics().horizontalAdvance(kLong));
    }
};

QTEST_MAIN(ElidedLabelTest)
#include "elidedlabel_test.moc"
