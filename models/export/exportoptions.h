// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/roles.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scholion::Models
{

/*! The formats Scholion exports to (PRODUCT.md §5). */
enum class ExportFormat {
    Jsonl, ///< Scholion JSONL, one document per line, code points
    Doccano, ///< doccano JSONL, UTF-16
    Brat, ///< brat standoff folder, code points
    Csv, ///< CSV tables folder, code points
    ConllIob2, ///< CoNLL-2003 columns, IOB2 tags
    ConllBioes, ///< CoNLL-2003 columns, BIOES tags
    WebAnnotation, ///< W3C Web Annotation JSON-LD, code points
    Qdpx, ///< REFI-QDA project, code points
    Html, ///< self-contained HTML report
};

/*! Names and facts of the export formats, for the CLI and the dialog. */
class ExportFormats final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)

public:
    static QList<ExportFormat> all();
    /*! The command line name: jsonl, doccano, brat, csv, conll-iob2, conll-bioes, webanno, qdpx, html. */
    static QString key(ExportFormat format);
    static std::optional<ExportFormat> fromKey(const QString &key);
    /*! A translated name for the dialog. */
    static QString displayName(ExportFormat format);
    /*! True when the format writes a folder (brat, CSV), false when it writes one file. */
    static bool writesFolder(ExportFormat format);
    /*! The usual file name suffix (without dot) of single-file formats. */
    static QString suffix(ExportFormat format);
};

/*! What to export and where. Empty lists mean "all". */
struct ExportOptions {
    QString projectPath;
    ExportFormat format = ExportFormat::Jsonl;
    QString outputPath; ///< a file, or a folder for brat and CSV
    QList<qint64> documentIds; ///< only these documents
    std::optional<DocumentStatus> status; ///< only documents with this status
    QString documentGlob; ///< only documents whose path matches (SQLite GLOB: * ? [..])
    QStringList labels; ///< label paths ("Actor › Person") or names; each takes its sub-labels
    QList<qint64> labelIds; ///< exactly these labels, no more (the dialog's checked tree); wins over labels
    bool includeUnlinkedEntities = false; ///< also list registry entities no exported span mentions
    bool csvBom = false; ///< start CSV files with a UTF-8 BOM (for spreadsheets)
};

/*! How an export went. */
struct ExportResult {
    enum class Outcome {
        Completed,
        Cancelled,
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    QString error; ///< names the document and span, or the file, when it failed
    QString outputPath; ///< what was written (only when completed)
    int documents = 0;
    int spans = 0;
    int relations = 0;
    int droppedSpans = 0; ///< CoNLL: overlapping spans left out (outermost wins)
    QStringList warnings;
};

/*! Progress of a running export. */
struct ExportProgress {
    int documentsDone = 0;
    int documentsTotal = 0;
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::ExportFormat)
Q_DECLARE_METATYPE(Scholion::Models::ExportResult)
Q_DECLARE_METATYPE(Scholion::Models::ExportProgress)
