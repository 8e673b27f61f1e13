// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/documentlistmodel.h>
#include <models/project.h>
#include <models/search/concordancemodel.h>
#include <models/search/searchquery.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

namespace
{
// The left context is cut on its left, so the words next to the hit stay readable.
class ConcordanceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ConcordanceModel::LeftColumn) {
            option->textElideMode = Qt::ElideLeft;
        }
    }
};

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool parsed = false;
    double value = QLocale().toDouble(trimmed, &parsed);
    if (!parsed) {
        value = QLocale::c().toDouble(QString(trimmed).remove(u','), &parsed);
    }
    *ok = parsed;
    return parsed ? std::optional<double>(value) : std::nullopt;
}
} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConcordanceModel(this))
    , m_query(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_filters(new QGroupBox(tr("&Filters"), this))
    , m_labels(new QTreeWidget(this))
    , m_entity(new QComboBox(this))
    , m_relation(new QComboBox(this))
    , m_relatedEntity(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_attributeValue(new QLineEdit(this))
    , m_minimum(new QLineEdit(this))
    , m_maximum(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_dated(new QCheckBox(tr("Dated"), this))
    , m_dateFrom(new QDateEdit(this))
    , m_dateTo(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_annotateLabel(new QComboBox(this))
    , m_annotateEntity(new QComboBox(this))
    , m_checkedOnly(new QCheckBox(tr("Checked only"), this))
    , m_annotate(new QPushButton(tr("&Annotate"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(u"searchPanel"_s);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(tr("Words, \"phrases\", prefix*, AND OR NOT, NEAR(a b, 5)"));
    m_query->setClearButtonEnabled(true);
    m_mode->setObjectName(u"searchMode"_s);
    m_mode->addItem(tr("Words"), int(SearchRequest::Mode::FullText));
    m_mode->addItem(tr("Regular expression"), int(SearchRequest::Mode::Regex));
    m_mode->addItem(tr("Inside annotations"), int(SearchRequest::Mode::Annotations));
    m_cancel->setObjectName(u"searchCancel"_s);
    m_cancel->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_mode);
    queryRow->addWidget(m_searchButton);
    queryRow->addWidget(m_cancel);
    auto *optionRow = new QHBoxLayout;
    optionRow->addWidget(m_case);
    optionRow->addWidget(m_wholeWords);
    optionRow->addWidget(m_progress, 1);

    // Filters: the annotation fields apply inside annotations, statuses and dates to every mode.
    m_filters->setObjectName(u"searchFilters"_s);
    m_filters->setCheckable(true);
    m_filters->setChecked(false);
    auto *filterContent = new QWidget(m_filters);
    auto *form = new QFormLayout(filterContent);
    form->setContentsMargins(0, 0, 0, 0);
    m_labels->setObjectName(u"searchLabels"_s);
    m_labels->setHeaderHidden(true);
    m_labels->setMaximumHeight(140);
    m_labels->setToolTip(tr("Annotations with a checked label or one of its sub-labels"));
    form->addRow(tr("Labels:"), m_labels);
    m_entity->setObjectName(u"searchEntity"_s);
    form->addRow(tr("Entity:"), m_entity);
    auto *relationRow = new QHBoxLayout;
    relationRow->addWidget(m_relation, 1);
    relationRow->addWidget(new QLabel(tr("with"), this));
    relationRow->addWidget(m_relatedEntity, 1);
    m_relation->setToolTip(tr("Annotations with this relation, e.g. quotes said_by an entity"));
    form->addRow(tr("Relation:"), relationRow);
    auto *attributeRow = new QHBoxLayout;
    attributeRow->addWidget(m_attribute, 1);
    m_attributeValue->setPlaceholderText(tr("value"));
    attributeRow->addWidget(m_attributeValue, 1);
    form->addRow(tr("Attribute:"), attributeRow);
    auto *rangeRow = new QHBoxLayout;
    m_minimum->setObjectName(u"searchMinimum"_s);
    m_minimum->setPlaceholderText(tr("from"));
    m_maximum->setPlaceholderText(tr("to"));
    m_currency->setPlaceholderText(tr("currency, e.g. USD"));
    rangeRow->addWidget(m_minimum, 1);
    rangeRow->addWidget(m_maximum, 1);
    rangeRow->addWidget(m_currency, 1);
    form->addRow(tr("Range:"), rangeRow);
    m_note->setPlaceholderText(tr("words of the note"));
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Author:"), m_author);
    auto *statusRow = new QHBoxLayout;
    for (const DocumentStatus status : {DocumentStatus::New, DocumentStatus::InProgress, DocumentStatus::Done, DocumentStatus::NeedsReview}) {
        auto *box = new QCheckBox(DocumentListModel::statusName(status), this);
        box->setProperty("status", int(status));
        statusRow->addWidget(box);
        m_statuses << box;
    }
    form->addRow(tr("Documents:"), statusRow);
    auto *dateRow = new QHBoxLayout;
    for (QDateEdit *edit : {m_dateFrom, m_dateTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    m_dateFrom->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_dateTo->setDate(QDate::currentDate());
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_dateFrom, 1);
    dateRow->addWidget(new QLabel(tr("to"), this));
    dateRow->addWidget(m_dateTo, 1);
    form->addRow(tr("Date:"), dateRow);
    auto *filterLayout = new QVBoxLayout(m_filters);
    filterLayout->addWidget(filterContent);
    filterContent->setVisible(false);
    connect(m_filters, &QGroupBox::toggled, filterContent, &QWidget::setVisible);
    connect(m_dated, &QCheckBox::toggled, m_dateFrom, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_dateTo, &QWidget::setEnabled);

    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConcordanceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ConcordanceModel::DocumentColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcordanceModel::HitColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    header->resizeSection(ConcordanceModel::DocumentColumn, 160);
    header->setSortIndicator(ConcordanceModel::DocumentColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &SearchPanel::copySelection);
    m_view->addAction(copy);
    auto *checkAll = new QAction(tr("Check &All"), m_view);
    connect(checkAll, &QAction::triggered, this, [this] {
        m_model->setAllChecked(true);
    });
    m_view->addAction(checkAll);
    auto *uncheckAll = new QAction(tr("&Uncheck All"), m_view);
    connect(uncheckAll, &QAction::triggered, this, [this] {
        m_model->setAllChecked(false);
    });
    m_view->addAction(uncheckAll);
    auto *exportAction = new QAction(tr("&Export Results as CSV…"), m_view);
    connect(exportAction, &QAction::triggered, this, &SearchPanel::exportDialog);
    m_view->addAction(exportAction);

    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *annotateRow = new QHBoxLayout;
    annotateRow->addWidget(new QLabel(tr("Tag hits as"), this));
    m_annotateLabel->setObjectName(u"annotateLabel"_s);
    m_annotateEntity->setObjectName(u"annotateEntity"_s);
    annotateRow->addWidget(m_annotateLabel, 1);
    annotateRow->addWidget(m_annotateEntity, 1);
    annotateRow->addWidget(m_checkedOnly);
    m_annotate->setObjectName(u"annotateHits"_s);
    m_annotate->setToolTip(tr("Tag all hits (or the checked ones) in one step that Undo takes back; hits the label already covers are skipped"));
    annotateRow->addWidget(m_annotate);
    m_export->setToolTip(tr("Export the results as CSV"));
    annotateRow->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(queryRow);
    layout->addLayout(optionRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(annotateRow);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPanel::search);
    connect(m_cancel, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SearchPanel::updateModeWidgets);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        activateRow(index.row());
    });
    connect(m_annotate, &QPushButton::clicked, this, &SearchPanel::annotateFromButtons);
    connect(m_export, &QPushButton::clicked, this, &SearchPanel::exportDialog);
    updateModeWidgets();
    setProject(nullptr);
}

SearchPanel::~SearchPanel()
{
    if (m_engine) {
        m_engine->cancel();
        m_engine->wait();
    }
}

void SearchPanel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    onClosed();
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::opened, this, &SearchPanel::onOpened);
        connect(m_project, &Project::closed, this, &SearchPanel::onClosed);
        if (m_project->isOpen()) {
            onOpened();
        }
    }
}

void SearchPanel::onOpened()
{
    onClosed();
    m_engine = new SearchEngine(m_project->path(), this);
    connect(m_engine, &SearchEngine::hitsFound, this, &SearchPanel::onHits);
    connect(m_engine, &SearchEngine::finished, this, &SearchPanel::onFinished);
    connect(m_engine, &SearchEngine::failed, this, &SearchPanel::onFailed);
    if (AnnotationStore *store = m_project->annotations()) {
        connect(store, &AnnotationStore::labelsChanged, this, &SearchPanel::reloadChoices);
        connect(store, &AnnotationStore::entitiesChanged, this, &SearchPanel::reloadChoices);
    }
    reloadChoices();
    setEnabled(true);
}

void SearchPanel::onClosed()
{
    if (m_engine) {
        m_engine->cancel();
        m_engine->wait();
        delete m_engine;
        m_engine = nullptr;
    }
    m_model->clear();
    m_found = 0;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    setStatus(QString());
    setEnabled(false);
}

void SearchPanel::reloadChoices()
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    QList<qint64> checked;
    for (QTreeWidgetItemIterator it(m_labels); *it; ++it) {
        if ((*it)->checkState(0) == Qt::Checked) {
            checked << (*it)->data(0, Qt::UserRole).toLongLong();
        }
    }
    auto keep = [](QComboBox *box, auto fill) {
        const QVariant current = box->currentData();
        box->clear();
        fill(box);
        const int index = box->findData(current);
        box->setCurrentIndex(std::max(0, index));
    };
    m_labels->clear();
    const QList<Label> labels = store ? store->labels() : QList<Label>();
    QHash<qint64, QTreeWidgetItem *> items;
    // Parents come before their children in labels(); a missing parent puts the label on top.
    for (const Label &label : labels) {
        QTreeWidgetItem *parent = items.value(label.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_labels);
        item->setText(0, label.name);
        QPixmap swatch(12, 12);
        swatch.fill(label.color);
        item->setIcon(0, QIcon(swatch));
        item->setData(0, Qt::UserRole, label.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, checked.contains(label.id) ? Qt::Checked : Qt::Unchecked);
        items.insert(label.id, item);
    }
    m_labels->expandAll();

    QList<EntityRow> entities = store ? store->entityRows() : QList<EntityRow>();
    std::sort(entities.begin(), entities.end(), [](const EntityRow &a, const EntityRow &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    auto fillEntities = [&entities](const QString &none) {
        return [&entities, none](QComboBox *box) {
            box->addItem(none, qint64(0));
            for (const EntityRow &row : std::as_const(entities)) {
                box->addItem(row.name, row.id);
            }
        };
    };
    keep(m_entity, fillEntities(tr("any entity")));
    keep(m_relatedEntity, fillEntities(tr("any entity")));
    keep(m_annotateEntity, fillEntities(tr("no entity")));
    keep(m_relation, [store](QComboBox *box) {
        box->addItem(tr("any relation or none"), QString());
        QStringList names;
        const QList<RelationType> types = store ? store->relationTypes() : QList<RelationType>();
        for (const RelationType &type : types) {
            if (!names.contains(type.name)) {
                names << type.name;
                box->addItem(type.name, type.name);
            }
        }
    });
    keep(m_attribute, [store, &labels](QComboBox *box) {
        box->addItem(tr("any attribute or none"), qint64(0));
        QList<qint64> seen;
        for (const Label &label : labels) {
            const QList<LabelAttribute> attributes = store->attributesFor(label.id);
            for (const LabelAttribute &attribute : attributes) {
                if (!seen.contains(attribute.id)) {
                    seen << attribute.id;
                    box->addItem(u"%1 › %2"_s.arg(store->labelPath(attribute.labelId), attribute.name), attribute.id);
                }
            }
        }
    });
    keep(m_annotateLabel, [store, &labels](QComboBox *box) {
        for (const Label &label : labels) {
            QPixmap swatch(12, 12);
            swatch.fill(label.color);
            box->addItem(QIcon(swatch), store->labelPath(label.id), label.id);
        }
    });
}

SearchRequest SearchPanel::request() const
{
    SearchRequest request;
    request.mode = SearchRequest::Mode(m_mode->currentData().toInt());
    request.query = m_query->text().trimmed();
    request.caseSensitive = m_case->isChecked();
    request.wholeWords = m_wholeWords->isChecked();
    if (!m_filters->isChecked()) {
        return request;
    }
    AnnotationFilter &filter = request.filter;
    if (request.mode == SearchRequest::Mode::Annotations) {
        for (QTreeWidgetItemIterator it(m_labels); *it; ++it) {
            if ((*it)->checkState(0) == Qt::Checked) {
                filter.labelIds << (*it)->data(0, Qt::UserRole).toLongLong();
            }
        }
        filter.entityId = m_entity->currentData().toLongLong();
        filter.relationType = m_relation->currentData().toString();
        filter.relatedEntityId = filter.relationType.isEmpty() ? 0 : m_relatedEntity->currentData().toLongLong();
        filter.attributeId = m_attribute->currentData().toLongLong();
        if (filter.attributeId != 0) {
            filter.attributeValue = m_attributeValue->text().trimmed();
            bool ok = true;
            filter.minimum = parseNumber(m_minimum->text(), &ok);
            filter.maximum = parseNumber(m_maximum->text(), &ok);
            filter.currency = m_currency->text().trimmed().toUpper();
        }
        filter.noteText = m_note->text().trimmed();
        filter.author = m_author->text().trimmed();
    }
    for (const QCheckBox *box : m_statuses) {
        if (box->isChecked()) {
            filter.statuses << DocumentStatus(box->property("status").toInt());
        }
    }
    if (m_dated->isChecked()) {
        filter.dateFrom = m_dateFrom->date();
        filter.dateTo = m_dateTo->date();
    }
    return request;
}

bool SearchPanel::search()
{
    if (!m_engine || !m_project) {
        return false;
    }
    const SearchRequest request = this->request();
    // Problems with what was typed are explained here, before anything runs.
    switch (request.mode) {
    case SearchRequest::Mode::FullText: {
        if (request.query.isEmpty()) {
            setStatus(tr("Type the words to find."), true);
            return false;
        }
        const ParsedQuery parsed = parseSearchQuery(request.query, !request.wholeWords);
        if (!parsed.isValid()) {
            setStatus(parsed.error.isEmpty() ? tr("There is nothing to find in this query.") : parsed.error, true);
            if (parsed.errorPosition >= 0) {
                m_query->setCursorPosition(parsed.errorPosition);
            }
            Q_EMIT searchFailed(m_status->text());
            return false;
        }
        break;
    }
    case SearchRequest::Mode::Regex: {
        if (request.query.isEmpty()) {
            setStatus(tr("Type a regular expression."), true);
            return false;
        }
        const QRegularExpression regex(request.query);
        if (!regex.isValid()) {
            setStatus(tr("The regular expression is not valid at position %1: %2.").arg(regex.patternErrorOffset() + 1).arg(regex.errorString()), true);
            m_query->setCursorPosition(int(regex.patternErrorOffset()));
            Q_EMIT searchFailed(m_status->text());
            return false;
        }
        break;
    }
    case SearchRequest::Mode::Annotations:
        if (request.query.isEmpty() && request.filter.isEmpty()) {
            setStatus(tr("Check a label or set another filter, or type words the annotations contain."), true);
            return false;
        }
        break;
    }
    if (m_filters->isChecked()) {
        bool ok = true;
        for (QLineEdit *edit : {m_minimum, m_maximum}) {
            parseNumber(edit->text(), &ok);
            if (!ok) {
                setStatus(tr("“%1” is not a number.").arg(edit->text()), true);
                return false;
            }
        }
    }
    m_model->clear();
    m_found = 0;
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    setStatus(tr("Searching…"));
    m_engine->start(request);
    return true;
}

void SearchPanel::cancel()
{
    if (m_engine) {
        m_engine->cancel();
    }
}

bool SearchPanel::isSearching() const
{
    return m_engine && m_engine->isRunning();
}

void SearchPanel::onHits(const QList<SearchHit> &hits)
{
    m_model->appendHits(hits);
    m_found += int(hits.size());
    setStatus(tr("Searching… %n hit(s) so far", nullptr, m_found));
}

void SearchPanel::onFinished(int total, bool cancelled)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const QString documents = tr("in %n document(s)", nullptr, m_model->documentCount());
    if (cancelled) {
        setStatus(tr("Cancelled: %n hit(s) found", nullptr, m_model->rowCount()) + u' ' + documents + u'.');
    } else if (total == 0) {
        setStatus(tr("No hits."));
    } else {
        setStatus(tr("%n hit(s)", nullptr, total) + u' ' + documents + u'.');
    }
    m_view->resizeColumnToContents(ConcordanceModel::HitColumn);
    Q_EMIT searchFinished(total, cancelled);
}

void SearchPanel::onFailed(const QString &message)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    setStatus(message, true);
    Q_EMIT searchFailed(message);
}

void SearchPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(200, 30, 30) : QWidget::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::updateModeWidgets()
{
    const auto mode = SearchRequest::Mode(m_mode->currentData().toInt());
    m_case->setEnabled(mode != SearchRequest::Mode::Annotations);
    if (mode == SearchRequest::Mode::Annotations && !m_filters->isChecked()) {
        m_filters->setChecked(true);
    }
    m_query->setPlaceholderText(mode == SearchRequest::Mode::FullText ? tr("Words, \"phrases\", prefix*, AND OR NOT, NEAR(a b, 5)")
            : mode == SearchRequest::Mode::Regex                      ? tr("A regular expression, e.g. \\$\\s?\\d+ (million|billion)")
                                                                      : tr("Words the annotations contain (optional)"));
}

bool SearchPanel::hasHits() const
{
    return m_model->rowCount() > 0;
}

bool SearchPanel::stepHit(bool forward)
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return false;
    }
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int next = 0;
    if (current < 0) {
        next = forward ? 0 : count - 1;
    } else {
        next = (current + (forward ? 1 : -1) + count) % count;
    }
    activateRow(next);
    return true;
}

void SearchPanel::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QModelIndex index = m_model->index(row, ConcordanceModel::HitColumn);
    if (m_view->currentIndex().row() != row) {
        m_view->setCurrentIndex(index);
    }
    m_view->scrollTo(index);
    setStatus(tr("Hit %1 of %2").arg(QLocale().toString(row + 1), QLocale().toString(m_model->rowCount())));
    Q_EMIT hitActivated(m_model->hit(row));
}

