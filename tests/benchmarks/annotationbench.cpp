// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PRODUCT.md §6 targets T5–T7, measured on a generated corpus next to references measured in
// the same run (the ratio is what stays comparable across machines).
//
//   annotationbench [--quick] [--out FILE]
//   annotationbench --versions
//
// Setup (not measured): a deterministic article (5 MB, ~10k paragraphs, ASCII with Cyrillic
// and emoji) and a 1 MB one-line paragraph are written to a temporary corpus, imported with
// CorpusImporter, and 50k annotations (10k in the long paragraph) with labels of the default
// schema are inserted in one transaction, on word boundaries, nested and overlapping ones
// included. The project is then opened like Scholion opens it (Project, AnnotationStore, the
// undo stack) and shown in a DocumentView wired to the store the way MainWindow wires it.
//
// Every latency is QElapsedTimer::nsecsElapsed() around: the action, one
// QCoreApplication::processEvents() (what the event loop would run before painting) and a
// forced paint of the widget concerned with QWidget::render() into a QImage. The windows are
// 1280x800 and never shown on screen (WA_DontShowOnScreen), so only the forced paint paints.
// RSS comes from /proc/self/status, measured in a fresh process (this program with --probe).
//
// Prints a Markdown fragment (a line about the data, the table, notes) to stdout and, with
// --out, to FILE. --quick (CI smoke): 1 MB article, 10k spans, 50 repetitions.
// Exit codes: 0 measured (rows may say FAIL: timing never fails the run), 1 bad arguments,
// 2 the data is wrong (import, annotations or a span operation did not do what it should).

#include "annotationgenerator.h"
#include "benchutil.h"

#include <app/mainwindow.h>
#include <models/annotation.h>
#include <models/annotationcommands.h>
#include <models/annotationhighlighter.h>
#include <models/annotationlistmodel.h>
#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/reanchor.h>
#include <widgets/documentview.h>

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ksyntaxhighlighting_version.h>
#include <optional>
#include <sys/resource.h>
#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace Scholion::Bench;
using namespace Scholion::Models;
using Scholion::Widgets::DocumentView;

namespace
{

constexpr int ExitBadArguments = 1;
constexpr int ExitDataWrong = 2;

struct Config {
    bool quick = false;
    qsizetype articleBytes = 5'000'000;
    int paragraphs = 10'000;
    int spans = 50'000;
    qsizetype longLineBytes = 1'000'000;
    int longLineSpans = 10'000;
    int repetitions = 200;
    int coldRuns = 3;
    int longLineEdits = 20;

    static Config make(bool quick)
    {
        Config c;
        if (quick) {
            c.quick = true;
            c.articleBytes = 1'000'000;
            c.paragraphs = 2'000;
            c.spans = 10'000;
            c.longLineBytes = 200'000;
            c.longLineSpans = 2'000;
            c.repetitions = 50;
            c.coldRuns = 1;
            c.longLineEdits = 5;
        }
        return c;
    }
};

void say(const QString &message)
{
    std::fprintf(stderr, "annotationbench: %s\n", qPrintable(message));
    std::fflush(stderr);
}

[[noreturn]] void dataWrong(const QString &message)
{
    say(u"error: "_s + message);
    std::exit(ExitDataWrong);
}

// ---- statistics --------------------------------------------------------------------------

QString describe(const Stats &s, double Stats::*key, const QString &keyName)
{
    return u"%1 %2 (p50 %3, p95 %4, p99 %5, max %6; n=%7)"_s
        .arg(keyName,
            ms(s.*key),
            QString::number(s.p50, 'f', 2),
            QString::number(s.p95, 'f', 2),
            QString::number(s.p99, 'f', 2),
            QString::number(s.max, 'f', 2))
        .arg(s.n);
}

// Gives freed heap back to the system, so that growth measured afterwards is real growth.
void trimHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// Resets VmHWM to the current RSS (Linux ≥ 4.0); harmless where it is not allowed.
void resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("5");
    }
}

// ---- the generated corpus ----------------------------------------------------------------

const char *const kWords[] = {
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "with",
    "delegation",
    "would",
    "resume",
    "next",
    "week",
    "after",
    "a",
    "phone",
    "call",
    "between",
    "leaders",
    "of",
    "both",
    "countries",
    "officials",
    "confirmed",
    "package",
    "worth",
    "million",
    "dollars",
    "for",
    "reconstruction",
    "and",
    "humanitarian",
    "aid",
    "in",
    "region",
    "according",
    "to",
    "statement",
    "published",
    "by",
    "ministry",
    "foreign",
    "affairs",
    "envoy",
    "visited",
    "capital",
    "where",
    "he",
    "met",
    "president",
    "prime",
    "deputy",
    "mayor",
    "agreed",
    "framework",
    "support",
    "energy",
    "grid",
    "winter",
    "donors",
    "pledged",
    "conference",
    "summit",
    "border",
    "security",
    "council",
};
const char *const kCyrillic[] = {"Київ", "міністр", "допомога", "уряд", "переговори", "заява", "делегація", "Україна", "відбудова", "мер"};
const char *const kEmoji[] = {"🇺🇦", "🙂", "📈", "🤝", "🌍"};
const char *const kNames[] = {"Korvath", "Ferrand", "Serenne", "Valdoria", "Marrel", "Ostrava", "Lindqvist"};

template<typename T, size_t N>
const char *pick(Random &random, T (&items)[N])
{
    return items[random.below(qsizetype(N))];
}

QByteArray sentence(Random &random)
{
    const qsizetype words = 6 + random.below(14);
    QByteArray s;
    for (qsizetype i = 0; i < words; ++i) {
        if (i) {
            s += ' ';
        }
        const qsizetype r = random.below(100);
        QByteArray word;
        if (r < 6) {
            word = pick(random, kCyrillic);
        } else if (r < 8) {
            word = pick(random, kEmoji);
        } else if (r < 14) {
            word = pick(random, kNames);
        } else if (r < 18) {
            word = QByteArray::number(1 + random.below(2026));
        } else {
            word = pick(random, kWords);
        }
        if (i == 0 && word.front() >= 'a' && word.front() <= 'z') {
            word.front() = char(word.front() - 'a' + 'A');
        }
        s += word;
    }
    if (random.below(8) == 0) {
        return "“" + s + ",” an official said.";
    }
    return s + '.';
}

QByteArray paragraph(Random &random, qsizetype approxBytes)
{
    QByteArray p;
    while (p.size() < approxBytes) {
        if (!p.isEmpty()) {
            p += ' ';
        }
        p += sentence(random);
    }
    return p;
}

QByteArray generateArticle(const Config &config, int *paragraphs)
{
    Random random(20260415);
    QByteArray out;
    out.reserve(config.articleBytes + 8192);
    out += "Reconstruction talks: a generated article for annotationbench\n\n";
    const qsizetype mean = config.articleBytes / config.paragraphs;
    *paragraphs = 0;
    while (out.size() < config.articleBytes) {
        // 0.45–1.35 of the mean: sentences overshoot the target by half a sentence on average.
        out += paragraph(random, mean * 9 / 20 + random.below(mean * 9 / 10));
        out += "\n\n";
        ++*paragraphs;
    }
    return out;
}

