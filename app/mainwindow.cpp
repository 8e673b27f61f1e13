// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "samplecorpus.h"

#include <models/documentfilterproxymodel.h>
#include <models/documentlistmodel.h>
#include <models/project.h>
#include <widgets/corpusbrowser.h>
#include <widgets/documentview.h>
#include <widgets/importreportdialog.h>
#include <widgets/importstatuswidget.h>
#include <widgets/welcomepage.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

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
    , m_browser(new CorpusBrowser(m_documents, this))
    , m_view(new DocumentView(this))
    , m_welcome(new WelcomePage(this))
    , m_importStatus(new ImportStatusWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_countsLabel(new QLabel(this))
    , m_documentLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);

    auto *dock = new QDockWidget(tr("Corpus"), this);
    dock->setObjectName(u"corpusDock"_s);
    dock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {440}, Qt::Horizontal);

    statusBar()->addWidget(m_documentLabel, 1);
    statusBar()->addPermanentWidget(m_importStatus);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_browser, &CorpusBrowser::documentActivated, this, &MainWindow::showDocument);
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
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSampleCorpus);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openPath);

    createActions();
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

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
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget *>(u"corpusDock"_s)->toggleViewAction());
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Scholion"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateActions()
{
    const bool open = m_project->isOpen();
    m_reimportAction->setEnabled(open && !m_project->corpusRoot().isEmpty());
    m_reportAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_nextDocumentAction->setEnabled(open);
    m_previousDocumentAction->setEnabled(open);
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
        title += name + u" — "_s;
    }
    setWindowTitle(title + tr("Scholion"));
}

void MainWindow::updateStatus()
{
    if (!m_project->isOpen()) {
        m_countsLabel->clear();
        m_documentLabel->clear();
        return;
    }
    const ProjectCounts counts = m_project->counts();
    const QLocale locale;
    m_countsLabel->setText(tr("%1 documents · %2 annotations").arg(locale.toString(counts.documents), locale.toString(counts.annotations)));
    if (m_view->documentId() == 0) {
        m_documentLabel->clear();
        return;
    }
    if (const std::optional<DocumentInfo> info = m_project->documentInfo(m_view->documentId())) {
        QString encoding = info->encoding;
        if (info->encodingGuessed) {
            encoding = tr("%1 (guessed)").arg(encoding);
        }
        const QString endings = info->lineEndings == u"crlf"_s ? u"CRLF"_s
            : info->lineEndings == u"cr"_s                     ? u"CR"_s
            : info->lineEndings == u"mixed"_s                  ? tr("mixed line endings")
                                                               : u"LF"_s;
        m_documentLabel->setText(tr("%1 · %2 · %3 · %n annotation(s)", nullptr, info->row.annotationCount).arg(info->row.sourcePath, encoding, endings));
        m_documentLabel->setToolTip(tr("SHA-256 of the source file: %1").arg(info->sha256));
    }
}

void MainWindow::showDocument(qint64 id)
{
    if (!m_project->isOpen() || id == 0) {
        return;
    }
    m_stack->setCurrentWidget(m_view);
    if (m_view->documentId() != id) {
        m_view->showDocument(id, m_project->documentText(id));
    }
    if (m_browser->currentDocumentId() != id) {
        m_browser->selectDocument(id);
    }
    QSettings().setValue(u"projects/%1/lastDocument"_s.arg(QString::fromLatin1(m_project->path().toUtf8().toBase64(QByteArray::Base64UrlEncoding))), id);
    updateTitle();
    updateStatus();
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
    } else if (Project::looksLikeProjectFile(absolute)) {
        ok = m_project->open(absolute);
    } else {
        showError(tr("Open"),
            tr("“%1” is neither a corpus folder nor a Scholion project. Open a folder of articles, or a project file (.sqlite).")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!ok) {
        showError(tr("Open"), m_project->errorString());
        return false;
    }
    onProjectOpened(absolute);
    return true;
}

void MainWindow::onProjectOpened(const QString &shownPath)
{
    m_openedPath = shownPath;
    addRecent(shownPath);
    QSettings().setValue(kLastKey, shownPath);
    m_documents->setProject(m_project);
    m_stack->setCurrentWidget(m_view);
    m_view->clearDocument();

    if (m_project->isFallbackLocation()) {
        statusBar()->showMessage(tr("The corpus folder is read-only, so its project is kept in %1.").arg(QDir::toNativeSeparators(m_project->path())), 15000);
    }
    // Back to the document read last in this project.
    const qint64 last = QSettings()
                            .value(u"projects/%1/lastDocument"_s.arg(QString::fromLatin1(m_project->path().toUtf8().toBase64(QByteArray::Base64UrlEncoding))))
                            .toLongLong();
    if (last != 0 && m_documents->rowOfDocument(last) >= 0) {
        showDocument(last);
    } else if (m_browser->proxy()->rowCount() > 0) {
        m_browser->stepDocument(0);
    }

    // Opening picks up new and changed files of the corpus folder.
    const QString root = m_project->corpusRoot();
    if (!root.isEmpty() && QFileInfo(root).isDir()) {
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
    m_project->close();
    m_importStatus->finish();
    m_view->clearDocument();
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
