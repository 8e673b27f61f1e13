// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTreeView;

namespace Scholion::Models
{
class LabelTreeModel;
class Project;
} // namespace Scholion::Models

namespace Scholion::Widgets
{

/*!
 * The label manager dock: the label schema as a tree with colour, key, number of annotations
 * and description. Names, keys and descriptions are edited in place (F2 or double-click);
 * labels are moved under another label or reordered by drag and drop; the toolbar adds,
 * recolours, merges and deletes labels and imports or exports the schema as JSON.
 *
 * Every change is an undoable command on the project's undo stack, except importing a schema
 * (AnnotationStore::installSchema() is not undoable), which asks first.
 */
class LabelManager final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelManager)

public:
    /*! Asks the analyst a yes/no question; true means go ahead. */
    using Confirmation = std::function<bool(const QString &question)>;

    explicit LabelManager(QWidget *parent = nullptr);
    ~LabelManager() override;

    /*! Shows and edits the labels of \a project (following it when it opens another file). */
    void setProject(Models::Project *project);
    Models::Project *project() const;

    Models::LabelTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /*! The current label, or 0. */
    qint64 currentLabel() const;
    /*! The selected labels, the current one included, in tree order. */
    QList<qint64> selectedLabels() const;
    /*! Makes \a id the current and only selected label and shows it. */
    void selectLabel(qint64 id);

    /*!
     * Replaces the question asked before deleting a label or importing a schema (default: a
     * QMessageBox::question). Tests pass a function that answers without a dialog.
     */
    void setConfirmation(Confirmation confirmation);

    /*! The last error or result shown under the tree (empty when none). */
    QString message() const;
    /*! The contrast warning shown for the current label's colour (empty when it reads well). */
    QString contrastWarning() const;

public Q_SLOTS:
    /*! Adds "New label" below the current label (top level when none) and starts renaming it. Returns its id, or 0. */
    qint64 addChildLabel();
    /*! Adds "New label" at the top level and starts renaming it. Returns its id, or 0. */
    qint64 addTopLevelLabel();
    /*! Picks a new colour for the current label with a QColorDialog. */
    void recolour();
    /*! Gives the current label colour \a color; warns when spans would be hard to read. */
    bool recolour(const QColor &color);
    /*!
     * With several labels selected, merges the others into the current one; with one, asks
     * (QInputDialog) which label to merge it into.
     */
    bool mergeSelected();
    /*! Merges label \a mergedId into \a keepId: its annotations and sub-labels move over. */
    bool mergeLabels(qint64 keepId, qint64 mergedId);
    /*! Deletes the current label, its sub-labels and their annotations, after asking. */
    bool deleteCurrent();
    /*! Asks for a file (QFileDialog) and exports the schema to it. */
    void exportSchema();
    /*! Writes the schema (AnnotationStore::exportSchema()) to \a path, atomically. */
    bool exportSchema(const QString &path);
    /*! Asks for a file (QFileDialog) and imports the schema in it. */
    void importSchema();
    /*!
     * Adds the labels and relation types of the schema file \a path to the project, after
     * asking. Refuses a schema whose top-level labels or relation types the project has already.
     */
    bool importSchema(const QString &path);

private:
    qint64 addLabel(qint64 parentId);
    QColor unusedColor() const;
    void showMessage(const QString &message);
    void updateActions();
    void updateContrastWarning();
    void rememberState();
    void restoreState();
    bool ask(const QString &question);

    QPointer<Models::Project> m_project;
    Models::LabelTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_contrastWarning;
    QLabel *m_message;
    QAction *m_addChild;
    QAction *m_addTopLevel;
    QAction *m_recolour;
    QAction *m_merge;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
    Confirmation m_confirmation;
    // Kept across model resets (labels added, moved, merged or deleted).
    QSet<qint64> m_collapsed;
    qint64 m_savedCurrent = 0;
    QList<qint64> m_savedSelection;
};

} // namespace Scholion::Widgets
