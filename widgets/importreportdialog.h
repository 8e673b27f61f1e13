// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/importreport.h>

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Scholion::Widgets
{

/*!
 * Shows an import report: the counts, then every skipped, missing or doubtful file with its
 * reason. The report can be copied or saved as text.
 */
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    explicit ImportReportDialog(QWidget *parent = nullptr);

    void setReport(const Models::ImportReport &report);
    const Models::ImportReport &report() const { return m_report; }
    QTreeWidget *issueList() const { return m_issues; }

private:
    void saveAs();

    Models::ImportReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_issues;
};

} // namespace Scholion::Widgets
