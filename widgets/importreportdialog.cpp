// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

ImportReportDialog::ImportReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_issues(new QTreeWidget(this))
{
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(tr("Import Report"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(u"importIssues"_s);
    m_issues->setRootIsDecorated(false);
    m_issues->setAlternatingRowColors(true);
    m_issues->setHeaderLabels({tr("Reason"), tr("File"), tr("Details")});
    m_issues->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_issues->setSortingEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_report.toText());
    });
    connect(save, &QPushButton::clicked, this, &ImportReportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void ImportReportDialog::setReport(const ImportReport &report)
{
    m_report = report;
    QString header = report.toText().section(u"\n\n"_s, 0, 0).toHtmlEscaped();
    header.replace(u'\n', u"<br>"_s);
    if (report.issues.isEmpty()) {
        header += u"<br><br>"_s + tr("Every file was imported; nothing needs your attention.").toHtmlEscaped();
    }
    m_summary->setText(header);
    m_issues->clear();
    for (const ImportIssue &issue : report.issues) {
        auto *item = new QTreeWidgetItem(m_issues, {ImportIssue::kindLabel(issue.kind), issue.path, issue.detail});
        item->setToolTip(2, issue.detail);
    }
    m_issues->setVisible(!report.issues.isEmpty());
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
}

void ImportReportDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), tr("import-report.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_report.toText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Import Report"), tr("Cannot save “%1”: %2").arg(path, file.errorString()));
    }
}

} // namespace Scholion::Widgets
