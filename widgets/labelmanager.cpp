// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelmanager.h"

#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/colorcontrast.h>
#include <models/labeltreemodel.h>
#include <models/project.h>

#include <QAction>
#include <QColorDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

namespace
{
// Colours for new labels: distinct from each other and from the default schema, and readable
// as tints on light and dark pages.
constexpr const char16_t *kNewLabelColors[] = {
    u"#d62728",
    u"#9467bd",
    u"#8c564b",
    u"#e377c2",
    u"#1f77b4",
    u"#ff7f0e",
    u"#2ca02c",
    u"#17becf",
    u"#bcbd22",
    u"#7f7f7f",
    u"#6a3d9a",
    u"#b15928",
    u"#1b9e77",
    u"#e7298a",
    u"#66a61e",
    u"#a6761d",
};

} // namespace

LabelManager::LabelManager(QWidget *parent)
    : QWidget(parent)
    , m_model(new LabelTreeModel(this))
    , m_view(new QTreeView(this))
    , m_contrastWarning(new QLabel(this))
    , m_message(new QLabel(this))
    , m_addChild(new QAction(tr("Add"), this))
    , m_addTopLevel(new QAction(tr("Add Top-Level"), this))
    , m_recolour(new QAction(tr("Colour…"), this))
    , m_merge(new QAction(tr("Merge Into…"), this))
    , m_delete(new QAction(tr("Delete"), this))
    , m_import(new QAction(tr("Import Schema…"), this))
    , m_export(new QAction(tr("Export Schema…"), this))
{
    setObjectName(u"labelManager"_s);

    m_view->setObjectName(u"labelTree"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(LabelTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LabelTreeModel::ShortcutColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LabelTreeModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(LabelTreeModel::LabelIdRole).toLongLong());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(LabelTreeModel::LabelIdRole).toLongLong());
    });
    // Labels added, moved, merged or removed reset the model: keep what the analyst looked at.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LabelManager::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LabelManager::restoreState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LabelManager::updateContrastWarning);
    connect(m_model, &LabelTreeModel::editRejected, this, &LabelManager::showMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateContrastWarning();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateContrastWarning();
    });

    m_addChild->setObjectName(u"addLabel"_s);
    m_addTopLevel->setObjectName(u"addTopLevelLabel"_s);
    m_addTopLevel->setToolTip(tr("Add a label at the top level of the schema"));
    m_recolour->setObjectName(u"recolourLabel"_s);
    m_recolour->setToolTip(tr("Choose the colour of the selected label"));
    m_merge->setObjectName(u"mergeLabels"_s);
    m_merge->setToolTip(tr("Merge the other selected labels into the current one (or the selected label into another): "
                           "annotations and sub-labels move over"));
    m_delete->setObjectName(u"deleteLabel"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected label, the labels below it and their annotations"));
    m_import->setObjectName(u"importSchema"_s);
    m_import->setToolTip(tr("Add the labels and relation types of a schema file (JSON) to the project"));
    m_export->setObjectName(u"exportSchema"_s);
    m_export->setToolTip(tr("Save the labels and relation types of the project as a schema file (JSON)"));
    for (QAction *action : {m_addChild, m_addTopLevel, m_recolour, m_merge, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    connect(m_addChild, &QAction::triggered, this, &LabelManager::addChildLabel);
    connect(m_addTopLevel, &QAction::triggered, this, &LabelManager::addTopLevelLabel);
    connect(m_recolour, &QAction::triggered, this, qOverload<>(&LabelManager::recolour));
    connect(m_merge, &QAction::triggered, this, &LabelManager::mergeSelected);
    connect(m_delete, &QAction::triggered, this, &LabelManager::deleteCurrent);
    connect(m_import, &QAction::triggered, this, qOverload<>(&LabelManager::importSchema));
    connect(m_export, &QAction::triggered, this, qOverload<>(&LabelManager::exportSchema));

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"labelToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_addChild);
    toolbar->addAction(m_addTopLevel);
    toolbar->addAction(m_recolour);
    toolbar->addAction(m_merge);
    toolbar->addAction(m_delete);
    auto *schemaMenu = new QMenu(this);
    schemaMenu->addAction(m_import);
    schemaMenu->addAction(m_export);
    auto *schemaButton = new QToolButton(this);
    schemaButton->setObjectName(u"schemaButton"_s);
    schemaButton->setText(tr("Schema"));
    schemaButton->setToolTip(tr("Import or export the label schema"));
    schemaButton->setMenu(schemaMenu);
    schemaButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(schemaButton);

    m_contrastWarning->setObjectName(u"contrastWarning"_s);
    m_contrastWarning->setWordWrap(true);
    m_contrastWarning->setVisible(false);
    m_message->setObjectName(u"labelMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_contrastWarning);
    layout->addWidget(m_message);
    setFocusProxy(m_view);
    updateActions();
}

LabelManager::~LabelManager()
{
    // The view and the model go after this object stopped being a LabelManager: no more calls.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

void LabelManager::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    m_collapsed.clear();
    m_view->selectionModel()->clear(); // label ids mean nothing in another project
    if (project) {
        connect(project, &Project::opened, this, &LabelManager::updateActions);
        connect(project, &Project::closed, this, [this] {
            m_collapsed.clear();
            showMessage({});
            updateActions();
        });
    }
    m_model->setProject(project);
    restoreState();
    updateActions();
}

Project *LabelManager::project() const
{
    return m_project;
}

qint64 LabelManager::currentLabel() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent())) {
        return 0;
    }
    return current.data(LabelTreeModel::LabelIdRole).toLongLong();
}

