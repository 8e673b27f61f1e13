// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedset.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace Scholion::Models
{

/*! What an annotated-set import is asked to do. */
struct SetImportOptions {
    QString path; ///< the set: a brat folder, or a .jsonl, .qdpx/.qde or CoNLL file
    SetFormat format = SetFormat::Brat;
    /*!
     * The project to import into. Empty: a brat folder becomes a corpus of its own (its .txt
     * files are the documents); any other set gets a new corpus folder next to it, named after
     * it, and that folder's project.
     */
    QString projectPath;
    QString author; ///< for spans the set does not attribute; empty: the OS user name
    bool doccanoCodePoints = false; ///< doccano offsets in code points instead of UTF-16 units
};

/*! What an annotated-set import did, or why it imported nothing. */
struct SetImportReport {
    Q_DECLARE_TR_FUNCTIONS(SetImportReport)

public:
    bool ok = false;
    QString error; ///< names the file, and the line where there is one
    QString projectPath;
    QString corpusRoot;
    QString setName;
    int documentsNew = 0; ///< written to the corpus folder (or taken from it) and added
    int documentsMatched = 0; ///< already in the project, by identical text or by name
    int spans = 0;
    int relations = 0;
    int attributes = 0;
    int notes = 0;
    int entitiesCreated = 0;
    int labelsCreated = 0;
    int relationTypesCreated = 0;
    QList<SkippedItem> skipped;

    /*! The counts and the skipped items, one per line, as the CLI prints them. */
    QString toText() const;
};

/*!
 * Imports an annotated set into a project.
 *
 * run() first reads and validates the whole set (SetReader); nothing is written when that
 * fails. Then, in ONE transaction on a connection of its own: every set document is matched to
 * a project document with identical canonical text (then by name, when the texts differ only
 * in trailing white space); an unmatched one is written as UTF-8 to
 * <corpus>/imported/<set name>/<name>.txt and added as the corpus import would add it; then
 * labels (unknown ones under an "Imported" parent), entities, spans (UTF-16 offsets, each
 * checked against the document text), attributes, relations and notes. On any failure the
 * transaction rolls back and the files written are removed. Spans the project already has
 * (same document, label and range) are not added twice. run() may be called on any thread.
 */
class SetImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetImporter)

public:
    explicit SetImporter(const SetImportOptions &options, QObject *parent = nullptr);
    ~SetImporter() override;

    SetImportReport run();

Q_SIGNALS:
    /*! \a done of \a total documents written; total is 0 while the set is being read. */
    void progress(int done, int total);
    void finished(const Scholion::Models::SetImportReport &report);

private:
    struct Private;
    SetImportOptions m_options;
};

} // namespace Scholion::Models

Q_DECLARE_METATYPE(Scholion::Models::SetImportReport)
