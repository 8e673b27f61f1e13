// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributedialog.h"

#include <models/amountparser.h>

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

namespace
{
QString textOf(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        return line->text().trimmed();
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        return combo->currentText().trimmed();
    }
    return {};
}
} // namespace

AttributeDialog::AttributeDialog(const QString &quote, const QList<LabelAttribute> &attributes, const QList<AttributeValue> &values, QWidget *parent)
    : QDialog(parent)
    , m_quote(quote)
    , m_attributes(attributes)
    , m_parsed(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"attributeDialog"_s);
    setWindowTitle(tr("Attributes"));
    auto *form = new QFormLayout;
    auto *quoteLabel = new QLabel(u"“%1”"_s.arg(quote.simplified().left(120).toHtmlEscaped()), this);
    quoteLabel->setWordWrap(true);
    form->addRow(tr("Text:"), quoteLabel);
    bool hasAmount = false;
    for (const LabelAttribute &attribute : attributes) {
        QString value;
        for (const AttributeValue &v : values) {
            if (v.attributeId == attribute.id) {
                value = v.value;
            }
        }
        QWidget *editor = nullptr;
        if (attribute.type == u"choice"_s) {
            auto *combo = new QComboBox(this);
            combo->setEditable(true); // a value outside the list (a rarer currency) stays possible
            combo->addItem(QString());
            combo->addItems(attribute.choices);
            combo->setCurrentText(value);
            connect(combo, &QComboBox::currentTextChanged, this, &AttributeDialog::validate);
            editor = combo;
        } else {
            auto *line = new QLineEdit(value, this);
            if (attribute.type == u"number"_s) {
                line->setPlaceholderText(tr("a number, e.g. 500000000"));
            } else if (attribute.type == u"date"_s) {
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            }
            connect(line, &QLineEdit::textChanged, this, &AttributeDialog::validate);
            editor = line;
        }
        editor->setObjectName(u"attribute:"_s + attribute.name);
        m_editors.insert(attribute.id, editor);
        form->addRow(attribute.name + u':', editor);
        hasAmount = hasAmount || attribute.name == u"amount"_s;
    }
    if (hasAmount) {
        const ParsedAmount parsed = AmountParser::parse(quote);
        m_parsed->setText(
            parsed.ok ? tr("The text reads as %1.").arg(AmountParser::format(parsed)) : tr("The text does not read as an amount: %1").arg(parsed.problem));
        m_parsed->setWordWrap(true);
        auto *read = new QPushButton(tr("&Read from Text"), this);
        read->setEnabled(parsed.ok);
        connect(read, &QPushButton::clicked, this, &AttributeDialog::readAmountFromText);
        form->addRow(m_parsed);
        form->addRow(QString(), read);
    } else {
        m_parsed->hide();
    }
    m_problem->setStyleSheet(u"color: palette(highlight);"_s);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"attributeButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

QHash<qint64, QString> AttributeDialog::values() const
{
    QHash<qint64, QString> result;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        result.insert(it.key(), textOf(it.value()));
    }
    return result;
}

void AttributeDialog::setValue(const QString &name, const QString &value)
{
    for (const LabelAttribute &attribute : std::as_const(m_attributes)) {
        if (attribute.name != name) {
            continue;
        }
        QWidget *editor = m_editors.value(attribute.id);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(value);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentText(value);
        }
    }
}

bool AttributeDialog::readAmountFromText()
{
    const ParsedAmount parsed = AmountParser::parse(m_quote);
    if (!parsed.ok) {
        return false;
    }
    setValue(u"amount"_s, QString::number(parsed.amount, 'f', parsed.amount == std::floor(parsed.amount) ? 0 : 2));
    if (!parsed.currency.isEmpty()) {
        setValue(u"currency"_s, parsed.currency);
    }
    return true;
}

bool AttributeDialog::isValid() const
{
    return m_problem->text().isEmpty();
}

void AttributeDialog::validate()
{
    QStringList problems;
    for (const LabelAttribute &attribute : std::as_const(m_attributes)) {
        const QString value = textOf(m_editors.value(attribute.id));
        if (value.isEmpty()) {
            continue;
        }
        if (attribute.type == u"number"_s) {
            bool ok = false;
            value.toDouble(&ok); // C locale on purpose: stored numbers are portable
            if (!ok) {
                problems << tr("%1 must be a number written with digits and a decimal point, e.g. 1200000000.").arg(attribute.name);
            }
        } else if (attribute.type == u"date"_s && !QDate::fromString(value, Qt::ISODate).isValid()) {
            problems << tr("%1 must be a date written as YYYY-MM-DD.").arg(attribute.name);
        }
    }
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    if (auto *buttons = findChild<QDialogButtonBox *>(u"attributeButtons"_s)) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    }
}

} // namespace Scholion::Widgets
