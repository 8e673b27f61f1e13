// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bad-input catalogue: one row per case of PRODUCT.md §2 and §7 and of the corpus import's
// list of bad files, each run through the user-facing surface, the real `scholion` executable,
// and each asserting the exact outcome: the exit code, the whole import report or error message
// (with the file and line), and what was or was not written. Many of these cases are tested in
// more depth elsewhere (textdecoder_test, corpusimporter_test, setimport_test, exporters_test,
// cli_test); this is the one place that lists them all.

#include "../app/clirun.h"
#include "../models/testcorpus.h"

#include <models/annotationstore.h>
#include <models/corpusimporter.h>
#include <models/project.h>
#include <models/projectdatabase.h>

#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;
using namespace Scholion::Tests;

namespace
{

// The folder of one row, its canonical path; "{dir}" in arguments and expectations stands for it.
struct Row {
    QString name;
    // Writes the row's input into the folder; returns an error, or "skip: why" to skip the row.
    std::function<QString(const QString &dir)> setup;
    QStringList arguments;
    int exitCode = 0;
    QString out; ///< the whole standard output, without the report's "Started …" line
    QString err; ///< the whole standard error
    // More checks after the run (what was written, the canonical text…); returns what is wrong.
    std::function<QString(const QString &dir, const QProcessEnvironment &environment)> check;
};

QString expand(QString text, const QString &dir)
{
    return text.replace(u"{dir}"_s, dir);
}

// The files below \a root, relative and sorted, hidden ones included.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

// The report of a corpus import of {dir}/corpus that found \a files supported files.
QString corpusReport(int files, int added, int skipped, const QString &issues)
{
    return u"Import of {dir}/corpus completed.\nProject: {dir}/corpus/.scholion/project.sqlite\n"_s +
        u"%1 supported file%2 found: %3 added, 0 updated, 0 unchanged, %4 skipped, 0 missing.\n"_s.arg(files)
            .arg(files == 1 ? u""_s : u"s"_s)
            .arg(added)
            .arg(skipped) +
        (issues.isEmpty() ? QString() : u"\n"_s + issues);
}

QStringList importCorpus()
{
    return {u"import"_s, u"{dir}/corpus"_s, u"--quiet"_s};
}

// A check that the canonical text of \a document is exactly \a text (`scholion dump`).
std::function<QString(const QString &, const QProcessEnvironment &)> dumpIs(const QString &document, const QString &text)
{
    return [document, text](const QString &dir, const QProcessEnvironment &environment) -> QString {
        const CliRun dump = runScholion({u"dump"_s, dir + u"/corpus"_s, u"--document"_s, document}, environment);
        if (dump.exitCode != 0) {
            return u"dump failed: "_s + dump.err;
        }
        if (dump.out != text) {
            return u"the canonical text is “%1”, expected “%2”"_s.arg(dump.out, text);
        }
        return {};
    };
}

// A check that nothing was written: no project, no imported documents, the set's files as they were.
std::function<QString(const QString &, const QProcessEnvironment &)> nothingWritten(const QStringList &files)
{
    return [files](const QString &dir, const QProcessEnvironment &) -> QString {
        const QStringList now = filesUnder(dir);
        if (now != files) {
            return u"files after the run: %1; expected only %2"_s.arg(now.join(u", "_s), files.join(u", "_s));
        }
        return {};
    };
}

// CRC-32 of zip (polynomial 0xEDB88320), bit by bit: the archives here are tiny.
quint32 zipCrc(const QByteArray &data)
{
    quint32 crc = ~0u;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
    }
    return ~crc;
}

