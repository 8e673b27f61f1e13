// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/annotation.h>
#include <models/importreport.h>
#include <models/navigationhistory.h>
#include <widgets/documentview.h>
#include <widgets/importreportdialog.h>

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QTimer;

#include <functional>

class QLabel;
class QMenu;
class QStackedWidget;

namespace Scholion::Models
{
class AnnotationListModel;
class DocumentListModel;
class EntityListModel;
class LensDefinitions;
class Project;
struct SearchHit;
} // namespace Scholion::Models

namespace Scholion::Widgets
{
class AnnotationPanel;
class CorpusBrowser;
class AttributeDialog;
class EntityPanel;
class ElidedLabel;
class EntityProposalBar;
class FindBar;
class LabelPalette;
class QuickOpen;
class SearchPanel;
class BulkAnnotateDialog;
class SuggestionPanel;
class DocumentView;
class ImportStatusWidget;
class ImportSetDialog;
class WelcomePage;
} // namespace Scholion::Widgets

namespace Scholion::App
{

/*!
 * The main window: corpus browser dock, reading view, status bar and menus. It composes the
 * models and widgets and keeps settings (geometry, docks, recent projects, last project).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens a corpus folder (importing it) or a project file. Errors are shown to the user. */
    bool openPath(const QString &path);
    bool openSampleCorpus();
    /*! Opens the last project of the previous session, if there was one. */
    void restoreLastSession();
    void closeProject();

    /*! Shows document \a id in the reading view and makes it current in the list. */
    void showDocument(qint64 id);
    /*! Shows [start, end) of document \a documentId selected and flashed; the history records the jump. */
    void jumpTo(qint64 documentId, qsizetype start, qsizetype end);
    /*! Shows a search hit (a jump). */
    void showHit(const Models::SearchHit &hit);
    /*! Back and forward through the positions jumped between (Alt+Left, Alt+Right). */
    void goBack();
    void goForward();
    /*!
     * F3 / Shift+F3: the find bar's next match while it is open with text; else the next search
     * hit across documents when the search dock shows hits; else opens the find bar.
     */
    void findNext(bool forward);
    /*! Ctrl+P: the popup that opens a document by typing part of its title. */
    void showQuickOpen();
    /*! Ctrl+Shift+F: shows the search dock with the focus in its query. */
    void showSearch();
    /*! File › Import annotated set…: opens the dialog; the window refreshes (or opens the new project) when it imported. */
    Widgets::ImportSetDialog *showImportSetDialog();
    Models::NavigationHistory *history() const { return m_history; }
    /*! The lenses of View › Lenses; their definitions and the known-actor list follow the project. */
    Models::LensDefinitions *lenses() const { return m_lenses; }
    /*! Turns lens \a id on or off in the reader (View › Lenses); remembered in the settings. */
    void setLensEnabled(const QString &id, bool enabled);
    QStringList enabledLenses() const;
    /*! View › Reload Lenses: reads the user's definitions again; problems are shown with their file names. */
    void reloadLenses();
    /*! View › Theme: a KSyntaxHighlighting theme by name for the reading view; empty follows the system palette. */
    void setViewTheme(const QString &name);
    /*!
     * Annotate › Annotate All Occurrences (Ctrl+Alt+O): opens the preview of the other places
     * where annotation \a id's text stands as whole words — in its document or the whole
     * corpus, matching case or not — to tag with its label and entity as one undo step.
     * Returns the (window-modal, already searching) dialog, or nullptr with a status message
     * when no annotation is selected.
     */
    Widgets::BulkAnnotateDialog *annotateAllOccurrences(qint64 id);
    /*!
     * Annotate › Find Suggestions in Corpus (Ctrl+Alt+G): the enabled lenses' suggestions of
     * every document, previewed with check boxes and counts per label, accepted as one step.
     */
    Widgets::BulkAnnotateDialog *findSuggestionsInCorpus();
    Widgets::FindBar *findBar() const { return m_findBar; }
    Widgets::QuickOpen *quickOpen() const { return m_quickOpen; }
    Widgets::SearchPanel *searchPanel() const { return m_searchPanel; }
    Widgets::SuggestionPanel *suggestionPanel() const { return m_suggestionPanel; }

    Models::Project *project() const { return m_project; }
    Widgets::CorpusBrowser *corpusBrowser() const { return m_browser; }
    Widgets::DocumentView *documentView() const { return m_view; }
    Widgets::WelcomePage *welcomePage() const { return m_welcome; }
    Widgets::AnnotationPanel *annotationPanel() const { return m_panel; }
    Widgets::EntityPanel *entityPanel() const { return m_entityPanel; }
    Widgets::EntityProposalBar *entityProposal() const { return m_proposal; }

    /*! Links annotation \a annotationId to \a entityId (0 unlinks); undoable. */
    void linkEntity(qint64 annotationId, qint64 entityId);
    /*! Creates an entity named \a name (the mention stays an alias) for annotation \a annotationId; undoable. */
    qint64 createEntity(qint64 annotationId, const QString &name);
    /*! Shows the next (\a step 1) or previous (-1) mention of entity \a entityId, across documents. */
    void showMention(qint64 entityId, int step);
    void mergeEntities(qint64 keepId, const QList<qint64> &mergedIds);

    /*! Starts linking from the current annotation: the next span clicked (or Enter on the current one) is the target. */
    void startLink();
    void cancelLink();
    bool isLinking() const { return m_linkSource != 0; }
    /*!
     * Links \a sourceId to \a targetId with the relation type that fits their labels (either
     * direction); asks which one when several fit. Returns the relation's id, or 0.
     */
    qint64 completeLink(qint64 sourceId, qint64 targetId);

