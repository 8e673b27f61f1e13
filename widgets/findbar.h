// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Scholion::Widgets
{

class DocumentView;

/*!
 * The in-document find bar (Ctrl+F) below the reading view. Every match of what is typed is
 * drawn in the view, the current one stronger and selected, with "3 of 17" beside the field.
 * Enter and Shift+Enter (or F3 and Shift+F3, wired by the window) step through the matches,
 * wrapping around; Escape closes the bar and the view forgets the matches.
 *
 * Matching is literal, on the view's canonical text, so the offsets are those of the
 * document; case is ignored unless "Match case" is on.
 */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(DocumentView *view, QWidget *parent = nullptr);

    /*! Shows the bar with the focus in the field; a short one-line selection becomes the text to find. */
    void activate();
    /*! Hides the bar, clears the matches from the view and gives the focus back to the text. */
    void deactivate();
    /*! Selects the next (previous) match after (before) the current one or the cursor. */
    void findNext();
    void findPrevious();
    /*! Finds again in the view's text, e.g. after another document was shown. */
    void refresh();

    QString text() const;
    void setText(const QString &text);
    bool caseSensitive() const;
    void setCaseSensitive(bool on);
    qsizetype matchCount() const;
    /*! Index of the current match, -1 when there is none. */
    qsizetype currentMatch() const;
    /*! What the bar says about the matches: "3 of 17", "No matches"… */
    QString statusText() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *caseButton() const { return m_case; }

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /*! Finds every match; \a selectCurrent selects the first one from the cursor (typing does, refresh() not). */
    void search(bool selectCurrent);
    void step(bool forward);
    void select(qsizetype index);
    void updateStatus();

    DocumentView *m_view;
    QLineEdit *m_edit;
    QToolButton *m_case;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
};

} // namespace Scholion::Widgets
