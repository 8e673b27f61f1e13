// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <models/documentlistmodel.h>
#include <models/export/exportengine.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

namespace
{
constexpr int LabelIdRole = Qt::UserRole + 1;

void setSubtreeChecked(QTreeWidgetItem *item, Qt::CheckState state)
{
    for (int i = 0; i < item->childCount(); ++i) {
        item->child(i)->setCheckState(0, state);
        setSubtreeChecked(item->child(i), state);
    }
}
} // namespace

ExportDialog::ExportDialog(const QString &projectPath,
    const QList<Label> &labels,
    const QList<qint64> &shownDocuments,
    const QList<qint64> &selectedDocuments,
    QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_shownDocuments(shownDocuments)
    , m_selectedDocuments(selectedDocuments)
    , m_engine(new ExportEngine(this))
    , m_format(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_all(new QRadioButton(tr("&All documents"), this))
    , m_shown(new QRadioButton(tr("Documents &shown in the corpus list (%n)", nullptr, int(shownDocuments.size())), this))
    , m_selected(new QRadioButton(tr("Documents s&elected in the corpus list (%n)", nullptr, int(selectedDocuments.size())), this))
    , m_byStatus(new QRadioButton(tr("Documents with the s&tatus"), this))
    , m_status(new QComboBox(this))
    , m_labels(new QTreeWidget(this))
    , m_unlinked(new QCheckBox(tr("Also list entities that no exported annotation mentions"), this))
    , m_bom(new QCheckBox(tr("Start CSV files with a byte order mark (for spreadsheets)"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));

    for (const ExportFormat format : ExportFormats::all()) {
        m_format->addItem(ExportFormats::displayName(format), int(format));
    }
    m_format->setObjectName(u"exportFormat"_s);
    m_destination->setObjectName(u"exportDestination"_s);
    m_destination->setPlaceholderText(tr("A file, or a new folder for brat and CSV"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Destination:"), destinationRow);

    auto *documents = new QGroupBox(tr("Documents"), this);
    auto *documentsLayout = new QVBoxLayout(documents);
    documentsLayout->addWidget(m_all);
    documentsLayout->addWidget(m_shown);
    documentsLayout->addWidget(m_selected);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_byStatus);
    statusRow->addWidget(m_status, 1);
    documentsLayout->addLayout(statusRow);
    for (const DocumentStatus status : {DocumentStatus::New, DocumentStatus::InProgress, DocumentStatus::Done, DocumentStatus::NeedsReview}) {
        m_status->addItem(DocumentListModel::statusName(status), int(status));
    }
    m_status->setCurrentIndex(2);
    m_all->setChecked(true);
    m_shown->setEnabled(!shownDocuments.isEmpty());
    m_selected->setEnabled(!selectedDocuments.isEmpty());

    auto *labelsBox = new QGroupBox(tr("Labels"), this);
    auto *labelsLayout = new QVBoxLayout(labelsBox);
    m_labels->setObjectName(u"exportLabels"_s);
    m_labels->setHeaderHidden(true);
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Label &label : labels) {
        QTreeWidgetItem *parentItem = items.value(label.parentId);
        auto *item = parentItem ? new QTreeWidgetItem(parentItem, {label.name}) : new QTreeWidgetItem(m_labels, {label.name});
        item->setData(0, LabelIdRole, label.id);
        item->setData(0, Qt::DecorationRole, label.color);
        item->setCheckState(0, Qt::Checked);
        items.insert(label.id, item);
    }
    m_labels->expandAll();
    labelsLayout->addWidget(m_labels);
    connect(m_labels, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QSignalBlocker blocker(m_labels);
        setSubtreeChecked(item, item->checkState(0));
        updateControls();
    });

    m_progress->setVisible(false);
    m_message->setObjectName(u"exportMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(documents);
    layout->addWidget(labelsBox, 1);
    layout->addWidget(m_unlinked);
    layout->addWidget(m_bom);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, m_engine, &ExportEngine::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_engine, &ExportEngine::progress, this, [this](const ExportProgress &progress) {
        m_progress->setMaximum(std::max(progress.documentsTotal, 1));
        m_progress->setValue(progress.documentsDone);
        m_progress->setFormat(tr("%1 of %2 documents").arg(progress.documentsDone).arg(progress.documentsTotal));
    });
    connect(m_engine, &ExportEngine::finished, this, &ExportDialog::onFinished);
    updateControls();
}

ExportDialog::~ExportDialog()
{
    m_engine->cancel();
    m_engine->wait();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.projectPath = m_projectPath;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.outputPath = m_destination->text().trimmed();
    if (m_shown->isChecked()) {
        options.documentIds = m_shownDocuments;
    } else if (m_selected->isChecked()) {
        options.documentIds = m_selectedDocuments;
    } else if (m_byStatus->isChecked()) {
        options.status = DocumentStatus(m_status->currentData().toInt());
    }
    bool all = true;
    for (QTreeWidgetItemIterator it(m_labels); *it; ++it) {
        if ((*it)->checkState(0) == Qt::Checked) {
            options.labelIds.append((*it)->data(0, LabelIdRole).toLongLong());
        } else {
            all = false;
        }
    }
    if (all) {
        options.labelIds.clear();
    }
    options.includeUnlinkedEntities = m_unlinked->isChecked();
    options.csvBom = m_bom->isChecked() && options.format == ExportFormat::Csv;
    return options;
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ExportDialog::isExporting() const
{
    return m_engine->isRunning();
}

QString ExportDialog::message() const
{
    return m_message->text();
}

void ExportDialog::chooseDestination()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const QString suffix = ExportFormats::suffix(format);
    const QString start = m_destination->text().isEmpty()
        ? QDir(QFileInfo(m_projectPath).absolutePath()).filePath(u"export"_s + (suffix.isEmpty() ? QString() : u'.' + suffix))
        : m_destination->text();
    const QString filter = suffix.isEmpty() ? QString() : tr("%1 (*.%2)").arg(ExportFormats::displayName(format), suffix);
    const QString path = QFileDialog::getSaveFileName(this,
        ExportFormats::writesFolder(format) ? tr("New Folder for the Export") : tr("Export To"),
        start,
        filter,
        nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_destination->setText(path);
    }
}

void ExportDialog::updateControls()
{
    const bool running = m_engine->isRunning();
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    bool anyLabel = false;
    for (QTreeWidgetItemIterator it(m_labels); *it; ++it) {
        anyLabel = anyLabel || (*it)->checkState(0) == Qt::Checked;
    }
    m_bom->setEnabled(!running && format == ExportFormat::Csv);
    m_exportButton->setEnabled(!running && !m_destination->text().trimmed().isEmpty() && anyLabel);
    m_cancelButton->setVisible(running);
    m_progress->setVisible(running);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_format, m_destination, m_all, m_status, m_labels, m_unlinked}) {
        widget->setEnabled(!running);
    }
    m_shown->setEnabled(!running && !m_shownDocuments.isEmpty());
    m_selected->setEnabled(!running && !m_selectedDocuments.isEmpty());
    m_byStatus->setEnabled(!running);
}

