// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "sortedrowsmodel.h"

#include <QPointer>

namespace Scholion::Models
{

/*!
 * The documents of a project as a table: title, date, path, size, status, annotations.
 *
 * Rows are in import order (by id); sorting and filtering belong to DocumentFilterProxyModel.
 * reload() reads the rows again and applies the difference as precise row insertions,
 * removals and dataChanged() signals, so views keep their selection and scroll position;
 * while an import runs, appendNew() only reads the rows it added. Only setProject() resets
 * the model.
 */
class DocumentListModel final : public SortedRowsModel<DocumentRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column {
        TitleColumn,
        DateColumn,
        PathColumn,
        SizeColumn,
        StatusColumn,
        AnnotationsColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit DocumentListModel(QObject *parent = nullptr);

    /*! Shows the documents of \a project (nullptr: none) and follows its changes. */
    void setProject(Project *project);
    Project *project() const { return m_project; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /*! The row of document \a id, or -1. */
    int rowOfDocument(qint64 id) const { return rowOfId(id); }

    static QString statusName(DocumentStatus status);

public Q_SLOTS:
    /*! Reads every row again and applies the difference. */
    void reload();
    /*! Appends the rows added since the last one shown: cheap, for a running import. */
    void appendNew();
    /*! Reads one document's row again. */
    void refreshDocument(qint64 id);

private:
    QPointer<Project> m_project;
};

} // namespace Scholion::Models
