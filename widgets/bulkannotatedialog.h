// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/annotation.h>

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Scholion::Models
{
class BulkAnnotationWriter;
class CandidateModel;
class CorpusScan;
class LensDefinitions;
class Project;
} // namespace Scholion::Models

namespace Scholion::Widgets
{

/*!
 * Preview and apply a bulk annotation: "Find and accept across the corpus" (what the lenses
 * suggest in every document) or "Annotate all occurrences" of an annotation's text (this
 * document or the whole corpus, case-sensitive or not, whole words).
 *
 * Finding runs on a worker thread (Models::CorpusScan) and fills the list as it goes, grouped
 * by label with a check box and counts per label; Stop ends it early. "Accept Checked" writes
 * the checked candidates on a worker thread in one transaction (cancel rolls it back) and
 * records them on the project's undo stack as one step. Window-modal, never blocking.
 */
class BulkAnnotateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAnnotateDialog)

public:
    BulkAnnotateDialog(Models::Project *project, Models::LensDefinitions *lenses, QWidget *parent = nullptr);
    ~BulkAnnotateDialog() override;

    /*! Finds what lenses \a lensIds (empty: all) suggest across the corpus. */
    void findSuggestions(const QStringList &lensIds);
    /*!
     * Finds the other occurrences of annotation \a annotation's text, in its document only
     * or in the whole corpus.
     */
    void findOccurrences(const Models::Annotation &annotation, bool caseSensitive, bool wholeCorpus);

    /*! Writes the checked candidates (what "Accept Checked" does). */
    void applyChecked();
    /*! Close (Esc): stops a search; while writing, cancels the write (a rollback) and stays open. */
    void reject() override;

    bool isSearching() const;
    bool isApplying() const;
    Models::CandidateModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *stopButton() const { return m_stop; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QComboBox *scopeBox() const { return m_scope; }
    QList<QCheckBox *> lensBoxes() const { return m_lensBoxes; }
    QString statusText() const;

Q_SIGNALS:
    /*! A candidate was double-clicked or Enter pressed on it: show it. */
    void candidateActivated(qint64 documentId, qsizetype start, qsizetype end);
    /*! The search ended (all done or stopped). */
    void searchFinished();
    /*! The checked candidates were written: \a annotations of \a documents (0 and 0 when cancelled or failed). */
    void applied(int annotations, int documents);

private:
    void restart();
    void updateState();
    void onScanFinished(bool cancelled, const QString &error);
    void onWriteFinished(const QList<Models::AnnotationWithAttributes> &stored, bool cancelled, const QString &error);

    enum class Mode { Suggestions, Occurrences };
    Models::Project *m_project;
    Models::LensDefinitions *m_lenses;
    Models::CandidateModel *m_model;
    Models::CorpusScan *m_scan;
    Models::BulkAnnotationWriter *m_writer;
    Mode m_mode = Mode::Suggestions;
    Models::Annotation m_annotation;
    QHash<qint64, QString> m_documentTitles;
    QString m_lastError;
    bool m_searching = false;
    bool m_applying = false;
    bool m_stopped = false;

    QLabel *m_description;
    QWidget *m_lensRow;
    QList<QCheckBox *> m_lensBoxes;
    QWidget *m_occurrenceRow;
    QCheckBox *m_caseSensitive;
    QComboBox *m_scope;
    QTreeView *m_view;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stop;
    QPushButton *m_checkAll;
    QPushButton *m_checkNone;
    QPushButton *m_apply;
    QDialogButtonBox *m_buttons;
};

} // namespace Scholion::Widgets