// A zip with stored entries, names exactly as given (KZip would clean up a "../" name).
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray local;
    QByteArray directory;
    const auto put16 = [](QByteArray &to, quint16 value) {
        to.append(char(value & 0xFF)).append(char(value >> 8));
    };
    const auto put32 = [&put16](QByteArray &to, quint32 value) {
        put16(to, quint16(value & 0xFFFF));
        put16(to, quint16(value >> 16));
    };
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(local.size());
        const quint32 crc = zipCrc(data);
        // local header: signature, version, flags, method (stored), time, date, crc, sizes, name length, extra length
        put32(local, 0x04034b50);
        for (const quint16 v : {quint16(20), quint16(0), quint16(0), quint16(0), quint16(0x21)}) {
            put16(local, v);
        }
        put32(local, crc);
        put32(local, quint32(data.size()));
        put32(local, quint32(data.size()));
        put16(local, quint16(name.size()));
        put16(local, 0);
        local += name + data;
        // central directory record
        put32(directory, 0x02014b50);
        for (const quint16 v : {quint16(20), quint16(20), quint16(0), quint16(0), quint16(0), quint16(0x21)}) {
            put16(directory, v);
        }
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint16(name.size()));
        for (int i = 0; i < 4; ++i) {
            put16(directory, 0); // extra, comment, disk, internal attributes
        }
        put32(directory, 0100644u << 16); // a regular file
        put32(directory, offset);
        directory += name;
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(entries.size()));
    put16(end, quint16(entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(local.size()));
    put16(end, 0);
    return local + directory + end;
}

// A minimal REFI-QDA project: one text source "S1.txt" and one coded selection of its first word.
QByteArray qde(const QByteArray &sourcePath = "internal://S1.txt")
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Catalogue\" origin=\"test\">\n"
           "<Users><User guid=\"00000000-0000-0000-0000-000000000001\" name=\"tester\"/></Users>\n"
           "<CodeBook><Codes><Code guid=\"00000000-0000-0000-0000-000000000002\" name=\"Person\" isCodable=\"true\"/></Codes></CodeBook>\n"
           "<Sources><TextSource guid=\"00000000-0000-0000-0000-000000000003\" name=\"S1\" plainTextPath=\"" +
        sourcePath +
        "\">\n"
        "<PlainTextSelection guid=\"00000000-0000-0000-0000-000000000004\" name=\"Minister\" startPosition=\"0\" endPosition=\"8\">\n"
        "<Coding guid=\"00000000-0000-0000-0000-000000000005\"><CodeRef targetGUID=\"00000000-0000-0000-0000-000000000002\"/></Coding>\n"
        "</PlainTextSelection></TextSource></Sources>\n</Project>\n";
}

const QByteArray kSourceText = "Minister Kovalenko spoke.\n";

// Imports {dir}/corpus in this process, so that a row can start from a project.
QString importHere(const QString &dir)
{
    ImportOptions options;
    options.corpusRoot = dir + u"/corpus"_s;
    options.projectPath = dir + u"/corpus/.scholion/project.sqlite"_s;
    CorpusImporter importer(options);
    const ImportReport report = importer.run();
    return report.outcome == ImportReport::Outcome::Completed ? QString() : u"cannot import: "_s + report.error;
}

// Splits RFC 4180 CSV into its cells.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

// A local TCP port that accepts connections in the kernel's backlog while the test waits: an
// HTML import that fetched "http://127.0.0.1:PORT/…" would leave a connection there.
class Listener
{
public:
    Listener()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 || ::listen(m_socket, 8) != 0 ||
            ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            return;
        }
        m_port = ntohs(address.sin_port);
    }
    ~Listener()
    {
        if (m_socket >= 0) {
            ::close(m_socket);
        }
    }
    Q_DISABLE_COPY_MOVE(Listener)

    int port() const { return m_port; }
    bool wasContacted() const
    {
        const int connection = ::accept(m_socket, nullptr, nullptr);
        if (connection >= 0) {
            ::close(connection);
            return true;
        }
        return false;
    }

private:
    int m_socket = -1;
    int m_port = 0;
};

Listener &listener()
{
    static Listener instance;
    return instance;
}

