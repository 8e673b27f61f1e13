// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QString>
#include <QStringView>

namespace Scholion::Models
{

/*!
 * Runs one lens definition over single paragraphs, headless, and collects what its rules
 * matched: runs of one format other than "Normal", in UTF-16 offsets of the paragraph.
 *
 * Every paragraph starts from the definition's first context, so a lens never carries a state
 * (an unclosed quotation mark) from one paragraph into the next; this is what lets the view
 * highlight any block on its own, progressively.
 */
class LensScanner : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Hit {
        int offset = 0;
        int length = 0;
        QString format; ///< the itemData name of the definition, e.g. "Quote"
        friend bool operator==(const Hit &, const Hit &) = default;
    };

    LensScanner() = default;
    explicit LensScanner(const KSyntaxHighlighting::Definition &definition);

    /*! The hits in \a paragraph, in order; adjacent runs of one format are merged. */
    QList<Hit> scan(QStringView paragraph);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<Hit> m_hits;
};

} // namespace Scholion::Models
