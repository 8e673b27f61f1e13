// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PRODUCT.md §6 targets T1–T4, T10 and T11: opening, importing, reopening and switching
// documents, measured on a generated corpus folder next to references measured in the same
// run on the same files (the ratio is what stays comparable across machines).
//
//   importbench [--quick] [--without-t10] [--out FILE]
//
// Setup (not measured): a deterministic news-like corpus (tests/benchmarks/corpusgenerator.h:
// lognormal sizes around 4 KB in folders of 1,000 files; CRLF, BOM, Windows-1252, empty and
// binary files among them) of 100,000 files (--quick: 10,000) under $TMPDIR.
//
// - T1: MainWindow::openPath() of the never imported folder until the document list has rows
//   and the first document is shown, then a forced render of the whole window into a QImage;
//   reference: a directory walk + stat of the same folder.
// - T2: CorpusImporter::run() and SearchIndex::buildNow(), what `scholion import` runs, in a
//   fresh process; reference: a single-thread read loop over the same files, fresh process.
// - T11: the last T1 run goes on through MainWindow: import, search indexing and File › Export
//   (JSONL, through the export dialog) while a 10 ms heartbeat QTimer records the longest gap.
// - T4: 50 annotations (over 20 labels, annotationgenerator.h) on each of a few hundred ~4 KB documents of that project, then
//   MainWindow::showDocument() + pending events + a render of the reading view;
//   reference: QPlainTextEdit::setPlainText() + pending events + render, same texts.
// - T3: a fresh process (this program with --probe reopen) that does what `scholion PROJECT`
//   does until the document is painted; reference: a fresh process that shows and paints a
//   bare window. Timed by this process from start() to the child's line.
// - T10: in the full run, a 250,000-file corpus (~1 GB) is generated, imported in a fresh
//   process (peak RSS = VmHWM) and deleted; references: the same process's RSS after startup
//   and the read loop's peak. --quick (and --without-t10) take the numbers of the T2 run instead.
//
// For profiling by hand: `importbench --probe generate DIR FILES` only writes the corpus, and
// `importbench --probe switch PROJECT N [paints]` makes N document switches (switchOnce())
// through the annotated documents as T4 does (the first 50 documents in a project without
// annotations); with `paints` it lists the widgets the last switch repainted (and the nearest
// named ancestor of each), on stderr. SCHOLION_BENCH_KEEP=1 keeps the benchmark's corpus and
// project (its folder is printed) for such probes.
//
// Prints a Markdown fragment to stdout (and to FILE with --out); progress on stderr.
// Exit codes: 0 measured (rows may say FAIL: timing never fails the run), 1 bad arguments,
// 2 the data is wrong (an import, export or the shown document did not do what it should).

#include "annotationgenerator.h"
#include "corpusgenerator.h"

#include <app/mainwindow.h>
#include <models/annotation.h>
#include <models/annotationlistmodel.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/documentfilterproxymodel.h>
#include <models/export/exportoptions.h>
#include <models/project.h>
#include <models/projectdatabase.h>
#include <models/search/searchindex.h>
#include <models/transaction.h>
#include <widgets/corpusbrowser.h>
#include <widgets/documentview.h>
#include <widgets/exportdialog.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Scholion::Bench;
using namespace Scholion::Models;
using Scholion::App::MainWindow;
using Scholion::Bench::CorpusGenerator;
using Scholion::Bench::CorpusSpec;
using Scholion::Bench::CorpusStats;
using Scholion::Widgets::DocumentView;

namespace
{

constexpr int ExitBadArguments = 1;
constexpr int ExitDataWrong = 2;

// Started first thing in main(): fresh-process rows count from here too.
QElapsedTimer g_sinceMain;

struct Config {
    bool quick = false;
    int files = 100'000;
    int bigFiles = 250'000; ///< T10; 0: take the T2 numbers
    int openRuns = 3; ///< T1 (the last one goes on to the full import, T11)
    int walkRuns = 3;
    int freshRuns = 5; ///< T3, each of the two kinds
    int switches = 250; ///< T4
    int annotatedDocuments = 250;
    int spansPerDocument = 50;

    static Config make(bool quick)
    {
        Config c;
        if (quick) {
            c.quick = true;
            c.files = 10'000;
            c.bigFiles = 0;
            c.openRuns = 1;
            c.walkRuns = 1;
            c.freshRuns = 1;
            c.switches = 50;
            c.annotatedDocuments = 60;
        }
        return c;
    }
};

void say(const QString &message)
{
    std::fprintf(stderr, "importbench: %s\n", qPrintable(message));
    std::fflush(stderr);
}

[[noreturn]] void dataWrong(const QString &message)
{
    say(u"error: "_s + message);
    std::exit(ExitDataWrong);
}

// ---- statistics --------------------------------------------------------------------------

QString mb(double bytes)
{
    return QString::number(bytes / 1e6, 'f', bytes < 1e7 ? 1 : 0) + u" MB"_s;
}

QString runsOf(int runs)
{
    return runs == 1 ? u"1 run"_s : u"median of %1"_s.arg(runs);
}

QString describe(const Stats &s)
{
    return u"p50 %1, p95 %2 (p99 %3, max %4; n=%5)"_s.arg(ms(s.p50), ms(s.p95), QString::number(s.p99, 'f', 2), QString::number(s.max, 'f', 2)).arg(s.n);
}

QString verdict(bool pass)
{
    return pass ? u"PASS"_s : u"FAIL"_s;
}

// ---- memory ------------------------------------------------------------------------------

/*! Runs the event loop until \a done; false after \a timeoutMs. */
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        // Wakes for the next event at the latest (the heartbeat, when it runs, every 10 ms).
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

/*!
 * A 10 ms timer on the GUI thread: the longest gap between two of its ticks is the longest
 * time the GUI thread did not get to its event loop.
 */
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_last > m_longest) {
                m_longest = now - m_last;
                m_longestEnd = now;
            }
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }

    /*! Starts a new phase: the gap counts from now. */
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }

    /*! How long ago the longest gap of this phase ended, in ms. */
    double sinceLongestMs() const { return double(m_clock.nsecsElapsed() - m_longestEnd) / 1e6; }
    /*! The longest gap so far in this phase, the one still open included, in ms. */
    double longestMs() const { return double(std::max(m_longest, m_clock.nsecsElapsed() - m_last)) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestEnd = 0;
};

