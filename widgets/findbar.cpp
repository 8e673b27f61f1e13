// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "documentview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Widgets
{

FindBar::FindBar(DocumentView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_case(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find in document"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_case->setObjectName(u"findCase"_s);
    m_case->setText(tr("Aa"));
    m_case->setToolTip(tr("Match case"));
    m_case->setCheckable(true);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAutoRaise(true);
    m_status->setObjectName(u"findStatus"_s);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(u"00000 of 00000"_s));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        search(true);
    });
    connect(m_case, &QToolButton::toggled, this, [this] {
        search(true);
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::deactivate);
    updateStatus();
}

void FindBar::activate()
{
    const auto [start, end] = m_view->selectedRange();
    const QString selected = m_view->text().mid(start, end - start);
    if (!selected.isEmpty() && selected.size() <= 100 && !selected.contains(u'\n') && !selected.contains(QChar::ParagraphSeparator)) {
        m_edit->setText(selected);
    }
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search(true);
}

void FindBar::deactivate()
{
    const bool wasVisible = isVisible();
    hide();
    m_view->setFindMatches({});
    updateStatus();
    m_view->setFocus(Qt::OtherFocusReason);
    if (wasVisible) {
        Q_EMIT closed();
    }
}

void FindBar::refresh()
{
    search(false);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

bool FindBar::caseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

qsizetype FindBar::matchCount() const
{
    return m_view->findMatches().size();
}

qsizetype FindBar::currentMatch() const
{
    return m_view->currentFindMatch();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::search(bool selectCurrent)
{
    const QString needle = m_edit->text();
    const QString &haystack = m_view->text();
    QList<DocumentView::Range> matches;
    if (isVisible() && !needle.isEmpty()) {
        const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = haystack.indexOf(needle, 0, cs); at >= 0; at = haystack.indexOf(needle, at + needle.size(), cs)) {
            matches.append({at, at + needle.size()});
        }
    }
    // While typing, the current match is the first one from where the selection (or cursor) starts.
    const qsizetype from = m_view->selectedRange().first;
    const auto it = std::lower_bound(matches.cbegin(), matches.cend(), from, [](const DocumentView::Range &range, qsizetype offset) {
        return range.first < offset;
    });
    const qsizetype current = matches.isEmpty() ? -1 : (it == matches.cend() ? 0 : it - matches.cbegin());
    m_view->setFindMatches(matches, -1);
    if (current >= 0 && selectCurrent) {
        select(current);
    }
    updateStatus();
}

void FindBar::findNext()
{
    step(true);
}

void FindBar::findPrevious()
{
    step(false);
}

void FindBar::step(bool forward)
{
    if (!isVisible()) {
        activate();
    }
    const QList<DocumentView::Range> &matches = m_view->findMatches();
    if (matches.isEmpty()) {
        return;
    }
    const qsizetype count = matches.size();
    qsizetype current = m_view->currentFindMatch();
    if (current < 0) {
        // From the cursor: the first match after it, or the last one before it.
        const qsizetype cursor = m_view->selectedRange().first;
        const auto it = std::lower_bound(matches.cbegin(), matches.cend(), cursor, [](const DocumentView::Range &range, qsizetype offset) {
            return range.first < offset;
        });
        const qsizetype after = it - matches.cbegin();
        current = forward ? after % count : (after - 1 + count) % count;
    } else {
        current = (current + (forward ? 1 : -1) + count) % count;
    }
    select(current);
    updateStatus();
}

void FindBar::select(qsizetype index)
{
    const DocumentView::Range range = m_view->findMatches().at(index);
    m_view->selectRange(range.first, range.second);
    m_view->setFindMatches(m_view->findMatches(), index);
}

void FindBar::updateStatus()
{
    const qsizetype count = matchCount();
    const qsizetype current = currentMatch();
    const QLocale locale;
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Base, QWidget::palette().color(QPalette::Base));
    if (m_edit->text().isEmpty() || !isVisible()) {
        m_status->clear();
    } else if (count == 0) {
        m_status->setText(tr("No matches"));
        // A reddish field, as browsers do, so a miss is seen without reading.
        palette.setColor(QPalette::Base, QColor(255, 102, 102, 90));
    } else if (current >= 0) {
        m_status->setText(tr("%1 of %2").arg(locale.toString(current + 1), locale.toString(count)));
    } else {
        m_status->setText(tr("%n match(es)", nullptr, int(count)));
    }
    m_edit->setPalette(palette);
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            step(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        case Qt::Key_Escape:
            deactivate();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Scholion::Widgets
