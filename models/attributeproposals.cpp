// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributeproposals.h"

#include "amountparser.h"
#include "annotationstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

bool AttributeProposals::hasAmount(const AnnotationStore &store, qint64 labelId)
{
    const QList<LabelAttribute> attributes = store.attributesFor(labelId);
    return std::any_of(attributes.cbegin(), attributes.cend(), [](const LabelAttribute &a) {
        return a.name == u"amount"_s;
    });
}

QList<AttributeProposal> AttributeProposals::propose(const AnnotationStore &store, const Annotation &annotation, QString *problem)
{
    QList<AttributeProposal> proposals;
    const QList<LabelAttribute> attributes = store.attributesFor(annotation.labelId);
    const auto amount = std::find_if(attributes.cbegin(), attributes.cend(), [](const LabelAttribute &a) {
        return a.name == u"amount"_s;
    });
    if (amount == attributes.cend()) {
        return proposals;
    }
    const ParsedAmount parsed = AmountParser::parse(annotation.quote);
    if (!parsed.ok) {
        if (problem) {
            *problem = parsed.problem;
        }
        return proposals;
    }
    // A plain number: exports and comparisons ("above 100 million") read it as is.
    proposals.append({*amount, QString::number(parsed.amount, 'f', parsed.amount == std::floor(parsed.amount) ? 0 : 2)});
    const auto currency = std::find_if(attributes.cbegin(), attributes.cend(), [](const LabelAttribute &a) {
        return a.name == u"currency"_s;
    });
    if (currency != attributes.cend() && !parsed.currency.isEmpty()) {
        proposals.append({*currency, parsed.currency});
    }
    return proposals;
}

QString AttributeProposals::summary(const AnnotationStore &store, const Annotation &annotation)
{
    const QList<LabelAttribute> attributes = store.attributesFor(annotation.labelId);
    return attributes.isEmpty() ? QString() : summary(attributes, store.attributeValues(annotation.id));
}

QString AttributeProposals::summary(const QList<LabelAttribute> &attributes, const QList<AttributeValue> &values)
{
    if (attributes.isEmpty()) {
        return {};
    }
    const auto valueOf = [&values](qint64 attributeId) {
        for (const AttributeValue &v : values) {
            if (v.attributeId == attributeId) {
                return v.value;
            }
        }
        return QString();
    };
    QStringList parts;
    QString amount;
    QString currency;
    bool declaresAmount = false;
    for (const LabelAttribute &attribute : attributes) {
        const QString value = valueOf(attribute.id);
        if (attribute.name == u"amount"_s) {
            declaresAmount = true;
            bool ok = false;
            const double number = value.toDouble(&ok);
            amount = ok ? QLocale().toString(number, 'f', number == std::floor(number) ? 0 : 2) : value;
        } else if (attribute.name == u"currency"_s) {
            currency = value;
        } else if (!value.isEmpty()) {
            parts << value;
        }
    }
    if (declaresAmount) {
        if (amount.isEmpty()) {
            parts.prepend(u"⚠ "_s + tr("amount not set"));
        } else {
            parts.prepend(currency.isEmpty() ? amount : amount + u' ' + currency);
        }
    }
    return parts.join(u" · "_s);
}

} // namespace Scholion::Models