std::unique_ptr<MainWindow> makeMainWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(1280, 800);
    return window;
}

int rowsShown(MainWindow *window)
{
    return window->corpusBrowser()->proxy()->rowCount();
}

// ---- probes: one measurement in a fresh process ------------------------------------------

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(u"/."_s)) {
            files << path;
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// --probe read ROOT: the raw single-thread read loop.
int probeRead(const QString &root)
{
    const qint64 startKb = statusKb("VmRSS:");
    const QStringList files = filesUnder(root);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    quint64 sum = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            say(u"cannot read "_s + path);
            return ExitDataWrong;
        }
        const QByteArray data = file.readAll();
        bytes += data.size();
        sum += data.isEmpty() ? 0 : quint8(data.back()); // touch the bytes read
    }
    const qint64 ns = timer.nsecsElapsed();
    std::printf("read %lld %lld %lld %lld %lld %llu\n", ns, bytes, qint64(files.size()), startKb, statusKb("VmHWM:"), qulonglong(sum));
    return 0;
}

// --probe import ROOT PROJECT: what `scholion import` runs.
int probeImport(const QString &root, const QString &projectPath)
{
    const qint64 startKb = statusKb("VmRSS:");
    ImportOptions options;
    options.corpusRoot = QFileInfo(root).canonicalFilePath();
    options.projectPath = projectPath;
    CorpusImporter importer(options);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.run();
    const qint64 importNs = timer.nsecsElapsed();
    const qint64 importKb = statusKb("VmHWM:");
    if (report.outcome != ImportReport::Outcome::Completed) {
        say(u"the import failed: "_s + report.error);
        return ExitDataWrong;
    }
    QString error;
    timer.start();
    if (!SearchIndex::buildNow(projectPath, false, &error)) {
        say(u"indexing failed: "_s + error);
        return ExitDataWrong;
    }
    const qint64 indexNs = timer.nsecsElapsed();
    std::printf("import %lld %lld %lld %d %d %lld %lld %lld\n",
        importNs,
        indexNs,
        report.bytesRead,
        report.added,
        report.skipped,
        startKb,
        importKb,
        statusKb("VmHWM:"));
    return 0;
}

// --probe reopen PROJECT | --probe bare: a fresh GUI process until its window is painted.
int probeWindow(const QString &projectPath)
{
    const qint64 appNs = g_sinceMain.nsecsElapsed();
    Painter painter;
    if (projectPath.isEmpty()) {
        QWidget window;
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(1280, 800);
        painter.watch(&window);
        window.show();
        settle();
        painter.paint(&window);
        std::printf("window %lld %lld 0 0 0\n", g_sinceMain.nsecsElapsed(), appNs);
        std::fflush(stdout);
        return 0;
    }
    // What main() does for `scholion PROJECT`: the window, openPath(), show(), then the loop.
    const std::unique_ptr<MainWindow> window = makeMainWindow();
    const qint64 windowNs = g_sinceMain.nsecsElapsed();
    if (!window->openPath(projectPath)) {
        return ExitDataWrong;
    }
    const qint64 openNs = g_sinceMain.nsecsElapsed();
    painter.watch(window.get());
    window->show();
    settle();
    if (!waitUntil(
            [&window] {
                return window->documentView()->documentId() != 0;
            },
            60'000)) {
        say(u"reopen: no document shown"_s);
        return ExitDataWrong;
    }
    const qint64 shownNs = g_sinceMain.nsecsElapsed();
    // The window painted since show(), and the reading view since the document came.
    Painter viewPainter;
    viewPainter.watch(window->documentView()->viewport());
    settle();
    painter.paint(window.get());
    viewPainter.paint(window->documentView()->viewport());
    std::printf("window %lld %lld %lld %lld %lld\n", g_sinceMain.nsecsElapsed(), appNs, windowNs, openNs, shownNs);
    std::fflush(stdout);
    return 0;
}

/*! One document switch as T4 measures it; a function of its own for `valgrind --toggle-collect`. */
Q_NEVER_INLINE void switchOnce(MainWindow *window, Painter &painter, qint64 id)
{
    window->showDocument(id);
    settle();
    painter.paint(window->documentView()->viewport());
}

/*! Lists the paint and layout events of the widgets it is installed on: which repaints and layouts a switch costs. */
class PaintLogger final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const QRect r = static_cast<QPaintEvent *>(event)->rect();
            QObject *owner = watched->parent();
            while (owner && owner->objectName().isEmpty()) {
                owner = owner->parent();
            }
            std::fprintf(stderr,
                "paint %s \"%s\" in %s \"%s\" %dx%d+%d+%d\n",
                watched->metaObject()->className(),
                qPrintable(watched->objectName()),
                owner ? owner->metaObject()->className() : "-",
                owner ? qPrintable(owner->objectName()) : "",
                r.width(),
                r.height(),
                r.x(),
                r.y());
        } else if (event->type() == QEvent::LayoutRequest && watched->isWidgetType()) {
            // A layout run again: a widget's size hint changed.
            std::fprintf(stderr, "layout %s \"%s\"\n", watched->metaObject()->className(), qPrintable(watched->objectName()));
        }
        return false;
    }
};

/*!
 * For profiling by hand: \a switches switches over the first 50 documents of \a projectPath;
 * with \a logPaints, the widgets the last one repainted.
 */