QList<int> SearchPanel::viewRows() const
{
    QList<int> rows;
    rows.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        rows << row;
    }
    return rows;
}

void SearchPanel::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        rows = viewRows();
    }
    if (!rows.isEmpty()) {
        QApplication::clipboard()->setText(m_model->toTsv(rows));
    }
}

bool SearchPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(m_model->toCsv(viewRows()).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    error->clear();
    return true;
}

void SearchPanel::exportDialog()
{
    if (!hasHits()) {
        setStatus(tr("There are no results to export."), true);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results as CSV"), QDir::homePath() + u"/search-results.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportCsv(path, &error)) {
        setStatus(tr("%n hit(s) exported to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    } else {
        setStatus(error, true);
    }
}

SearchPanel::AnnotateResult SearchPanel::annotateHits(qint64 labelId, qint64 entityId, bool checkedOnly)
{
    AnnotateResult result;
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store || !store->label(labelId)) {
        return result;
    }
    const QList<int> rows = checkedOnly ? m_model->checkedRows() : viewRows();
    QHash<qint64, QList<std::pair<qint64, qint64>>> covered; // per document: spans with this label
    QHash<qint64, QString> texts;
    QList<Annotation> toAdd;
    for (const int row : rows) {
        const SearchHit hit = m_model->hit(row);
        if (!texts.contains(hit.documentId)) {
            texts.insert(hit.documentId, m_project->documentText(hit.documentId));
            QList<std::pair<qint64, qint64>> &ranges = covered[hit.documentId];
            const QList<AnnotationSpan> spans = store->spansOf(hit.documentId);
            for (const AnnotationSpan &a : spans) {
                if (a.labelId == labelId) {
                    ranges.append({a.start, a.end});
                }
            }
        }
        QList<std::pair<qint64, qint64>> &ranges = covered[hit.documentId];
        if (std::any_of(ranges.cbegin(), ranges.cend(), [&hit](const auto &r) {
                return r.first <= hit.start && hit.end <= r.second;
            })) {
            ++result.skipped;
            continue;
        }
        const QString &text = texts[hit.documentId];
        if (hit.end <= hit.start || hit.end > text.size() || QStringView(text).sliced(hit.start, hit.end - hit.start) != hit.hit) {
            ++result.stale;
            continue;
        }
        Annotation a;
        a.documentId = hit.documentId;
        a.labelId = labelId;
        a.start = hit.start;
        a.end = hit.end;
        a.quote = hit.hit;
        toAdd.append(a);
        ranges.append({hit.start, hit.end});
    }
    if (!toAdd.isEmpty()) {
        QUndoStack *stack = m_project->undoStack();
        stack->beginMacro(tr("Tag %n search hit(s) as %1", nullptr, int(toAdd.size())).arg(store->labelPath(labelId)));
        for (const Annotation &a : std::as_const(toAdd)) {
            qint64 id = 0;
            stack->push(new AddAnnotationCommand(store, a, nullptr, &id)); // deleted again when the store refuses
            if (id == 0) {
                continue;
            }
            ++result.added;
            if (entityId != 0) {
                if (const std::optional<Annotation> added = store->annotation(id)) {
                    stack->push(new LinkEntityCommand(store, *added, entityId));
                }
            }
        }
        stack->endMacro();
    }
    return result;
}

void SearchPanel::annotateFromButtons()
{
    const qint64 labelId = m_annotateLabel->currentData().toLongLong();
    if (!hasHits() || labelId == 0) {
        setStatus(tr("Search first, then choose the label to tag the hits with."), true);
        return;
    }
    if (m_checkedOnly->isChecked() && m_model->checkedRows().isEmpty()) {
        setStatus(tr("No hit is checked: check the hits to tag in the first column."), true);
        return;
    }
    const AnnotateResult result = annotateHits(labelId, m_annotateEntity->currentData().toLongLong(), m_checkedOnly->isChecked());
    QString text = tr("Tagged %n hit(s) as %1.", nullptr, result.added).arg(m_annotateLabel->currentText());
    if (result.skipped > 0) {
        text += u' ' + tr("Skipped %n that already had this label.", nullptr, result.skipped);
    }
    if (result.stale > 0) {
        text += u' ' + tr("Skipped %n whose document changed since the search; search again.", nullptr, result.stale);
    }
    setStatus(text, result.stale > 0);
}

} // namespace Scholion::Widgets
