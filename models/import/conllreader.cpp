// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerutil_p.h"

#include "importedset.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

enum class Scheme {
    Any, ///< IOB1, IOB2 and BIOES read alike
    Iob2,
    Bioes,
};

struct Token {
    QString text;
    QString tag;
    qint64 line = 0;
};

using Sentence = QList<Token>;

// A token becomes text between single spaces: white space or a control character ('\r' of a
// stray line break, NUL) inside it would break the canonical text and the offsets built on it.
bool isToken(const QString &token)
{
    return !token.isEmpty() && std::none_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
}

class ConllBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SetReader)

public:
    ConllBuilder(const QString &path, Scheme scheme, ImportedSet *set, QString *error)
        : m_path(path)
        , m_scheme(scheme)
        , m_set(set)
        , m_error(error)
    {
    }

    bool addDocument(const QList<Sentence> &sentences, const QString &name)
    {
        ImportedDocument document;
        document.name = name;
        document.origin = m_path;
        for (const Sentence &sentence : sentences) {
            m_open.reset();
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                const Token &token = sentence.at(i);
                if (i > 0) {
                    document.text += u' ';
                }
                const qsizetype start = document.text.size();
                document.text += token.text;
                if (!addTag(token, start, document.text.size(), &document)) {
                    return false;
                }
            }
            if (m_open && m_scheme == Scheme::Bioes) {
                return fail(m_open->line, tr("the entity that starts here has no E- tag before the sentence ends."));
            }
            close(&document);
            document.text += u'\n';
        }
        m_set->documents.append(document);
        return true;
    }

private:
    struct Open {
        QString type;
        qsizetype start = 0;
        qsizetype end = 0;
        qint64 line = 0;
    };

    bool fail(qint64 line, const QString &message)
    {
        *m_error = SetReader::at(m_path, line, message);
        return false;
    }

    void close(ImportedDocument *document)
    {
        if (!m_open) {
            return;
        }
        ImportedSpan span;
        span.labelPath = QStringList{m_open->type};
        span.start = m_open->start;
        span.end = m_open->end;
        span.origin = u"%1:%2"_s.arg(m_path).arg(m_open->line);
        document->spans.append(span);
        m_open.reset();
    }

    bool addTag(const Token &token, qsizetype start, qsizetype end, ImportedDocument *document)
    {
        static const QRegularExpression tagPattern(u"^([BIESLU])-(.+)$"_s);
        if (token.tag == u"O"_s) {
            if (m_open && m_scheme == Scheme::Bioes) {
                return fail(token.line, tr("“O” follows an entity that has no E- tag."));
            }
            close(document);
            return true;
        }
        const QRegularExpressionMatch match = tagPattern.match(token.tag);
        if (!match.hasMatch()) {
            return fail(token.line, tr("“%1” is not a tag (O, B-, I-, E-, S-).").arg(token.tag));
        }
        QChar prefix = match.captured(1).at(0);
        prefix = prefix == u'L' ? u'E' : prefix == u'U' ? u'S' : prefix;
        const QString type = match.captured(2);
        const bool continues = m_open && m_open->type == type;
        if (m_scheme == Scheme::Iob2 && (prefix == u'E' || prefix == u'S')) {
            return fail(token.line, tr("“%1” is not an IOB2 tag.").arg(token.tag));
        }
        if (m_scheme == Scheme::Iob2 && prefix == u'I' && !continues) {
            return fail(token.line, tr("“%1” does not continue a B-%2 or I-%2 (IOB2).").arg(token.tag, type));
        }
        if (m_scheme == Scheme::Bioes) {
            if ((prefix == u'I' || prefix == u'E') && !continues) {
                return fail(token.line, tr("“%1” does not continue a B-%2 (BIOES).").arg(token.tag, type));
            }
            if ((prefix == u'B' || prefix == u'S') && m_open) {
                return fail(token.line, tr("“%1” follows an entity that has no E- tag.").arg(token.tag));
            }
        }
        if (prefix == u'B' || prefix == u'S' || !continues) {
            close(document);
            m_open = Open{type, start, end, token.line};
        } else {
            m_open->end = end;
        }
        if (prefix == u'S' || prefix == u'E') {
            close(document);
        }
        return true;
    }

    QString m_path;
    Scheme m_scheme;
    ImportedSet *m_set;
    QString *m_error;
    std::optional<Open> m_open;
};

} // namespace