    /*!
     * Applies label \a labelId: tags the selected text (snapped to words when that is on), or
     * gives the current annotation this label. Returns the annotation's id, or 0.
     */
    qint64 applyLabel(qint64 labelId);
    /*!
     * Edits the attributes of annotation \a id in a dialog; the changes are one undo step.
     * \a fill, when given, fills the dialog instead of showing it (tests).
     */
    bool editAttributes(qint64 id, const std::function<void(Widgets::AttributeDialog *)> &fill = {});
    /*! Removes annotation \a id (undoable). */
    void removeAnnotation(qint64 id);
    void setDocumentStatus(int status);
    /*! Moves an edge of the current annotation by a word (a character without snapping); undoable, consecutive nudges merge. */
    void nudgeCurrent(bool endEdge, bool forward);
    Widgets::LabelPalette *labelPalette() const { return m_palette; }
    /*! The dialog of the last import report shown, if any. */
    Widgets::ImportReportDialog *importReportDialog() const { return m_reportDialog; }

    /*! Waits until the current import finished and a document is shown, then saves the window as PNG. */
    void takeScreenshotWhenReady(const QString &path);

Q_SIGNALS:
    void documentShown(qint64 documentId);
    void importFinished(const Scholion::Models::ImportReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateActions();
    void followSearchIndex();
    void updateTitle();
    void updateStatus();
    /*! The status bar's part about the current document (cheap: per switch). */
    void updateDocumentStatus();
    /*! The corpus counts (COUNT(*) queries): after changes, coalesced by m_countsTimer. */
    void updateCounts();
    void saveLastDocument();
    void addRecent(const QString &path);
    QStringList recentPaths() const;
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);
    void rebuildLensMenu();
    void applyLenses();
    void onProjectOpened(const QString &shownPath);
    // Project faults: a damaged file (restore a backup), a project open elsewhere (read-only).
    void offerRestore(const QString &projectPath, const QString &message, const QString &reopenPath);
    void restoreBackup(const QString &projectPath, const QString &backupPath, const QString &reopenPath);
    void offerReadOnly(const QString &projectPath, const QString &message, const QString &shownPath);
    void updateReadOnlyState();
    void onImportFinished(const Models::ImportReport &report);
    void showImportReport(const Models::ImportReport &report);
    void openFolderDialog();
    void openProjectDialog();
    void reimport();
    void showAbout();
    void saveWindowState();
    void rebuildLabelActions();
    void connectStore();
    void reloadSpans();
    Widgets::BulkAnnotateDialog *newBulkAnnotateDialog();
    /*! How the reading view draws an annotation, and all of a document's. */
    Widgets::DocumentView::Span spanFor(const Models::Annotation &annotation) const;
    Widgets::DocumentView::Span spanFor(const Models::AnnotationSpan &span) const;
    QList<Widgets::DocumentView::Span> spansFor(qint64 documentId) const;
    QString describeAnnotation(qint64 id) const;
    bool isActorLabel(qint64 labelId) const;
    void proposeEntity(qint64 annotationId);
    void linkEntityDialog();
    void updateRelatedSpans();
    void followChange(qint64 documentId);
    Models::NavigationPosition currentPosition() const;
    void goTo(const Models::NavigationPosition &position);

    Models::Project *m_project;
    Models::DocumentListModel *m_documents;
    Models::AnnotationListModel *m_annotations;
    Models::EntityListModel *m_entities;
    Widgets::CorpusBrowser *m_browser;
    Widgets::DocumentView *m_view;
    Widgets::WelcomePage *m_welcome;
    Widgets::ImportStatusWidget *m_importStatus;
    Widgets::AnnotationPanel *m_panel;
    Widgets::EntityPanel *m_entityPanel;
    Widgets::EntityProposalBar *m_proposal;
    Widgets::LabelPalette *m_palette;
    QWidget *m_reader; ///< the proposal bar above the text
    QStackedWidget *m_stack;
    QLabel *m_countsLabel;
    QLabel *m_indexLabel;
    QAction *m_rebuildIndexAction = nullptr;
    Widgets::ElidedLabel *m_documentLabel;
    QMenu *m_recentMenu = nullptr;
    QPointer<Widgets::ImportReportDialog> m_reportDialog;
    QString m_openedPath; ///< what the user opened: a corpus folder or a project file
    QTimer *m_countsTimer = nullptr;
    QTimer *m_lastDocumentTimer = nullptr;
    bool m_selectingInBrowser = false; ///< showDocument() moves the list's current row: not a new request
    QSet<qint64> m_bulkDocuments; ///< documents of a bulk change whose documentChanged() is still to come
    QString m_screenshotPath;

    QAction *m_reimportAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_nextDocumentAction = nullptr;
    QAction *m_previousDocumentAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_removeAction = nullptr;
    QMenu *m_labelMenu = nullptr;
    QMenu *m_annotateMenu = nullptr; ///< its editing actions are off in a read-only project
    bool m_editingDisabled = false; ///< updateReadOnlyState() switched them off
    QList<QAction *> m_labelActions;
    QList<QAction *> m_statusActions;
    qint64 m_linkSource = 0; ///< the annotation a relation is being drawn from
    bool m_followChanges = false; ///< true while undo/redo runs: show the document it changes
    Models::NavigationHistory *m_history = nullptr;
    Models::LensDefinitions *m_lenses = nullptr;
    QMenu *m_lensMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    Widgets::SuggestionPanel *m_suggestionPanel = nullptr;
    Widgets::FindBar *m_findBar = nullptr;
    Widgets::QuickOpen *m_quickOpen = nullptr;
    Widgets::SearchPanel *m_searchPanel = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    bool m_recordJumps = true; ///< false while a jump shows its document: the jump records itself
};

} // namespace Scholion::App
