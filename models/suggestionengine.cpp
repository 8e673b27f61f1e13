// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionengine.h"

#include "annotationstore.h"
#include "attributeproposals.h"
#include "highlighting.h"
#include "lensdefinitions.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

bool isOpeningMark(QChar c)
{
    return u"“«„‘\""_s.contains(c);
}

bool isClosingMark(QChar c)
{
    return u"”»“’\""_s.contains(c);
}

} // namespace

SuggestionEngine::SuggestionEngine(const LensDefinitions &lenses, const AnnotationStore &store)
    : SuggestionEngine(lenses.lenses(), highlightingRepository(), store)
{
}

SuggestionEngine::SuggestionEngine(const QList<Lens> &lenses, KSyntaxHighlighting::Repository &repository, const AnnotationStore &store)
    : m_lenses(lenses)
    , m_repository(repository)
    , m_store(store)
{
}

QList<Suggestion> SuggestionEngine::suggest(qint64 documentId, const QString &text, const QList<Annotation> &existing)
{
    const auto labelId = [this](const QString &path) -> qint64 {
        const std::optional<Label> label = m_store.labelByPath(path);
        return label ? label->id : 0;
    };
    // The label family a candidate of each top label must not overlap.
    QHash<qint64, QList<qint64>> families;
    const auto family = [&](qint64 id) -> const QList<qint64> & {
        auto it = families.find(id);
        if (it == families.end()) {
            it = families.insert(id, m_store.labelWithDescendants(id));
        }
        return *it;
    };
    const qint64 quoteLabel = labelId(u"Quote"_s);
    const qint64 aidLabel = labelId(u"Aid figure"_s);
    const qint64 dateLabel = labelId(u"Date"_s);
    const qint64 actorLabel = labelId(u"Actor"_s);

    QList<Suggestion> out;
    for (const Lens &lens : std::as_const(m_lenses)) {
        if (!m_lensIds.isEmpty() && !m_lensIds.contains(lens.id)) {
            continue;
        }
        const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(lens.definitionName);
        if (!definition.isValid()) {
            continue;
        }
        setDefinition(definition);
        qsizetype lineStart = 0;
        while (lineStart <= text.size()) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.size();
            }
            const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
            for (const Hit &hit : scan(line)) {
                Suggestion s;
                s.documentId = documentId;
                s.start = lineStart + hit.offset;
                s.end = s.start + hit.length;
                s.lensId = lens.id;
                s.format = hit.format;
                qint64 familyId = 0;
                if (hit.format == "Quote"_L1) {
                    if (hit.length < 3 || !isOpeningMark(text.at(s.start)) || !isClosingMark(text.at(s.end - 1))) {
                        continue; // an unclosed quotation is not a quote yet
                    }
                    ++s.start;
                    --s.end;
                    while (s.start < s.end && text.at(s.start).isSpace()) {
                        ++s.start;
                    }
                    while (s.start < s.end && (text.at(s.end - 1).isSpace() || u",;:"_s.contains(text.at(s.end - 1)))) {
                        --s.end;
                    }
                    s.labelId = familyId = quoteLabel;
                } else if (hit.format == "Money"_L1) {
                    s.labelId = familyId = aidLabel;
                } else if (hit.format == "Date"_L1) {
                    s.labelId = familyId = dateLabel;
                } else if (hit.format == "Actor"_L1) {
                    familyId = actorLabel;
                    const QString name = line.mid(hit.offset, hit.length).toString();
                    auto match = m_entityMatches.constFind(name);
                    if (match == m_entityMatches.cend()) {
                        match = m_entityMatches.insert(name, m_store.matchingEntities(name));
                    }
                    const QList<Entity> &entities = *match;
                    s.labelId = actorLabel;
                    if (entities.size() == 1) {
                        s.entityId = entities.first().id;
                        if (const std::optional<Label> typed = m_store.labelByPath(u"Actor › "_s + entities.first().type)) {
                            s.labelId = typed->id;
                        }
                    }
                } else if (lens.builtIn) {
                    continue; // handles and links are for reading only
                } else {
                    s.labelId = familyId = labelId(hit.format);
                }
                if (s.labelId == 0 || s.start >= s.end) {
                    continue;
                }
                s.text = text.mid(s.start, s.end - s.start);
                const QList<qint64> &covered = family(familyId);
                const bool annotated = std::any_of(existing.cbegin(), existing.cend(), [&](const Annotation &a) {
                    return a.start < s.end && s.start < a.end && covered.contains(a.labelId);
                });
                if (annotated) {
                    continue;
                }
                if (s.labelId == aidLabel) {
                    const QString key = QString::number(s.labelId) + u':' + s.text;
                    auto amount = m_amounts.constFind(key);
                    if (amount == m_amounts.cend()) {
                        Annotation probe;
                        probe.documentId = documentId;
                        probe.labelId = s.labelId;
                        probe.quote = s.text;
                        std::pair<QString, QString> values;
                        for (const AttributeProposal &proposal : AttributeProposals::propose(m_store, probe)) {
                            if (proposal.attribute.name == "amount"_L1) {
                                values.first = proposal.value;
                            } else if (proposal.attribute.name == "currency"_L1) {
                                values.second = proposal.value;
                            }
                        }
                        amount = m_amounts.insert(key, values);
                    }
                    s.amount = amount->first;
                    s.currency = amount->second;
                }
                out.append(s);
            }
            lineStart = lineEnd + 1;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.end > b.end;
    });
    return out;
}