bool SetReader::readConll(const QString &file, ImportedSet *set, QString *error)
{
    QString content;
    if (!ImportDetail::readUtf8File(file, &content, error)) {
        return false;
    }
    const QString suffix = QFileInfo(file).suffix().toLower();
    const Scheme scheme = suffix == u"iob2"_s ? Scheme::Iob2 : suffix == u"bioes"_s ? Scheme::Bioes : Scheme::Any;
    set->name = QFileInfo(file).completeBaseName();

    const QStringList lines = content.split(u'\n');
    bool pipeFormat = false;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            const QStringList items = line.split(u' ', Qt::SkipEmptyParts);
            pipeFormat = !line.contains(u'\t') && std::all_of(items.cbegin(), items.cend(), [](const QString &item) {
                return item.count(u'|') >= 1;
            });
            break;
        }
    }

    QList<QList<Sentence>> documents{{}};
    Sentence sentence;
    qsizetype columns = -1;
    qint64 columnsLine = 0;
    auto endSentence = [&] {
        if (!sentence.isEmpty()) {
            documents.last().append(sentence);
            sentence.clear();
        }
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        const qint64 lineNumber = i + 1;
        if (line.trimmed().isEmpty()) {
            endSentence();
            continue;
        }
        if (line.startsWith(u"-DOCSTART-"_s)) {
            endSentence();
            if (!documents.last().isEmpty()) {
                documents.append(QList<Sentence>());
            }
            continue;
        }
        if (pipeFormat) {
            // spaCy's "word|POS|TAG word|POS|TAG": one sentence per line.
            for (const QString &item : line.split(u' ', Qt::SkipEmptyParts)) {
                const qsizetype bar = item.lastIndexOf(u'|');
                const QString word = item.section(u'|', 0, 0);
                if (bar <= 0 || !isToken(word)) {
                    *error = at(file, lineNumber, tr("“%1” is not WORD|TAG.").arg(item));
                    return false;
                }
                sentence.append(Token{word, item.mid(bar + 1), lineNumber});
            }
            endSentence();
            continue;
        }
        const QStringList fields = line.contains(u'\t') ? line.split(u'\t') : line.split(u' ', Qt::SkipEmptyParts);
        if (columns < 0) {
            columns = fields.size();
            columnsLine = lineNumber;
        }
        if (fields.size() != columns || fields.size() < 2) {
            *error = at(file,
                lineNumber,
                fields.size() < 2 ? tr("a token line needs the token and its tag.")
                                  : tr("%1 columns here, %2 on line %3 (a token with a space in it?).").arg(fields.size()).arg(columns).arg(columnsLine));
            return false;
        }
        const QString token = fields.constFirst();
        if (!isToken(token)) {
            *error = at(file, lineNumber, tr("the token “%1” is empty or has a space or a control character in it.").arg(token));
            return false;
        }
        sentence.append(Token{token, fields.constLast().trimmed(), lineNumber});
    }
    endSentence();
    if (documents.last().isEmpty()) {
        documents.removeLast();
    }
    if (documents.isEmpty()) {
        *error = at(file, 0, tr("has no tokens."));
        return false;
    }
    ConllBuilder builder(file, scheme, set, error);
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const QString name = documents.size() == 1 ? set->name : u"%1-%2"_s.arg(set->name).arg(qlonglong(d + 1), 3, 10, QChar(u'0'));
        if (!builder.addDocument(documents.at(d), name)) {
            return false;
        }
    }
    return true;
}

} // namespace Scholion::Models
