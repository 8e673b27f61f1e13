// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks of tests/benchmarks share: seeded numbers, latency statistics, the RSS
// of the process and paints made sure of.

#include "../seededrandom.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPaintEvent>
#include <QPointer>
#include <QRegion>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Scholion::Bench
{

using Scholion::Tests::Random;

/*! Latency percentiles in milliseconds, by nearest rank. */
struct Stats {
    qsizetype n = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

inline Stats statsOf(QList<qint64> nanoseconds)
{
    Stats s;
    s.n = nanoseconds.size();
    if (nanoseconds.isEmpty()) {
        return s;
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    // Nearest rank: the smallest sample with at least p of the samples at or below it.
    const auto at = [&nanoseconds, &s](double p) {
        const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(s.n))), 1, s.n);
        return double(nanoseconds.at(rank - 1)) / 1e6;
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = double(nanoseconds.constLast()) / 1e6;
    return s;
}

inline double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

inline QString ratio(double measured, double reference)
{
    return reference > 0 ? QString::number(measured / reference, 'f', 1) + QStringLiteral("×") : QStringLiteral("—");
}

/*! A field of /proc/self/status in kB (VmRSS, VmHWM), -1 where there is none. */
inline qint64 statusKb(QByteArrayView field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            return line.mid(field.size()).simplified().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/*!
 * Makes sure one widget was painted whole after an action. The application's own repaint
 * counts: the backing store painting the widget and its children in the processEvents()
 * after the action, as it does on screen. Where that did not cover the whole widget (or the
 * widget was not watched before), the widget is rendered into an image of its size.
 * Rendering it after the backing store had painted it all would count the paint twice.
 */
class Painter : public QObject
{
public:
    ~Painter() override { qApp->removeEventFilter(this); }

    /*! Starts counting the paints of \a widget (and its children) from now on. */
    void watch(QWidget *widget)
    {
        if (!m_watched) {
            qApp->installEventFilter(this);
        }
        m_watched = widget;
        m_painted = QRegion();
    }

    void paint(QWidget *widget)
    {
        const bool watched = m_watched == widget;
        if (!watched || !QRegion(widget->rect()).subtracted(m_painted).isEmpty()) {
            const QSize size = widget->size() * widget->devicePixelRatio();
            if (m_image.size() != size) {
                m_image = QImage(size, QImage::Format_ARGB32_Premultiplied);
                m_image.setDevicePixelRatio(widget->devicePixelRatio());
            }
            widget->render(&m_image);
        }
        if (!watched) {
            watch(widget);
        }
        m_painted = QRegion();
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        // QWidget::render() sends paint events too; paint() forgets them.
        if (event->type() == QEvent::Paint && m_watched && object->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(object);
            if (widget == m_watched || m_watched->isAncestorOf(widget)) {
                m_painted += static_cast<QPaintEvent *>(event)->region().translated(widget->mapTo(m_watched.data(), QPoint(0, 0)));
            }
        }
        return false;
    }

private:
    QPointer<QWidget> m_watched;
    QRegion m_painted;
    QImage m_image;
};

inline void settle()
{
    QCoreApplication::processEvents();
}

} // namespace Scholion::Bench