QByteArray generateLongLine(const Config &config)
{
    Random random(77);
    return paragraph(random, config.longLineBytes) + '\n';
}

/*! [start, end) of every word (a run of letters and digits), in UTF-16 offsets. */
QList<std::pair<qsizetype, qsizetype>> wordsOf(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            words.append({start, i});
            start = -1;
        }
    }
    return words;
}

struct GeneratedSpans {
    QList<std::pair<qsizetype, qsizetype>> ranges;
    int nested = 0;
    int enclosing = 0;
    int overlapping = 0;
    int multiParagraph = 0;
};

/*!
 * \a count spans on word boundaries: mostly one to three words, some sentence-long, a few over
 * several paragraphs; 15 % nested in the previous span, 7 % around it, 8 % overlapping its end.
 */
GeneratedSpans generateSpans(const QString &text, const QList<std::pair<qsizetype, qsizetype>> &words, int count, quint64 seed)
{
    Random random(seed);
    GeneratedSpans result;
    const qsizetype w = words.size();
    qsizetype prevA = 0;
    qsizetype prevB = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype r = random.below(100);
        qsizetype a = 0;
        qsizetype b = 0;
        if (i > 0 && r < 15 && prevB > prevA) {
            a = prevA + random.below(prevB - prevA + 1);
            b = a + random.below(prevB - a + 1);
            if (a == prevA && b == prevB) {
                b = a;
            }
            ++result.nested;
        } else if (i > 0 && r < 22) {
            a = std::max<qsizetype>(0, prevA - 1 - random.below(3));
            b = std::min<qsizetype>(w - 1, prevB + 1 + random.below(3));
            ++result.enclosing;
        } else if (i > 0 && r < 30 && prevB > prevA && prevB + 1 < w) {
            a = prevA + 1 + random.below(prevB - prevA);
            b = std::min<qsizetype>(w - 1, prevB + 1 + random.below(4));
            ++result.overlapping;
        } else {
            a = random.below(w);
            const qsizetype l = random.below(1000);
            const qsizetype length = l < 500 ? 1
                : l < 700                    ? 2
                : l < 800                    ? 3
                : l < 920                    ? 4 + random.below(5)
                : l < 992                    ? 9 + random.below(22)
                                             : 40 + random.below(260);
            b = std::min<qsizetype>(w - 1, a + length - 1);
        }
        const qsizetype start = words.at(a).first;
        const qsizetype end = words.at(b).second;
        if (QStringView(text).sliced(start, end - start).contains(u'\n')) {
            ++result.multiParagraph;
        }
        result.ranges.append({start, end});
        prevA = a;
        prevB = b;
    }
    return result;
}

/*! A consistent copy of the project at \a from, written to \a to (VACUUM INTO). */
bool copyProject(const QString &from, const QString &to)
{
    return withConnection(from, [&to](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(to);
        return query.exec();
    });
}

/*! Gives every annotation of the project at \a projectPath one of \a labelIds, spread evenly. */
bool spreadOverLabels(const QString &projectPath, const QList<qint64> &labelIds)
{
    return !labelIds.isEmpty() && withConnection(projectPath, [&labelIds](QSqlDatabase &db) {
        QSqlQuery query(db);
        bool ok = query.exec(u"BEGIN IMMEDIATE"_s) && query.exec(u"CREATE TEMP TABLE spread (k INTEGER PRIMARY KEY, label_id INTEGER NOT NULL)"_s) &&
            query.prepare(u"INSERT INTO spread (k, label_id) VALUES (?, ?)"_s);
        for (qsizetype k = 0; ok && k < labelIds.size(); ++k) {
            query.addBindValue(k);
            query.addBindValue(labelIds.at(k));
            ok = query.exec();
        }
        return ok &&
            query.exec(u"UPDATE annotations SET label_id = (SELECT label_id FROM spread WHERE k = (annotations.id * 7919) % "_s +
                QString::number(labelIds.size()) + u")"_s) &&
            query.exec(u"COMMIT"_s);
    });
}

bool insertAnnotations(const QString &projectPath,
    qint64 documentId,
    const QString &text,
    const QList<std::pair<qsizetype, qsizetype>> &ranges,
    const QList<qint64> &labelIds,
    quint64 seed)
{
    Random random(seed);
    const bool ok = insertAnchoredAnnotations(
        projectPath,
        documentId,
        text,
        ranges,
        [&](qsizetype) {
            return labelIds.at(random.below(labelIds.size()));
        },
        u"annotationbench"_s);
    if (!ok) {
        say(u"cannot insert the annotations into "_s + projectPath);
    }
    return ok;
}

// ---- Scholion's paths --------------------------------------------------------------------

/*! The spans of a document as MainWindow::showDocument() builds them. */
QList<DocumentView::Span> loadSpans(AnnotationStore *store, qint64 documentId)
{
    const QList<AnnotationSpan> annotations = store->spansOf(documentId);
    QList<DocumentView::Span> spans;
    spans.reserve(annotations.size());
    for (const AnnotationSpan &a : annotations) {
        spans.append({a.id, a.start, a.end, store->label(a.labelId).value_or(Label{}).color});
    }
    return spans;
}

/*! What MainWindow::showDocument() does for the reading view. */
void openDocument(DocumentView *view, Project &project, qint64 documentId)
{
    view->showDocument(documentId, project.documentText(documentId), loadSpans(project.annotations(), documentId));
}

/*! The store → view wiring of MainWindow::connectStore(). */
void connectLikeMainWindow(AnnotationStore *store, DocumentView *view)
{
    auto spanOf = [store](qint64 id) -> std::optional<DocumentView::Span> {
        const std::optional<Annotation> a = store->annotation(id);
        if (!a) {
            return std::nullopt;
        }
        return DocumentView::Span{a->id, a->start, a->end, store->label(a->labelId).value_or(Label{}).color};
    };
    QObject::connect(store, &AnnotationStore::annotationAdded, view, [view, spanOf](qint64 documentId, qint64 id) {
        if (documentId == view->documentId()) {
            if (const std::optional<DocumentView::Span> span = spanOf(id)) {
                view->highlighter()->addSpan(*span);
                view->refreshCurrent();
            }
        }
    });
    QObject::connect(store, &AnnotationStore::annotationRemoved, view, [view](qint64 documentId, qint64 id) {
        if (documentId == view->documentId()) {
            view->highlighter()->removeSpan(id);
            view->refreshCurrent();
        }
    });
    QObject::connect(store, &AnnotationStore::annotationChanged, view, [view, spanOf](qint64 documentId, qint64 id) {
        if (documentId == view->documentId()) {
            if (const std::optional<DocumentView::Span> span = spanOf(id)) {
                view->highlighter()->updateSpan(*span);
                view->refreshCurrent();
            }
        }
    });
}

// ---- measuring ---------------------------------------------------------------------------