QList<qint64> LabelManager::selectedLabels() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // Tree order: by the position of each row in the view.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_view->visualRect(a).top() < m_view->visualRect(b).top();
    });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        ids << row.data(LabelTreeModel::LabelIdRole).toLongLong();
    }
    return ids;
}

void LabelManager::selectLabel(qint64 id)
{
    const QModelIndex index = m_model->indexOfLabel(id);
    if (!index.isValid()) {
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        m_view->expand(parent);
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void LabelManager::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

bool LabelManager::ask(const QString &question)
{
    if (m_confirmation) {
        return m_confirmation(question);
    }
    return QMessageBox::question(this, tr("Labels"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

QString LabelManager::message() const
{
    return m_message->text();
}

QString LabelManager::contrastWarning() const
{
    return m_contrastWarning->text();
}

void LabelManager::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LabelManager::updateActions()
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    const qint64 current = currentLabel();
    m_addChild->setEnabled(store != nullptr);
    m_addTopLevel->setEnabled(store != nullptr);
    m_recolour->setEnabled(current != 0);
    m_delete->setEnabled(current != 0);
    m_merge->setEnabled(current != 0 && store && store->labels().size() > 1);
    m_import->setEnabled(store != nullptr);
    m_export->setEnabled(store != nullptr);
    m_addChild->setToolTip(current != 0 && store ? tr("Add a label below “%1”").arg(store->labelPath(current)) : tr("Add a label at the top level"));
}

void LabelManager::updateContrastWarning()
{
    const std::optional<Label> label = m_model->labelAt(m_model->indexOfLabel(currentLabel()));
    const QPalette palette = m_view->palette();
    if (!label || LabelTreeModel::hasEnoughContrast(label->color, palette.color(QPalette::Base), palette.color(QPalette::Text))) {
        m_contrastWarning->clear();
        m_contrastWarning->setVisible(false);
        return;
    }
    const QColor page = palette.color(QPalette::Base);
    const bool dark = page.lightness() < 128;
    // The underline needs a colour far from the page; text needs a tint far from the text.
    const bool underlineFails = Scholion::Models::contrastRatio(label->color, page) < 1.5;
    m_contrastWarning->setText(underlineFails != dark
            ? tr("⚠ Spans labelled “%1” will be hard to read on this page. Choose a darker colour.").arg(label->name)
            : tr("⚠ Spans labelled “%1” will be hard to read on this page. Choose a lighter colour.").arg(label->name));
    m_contrastWarning->setVisible(true);
}

void LabelManager::rememberState()
{
    m_savedCurrent = 0;
    m_savedSelection.clear();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_savedCurrent = current.data(LabelTreeModel::LabelIdRole).toLongLong();
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        m_savedSelection << row.data(LabelTreeModel::LabelIdRole).toLongLong();
    }
}

void LabelManager::restoreState()
{
    const QSet<qint64> collapsed = m_collapsed;
    m_view->expandAll();
    for (const qint64 id : collapsed) {
        const QModelIndex index = m_model->indexOfLabel(id);
        if (index.isValid()) {
            m_view->collapse(index);
        }
    }
    m_collapsed = collapsed;
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_savedSelection)) {
        const QModelIndex index = m_model->indexOfLabel(id);
        if (index.isValid()) {
            selection.select(index, index.siblingAtColumn(LabelTreeModel::ColumnCount - 1));
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_model->indexOfLabel(m_savedCurrent);
    if (current.isValid()) {
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    m_savedCurrent = 0;
    m_savedSelection.clear();
    updateActions();
    updateContrastWarning();
}

QColor LabelManager::unusedColor() const
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    QHash<QString, int> uses;
    if (store) {
        const QList<Label> labels = store->labels();
        for (const Label &label : labels) {
            ++uses[label.color.name()];
        }
    }
    const QPalette palette = m_view->palette();
    // The first unused colour that reads well here; then the first unused one; then the least used.
    for (const bool readable : {true, false}) {
        for (const char16_t *name : kNewLabelColors) {
            const QColor color = QColor::fromString(QStringView(name));
            if (!uses.contains(color.name()) &&
                (!readable || LabelTreeModel::hasEnoughContrast(color, palette.color(QPalette::Base), palette.color(QPalette::Text)))) {
                return color;
            }
        }
    }
    QColor least = QColor::fromString(QStringView(kNewLabelColors[0]));
    for (const char16_t *name : kNewLabelColors) {
        const QColor color = QColor::fromString(QStringView(name));
        if (uses.value(color.name()) < uses.value(least.name())) {
            least = color;
        }
    }
    return least;
}

qint64 LabelManager::addChildLabel()
{
    return addLabel(currentLabel());
}

qint64 LabelManager::addTopLevelLabel()
{
    return addLabel(0);
}

qint64 LabelManager::addLabel(qint64 parentId)
{
    showMessage({});
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store) {
        return 0;
    }
    const QList<Label> labels = store->labels();
    const auto taken = [&](const QString &name) {
        return std::any_of(labels.cbegin(), labels.cend(), [&](const Label &l) {
            return l.parentId == parentId && l.name == name;
        });
    };
    const QString base = tr("New label");
    QString name = base;
    for (int n = 2; taken(name); ++n) {
        name = tr("%1 %2", "a new label's name and a number that makes it unique").arg(base).arg(n);
    }
    Label label;
    label.parentId = parentId;
    label.name = name;
    label.color = unusedColor();
    m_project->undoStack()->push(new AddLabelCommand(store, label));
    qint64 id = 0;
    for (const Label &added : store->labels()) {
        if (added.parentId == parentId && added.name == name) {
            id = added.id;
        }
    }
    if (id == 0) {
        showMessage(store->errorString());
        return 0;
    }
    m_collapsed.remove(parentId);
    selectLabel(id);
    m_view->edit(m_model->indexOfLabel(id, LabelTreeModel::NameColumn));
    return id;
}

void LabelManager::recolour()
{
    const std::optional<Label> label = m_model->labelAt(m_model->indexOfLabel(currentLabel()));
    if (!label) {
        return;
    }
    const QColor color = QColorDialog::getColor(label->color, this, tr("Colour of “%1”").arg(label->name));
    if (color.isValid()) {
        recolour(color);
    }
}

bool LabelManager::recolour(const QColor &color)
{
    showMessage({});
    const QModelIndex index = m_model->indexOfLabel(currentLabel());
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!index.isValid() || !store) {
        return false;
    }
    const bool changed = m_model->setData(index, color, LabelTreeModel::LabelColorRole);
    if (!changed && m_message->text().isEmpty()) {
        showMessage(store->errorString());
    }
    updateContrastWarning();
    return changed;
}

bool LabelManager::mergeSelected()
{
    showMessage({});
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    const qint64 current = currentLabel();
    if (!store || current == 0) {
        return false;
    }
    QList<qint64> others = selectedLabels();
    others.removeAll(current);
    if (others.isEmpty()) {
        // Only one label selected: ask which label to merge it into.
        const QList<qint64> below = store->labelWithDescendants(current);
        QStringList paths;
        QList<qint64> ids;
        for (const Label &label : store->labels()) {
            if (!below.contains(label.id)) {
                paths << store->labelPath(label.id);
                ids << label.id;
            }
        }
        if (ids.isEmpty()) {
            showMessage(tr("There is no other label to merge “%1” into.").arg(store->labelPath(current)));
            return false;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this,
            tr("Merge Label"),
            tr("Merge “%1” into:\n(its annotations and sub-labels move over, then it is deleted)").arg(store->labelPath(current)),
            paths,
            0,
            false,
            &ok);
        if (!ok || !paths.contains(chosen)) {
            return false;
        }
        return mergeLabels(ids.at(paths.indexOf(chosen)), current);
    }
    for (const qint64 id : std::as_const(others)) {
        if (store->labelWithDescendants(id).contains(current)) {
            showMessage(tr("“%1” cannot be merged into “%2”, which is below it.").arg(store->labelPath(id), store->labelPath(current)));
            return false;
        }
    }
    if (others.size() == 1) {
        return mergeLabels(current, others.constFirst());
    }
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(tr("Merge %n label(s) into “%1”", nullptr, int(others.size())).arg(store->labelPath(current)));
    bool ok = true;
    for (const qint64 id : std::as_const(others)) {
        ok = mergeLabels(current, id) && ok;
    }
    stack->endMacro();
    return ok;
}

bool LabelManager::mergeLabels(qint64 keepId, qint64 mergedId)
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store || !store->label(keepId) || !store->label(mergedId)) {
        return false;
    }
    if (keepId == mergedId || store->labelWithDescendants(mergedId).contains(keepId)) {
        showMessage(tr("“%1” cannot be merged into “%2”, which is below it.").arg(store->labelPath(mergedId), store->labelPath(keepId)));
        return false;
    }
    m_project->undoStack()->push(new MergeLabelsCommand(store, keepId, mergedId));
    if (store->label(mergedId)) {
        showMessage(store->errorString());
        return false;
    }
    selectLabel(keepId);
    return true;
}

