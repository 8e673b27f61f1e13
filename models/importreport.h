// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Scholion::Models
{

/*! One file that the import skipped, lost or wants the analyst to know about. */
struct ImportIssue {
    enum class Kind {
        Empty, ///< skipped: no text
        Binary, ///< skipped: NUL bytes or control characters
        InvalidEncoding, ///< skipped: a BOM promised an encoding the bytes break
        TooLarge, ///< skipped: over the size limit
        Unreadable, ///< skipped: could not be opened or read
        Missing, ///< imported before, gone now; its annotations are kept
        EncodingGuessed, ///< imported, but its legacy encoding is a guess
        NeedsReview, ///< re-imported; some annotations could not be re-anchored with certainty
    };
    Kind kind = Kind::Unreadable;
    QString path; ///< relative to the corpus root
    QString detail; ///< one translated sentence

    bool isSkip() const { return kind <= Kind::Unreadable; }
    static QString kindName(Kind kind); ///< stable identifier, e.g. "binary"
    static QString kindLabel(Kind kind); ///< translated, e.g. "Binary file"
    static Kind kindFromName(QStringView name);
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

/*! What one import of a corpus folder did. Stored in the project as JSON and shown to the analyst. */
struct ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Outcome {
        Running,
        Completed,
        Cancelled,
        Failed,
    };

    QString corpusRoot;
    QString projectPath;
    QDateTime started;
    QDateTime finished;
    Outcome outcome = Outcome::Running;
    QString error; ///< why the import failed, when it did

    int filesFound = 0; ///< supported files under the root
    int added = 0;
    int updated = 0; ///< changed content, re-imported
    int unchanged = 0;
    int skipped = 0;
    int missing = 0;
    int otherFilesIgnored = 0; ///< files of types Scholion does not import
    qint64 bytesRead = 0;
    int annotationsMoved = 0; ///< re-anchored by quote after a change
    int annotationsNeedingReview = 0;
    QList<ImportIssue> issues;

    static QString outcomeName(Outcome outcome);
    QJsonObject toJson() const;
    static ImportReport fromJson(const QJsonObject &json);
    /*! A one-line summary such as "12 added, 3 updated, 40 unchanged, 2 skipped, 1 missing". */
    QString summary() const;
    /*! The whole report as plain text: header, counts and every issue with its reason. */
    QString toText() const;
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::ImportReport)