/*! A top-level window of the benchmark's size that never shows on screen. */
std::unique_ptr<QWidget> makeWindow()
{
    auto window = std::make_unique<QWidget>();
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(1280, 800);
    auto *layout = new QHBoxLayout(window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    return window;
}

/*! Opens the project at \a path for measuring: its consistency check and automatic backup (run on workers) are done first. */
void openForMeasuring(Project &project, const QString &path)
{
    if (!project.open(path)) {
        dataWrong(u"cannot open the project: "_s + project.errorString());
    }
    project.waitForConsistencyCheck();
    project.waitForBackup(); // the automatic backup of an opened project runs on a worker: not while measuring
}

/*! A reading view in \a window, wired to \a store as in MainWindow; the window shown. */
DocumentView *showConnectedView(QWidget *window, AnnotationStore *store)
{
    auto *view = new DocumentView(window);
    window->layout()->addWidget(view);
    connectLikeMainWindow(store, view);
    window->show();
    settle();
    return view;
}

struct Row {
    QString target;
    QString measured;
    QString reference;
    QString ratio;
    QString verdict;
};

Row latencyRow(const QString &target, const Stats &measured, const Stats &reference, double Stats::*key, const QString &keyName, double limit)
{
    return {target,
        describe(measured, key, keyName),
        describe(reference, key, keyName),
        ratio(measured.*key, reference.*key),
        limit > 0 ? (measured.*key < limit ? u"PASS"_s : u"FAIL"_s) : u"info"_s};
}

// ---- --probe: one cold open in a fresh process, for RSS ----------------------------------

int runProbe(const QString &mode, const QString &projectPath, qint64 documentId)
{
    Project project;
    if (!project.open(projectPath)) {
        say(u"probe: cannot open the project: "_s + project.errorString());
        return ExitDataWrong;
    }
    project.waitForConsistencyCheck();
    project.waitForBackup(); // the automatic backup of an opened project runs on a worker: not while measuring
    settle();
    std::unique_ptr<QWidget> window = makeWindow();
    QPlainTextEdit *edit = nullptr;
    DocumentView *view = nullptr;
    if (mode == u"plain"_s) {
        edit = new QPlainTextEdit(window.get());
        edit->setFont(DocumentView().font());
    } else {
        view = new DocumentView(window.get());
        edit = view;
    }
    window->layout()->addWidget(edit);
    window->show();
    settle();
    Painter painter;
    painter.paint(edit->viewport()); // fonts and the paint engine are ready; the document is not
    // The plain reference gets its text before the baseline: it measures setPlainText alone.
    const QString text = view ? QString() : project.documentText(documentId);
    settle();
    trimHeap();
    const qint64 before = statusKb("VmRSS:");
    resetPeakRss();
    const auto faults = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return qint64(usage.ru_minflt);
    };
    const qint64 faultsBefore = faults();
    QList<qint64> phases; // ns: spans, text, showDocument, events + paint; plain: setPlainText, events + paint
    QElapsedTimer timer;
    timer.start();
    if (view) {
        const QList<DocumentView::Span> spans = loadSpans(project.annotations(), documentId);
        phases << timer.nsecsElapsed();
        const QString read = project.documentText(documentId);
        phases << timer.nsecsElapsed();
        view->showDocument(documentId, read, spans);
        phases << timer.nsecsElapsed();
    } else {
        edit->setPlainText(text);
        phases << timer.nsecsElapsed();
    }
    settle();
    painter.paint(edit->viewport());
    const qint64 ns = timer.nsecsElapsed();
    phases << ns;
    const qint64 pageFaults = faults() - faultsBefore;
    for (qsizetype i = phases.size() - 1; i > 0; --i) {
        phases[i] -= phases.at(i - 1);
    }
    const qint64 after = statusKb("VmRSS:");
    const qint64 peak = statusKb("VmHWM:");
    trimHeap();
    const qint64 live = statusKb("VmRSS:");
    std::printf("probe %lld %lld %lld %lld %lld %lld",
        qlonglong(ns),
        qlonglong(before),
        qlonglong(after),
        qlonglong(peak),
        qlonglong(live),
        qlonglong(pageFaults));
    for (const qint64 phase : std::as_const(phases)) {
        std::printf(" %lld", qlonglong(phase));
    }
    std::printf("\n");
    std::fflush(stdout);
    return 0;
}

struct ProbeResult {
    double ms = 0;
    double growthMb = 0;
    double peakGrowthMb = 0;
    double liveGrowthMb = 0; ///< after malloc_trim: what is still in use
    qint64 pageFaults = 0; ///< minor faults: memory touched for the first time
    QList<double> phasesMs; ///< the steps, see runProbe()
};

std::optional<ProbeResult> probe(const QString &mode, const QString &projectPath, qint64 documentId)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), {u"--probe"_s, mode, projectPath, QString::number(documentId)});
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(u"probe %1 failed: %2"_s.arg(mode, process.errorString()));
        return std::nullopt;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QList<QByteArray> fields = lines.constLast().split(' ');
    if (fields.size() < 9 || fields.at(0) != "probe") {
        return std::nullopt;
    }
    const qint64 before = fields.at(2).toLongLong();
    ProbeResult r;
    r.ms = double(fields.at(1).toLongLong()) / 1e6;
    r.growthMb = double(fields.at(3).toLongLong() - before) / 1024.0;
    r.peakGrowthMb = double(fields.at(4).toLongLong() - before) / 1024.0;
    r.liveGrowthMb = double(fields.at(5).toLongLong() - before) / 1024.0;
    r.pageFaults = fields.at(6).toLongLong();
    for (qsizetype i = 7; i < fields.size(); ++i) {
        r.phasesMs << double(fields.at(i).toLongLong()) / 1e6;
    }
    return r;
}

// ---- the benchmark -----------------------------------------------------------------------

struct Bench {
    Config config;
    QTemporaryDir dir;
    QString projectPath;
    qint64 articleId = 0;
    qint64 longId = 0;
    qint64 shortId = 0;
    QString articleText;
    QString longText;
    QList<std::pair<qsizetype, qsizetype>> articleWords;
    QList<std::pair<qsizetype, qsizetype>> longWords;
    QList<Label> labels;
    QString dataLine;
    QString manyLabelsPath; ///< a copy of the project whose annotations are spread over ManyLabels labels
    Stats fewLabelsOpen; ///< T5 with FewLabels, the reference of the ManyLabels run
    QString variant; ///< appended to the targets of the rows measured on manyLabelsPath
    QList<Row> rows;
    QStringList notes;

    void prepare();
    void measureOpen(Project &project, DocumentView *view);
    void measureColdOpen();
    void measureMainWindow(const QString &path);
    void measureManyLabels();
    void measureEdits(Project &project, DocumentView *view);
    void measureScroll(Project &project, DocumentView *view);
    void measureTyping(Project &project);
    QString markdown() const;
};

