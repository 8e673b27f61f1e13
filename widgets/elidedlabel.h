// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace Scholion::Widgets
{

/*!
 * One line of text that fits the width it is given: what does not fit is elided (in the
 * middle by default, where a path is least telling) and the whole text is in the tooltip.
 *
 * Unlike a QLabel, its size hints do not depend on its text, so a new text repaints the label
 * and nothing else: the window's status bar is not laid out again at every document switch,
 * and a long source path cannot make the window wider than the screen.
 */
class ElidedLabel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void clear() { setText(QString()); }

    /*! Where the ellipsis goes; Qt::ElideMiddle unless set. */
    Qt::TextElideMode elideMode() const { return m_mode; }
    void setElideMode(Qt::TextElideMode mode);

    /*! Shown under the whole text in the tooltip (e.g. a checksum); the tooltip is built from both. */
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail);

    /*! The text as painted at the current width. */
    QString displayedText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
    QString m_detail;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};

} // namespace Scholion::Widgets
