// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsetconverter.h"

#include <algorithm>

namespace Scholion::Models
{

OffsetConverter::OffsetConverter(const QString &text)
    : m_text(text)
{
}

bool OffsetConverter::isBoundary(qsizetype utf16) const
{
    if (utf16 <= 0 || utf16 >= m_text.size()) {
        return true;
    }
    return !(m_text.at(utf16).isLowSurrogate() && m_text.at(utf16 - 1).isHighSurrogate());
}

void OffsetConverter::moveTo(qsizetype utf16)
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_text.size());
    if (!isBoundary(utf16)) {
        --utf16;
    }
    if (utf16 < m_utf16 && utf16 < m_utf16 - utf16) {
        m_utf16 = 0;
        m_codePoints = 0;
    }
    const QChar *data = m_text.constData();
    while (m_utf16 < utf16) {
        m_utf16 += (data[m_utf16].isHighSurrogate() && m_utf16 + 1 < m_text.size() && data[m_utf16 + 1].isLowSurrogate()) ? 2 : 1;
        ++m_codePoints;
    }
    while (m_utf16 > utf16) {
        m_utf16 -= (data[m_utf16 - 1].isLowSurrogate() && m_utf16 >= 2 && data[m_utf16 - 2].isHighSurrogate()) ? 2 : 1;
        --m_codePoints;
    }
}

qsizetype OffsetConverter::toCodePoints(qsizetype utf16)
{
    moveTo(utf16);
    return m_codePoints;
}

qsizetype OffsetConverter::toUtf16(qsizetype codePoints)
{
    codePoints = std::max<qsizetype>(codePoints, 0);
    if (codePoints < m_codePoints && codePoints < m_codePoints - codePoints) {
        m_utf16 = 0;
        m_codePoints = 0;
    }
    const QChar *data = m_text.constData();
    while (m_codePoints < codePoints && m_utf16 < m_text.size()) {
        m_utf16 += (data[m_utf16].isHighSurrogate() && m_utf16 + 1 < m_text.size() && data[m_utf16 + 1].isLowSurrogate()) ? 2 : 1;
        ++m_codePoints;
    }
    while (m_codePoints > codePoints) {
        m_utf16 -= (data[m_utf16 - 1].isLowSurrogate() && m_utf16 >= 2 && data[m_utf16 - 2].isHighSurrogate()) ? 2 : 1;
        --m_codePoints;
    }
    return m_utf16;
}

qsizetype OffsetConverter::codePointLength()
{
    if (m_length < 0) {
        const qsizetype utf16 = m_utf16;
        m_length = toCodePoints(m_text.size());
        moveTo(utf16);
    }
    return m_length;
}

} // namespace Scholion::Models
