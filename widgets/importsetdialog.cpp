// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

ImportSetDialog::ImportSetDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_intoOpen(new QRadioButton(tr("Into the open project"), this))
    , m_intoNew(new QRadioButton(tr("Into a new project next to the set (a brat folder becomes its own corpus)"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import Annotated Set"));
    m_path->setObjectName(u"setPath"_s);
    m_path->setPlaceholderText(tr("A brat folder, or a JSONL, doccano, .qdpx or CoNLL file"));
    auto *fileButton = new QPushButton(tr("File…"), this);
    auto *folderButton = new QPushButton(tr("Folder…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(fileButton);
    pathRow->addWidget(folderButton);

    m_format->setObjectName(u"setFormat"_s);
    m_format->addItem(tr("brat standoff folder"), int(SetFormat::Brat));
    m_format->addItem(tr("Scholion JSONL"), int(SetFormat::Jsonl));
    m_format->addItem(tr("doccano JSONL (UTF-16 offsets)"), int(SetFormat::Doccano));
    m_format->addItem(tr("REFI-QDA project (.qdpx)"), int(SetFormat::Qdpx));
    m_format->addItem(tr("CoNLL (IOB1, IOB2, BIOES)"), int(SetFormat::Conll));

    m_intoOpen->setEnabled(!projectPath.isEmpty());
    m_intoOpen->setToolTip(projectPath);
    (projectPath.isEmpty() ? m_intoNew : m_intoOpen)->setChecked(true);

    m_progress->setVisible(false);
    m_result->setObjectName(u"importResult"_s);
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("Documents whose text the project already has are matched; the others are written to "
                                    "the corpus folder under imported/. Nothing is imported when the set has an error."));

    auto *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"importButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Set:"), pathRow);
    form->addRow(tr("&Format:"), m_format);
    auto *target = new QVBoxLayout;
    target->addWidget(m_intoOpen);
    target->addWidget(m_intoNew);
    form->addRow(tr("Target:"), target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(fileButton, &QPushButton::clicked, this, &ImportSetDialog::chooseFile);
    connect(folderButton, &QPushButton::clicked, this, &ImportSetDialog::chooseFolder);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (const auto format = guessFormat(path)) {
            setFormat(*format);
        }
        updateButtons();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportSetDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportSetDialog::reject);
    updateButtons();
}

ImportSetDialog::~ImportSetDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

std::optional<SetFormat> ImportSetDialog::guessFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return SetFormat::Brat;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == u"qdpx"_s || suffix == u"qde"_s) {
        return SetFormat::Qdpx;
    }
    if (suffix == u"conll"_s || suffix == u"iob"_s || suffix == u"iob1"_s || suffix == u"iob2"_s || suffix == u"bioes"_s || suffix == u"bio"_s) {
        return SetFormat::Conll;
    }
    return std::nullopt; // a .jsonl may be either JSONL flavour: the choice stays the analyst's
}

void ImportSetDialog::setSetPath(const QString &path)
{
    m_path->setText(path);
}

void ImportSetDialog::setFormat(SetFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ImportSetDialog::setIntoOpenProject(bool into)
{
    (into && m_intoOpen->isEnabled() ? m_intoOpen : m_intoNew)->setChecked(true);
}

bool ImportSetDialog::isRunning() const
{
    return m_thread != nullptr;
}

void ImportSetDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
        tr("Import Annotated Set"),
        QFileInfo(m_path->text()).absolutePath(),
        tr("Annotated sets (*.jsonl *.json *.qdpx *.qde *.conll *.iob *.iob2 *.bioes *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void ImportSetDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Import brat Folder"), m_path->text());
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void ImportSetDialog::updateButtons()
{
    const bool running = isRunning();
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(!running && !m_path->text().trimmed().isEmpty());
        }
    }
    m_path->setEnabled(!running);
    m_format->setEnabled(!running);
    m_intoOpen->setEnabled(!running && !m_projectPath.isEmpty());
    m_intoNew->setEnabled(!running);
}

void ImportSetDialog::startImport()
{
    if (isRunning() || m_path->text().trimmed().isEmpty()) {
        return;
    }
    SetImportOptions options;
    options.path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    options.format = SetFormat(m_format->currentData().toInt());
    options.projectPath = m_intoOpen->isChecked() ? m_projectPath : QString();
    m_result->clear();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_thread = QThread::create([this, options] {
        SetImporter importer(options);
        connect(&importer, &SetImporter::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        const SetImportReport report = importer.run();
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                onFinished(report);
            },
            Qt::QueuedConnection);
    });
    updateButtons();
    m_thread->start();
}

void ImportSetDialog::onFinished(const SetImportReport &report)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_report = report;
    m_progress->setVisible(false);
    m_result->setPlainText(report.ok ? report.toText() : tr("Nothing was imported.") + u"\n\n"_s + report.error);
    updateButtons();
    if (report.ok) {
        Q_EMIT imported(report);
    }
    Q_EMIT finished(report);
}

void ImportSetDialog::reject()
{
    if (!isRunning()) {
        QDialog::reject();
    }
}

} // namespace Scholion::Widgets
