// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/suggestionengine.h>

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTreeWidget;

namespace Scholion::Models
{
class LensDefinitions;
class Project;
class SuggestionStore;
} // namespace Scholion::Models

namespace Scholion::Widgets
{

/*!
 * The Suggestions dock: what the lenses propose for the current document, one row each (label,
 * text, amount or entity). Enter accepts the current suggestion, Delete rejects it (the project
 * remembers), F8 / Shift+F8 step to the next / previous one; "Accept All" takes every suggestion
 * of the document in one undo step. Stepping emits suggestionActivated() so the view can show it.
 */
class SuggestionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionPanel)

public:
    SuggestionPanel(Models::Project *project, Models::LensDefinitions *lenses, QWidget *parent = nullptr);
    ~SuggestionPanel() override;

    /*! Shows the suggestions of document \a documentId (0: none). */
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    /*! The lenses that suggest (empty: all). */
    void setLensIds(const QStringList &ids);

    QList<Models::Suggestion> suggestions() const { return m_suggestions; }
    int currentIndex() const;
    void setCurrentIndex(int index);
    /*! Moves to the next (\a forward) or previous suggestion, wrapping, and activates it. */
    void step(bool forward);
    /*! Accepts the current suggestion as an annotation (undoable); false when there is none or the store refused. */
    bool acceptCurrent();
    /*! Rejects the current suggestion: it is remembered in the project and not offered again. */
    bool rejectCurrent();
    /*! Accepts every suggestion of the document as one undo step; returns how many annotations were made. */
    int acceptAll();
    /*! Reads the suggestions again (after the annotations or the lenses changed). */
    void refresh();

    QTreeWidget *list() const { return m_list; }
    /*! The last problem, e.g. the store's message; empty when all went well. */
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void suggestionActivated(qint64 documentId, qsizetype start, qsizetype end);
    /*! "In Corpus…": find and accept the suggestions across the corpus. */
    void corpusRequested();

private:
    void projectChanged();
    void updateStatus();

    Models::Project *m_project;
    Models::LensDefinitions *m_lenses;
    std::unique_ptr<Models::SuggestionStore> m_rejections;
    qint64 m_documentId = 0;
    QStringList m_lensIds;
    QList<Models::Suggestion> m_suggestions;
    QString m_error;
    QTreeWidget *m_list;
    QLabel *m_status;
    QAction *m_acceptAction;
    QAction *m_rejectAction;
    QAction *m_acceptAllAction;
};

} // namespace Scholion::Widgets
