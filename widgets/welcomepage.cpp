// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(u"welcomePage"_s);
    auto *title = new QLabel(tr("Scholion"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Read a corpus of articles, tag quotes, actors, aid figures, dates and events, and export what you found."), this);
    subtitle->setWordWrap(true);

    auto *openFolder = new QPushButton(tr("Open Corpus &Folder…"), this);
    openFolder->setObjectName(u"welcomeOpenFolder"_s);
    openFolder->setDefault(true);
    auto *openProject = new QPushButton(tr("Open &Project…"), this);
    auto *openSample = new QPushButton(tr("Open &Sample Corpus"), this);
    openSample->setObjectName(u"welcomeOpenSample"_s);
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(openProject, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(openSample, &QPushButton::clicked, this, &WelcomePage::openSampleRequested);

    auto *hint = new QLabel(tr("Or drop a folder of .txt, .md and .html files on this window."), this);
    hint->setEnabled(false);

    auto *recentTitle = new QLabel(tr("Recent"), this);
    QFont recentFont = recentTitle->font();
    recentFont.setWeight(QFont::DemiBold);
    recentTitle->setFont(recentFont);
    m_recent->setObjectName(u"recentProjects"_s);
    m_recent->setFrameShape(QFrame::NoFrame);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(openFolder);
    column->addWidget(openProject);
    column->addWidget(openSample);
    column->addWidget(hint);
    column->addSpacing(16);
    column->addWidget(recentTitle);
    column->addWidget(m_recent, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    setRecent({});
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (not found)").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Scholion::Widgets