void Bench::prepare()
{
    if (!dir.isValid()) {
        dataWrong(u"no temporary folder"_s);
    }
    if (qEnvironmentVariableIsSet("SCHOLION_BENCH_KEEP")) { // for profiling the probes by hand
        dir.setAutoRemove(false);
        say(u"keeping "_s + dir.path());
    }
    const QString corpus = dir.filePath(u"corpus"_s);
    QDir().mkpath(corpus);
    int paragraphs = 0;
    const QByteArray article = generateArticle(config, &paragraphs);
    const QByteArray longLine = generateLongLine(config);
    const QByteArray shortNote = "A short note to switch to between two opens of the article.\n";
    for (const auto &[name, bytes] : {std::pair{u"article.txt"_s, article}, std::pair{u"long-line.txt"_s, longLine}, std::pair{u"short.txt"_s, shortNote}}) {
        QFile file(QDir(corpus).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            dataWrong(u"cannot write "_s + file.fileName());
        }
    }
    say(u"generated %1 bytes in %2 paragraphs and a one-line paragraph of %3 bytes; importing"_s.arg(article.size()).arg(paragraphs).arg(longLine.size()));

    projectPath = dir.filePath(u"project.sqlite"_s);
    ImportOptions options;
    options.corpusRoot = corpus;
    options.projectPath = projectPath;
    const ImportReport report = CorpusImporter(options).run();
    if (report.added != 3) {
        dataWrong(u"the import added %1 documents, not 3"_s.arg(report.added));
    }
    if (ensureLabels(projectPath, FewLabels).size() != FewLabels) {
        dataWrong(u"cannot give the project %1 labels"_s.arg(FewLabels));
    }
    {
        Project project;
        openForMeasuring(project, projectPath);
        articleId = project.documentIdForPath(u"article.txt"_s).value_or(0);
        longId = project.documentIdForPath(u"long-line.txt"_s).value_or(0);
        shortId = project.documentIdForPath(u"short.txt"_s).value_or(0);
        articleText = project.documentText(articleId);
        longText = project.documentText(longId);
        labels = project.annotations()->labels();
    }
    if (articleText.isEmpty() || longText.isEmpty() || labels.size() < 2) {
        dataWrong(u"the imported documents or the default schema are missing"_s);
    }
    if (longText.trimmed().contains(u'\n')) {
        dataWrong(u"the long paragraph is not one line"_s);
    }
    QList<qint64> labelIds;
    for (const Label &label : std::as_const(labels)) {
        labelIds << label.id;
    }

    articleWords = wordsOf(articleText);
    longWords = wordsOf(longText);
    const GeneratedSpans spans = generateSpans(articleText, articleWords, config.spans, 1);
    const GeneratedSpans longSpans = generateSpans(longText, longWords, config.longLineSpans, 2);
    QElapsedTimer timer;
    timer.start();
    if (!insertAnnotations(projectPath, articleId, articleText, spans.ranges, labelIds, 3) ||
        !insertAnnotations(projectPath, longId, longText, longSpans.ranges, labelIds, 4)) {
        dataWrong(u"cannot insert the annotations"_s);
    }
    say(u"inserted %1 + %2 annotations in %3 ms"_s.arg(spans.ranges.size()).arg(longSpans.ranges.size()).arg(timer.elapsed()));
    manyLabelsPath = dir.filePath(u"project-%1-labels.sqlite"_s.arg(ManyLabels));
    if (!copyProject(projectPath, manyLabelsPath) || !spreadOverLabels(manyLabelsPath, ensureLabels(manyLabelsPath, ManyLabels))) {
        dataWrong(u"cannot make the copy with %1 labels"_s.arg(ManyLabels));
    }

    qsizetype surrogates = 0;
    qsizetype cyrillic = 0;
    for (const QChar c : std::as_const(articleText)) {
        surrogates += c.isHighSurrogate() ? 1 : 0;
        cyrillic += c.script() == QChar::Script_Cyrillic ? 1 : 0;
    }
    dataLine = u"Data: a %1 MB article (%2 paragraphs, %3 UTF-16 units, %4 emoji, %5 Cyrillic letters) with %6 annotations on word boundaries "
               "(%7 nested in another, %8 around another, %9 overlapping another's end, %10 across paragraphs) over 20 labels (the default schema's and "
               "generated ones), and a copy of the project with them spread over 400 labels (20 groups of 20) for the rows that say so; "
               "a one-line paragraph of %11 MB with %12 annotations. Windows 1280×800, offscreen."_s.arg(QString::number(double(article.size()) / 1e6, 'f', 1))
                   .arg(paragraphs)
                   .arg(articleText.size())
                   .arg(surrogates)
                   .arg(cyrillic)
                   .arg(spans.ranges.size())
                   .arg(spans.nested)
                   .arg(spans.enclosing)
                   .arg(spans.overlapping)
                   .arg(spans.multiParagraph)
                   .arg(QString::number(double(longLine.size()) / 1e6, 'f', 1))
                   .arg(longSpans.ranges.size());
}

