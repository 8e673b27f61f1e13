// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QList>

namespace Scholion::Models
{

class AnnotationStore;

/*! An attribute value read from a span's text, to be set when the span is tagged. */
struct AttributeProposal {
    LabelAttribute attribute;
    QString value;
};

/*!
 * Reads attribute values out of a span's own text. Today: a label that declares an "amount"
 * attribute (Aid figure and its sub-labels) gets the amount parsed by AmountParser as a plain
 * number ("500000000") and, when it declares "currency", the ISO code. A figure that cannot be
 * read yields no proposal and a problem to show: nothing is guessed.
 */
class AttributeProposals final
{
    Q_DECLARE_TR_FUNCTIONS(AttributeProposals)

public:
    /*! True when the label of \a annotation declares an amount (it is an aid figure). */
    static bool hasAmount(const AnnotationStore &store, qint64 labelId);
    /*! The values to set for \a annotation; \a problem receives why the amount could not be read. */
    static QList<AttributeProposal> propose(const AnnotationStore &store, const Annotation &annotation, QString *problem = nullptr);
    /*! A short summary of an annotation's attributes for lists: "500,000,000 USD · humanitarian", or a warning when an amount is missing. */
    static QString summary(const AnnotationStore &store, const Annotation &annotation);
    /*! The same summary from the label's \a attributes and the annotation's \a values, already read. */
    static QString summary(const QList<LabelAttribute> &attributes, const QList<AttributeValue> &values);
};

} // namespace Scholion::Models
