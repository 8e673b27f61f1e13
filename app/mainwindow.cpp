// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "samplecorpus.h"

#include <models/annotationcommands.h>
#include <models/annotationlistmodel.h>
#include <models/annotationstore.h>
#include <models/attributeproposals.h>
#include <models/documentfilterproxymodel.h>
#include <models/documentlistmodel.h>
#include <models/entitylistmodel.h>
#include <models/highlighting.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/projectbackup.h>
#include <models/search/searchengine.h>
#include <models/search/searchindex.h>
#include <models/spansnapper.h>
#include <models/suggestionengine.h>
#include <models/suggestionstore.h>
#include <widgets/annotationpanel.h>
#include <widgets/attributedialog.h>
#include <widgets/bulkannotatedialog.h>
#include <widgets/corpusbrowser.h>
#include <widgets/documentview.h>
#include <widgets/elidedlabel.h>
#include <widgets/entitypanel.h>
#include <widgets/entityproposalbar.h>
#include <widgets/exportdialog.h>
#include <widgets/findbar.h>
#include <widgets/importreportdialog.h>
#include <widgets/importsetdialog.h>
#include <widgets/importstatuswidget.h>
#include <widgets/labelmanager.h>
#include <widgets/labelpalette.h>
#include <widgets/quickopen.h>
#include <widgets/searchpanel.h>
#include <widgets/suggestionpanel.h>
#include <widgets/welcomepage.h>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Widgets;

