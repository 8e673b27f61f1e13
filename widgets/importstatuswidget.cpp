// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

ImportStatusWidget::ImportStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"importStatus"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(u"cancelImport"_s);
    m_cancel->setToolTip(tr("Stop the import; documents imported so far are kept"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

QString ImportStatusWidget::describe(const ImportProgress &progress)
{
    const QLocale locale;
    switch (progress.phase) {
    case ImportProgress::Phase::Scanning:
        return tr("Scanning the folder: %1 files found").arg(locale.toString(progress.filesTotal));
    case ImportProgress::Phase::Finishing:
        return tr("Finishing the import…");
    case ImportProgress::Phase::Importing:
        break;
    }
    if (!progress.totalsKnown) {
        return tr("Importing %1 files (%2); still counting the folder: %3 files so far")
            .arg(locale.toString(progress.filesDone),
                locale.formattedDataSize(progress.bytesDone, 1, QLocale::DataSizeTraditionalFormat),
                locale.toString(progress.filesTotal));
    }
    QString text = tr("Importing %1 of %2 files (%3 of %4)")
                       .arg(locale.toString(progress.filesDone),
                           locale.toString(progress.filesTotal),
                           locale.formattedDataSize(progress.bytesDone, 1, QLocale::DataSizeTraditionalFormat),
                           locale.formattedDataSize(progress.bytesTotal, 1, QLocale::DataSizeTraditionalFormat));
    const qint64 remaining = progress.remainingMs();
    if (remaining >= 0) {
        text += u", "_s +
            (remaining < 60000 ? tr("about %n s left", nullptr, int(remaining / 1000) + 1) : tr("about %n min left", nullptr, int(remaining / 60000) + 1));
    }
    return text;
}

void ImportStatusWidget::start()
{
    m_bar->setRange(0, 0);
    m_label->setText(tr("Starting the import…"));
    m_cancel->setEnabled(true);
    show();
}

void ImportStatusWidget::setProgress(const ImportProgress &progress)
{
    if (!isVisible() || !m_cancel->isEnabled()) {
        return;
    }
    if (progress.phase == ImportProgress::Phase::Importing && progress.totalsKnown && progress.bytesTotal > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000 * progress.bytesDone / progress.bytesTotal));
    } else {
        m_bar->setRange(0, 0);
    }
    m_label->setText(describe(progress));
}

void ImportStatusWidget::finish()
{
    hide();
}

} // namespace Scholion::Widgets
