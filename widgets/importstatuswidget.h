// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/corpusimporter.h>

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Scholion::Widgets
{

/*!
 * The import's progress in the status bar: a bar, files and megabytes done, time left, and a
 * Cancel button. It never blocks the window: the analyst reads while the corpus comes in.
 */
class ImportStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportStatusWidget)

public:
    explicit ImportStatusWidget(QWidget *parent = nullptr);

    /*! The sentence shown for \a progress, e.g. "Importing 120 of 8,000 files (1.2 of 30 MB), about 20 s left". */
    static QString describe(const Models::ImportProgress &progress);

public Q_SLOTS:
    void start();
    void setProgress(const Scholion::Models::ImportProgress &progress);
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QToolButton *m_cancel;
};

} // namespace Scholion::Widgets