void Bench::measureOpen(Project &project, DocumentView *view)
{
    say(u"T5: opening the article %1 times"_s.arg(config.repetitions));
    AnnotationStore *store = project.annotations();
    Painter painter;
    QList<qint64> measured;
    // Where the time goes: the steps of openDocument() timed one by one.
    QList<qint64> phaseRows, phaseSpans, phaseText, phaseShow, phaseEvents, phasePaint;
    QElapsedTimer timer;
    for (int i = 0; i < config.repetitions; ++i) {
        view->clearDocument();
        settle();
        timer.start();
        const QList<AnnotationSpan> annotations = store->spansOf(articleId);
        const qint64 t1 = timer.nsecsElapsed();
        QList<DocumentView::Span> spans;
        spans.reserve(annotations.size());
        for (const AnnotationSpan &a : annotations) {
            spans.append({a.id, a.start, a.end, store->label(a.labelId).value_or(Label{}).color});
        }
        const qint64 t2 = timer.nsecsElapsed();
        const QString text = project.documentText(articleId);
        const qint64 t3 = timer.nsecsElapsed();
        view->showDocument(articleId, text, spans);
        const qint64 t4 = timer.nsecsElapsed();
        settle();
        const qint64 t5 = timer.nsecsElapsed();
        painter.paint(view->viewport());
        const qint64 t6 = timer.nsecsElapsed();
        measured << t6;
        phaseRows << t1;
        phaseSpans << t2 - t1;
        phaseText << t3 - t2;
        phaseShow << t4 - t3;
        phaseEvents << t5 - t4;
        phasePaint << t6 - t5;
        if (i == 0 && view->highlighter()->spans().size() != config.spans) {
            dataWrong(u"the view shows %1 spans, not %2"_s.arg(view->highlighter()->spans().size()).arg(config.spans));
        }
    }

    // Reference: a plain QPlainTextEdit of the same size and font, the text already in memory.
    std::unique_ptr<QWidget> window = makeWindow();
    auto *plain = new QPlainTextEdit(window.get());
    plain->setFont(view->font());
    window->layout()->addWidget(plain);
    window->show();
    settle();
    const QString text = project.documentText(articleId);
    QList<qint64> reference, referenceSet, referencePaint;
    for (int i = 0; i < config.repetitions; ++i) {
        plain->clear();
        settle();
        timer.start();
        plain->setPlainText(text);
        const qint64 t1 = timer.nsecsElapsed();
        settle();
        painter.paint(plain->viewport());
        reference << timer.nsecsElapsed();
        referenceSet << t1;
        referencePaint << timer.nsecsElapsed() - t1;
    }
    // The view's own cost without spans (its highlighter still runs over every block).
    QList<qint64> showWithoutSpans;
    for (int i = 0; i < std::min(config.repetitions, 20); ++i) {
        view->clearDocument();
        settle();
        timer.start();
        view->showDocument(articleId, text, {});
        showWithoutSpans << timer.nsecsElapsed();
    }
    view->clearDocument();
    // What a query of only the columns the view needs would take.
    QList<qint64> leanRows;
    {
        const QString connection = u"annotationbench-lean"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(projectPath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                for (int i = 0; i < std::min(config.repetitions, 20); ++i) {
                    timer.start();
                    QSqlQuery query(db);
                    query.setForwardOnly(true);
                    query.prepare(
                        u"SELECT id, label_id, start_utf16, end_utf16 FROM annotations WHERE document_id = ? ORDER BY start_utf16, end_utf16 DESC, id"_s);
                    query.addBindValue(articleId);
                    QList<DocumentView::Span> spans;
                    if (query.exec()) {
                        while (query.next()) {
                            spans.append({query.value(0).toLongLong(),
                                query.value(2).toLongLong(),
                                query.value(3).toLongLong(),
                                store->label(query.value(1).toLongLong()).value_or(Label{}).color});
                        }
                    }
                    leanRows << timer.nsecsElapsed();
                    if (spans.size() != config.spans) {
                        dataWrong(u"the lean query read %1 spans"_s.arg(spans.size()));
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const auto p50 = [](const QList<qint64> &values) {
        return QString::number(statsOf(values).p50, 'f', 1);
    };
    fewLabelsOpen = statsOf(measured);
    rows << latencyRow(u"T5 open the article with %1 annotations: first paint (< 150 ms)"_s.arg(config.spans),
        statsOf(measured),
        statsOf(reference),
        &Stats::p95,
        u"p95"_s,
        150);
    rows << Row{u"T5 (info) where the time goes, p50 ms"_s,
        u"AnnotationStore::spansOf() %1 · spans + label colours %2 · Project::documentText() %3 · DocumentView::showDocument() %4 "
        "(without spans: %5) · pending events %6 · paint %7; reading only id, label, start, end: %8 instead of %1"_s
            .arg(p50(phaseRows), p50(phaseSpans), p50(phaseText), p50(phaseShow), p50(showWithoutSpans), p50(phaseEvents), p50(phasePaint), p50(leanRows)),
        u"setPlainText %1 · pending events + paint %2"_s.arg(p50(referenceSet), p50(referencePaint)),
        u"—"_s,
        u"info"_s};

    // What MainWindow does besides: the annotation list loads the same rows again.
    AnnotationListModel list;
    list.setProject(&project);
    QList<qint64> listLoads;
    for (int i = 0; i < std::min(config.repetitions, 20); ++i) {
        list.setDocument(0);
        timer.start();
        list.setDocument(articleId);
        while (list.isLoading()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        listLoads << timer.nsecsElapsed();
    }
    QList<qint64> storeLoads;
    for (int i = 0; i < std::min(config.repetitions, 20); ++i) {
        timer.start();
        const QList<Annotation> rowsRead = store->annotations(articleId);
        storeLoads << timer.nsecsElapsed();
        if (rowsRead.size() != config.spans) {
            dataWrong(u"the store reads %1 annotations, not %2"_s.arg(rowsRead.size()).arg(config.spans));
        }
    }
    list.setProject(nullptr);
    const Stats listStats = statsOf(listLoads);
    const Stats storeStats = statsOf(storeLoads);
    rows << Row{u"T5 (info) MainWindow also loads the annotation list: AnnotationListModel::setDocument() until its rows are there (worker thread)"_s,
        describe(listStats, &Stats::p50, u"p50"_s),
        u"AnnotationStore::annotations() alone: "_s + describe(storeStats, &Stats::p50, u"p50"_s),
        ratio(listStats.p50, storeStats.p50),
        u"info"_s};
}

void Bench::measureMainWindow(const QString &path)
{
    const int repetitions = std::min(config.repetitions, 30);
    say(u"T5: opening the article in the main window %1 times%2"_s.arg(repetitions).arg(variant));
    Scholion::App::MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    if (!window.openPath(path)) {
        dataWrong(u"the main window cannot open the project"_s);
    }
    window.project()->waitForBackup(); // not while measuring
    auto *view = window.findChild<DocumentView *>();
    auto *list = window.findChild<AnnotationListModel *>();
    if (!view || !list) {
        dataWrong(u"the main window has no document view or annotation list"_s);
    }
    Painter painter;
    QElapsedTimer timer;
    QElapsedTimer stall;
    QList<qint64> firstPaint;
    QList<qint64> listReady;
    QList<qint64> longestStall;
    const auto waitForList = [list, &stall](qint64 *longest) {
        while (list->isLoading()) {
            stall.start();
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            *longest = std::max(*longest, stall.nsecsElapsed());
        }
    };
    for (int i = 0; i < repetitions; ++i) {
        window.showDocument(shortId);
        settle();
        qint64 ignored = 0;
        waitForList(&ignored);
        timer.start();
        window.showDocument(articleId);
        settle();
        painter.paint(view->viewport());
        firstPaint << timer.nsecsElapsed();
        qint64 longest = 0;
        waitForList(&longest);
        listReady << timer.nsecsElapsed();
        longestStall << longest;
        if (i == 0 && list->rowCount() != config.spans) {
            dataWrong(u"the annotation list shows %1 rows, not %2"_s.arg(list->rowCount()).arg(config.spans));
        }
    }
    const Stats paint = statsOf(firstPaint);
    const Stats ready = statsOf(listReady);
    const Stats stalls = statsOf(longestStall);
    rows << Row{u"T5 in the main window: MainWindow::showDocument() of the article to the painted view%1 (< 150 ms)"_s.arg(variant),
        describe(paint, &Stats::p95, u"p95"_s),
        u"the annotation list of %1 rows ready (read on a worker thread): "_s.arg(config.spans) + describe(ready, &Stats::p50, u"p50"_s) +
            u"; longest GUI stall while it arrives: "_s + describe(stalls, &Stats::max, u"max"_s),
        u"—"_s,
        paint.p95 < 150 ? u"PASS"_s : u"FAIL"_s};
}

void Bench::measureManyLabels()
{
    variant = u", annotations over %1 labels"_s.arg(ManyLabels);
    say(u"T5, T6: %1 opens%2"_s.arg(config.repetitions).arg(variant));
    {
        Project project;
        openForMeasuring(project, manyLabelsPath);
        AnnotationStore *store = project.annotations();
        const QList<Label> fewLabels = std::exchange(labels, store->labels());
        if (labels.size() != ManyLabels) {
            dataWrong(u"the copy has %1 labels, not %2"_s.arg(labels.size()).arg(ManyLabels));
        }
        std::unique_ptr<QWidget> window = makeWindow();
        DocumentView *view = showConnectedView(window.get(), store);
        // T5 as measureOpen() times it; the reference is the same open with 20 labels.
        Painter painter;
        QList<qint64> measured;
        QElapsedTimer timer;
        QSet<QRgb> colors;
        for (int i = 0; i < config.repetitions; ++i) {
            view->clearDocument();
            settle();
            timer.start();
            openDocument(view, project, articleId);
            settle();
            painter.paint(view->viewport());
            measured << timer.nsecsElapsed();
            if (i == 0) {
                for (const DocumentView::Span &span : view->highlighter()->spans()) {
                    colors.insert(span.color.rgba());
                }
            }
        }
        if (colors.size() < ManyLabels / 2) {
            dataWrong(u"the spans show %1 colours"_s.arg(colors.size()));
        }
        Row row = latencyRow(u"T5 open the article with %1 annotations: first paint%2 (< 150 ms)"_s.arg(config.spans).arg(variant),
            statsOf(measured),
            fewLabelsOpen,
            &Stats::p95,
            u"p95"_s,
            150);
        row.reference = u"with %1 labels: "_s.arg(FewLabels) + row.reference;
        rows << row;
        measureEdits(project, view);
        labels = fewLabels;
    }
    measureMainWindow(manyLabelsPath);
    variant.clear();
}

void Bench::measureColdOpen()
{
    say(u"T5: %1 cold opens in fresh processes"_s.arg(config.coldRuns * 2));
    QList<double> coldMs;
    QList<double> coldGrowth;
    QList<double> coldPeak;
    QList<double> coldLive;
    QList<double> plainMs;
    QList<double> plainGrowth;
    QList<double> plainPeak;
    QList<double> plainLive;
    QList<ProbeResult> colds;
    QList<ProbeResult> plains;
    for (int i = 0; i < config.coldRuns; ++i) {
        const std::optional<ProbeResult> cold = probe(u"scholion"_s, projectPath, articleId);
        const std::optional<ProbeResult> plain = probe(u"plain"_s, projectPath, articleId);
        if (!cold || !plain) {
            dataWrong(u"a probe process failed"_s);
        }
        coldMs << cold->ms;
        coldGrowth << cold->growthMb;
        coldPeak << cold->peakGrowthMb;
        coldLive << cold->liveGrowthMb;
        plainMs << plain->ms;
        plainGrowth << plain->growthMb;
        plainPeak << plain->peakGrowthMb;
        plainLive << plain->liveGrowthMb;
        colds << *cold;
        plains << *plain;
    }
    const QString runs = config.coldRuns == 1 ? u"1 run"_s : u"median of %1"_s.arg(config.coldRuns);
    const double ms1 = median(coldMs);
    const double ms2 = median(plainMs);
    rows << Row{u"T5 first paint in a fresh process (< 150 ms)"_s,
        u"%1 (%2)"_s.arg(ms(ms1), runs),
        u"%1 (%2)"_s.arg(ms(ms2), runs),
        ratio(ms1, ms2),
        ms1 < 150 ? u"PASS"_s : u"FAIL"_s};
    // Each step's median over the runs, and the page faults: memory touched for the first time.
    const auto steps = [](const QList<ProbeResult> &results, const QStringList &names) {
        QStringList parts;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QList<double> values;
            for (const ProbeResult &r : results) {
                values << r.phasesMs.value(i);
            }
            parts << u"%1 %2"_s.arg(names.at(i), QString::number(median(values), 'f', 1));
        }
        QList<double> faults;
        for (const ProbeResult &r : results) {
            faults << double(r.pageFaults);
        }
        return u"%1; %2 page faults (%3 MB first touched)"_s.arg(parts.join(u" · "_s))
            .arg(qint64(median(faults)))
            .arg(QString::number(median(faults) * 4096 / 1048576, 'f', 1));
    };
    rows << Row{u"T5 (info) fresh process, where the time goes, median ms"_s,
        steps(colds, {u"AnnotationStore::spansOf() + label colours"_s, u"Project::documentText()"_s, u"DocumentView::showDocument()"_s, u"events + paint"_s}),
        steps(plains, {u"setPlainText"_s, u"events + paint"_s}),
        u"—"_s,
        u"info"_s};
    const double g1 = median(coldGrowth);
    const double g2 = median(plainGrowth);
    rows << Row{u"T5 RSS growth to the first paint, fresh process (< 40 MB)"_s,
        u"+%1 MB, peak +%2 MB, still in use after malloc_trim +%3 MB (%4)"_s.arg(QString::number(g1, 'f', 1),
            QString::number(median(coldPeak), 'f', 1),
            QString::number(median(coldLive), 'f', 1),
            runs),
        u"+%1 MB, peak +%2 MB, still in use after malloc_trim +%3 MB (%4)"_s.arg(QString::number(g2, 'f', 1),
            QString::number(median(plainPeak), 'f', 1),
            QString::number(median(plainLive), 'f', 1),
            runs),
        ratio(g1, g2),
        g1 < 40 ? u"PASS"_s : u"FAIL"_s};
}

void Bench::measureEdits(Project &project, DocumentView *view)
{
    say(u"T6: %1 × create, retag and delete"_s.arg(config.repetitions));
    AnnotationStore *store = project.annotations();
    QUndoStack *stack = project.undoStack();
    openDocument(view, project, articleId);
    settle();
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    settle();
    Painter painter;
    painter.paint(view->viewport());

    // The words on screen: an analyst tags what they see.
    const int first = view->cursorForPosition(QPoint(0, 0)).position();
    const int last = view->cursorForPosition(QPoint(view->viewport()->width() - 1, view->viewport()->height() - 1)).position();
    const auto begin = std::lower_bound(articleWords.cbegin(), articleWords.cend(), std::pair<qsizetype, qsizetype>{first, 0});
    const auto end = std::lower_bound(articleWords.cbegin(), articleWords.cend(), std::pair<qsizetype, qsizetype>{last, 0});
    const qsizetype visible = end - begin;
    if (visible < 4) {
        dataWrong(u"no words on screen (%1–%2)"_s.arg(first).arg(last));
    }
    const qsizetype spanCount = view->highlighter()->spans().size();

    Random random(6);
    QElapsedTimer timer;
    QList<qint64> create, retag, remove, refCreate, refRetag, refRemove;
    for (int i = 0; i < config.repetitions; ++i) {
        const qsizetype a = random.below(visible - 3);
        const qsizetype start = (begin + a)->first;
        const qsizetype stop = (begin + a + random.below(3))->second;
        const Label &label = labels.at(random.below(labels.size()));
        const Label &other = labels.at((labels.indexOf(label) + 1) % labels.size());

        // Create, as MainWindow::applyLabel() does with a selection.
        timer.start();
        Annotation annotation;
        annotation.documentId = articleId;
        annotation.labelId = label.id;
        annotation.start = start;
        annotation.end = stop;
        annotation.quote = view->text().mid(start, stop - start);
        qint64 id = 0;
        stack->push(new AddAnnotationCommand(store, annotation, nullptr, &id));
        view->setCurrentAnnotation(id);
        settle();
        painter.paint(view->viewport());
        create << timer.nsecsElapsed();
        if (id == 0 || !view->highlighter()->span(id) || view->currentAnnotation() != id) {
            dataWrong(u"creating a span failed: "_s + store->errorString());
        }

        // Retag the current annotation (MainWindow::applyLabel() without a selection).
        timer.start();
        if (const std::optional<Annotation> current = store->annotation(view->currentAnnotation())) {
            stack->push(new SetAnnotationLabelCommand(store, *current, other.id));
        }
        settle();
        painter.paint(view->viewport());
        retag << timer.nsecsElapsed();
        if (view->highlighter()->span(id).value_or(DocumentView::Span{}).color != other.color) {
            dataWrong(u"retagging a span failed: "_s + store->errorString());
        }

        // Delete (MainWindow::removeAnnotation()).
        timer.start();
        if (const std::optional<Annotation> current = store->annotation(id)) {
            stack->push(new RemoveAnnotationCommand(store, *current));
        }
        settle();
        painter.paint(view->viewport());
        remove << timer.nsecsElapsed();
        if (view->highlighter()->span(id) || view->highlighter()->spans().size() != spanCount) {
            dataWrong(u"deleting a span failed: "_s + store->errorString());
        }

        // Reference: the same span through the highlighter alone, and the same paint.
        const DocumentView::Span span{1'000'000'000 + i, start, stop, label.color};
        timer.start();
        view->highlighter()->addSpan(span);
        settle();
        painter.paint(view->viewport());
        refCreate << timer.nsecsElapsed();
        timer.start();
        view->highlighter()->updateSpan({span.id, start, stop, other.color});
        settle();
        painter.paint(view->viewport());
        refRetag << timer.nsecsElapsed();
        timer.start();
        view->highlighter()->removeSpan(span.id);
        settle();
        painter.paint(view->viewport());
        refRemove << timer.nsecsElapsed();
    }
    const QString spans = QString::number(config.spans / 1000) + u"k"_s;
    rows << latencyRow(u"T6 create a span, %1 present%2 (< 16 ms p95)"_s.arg(spans, variant), statsOf(create), statsOf(refCreate), &Stats::p95, u"p95"_s, 16);
    rows << latencyRow(u"T6 retag a span, %1 present%2 (< 16 ms p95)"_s.arg(spans, variant), statsOf(retag), statsOf(refRetag), &Stats::p95, u"p95"_s, 16);
    rows << latencyRow(u"T6 delete a span, %1 present%2 (< 16 ms p95)"_s.arg(spans, variant), statsOf(remove), statsOf(refRemove), &Stats::p95, u"p95"_s, 16);
    stack->clear();
}

// Pages down through \a view from the top \a count times: scroll by a page, settle, paint.
QList<qint64> pageDown(DocumentView *view, int count)
{
    Painter painter;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    settle();
    painter.paint(view->viewport());
    // A few pages first, so that both runs start with warm caches.
    for (int i = 0; i < 5; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        settle();
        painter.paint(view->viewport());
    }
    QList<qint64> times;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        bar->setValue(bar->value() + bar->pageStep() > bar->maximum() ? 0 : bar->value() + bar->pageStep());
        settle();
        painter.paint(view->viewport());
        times << timer.nsecsElapsed();
    }
    return times;
}

// Paints the page \a view shows \a count times, without scrolling.
QList<qint64> paintAgain(DocumentView *view, int count)
{
    Painter painter;
    painter.paint(view->viewport());
    QList<qint64> times;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        view->viewport()->update();
        settle();
        painter.paint(view->viewport());
        times << timer.nsecsElapsed();
    }
    return times;
}

void Bench::measureScroll(Project &project, DocumentView *view)
{
    say(u"T7: paging down %1 times, with and without spans"_s.arg(config.repetitions));
    openDocument(view, project, articleId);
    settle();
    const QList<qint64> measured = pageDown(view, config.repetitions);
    const QList<qint64> painted = paintAgain(view, config.repetitions);
    view->showDocument(articleId, project.documentText(articleId), {});
    settle();
    const QList<qint64> reference = pageDown(view, config.repetitions);
    const QList<qint64> paintedReference = paintAgain(view, config.repetitions);
    rows << latencyRow(u"T7 scroll a page + paint, %1 spans (< 8 ms p99)"_s.arg(config.spans), statsOf(measured), statsOf(reference), &Stats::p99, u"p99"_s, 8);
    rows << latencyRow(u"T7 (info) paint the same page again, no scroll, %1 spans"_s.arg(config.spans),
        statsOf(painted),
        statsOf(paintedReference),
        &Stats::p99,
        u"p99"_s,
        0);
}

void Bench::measureTyping(Project &project)
{
    say(u"T7: typing %1 characters in a note beside the one-line paragraph"_s.arg(config.repetitions));
    AnnotationStore *store = project.annotations();
    std::unique_ptr<QWidget> window = makeWindow();
    auto *view = new DocumentView(window.get());
    auto *note = new QPlainTextEdit(window.get());
    note->setObjectName(u"note"_s);
    window->layout()->addWidget(view);
    window->layout()->addWidget(note);
    static_cast<QHBoxLayout *>(window->layout())->setStretch(0, 3);
    static_cast<QHBoxLayout *>(window->layout())->setStretch(1, 1);
    connectLikeMainWindow(store, view);
    window->show();
    settle();
    Painter viewPainter;
    Painter notePainter;
    QElapsedTimer timer;

    // Opening the long paragraph, with and without its spans (few runs: each is slow).
    QList<qint64> openWith, openWithout;
    for (int i = 0; i < 3; ++i) {
        view->clearDocument();
        settle();
        timer.start();
        openDocument(view, project, longId);
        settle();
        viewPainter.paint(view->viewport());
        openWith << timer.nsecsElapsed();
        view->clearDocument();
        settle();
        timer.start();
        view->showDocument(longId, project.documentText(longId), {});
        settle();
        viewPainter.paint(view->viewport());
        openWithout << timer.nsecsElapsed();
    }
    rows << latencyRow(
        u"(info) open the %1 MB one-line paragraph with %2 spans: first paint"_s.arg(double(config.longLineBytes) / 1e6).arg(config.longLineSpans),
        statsOf(openWith),
        statsOf(openWithout),
        &Stats::p50,
        u"p50"_s,
        0);

    const QString keys = u"the quick brown fox jumps over the lazy dog "_s;
    const auto type = [&](int count) {
        QList<qint64> times;
        note->clear();
        settle();
        notePainter.paint(note);
        for (int i = 0; i < count; ++i) {
            const QChar c = keys.at(i % keys.size());
            const int key = c == u' ' ? (i % 70 == 69 ? int(Qt::Key_Return) : int(Qt::Key_Space)) : int(Qt::Key_A) + (c.unicode() - u'a');
            const QString text = key == Qt::Key_Return ? u"\r"_s : QString(c);
            timer.start();
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
            QApplication::sendEvent(note, &press);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
            QApplication::sendEvent(note, &release);
            settle();
            notePainter.paint(note);
            times << timer.nsecsElapsed();
        }
        if (note->toPlainText().size() != count) {
            dataWrong(u"the note editor holds %1 characters after %2 key clicks"_s.arg(note->toPlainText().size()).arg(count));
        }
        return times;
    };

    openDocument(view, project, longId);
    settle();
    viewPainter.paint(view->viewport());
    if (view->highlighter()->spans().size() != config.longLineSpans) {
        dataWrong(u"the long paragraph shows %1 spans, not %2"_s.arg(view->highlighter()->spans().size()).arg(config.longLineSpans));
    }
    const QList<qint64> typed = type(config.repetitions);
    const QList<qint64> scrolled = pageDown(view, std::min(config.repetitions, 50));

    // Editing a span inside the long paragraph: the whole paragraph is re-highlighted and laid out.
    QList<qint64> edits, refEdits;
    {
        QUndoStack *stack = project.undoStack();
        Random random(8);
        for (int i = 0; i < config.longLineEdits; ++i) {
            const qsizetype a = random.below(longWords.size() - 3);
            const qsizetype start = longWords.at(a).first;
            const qsizetype stop = longWords.at(a + 1).second;
            Annotation annotation;
            annotation.documentId = longId;
            annotation.labelId = labels.constFirst().id;
            annotation.start = start;
            annotation.end = stop;
            annotation.quote = view->text().mid(start, stop - start);
            qint64 id = 0;
            timer.start();
            stack->push(new AddAnnotationCommand(store, annotation, nullptr, &id));
            view->setCurrentAnnotation(id);
            settle();
            viewPainter.paint(view->viewport());
            edits << timer.nsecsElapsed();
            if (id == 0) {
                dataWrong(u"creating a span in the long paragraph failed: "_s + store->errorString());
            }
            stack->undo();
            settle();
            timer.start();
            view->highlighter()->addSpan({2'000'000'000 + i, start, stop, labels.constFirst().color});
            settle();
            viewPainter.paint(view->viewport());
            refEdits << timer.nsecsElapsed();
            view->highlighter()->removeSpan(2'000'000'000 + i);
            settle();
        }
        stack->clear();
    }

    view->showDocument(longId, project.documentText(longId), {});
    settle();
    viewPainter.paint(view->viewport());
    const QList<qint64> typedReference = type(config.repetitions);
    const QList<qint64> scrolledReference = pageDown(view, std::min(config.repetitions, 50));

    rows << latencyRow(u"T7 type in a note beside the %1 MB one-line paragraph with %2 spans (< 16 ms p95)"_s.arg(double(config.longLineBytes) / 1e6)
                           .arg(config.longLineSpans),
        statsOf(typed),
        statsOf(typedReference),
        &Stats::p95,
        u"p95"_s,
        16);
    rows << latencyRow(u"(info) scroll a page + paint inside the one-line paragraph, %1 spans"_s.arg(config.longLineSpans),
        statsOf(scrolled),
        statsOf(scrolledReference),
        &Stats::p99,
        u"p99"_s,
        0);
    rows << latencyRow(u"(info) create a span inside the one-line paragraph, %1 spans (T6 path)"_s.arg(config.longLineSpans),
        statsOf(edits),
        statsOf(refEdits),
        &Stats::p95,
        u"p95"_s,
        0);
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

// The offscreen platform warns on every window shown; nothing else is dropped.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == u"This plugin does not support propagateSizeHints()"_s) {
        return;
    }
    defaultMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    defaultMessageHandler = qInstallMessageHandler(messageHandler);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();

    if (args.contains(u"--versions"_s)) {
        std::printf("Qt %s (built with %s), KF6 SyntaxHighlighting %s\n", qVersion(), QT_VERSION_STR, KSYNTAXHIGHLIGHTING_VERSION_STRING);
        return 0;
    }
    if (args.size() == 5 && args.at(1) == u"--probe"_s) {
        return runProbe(args.at(2), args.at(3), args.at(4).toLongLong());
    }

    bool quick = false;
    bool onlyOpen = false; // --only-open: T5 alone, for working on it
    bool onlyScroll = false; // --only-scroll: T7 scrolling alone
    QString outPath;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--quick"_s) {
            quick = true;
        } else if (args.at(i) == u"--only-open"_s) {
            onlyOpen = true;
        } else if (args.at(i) == u"--only-scroll"_s) {
            onlyScroll = true;
        } else if (args.at(i) == u"--out"_s && i + 1 < args.size()) {
            outPath = args.at(++i);
        } else {
            std::fprintf(stderr, "usage: annotationbench [--quick] [--only-open | --only-scroll] [--out FILE] | --versions\n");
            return ExitBadArguments;
        }
    }

    Bench bench;
    bench.config = Config::make(quick);
    QElapsedTimer total;
    total.start();
    bench.prepare();

    if (!onlyScroll) {
        Project project;
        openForMeasuring(project, bench.projectPath);
        if (const QList<qint64> wrong = project.annotations()->inconsistentAnnotations(); !wrong.isEmpty()) {
            dataWrong(u"%1 annotations do not match their text"_s.arg(wrong.size()));
        }
        std::unique_ptr<QWidget> window = makeWindow();
        DocumentView *view = showConnectedView(window.get(), project.annotations());

        bench.measureOpen(project, view);
    }
    if (!onlyScroll) {
        bench.measureMainWindow(bench.projectPath);
    }
    {
        Project project;
        openForMeasuring(project, bench.projectPath);
        std::unique_ptr<QWidget> window = makeWindow();
        DocumentView *view = showConnectedView(window.get(), project.annotations());
        if (onlyScroll) {
            bench.measureScroll(project, view);
        } else if (!onlyOpen) {
            bench.measureEdits(project, view);
            bench.measureScroll(project, view);
            view->clearDocument();
            settle();
            bench.measureTyping(project);
        }
    }
    if (!onlyScroll && !onlyOpen) {
        bench.measureManyLabels();
    }
    if (!onlyScroll) {
        bench.measureColdOpen();
    }

    bench.notes << u"Latencies: QElapsedTimer around the action and one QCoreApplication::processEvents(), in which the backing store repaints "
                   "what changed and runs at most one background highlighting slice (AnnotationHighlighter::SliceNanoseconds), then a "
                   "QWidget::render() of the widget concerned (the view's viewport; the note editor) into a QImage unless that repaint "
                   "covered all of it; percentiles by nearest rank."_s
                << u"T5: AnnotationStore::spansOf() + label colours + Project::documentText() + DocumentView::showDocument() + paint, repeated on "
                   "the same view (cleared in between, not timed); reference: QPlainTextEdit::setPlainText() of the text already in memory + paint. "
                   "Fresh-process rows: one open after the project, window and fonts are ready; RSS from VmRSS after malloc_trim, peak from VmHWM."_s
                << u"T6: the undo commands pushed on Project::undoStack() (AnnotationStore transaction), the store → highlighter wiring of "
                   "MainWindow::connectStore() (addSpan/updateSpan/removeSpan + refreshCurrent), DocumentView::setCurrentAnnotation() after a create, "
                   "and a full viewport paint; words picked on screen, mid-article. Reference: the highlighter call + the same paint, no store."_s
                << u"T7: the vertical scroll bar moved by a page step, then a full viewport paint; reference: the same with no spans. Typing: key "
                   "press + release sent to a QPlainTextEdit note editor laid out beside a DocumentView that shows the one-line paragraph; "
                   "reference: the same paragraph without spans."_s;

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
