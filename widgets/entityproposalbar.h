// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Scholion::Widgets
{

/*!
 * A slim bar above the text that proposes an entity for an actor mention just tagged:
 * "“Korvath” is Anselm Korvath?" — Enter links, Ctrl+Enter creates a new entity from the
 * mention, Escape (or going on tagging) lets it pass. It never takes the keyboard focus.
 */
class EntityProposalBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityProposalBar)

public:
    explicit EntityProposalBar(QWidget *parent = nullptr);

    /*! Proposes linking annotation \a annotationId (text \a mention) to \a entityName, or creating a new entity when \a entityId is 0. */
    void propose(qint64 annotationId, const QString &mention, qint64 entityId, const QString &entityName);
    qint64 annotationId() const { return m_annotationId; }
    qint64 entityId() const { return m_entityId; }
    QString mention() const { return m_mention; }

    /*! Handles Enter, Ctrl+Enter and Escape while the bar shows; true when it used the key. */
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void linkAccepted(qint64 annotationId, qint64 entityId);
    void createAccepted(qint64 annotationId, const QString &name);

private:
    QLabel *m_text;
    QPushButton *m_link;
    QPushButton *m_create;
    QPushButton *m_skip;
    qint64 m_annotationId = 0;
    qint64 m_entityId = 0;
    QString m_mention;
};

} // namespace Scholion::Widgets
