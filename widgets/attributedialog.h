// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <models/annotation.h>

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;

namespace Scholion::Widgets
{

/*!
 * Edits the typed attributes of one annotation: a line for text, number and date values
 * (numbers and dates are checked), an editable list for choices. For an aid figure it shows
 * how its text reads as an amount, and "Read from text" fills amount and currency from it.
 */
class AttributeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeDialog)

public:
    AttributeDialog(const QString &quote,
        const QList<Models::LabelAttribute> &attributes,
        const QList<Models::AttributeValue> &values,
        QWidget *parent = nullptr);

    /*! The values as edited, by attribute id (an empty string clears one). */
    QHash<qint64, QString> values() const;
    /*! Sets the editor of attribute \a name (tests and "Read from text" use it). */
    void setValue(const QString &name, const QString &value);
    /*! Fills amount and currency from the quote; false when it does not read as an amount. */
    bool readAmountFromText();
    /*! True when every number and date is well formed (OK is enabled then). */
    bool isValid() const;

private:
    void validate();

    QString m_quote;
    QList<Models::LabelAttribute> m_attributes;
    QHash<qint64, QWidget *> m_editors;
    QLabel *m_parsed;
    QLabel *m_problem;
};

} // namespace Scholion::Widgets
