// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

class QThread;
class QTimer;

namespace Scholion::Models
{

class Project;

/*!
 * The annotations of one document as a table: label, text, entity, links, attributes, note,
 * author.
 *
 * Rows are ordered by position in the text. The model follows the AnnotationStore with
 * precise row insertions, removals and dataChanged(); only setDocument() resets it. Editing
 * the Note column (and the label, through AnnotationLabelIdRole) pushes an undoable command.
 */
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column {
        LabelColumn,
        TextColumn,
        EntityColumn,
        LinksColumn,
        AttributesColumn,
        NoteColumn,
        AuthorColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    /*!
     * Documents with more annotations than this are read on a worker thread, so that opening
     * a long article paints its text first (T5) and never stalls the window (T11).
     */
    static constexpr int SynchronousLimit = 2000;

    explicit AnnotationListModel(QObject *parent = nullptr);
    ~AnnotationListModel() override;

    void setProject(Project *project);
    /*!
     * Shows the annotations of document \a documentId (0: none). Up to SynchronousLimit
     * annotations the rows are there on return; above it the model is empty and isLoading()
     * until the rows arrive in one reset.
     */
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfAnnotation(qint64 id) const;
    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    /*! "said_by → Korvath; ← pledged_to" for annotation \a id. */
    QString describeLinks(qint64 id) const;

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void startLoad();
    void finishLoad(quint64 generation, QList<Annotation> rows);
    void setLoading(bool loading);
    /*! A change while loading: the rows being read may miss it, so they are read again. */
    bool reloadIfLoading(qint64 documentId);
    void onAdded(qint64 documentId, qint64 id);
    void onRemoved(qint64 documentId, qint64 id);
    void onChanged(qint64 documentId, qint64 id);
    int insertionRow(const Annotation &annotation) const;

    /*! What the Links and Attributes columns show for one row; read for all rows at once. */
    struct Derived {
        QString links;
        QString attributes;
    };
    const Derived &derived(const Annotation &annotation) const;
    /*! Reads the relations and attribute values of all rows in two queries (the list's first paint). */
    void derive() const;
    /*! Forgets what derive() read: a change may have touched any row's links or attributes. */
    void forgetDerived();
    /*! "said_by → Korvath"; \a rowsById, when given, finds the linked rows of this document. */
    QString linksText(qint64 id, const QList<Relation> &relations, const QHash<qint64, qsizetype> *rowsById = nullptr) const;

    QPointer<Project> m_project;
    qint64 m_documentId = 0;
    QList<Annotation> m_rows;
    quint64 m_generation = 0; ///< which load the rows of m_documentId are
    bool m_loading = false;
    QThread *m_loader = nullptr; ///< at most one; finishLoad() starts the next if needed
    QTimer *m_loadTimer = nullptr; ///< starts the reading once pending events, the first paint among them, are done
    mutable std::optional<QHash<qint64, Derived>> m_derived; ///< by annotation id, for m_rows; none until a row is painted
    mutable QHash<qint64, QList<LabelAttribute>> m_labelAttributes; ///< AnnotationStore::attributesFor() by label, until labels change
};

} // namespace Scholion::Models
