// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "sortedrowsmodel.h"

#include <QPointer>
#include <QSet>

class QThread;

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
 *
 * A big project's rows are read on a worker thread with a connection of its own (Loading::Auto,
 * what the window uses), so that opening it and the end of an import do not stall the window:
 * the list is empty and isLoading() until loaded(); reload() applies its difference when the
 * worker is done. Changes that arrive meanwhile are applied after it.
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

    /*! How setProject() and reload() read the rows. */
    enum class Loading {
        Now, ///< on this thread, before setProject() returns
        InBackground, ///< on a worker thread (only for a project with a file)
        Auto, ///< in the background when the project has more than BackgroundRows documents
    };
    Q_ENUM(Loading)
    static constexpr qint64 BackgroundRows = 2'000;

    explicit DocumentListModel(QObject *parent = nullptr);
    ~DocumentListModel() override;

    /*! Shows the documents of \a project (nullptr: none) and follows its changes. */
    void setProject(Project *project, Loading loading = Loading::Now);
    Project *project() const { return m_project; }
    /*! True while the first rows of the project are read in the background. */
    bool isLoading() const { return m_loading; }

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

Q_SIGNALS:
    void loadingChanged(bool loading);
    /*! A background read of the rows is in (after setProject() or reload()). */
    void loaded();

private:
    void startLoad();
    void finishLoad(quint64 generation, bool ok, QList<DocumentRow> rows);
    void setLoading(bool loading);

    QPointer<Project> m_project;
    QThread *m_loader = nullptr;
    quint64 m_generation = 0; ///< raised by setProject() and reload(): a load of an older one is read again
    bool inBackground(qint64 rows) const;

    Loading m_mode = Loading::Now;
    bool m_loading = false;
    QSet<qint64> m_refreshAfterLoad; ///< documentChanged() while the worker read its snapshot
};

} // namespace Scholion::Models