QList<Row> allRows()
{
    QList<Row> rows;
    const QString binaryDetail = u"The file contains NUL bytes: it looks like a binary file, not text."_s;

    // --- Corpus import: files that are skipped, each with its reason in the report (exit code 0).
    rows << Row{u"binary file (NUL bytes)"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"corpus/data.txt"_s, QByteArray("PK\x03\x04\0\0\0\x14\0\x08\0\0binary", 18) + QByteArray(200, '\0')) ? QString()
                                                                                                                                        : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Binary file\tdata.txt\t"_s + binaryDetail + u'\n'),
        {},
        {}};
    rows << Row{u"mostly control characters"_s,
        [](const QString &dir) -> QString {
            QByteArray bytes = "header ";
            for (int i = 0; i < 400; ++i) {
                bytes += char(1 + i % 8);
                bytes += (i % 3 == 0) ? "x" : "";
            }
            return writeFile(dir, u"corpus/control.txt"_s, bytes) ? QString() : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Binary file\tcontrol.txt\tMore than a tenth of the file are control characters: it looks like a binary file, not text.\n"_s),
        {},
        {}};
    rows << Row{u"empty file"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"corpus/empty.txt"_s, {}) ? QString() : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Empty file\tempty.txt\tThe file is empty.\n"_s),
        {},
        {}};
    rows << Row{u"only white space"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"corpus/blank.md"_s, " \n\t\r\n  \n") ? QString() : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Empty file\tblank.md\tThe file contains no text, only white space.\n"_s),
        {},
        {}};
    rows << Row{u"file over 64 MB"_s,
        [](const QString &dir) -> QString {
            // Sparse: the size is what counts, and it is checked before a byte is read.
            QFile file(dir + u"/corpus/huge.txt"_s);
            if (!QDir().mkpath(dir + u"/corpus"_s) || !file.open(QIODevice::WriteOnly) || !file.resize(65LL * 1024 * 1024)) {
                return u"cannot make a sparse file: "_s + file.errorString();
            }
            return QString();
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Too large\thuge.txt\tThe file is 65.0 MB; files over 64 MB are not imported.\n"_s),
        {},
        {}};
    rows << Row{u"unreadable file (mode 000)"_s,
        [](const QString &dir) -> QString {
            if (::geteuid() == 0) {
                return u"skip: root reads a file of mode 000 anyway"_s;
            }
            if (!writeFile(dir, u"corpus/locked.txt"_s, "secret\n") || !QFile::setPermissions(dir + u"/corpus/locked.txt"_s, {})) {
                return u"write"_s;
            }
            return QString();
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Unreadable\tlocked.txt\tThe file cannot be opened: Permission denied\n"_s),
        {},
        [](const QString &dir, const QProcessEnvironment &) -> QString {
            QFile::setPermissions(dir + u"/corpus/locked.txt"_s, QFile::ReadOwner | QFile::WriteOwner); // so that the folder can be removed
            return QString();
        }};
    rows << Row{u"dangling symbolic link"_s,
        [](const QString &dir) -> QString {
            return QDir().mkpath(dir + u"/corpus"_s) && QFile::link(dir + u"/nowhere.txt"_s, dir + u"/corpus/gone.txt"_s) ? QString() : u"link"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Unreadable\tgone.txt\tThe link points to a file that does not exist.\n"_s),
        {},
        {}};
    rows << Row{u"a BOM that lies"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir,
                       u"corpus/liar.txt"_s,
                       "\xEF\xBB\xBF"
                       "caf\xE9 \xFF\xFE broken\n")
                ? QString()
                : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 0, 1, u"Broken encoding\tliar.txt\tThe file starts with a UTF-8 byte order mark but is not valid UTF-8.\n"_s),
        {},
        {}};

    // --- Corpus import: files that are read, and how (PRODUCT.md §2, canonical text).
    rows << Row{u"broken UTF-8: legacy fallback, recorded as guessed"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"corpus/legacy.txt"_s, "Caf\xE9 \x93quoted\x94 \x80 5\n") ? QString() : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 1, 0, u"Encoding guessed\tlegacy.txt\tNot valid UTF-8; read as windows-1252 (a guess). Check its special characters.\n"_s),
        {},
        dumpIs(u"legacy.txt"_s, u"Café “quoted” € 5\n"_s)};
    rows << Row{u"UTF-16 without BOM"_s,
        [](const QString &dir) -> QString {
            QStringEncoder encoder(QStringEncoder::Utf16LE);
            const QByteArray bytes = encoder(u"Talks in Київ ended 🤝.\nSecond line.\n"_s);
            return writeFile(dir, u"corpus/utf16.txt"_s, bytes) ? QString() : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 1, 0, u"Encoding guessed\tutf16.txt\tNot valid UTF-8; read as UTF-16LE (a guess). Check its special characters.\n"_s),
        {},
        dumpIs(u"utf16.txt"_s, u"Talks in Київ ended 🤝.\nSecond line.\n"_s)};
    rows << Row{u"CRLF and CR line endings normalised"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"corpus/endings.txt"_s, "\xEF\xBB\xBFone\r\ntwo\rthree\r\n\r\nfour") ? QString() : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 1, 0, {}),
        {},
        dumpIs(u"endings.txt"_s, u"one\ntwo\nthree\n\nfour"_s)};
    rows << Row{u"HTML never loads remote or local resources"_s,
        [](const QString &dir) -> QString {
            // A FIFO blocks whoever opens it for reading: an import that tried would hang.
            if (::mkfifo(QFile::encodeName(dir + u"/trap.png"_s).constData(), 0600) != 0 || listener().port() == 0) {
                return u"cannot set the traps"_s;
            }
            const QByteArray remote = "http://127.0.0.1:" + QByteArray::number(listener().port());
            const QByteArray local = "file://" + QFile::encodeName(dir) + "/trap.png";
            return writeFile(dir,
                       u"corpus/page.html"_s,
                       "<!DOCTYPE html><html><head><title>Page</title><link rel=\"stylesheet\" href=\"" + remote +
                           "/style.css\">"
                           "<script src=\"" +
                           remote + "/app.js\"></script><style>@import url(" + local +
                           ");</style></head>"
                           "<body><p>Visible text.</p><img src=\"" +
                           local + "\" alt=\"\"><img src=\"" + remote +
                           "/pixel.png\">"
                           "<iframe src=\"" +
                           local + "\"></iframe><object data=\"" + remote +
                           "/x.svg\"></object>"
                           "<p style=\"background:url(" +
                           remote + "/bg.png)\">More text.</p></body></html>\n")
                ? QString()
                : u"write"_s;
        },
        importCorpus(),
        0,
        corpusReport(1, 1, 0, {}),
        {},
        [](const QString &dir, const QProcessEnvironment &environment) -> QString {
            if (listener().wasContacted()) {
                return u"the import connected to the HTML's remote resource"_s;
            }
            return dumpIs(u"page.html"_s, u"Visible text.\n\nMore text."_s)(dir, environment);
        }};

    // --- Annotated sets: a malformed file fails whole, with file:line, and writes nothing (exit code 1).
    const QStringList bratFiles{u"set/a.ann"_s, u"set/a.txt"_s};
    rows << Row{u"brat: malformed line 2 of a .ann"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"set/a.txt"_s, kSourceText) && writeFile(dir, u"set/a.ann"_s, "T1\tPerson 9 18\tKovalenko\nT2 Person 0 8 Minister\n")
                ? QString()
                : u"write"_s;
        },
        {u"import"_s, u"{dir}/set"_s, u"--format"_s, u"brat"_s},
        1,
        {},
        u"scholion: {dir}/set/a.ann:2: a text-bound annotation needs an id, a type with offsets and the text, separated by tabs.\n"_s,
        nothingWritten(bratFiles)};
    rows << Row{u"brat: offsets out of range"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"set/a.txt"_s, kSourceText) && writeFile(dir, u"set/a.ann"_s, "T1\tPerson 0 8\tMinister\nT2\tPerson 9 90\tKovalenko\n")
                ? QString()
                : u"write"_s;
        },
        {u"import"_s, u"{dir}/set"_s, u"--format"_s, u"brat"_s},
        1,
        {},
        u"scholion: {dir}/set/a.ann:2: the span 9–90 ends after the text (26 characters).\n"_s,
        nothingWritten(bratFiles)};
    rows << Row{u"JSONL: malformed line 3"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir,
                       u"set.jsonl"_s,
                       "{\"text\": \"Minister Kovalenko spoke.\", \"label\": [[9, 18, \"Person\"]]}\n"
                       "{\"text\": \"EU envoy left.\", \"label\": [[0, 2, \"Organisation\"]]}\n"
                       "{\"text\": \"Talks \", \"label\": [[0, 5, \"Event\"]\n"
                       "{\"text\": \"Fine again.\", \"label\": []}\n")
                ? QString()
                : u"write"_s;
        },
        {u"import"_s, u"{dir}/set.jsonl"_s, u"--format"_s, u"doccano"_s},
        1,
        {},
        u"scholion: {dir}/set.jsonl:3: the JSON object is not closed.\n"_s,
        nothingWritten({u"set.jsonl"_s})};
    rows << Row{u"JSONL: offsets out of range"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir,
                       u"set.jsonl"_s,
                       "{\"text\": \"Minister Kovalenko spoke.\", \"label\": [[9, 18, \"Person\"]]}\n"
                       "{\"text\": \"EU envoy left.\", \"label\": [[0, 40, \"Organisation\"]]}\n")
                ? QString()
                : u"write"_s;
        },
        {u"import"_s, u"{dir}/set.jsonl"_s, u"--format"_s, u"doccano"_s},
        1,
        {},
        u"scholion: {dir}/set.jsonl:2: the span 0–40 ends after the text (14 UTF-16 units).\n"_s,
        nothingWritten({u"set.jsonl"_s})};
    rows << Row{u"CoNLL: malformed line 4"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"set.conll"_s, "-DOCSTART- O\n\nMinister O\nKovalenko\nspoke O\n. O\n") ? QString() : u"write"_s;
        },
        {u"import"_s, u"{dir}/set.conll"_s, u"--format"_s, u"conll"_s},
        1,
        {},
        u"scholion: {dir}/set.conll:4: a token line needs the token and its tag.\n"_s,
        nothingWritten({u"set.conll"_s})};

    // --- Unsafe archives and XML (PRODUCT.md §7): refused before anything is unpacked or expanded.
    rows << Row{u"qdpx: zip path traversal (../../x)"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir, u"set.qdpx"_s, storedZip({{"project.qde", qde()}, {"sources/S1.txt", kSourceText}, {"../../x", "owned"}})) ? QString()
                                                                                                                                             : u"write"_s;
        },
        {u"import"_s, u"{dir}/set.qdpx"_s, u"--format"_s, u"qdpx"_s},
        1,
        {},
        u"scholion: {dir}/set.qdpx: contains “../../x”, a path outside the archive; refused.\n"_s,
        [](const QString &dir, const QProcessEnvironment &environment) -> QString {
            if (QFileInfo::exists(dir + u"/../../x"_s) || QFileInfo::exists(dir + u"/../x"_s)) {
                return u"the archive wrote outside its folder"_s;
            }
            return nothingWritten({u"set.qdpx"_s})(dir, environment);
        }};
    rows << Row{u"qdpx: zip bomb"_s,
        [](const QString &dir) -> QString {
            // 64 MB of zeros deflate to about 64 KB: a ratio no real project has.
            KZip zip(dir + u"/set.qdpx"_s);
            if (!zip.open(QIODevice::WriteOnly) || !zip.writeFile(u"project.qde"_s, qde()) ||
                !zip.writeFile(u"sources/S1.txt"_s, QByteArray(kSourceText + QByteArray(64 * 1024 * 1024, '\0'))) || !zip.close()) {
                return u"cannot write the archive: "_s + zip.errorString();
            }
            return QString();
        },
        {u"import"_s, u"{dir}/set.qdpx"_s, u"--format"_s, u"qdpx"_s},
        1,
        {},
        u"scholion: {dir}/set.qdpx: “sources/S1.txt” would unpack 1028 times its packed size, which only a zip bomb does; refused.\n"_s,
        nothingWritten({u"set.qdpx"_s})};
    rows << Row{u"XML entity expansion (billion laughs)"_s,
        [](const QString &dir) -> QString {
            QByteArray entities = "<!ENTITY l0 \"lol\">\n";
            for (int i = 1; i < 10; ++i) {
                entities += "<!ENTITY l" + QByteArray::number(i) + " \"" + QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "\">\n";
            }
            return writeFile(dir,
                       u"set.qde"_s,
                       "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n" + entities + "]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&l9;\"/>\n")
                ? QString()
                : u"write"_s;
        },
        {u"import"_s, u"{dir}/set.qde"_s, u"--format"_s, u"qdpx"_s},
        1,
        {},
        u"scholion: {dir}/set.qde:2: the XML declares a document type (DTD); entity declarations are refused, never expanded.\n"_s,
        nothingWritten({u"set.qde"_s})};
    rows << Row{u"XML external entity (XXE)"_s,
        [](const QString &dir) -> QString {
            return writeFile(dir,
                       u"set.qde"_s,
                       "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                       "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>\n")
                ? QString()
                : u"write"_s;
        },
        {u"import"_s, u"{dir}/set.qde"_s, u"--format"_s, u"qdpx"_s},
        1,
        {},
        u"scholion: {dir}/set.qde:2: the XML declares a document type (DTD); entity declarations are refused, never expanded.\n"_s,
        nothingWritten({u"set.qde"_s})};

    // --- CSV export: cells a spreadsheet would run as formulas are neutralised.
    rows << Row{u"CSV export formula injection"_s,
        [](const QString &dir) -> QString {
            const QString text = u"Cells: =SUM(A1:A9) then +CMD|' /C calc'!A0 then -2+3 then @HYPERLINK(\"http://x\") then -42 end.\n"_s;
            if (!writeFile(dir, u"corpus/cells.txt"_s, text.toUtf8())) {
                return u"write"_s;
            }
            if (const QString error = importHere(dir); !error.isEmpty()) {
                return error;
            }
            Project project;
            if (!project.open(dir + u"/corpus/.scholion/project.sqlite"_s)) {
                return project.errorString();
            }
            AnnotationStore *store = project.annotations();
            const std::optional<Label> quote = store->labelByPath(u"Quote"_s);
            if (!quote) {
                return u"no Quote label"_s;
            }
            const qint64 document = project.documentRows().value(0).id;
            for (const QString &cell : {u"=SUM(A1:A9)"_s, u"+CMD|' /C calc'!A0"_s, u"-2+3"_s, u"@HYPERLINK(\"http://x\")"_s, u"-42"_s}) {
                Annotation a;
                a.documentId = document;
                a.labelId = quote->id;
                a.start = text.indexOf(cell);
                a.end = a.start + cell.size();
                a.quote = cell;
                if (!store->performAdd(a)) {
                    return store->errorString();
                }
            }
            return QString();
        },
        {u"export"_s, u"{dir}/corpus"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"{dir}/csv"_s, u"--quiet"_s},
        0,
        u"Exported 1 documents, 5 annotations and 0 relations to {dir}/csv.\n"_s,
        {},
        [](const QString &dir, const QProcessEnvironment &) -> QString {
            QFile file(dir + u"/csv/annotations.csv"_s);
            if (!file.open(QIODevice::ReadOnly)) {
                return u"no annotations.csv"_s;
            }
            const QList<QStringList> table = parseCsv(QString::fromUtf8(file.readAll()));
            const qsizetype column = table.value(0).indexOf(u"text"_s);
            if (column < 0) {
                return u"annotations.csv has no text column: "_s + table.value(0).join(u',');
            }
            QStringList texts;
            for (qsizetype i = 1; i < table.size(); ++i) {
                texts << table.at(i).value(column);
            }
            texts.sort();
            const QStringList expected{u"'+CMD|' /C calc'!A0"_s, u"'-2+3"_s, u"'=SUM(A1:A9)"_s, u"'@HYPERLINK(\"http://x\")"_s, u"-42"_s};
            if (texts != expected) {
                return u"the span texts are %1, expected %2"_s.arg(texts.join(u" | "_s), expected.join(u" | "_s));
            }
            // No cell of any table starts a formula.
            for (const QString &name : QDir(dir + u"/csv"_s).entryList({u"*.csv"_s}, QDir::Files)) {
                QFile csv(dir + u"/csv/"_s + name);
                if (!csv.open(QIODevice::ReadOnly)) {
                    return u"cannot read "_s + name;
                }
                static const QRegularExpression number(u"^[+-]?[0-9]+([.,][0-9]+)?$"_s);
                for (const QStringList &cells : parseCsv(QString::fromUtf8(csv.readAll()))) {
                    for (const QString &cell : cells) {
                        if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()) && !number.match(cell).hasMatch()) {
                            return u"%1 has a formula cell: %2"_s.arg(name, cell);
                        }
                    }
                }
            }
            return QString();
        }};

    // --- Projects Scholion cannot use: a clear message, exit code 1, nothing changed.
    rows << Row{u"corrupt project file"_s,
        [](const QString &dir) -> QString {
            if (!writeFile(dir, u"corpus/a.txt"_s, generatedArticle(1, 20000))) {
                return u"write"_s;
            }
            if (const QString error = importHere(dir); !error.isEmpty()) {
                return error;
            }
            // Random bytes over every page but the first (the header stays, so SQLite opens it).
            QFile file(dir + u"/corpus/.scholion/project.sqlite"_s);
            if (!file.open(QIODevice::ReadWrite) || file.size() < 8192) {
                return u"no project to damage"_s;
            }
            quint32 state = 12345;
            QByteArray noise(file.size() - 4096, '\0');
            for (char &byte : noise) {
                state = state * 1103515245u + 12345u;
                byte = char(state >> 16);
            }
            file.seek(4096);
            file.write(noise);
            return QString();
        },
        {u"info"_s, u"{dir}/corpus"_s},
        1,
        {},
        u"scholion: The project “{dir}/corpus/.scholion/project.sqlite” is damaged and cannot be opened (database disk image is malformed).\n"_s,
        {}};
    rows << Row{u"project from a future version"_s,
        [](const QString &dir) -> QString {
            if (!writeFile(dir, u"corpus/a.txt"_s, generatedArticle(2, 2000))) {
                return u"write"_s;
            }
            if (const QString error = importHere(dir); !error.isEmpty()) {
                return error;
            }
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
                db.setDatabaseName(dir + u"/corpus/.scholion/project.sqlite"_s);
                if (!db.open() || !QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s)) {
                    return u"cannot set the schema version"_s;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(u"future"_s);
            return QString();
        },
        {u"info"_s, u"{dir}/corpus"_s},
        1,
        {},
        u"scholion: The project “{dir}/corpus/.scholion/project.sqlite” was saved by a newer version of Scholion (schema 99; this version understands "
        u"up to %1). Please update Scholion to open it.\n"_s.arg(ProjectDatabase::latestSchemaVersion()),
        [](const QString &dir, const QProcessEnvironment &) -> QString {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future-check"_s);
            db.setDatabaseName(dir + u"/corpus/.scholion/project.sqlite"_s);
            QString problem = u"the future project was changed"_s;
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"PRAGMA user_version"_s) && query.next() && query.value(0).toInt() == 99) {
                    problem.clear();
                }
            }
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(u"future-check"_s);
            return problem;
        }};
    return rows;
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(SCHOLION_BINARY)).isExecutable(), SCHOLION_BINARY);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"HOME"_s, m_home.path());
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        m_environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        m_environment.insert(u"SCHOLION_LANG"_s, u"en"_s);
        m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    }

    void catalogue_data()
    {
        QTest::addColumn<int>("index");
        const QList<Row> rows = allRows();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QTest::newRow(qPrintable(rows.at(i).name)) << int(i);
        }
    }

    void catalogue()
    {
        QFETCH(int, index);
        const Row row = allRows().at(index);
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString dir = QFileInfo(temporary.path()).canonicalFilePath();
        const QString setupError = row.setup(dir);
        if (setupError.startsWith(u"skip: "_s)) {
            QSKIP(qPrintable(setupError.mid(6)));
        }
        QVERIFY2(setupError.isEmpty(), qPrintable(setupError));

        QStringList arguments;
        for (const QString &argument : row.arguments) {
            arguments << expand(argument, dir);
        }
        const CliRun run = runScholion(arguments, m_environment, dir, 60000);
        // The report's timing line is the one thing that varies.
        static const QRegularExpression started(u"^Started [^\n]*\n"_s, QRegularExpression::MultilineOption);
        QString out = run.out;
        out.remove(started);
        const QString check = row.check ? row.check(dir, m_environment) : QString();
        QCOMPARE(run.err, expand(row.err, dir));
        QCOMPARE(out, expand(row.out, dir));
        QCOMPARE(run.exitCode, row.exitCode);
        QVERIFY2(check.isEmpty(), qPrintable(check));
    }
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "badinput_test.moc"