void ExportDialog::startExport()
{
    const ExportOptions exportOptions = options();
    if (ExportFormats::writesFolder(exportOptions.format) && QFileInfo(exportOptions.outputPath).isFile()) {
        m_message->setText(tr("“%1” is a file; brat and CSV exports need a new folder.").arg(exportOptions.outputPath));
        return;
    }
    m_message->setText(tr("Exporting…"));
    m_progress->setValue(0);
    if (m_engine->start(exportOptions)) {
        updateControls();
    }
}

void ExportDialog::onFinished(const ExportResult &result)
{
    m_engine->wait();
    switch (result.outcome) {
    case ExportResult::Outcome::Completed: {
        QString text = tr("Exported %1 documents, %2 annotations and %3 relations to %4.")
                           .arg(result.documents)
                           .arg(result.spans)
                           .arg(result.relations)
                           .arg(QDir::toNativeSeparators(result.outputPath));
        if (result.droppedSpans > 0) {
            text += u' ' + tr("%n overlapping annotations could not be represented and were left out (the outermost wins).", nullptr, result.droppedSpans);
        }
        m_message->setText(text);
        break;
    }
    case ExportResult::Outcome::Cancelled:
    case ExportResult::Outcome::Failed:
        m_message->setText(result.error);
        break;
    }
    updateControls();
    Q_EMIT exportFinished(result);
}

void ExportDialog::reject()
{
    if (m_engine->isRunning()) {
        m_engine->cancel();
        return; // the dialog stays until the engine has stopped and said so
    }
    QDialog::reject();
}

} // namespace Scholion::Widgets
