// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Scholion::Widgets
{

/*!
 * The reading view: a read-only QPlainTextEdit (it lays out only what it shows, so a 5 MB
 * article opens at once) with a comfortable measure. The text column is at most about 80
 * characters wide and centred; the rest of the width stays calm background.
 * The text can be selected with mouse and keyboard; it is never edited.
 */
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);

    /*! Shows \a text as document \a documentId, scrolled to the top. */
    void showDocument(qint64 documentId, const QString &text);
    void clearDocument();
    qint64 documentId() const { return m_documentId; }

    /*! Characters per line at most; 0 uses the full width. */
    int measure() const { return m_measure; }
    void setMeasure(int characters);

    /*! Text size in points (zoom). */
    qreal fontPointSize() const;
    void setFontPointSize(qreal points);
    void zoomIn(int steps = 1);
    void zoomOut(int steps = 1);
    void resetZoom();

    static constexpr qreal DefaultPointSize = 12.0;

Q_SIGNALS:
    void zoomChanged(qreal points);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateMargins();
    void applyPalette();

    qint64 m_documentId = 0;
    int m_measure = 80;
};

} // namespace Scholion::Widgets