int probeSwitch(const QString &projectPath, int switches, bool logPaints)
{
    const std::unique_ptr<MainWindow> window = makeMainWindow();
    window->show();
    bool imported = false;
    QObject::connect(window.get(), &MainWindow::importFinished, window.get(), [&imported] {
        imported = true;
    });
    if (!window->openPath(projectPath) ||
        !waitUntil(
            [&imported] {
                return imported;
            },
            600'000)) {
        return ExitDataWrong;
    }
    // The documents T4 cycles through where the project has annotations (the first 250
    // annotated ones), otherwise the first 50.
    QList<qint64> ids;
    {
        QSqlQuery query(window->project()->database()->database());
        query.exec(u"SELECT DISTINCT document_id FROM annotations ORDER BY document_id LIMIT 250"_s);
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
    }
    if (ids.isEmpty()) {
        for (const DocumentRow &row : window->project()->documentRows().mid(0, 50)) {
            ids << row.id;
        }
    }
    Painter painter;
    PaintLogger logger;
    QList<qint64> each;
    QElapsedTimer one;
    for (int i = 0; i < switches; ++i) {
        if (logPaints && i == switches - 1) {
            qApp->installEventFilter(&logger);
        }
        one.start();
        switchOnce(window.get(), painter, ids.at(i % ids.size()));
        each << one.nsecsElapsed();
    }
    qApp->removeEventFilter(&logger);
    // A message shown meanwhile (a project whose check found damage) is measured with the switches.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
            std::fprintf(stderr, "importbench: a message was shown during the switches: %s\n", qPrintable(box->text()));
        }
    }
    const qint64 total = std::accumulate(each.cbegin(), each.cend(), qint64(0));
    const Stats stats = statsOf(each);
    std::printf("switch %lld ns per switch (p50 %.2f ms, p95 %.2f ms)\n", total / std::max(1, switches), stats.p50, stats.p95);
    return 0;
}

/*! Runs this program with --probe \a arguments; the fields of its line starting with \a tag. */
std::optional<QList<QByteArray>> runProbe(const QStringList &arguments, const QByteArray &tag, double *lineMs = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), QStringList{u"--probe"_s} + arguments);
    QByteArray output;
    // The time the line arrives, not the exit: a GUI probe still closes its project after it.
    while (!output.contains('\n') && process.waitForReadyRead(1'800'000)) {
        output += process.readAllStandardOutput();
    }
    if (lineMs) {
        *lineMs = double(timer.nsecsElapsed()) / 1e6;
    }
    process.waitForFinished(600'000);
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(u"probe %1 failed (exit code %2)"_s.arg(arguments.join(u' ')).arg(process.exitCode()));
        return std::nullopt;
    }
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(QByteArray(tag + ' '))) {
            return line.split(' ');
        }
    }
    say(u"probe %1 printed no result"_s.arg(arguments.join(u' ')));
    return std::nullopt;
}

struct ReadResult {
    double seconds = 0;
    qint64 bytes = 0;
    qint64 files = 0;
    qint64 startKb = 0;
    qint64 peakKb = 0;
};

ReadResult readProbe(const QString &root)
{
    const std::optional<QList<QByteArray>> f = runProbe({u"read"_s, root}, "read");
    if (!f || f->size() < 7) {
        dataWrong(u"the read loop failed"_s);
    }
    return {f->at(1).toDouble() / 1e9, f->at(2).toLongLong(), f->at(3).toLongLong(), f->at(4).toLongLong(), f->at(5).toLongLong()};
}

struct ImportResult {
    double importSeconds = 0;
    double indexSeconds = 0;
    qint64 bytes = 0;
    int added = 0;
    int skipped = 0;
    qint64 startKb = 0;
    qint64 importPeakKb = 0;
    qint64 peakKb = 0;
};

ImportResult importProbe(const QString &root, const QString &projectPath)
{
    const std::optional<QList<QByteArray>> f = runProbe({u"import"_s, root, projectPath}, "import");
    if (!f || f->size() < 9) {
        dataWrong(u"the import probe failed"_s);
    }
    return {f->at(1).toDouble() / 1e9,
        f->at(2).toDouble() / 1e9,
        f->at(3).toLongLong(),
        f->at(4).toInt(),
        f->at(5).toInt(),
        f->at(6).toLongLong(),
        f->at(7).toLongLong(),
        f->at(8).toLongLong()};
}

// ---- the benchmark -----------------------------------------------------------------------

struct Row {
    QString target;
    QString measured;
    QString reference;
    QString ratio;
    QString verdict;
};

struct Bench {
    Config config;
    QTemporaryDir dir;
    QString corpus;
    CorpusStats stats;
    QString projectPath; ///< the project MainWindow made for the corpus (T1, T11), used by T3 and T4
    QList<qint64> annotatedIds;
    ImportResult t2;
    ReadResult read;
    QString dataLine;
    QList<Row> rows;
    QStringList notes;

    void prepare();
    void measureImport();
    void measureOpenAndStalls();
    void annotate();
    void measureSwitch();
    void measureReopen();
    void measurePeakRss();
    QString markdown() const;
};

