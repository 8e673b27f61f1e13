// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lensscanner.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

LensScanner::LensScanner(const KSyntaxHighlighting::Definition &definition)
{
    setDefinition(definition);
}

QList<LensScanner::Hit> LensScanner::scan(QStringView paragraph)
{
    m_hits.clear();
    if (definition().isValid() && !paragraph.isEmpty()) {
        highlightLine(paragraph, KSyntaxHighlighting::State());
    }
    return std::exchange(m_hits, {});
}

void LensScanner::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid() || format.name() == "Normal"_L1) {
        return;
    }
    if (!m_hits.isEmpty()) {
        Hit &last = m_hits.last();
        if (last.offset + last.length == offset && last.format == format.name()) {
            last.length += length;
            return;
        }
    }
    m_hits.append(Hit{offset, length, format.name()});
}

} // namespace Scholion::Models
