// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/search/searchengine.h>

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Scholion::Models
{
class ConcordanceModel;
class Project;
} // namespace Scholion::Models

namespace Scholion::Widgets
{

/*!
 * The corpus search dock (Ctrl+Shift+F).
 *
 * A query with its mode (words, a regular expression, or inside annotations), case and
 * whole-word options and, under "Filters", what the annotations must have (labels with their
 * sub-labels, entity, relation, attribute value or range, note, author) and which documents
 * count (status, date range). Enter searches; the search runs off the GUI thread and the hits
 * stream into a concordance (document | left | hit | right, the hits aligned), with the
 * total, progress and Cancel. A malformed query is explained, never run.
 *
 * Activating a hit (Enter, double-click, F3 through the window) asks the window to show it.
 * Ctrl+C copies the selected hits; "Export…" writes them all as CSV. "Annotate" tags all (or
 * the checked) hits with a label and, optionally, an entity as one undo step, skipping hits
 * the same label already covers.
 */
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    /*! The project searched and annotated; follows its opening and closing. */
    void setProject(Models::Project *project);

    /*! Starts the search the fields describe; false (with the reason shown) when it cannot run. */
    bool search();
    void cancel();
    bool isSearching() const;
    /*! What the fields ask for. */
    Models::SearchRequest request() const;

    /*! True when there are hits to step through. */
    bool hasHits() const;
    /*! Moves to the next (\a forward) or previous hit in the view's order, wrapping, and activates it. */
    bool stepHit(bool forward);
    /*! Activates the hit in view row \a row. */
    void activateRow(int row);

    /*! Copies the selected hits (all when none is selected) as tab-separated text. */
    void copySelection();
    /*! Writes all hits as CSV to \a path; false with \a error naming the file when it cannot. */
    bool exportCsv(const QString &path, QString *error) const;

    struct AnnotateResult {
        int added = 0;
        int skipped = 0; ///< already covered by the same label
        int stale = 0; ///< the document's text changed since the search
    };
    /*!
     * Tags the hits (the checked ones with \a checkedOnly) with \a labelId, linking them to
     * \a entityId when not 0, as one undoable macro.
     */
    AnnotateResult annotateHits(qint64 labelId, qint64 entityId, bool checkedOnly);

    Models::ConcordanceModel *model() const { return m_model; }
    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *modeBox() const { return m_mode; }
    QCheckBox *caseBox() const { return m_case; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QGroupBox *filterBox() const { return m_filters; }
    QTreeWidget *labelTree() const { return m_labels; }
    QComboBox *entityBox() const { return m_entity; }
    QTableView *resultsView() const { return m_view; }
    QComboBox *annotateLabelBox() const { return m_annotateLabel; }
    QComboBox *annotateEntityBox() const { return m_annotateEntity; }
    QCheckBox *checkedOnlyBox() const { return m_checkedOnly; }
    QPushButton *annotateButton() const { return m_annotate; }
    QPushButton *cancelButton() const { return m_cancel; }
    /*! The line under the results: the total, a problem with the query, what annotating did. */
    QString statusText() const;

Q_SIGNALS:
    void hitActivated(const Scholion::Models::SearchHit &hit);
    void searchFinished(int total, bool cancelled);
    void searchFailed(const QString &message);

private:
    void onOpened();
    void onClosed();
    void reloadChoices();
    void onHits(const QList<Scholion::Models::SearchHit> &hits);
    void onFinished(int total, bool cancelled);
    void onFailed(const QString &message);
    void setStatus(const QString &text, bool problem = false);
    void updateModeWidgets();
    void annotateFromButtons();
    void exportDialog();
    QList<int> viewRows() const;

    QPointer<Models::Project> m_project;
    Models::SearchEngine *m_engine = nullptr;
    Models::ConcordanceModel *m_model;
    QLineEdit *m_query;
    QComboBox *m_mode;
    QCheckBox *m_case;
    QCheckBox *m_wholeWords;
    QPushButton *m_searchButton;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QGroupBox *m_filters;
    QTreeWidget *m_labels;
    QComboBox *m_entity;
    QComboBox *m_relation;
    QComboBox *m_relatedEntity;
    QComboBox *m_attribute;
    QLineEdit *m_attributeValue;
    QLineEdit *m_minimum;
    QLineEdit *m_maximum;
    QLineEdit *m_currency;
    QLineEdit *m_note;
    QLineEdit *m_author;
    QList<QCheckBox *> m_statuses;
    QCheckBox *m_dated;
    QDateEdit *m_dateFrom;
    QDateEdit *m_dateTo;
    QTableView *m_view;
    QLabel *m_status;
    QComboBox *m_annotateLabel;
    QComboBox *m_annotateEntity;
    QCheckBox *m_checkedOnly;
    QPushButton *m_annotate;
    QPushButton *m_export;
    int m_found = 0; ///< hits received from the running search
};

} // namespace Scholion::Widgets