CorpusStats generate(const QString &root, int files)
{
    CorpusSpec spec;
    spec.files = files;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const std::optional<CorpusStats> stats = CorpusGenerator::write(root, spec, &error);
    if (!stats) {
        dataWrong(error);
    }
    say(u"generated %1 files (%2) in %3 folders in %4 s"_s.arg(stats->files)
            .arg(mb(double(stats->bytes)))
            .arg(stats->folders)
            .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return *stats;
}

void Bench::prepare()
{
    if (!dir.isValid()) {
        dataWrong(u"no temporary folder"_s);
    }
    corpus = QFileInfo(dir.filePath(u"corpus"_s)).absoluteFilePath();
    stats = generate(corpus, config.files);
    corpus = QFileInfo(corpus).canonicalFilePath();
    dataLine = u"Data: a generated news-like corpus of %1 files, %2 in %3 folders (lognormal sizes around 4 KB; about 3 %% of the words "
               "non-ASCII: Cyrillic, accented names, emoji; %4 CRLF, %5 with a BOM, %6 Windows-1252, %7 empty and %8 binary files)%9. "
               "Windows 1280×800, offscreen."_s.arg(stats.files)
                   .arg(mb(double(stats.bytes)))
                   .arg(stats.folders)
                   .arg(stats.crlf)
                   .arg(stats.bom)
                   .arg(stats.windows1252)
                   .arg(stats.empty)
                   .arg(stats.binary)
                   .arg(config.bigFiles > 0 ? u"; for T10 one of %1 files, generated and deleted in the run"_s.arg(config.bigFiles) : QString());
    dataLine.replace(u"%%"_s, u"%"_s);
}

void Bench::measureImport()
{
    say(u"T2: read loop and import of %1 files in fresh processes"_s.arg(stats.files));
    readProbe(corpus); // the first pass only brings the files into the page cache, as for every row
    read = readProbe(corpus);
    t2 = importProbe(corpus, dir.filePath(u"t2.sqlite"_s));
    if (t2.added != stats.importable() || t2.added + t2.skipped != stats.files) {
        dataWrong(
            u"the import added %1 and skipped %2 of %3 files; %4 are importable"_s.arg(t2.added).arg(t2.skipped).arg(stats.files).arg(stats.importable()));
    }
    const double readMbs = double(read.bytes) / 1e6 / read.seconds;
    const double importMbs = double(t2.bytes) / 1e6 / t2.importSeconds;
    const double searchableMbs = double(t2.bytes) / 1e6 / (t2.importSeconds + t2.indexSeconds);
    const auto percent = [](double value) {
        return QString::number(value * 100, 'f', 1) + u" %"_s;
    };
    rows << Row{u"T2 import text + metadata (≥ 20 % of the raw read speed)"_s,
        u"%1 MB/s (%2 in %3 s, CorpusImporter::run())"_s.arg(QString::number(importMbs, 'f', 1),
            mb(double(t2.bytes)),
            QString::number(t2.importSeconds, 'f', 2)),
        u"raw read loop %1 MB/s (%2 s)"_s.arg(QString::number(readMbs, 'f', 0), QString::number(read.seconds, 'f', 2)),
        percent(importMbs / readMbs),
        verdict(importMbs / readMbs >= 0.20)};
    rows << Row{u"T2 fully searchable: import + FTS5 index (≥ 5 % of the raw read speed)"_s,
        u"%1 MB/s (import %2 s + SearchIndex::buildNow() %3 s, index alone %4 MB/s)"_s.arg(QString::number(searchableMbs, 'f', 1),
            QString::number(t2.importSeconds, 'f', 2),
            QString::number(t2.indexSeconds, 'f', 2),
            QString::number(double(t2.bytes) / 1e6 / t2.indexSeconds, 'f', 1)),
        u"raw read loop %1 MB/s"_s.arg(QString::number(readMbs, 'f', 0)),
        percent(searchableMbs / readMbs),
        verdict(searchableMbs / readMbs >= 0.05)};
}

void Bench::measureOpenAndStalls()
{
    // Reference: what any program needs to list the folder.
    QList<double> walks;
    for (int i = 0; i < config.walkRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 files = 0;
        qint64 bytes = 0;
        QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            bytes += it.nextFileInfo().size();
            ++files;
        }
        walks << double(timer.nsecsElapsed()) / 1e6;
        if (files != stats.files || bytes != stats.bytes) {
            dataWrong(u"the walk found %1 files of %2 bytes"_s.arg(files).arg(bytes));
        }
    }
    const double walkMs = median(walks);

    say(u"T1: opening the never imported folder in MainWindow %1 times; the last run imports it all (T11)"_s.arg(config.openRuns));
    Heartbeat heartbeat;
    std::unique_ptr<MainWindow> window = makeMainWindow();
    window->show();
    settle();
    Project *project = window->project();
    DocumentView *view = window->documentView();
    Painter painter;
    QList<double> openMs, returnedMs, scannedMs, firstBatchMs, rowsMs, documentMs;
    int rowsAtPaint = 0;
    double importStall = 0, indexStall = 0, exportStall = 0, openPathMs = 0;
    double importMs = 0, indexMs = 0, exportMs = 0;
    double importStallBeforeEnd = 0; // where the longest import stall was: how long before the import finished it ended
    std::optional<ImportReport> report;
    for (int run = 0; run < config.openRuns; ++run) {
        const bool last = run == config.openRuns - 1;
        if (!QDir(corpus + u"/.scholion"_s).removeRecursively()) {
            dataWrong(u"cannot remove the project of the previous run"_s);
        }
        settle();
        QElapsedTimer timer;
        double scanned = -1, firstBatch = -1;
        QMetaObject::Connection progress = QObject::connect(project, &Project::importProgress, window.get(), [&](const ImportProgress &p) {
            if (scanned < 0 && p.phase != ImportProgress::Phase::Scanning) {
                scanned = double(timer.nsecsElapsed()) / 1e6;
            }
        });
        QMetaObject::Connection added = QObject::connect(project, &Project::documentsAdded, window.get(), [&] {
            if (firstBatch < 0) {
                firstBatch = double(timer.nsecsElapsed()) / 1e6;
            }
        });
        QMetaObject::Connection finished = QObject::connect(window.get(), &MainWindow::importFinished, window.get(), [&report](const ImportReport &r) {
            if (r.outcome != ImportReport::Outcome::Cancelled) {
                report = r; // a cancelled run's report may still be on its way
            }
        });
        report.reset();
        heartbeat.reset();
        timer.start();
        if (!window->openPath(corpus)) {
            dataWrong(u"MainWindow cannot open the corpus folder"_s);
        }
        const double returned = double(timer.nsecsElapsed()) / 1e6;
        double rowsAt = -1;
        double documentAt = -1;
        if (!waitUntil(
                [&] {
                    if (rowsAt < 0 && rowsShown(window.get()) > 0) {
                        rowsAt = double(timer.nsecsElapsed()) / 1e6;
                    }
                    if (documentAt < 0 && view->documentId() != 0) {
                        documentAt = double(timer.nsecsElapsed()) / 1e6;
                    }
                    return rowsAt >= 0 && documentAt >= 0;
                },
                600'000)) {
            dataWrong(u"no document was shown after opening the folder"_s);
        }
        painter.paint(window.get());
        openMs << double(timer.nsecsElapsed()) / 1e6;
        returnedMs << returned;
        rowsMs << rowsAt;
        documentMs << documentAt;
        scannedMs << scanned;
        firstBatchMs << firstBatch;
        rowsAtPaint = rowsShown(window.get());
        if (!last) {
            window->closeProject();
        } else {
            openPathMs = returned;
            // T11, import: from openPath() until MainWindow reports the import finished.
            if (!waitUntil(
                    [&report] {
                        return report.has_value();
                    },
                    3'600'000)) {
                dataWrong(u"the import did not finish"_s);
            }
            importStall = heartbeat.longestMs();
            importStallBeforeEnd = heartbeat.sinceLongestMs();
            importMs = double(timer.nsecsElapsed()) / 1e6;
            if (report->added != stats.importable() || rowsShown(window.get()) != stats.importable()) {
                dataWrong(u"MainWindow's import added %1 documents and lists %2; %3 files are importable"_s.arg(report->added)
                        .arg(rowsShown(window.get()))
                        .arg(stats.importable()));
            }
            // Indexing: started by the end of the import, on a worker thread.
            heartbeat.reset();
            timer.start();
            SearchIndex *index = project->searchIndex();
            if (!index ||
                !waitUntil(
                    [index] {
                        return !index->isRunning();
                    },
                    3'600'000)) {
                dataWrong(u"the search index was not built"_s);
            }
            settle();
            indexStall = heartbeat.longestMs();
            indexMs = double(timer.nsecsElapsed()) / 1e6;
            if (!SearchIndex::isComplete(project->path())) {
                dataWrong(u"the search index is not complete after indexing"_s);
            }
        }
        QObject::disconnect(progress);
        QObject::disconnect(added);
        QObject::disconnect(finished);
    }
    projectPath = project->path();

    // Export: File › Export…, JSONL of all documents, through the dialog's own Export.
    say(u"T11: File › Export… of the whole project as JSONL"_s);
    QAction *exportAction = window->findChild<QAction *>(u"exportAction"_s);
    if (!exportAction) {
        dataWrong(u"MainWindow has no export action"_s);
    }
    const QString exportPath = dir.filePath(u"export.jsonl"_s);
    heartbeat.reset();
    QElapsedTimer timer;
    timer.start();
    exportAction->trigger();
    auto *dialog = window->findChild<Scholion::Widgets::ExportDialog *>();
    if (!dialog) {
        dataWrong(u"File › Export… opened no dialog"_s);
    }
    std::optional<ExportResult> exported;
    QObject::connect(dialog, &Scholion::Widgets::ExportDialog::exportFinished, dialog, [&exported](const ExportResult &result) {
        exported = result;
    });
    dialog->setFormat(ExportFormat::Jsonl);
    dialog->setDestination(exportPath);
    dialog->startExport();
    if (!waitUntil(
            [&exported] {
                return exported.has_value();
            },
            3'600'000)) {
        dataWrong(u"the export did not finish"_s);
    }
    settle();
    exportStall = heartbeat.longestMs();
    exportMs = double(timer.nsecsElapsed()) / 1e6;
    if (exported->outcome != ExportResult::Outcome::Completed || exported->documents != stats.importable()) {
        dataWrong(u"the export wrote %1 documents (%2)"_s.arg(exported->documents).arg(exported->error));
    }
    dialog->close();
    const qint64 exportBytes = QFileInfo(exportPath).size();
    QFile::remove(exportPath);
    window->closeProject();
    window.reset();

    const double open = median(openMs);
    rows << Row{u"T1 open a never imported folder of %1 files: list with rows and the first document painted (< 1 s)"_s.arg(stats.files),
        u"%1 (%2; %3 rows listed then)"_s.arg(ms(open), runsOf(config.openRuns)).arg(rowsAtPaint),
        u"directory walk + stat %1 (%2)"_s.arg(ms(walkMs), runsOf(config.walkRuns)),
        ratio(open, walkMs),
        verdict(open < 1000)};
    rows << Row{u"T1 (info) where the time goes, medians from MainWindow::openPath()"_s,
        u"openPath() returns %1 · import phase begins %2 (it walks and imports at once) · first batch committed %3 · rows in the list %4 · a document in the view %5 · the window rendered %6"_s
            .arg(ms(median(returnedMs)), ms(median(scannedMs)), ms(median(firstBatchMs)), ms(median(rowsMs)), ms(median(documentMs)), ms(open)),
        u"directory walk + stat %1"_s.arg(ms(walkMs)),
        u"—"_s,
        u"info"_s};
    const double worst = std::max({importStall, indexStall, exportStall});
    rows << Row{u"T11 longest GUI stall (10 ms heartbeat) during import, indexing and export through MainWindow (< 100 ms)"_s,
        u"import %1 (%2 s, openPath() itself %3; the longest stall ended %9 before MainWindow::importFinished) · indexing %4 (%5 s) · File › Export… JSONL %6 (%7 s, %8)"_s
            .arg(ms(importStall),
                QString::number(importMs / 1000, 'f', 1),
                ms(openPathMs),
                ms(indexStall),
                QString::number(indexMs / 1000, 'f', 1),
                ms(exportStall),
                QString::number(exportMs / 1000, 'f', 1),
                mb(double(exportBytes)))
            .arg(ms(importStallBeforeEnd)),
        u"heartbeat period 10 ms"_s,
        ratio(worst, 10),
        verdict(worst < 100)};
}

/*! Word ranges [start, end) of \a text: runs of letters and digits. */
QList<std::pair<qsizetype, qsizetype>> wordsOf(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            words.append({start, i});
            start = -1;
        }
    }
    return words;
}

