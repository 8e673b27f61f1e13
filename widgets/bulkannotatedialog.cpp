// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkannotatedialog.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/candidatemodel.h>
#include <models/corpusscan.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/suggestionstore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

BulkAnnotateDialog::BulkAnnotateDialog(Project *project, LensDefinitions *lenses, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_lenses(lenses)
    , m_model(new CandidateModel(this))
    , m_scan(new CorpusScan(this))
    , m_writer(new BulkAnnotationWriter(this))
    , m_description(new QLabel(this))
    , m_lensRow(new QWidget(this))
    , m_occurrenceRow(new QWidget(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_scope(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_checkAll(new QPushButton(tr("Check &All"), this))
    , m_checkNone(new QPushButton(tr("Check &None"), this))
    , m_apply(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"bulkAnnotateDialog"_s);
    setWindowModality(Qt::WindowModal);
    resize(760, 520);
    m_description->setWordWrap(true);
    m_description->setObjectName(u"description"_s);

    auto *lensLayout = new QHBoxLayout(m_lensRow);
    lensLayout->setContentsMargins(0, 0, 0, 0);
    lensLayout->addWidget(new QLabel(tr("Lenses:"), m_lensRow));
    for (const Lens &lens : m_lenses->lenses()) {
        if (lens.id == u"handles"_s) {
            continue; // handles and links are for reading only: never suggested
        }
        auto *box = new QCheckBox(lens.title, m_lensRow);
        box->setProperty("lensId", lens.id);
        box->setObjectName(u"lens-"_s + lens.id);
        lensLayout->addWidget(box);
        m_lensBoxes << box;
        connect(box, &QCheckBox::toggled, this, &BulkAnnotateDialog::restart);
    }
    lensLayout->addStretch();

    auto *occurrenceLayout = new QHBoxLayout(m_occurrenceRow);
    occurrenceLayout->setContentsMargins(0, 0, 0, 0);
    m_scope->addItem(tr("In this document"));
    m_scope->addItem(tr("In the whole corpus"));
    m_scope->setObjectName(u"scope"_s);
    m_caseSensitive->setObjectName(u"caseSensitive"_s);
    occurrenceLayout->addWidget(m_scope);
    occurrenceLayout->addWidget(m_caseSensitive);
    occurrenceLayout->addStretch();
    connect(m_caseSensitive, &QCheckBox::toggled, this, &BulkAnnotateDialog::restart);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BulkAnnotateDialog::restart);

    AnnotationStore *store = m_project->annotations();
    m_model->setDescribers(
        [store](qint64 labelId) {
            return store ? store->labelPath(labelId) : QString();
        },
        [this](qint64 documentId) {
            auto it = m_documentTitles.constFind(documentId);
            if (it == m_documentTitles.cend()) {
                const std::optional<DocumentRow> row = m_project->documentRow(documentId);
                it = m_documentTitles.insert(documentId, row ? (row->title.isEmpty() ? row->sourcePath : row->title) : QString());
            }
            return *it;
        },
        [store](const Suggestion &s) {
            QStringList parts;
            if (!s.amount.isEmpty()) {
                parts << QLocale().toString(s.amount.toDouble(), 'f', 0) + (s.currency.isEmpty() ? QString() : u' ' + s.currency);
            }
            if (s.entityId && store) {
                if (const std::optional<Entity> entity = store->entity(s.entityId)) {
                    parts << entity->name;
                }
            }
            return parts.join(u" · "_s);
        });
    m_view->setObjectName(u"candidates"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(CandidateModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(CandidateModel::DocumentColumn, 220);
    m_view->setColumnWidth(CandidateModel::DetailsColumn, 160);
    // Label rows open as they appear: the preview shows candidates, not just counts.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &under, int first, int last) {
        if (!under.isValid()) {
            for (int row = first; row <= last; ++row) {
                m_view->expand(m_model->index(row, 0));
            }
        }
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const std::optional<Suggestion> s = m_model->suggestion(index)) {
            Q_EMIT candidateActivated(s->documentId, s->start, s->end);
        }
    });

    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_status->sizeHint().height());
    m_status->setObjectName(u"status"_s);
    m_stop->setObjectName(u"stop"_s);
    m_apply->setObjectName(u"apply"_s);
    m_apply->setDefault(true);
    m_buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkAnnotateDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &BulkAnnotateDialog::applyChecked);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_applying) {
            m_writer->cancel();
        } else {
            m_stopped = true;
            m_scan->cancel();
        }
    });
    connect(m_checkAll, &QPushButton::clicked, this, [this] {
        m_model->setAllChecked(true);
    });
    connect(m_checkNone, &QPushButton::clicked, this, [this] {
        m_model->setAllChecked(false);
    });

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkAll);
    checkRow->addWidget(m_checkNone);
    checkRow->addStretch();
    checkRow->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_lensRow);
    layout->addWidget(m_occurrenceRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(checkRow);

    connect(m_scan, &CorpusScan::found, m_model, &CandidateModel::append);
    connect(m_scan, &CorpusScan::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        updateState();
    });
    connect(m_scan, &CorpusScan::finished, this, &BulkAnnotateDialog::onScanFinished);
    connect(m_writer, &BulkAnnotationWriter::progress, this, [this](qsizetype done, qsizetype total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_writer, &BulkAnnotationWriter::finished, this, &BulkAnnotateDialog::onWriteFinished);
    connect(m_model, &CandidateModel::checkedCountChanged, this, &BulkAnnotateDialog::updateState);
    updateState();
}