namespace Scholion::App
{

namespace
{
constexpr int kMaxRecent = 10;
const auto kRecentKey = u"session/recent"_s;
const auto kLastKey = u"session/last"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new Project(this))
    , m_documents(new DocumentListModel(this))
    , m_annotations(new AnnotationListModel(this))
    , m_entities(new EntityListModel(this))
    , m_browser(new CorpusBrowser(m_documents, this))
    , m_view(new DocumentView(this))
    , m_welcome(new WelcomePage(this))
    , m_importStatus(new ImportStatusWidget(this))
    , m_panel(new AnnotationPanel(m_annotations, m_project, this))
    , m_entityPanel(new EntityPanel(m_entities, this))
    , m_proposal(new EntityProposalBar(this))
    , m_palette(new LabelPalette(this))
    , m_reader(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_countsLabel(new QLabel(this))
    , m_indexLabel(new QLabel(this))
    , m_documentLabel(new ElidedLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    auto *readerLayout = new QVBoxLayout(m_reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_proposal);
    readerLayout->addWidget(m_view, 1);
    m_findBar = new FindBar(m_view, m_reader);
    m_findBar->hide();
    readerLayout->addWidget(m_findBar);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_reader);
    setCentralWidget(m_stack);

    auto *dock = new QDockWidget(tr("Corpus"), this);
    dock->setObjectName(u"corpusDock"_s);
    dock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    auto *panelDock = new QDockWidget(tr("Annotations"), this);
    panelDock->setObjectName(u"annotationDock"_s);
    panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, panelDock);
    auto *entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(u"entityDock"_s);
    entityDock->setWidget(m_entityPanel);
    addDockWidget(Qt::RightDockWidgetArea, entityDock);
    tabifyDockWidget(panelDock, entityDock);
    auto *labelManager = new LabelManager(this);
    labelManager->setProject(m_project);
    auto *labelDock = new QDockWidget(tr("Labels"), this);
    labelDock->setObjectName(u"labelDock"_s);
    labelDock->setWidget(labelManager);
    addDockWidget(Qt::RightDockWidgetArea, labelDock);
    tabifyDockWidget(entityDock, labelDock);
    m_searchPanel = new SearchPanel(this);
    m_searchPanel->setProject(m_project);
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(u"searchDock"_s);
    searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock);
    searchDock->hide();
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::showHit);
    m_history = new NavigationHistory(this);
    m_lenses = new LensDefinitions(this);
    m_suggestionPanel = new SuggestionPanel(m_project, m_lenses, this);
    auto *suggestionDock = new QDockWidget(tr("Suggestions"), this);
    suggestionDock->setObjectName(u"suggestionDock"_s);
    suggestionDock->setWidget(m_suggestionPanel);
    addDockWidget(Qt::RightDockWidgetArea, suggestionDock);
    suggestionDock->hide();
    connect(m_suggestionPanel, &SuggestionPanel::corpusRequested, this, [this] {
        findSuggestionsInCorpus();
    });
    connect(m_suggestionPanel, &SuggestionPanel::suggestionActivated, this, [this](qint64 documentId, qsizetype start, qsizetype end) {
        if (documentId == m_view->documentId()) {
            m_view->revealRange(start, end);
        }
    });
    // Suggestions run every lens over the whole text: only while the dock is shown (T5).
    // Also emitted while the window is destroyed: no member of it is touched here.
    connect(suggestionDock,
        &QDockWidget::visibilityChanged,
        m_suggestionPanel,
        [panel = m_suggestionPanel, view = QPointer<DocumentView>(m_view)](bool visible) {
            panel->setDocument(visible && view ? view->documentId() : 0);
        });
    connect(this, &MainWindow::documentShown, this, [this, suggestionDock](qint64 id) {
        if (suggestionDock->isVisible()) {
            m_suggestionPanel->setDocument(id);
        }
    });
    m_quickOpen = new QuickOpen(this);
    connect(m_quickOpen, &QuickOpen::documentChosen, this, [this](qint64 id) {
        showDocument(id);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    panelDock->raise();
    resizeDocks({dock, panelDock}, {440, 360}, Qt::Horizontal);
    m_annotations->setProject(m_project);
    m_entities->setProject(m_project);
    m_view->installEventFilter(this);
    connect(m_palette, &LabelPalette::labelChosen, this, [this](qint64 id) {
        m_view->setFocus(Qt::OtherFocusReason);
        applyLabel(id);
    });
    connect(m_proposal, &EntityProposalBar::linkAccepted, this, &MainWindow::linkEntity);
    connect(m_proposal, &EntityProposalBar::createAccepted, this, &MainWindow::createEntity);
    connect(m_entityPanel, &EntityPanel::mentionRequested, this, &MainWindow::showMention);
    connect(m_entityPanel, &EntityPanel::mergeRequested, this, &MainWindow::mergeEntities);
    m_view->setDescriber([this](qint64 id) {
        return describeAnnotation(id);
    });
    connect(m_view, &DocumentView::currentAnnotationChanged, m_panel, &AnnotationPanel::selectAnnotation);
    connect(m_panel, &AnnotationPanel::annotationActivated, this, [this](qint64 id) {
        const NavigationPosition from = currentPosition();
        m_view->setCurrentAnnotation(id, true);
        m_history->visit(from, currentPosition());
    });
    connect(m_view, &DocumentView::removeRequested, this, &MainWindow::removeAnnotation);
    connect(m_panel, &AnnotationPanel::attributesRequested, this, [this](qint64 id) {
        editAttributes(id);
    });
    connect(m_view, &DocumentView::currentAnnotationChanged, this, &MainWindow::updateRelatedSpans);
    connect(m_view, &DocumentView::hoveredAnnotationChanged, this, &MainWindow::updateRelatedSpans);
    connect(m_view, &DocumentView::annotationClicked, this, [this](qint64 id) {
        if (isLinking() && id != 0 && id != m_linkSource) {
            completeLink(m_linkSource, id);
        }
    });
    connect(m_project, &Project::opened, this, &MainWindow::connectStore);
    connect(m_project, &Project::consistencyChecked, this, [this](const QList<qint64> &wrong) {
        if (!wrong.isEmpty()) {
            QStringList ids;
            for (const qint64 id : wrong.mid(0, 20)) {
                ids << QString::number(id);
            }
            showError(tr("Project Check"),
                tr("%n annotation(s) no longer match the text of their documents (ids %1). They are kept as they are; "
                   "please check them.",
                    nullptr,
                    int(wrong.size()))
                    .arg(ids.join(u", "_s)));
        }
    });
    connect(m_project, &Project::documentChanged, this, [this](qint64 id) {
        if (id == m_view->documentId()) {
            updateStatus();
        }
    });
    connect(m_project, &Project::damageFound, this, [this](const QString &message) {
        offerRestore(m_project->path(), message, m_openedPath);
    });
    connect(m_project, &Project::backupFinished, this, [this](bool ok, const QString &result) {
        if (!ok) {
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(result), 15000);
        }
    });

    m_documentLabel->setObjectName(u"documentStatus"_s);
    statusBar()->addWidget(m_documentLabel, 1);
    statusBar()->addPermanentWidget(m_importStatus);
    m_indexLabel->setObjectName(u"searchIndexStatus"_s);
    m_indexLabel->hide();
    statusBar()->addPermanentWidget(m_indexLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    connect(m_project, &Project::opened, this, &MainWindow::followSearchIndex);

    connect(m_browser, &CorpusBrowser::documentActivated, this, [this](qint64 id) {
        if (!m_selectingInBrowser) { // not the echo of showDocument() selecting the row itself
            showDocument(id);
        }
    });
    // What a document switch does not change is not redone on every switch (T4): the corpus
    // counts (COUNT(*) over every row) follow changes, coalesced, and the last document read is
    // saved a moment later, not with a settings write per switch.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    m_lastDocumentTimer = new QTimer(this);
    m_lastDocumentTimer->setSingleShot(true);
    m_lastDocumentTimer->setInterval(2000);
    connect(m_lastDocumentTimer, &QTimer::timeout, this, &MainWindow::saveLastDocument);
    connect(m_project, &Project::importStarted, m_importStatus, &ImportStatusWidget::start);
    connect(m_project, &Project::importProgress, m_importStatus, &ImportStatusWidget::setProgress);
    connect(m_project, &Project::importFinished, this, &MainWindow::onImportFinished);
    connect(m_importStatus, &ImportStatusWidget::cancelRequested, m_project, &Project::cancelImport);
    auto onDocuments = [this] {
        // The first documents of a fresh import: show one at once.
        if (m_view->documentId() == 0 && m_browser->proxy()->rowCount() > 0) {
            m_browser->stepDocument(0);
        }
        updateStatus();
    };
    connect(m_project, &Project::documentsAdded, this, onDocuments);
    connect(m_project, &Project::documentsChanged, this, onDocuments);
    connect(m_documents, &DocumentListModel::loaded, this, onDocuments);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSampleCorpus);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openPath);

    createActions();
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    panelDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    entityDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_browser->restoreState(settings.value(u"window/documentColumns"_s).toByteArray());
    m_view->setFontPointSize(settings.value(u"view/fontSize"_s, DocumentView::DefaultPointSize).toReal());
    connect(m_view, &DocumentView::zoomChanged, this, [](qreal points) {
        QSettings().setValue(u"view/fontSize"_s, points);
    });

    m_welcome->setRecent(recentPaths());
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_project->close();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence::Open);
    openFolder->setObjectName(u"openFolderAction"_s);
    QAction *openProject = file->addAction(tr("Open &Project…"), this, &MainWindow::openProjectDialog);
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("Open &Sample Corpus"), this, &MainWindow::openSampleCorpus);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_reimportAction = file->addAction(tr("Re&fresh from Folder"), this, &MainWindow::reimport);
    m_reimportAction->setShortcut(QKeySequence::Refresh);
    m_reimportAction->setToolTip(tr("Import new and changed files of the corpus folder"));
    m_reportAction = file->addAction(tr("Import &Report…"), this, [this] {
        if (const std::optional<ImportReport> report = m_project->lastImportReport()) {
            showImportReport(*report);
        }
    });
    m_reportAction->setObjectName(u"importReportAction"_s);
    m_exportAction = file->addAction(tr("&Export…"), this, [this] {
        QList<qint64> shown;
        const QAbstractItemModel *list = m_browser->proxy();
        for (int row = 0; row < list->rowCount(); ++row) {
            shown.append(list->index(row, 0).data(DocumentIdRole).toLongLong());
        }
        QList<qint64> selected;
        for (const QModelIndex &index : m_browser->view()->selectionModel()->selectedRows()) {
            selected.append(index.data(DocumentIdRole).toLongLong());
        }
        auto *dialog = new ExportDialog(m_project->path(), m_project->annotations()->labels(), shown, selected, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QAction *importSet = file->addAction(tr("Import &Annotated Set…"), this, &MainWindow::showImportSetDialog);
    importSet->setObjectName(u"importSetAction"_s);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Own actions rather than QUndoStack's, so that undoing a change in another document can show it.
    m_undoAction = edit->addAction(tr("&Undo"), this, [this] {
        m_followChanges = true;
        m_project->undoStack()->undo();
        m_followChanges = false;
    });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), this, [this] {
        m_followChanges = true;
        m_project->undoStack()->redo();
        m_followChanges = false;
    });
    // The platform's redo keys, and both common ones everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(keys)) {
            redoKeys << keys;
        }
    }
    m_redoAction->setShortcuts(redoKeys);
    QUndoStack *stack = m_project->undoStack();
    auto updateUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (m_view->documentId() != 0) {
            m_findBar->activate();
        }
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *findNextAction = edit->addAction(tr("Find &Next"), this, [this] {
        findNext(true);
    });
    findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *findPreviousAction = edit->addAction(tr("Find Pre&vious"), this, [this] {
        findNext(false);
    });
    findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    QAction *searchCorpus = edit->addAction(tr("&Search Corpus…"), this, &MainWindow::showSearch);
    searchCorpus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_rebuildIndexAction = edit->addAction(tr("Re&build Search Index"), this, [this] {
        if (SearchIndex *index = m_project->searchIndex(); index && index->rebuild()) {
            m_indexLabel->setText(tr("Indexing for search…"));
            m_indexLabel->show();
        }
    });
    m_rebuildIndexAction->setToolTip(tr("Build the full-text index of every document again"));

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    m_annotateMenu = annotate;
    QAction *palette = annotate->addAction(tr("&Tag With Label…"), this, [this] {
        if (m_view->documentId() != 0) {
            m_palette->popup(m_view->viewport()->mapToGlobal(m_view->cursorRect().bottomLeft()));
        }
    });
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_labelMenu = annotate->addMenu(tr("&Label Selection As"));
    m_labelMenu->setToolTip(tr("Each label's key tags the selected text, or relabels the current annotation"));
    m_removeAction = annotate->addAction(tr("&Remove Annotation"), this, [this] {
        removeAnnotation(m_view->currentAnnotation());
    });
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_removeAction);
    QAction *nextAnnotation = annotate->addAction(tr("&Next Annotation"), this, [this] {
        m_view->stepAnnotation(true);
    });
    nextAnnotation->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    nextAnnotation->setProperty("readOnlySafe", true);
    QAction *previousAnnotation = annotate->addAction(tr("P&revious Annotation"), this, [this] {
        m_view->stepAnnotation(false);
    });
    previousAnnotation->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previousAnnotation->setProperty("readOnlySafe", true);
    QAction *linkAction = annotate->addAction(tr("&Link to Another Span…"), this, &MainWindow::startLink);
    linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    linkAction->setToolTip(tr("Link the current annotation to another one: who said a quote, who pledged an amount…"));
    QMenu *unlink = annotate->addMenu(tr("Remove Lin&k"));
    connect(unlink, &QMenu::aboutToShow, this, [this, unlink] {
        unlink->clear();
        AnnotationStore *store = m_project->annotations();
        const qint64 current = m_view->currentAnnotation();
        const QList<Relation> relations = store && current ? store->relationsOf(current) : QList<Relation>();
        for (const Relation &r : relations) {
            const QString text = u"%1 → %2"_s.arg(store->relationType(r.typeId).value_or(RelationType{}).name,
                store->annotation(r.sourceId == current ? r.targetId : r.sourceId).value_or(Annotation{}).quote.simplified());
            unlink->addAction(text, this, [this, store, r] {
                m_project->undoStack()->push(new RemoveRelationCommand(store, r));
            });
        }
        if (relations.isEmpty()) {
            unlink->addAction(tr("The current annotation has no links"))->setEnabled(false);
        }
    });
    QAction *attributes = annotate->addAction(tr("&Attributes…"), this, [this] {
        editAttributes(m_view->currentAnnotation());
    });
    attributes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *linkEntityAction = annotate->addAction(tr("Link to &Entity…"), this, &MainWindow::linkEntityDialog);
    linkEntityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    annotate->addAction(tr("&Unlink Entity"), this, [this] {
        linkEntity(m_view->currentAnnotation(), 0);
    });
    QMenu *adjust = annotate->addMenu(tr("Ad&just Boundaries"));
    const QList<std::tuple<QString, QKeyCombination, bool, bool>> nudges = {
        {tr("Extend End"), Qt::ALT | Qt::SHIFT | Qt::Key_Right, true, true},
        {tr("Shrink End"), Qt::ALT | Qt::SHIFT | Qt::Key_Left, true, false},
        {tr("Extend Start"), Qt::ALT | Qt::CTRL | Qt::SHIFT | Qt::Key_Left, false, false},
        {tr("Shrink Start"), Qt::ALT | Qt::CTRL | Qt::SHIFT | Qt::Key_Right, false, true},
    };
    for (const auto &[text, keys, endEdge, forward] : nudges) {
        QAction *action = adjust->addAction(text, this, [this, endEdge, forward] {
            nudgeCurrent(endEdge, forward);
        });
        action->setShortcut(QKeySequence(keys));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    annotate->addSeparator();
    m_snapAction = annotate->addAction(tr("&Snap to Word Boundaries"));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(QSettings().value(u"annotate/snapToWords"_s, true).toBool());
    connect(m_snapAction, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(u"annotate/snapToWords"_s, on);
    });
    annotate->addSeparator();
    QAction *documentNote = annotate->addAction(tr("Document &Note…"), this, [this] {
        AnnotationStore *store = m_project->annotations();
        const qint64 documentId = m_view->documentId();
        if (!store || documentId == 0) {
            return;
        }
        const QString old = store->documentNote(documentId).value_or(QString());
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(this, tr("Document Note"), tr("Your note on this document:"), old, &ok);
        if (ok && note != old) {
            m_project->undoStack()->push(new SetDocumentNoteCommand(store, documentId, old, note));
        }
    });
    documentNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *occurrences = annotate->addAction(tr("Annotate All &Occurrences…"), this, [this] {
        annotateAllOccurrences(m_view->currentAnnotation());
    });
    occurrences->setObjectName(u"annotateOccurrences"_s);
    occurrences->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    occurrences->setToolTip(tr("Tag the other places where the selected annotation's text stands as whole words, in this document or the whole corpus"));
    QAction *corpusSuggestions = annotate->addAction(tr("Find Suggestions in &Corpus…"), this, [this] {
        findSuggestionsInCorpus();
    });
    corpusSuggestions->setObjectName(u"findSuggestionsInCorpus"_s);
    corpusSuggestions->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    corpusSuggestions->setToolTip(tr("What the enabled lenses suggest in every document, to check and accept in one step"));
    QMenu *status = annotate->addMenu(tr("Document &Status"));
    const QList<std::pair<DocumentStatus, QKeyCombination>> statuses = {
        {DocumentStatus::New, Qt::CTRL | Qt::Key_1},
        {DocumentStatus::InProgress, Qt::CTRL | Qt::Key_2},
        {DocumentStatus::Done, Qt::CTRL | Qt::Key_3},
        {DocumentStatus::NeedsReview, Qt::CTRL | Qt::Key_4},
    };
    for (const auto &[value, keys] : statuses) {
        QAction *action = status->addAction(DocumentListModel::statusName(value), this, [this, value] {
            setDocumentStatus(int(value));
        });
        action->setShortcut(QKeySequence(keys));
        action->setCheckable(true);
        action->setData(int(value));
        m_statusActions << action;
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget *>(u"corpusDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"annotationDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"entityDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"labelDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"searchDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"suggestionDock"_s)->toggleViewAction());
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, [this] {
        m_view->zoomIn();
    });
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, [this] {
        m_view->zoomOut();
    });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual Size"), m_view, &DocumentView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fullWidth = view->addAction(tr("&Full-Width Text"));
    fullWidth->setCheckable(true);
    fullWidth->setToolTip(tr("Let the text use the whole width instead of a comfortable reading column"));
    connect(fullWidth, &QAction::toggled, this, [this](bool on) {
        m_view->setMeasure(on ? 0 : 80);
    });
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    view->addSeparator();
    m_lensMenu = view->addMenu(tr("&Lenses"));
    m_lensMenu->setObjectName(u"lensMenu"_s);
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeMenu->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(m_themeMenu);
    const QString currentTheme = QSettings().value(u"view/theme"_s).toString();
    QAction *followSystem = m_themeMenu->addAction(tr("Follow the &System"));
    m_themeMenu->addSeparator();
    QList<QAction *> themeActions{followSystem};
    for (const KSyntaxHighlighting::Theme &theme : highlightingRepository().themes()) {
        QAction *action = m_themeMenu->addAction(theme.translatedName());
        action->setData(theme.name());
        themeActions << action;
    }
    for (QAction *action : std::as_const(themeActions)) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == currentTheme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            setViewTheme(action->data().toString());
        });
    }
    connect(m_lenses, &LensDefinitions::changed, this, [this] {
        rebuildLensMenu();
        applyLenses();
    });
    rebuildLensMenu();
    setViewTheme(currentTheme);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_nextDocumentAction = go->addAction(tr("&Next Document"), this, [this] {
        m_browser->stepDocument(1);
    });
    m_nextDocumentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousDocumentAction = go->addAction(tr("&Previous Document"), this, [this] {
        m_browser->stepDocument(-1);
    });
    m_previousDocumentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *filter = go->addAction(tr("&Filter Documents"), this, [this] {
        m_browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_browser->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *toList = go->addAction(tr("Document &List"), this, [this] {
        m_browser->view()->setFocus(Qt::ShortcutFocusReason);
    });
    toList->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *toText = go->addAction(tr("Document &Text"), this, [this] {
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    toText->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    go->addSeparator();
    m_backAction = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setObjectName(u"backAction"_s);
    m_forwardAction = go->addAction(tr("F&orward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setObjectName(u"forwardAction"_s);
    auto updateHistory = [this] {
        m_backAction->setEnabled(m_history->canGoBack());
        m_forwardAction->setEnabled(m_history->canGoForward());
    };
    connect(m_history, &NavigationHistory::changed, this, updateHistory);
    updateHistory();
    QAction *quickOpen = go->addAction(tr("&Go to Document…"), this, &MainWindow::showQuickOpen);
    quickOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Scholion"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

ImportSetDialog *MainWindow::showImportSetDialog()
{
    auto *dialog = new ImportSetDialog(m_project->isOpen() ? m_project->path() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportSetDialog::imported, this, [this](const SetImportReport &report) {
        if (m_project->isOpen() && QFileInfo(report.projectPath) == QFileInfo(m_project->path())) {
            // Another connection wrote labels, entities, documents and spans: read them again.
            m_project->annotations()->reload();
            Q_EMIT m_project->documentsChanged();
            reloadSpans();
            updateStatus();
        } else {
            openPath(report.projectPath);
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::followSearchIndex()
{
    SearchIndex *index = m_project->searchIndex();
    if (!index) {
        return;
    }
    // The index is built on a worker thread after an import or an upgrade; searching waits for it.
    connect(index, &SearchIndex::progress, m_indexLabel, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            return; // nothing new to index (a refresh that changed nothing): nothing to say
        }
        m_indexLabel->setText(tr("Indexing for search: %1 of %2 documents").arg(QLocale().toString(done), QLocale().toString(total)));
        m_indexLabel->show();
    });
    connect(index, &SearchIndex::finished, m_indexLabel, [this](bool ok, const QString &error) {
        m_indexLabel->hide();
        if (!ok) {
            showError(tr("Search Index"), error);
        }
    });
}

void MainWindow::updateActions()
{
    const bool open = m_project->isOpen();
    m_reimportAction->setEnabled(open && !m_project->corpusRoot().isEmpty());
    m_rebuildIndexAction->setEnabled(open && m_project->searchIndex());
    m_reportAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_nextDocumentAction->setEnabled(open);
    m_previousDocumentAction->setEnabled(open);
    const bool document = open && m_view->documentId() != 0 && m_project->annotations();
    m_labelMenu->setEnabled(document);
    for (QAction *action : std::as_const(m_labelActions)) {
        action->setEnabled(document);
    }
    m_removeAction->setEnabled(document);
    const std::optional<DocumentStatus> current = document ? m_project->annotations()->documentStatus(m_view->documentId()) : std::nullopt;
    for (QAction *action : std::as_const(m_statusActions)) {
        action->setEnabled(document);
        action->setChecked(current && int(*current) == action->data().toInt());
    }
    updateReadOnlyState();
}

void MainWindow::updateReadOnlyState()
{
    const bool readOnly = m_project->isOpen() && m_project->isReadOnly();
    if (!readOnly) {
        if (m_editingDisabled) {
            // Back from a read-only project: everything that only it had switched off.
            const std::function<void(QMenu *)> enableAll = [&enableAll](QMenu *menu) {
                for (QAction *action : menu->actions()) {
                    if (action->menu()) {
                        enableAll(action->menu());
                    }
                    action->setEnabled(true);
                }
            };
            m_editingDisabled = false;
            enableAll(m_annotateMenu);
            updateActions();
        }
        for (QWidget *widget : {static_cast<QWidget *>(findChild<LabelManager *>()), static_cast<QWidget *>(m_suggestionPanel)}) {
            if (widget) {
                widget->setEnabled(true);
            }
        }
        return;
    }
    // Every action that writes, its shortcut included; moving between annotations stays.
    const std::function<void(QMenu *)> disableEditing = [&disableEditing](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                disableEditing(action->menu());
            }
            if (!action->property("readOnlySafe").toBool() && !action->isSeparator() && !action->isCheckable()) {
                action->setEnabled(false);
            }
        }
    };
    disableEditing(m_annotateMenu);
    for (QAction *action : std::as_const(m_statusActions)) {
        action->setEnabled(false);
    }
    m_editingDisabled = true;
    m_reimportAction->setEnabled(false);
    m_rebuildIndexAction->setEnabled(false);
    for (QWidget *widget : {static_cast<QWidget *>(findChild<LabelManager *>()), static_cast<QWidget *>(m_suggestionPanel)}) {
        if (widget) {
            widget->setEnabled(false);
        }
    }
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_project->isOpen()) {
        const QString name = QFileInfo(m_project->corpusRoot().isEmpty() ? m_project->path() : m_project->corpusRoot()).fileName();
        if (m_view->documentId() != 0) {
            if (const std::optional<DocumentRow> row = m_project->documentRow(m_view->documentId())) {
                title = row->title + u" — "_s;
            }
        }
        title += name + (m_project->isReadOnly() ? u" "_s + tr("(read-only)") : QString()) + u" — "_s;
    }
    setWindowTitle(title + tr("Scholion"));
}

void MainWindow::updateStatus()
{
    if (!m_project->isOpen()) {
        m_countsTimer->stop();
        m_countsLabel->clear();
    } else if (!m_countsTimer->isActive()) {
        m_countsTimer->start();
    }
    updateDocumentStatus();
}

void MainWindow::updateCounts()
{
    if (!m_project->isOpen()) {
        m_countsLabel->clear();
        return;
    }
    const ProjectCounts counts = m_project->counts();
    const QLocale locale;
    m_countsLabel->setText(tr("%1 documents · %2 annotations").arg(locale.toString(counts.documents), locale.toString(counts.annotations)));
}

void MainWindow::saveLastDocument()
{
    if (m_project->isOpen() && m_view->documentId() != 0) {
        QSettings().setValue(u"projects/%1/lastDocument"_s.arg(QString::fromLatin1(m_project->path().toUtf8().toBase64(QByteArray::Base64UrlEncoding))),
            m_view->documentId());
    }
}

void MainWindow::updateDocumentStatus()
{
    const std::optional<DocumentInfo> info = m_project->isOpen() && m_view->documentId() != 0 ? m_project->documentInfo(m_view->documentId()) : std::nullopt;
    if (!info) {
        m_documentLabel->clear();
        m_documentLabel->setDetail(QString());
        return;
    }
    QString encoding = info->encoding;
    if (info->encodingGuessed) {
        encoding = tr("%1 (guessed)").arg(encoding);
    }
    const QString endings = info->lineEndings == u"crlf"_s ? u"CRLF"_s
        : info->lineEndings == u"cr"_s                     ? u"CR"_s
        : info->lineEndings == u"mixed"_s                  ? tr("mixed line endings")
                                                           : u"LF"_s;
    QString status = tr("%1 · %2 · %3 · %4 · %n annotation(s)", nullptr, info->row.annotationCount)
                         .arg(info->row.sourcePath, encoding, endings, DocumentListModel::statusName(info->row.status));
    QString detail = tr("SHA-256 of the source file: %1").arg(info->sha256);
    if (AnnotationStore *store = m_project->annotations()) {
        if (const QString note = store->documentNote(info->row.id).value_or(QString()); !note.isEmpty()) {
            detail = tr("Note: %1").arg(note) + u"\n\n"_s + detail;
            status += u" · "_s + tr("note");
        }
    }
    m_documentLabel->setText(status);
    m_documentLabel->setDetail(detail);
}

void MainWindow::showDocument(qint64 id)
{
    if (!m_project->isOpen() || id == 0) {
        return;
    }
    m_stack->setCurrentWidget(m_reader);
    if (m_view->documentId() != id) {
        const NavigationPosition from = currentPosition();
        m_proposal->dismiss();
        m_annotations->setDocument(id);
        m_view->showDocument(id, m_project->documentText(id), spansFor(id));
        if (m_findBar->isVisible()) {
            m_findBar->refresh();
        }
        if (m_recordJumps) {
            m_history->visit(from, currentPosition());
        }
    }
    if (m_browser->currentDocumentId() != id) {
        const QScopedValueRollback guard(m_selectingInBrowser, true);
        m_browser->selectDocument(id);
    }
    m_lastDocumentTimer->start();
    updateTitle();
    updateDocumentStatus();
    updateActions();
    Q_EMIT documentShown(id);
}

bool MainWindow::openPath(const QString &path)
{
    if (path.isEmpty()) {
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("Open"), tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    closeProject();
    const QString absolute = info.canonicalFilePath();
    bool ok = false;
    if (info.isDir()) {
        ok = m_project->openCorpus(absolute);
    } else if (Project::looksLikeProjectFile(absolute) || info.suffix() == u"sqlite"_s) {
        // A .sqlite whose header is damaged is still tried: open() tells it is damaged.
        ok = m_project->open(absolute);
    } else {
        showError(tr("Open"),
            tr("“%1” is neither a corpus folder nor a Scholion project. Open a folder of articles, or a project file (.sqlite).")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!ok) {
        const QString projectPath = info.isDir() ? Project::projectPathForCorpus(absolute) : absolute;
        switch (m_project->openError()) {
        case Project::OpenError::Damaged:
            offerRestore(projectPath, m_project->errorString(), absolute);
            break;
        case Project::OpenError::Locked:
            offerReadOnly(projectPath, m_project->errorString(), absolute);
            break;
        case Project::OpenError::None:
        case Project::OpenError::NewerSchema:
        case Project::OpenError::Other:
            showError(tr("Open"), m_project->errorString());
            break;
        }
        return false;
    }
    onProjectOpened(absolute);
    return true;
}

void MainWindow::offerRestore(const QString &projectPath, const QString &message, const QString &reopenPath)
{
    const std::optional<BackupInfo> latest = ProjectBackup::newest(projectPath);
    if (!latest) {
        showError(tr("Damaged Project"), message + u"\n\n"_s + tr("There is no automatic backup of it."));
        return;
    }
    if (findChild<QMessageBox *>(u"restoreBackupMessage"_s)) {
        return; // already offered
    }
    const QString time = ProjectBackup::displayTime(*latest);
    auto *box = new QMessageBox(QMessageBox::Critical,
        tr("Damaged Project"),
        message + u"\n\n"_s +
            tr("An automatic backup from %1 exists. Restoring it puts it in place of the damaged file, which is kept beside it "
               "(nothing is deleted). Changes made after %1 are not in the backup.")
                .arg(time),
        QMessageBox::Cancel,
        this);
    box->setObjectName(u"restoreBackupMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restore = box->addButton(tr("Restore Backup of %1").arg(time), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreBackupButton"_s);
    box->setDefaultButton(restore);
    connect(restore, &QPushButton::clicked, this, [this, projectPath, backup = latest->path, reopenPath] {
        restoreBackup(projectPath, backup, reopenPath);
    });
    box->open();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::restoreBackup(const QString &projectPath, const QString &backupPath, const QString &reopenPath)
{
    closeProject();
    QString keptAs;
    QString error;
    if (!ProjectBackup::restore(projectPath, backupPath, &keptAs, &error)) {
        showError(tr("Restore Backup"), error);
        return;
    }
    if (openPath(reopenPath.isEmpty() ? projectPath : reopenPath) && !keptAs.isEmpty()) {
        statusBar()->showMessage(tr("The backup was restored; the damaged file is kept as %1.").arg(QDir::toNativeSeparators(keptAs)), 15000);
    }
}

void MainWindow::offerReadOnly(const QString &projectPath, const QString &message, const QString &shownPath)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Project in Use"), message, QMessageBox::Cancel, this);
    box->setObjectName(u"projectLockedMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(u"openReadOnlyButton"_s);
    box->setDefaultButton(readOnly);
    connect(readOnly, &QPushButton::clicked, this, [this, projectPath, shownPath] {
        closeProject();
        if (!m_project->open(projectPath, /*readOnly=*/true)) {
            showError(tr("Open"), m_project->errorString());
            return;
        }
        onProjectOpened(shownPath);
    });
    box->open();
}

void MainWindow::onProjectOpened(const QString &shownPath)
{
    m_openedPath = shownPath;
    addRecent(shownPath);
    QSettings().setValue(kLastKey, shownPath);
    // A big project's list is read on a worker: the window shows the last document first.
    m_documents->setProject(m_project, DocumentListModel::Loading::Auto);
    m_stack->setCurrentWidget(m_reader);
    m_view->clearDocument();

    if (m_project->isFallbackLocation()) {
        statusBar()->showMessage(tr("The corpus folder is read-only, so its project is kept in %1.").arg(QDir::toNativeSeparators(m_project->path())), 15000);
    }
    if (!m_project->readOnlyReason().isEmpty()) {
        showError(tr("Read-Only Project"), m_project->readOnlyReason());
    }
    // Back to the document read last in this project.
    const qint64 last = QSettings()
                            .value(u"projects/%1/lastDocument"_s.arg(QString::fromLatin1(m_project->path().toUtf8().toBase64(QByteArray::Base64UrlEncoding))))
                            .toLongLong();
    if (last != 0 && m_project->documentRow(last)) {
        showDocument(last);
    } else if (m_browser->proxy()->rowCount() > 0) {
        m_browser->stepDocument(0);
    }

    // Opening picks up new and changed files of the corpus folder.
    const QString root = m_project->corpusRoot();
    if (m_project->isReadOnly()) {
        // Nothing is imported into a project that cannot be written.
    } else if (!root.isEmpty() && QFileInfo(root).isDir()) {
        m_project->startImport();
    } else if (!root.isEmpty()) {
        statusBar()->showMessage(tr("The corpus folder %1 is not available; the project is shown as stored.").arg(QDir::toNativeSeparators(root)), 15000);
    }
    updateActions();
    updateTitle();
    updateStatus();
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    m_importStatus->finish();
    updateStatus();
    updateActions();
    const bool problems = report.outcome == ImportReport::Outcome::Failed || report.skipped > 0 || report.annotationsNeedingReview > 0;
    statusBar()->showMessage(tr("Import finished: %1.").arg(report.summary()), 10000);
    if (report.outcome == ImportReport::Outcome::Failed) {
        showError(tr("Import"), report.error);
    } else if (problems && (report.added > 0 || report.updated > 0 || report.annotationsNeedingReview > 0)) {
        // Shown by itself when this import newly skipped or displaced something; always under File › Import Report.
        showImportReport(report);
    }
    if (m_view->documentId() == 0 && m_browser->proxy()->rowCount() > 0) {
        m_browser->stepDocument(0);
    }
    Q_EMIT importFinished(report);
}

void MainWindow::showImportReport(const ImportReport &report)
{
    if (!m_reportDialog) {
        m_reportDialog = new ImportReportDialog(this);
        m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reportDialog->setReport(report);
    m_reportDialog->show();
    m_reportDialog->raise();
}

bool MainWindow::openSampleCorpus()
{
    QString error;
    const QString folder = SampleCorpus::install(SampleCorpus::defaultLocation(), &error);
    if (folder.isEmpty()) {
        showError(tr("Open Sample Corpus"), error);
        return false;
    }
    return openPath(folder);
}

void MainWindow::restoreLastSession()
{
    const QString last = QSettings().value(kLastKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openPath(last);
    }
}

void MainWindow::closeProject()
{
    if (!m_project->isOpen()) {
        return;
    }
    if (m_lastDocumentTimer->isActive()) {
        m_lastDocumentTimer->stop();
        saveLastDocument();
    }
    m_project->close();
    m_importStatus->finish();
    m_history->clear();
    m_view->clearDocument();
    m_annotations->setDocument(0);
    m_documents->setProject(nullptr);
    m_openedPath.clear();
    m_welcome->setRecent(recentPaths());
    m_stack->setCurrentWidget(m_welcome);
    updateActions();
    updateTitle();
    updateStatus();
}

void MainWindow::reimport()
{
    if (m_project->isOpen() && !m_project->isImporting()) {
        if (!QFileInfo(m_project->corpusRoot()).isDir()) {
            showError(tr("Refresh from Folder"), tr("The corpus folder “%1” is not available.").arg(QDir::toNativeSeparators(m_project->corpusRoot())));
            return;
        }
        m_project->startImport();
    }
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"), QDir::homePath());
    if (!folder.isEmpty()) {
        openPath(folder);
    }
}

void MainWindow::openProjectDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(), tr("Scholion projects (*.sqlite);;All files (*)"));
    if (!file.isEmpty()) {
        openPath(file);
    }
}

QStringList MainWindow::recentPaths() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = recentPaths();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
    m_welcome->setRecent(recent);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    const QStringList recent = recentPaths();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            openPath(path);
        });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
            m_welcome->setRecent({});
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QStringList MainWindow::enabledLenses() const
{
    // Off until turned on: lenses cost a pass per lens over every paragraph highlighted (T5).
    return QSettings().value(u"view/lenses"_s).toStringList();
}

void MainWindow::setLensEnabled(const QString &id, bool enabled)
{
    QStringList ids = enabledLenses();
    ids.removeAll(id);
    if (enabled) {
        ids.append(id);
    }
    QSettings().setValue(u"view/lenses"_s, ids);
    for (QAction *action : m_lensMenu->actions()) {
        if (action->isCheckable() && action->data().toString() == id) {
            const QSignalBlocker blocker(action);
            action->setChecked(enabled);
        }
    }
    applyLenses();
}

void MainWindow::rebuildLensMenu()
{
    m_lensMenu->clear();
    const QStringList enabled = enabledLenses();
    bool userSection = false;
    for (const Lens &lens : m_lenses->lenses()) {
        if (!lens.builtIn && !userSection) {
            m_lensMenu->addSection(tr("Your Lenses"));
            userSection = true;
        }
        QAction *action = m_lensMenu->addAction(lens.title);
        action->setCheckable(true);
        action->setChecked(enabled.contains(lens.id));
        action->setData(lens.id);
        action->setToolTip(lens.filePath);
        connect(action, &QAction::toggled, this, [this, id = lens.id](bool on) {
            setLensEnabled(id, on);
        });
    }
    m_lensMenu->addSeparator();
    m_lensMenu->addAction(tr("&Reload Lenses"), this, &MainWindow::reloadLenses);
    m_lensMenu->addAction(tr("Open Lens &Folder"), this, [] {
        QDir().mkpath(LensDefinitions::userFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(LensDefinitions::userFolder()));
    });
}

void MainWindow::applyLenses()
{
    const QStringList enabled = enabledLenses();
    const QColor background = m_view->palette().color(QPalette::Base);
    QList<AnnotationHighlighter::LensStyle> styles;
    for (const Lens &lens : m_lenses->lenses()) {
        if (enabled.contains(lens.id)) {
            styles.append({m_lenses->definition(lens.id), LensDefinitions::readableOn(lens.color, background)});
        }
    }
    if (styles.isEmpty() && m_view->highlighter()->lensCount() == 0) {
        return; // nothing drawn before or after: no pass over the text
    }
    m_view->highlighter()->setLenses(styles);
}

void MainWindow::reloadLenses()
{
    m_lenses->reload();
    const QStringList problems = m_lenses->problems();
    if (!problems.isEmpty()) {
        showError(tr("Lenses"),
            tr("These lens definitions could not be used; the other lenses work as before:\n\n%1\n\nFolder: %2")
                .arg(problems.join(u'\n'), QDir::toNativeSeparators(LensDefinitions::userFolder())));
    }
}

BulkAnnotateDialog *MainWindow::annotateAllOccurrences(qint64 id)
{
    AnnotationStore *store = m_project->isOpen() ? m_project->annotations() : nullptr;
    const std::optional<Annotation> annotation = store && id ? store->annotation(id) : std::nullopt;
    if (!annotation) {
        statusBar()->showMessage(tr("Select an annotation first (click it, or Alt+Down)."), 5000);
        return nullptr;
    }
    BulkAnnotateDialog *dialog = newBulkAnnotateDialog();
    dialog->findOccurrences(*annotation, true, QSettings().value(u"annotate/occurrencesInCorpus"_s, false).toBool());
    dialog->open();
    return dialog;
}

BulkAnnotateDialog *MainWindow::findSuggestionsInCorpus()
{
    if (!m_project->isOpen() || !m_project->annotations()) {
        return nullptr;
    }
    BulkAnnotateDialog *dialog = newBulkAnnotateDialog();
    dialog->findSuggestions(enabledLenses());
    dialog->open();
    return dialog;
}

BulkAnnotateDialog *MainWindow::newBulkAnnotateDialog()
{
    auto *dialog = new BulkAnnotateDialog(m_project, m_lenses, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkAnnotateDialog::candidateActivated, this, [this](qint64 documentId, qsizetype start, qsizetype end) {
        if (documentId != m_view->documentId()) {
            showDocument(documentId);
        }
        m_view->revealRange(start, end);
    });
    connect(dialog, &BulkAnnotateDialog::applied, this, [this](int annotations, int documents) {
        if (annotations > 0) {
            statusBar()->showMessage(tr("Added %n annotation(s)", nullptr, annotations) + u' ' + tr("in %n document(s).", nullptr, documents), 8000);
        }
    });
    return dialog;
}

void MainWindow::setViewTheme(const QString &name)
{
    KSyntaxHighlighting::Repository &repository = highlightingRepository();
    QPalette palette = QApplication::palette(m_view);
    KSyntaxHighlighting::Theme theme = name.isEmpty() ? systemTheme(palette) : repository.theme(name);
    if (!name.isEmpty() && theme.isValid()) {
        palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        palette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
        palette.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
        palette.setColor(QPalette::HighlightedText, palette.color(QPalette::Text));
    }
    const QString applied = theme.isValid() ? name : QString();
    QSettings().setValue(u"view/theme"_s, applied);
    // Following the system, a view that never had a theme keeps following palette changes.
    if (!applied.isEmpty() || !m_view->property("scholionTheme").toString().isEmpty()) {
        m_view->setPalette(palette);
        m_view->setProperty("scholionTheme", applied);
    }
    m_view->highlighter()->setTheme(theme);
    m_view->highlighter()->setDarkBackground(palette.color(QPalette::Base).lightness() < 128);
    applyLenses();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal and non-blocking: nothing waits on it, and tests can read it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(u"errorMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
        tr("About Scholion"),
        tr("<h3>Scholion %1</h3><p>Read a corpus of articles, annotate quotes, actors, aid figures, dates and events, "
           "link them and export annotated sets.</p><p>Built with Qt %2 and KDE Frameworks.</p>")
            .arg(QStringLiteral(SCHOLION_VERSION_STRING), QString::fromLatin1(qVersion())));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/documentColumns"_s, m_browser->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    saveLastDocument();
    m_project->close(); // cancels a running import; what it committed stays
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        const QFileInfo info(urls.constFirst().toLocalFile());
        if (info.isDir() || Project::looksLikeProjectFile(info.filePath())) {
            event->acceptProposedAction();
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty()) {
        event->acceptProposedAction();
        const QString path = urls.constFirst().toLocalFile();
        // Let the drag finish before a modal dialog could show.
        QTimer::singleShot(0, this, [this, path] {
            openPath(path);
        });
    }
}

void MainWindow::connectStore()
{
    AnnotationStore *store = m_project->annotations();
    if (!store) {
        return;
    }
    store->setAuthor(QSettings().value(u"annotate/author"_s).toString());
    m_lenses->followEntities(store);
    auto spanOf = [this, store](qint64 id) -> std::optional<DocumentView::Span> {
        const std::optional<Annotation> a = store->annotation(id);
        return a ? std::optional<DocumentView::Span>(spanFor(*a)) : std::nullopt;
    };
    connect(store, &AnnotationStore::annotationAdded, this, [this, spanOf](qint64 documentId, qint64 id) {
        followChange(documentId);
        if (documentId == m_view->documentId()) {
            if (const std::optional<DocumentView::Span> span = spanOf(id)) {
                m_view->highlighter()->addSpan(*span);
                m_view->refreshCurrent();
            }
        }
    });
    connect(store, &AnnotationStore::annotationRemoved, this, [this](qint64 documentId, qint64 id) {
        followChange(documentId);
        if (documentId == m_view->documentId()) {
            m_view->highlighter()->removeSpan(id);
            m_view->refreshCurrent();
        }
    });
    connect(store, &AnnotationStore::annotationChanged, this, [this, spanOf](qint64 documentId, qint64 id) {
        followChange(documentId);
        if (documentId == m_view->documentId()) {
            if (const std::optional<DocumentView::Span> span = spanOf(id)) {
                m_view->highlighter()->updateSpan(*span);
                m_view->refreshCurrent();
            }
        }
    });
    connect(store, &AnnotationStore::annotationsReset, this, [this](const QList<qint64> &documentIds) {
        if (documentIds.size() == 1) {
            followChange(documentIds.constFirst()); // a bulk step of one document: show it
        }
        if (documentIds.contains(m_view->documentId())) {
            reloadSpans();
        }
        // documentChanged() follows for each of them: undoing a corpus-wide step must not
        // walk the view through every document it touched.
        m_bulkDocuments = QSet<qint64>(documentIds.cbegin(), documentIds.cend());
    });
    connect(store, &AnnotationStore::documentChanged, this, [this](qint64 documentId) {
        if (!m_bulkDocuments.remove(documentId)) {
            followChange(documentId);
        }
        updateActions();
    });
    connect(store, &AnnotationStore::labelsChanged, this, [this] {
        rebuildLabelActions();
        reloadSpans();
    });
    connect(store, &AnnotationStore::relationsChanged, this, [this](qint64 documentId) {
        followChange(documentId);
        updateRelatedSpans();
    });
    connect(store, &AnnotationStore::errorOccurred, this, [this](const QString &message) {
        showError(tr("Annotate"), message);
    });
    rebuildLabelActions();
}

DocumentView::Span MainWindow::spanFor(const Annotation &annotation) const
{
    return spanFor(AnnotationSpan{annotation.id, annotation.labelId, annotation.start, annotation.end});
}

DocumentView::Span MainWindow::spanFor(const AnnotationSpan &span) const
{
    const QColor color = m_project->annotations()->label(span.labelId).value_or(Label{}).color;
    return {span.id, span.start, span.end, color};
}

QList<DocumentView::Span> MainWindow::spansFor(qint64 documentId) const
{
    QList<DocumentView::Span> spans;
    if (AnnotationStore *store = m_project->annotations()) {
        const QList<AnnotationSpan> rows = store->spansOf(documentId);
        spans.reserve(rows.size());
        for (const AnnotationSpan &row : rows) {
            spans.append(spanFor(row));
        }
    }
    return spans;
}

void MainWindow::followChange(qint64 documentId)
{
    // Undo and redo may change another document: show it, so the change is seen.
    if (m_followChanges && documentId != m_view->documentId()) {
        showDocument(documentId);
    }
}

void MainWindow::reloadSpans()
{
    const qint64 id = m_view->documentId();
    AnnotationStore *store = m_project->annotations();
    if (id == 0 || !store) {
        return;
    }
    m_view->highlighter()->setSpans(spansFor(id));
    m_view->refreshCurrent();
}

void MainWindow::rebuildLabelActions()
{
    for (QAction *action : std::as_const(m_labelActions)) {
        m_view->removeAction(action);
        delete action;
    }
    m_labelActions.clear();
    m_labelMenu->clear();
    AnnotationStore *store = m_project->annotations();
    if (!store) {
        return;
    }
    const QList<Label> labels = store->labels();
    for (const Label &label : labels) {
        const QString path = store->labelPath(label.id);
        QPixmap swatch(12, 12);
        swatch.fill(label.color);
        auto *action = new QAction(QIcon(swatch), path, this);
        action->setObjectName(u"label:"_s + path);
        if (!label.shortcut.isEmpty()) {
            action->setShortcut(QKeySequence::fromString(label.shortcut, QKeySequence::PortableText));
            // Single keys act only while the text has focus: typing in a filter box stays typing.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        action->setToolTip(label.description);
        connect(action, &QAction::triggered, this, [this, id = label.id] {
            applyLabel(id);
        });
        m_view->addAction(action);
        m_labelMenu->addAction(action);
        m_labelActions << action;
    }
    QList<LabelPalette::Entry> entries;
    for (const Label &label : labels) {
        entries.append({label.id, store->labelPath(label.id), label.color, label.shortcut});
    }
    m_palette->setEntries(entries);
    updateActions();
}

void MainWindow::nudgeCurrent(bool endEdge, bool forward)
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(m_view->currentAnnotation()) : std::nullopt;
    if (!a) {
        statusBar()->showMessage(tr("Click an annotation first, then adjust its boundaries."), 5000);
        return;
    }
    const bool words = m_snapAction->isChecked();
    qsizetype start = a->start;
    qsizetype end = a->end;
    if (endEdge) {
        end = SpanSnapper::step(m_view->text(), end, forward, /*wordStart=*/false, words);
    } else {
        start = SpanSnapper::step(m_view->text(), start, forward, /*wordStart=*/true, words);
    }
    if (end <= start || (start == a->start && end == a->end)) {
        return; // a span never collapses
    }
    m_project->undoStack()->push(new SetAnnotationRangeCommand(store, *a, start, end));
}

qint64 MainWindow::applyLabel(qint64 labelId)
{
    m_proposal->dismiss();
    AnnotationStore *store = m_project->annotations();
    const qint64 documentId = m_view->documentId();
    if (!store || documentId == 0) {
        return 0;
    }
    const auto [selectionStart, selectionEnd] = m_view->selectedRange();
    if (selectionStart < selectionEnd) {
        const auto [start, end] = SpanSnapper::snap(m_view->text(), selectionStart, selectionEnd, m_snapAction->isChecked());
        if (start >= end) {
            statusBar()->showMessage(tr("Nothing to tag: the selection is only white space."), 5000);
            return 0;
        }
        Annotation annotation;
        annotation.documentId = documentId;
        annotation.labelId = labelId;
        annotation.start = start;
        annotation.end = end;
        annotation.quote = m_view->text().mid(start, end - start);
        qint64 id = 0;
        auto *command = new AddAnnotationCommand(store, annotation, nullptr, &id);
        QUndoStack *stack = m_project->undoStack();
        const bool figure = AttributeProposals::hasAmount(*store, labelId);
        if (figure) {
            // Tag and read the amount as one undo step.
            stack->beginMacro(command->text());
        }
        stack->push(command); // may delete the command when the store refuses
        if (figure) {
            QString problem;
            if (const std::optional<Annotation> added = store->annotation(id)) {
                for (const AttributeProposal &proposal : AttributeProposals::propose(*store, *added, &problem)) {
                    stack->push(new SetAttributeCommand(store, added->id, proposal.attribute, QString(), proposal.value));
                }
            }
            stack->endMacro();
            if (!problem.isEmpty()) {
                statusBar()->showMessage(tr("The amount was not read: %1 Set it with Annotate › Attributes… (Ctrl+Shift+T).").arg(problem), 10000);
            }
        }
        if (id != 0) {
            QTextCursor cursor = m_view->textCursor();
            cursor.setPosition(int(end));
            m_view->setTextCursor(cursor);
            m_view->setCurrentAnnotation(id);
            proposeEntity(id);
        }
        return id;
    }
    const qint64 current = m_view->currentAnnotation();
    if (current != 0) {
        if (const std::optional<Annotation> annotation = store->annotation(current); annotation && annotation->labelId != labelId) {
            m_project->undoStack()->push(new SetAnnotationLabelCommand(store, *annotation, labelId));
        }
        return current;
    }
    statusBar()->showMessage(tr("Select text to tag it, or click an annotation to change its label."), 5000);
    return 0;
}

bool MainWindow::editAttributes(qint64 id, const std::function<void(Widgets::AttributeDialog *)> &fill)
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(id) : std::nullopt;
    if (!a) {
        statusBar()->showMessage(tr("Click an annotation first."), 5000);
        return false;
    }
    const QList<LabelAttribute> attributes = store->attributesFor(a->labelId);
    if (attributes.isEmpty()) {
        statusBar()->showMessage(tr("The label %1 has no attributes.").arg(store->labelPath(a->labelId)), 5000);
        return false;
    }
    const QList<AttributeValue> old = store->attributeValues(id);
    AttributeDialog dialog(a->quote, attributes, old, this);
    if (fill) {
        fill(&dialog); // tests fill the dialog and accept it
    } else if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const QHash<qint64, QString> edited = dialog.values();
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(tr("Attributes of “%1”").arg(a->quote.simplified().left(40)));
    for (const LabelAttribute &attribute : attributes) {
        QString before;
        for (const AttributeValue &v : old) {
            if (v.attributeId == attribute.id) {
                before = v.value;
            }
        }
        const QString after = edited.value(attribute.id);
        if (after != before) {
            stack->push(new SetAttributeCommand(store, id, attribute, before, after));
        }
    }
    stack->endMacro();
    return true;
}

void MainWindow::removeAnnotation(qint64 id)
{
    AnnotationStore *store = m_project->annotations();
    if (!store || id == 0) {
        return;
    }
    if (const std::optional<Annotation> annotation = store->annotation(id)) {
        m_project->undoStack()->push(new RemoveAnnotationCommand(store, *annotation));
    }
}

void MainWindow::setDocumentStatus(int status)
{
    AnnotationStore *store = m_project->annotations();
    const qint64 documentId = m_view->documentId();
    if (!store || documentId == 0) {
        return;
    }
    const std::optional<DocumentStatus> old = store->documentStatus(documentId);
    if (old && int(*old) != status) {
        m_project->undoStack()->push(new SetDocumentStatusCommand(store, documentId, *old, DocumentStatus(status)));
    }
    updateActions();
}

QString MainWindow::describeAnnotation(qint64 id) const
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(id) : std::nullopt;
    if (!a) {
        return {};
    }
    const QColor color = store->label(a->labelId).value_or(Label{}).color;
    QString quote = a->quote.simplified();
    if (quote.size() > 120) {
        quote = quote.left(119) + u'…';
    }
    QString html = u"<b style='color:%1'>%2</b><br>%3"_s.arg(color.name(), store->labelPath(a->labelId).toHtmlEscaped(), quote.toHtmlEscaped());
    if (a->entityId) {
        html += u"<br>→ <b>%1</b>"_s.arg(store->entity(a->entityId).value_or(Entity{}).name.toHtmlEscaped());
    }
    const QString attributes = AttributeProposals::summary(*store, *a);
    if (!attributes.isEmpty()) {
        html += u"<br>%1"_s.arg(attributes.toHtmlEscaped());
    }
    const QString links = m_annotations->describeLinks(id);
    if (!links.isEmpty()) {
        html += u"<br>%1"_s.arg(links.toHtmlEscaped());
    }
    if (!a->note.isEmpty()) {
        html += u"<br><i>%1</i>"_s.arg(a->note.toHtmlEscaped());
    }
    html += u"<br><small>%1</small>"_s.arg(tr("by %1").arg(a->author.toHtmlEscaped()));
    return html;
}

bool MainWindow::isActorLabel(qint64 labelId) const
{
    // Mentions of actors (the "Actor" label and everything below it) link to entities.
    AnnotationStore *store = m_project->annotations();
    std::optional<Label> label = store ? store->label(labelId) : std::nullopt;
    while (label && label->parentId != 0) {
        label = store->label(label->parentId);
    }
    return label && label->name == u"Actor"_s;
}

void MainWindow::proposeEntity(qint64 annotationId)
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(annotationId) : std::nullopt;
    if (!a || a->entityId || !isActorLabel(a->labelId)) {
        return;
    }
    const QList<Entity> matches = store->matchingEntities(a->quote);
    if (matches.isEmpty()) {
        m_proposal->propose(annotationId, a->quote, 0, QString());
    } else {
        m_proposal->propose(annotationId, a->quote, matches.constFirst().id, matches.constFirst().name);
    }
}

void MainWindow::linkEntity(qint64 annotationId, qint64 entityId)
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(annotationId) : std::nullopt;
    if (a && a->entityId != entityId) {
        m_project->undoStack()->push(new LinkEntityCommand(store, *a, entityId));
    }
}

qint64 MainWindow::createEntity(qint64 annotationId, const QString &name)
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(annotationId) : std::nullopt;
    if (!a || name.trimmed().isEmpty()) {
        return 0;
    }
    Entity entity;
    entity.name = name.trimmed();
    entity.type = store->label(a->labelId).value_or(Label{}).name;
    entity.aliases = {a->quote.simplified()}; // still matches after the entity is renamed
    qint64 id = 0;
    m_project->undoStack()->push(new CreateEntityCommand(store, entity, annotationId, nullptr, &id));
    return id;
}