void Bench::annotate()
{
    say(u"T4: %1 annotations on each of %2 documents of about 4 KB"_s.arg(config.spansPerDocument).arg(config.annotatedDocuments));
    ProjectDatabase db;
    if (!db.open(projectPath)) {
        dataWrong(db.errorString());
    }
    QSqlDatabase sql = db.database();
    const QList<qint64> labels = ensureLabels(projectPath, FewLabels); // the schema's and generated ones
    QList<std::pair<qint64, QString>> documents;
    {
        QSqlQuery query(sql);
        query.setForwardOnly(true);
        query.exec(u"SELECT d.id, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id "
                   "WHERE d.text_length_utf16 BETWEEN 3000 AND 6000 ORDER BY d.id LIMIT %1"_s.arg(config.annotatedDocuments));
        while (query.next()) {
            documents.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    if (labels.size() != FewLabels || documents.size() < config.annotatedDocuments) {
        dataWrong(u"%1 labels and %2 documents of about 4 KB"_s.arg(labels.size()).arg(documents.size()));
    }
    Transaction transaction(sql);
    QSqlQuery insert(sql);
    insert.prepare(u"INSERT INTO annotations (document_id, label_id, start_utf16, end_utf16, quote, author, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, 'bench', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s);
    for (const auto &[id, text] : std::as_const(documents)) {
        const QList<std::pair<qsizetype, qsizetype>> words = wordsOf(text);
        const qsizetype step = words.size() / config.spansPerDocument;
        if (step < 2) {
            dataWrong(u"document %1 has only %2 words"_s.arg(id).arg(words.size()));
        }
        for (int s = 0; s < config.spansPerDocument; ++s) {
            // One to three words; every fifth span also covers the next one's first word, so some overlap.
            const qsizetype first = qsizetype(s) * step;
            const qsizetype lastWord = std::min(first + (s % 5 == 4 ? step : qsizetype(s % 3)), words.size() - 1);
            const qsizetype start = words.at(first).first;
            const qsizetype end = words.at(lastWord).second;
            insert.addBindValue(id);
            insert.addBindValue(labels.at((s + int(id)) % labels.size()));
            insert.addBindValue(start);
            insert.addBindValue(end);
            insert.addBindValue(text.mid(start, end - start));
            if (!insert.exec()) {
                dataWrong(insert.lastError().text());
            }
        }
        annotatedIds << id;
    }
    if (!transaction.commit()) {
        dataWrong(u"cannot commit the annotations"_s);
    }
}

void Bench::measureSwitch()
{
    say(u"T4: %1 document switches in MainWindow"_s.arg(config.switches));
    std::unique_ptr<MainWindow> window = makeMainWindow();
    window->show();
    settle();
    bool imported = false;
    QObject::connect(window.get(), &MainWindow::importFinished, window.get(), [&imported] {
        imported = true;
    });
    if (!window->openPath(projectPath)) {
        dataWrong(u"MainWindow cannot open the project"_s);
    }
    // Opening refreshes from the corpus folder on a worker thread; switching is measured after it.
    if (!waitUntil(
            [&imported] {
                return imported;
            },
            600'000)) {
        dataWrong(u"the refresh from the folder did not finish"_s);
    }
    DocumentView *view = window->documentView();
    Painter painter;
    QList<qint64> measured;
    QElapsedTimer timer;
    for (int i = -10; i < config.switches; ++i) { // the first ten warm up
        const qint64 id = annotatedIds.at((i + annotatedIds.size()) % annotatedIds.size());
        timer.start();
        window->showDocument(id);
        settle();
        painter.paint(view->viewport());
        const qint64 ns = timer.nsecsElapsed();
        if (view->documentId() != id || view->highlighter()->spans().size() != config.spansPerDocument) {
            dataWrong(u"document %1 shows with %2 spans"_s.arg(id).arg(view->highlighter()->spans().size()));
        }
        if (i >= 0) {
            measured << ns;
        }
    }
    // Where the time goes: the steps of MainWindow::showDocument() timed one by one.
    QList<qint64> steps[8];
    {
        Project *project = window->project();
        AnnotationStore *store = project->annotations();
        auto *list = window->findChild<AnnotationListModel *>();
        if (!list) {
            dataWrong(u"MainWindow has no annotation list"_s);
        }
        for (int i = 0; i < std::min(config.switches, 60); ++i) {
            const qint64 id = annotatedIds.at((i * 7 + 3) % annotatedIds.size());
            qint64 at[9];
            timer.start();
            at[0] = 0;
            list->setDocument(id);
            at[1] = timer.nsecsElapsed();
            const QString text = project->documentText(id);
            at[2] = timer.nsecsElapsed();
            QList<DocumentView::Span> spans;
            for (const AnnotationSpan &a : store->spansOf(id)) {
                spans.append({a.id, a.start, a.end, store->label(a.labelId).value_or(Label{}).color});
            }
            at[3] = timer.nsecsElapsed();
            view->showDocument(id, text, spans);
            at[4] = timer.nsecsElapsed();
            window->corpusBrowser()->selectDocument(id);
            at[5] = timer.nsecsElapsed();
            // The corpus counts and the settings write are no longer part of a switch (they
            // follow changes, coalesced); the status bar reads the document's own facts.
            project->documentInfo(id);
            at[6] = timer.nsecsElapsed();
            settle();
            at[7] = timer.nsecsElapsed();
            painter.paint(view->viewport());
            at[8] = timer.nsecsElapsed();
            for (int step = 0; step < 8; ++step) {
                steps[step] << at[step + 1] - at[step];
            }
        }
    }
    const auto p50 = [&steps](int step) {
        return QString::number(statsOf(steps[step]).p50, 'f', 2);
    };
    const QSize viewport = view->viewport()->size();
    const QFont font = view->font();
    QList<QString> texts;
    {
        Project *project = window->project();
        for (const qint64 id : std::as_const(annotatedIds)) {
            texts << project->documentText(id);
        }
    }
    window->closeProject();
    window.reset();

    // Reference: a plain QPlainTextEdit of the view's size and font, the texts already in memory.
    QWidget frame;
    frame.setAttribute(Qt::WA_DontShowOnScreen);
    auto *layout = new QHBoxLayout(&frame);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *plain = new QPlainTextEdit(&frame);
    plain->setFont(font);
    layout->addWidget(plain);
    frame.resize(viewport);
    frame.show();
    settle();
    QList<qint64> reference;
    for (int i = -10; i < config.switches; ++i) {
        const QString &text = texts.at((i + texts.size()) % texts.size());
        timer.start();
        plain->setPlainText(text);
        settle();
        painter.paint(plain->viewport());
        if (i >= 0) {
            reference << timer.nsecsElapsed();
        }
    }
    const Stats s = statsOf(measured);
    const Stats r = statsOf(reference);
    rows << Row{u"T4 switch documents in MainWindow (~4 KB, %1 annotations each; < 8 ms p50, < 16 ms p95)"_s.arg(config.spansPerDocument),
        describe(s),
        u"QPlainTextEdit::setPlainText() + paint: "_s + describe(r),
        u"p50 %1, p95 %2"_s.arg(ratio(s.p50, r.p50), ratio(s.p95, r.p95)),
        verdict(s.p50 < 8 && s.p95 < 16)};
    rows << Row{u"T4 (info) where the time goes: the steps of MainWindow::showDocument(), p50 ms"_s,
        u"AnnotationListModel::setDocument() %1 · Project::documentText() %2 · spans + label colours %3 · DocumentView::showDocument() %4 · "
        "CorpusBrowser::selectDocument() %5 · Project::documentInfo() (status bar) %6 · pending events %7 · paint %8"_s
            .arg(p50(0), p50(1), p50(2), p50(3), p50(4), p50(5), p50(6), p50(7)),
        u"—"_s,
        u"—"_s,
        u"info"_s};
}

void Bench::measureReopen()
{
    say(u"T3: %1 reopens of the %2-document project and bare windows in fresh processes"_s.arg(config.freshRuns).arg(stats.importable()));
    QList<double> reopen, reopenInside, bare, bareInside;
    QList<double> startup, windowMade, opened, shown;
    for (int i = 0; i < config.freshRuns; ++i) {
        double lineMs = 0;
        const std::optional<QList<QByteArray>> f = runProbe({u"reopen"_s, projectPath}, "window", &lineMs);
        double bareMs = 0;
        const std::optional<QList<QByteArray>> b = runProbe({u"bare"_s}, "window", &bareMs);
        if (!f || !b || f->size() < 6 || b->size() < 6) {
            dataWrong(u"a fresh-process probe failed"_s);
        }
        reopen << lineMs;
        bare << bareMs;
        reopenInside << f->at(1).toDouble() / 1e6;
        bareInside << b->at(1).toDouble() / 1e6;
        startup << f->at(2).toDouble() / 1e6;
        windowMade << f->at(3).toDouble() / 1e6;
        opened << f->at(4).toDouble() / 1e6;
        shown << f->at(5).toDouble() / 1e6;
    }
    const double m = median(reopen);
    const double r = median(bare);
    rows << Row{u"T3 reopen a %1-document project to a painted document in a fresh process (< 300 ms)"_s.arg(stats.importable()),
        u"%1 from start to the painted window (%2); inside the process from main(): QApplication %3 · MainWindow %4 · openPath() %5 · "
        "show() and the document %6 · the window rendered %7"_s.arg(ms(m), runsOf(config.freshRuns), ms(median(startup)))
            .arg(ms(median(windowMade)), ms(median(opened)), ms(median(shown)), ms(median(reopenInside))),
        u"bare Qt window shown and painted: %1 (%2 inside the process)"_s.arg(ms(r), ms(median(bareInside))),
        ratio(m, r),
        verdict(m < 300)};
}

void Bench::measurePeakRss()
{
    ImportResult big = t2;
    ReadResult bigRead = read;
    qint64 files = stats.files;
    qint64 bytes = stats.bytes;
    if (config.bigFiles > 0) {
        QTemporaryDir bigDir;
        if (!bigDir.isValid()) {
            dataWrong(u"no temporary folder for the 1 GB corpus"_s);
        }
        const QString root = bigDir.filePath(u"corpus"_s);
        say(u"T10: generating %1 files"_s.arg(config.bigFiles));
        const CorpusStats bigStats = generate(root, config.bigFiles);
        say(u"T10: read loop and import in fresh processes"_s);
        readProbe(root);
        bigRead = readProbe(root);
        big = importProbe(root, bigDir.filePath(u"t10.sqlite"_s));
        if (big.added != bigStats.importable()) {
            dataWrong(u"the 1 GB import added %1 of %2 importable files"_s.arg(big.added).arg(bigStats.importable()));
        }
        files = bigStats.files;
        bytes = bigStats.bytes;
        say(u"T10: deleting the 1 GB corpus"_s);
    }
    const double peakMb = double(big.peakKb) / 1024;
    rows << Row{u"T10 peak RSS importing %1 files, %2 (< 300 MB; no corpus text held in memory)"_s.arg(files).arg(mb(double(bytes))),
        u"%1 MB (VmHWM of the importing process, SearchIndex::buildNow() included; import alone %2 MB; %3 s + %4 s)"_s.arg(QString::number(peakMb, 'f', 0),
            QString::number(double(big.importPeakKb) / 1024, 'f', 0),
            QString::number(big.importSeconds, 'f', 1),
            QString::number(big.indexSeconds, 'f', 1)),
        u"the same process after startup %1 MB; raw read loop's peak %2 MB"_s.arg(QString::number(double(big.startKb) / 1024, 'f', 0),
            QString::number(double(bigRead.peakKb) / 1024, 'f', 0)),
        ratio(double(big.peakKb), double(bigRead.peakKb)),
        verdict(peakMb < 300)};
}

QString Bench::markdown() const
{
    QString out = dataLine + u"\n\n| target | measured | reference | ratio | pass/fail |\n|---|---|---|---|---|\n"_s;
    for (const Row &row : rows) {
        out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(row.target, row.measured, row.reference, row.ratio, row.verdict);
    }
    out += u"\n"_s;
    for (const QString &note : notes) {
        out += u"- "_s + note + u"\n"_s;
    }
    return out;
}

QtMessageHandler defaultMessageHandler = nullptr;

// The offscreen platform warns on every window shown or raised; nothing else is dropped.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == u"This plugin does not support propagateSizeHints()"_s || message == u"This plugin does not support raise()"_s) {
        return;
    }
    defaultMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    defaultMessageHandler = qInstallMessageHandler(messageHandler);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    }
    // The import and read probes are headless, like `scholion import`: their RSS has no GUI in it.
    const bool headless = argc >= 3 && qstrcmp(argv[1], "--probe") == 0 && (qstrcmp(argv[2], "read") == 0 || qstrcmp(argv[2], "import") == 0);
    std::unique_ptr<QCoreApplication> app = headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app->arguments();

    if (args.value(1) == u"--probe"_s) {
        const QString kind = args.value(2);
        if (kind == u"read"_s && args.size() == 4) {
            return probeRead(args.at(3));
        }
        if (kind == u"import"_s && args.size() == 5) {
            return probeImport(args.at(3), args.at(4));
        }
        if (kind == u"reopen"_s && args.size() == 4) {
            return probeWindow(args.at(3));
        }
        if (kind == u"bare"_s && args.size() == 3) {
            return probeWindow(QString());
        }
        if (kind == u"switch"_s && (args.size() == 5 || (args.size() == 6 && args.at(5) == u"paints"_s))) {
            return probeSwitch(args.at(3), args.at(4).toInt(), args.size() == 6);
        }
        if (kind == u"generate"_s && args.size() == 5) {
            // Not a measurement: writes the benchmark's corpus for profiling by hand.
            bool ok = false;
            const int files = args.at(4).toInt(&ok);
            return ok && files > 0 && generate(args.at(3), files).files == files ? 0 : ExitBadArguments;
        }
        std::fprintf(stderr, "importbench: bad probe arguments\n");
        return ExitBadArguments;
    }

    bool quick = false;
    bool withoutBig = false; // --without-t10: the full run without the 1 GB corpus, for working on the others
    QString outPath;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--quick"_s) {
            quick = true;
        } else if (args.at(i) == u"--without-t10"_s) {
            withoutBig = true;
        } else if (args.at(i) == u"--out"_s && i + 1 < args.size()) {
            outPath = args.at(++i);
        } else {
            std::fprintf(stderr, "usage: importbench [--quick] [--without-t10] [--out FILE]\n");
            return ExitBadArguments;
        }
    }

    Bench bench;
    if (qEnvironmentVariableIsSet("SCHOLION_BENCH_KEEP")) { // for profiling the probes by hand
        bench.dir.setAutoRemove(false);
        say(u"keeping "_s + bench.dir.path());
    }
    bench.config = Config::make(quick);
    if (withoutBig) {
        bench.config.bigFiles = 0;
    }
    QElapsedTimer total;
    total.start();
    bench.prepare();
    bench.measureOpenAndStalls();
    bench.measureImport();
    bench.annotate();
    bench.measureSwitch();
    bench.measureReopen();
    bench.measurePeakRss();

    bench.notes
        << u"Every row runs on files already in the page cache (the read loop runs once before it is measured), as the reference does."_s
        << u"T1: MainWindow::openPath() of the folder (its project deleted before each run), then the event loop until the corpus list "
           "has rows and the reading view shows a document, then QWidget::render() of the whole window into a QImage. The import runs on "
           "its worker thread meanwhile; the last run goes on to the end (T11). Reference: QDirIterator over the folder with a stat per file."_s
        << u"T2, T10: CorpusImporter::run() then SearchIndex::buildNow() in a fresh headless process (what `scholion import` does); "
           "MB/s are bytes read from the files per second. Reference: QFile::readAll() of every file, one thread, fresh process."_s
        << u"T3: parent-side time from QProcess::start() to the child's line, printed after it constructed MainWindow, called "
           "openPath() on the project file, show(), ran the event loop until the document was shown and painted: by the backing store, "
           "or else rendered into a QImage (the window where the backing store had not painted all of it since show(), the reading "
           "view where it had not since the document came); the refresh from the corpus folder it starts runs on its worker thread meanwhile."_s
        << u"T4: MainWindow::showDocument() + one QCoreApplication::processEvents(), in which the backing store repaints the window, "
           "+ a render of the reading view's viewport into a QImage where that repaint did not cover it whole, cycling through the annotated documents after the refresh from the folder finished; percentiles by nearest rank."_s
        << u"T11: a 10 ms Qt::PreciseTimer on the GUI thread; the longest time between two ticks (the forced renders of T1 included) "
           "from openPath() to MainWindow::importFinished, from then until the search index is complete, and from triggering "
           "File › Export… (exportAction; the dialog's format and destination set, then its Export) until it reports the export."_s;

    const QString markdown = bench.markdown();
    std::fputs(markdown.toUtf8().constData(), stdout);
    std::fflush(stdout);
    if (!outPath.isEmpty()) {
        QFile file(outPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(markdown.toUtf8()) < 0) {
            say(u"cannot write "_s + outPath);
            return ExitBadArguments;
        }
    }
    say(u"done in %1 s"_s.arg(total.elapsed() / 1000));
    return 0;
}