bool LabelManager::deleteCurrent()
{
    showMessage({});
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    const qint64 id = currentLabel();
    if (!store || id == 0) {
        return false;
    }
    const int annotations = store->annotationCountForLabel(id);
    const int subLabels = int(store->labelWithDescendants(id).size()) - 1;
    const QString path = store->labelPath(id);
    const QString question = subLabels == 0
        ? tr("Delete “%1” and %n annotation(s)?", nullptr, annotations).arg(path)
        : tr("Delete “%1”, %2 and %n annotation(s)?", "%2 is the number of sub-labels", annotations).arg(path, tr("%n sub-label(s)", nullptr, subLabels));
    if (!ask(question)) {
        return false;
    }
    // Afterwards, select the label below it, else the one above, else its parent.
    const QModelIndex index = m_model->indexOfLabel(id);
    QModelIndex next = index.siblingAtRow(index.row() + 1);
    if (!next.isValid()) {
        next = index.row() > 0 ? index.siblingAtRow(index.row() - 1) : index.parent();
    }
    const qint64 nextId = next.data(LabelTreeModel::LabelIdRole).toLongLong();
    m_project->undoStack()->push(new RemoveLabelCommand(store, id));
    if (store->label(id)) {
        showMessage(store->errorString());
        return false;
    }
    if (nextId != 0) {
        selectLabel(nextId);
    }
    return true;
}

