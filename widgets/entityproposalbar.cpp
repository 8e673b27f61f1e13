// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityproposalbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

EntityProposalBar::EntityProposalBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_link(new QPushButton(this))
    , m_create(new QPushButton(tr("New Entity (Ctrl+Enter)"), this))
    , m_skip(new QPushButton(tr("Skip (Esc)"), this))
{
    setObjectName(u"entityProposal"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    setPalette(p);
    for (QPushButton *button : {m_link, m_create, m_skip}) {
        button->setFocusPolicy(Qt::NoFocus); // the text keeps the keyboard
        button->setAutoDefault(false);
    }
    connect(m_link, &QPushButton::clicked, this, [this] {
        handleKey(Qt::Key_Return, Qt::NoModifier);
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        handleKey(Qt::Key_Return, Qt::ControlModifier);
    });
    connect(m_skip, &QPushButton::clicked, this, &EntityProposalBar::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_link);
    layout->addWidget(m_create);
    layout->addWidget(m_skip);
    hide();
}

void EntityProposalBar::propose(qint64 annotationId, const QString &mention, qint64 entityId, const QString &entityName)
{
    m_annotationId = annotationId;
    m_entityId = entityId;
    m_mention = mention;
    if (entityId) {
        m_text->setText(tr("“%1” is <b>%2</b>?").arg(mention.toHtmlEscaped(), entityName.toHtmlEscaped()));
        m_link->setText(tr("Link (Enter)"));
        m_link->show();
        m_create->show();
    } else {
        m_text->setText(tr("“%1” is not in the entity registry yet.").arg(mention.toHtmlEscaped()));
        m_link->hide();
        m_create->setText(tr("New Entity (Enter)"));
        m_create->show();
    }
    show();
}

bool EntityProposalBar::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (!isVisible()) {
        return false;
    }
    if (key == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    if (key != Qt::Key_Return && key != Qt::Key_Enter) {
        return false;
    }
    const qint64 annotation = m_annotationId;
    const QString mention = m_mention;
    const qint64 entity = m_entityId;
    dismiss();
    if (entity && !(modifiers & Qt::ControlModifier)) {
        Q_EMIT linkAccepted(annotation, entity);
    } else {
        Q_EMIT createAccepted(annotation, mention);
    }
    return true;
}

void EntityProposalBar::dismiss()
{
    m_annotationId = 0;
    m_entityId = 0;
    m_mention.clear();
    m_create->setText(tr("New Entity (Ctrl+Enter)"));
    hide();
}

} // namespace Scholion::Widgets
