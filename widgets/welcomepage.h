// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace Scholion::Widgets
{

/*! What the window shows when no project is open: how to start, and the recent projects. */
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /*! Lists \a paths (corpus folders or project files), newest first. */
    void setRecent(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openFolderRequested();
    void openProjectRequested();
    void openSampleRequested();
    void openRecentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Scholion::Widgets