void MainWindow::linkEntityDialog()
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> a = store ? store->annotation(m_view->currentAnnotation()) : std::nullopt;
    if (!a) {
        statusBar()->showMessage(tr("Click an annotation first, then link it to an entity."), 5000);
        return;
    }
    QStringList names;
    const QList<EntityRow> rows = store->entityRows();
    for (const EntityRow &row : rows) {
        names << row.name;
    }
    names.sort(Qt::CaseInsensitive);
    const QList<Entity> matches = store->matchingEntities(a->quote);
    const QString proposed = !matches.isEmpty() ? matches.constFirst().name : a->quote.simplified();
    names.removeAll(proposed);
    names.prepend(proposed);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this,
        tr("Link to Entity"),
        tr("Entity for “%1” (type a new name to create one):").arg(a->quote.simplified()),
        names,
        0,
        true,
        &ok)
                               .trimmed();
    if (!ok || chosen.isEmpty()) {
        return;
    }
    for (const EntityRow &row : rows) {
        if (row.name == chosen) {
            linkEntity(a->id, row.id);
            return;
        }
    }
    createEntity(a->id, chosen);
}

void MainWindow::showMention(qint64 entityId, int step)
{
    AnnotationStore *store = m_project->annotations();
    const QList<Mention> mentions = store && entityId ? store->mentions(entityId) : QList<Mention>();
    if (mentions.isEmpty()) {
        statusBar()->showMessage(tr("This entity has no mentions yet."), 5000);
        return;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (mentions.at(i).annotationId == m_view->currentAnnotation()) {
            index = i;
        }
    }
    index = index < 0 ? (step > 0 ? 0 : mentions.size() - 1) : (index + step + mentions.size()) % mentions.size();
    const Mention &mention = mentions.at(index);
    const NavigationPosition from = currentPosition();
    m_recordJumps = false;
    showDocument(mention.documentId);
    m_recordJumps = true;
    m_view->setCurrentAnnotation(mention.annotationId, true);
    m_history->visit(from, currentPosition());
    statusBar()->showMessage(tr("Mention %1 of %2").arg(index + 1).arg(mentions.size()), 5000);
}