QList<Suggestion> SuggestionEngine::occurrencesOf(const AnnotationStore &store,
    const Annotation &annotation,
    const QString &text,
    const QList<Annotation> &existing,
    bool caseSensitive)
{
    QList<Suggestion> out;
    const QString needle = annotation.quote;
    if (needle.trimmed().isEmpty()) {
        return out;
    }
    // The code point at \a i (a whole surrogate pair) is a letter, digit or underscore.
    const auto isWordAt = [&text](qsizetype i) {
        if (i < 0 || i >= text.size()) {
            return false;
        }
        char32_t c = text.at(i).unicode();
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
        } else if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        }
        return QChar::isLetterOrNumber(c) || c == U'_';
    };
    const auto isMark = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && text.at(i).isMark();
    };
    // Before the match, marks belong to the character they follow: "é" is a letter, "⚕️" is not.
    const auto wordBefore = [&](qsizetype at) {
        qsizetype i = at - 1;
        while (isMark(i)) {
            --i;
        }
        return isWordAt(i);
    };
    // After it, a mark changes the match's last letter, so the match is no whole word.
    const auto wordAfter = [&](qsizetype end) {
        return isMark(end) || isWordAt(end);
    };
    QString amount;
    QString currency;
    for (const AttributeProposal &proposal : AttributeProposals::propose(store, annotation)) {
        if (proposal.attribute.name == "amount"_L1) {
            amount = proposal.value;
        } else if (proposal.attribute.name == "currency"_L1) {
            currency = proposal.value;
        }
    }
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0; at = text.indexOf(needle, at + 1, cs)) {
        const qsizetype end = at + needle.size();
        if (wordBefore(at) || wordAfter(end)) {
            continue;
        }
        const bool covered = std::any_of(existing.cbegin(), existing.cend(), [&](const Annotation &a) {
            return a.labelId == annotation.labelId && a.start < end && at < a.end;
        });
        if (covered) {
            continue;
        }
        Suggestion s;
        s.documentId = annotation.documentId;
        s.start = at;
        s.end = end;
        s.text = text.mid(at, needle.size());
        s.lensId = u"occurrences"_s;
        s.format = store.labelPath(annotation.labelId);
        s.labelId = annotation.labelId;
        s.entityId = annotation.entityId;
        if (s.text == needle) {
            s.amount = amount;
            s.currency = currency;
        }
        out.append(s);
    }
    return out;
}

} // namespace Scholion::Models
