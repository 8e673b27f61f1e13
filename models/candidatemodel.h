// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestionengine.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <tuple>

namespace Scholion::Models
{

/*!
 * Candidates for a bulk annotation (corpus-wide suggestions, all occurrences of a text), for a
 * preview before they are applied: a tree of one row per proposed label (with a tri-state
 * check box and "checked of found" counts) over one row per candidate (check box, text,
 * document, details). Everything starts checked; checkedSuggestions() is what gets applied.
 */
class CandidateModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateModel)

public:
    enum Column { TextColumn, DocumentColumn, DetailsColumn, ColumnCount };

    explicit CandidateModel(QObject *parent = nullptr);
    ~CandidateModel() override;

    /*! How rows name labels, documents and what a candidate carries (amount, entity). */
    void setDescribers(std::function<QString(qint64 labelId)> label,
        std::function<QString(qint64 documentId)> document,
        std::function<QString(const Suggestion &)> details);

    void clear();
    /*! Appends candidates (checked), under the row of their label, new labels at the end. */
    void append(const QList<Suggestion> &candidates);

    int totalCount() const { return m_total; }
    int checkedCount() const { return m_checked; }
    /*! How many candidates per label, checked and found: (labelId, checked, found) in row order. */
    QList<std::tuple<qint64, int, int>> counts() const;
    /*! The checked candidates in the order they were found (document order). */
    QList<Suggestion> checkedSuggestions() const;
    /*! The number of distinct documents among the checked candidates. */
    int checkedDocumentCount() const;
    void setAllChecked(bool checked);
    /*! The candidate of a child row; nullopt for a label row. */
    std::optional<Suggestion> suggestion(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedCountChanged(int checked, int total);

private:
    struct Item {
        Suggestion suggestion;
        qint64 sequence = 0;
        bool checked = true;
    };
    struct Group {
        qint64 labelId = 0;
        QList<Item> items;
        int checked = 0;
    };
    void setChecked(int group, int row, bool checked);

    QList<Group> m_groups;
    QHash<qint64, int> m_groupOfLabel;
    int m_total = 0;
    int m_checked = 0;
    qint64 m_sequence = 0;
    std::function<QString(qint64)> m_labelName;
    std::function<QString(qint64)> m_documentName;
    std::function<QString(const Suggestion &)> m_details;
};

} // namespace Scholion::Models