void LabelManager::exportSchema()
{
    if (!m_project || !m_project->annotations()) {
        return;
    }
    const QString folder = m_project->corpusRoot().isEmpty() ? QDir::homePath() : m_project->corpusRoot();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Label Schema"), QDir(folder).filePath(u"labels.json"_s), tr("Label schemas (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".json"_s;
    }
    exportSchema(path);
}

bool LabelManager::exportSchema(const QString &path)
{
    showMessage({});
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store) {
        return false;
    }
    const QByteArray json = store->exportSchema();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showMessage(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showMessage(tr("Exported %n label(s) to “%1”.", nullptr, int(store->labels().size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void LabelManager::importSchema()
{
    if (!m_project || !m_project->annotations()) {
        return;
    }
    const QString folder = m_project->corpusRoot().isEmpty() ? QDir::homePath() : m_project->corpusRoot();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Label Schema"), folder, tr("Label schemas (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importSchema(path);
    }
}

bool LabelManager::importSchema(const QString &path)
{
    showMessage({});
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store) {
        return false;
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read “%1”: %2").arg(shownPath, file.errorString()));
        return false;
    }
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray labels = document.object().value(u"labels"_s).toArray();
    if (!document.isObject() || labels.isEmpty()) {
        showMessage(tr("“%1” is not a label schema: %2")
                .arg(shownPath, parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("it has no labels")));
        return false;
    }

    // Labels and relation types of names the project has are merged, not doubled.
    int added = 0;
    m_project->undoStack()->push(new ImportSchemaCommand(store, json, QFileInfo(path).fileName(), nullptr, &added));
    if (added < 0) {
        showMessage(tr("“%1” was not imported: %2").arg(shownPath, store->errorString()));
        return false;
    }
    showMessage(tr("Imported %n new label(s) from “%1”; labels of names already here were kept.", nullptr, added).arg(shownPath));
    return true;
}

} // namespace Scholion::Widgets