void MainWindow::mergeEntities(qint64 keepId, const QList<qint64> &mergedIds)
{
    AnnotationStore *store = m_project->annotations();
    if (!store || keepId == 0 || mergedIds.isEmpty()) {
        return;
    }
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(tr("Merge %n entity(s) into “%1”", nullptr, int(mergedIds.size())).arg(store->entity(keepId).value_or(Entity{}).name));
    for (const qint64 merged : mergedIds) {
        stack->push(new MergeEntitiesCommand(store, keepId, merged));
    }
    stack->endMacro();
    m_entityPanel->selectEntity(keepId);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_proposal->isVisible() && m_proposal->handleKey(key->key(), key->modifiers())) {
            return true;
        }
        if (isLinking() && key->key() == Qt::Key_Escape) {
            cancelLink();
            return true;
        }
        if (isLinking() && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const qint64 target = m_view->currentAnnotation();
            if (target != 0 && target != m_linkSource) {
                completeLink(m_linkSource, target);
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::startLink()
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> source = store ? store->annotation(m_view->currentAnnotation()) : std::nullopt;
    if (!source) {
        statusBar()->showMessage(tr("Click the annotation to link from first (a quote, an aid figure…)."), 5000);
        return;
    }
    m_proposal->dismiss();
    m_linkSource = source->id;
    m_view->viewport()->setCursor(Qt::CrossCursor);
    statusBar()->showMessage(
        tr("Link “%1” to…: click the other span, or move to it with Alt+↑/↓ and press Enter. Esc cancels.").arg(source->quote.simplified().left(40)));
}

void MainWindow::cancelLink()
{
    m_linkSource = 0;
    m_view->viewport()->unsetCursor();
    statusBar()->clearMessage();
}

qint64 MainWindow::completeLink(qint64 sourceId, qint64 targetId)
{
    AnnotationStore *store = m_project->annotations();
    const std::optional<Annotation> source = store ? store->annotation(sourceId) : std::nullopt;
    const std::optional<Annotation> target = store ? store->annotation(targetId) : std::nullopt;
    cancelLink();
    if (!source || !target) {
        return 0;
    }
    // Both directions: from an actor to a quote is still "the quote said_by the actor".
    struct Option {
        RelationType type;
        bool reversed;
    };
    QList<Option> options;
    for (const RelationType &type : store->fittingRelationTypes(source->labelId, target->labelId)) {
        options.append({type, false});
    }
    for (const RelationType &type : store->fittingRelationTypes(target->labelId, source->labelId)) {
        if (type.sourceLabelId != type.targetLabelId) { // symmetric types were offered above
            options.append({type, true});
        }
    }
    if (options.isEmpty()) {
        statusBar()->showMessage(tr("No relation type links a %1 and a %2.").arg(store->labelPath(source->labelId), store->labelPath(target->labelId)), 8000);
        return 0;
    }
    std::optional<Option> chosen;
    if (options.size() == 1) {
        chosen = options.constFirst();
    } else {
        QMenu menu(this);
        for (const Option &option : std::as_const(options)) {
            const Annotation &from = option.reversed ? *target : *source;
            const Annotation &to = option.reversed ? *source : *target;
            QAction *action = menu.addAction(u"“%1” %2 “%3”"_s.arg(from.quote.simplified().left(30), option.type.name, to.quote.simplified().left(30)));
            action->setToolTip(option.type.description);
        }
        const QRect caret = m_view->cursorRect();
        QAction *picked = menu.exec(m_view->viewport()->mapToGlobal(caret.bottomLeft()));
        if (!picked) {
            return 0;
        }
        chosen = options.at(menu.actions().indexOf(picked));
    }
    Relation relation;
    relation.typeId = chosen->type.id;
    relation.sourceId = chosen->reversed ? targetId : sourceId;
    relation.targetId = chosen->reversed ? sourceId : targetId;
    qint64 id = 0;
    auto *command = new AddRelationCommand(store, relation, nullptr, &id);
    const QString text = command->text();
    m_project->undoStack()->push(command); // deleted again when the store refuses
    if (id != 0) {
        statusBar()->showMessage(tr("Linked: %1").arg(text), 5000);
    }
    return id;
}

void MainWindow::updateRelatedSpans()
{
    // The other ends of the links of the span under the pointer, else of the current span.
    AnnotationStore *store = m_project->annotations();
    const qint64 focus = m_view->hoveredAnnotation() ? m_view->hoveredAnnotation() : m_view->currentAnnotation();
    QList<qint64> related;
    if (store && focus) {
        const QList<Relation> relations = store->relationsOf(focus);
        for (const Relation &r : relations) {
            related << (r.sourceId == focus ? r.targetId : r.sourceId);
        }
    }
    m_view->setRelatedSpans(related);
}

NavigationPosition MainWindow::currentPosition() const
{
    return {m_view->documentId(), m_view->selectedRange().first};
}

void MainWindow::jumpTo(qint64 documentId, qsizetype start, qsizetype end)
{
    if (!m_project->isOpen() || !m_project->documentRow(documentId)) {
        statusBar()->showMessage(tr("This document is no longer in the project; search again."), 8000);
        return;
    }
    const NavigationPosition from = currentPosition();
    m_recordJumps = false;
    showDocument(documentId);
    m_recordJumps = true;
    if (m_view->documentId() != documentId) {
        return;
    }
    m_view->revealRange(start, end);
    m_history->visit(from, currentPosition());
}

void MainWindow::showHit(const SearchHit &hit)
{
    jumpTo(hit.documentId, hit.start, hit.end);
}

void MainWindow::goTo(const NavigationPosition &position)
{
    if (!m_project->isOpen() || !m_project->documentRow(position.documentId)) {
        m_history->removeDocument(position.documentId);
        statusBar()->showMessage(tr("That document is no longer in the project."), 5000);
        return;
    }
    m_recordJumps = false;
    showDocument(position.documentId);
    m_recordJumps = true;
    m_view->selectRange(position.offset, position.offset);
    m_view->centerCursor();
}

void MainWindow::goBack()
{
    if (const std::optional<NavigationPosition> to = m_history->back(currentPosition())) {
        goTo(*to);
    }
}

void MainWindow::goForward()
{
    if (const std::optional<NavigationPosition> to = m_history->forward(currentPosition())) {
        goTo(*to);
    }
}

void MainWindow::findNext(bool forward)
{
    const bool findBarActive = m_findBar->isVisible() && !m_findBar->text().isEmpty();
    const auto *searchDock = findChild<QDockWidget *>(u"searchDock"_s);
    if (!findBarActive && searchDock->isVisible() && m_searchPanel->hasHits()) {
        m_searchPanel->stepHit(forward);
        return;
    }
    if (m_view->documentId() == 0) {
        return;
    }
    if (forward) {
        m_findBar->findNext();
    } else {
        m_findBar->findPrevious();
    }
}

void MainWindow::showQuickOpen()
{
    if (!m_project->isOpen()) {
        return;
    }
    QList<QuickOpen::Entry> entries;
    const QList<DocumentRow> rows = m_project->documentRows();
    entries.reserve(rows.size());
    for (const DocumentRow &row : rows) {
        entries.append({row.id, row.title, row.sourcePath});
    }
    m_quickOpen->setEntries(entries);
    m_quickOpen->popup(m_stack);
}

void MainWindow::showSearch()
{
    auto *searchDock = findChild<QDockWidget *>(u"searchDock"_s);
    searchDock->show();
    searchDock->raise();
    m_searchPanel->queryEdit()->setFocus(Qt::ShortcutFocusReason);
    m_searchPanel->queryEdit()->selectAll();
}

void MainWindow::takeScreenshotWhenReady(const QString &path)
{
    m_screenshotPath = path;
    auto shoot = [this] {
        QTimer::singleShot(300, this, [this] {
            const QPixmap pixmap = grab();
            const bool ok = pixmap.save(m_screenshotPath, "PNG");
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "cannot save", qPrintable(m_screenshotPath));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    };
    if (m_project->isImporting()) {
        connect(this, &MainWindow::importFinished, this, shoot, Qt::SingleShotConnection);
    } else {
        shoot();
    }
}

} // namespace Scholion::App