BulkAnnotateDialog::~BulkAnnotateDialog() = default;

void BulkAnnotateDialog::findSuggestions(const QStringList &lensIds)
{
    m_mode = Mode::Suggestions;
    setWindowTitle(tr("Find Suggestions in the Corpus"));
    m_description->setText(tr("What the lenses find in every document of the corpus, except what is annotated or rejected already. "
                              "Uncheck what should not become an annotation, then accept the rest in one step (Ctrl+Z undoes it)."));
    m_lensRow->show();
    m_occurrenceRow->hide();
    for (QCheckBox *box : std::as_const(m_lensBoxes)) {
        const QSignalBlocker blocker(box);
        const QString id = box->property("lensId").toString();
        box->setChecked(lensIds.isEmpty() || lensIds.contains(id));
    }
    restart();
}

void BulkAnnotateDialog::findOccurrences(const Annotation &annotation, bool caseSensitive, bool wholeCorpus)
{
    m_mode = Mode::Occurrences;
    m_annotation = annotation;
    setWindowTitle(tr("Annotate All Occurrences"));
    AnnotationStore *store = m_project->annotations();
    const QString label = store ? store->labelPath(annotation.labelId) : QString();
    const std::optional<Entity> entity = store && annotation.entityId ? store->entity(annotation.entityId) : std::nullopt;
    m_description->setText(entity ? tr("Other places where “%1” stands as whole words, to tag as %2, linked to %3.").arg(annotation.quote, label, entity->name)
                                  : tr("Other places where “%1” stands as whole words, to tag as %2.").arg(annotation.quote, label));
    m_lensRow->hide();
    m_occurrenceRow->show();
    {
        const QSignalBlocker a(m_caseSensitive);
        const QSignalBlocker b(m_scope);
        m_caseSensitive->setChecked(caseSensitive);
        m_scope->setCurrentIndex(wholeCorpus ? 1 : 0);
    }
    restart();
}

void BulkAnnotateDialog::restart()
{
    if (m_applying || !m_project->isOpen()) {
        return;
    }
    m_model->clear();
    m_lastError.clear();
    m_stopped = false;
    CorpusScanRequest request;
    request.projectPath = m_project->path();
    if (m_mode == Mode::Suggestions) {
        request.kind = CorpusScanRequest::Kind::Suggestions;
        request.lenses = m_lenses->lenses();
        request.knownActors = m_lenses->knownActors();
        for (QCheckBox *box : std::as_const(m_lensBoxes)) {
            if (box->isChecked()) {
                request.lensIds << box->property("lensId").toString();
            }
        }
        if (request.lensIds.isEmpty()) {
            m_searching = false;
            m_scan->cancel();
            updateState();
            return;
        }
    } else {
        request.kind = CorpusScanRequest::Kind::Occurrences;
        request.annotation = m_annotation;
        request.caseSensitive = m_caseSensitive->isChecked();
        if (m_scope->currentIndex() == 0) {
            request.documents = {m_annotation.documentId};
        }
        QSettings().setValue(u"annotate/occurrencesInCorpus"_s, m_scope->currentIndex() == 1);
    }
    m_searching = true;
    m_progress->setRange(0, 0);
    m_scan->start(request);
    updateState();
}

