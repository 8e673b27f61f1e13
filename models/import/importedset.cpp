// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedset.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

QString setFormatName(SetFormat format)
{
    switch (format) {
    case SetFormat::Brat:
        return u"brat"_s;
    case SetFormat::Jsonl:
        return u"jsonl"_s;
    case SetFormat::Doccano:
        return u"doccano"_s;
    case SetFormat::Qdpx:
        return u"qdpx"_s;
    case SetFormat::Conll:
        return u"conll"_s;
    }
    return {};
}

std::optional<SetFormat> setFormatFromName(QStringView name)
{
    for (SetFormat format : {SetFormat::Brat, SetFormat::Jsonl, SetFormat::Doccano, SetFormat::Qdpx, SetFormat::Conll}) {
        if (name.compare(setFormatName(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

SourceText::SourceText(const QString &raw)
    : m_raw(raw)
{
    m_codePointToRaw.reserve(raw.size() + 1);
    m_rawToCanonical.reserve(raw.size() + 1);
    m_canonical.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (!(c.isLowSurrogate() && i > 0 && raw.at(i - 1).isHighSurrogate())) {
            m_codePointToRaw.append(i);
        }
        m_rawToCanonical.append(m_canonical.size());
        if (c == u'\r') {
            if (i + 1 < raw.size() && raw.at(i + 1) == u'\n') {
                continue; // the '\n' that follows stands for both
            }
            m_canonical.append(u'\n');
        } else {
            m_canonical.append(c);
        }
    }
    m_codePointToRaw.append(raw.size());
    m_rawToCanonical.append(m_canonical.size());
}

std::optional<qsizetype> SourceText::rawFromCodePoints(qsizetype codePoints) const
{
    if (codePoints < 0 || codePoints >= m_codePointToRaw.size()) {
        return std::nullopt;
    }
    return m_codePointToRaw.at(codePoints);
}

bool SourceText::isBoundary(qsizetype raw16) const
{
    if (raw16 < 0 || raw16 > m_raw.size()) {
        return false;
    }
    return raw16 == 0 || raw16 == m_raw.size() || !(m_raw.at(raw16).isLowSurrogate() && m_raw.at(raw16 - 1).isHighSurrogate());
}

qsizetype SourceText::canonicalFromRaw(qsizetype raw16) const
{
    return m_rawToCanonical.at(std::clamp<qsizetype>(raw16, 0, m_rawToCanonical.size() - 1));
}

QString SetReader::at(const QString &file, qint64 line, const QString &message)
{
    if (line <= 0) {
        return u"%1: %2"_s.arg(file, message);
    }
    return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
}

bool SetReader::read(SetFormat format, const QString &path, ImportedSet *set, QString *error)
{
    switch (format) {
    case SetFormat::Brat:
        return readBrat(path, set, error);
    case SetFormat::Jsonl:
        return readJsonl(path, set, error);
    case SetFormat::Doccano:
        return readDoccano(path, set, error);
    case SetFormat::Qdpx:
        return readQdpx(path, set, error);
    case SetFormat::Conll:
        return readConll(path, set, error);
    }
    return false;
}

} // namespace Scholion::Models
