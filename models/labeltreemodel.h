// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Scholion::Models
{

class AnnotationStore;
class Project;

/*!
 * The label schema as a tree: name (with a colour swatch), shortcut, number of annotations
 * (the label's and its sub-labels') and description.
 *
 * The model follows the AnnotationStore: when labels change and the shape of the tree stays
 * the same (a rename, a new colour) it emits dataChanged(), so persistent indexes and open
 * editors survive; when labels are added, removed, moved or merged it resets. Annotation
 * counts are read lazily and refreshed when annotations change.
 *
 * Name, shortcut and description are edited in place (Qt::EditRole), the colour through
 * LabelColorRole; labels are re-parented and reordered by drag and drop (MoveAction with the
 * mime type mimeType()). Every change is an undoable command on the project's undo stack.
 */
class LabelTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelTreeModel)

public:
    enum Column {
        NameColumn,
        ShortcutColumn,
        AnnotationsColumn, ///< annotations with the label or one below it
        DescriptionColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    // A range of their own (documents +1, annotations +100, entities +200).
    enum Role {
        LabelIdRole = Qt::UserRole + 300, ///< qint64
        LabelColorRole = Qt::UserRole + 301, ///< QColor; setData() recolours the label
    };
    Q_ENUM(Role)

    explicit LabelTreeModel(QObject *parent = nullptr);
    ~LabelTreeModel() override;

    /*! Shows the labels of \a project and follows it when it opens or closes another file. */
    void setProject(Project *project);
    Project *project() const;

    /*! The mime type of a dragged label: its id as decimal text. */
    static QString mimeType();

    /*! The index of label \a id in \a column, or an invalid index. */
    QModelIndex indexOfLabel(qint64 id, int column = NameColumn) const;
    /*! The label at \a index (any column); nullopt for an invalid index. */
    std::optional<Label> labelAt(const QModelIndex &index) const;

    /*!
     * The portable text form of the shortcut typed as \a text ("ctrl+k" → "Ctrl+K", "q" → "Q"),
     * an empty string for no shortcut, or nullopt when \a text is not a key sequence.
     */
    static std::optional<QString> normalizedShortcut(const QString &text);

    /*!
     * Whether spans with label colour \a labelColor stay readable on a page with background
     * \a pageBackground and text colour \a text: the tint (the label colour at alpha 70 on light
     * pages, 110 on dark ones, composited over the page) must give the text at least 4.5:1,
     * and the pure label colour must stand out from the page by at least 1.5:1, so the
     * underline stays visible.
     */
    static bool hasEnoughContrast(const QColor &labelColor, const QColor &pageBackground, const QColor &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    /*! One label's id; nullptr when \a indexes hold no label or several. */
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    /*!
     * Moves the dragged label under \a parent (invalid: top level) before \a row (-1: at the
     * end) with a MoveLabelCommand. Refuses drops onto the label itself or one below it and
     * drops that change nothing.
     */
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

public Q_SLOTS:
    /*! Reads the labels again (the store's labelsChanged() calls it). */
    void reload();

Q_SIGNALS:
    /*! An edit was refused before it reached the store (empty name, unknown key, taken shortcut). */
    void editRejected(const QString &message);

private:
    AnnotationStore *store() const;
    void connectStore();
    // Reads the labels; resets the model when the tree changed shape or when forced.
    void rebuild(bool forceReset);
    void refreshCounts();
    qint64 idOf(const QModelIndex &index) const { return index.isValid() ? qint64(index.internalId()) : 0; }
    int annotationCount(qint64 id) const;
    QString pathOf(qint64 id) const;
    bool isSameOrBelow(qint64 id, qint64 ancestorId) const;
    qint64 draggedLabel(const QMimeData *data) const;
    bool reject(const QString &message);

    QPointer<Project> m_project;
    QPointer<AnnotationStore> m_store; ///< the store the model is connected to
    QHash<qint64, Label> m_labels;
    QHash<qint64, QList<qint64>> m_children; ///< by parent id; 0: the top-level labels
    QHash<qint64, int> m_rows; ///< the row of each label among its siblings
    mutable QHash<qint64, int> m_counts; ///< annotation counts read so far
};

} // namespace Scholion::Models