void BulkAnnotateDialog::onScanFinished(bool cancelled, const QString &error)
{
    Q_UNUSED(cancelled)
    m_searching = false;
    m_lastError = error;
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot search the project: %1").arg(error));
    }
    updateState();
    Q_EMIT searchFinished();
}

void BulkAnnotateDialog::applyChecked()
{
    const QList<Suggestion> checked = m_model->checkedSuggestions();
    AnnotationStore *store = m_project->annotations();
    if (checked.isEmpty() || !store || m_applying) {
        return;
    }
    m_scan->cancel();
    m_scan->wait();
    m_searching = false;
    m_applying = true;
    m_progress->setRange(0, int(checked.size()));
    m_progress->setValue(0);
    updateState();
    m_writer->start(m_project->path(), SuggestionStore::toAnnotations(*store, checked), store->author());
}

void BulkAnnotateDialog::onWriteFinished(const QList<AnnotationWithAttributes> &stored, bool cancelled, const QString &error)
{
    m_applying = false;
    AnnotationStore *store = m_project->annotations();
    if (stored.isEmpty() || !store) {
        m_lastError = error;
        updateState();
        if (!cancelled && !error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Nothing was annotated: %1").arg(error));
        }
        Q_EMIT applied(0, 0);
        return;
    }
    QList<qint64> documents;
    for (const AnnotationWithAttributes &item : stored) {
        if (documents.isEmpty() || documents.constLast() != item.annotation.documentId) {
            documents << item.annotation.documentId;
        }
    }
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    const int count = int(stored.size());
    const int documentCount = int(documents.size());
    const QString text = m_mode == Mode::Suggestions ? tr("Accept %n suggestion(s)", nullptr, count) + u' ' + tr("in %n document(s)", nullptr, documentCount)
                                                     : tr("Tag %n occurrence(s) of “%1”", nullptr, count).arg(m_annotation.quote);
    store->announceAdded(stored);
    m_project->undoStack()->push(new AddAnnotationsCommand(store, stored, text, true));
    Q_EMIT applied(count, documentCount);
    accept();
}

void BulkAnnotateDialog::reject()
{
    if (m_applying) {
        m_writer->cancel(); // rolls back; the dialog stays until the writer is done
        return;
    }
    m_scan->cancel();
    QDialog::reject();
}

bool BulkAnnotateDialog::isSearching() const
{
    return m_searching;
}

bool BulkAnnotateDialog::isApplying() const
{
    return m_applying;
}

QString BulkAnnotateDialog::statusText() const
{
    return m_status->text();
}

void BulkAnnotateDialog::updateState()
{
    const QLocale locale;
    const int checked = m_model->checkedCount();
    const int total = m_model->totalCount();
    if (m_applying) {
        m_status->setText(tr("Writing %n annotation(s)…", nullptr, checked));
    } else if (m_searching) {
        m_status->setText(tr("Searching %1 of %2 documents: %n found", nullptr, total)
                .arg(locale.toString(m_progress->value() < 0 ? 0 : m_progress->value()), locale.toString(m_progress->maximum())));
    } else if (total == 0) {
        m_status->setText(m_stopped ? tr("Stopped; nothing found so far.") : tr("Nothing found."));
    } else {
        QStringList perLabel;
        AnnotationStore *store = m_project->annotations();
        for (const auto &[label, checkedOfLabel, found] : m_model->counts()) {
            perLabel << u"%1 %2/%3"_s.arg(store ? store->labelPath(label) : QString(), locale.toString(checkedOfLabel), locale.toString(found));
        }
        m_status->setText((m_stopped ? tr("Stopped. ") : QString()) + tr("%1 of %n checked", nullptr, total).arg(locale.toString(checked)) + u" — "_s +
            perLabel.join(u", "_s));
    }
    m_progress->setVisible(m_searching || m_applying);
    m_stop->setVisible(m_searching || m_applying);
    m_stop->setText(m_applying ? tr("&Cancel") : tr("&Stop"));
    m_apply->setText(m_mode == Mode::Suggestions ? tr("&Accept %n Checked", nullptr, checked) : tr("&Tag %n Checked", nullptr, checked));
    m_apply->setEnabled(checked > 0 && !m_applying);
    m_checkAll->setEnabled(!m_applying && total > 0);
    m_checkNone->setEnabled(!m_applying && total > 0);
    m_lensRow->setEnabled(!m_applying);
    m_occurrenceRow->setEnabled(!m_applying);
    m_view->setEnabled(!m_applying);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!m_applying);
}

} // namespace Scholion::Widgets
