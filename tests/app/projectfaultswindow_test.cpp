// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's side of project faults: a damaged project offers its latest backup, a
// project open in another session offers read-only, and a read-only window edits nothing.
#include "../models/testcorpus.h"

#include <app/mainwindow.h>
#include <models/annotationcommands.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/projectbackup.h>
#include <widgets/labelmanager.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Scholion;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{
bool scramble(const QString &path, qint64 offset, int size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        return false;
    }
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(generator.bounded(256));
    }
    return file.write(bytes) == size;
}

QMenu *annotateMenu(QMainWindow &window)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == u"Annotate"_s) {
            return action->menu();
        }
    }
    return nullptr;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == text) {
            return action;
        }
    }
    return nullptr;
}
} // namespace

class ProjectFaultsWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    // An imported corpus folder; its project path in \a projectPath.
    QString makeCorpus(QString *projectPath, int files = 5)
    {
        const QString root = m_dir.filePath(u"corpus-%1"_s.arg(++m_serial));
        for (int i = 0; i < files; ++i) {
            if (!writeFile(root, u"article-%1.txt"_s.arg(i), generatedArticle(i + 50 * m_serial, 3000))) {
                return {};
            }
        }
        ImportOptions options;
        options.corpusRoot = QFileInfo(root).canonicalFilePath();
        options.projectPath = Project::projectPathForCorpus(root);
        if (CorpusImporter(options).run().outcome != ImportReport::Outcome::Completed) {
            return {};
        }
        *projectPath = options.projectPath;
        return root;
    }

    static bool waitForImport(App::MainWindow &window)
    {
        return QTest::qWaitFor(
            [&window] {
                return !window.project()->isImporting();
            },
            30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ScholionTest"_s);
        QCoreApplication::setApplicationName(u"ProjectFaultsWindowTest"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void damagedProjectOffersItsBackup()
    {
        QString projectPath;
        const QString root = makeCorpus(&projectPath);
        QVERIFY(!root.isEmpty());
        const std::optional<BackupInfo> backup = ProjectBackup(projectPath).take();
        QVERIFY(backup);
        QVERIFY(scramble(projectPath, 0, 100, 1)); // the header: not a database any more

        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.openPath(root));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"restoreBackupMessage"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(projectPath)) && box->text().contains(u"damaged"_s), qPrintable(box->text()));
        auto *restore = box->findChild<QPushButton *>(u"restoreBackupButton"_s);
        QVERIFY(restore);
        QCOMPARE(restore->text(), u"Restore Backup of %1"_s.arg(ProjectBackup::displayTime(*backup)));
        QVERIFY(box->button(QMessageBox::Cancel));

        restore->click();
        QTRY_VERIFY(window.project()->isOpen());
        QCOMPARE(window.project()->counts().documents, 5);
        QVERIFY(!window.project()->isReadOnly());
        QCOMPARE(QFileInfo(projectPath).dir().entryList({u"project.sqlite.damaged-*[0-9]"_s}).size(), 1);
        QVERIFY(!window.windowTitle().contains(u"read-only"_s));
        QVERIFY(waitForImport(window));
    }

    void cancellingTheOfferChangesNothing()
    {
        QString projectPath;
        const QString root = makeCorpus(&projectPath, 2);
        QVERIFY(ProjectBackup(projectPath).take());
        QVERIFY(scramble(projectPath, 0, 100, 2));
        const QByteArray damaged = readFile(projectPath);

        App::MainWindow window;
        QVERIFY(!window.openPath(root));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"restoreBackupMessage"_s)));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"restoreBackupMessage"_s));
        QVERIFY(!window.project()->isOpen());
        QCOMPARE(readFile(projectPath), damaged);
        QCOMPARE(QFileInfo(projectPath).dir().entryList({u"project.sqlite.damaged-*[0-9]"_s}).size(), 0);
    }

    void damageInLaterPagesIsOfferedToo()
    {
        QString projectPath;
        const QString root = makeCorpus(&projectPath, 30);
        QVERIFY(ProjectBackup(projectPath).take());
        const qint64 size = QFileInfo(projectPath).size();
        for (qint64 page = 4096; page + 4096 <= size; page += 4096) {
            QVERIFY(scramble(projectPath, page + 2048, 256, quint32(page)));
        }
        App::MainWindow window;
        window.openPath(root); // may open: then the background check finds the damage
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(u"restoreBackupMessage"_s)), 30000);
        box->findChild<QPushButton *>(u"restoreBackupButton"_s)->click();
        QTRY_VERIFY(window.project()->isOpen());
        QCOMPARE(window.project()->counts().documents, 30);
        QVERIFY(waitForImport(window));
    }

    void damagedWithoutBackupSaysSo()
    {
        QString projectPath;
        const QString root = makeCorpus(&projectPath, 2);
        QVERIFY(scramble(projectPath, 0, 100, 3));
        App::MainWindow window;
        QVERIFY(!window.openPath(root));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"errorMessage"_s)));
        QVERIFY2(box->text().contains(u"no automatic backup"_s), qPrintable(box->text()));
        QVERIFY(!window.findChild<QMessageBox *>(u"restoreBackupMessage"_s));
    }

    void futureSchemaIsRefusedWithoutOffer()
    {
        QString projectPath;
        const QString root = makeCorpus(&projectPath, 2);
        QVERIFY(ProjectBackup(projectPath).take());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(projectPath);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 9999"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        App::MainWindow window;
        QVERIFY(!window.openPath(root));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"errorMessage"_s)));
        QVERIFY2(box->text().contains(u"newer version of Scholion"_s), qPrintable(box->text()));
        QVERIFY(!window.findChild<QMessageBox *>(u"restoreBackupMessage"_s));
        QVERIFY(!window.project()->isOpen());
    }

    void lockedProjectOffersReadOnlyAndEditsNothing()
    {
        QString projectPath;
        const QString root = makeCorpus(&projectPath, 3);
        Project other; // the other session
        QVERIFY(other.open(projectPath));

        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.openPath(root));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"projectLockedMessage"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(u"is open in another Scholion (process %1"_s.arg(QCoreApplication::applicationPid())), qPrintable(box->text()));
        auto *readOnly = box->findChild<QPushButton *>(u"openReadOnlyButton"_s);
        QVERIFY(readOnly);
        readOnly->click();
        QTRY_VERIFY(window.project()->isOpen());
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(!window.project()->isImporting());
        QTRY_VERIFY(window.documentView()->documentId() != 0);
        QVERIFY2(window.windowTitle().contains(u"(read-only)"_s), qPrintable(window.windowTitle()));

        QMenu *annotate = annotateMenu(window);
        QVERIFY(annotate);
        const QStringList editing = {u"Tag With Label…"_s,
            u"Remove Annotation"_s,
            u"Link to Another Span…"_s,
            u"Attributes…"_s,
            u"Document Note…"_s,
            u"Link to Entity…"_s,
            u"Unlink Entity"_s};
        for (const QString &name : editing) {
            QAction *action = actionNamed(annotate, name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->isEnabled(), qPrintable(name));
        }
        QAction *occurrences = window.findChild<QAction *>(u"annotateOccurrences"_s);
        QVERIFY(occurrences && !occurrences->isEnabled());
        QVERIFY(actionNamed(annotate, u"Next Annotation"_s)->isEnabled()); // reading stays
        for (QAction *action : annotate->actions()) {
            if (action->menu() && action->text().remove(u'&') == u"Label Selection As"_s) {
                for (QAction *label : action->menu()->actions()) {
                    QVERIFY2(!label->isEnabled(), qPrintable(label->text()));
                }
            }
        }
        QVERIFY(!window.findChild<Widgets::LabelManager *>()->isEnabled());

        // A change that reaches the store anyway is refused with a message and leaves no undo step.
        AnnotationStore *store = window.project()->annotations();
        Annotation annotation;
        annotation.documentId = window.documentView()->documentId();
        annotation.labelId = store->labels().constFirst().id;
        annotation.start = 0;
        annotation.end = 5;
        annotation.quote = window.project()->documentText(annotation.documentId).left(5);
        window.project()->undoStack()->push(new AddAnnotationCommand(store, annotation));
        QCOMPARE(window.project()->undoStack()->count(), 0);
        QMessageBox *error = nullptr;
        QTRY_VERIFY((error = window.findChild<QMessageBox *>(u"errorMessage"_s)));
        QVERIFY2(error->text().contains(u"is open read-only"_s), qPrintable(error->text()));
        QCOMPARE(store->annotations(annotation.documentId).size(), 0);
        delete error;

        // Once the other session is gone, a read-write open enables editing again.
        other.close();
        QVERIFY(window.openPath(root));
        QVERIFY(!window.project()->isReadOnly());
        QVERIFY(!window.windowTitle().contains(u"read-only"_s));
        QTRY_VERIFY(window.documentView()->documentId() != 0);
        QVERIFY(actionNamed(annotate, u"Tag With Label…"_s)->isEnabled());
        QVERIFY(actionNamed(annotate, u"Remove Annotation"_s)->isEnabled());
        QVERIFY(window.findChild<Widgets::LabelManager *>()->isEnabled());
        QVERIFY(waitForImport(window));
    }
};

QTEST_MAIN(ProjectFaultsWindowTest)
#include "projectfaultswindow_test.moc"
