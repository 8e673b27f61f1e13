// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerutil_p.h"

#include "importedset.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

struct VisualConf {
    QHash<QString, QColor> colors; ///< type → bgColor (CSS names; QColor knows them)
    QHash<QString, QString> names; ///< type → display name, from [labels]
};

VisualConf readVisualConf(const QString &folder)
{
    VisualConf conf;
    QHash<QString, QColor> &colors = conf.colors;
    QString text;
    QString ignored;
    if (!QFileInfo::exists(QDir(folder).filePath(u"visual.conf"_s)) || !ImportDetail::readUtf8File(QDir(folder).filePath(u"visual.conf"_s), &text, &ignored)) {
        return conf;
    }
    bool inDrawing = false;
    bool inLabels = false;
    static const QRegularExpression bgColor(u"bgColor:\\s*([#A-Za-z0-9]+)"_s);
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'[')) {
            inDrawing = trimmed == u"[drawing]"_s;
            inLabels = trimmed == u"[labels]"_s;
            continue;
        }
        if (inLabels && trimmed.contains(u'|') && !trimmed.startsWith(u'#')) {
            const QStringList parts = trimmed.split(u'|');
            if (!parts.at(1).trimmed().isEmpty()) {
                conf.names.insert(parts.at(0).trimmed(), parts.at(1).trimmed());
            }
            continue;
        }
        if (!inDrawing || trimmed.isEmpty() || trimmed.startsWith(u'#')) {
            continue;
        }
        const QString type = trimmed.section(u'\t', 0, 0).trimmed();
        const QRegularExpressionMatch match = bgColor.match(trimmed);
        if (match.hasMatch()) {
            const QColor color = QColor::fromString(match.captured(1));
            if (color.isValid()) {
                colors.insert(type, color);
            }
        }
    }
    return conf;
}

struct BratDocument {
    ImportedDocument document;
    QHash<QString, qsizetype> spanIndex; // T id → first span
    QHash<QString, QString> eventTrigger; // E id → T id
    QHash<QString, qsizetype> relationIndex; // R id → relation
};

class AnnReader
{
    Q_DECLARE_TR_FUNCTIONS(SetReader)

public:
    AnnReader(const QString &annPath, const SourceText &source, BratDocument *doc, QString *error, const QHash<QString, QString> &names)
        : m_path(annPath)
        , m_source(source)
        , m_doc(doc)
        , m_error(error)
        , m_names(names)
    {
    }

    bool read(const QString &content)
    {
        const QStringList lines = content.split(u'\n');
        // Entities and events first, so that lines may refer forward as brat allows.
        // Pass 0: text-bound spans; pass 1: events, relations, attributes, normalisations; pass 2: notes.
        for (int pass = 0; pass < 3; ++pass) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QString line = lines.at(i);
                if (line.endsWith(u'\r')) {
                    line.chop(1);
                }
                if (line.trimmed().isEmpty()) {
                    continue;
                }
                m_line = i + 1;
                const QChar kind = line.at(0);
                const int linePass = kind == u'T' ? 0 : kind == u'#' ? 2 : 1;
                if (pass != linePass) {
                    continue;
                }
                if (!readLine(kind, line)) {
                    return false;
                }
            }
            if (pass == 0) {
                // Events: resolved after all T lines, as their triggers.
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    QString line = lines.at(i);
                    if (line.endsWith(u'\r')) {
                        line.chop(1);
                    }
                    if (line.startsWith(u'E')) {
                        m_line = i + 1;
                        if (!readEventTrigger(line)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        *m_error = SetReader::at(m_path, m_line, message);
        return false;
    }

    QString origin() const { return u"%1:%2"_s.arg(m_path).arg(m_line); }

    // The span an id stands for: a T, or an event's trigger.
    std::optional<qsizetype> spanFor(const QString &id) const
    {
        QString key = id;
        if (id.startsWith(u'E')) {
            key = m_doc->eventTrigger.value(id);
        }
        const auto it = m_doc->spanIndex.constFind(key);
        if (it == m_doc->spanIndex.cend()) {
            return std::nullopt;
        }
        return *it;
    }

    bool readLine(QChar kind, const QString &line)
    {
        switch (kind.unicode()) {
        case u'T':
            return readTextBound(line);
        case u'E':
            return readEventArguments(line);
        case u'R':
            return readRelation(line);
        case u'*':
            return readEquiv(line);
        case u'A':
        case u'M':
            return readAttribute(line);
        case u'N':
            return readNormalization(line);
        case u'#':
            return readNote(line);
        default:
            return fail(tr("unknown annotation line “%1”.").arg(line.left(40)));
        }
    }

    bool readTextBound(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3) {
            return fail(tr("a text-bound annotation needs an id, a type with offsets and the text, separated by tabs."));
        }
        const QString id = fields.at(0);
        if (m_doc->spanIndex.contains(id)) {
            return fail(tr("the id %1 is used twice.").arg(id));
        }
        const QString middle = fields.at(1);
        const qsizetype space = middle.indexOf(u' ');
        if (space <= 0) {
            return fail(tr("“%1” has no offsets.").arg(middle));
        }
        const QString type = middle.left(space);
        const QStringList fragments = middle.mid(space + 1).split(u';');
        const QString text = fields.mid(2).join(u'\t');
        QList<std::pair<qint64, qint64>> ranges;
        for (const QString &fragment : fragments) {
            const QStringList numbers = fragment.trimmed().split(u' ', Qt::SkipEmptyParts);
            bool okStart = false;
            bool okEnd = false;
            const qint64 start = numbers.value(0).toLongLong(&okStart);
            const qint64 end = numbers.value(1).toLongLong(&okEnd);
            if (numbers.size() != 2 || !okStart || !okEnd) {
                return fail(tr("“%1” is not a pair of offsets.").arg(fragment));
            }
            ranges.append({start, end});
        }
        QStringList slices;
        for (const auto &[start, end] : std::as_const(ranges)) {
            const auto s = m_source.rawFromCodePoints(start);
            const auto e = m_source.rawFromCodePoints(end);
            if (start > end || !s || !e) {
                return fail(tr("the span %1–%2 ends after the text (%3 characters).").arg(start).arg(end).arg(m_source.codePointLength()));
            }
            slices << m_source.raw().mid(*s, *e - *s);
        }
        // brat joins the fragments of a discontinuous span with a space.
        if (slices.join(u' ') != text) {
            return fail(tr("the text of %1 is “%2”, but its offsets read “%3” (brat offsets are code points).").arg(id, text, slices.join(u' ')));
        }
        // Fragments with only white space between them are brat's way of crossing a line
        // break: they become one span. Other fragments become a span each.
        for (qsizetype f = ranges.size() - 1; f > 0; --f) {
            const qsizetype gapStart = *m_source.rawFromCodePoints(ranges.at(f - 1).second);
            const qsizetype gapEnd = *m_source.rawFromCodePoints(ranges.at(f).first);
            if (gapEnd >= gapStart && m_source.raw().mid(gapStart, gapEnd - gapStart).trimmed().isEmpty()) {
                ranges[f - 1].second = ranges.at(f).second;
                ranges.removeAt(f);
            }
        }
        const qsizetype firstIndex = m_doc->document.spans.size();
        for (qsizetype f = 0; f < ranges.size(); ++f) {
            ImportedSpan span;
            span.labelPath = QStringList{m_names.value(type, type)};
            span.origin = origin();
            span.key = f == 0 ? id : u"%1#%2"_s.arg(id).arg(f + 1);
            QString problem;
            if (!ImportDetail::placeSpan(m_source, ranges.at(f).first, ranges.at(f).second, false, QString(), &span, &problem)) {
                return fail(problem);
            }
            m_doc->document.spans.append(span);
        }
        m_doc->spanIndex.insert(id, firstIndex);
        return true;
    }

    bool readEventTrigger(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        const QStringList args = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 2 || args.isEmpty() || !args.constFirst().contains(u':')) {
            return fail(tr("an event needs an id and TYPE:TRIGGER."));
        }
        const QString trigger = args.constFirst().section(u':', 1);
        if (!m_doc->spanIndex.contains(trigger)) {
            return fail(tr("the event's trigger %1 is not defined.").arg(trigger));
        }
        if (m_doc->eventTrigger.contains(fields.at(0))) {
            return fail(tr("the id %1 is used twice.").arg(fields.at(0)));
        }
        m_doc->eventTrigger.insert(fields.at(0), trigger);
        return true;
    }

    bool readEventArguments(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        const QStringList args = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        const QString trigger = m_doc->eventTrigger.value(fields.at(0));
        for (const QString &argument : args.mid(1)) {
            const qsizetype colon = argument.indexOf(u':');
            if (colon <= 0) {
                return fail(tr("the event argument “%1” is not ROLE:ID.").arg(argument));
            }
            const QString target = argument.mid(colon + 1);
            if (!spanFor(target)) {
                return fail(tr("the event argument %1 refers to %2, which is not defined.").arg(argument.left(colon), target));
            }
            QString role = argument.left(colon);
            while (!role.isEmpty() && role.back().isDigit()) {
                role.chop(1); // Theme2 is a second Theme
            }
            const QString targetKey = m_doc->document.spans.at(*spanFor(target)).key;
            m_doc->document.relations.append(ImportedRelation{role, trigger, targetKey, QString(), origin()});
        }
        return true;
    }

    bool readRelation(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        const QStringList parts = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 2 || parts.size() != 3) {
            return fail(tr("a relation needs an id, a type and two arguments."));
        }
        QStringList keys;
        for (const QString &argument : parts.mid(1)) {
            const QString target = argument.section(u':', 1);
            const auto index = spanFor(target);
            if (!argument.contains(u':') || !index) {
                return fail(tr("the relation %1 refers to %2, which is not defined.").arg(fields.at(0), target.isEmpty() ? argument : target));
            }
            keys << m_doc->document.spans.at(*index).key;
        }
        if (m_doc->relationIndex.contains(fields.at(0))) {
            return fail(tr("the id %1 is used twice.").arg(fields.at(0)));
        }
        m_doc->relationIndex.insert(fields.at(0), m_doc->document.relations.size());
        m_doc->document.relations.append(ImportedRelation{parts.at(0), keys.at(0), keys.at(1), QString(), origin()});
        return true;
    }

    bool readEquiv(const QString &line)
    {
        const QStringList parts = line.section(u'\t', 1).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 3) {
            return fail(tr("an equivalence needs a type and at least two ids."));
        }
        QStringList keys;
        for (const QString &id : parts.mid(1)) {
            const auto index = spanFor(id);
            if (!index) {
                return fail(tr("the equivalence refers to %1, which is not defined.").arg(id));
            }
            keys << m_doc->document.spans.at(*index).key;
        }
        for (qsizetype i = 1; i < keys.size(); ++i) {
            m_doc->document.relations.append(ImportedRelation{parts.at(0), keys.at(i - 1), keys.at(i), QString(), origin()});
        }
        return true;
    }

    bool readAttribute(const QString &line)
    {
        const QStringList parts = line.section(u'\t', 1).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2 || parts.size() > 3) {
            return fail(tr("an attribute needs a name, an id and at most one value."));
        }
        const auto index = spanFor(parts.at(1));
        if (!index) {
            return fail(tr("the attribute %1 refers to %2, which is not defined.").arg(parts.at(0), parts.at(1)));
        }
        m_doc->document.spans[*index].attributes.append({parts.at(0), parts.size() == 3 ? parts.at(2) : u"true"_s});
        return true;
    }

    bool readNormalization(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        const QStringList parts = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 2 || parts.size() != 3) {
            return fail(tr("a normalisation needs a type, an id and a reference."));
        }
        const auto index = spanFor(parts.at(1));
        if (!index) {
            return fail(tr("the normalisation refers to %1, which is not defined.").arg(parts.at(1)));
        }
        const QString name = fields.mid(2).join(u'\t').trimmed();
        m_doc->document.spans[*index].entity = name.isEmpty() ? parts.at(2) : name;
        return true;
    }

    bool readNote(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        const QStringList parts = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 2 || parts.size() != 2) {
            return fail(tr("a note needs a type and an id."));
        }
        const QString note = fields.mid(2).join(u'\t');
        const QString &target = parts.at(1);
        QString *slot = nullptr;
        if (const auto index = spanFor(target)) {
            slot = &m_doc->document.spans[*index].note;
        } else if (m_doc->relationIndex.contains(target)) {
            slot = &m_doc->document.relations[m_doc->relationIndex.value(target)].note;
        } else {
            return fail(tr("the note refers to %1, which is not defined.").arg(target));
        }
        *slot = slot->isEmpty() ? note : *slot + u'\n' + note;
        return true;
    }

    QString m_path;
    const SourceText &m_source;
    BratDocument *m_doc;
    QString *m_error;
    const QHash<QString, QString> &m_names;
    qsizetype m_line = 0;
};

} // namespace

bool SetReader::readBrat(const QString &folder, ImportedSet *set, QString *error)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        *error = at(folder, 0, info.exists() ? tr("is not a folder; a brat set is a folder of .txt and .ann files.") : tr("does not exist."));
        return false;
    }
    set->name = info.fileName();
    QStringList annFiles;
    QDirIterator it(folder, {u"*.ann"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        annFiles << it.next();
    }
    std::sort(annFiles.begin(), annFiles.end());
    if (annFiles.isEmpty()) {
        *error = at(folder, 0, tr("has no .ann files."));
        return false;
    }
    const VisualConf visual = readVisualConf(folder);
    for (auto c = visual.colors.cbegin(); c != visual.colors.cend(); ++c) {
        set->labels.append(ImportedLabel{QStringList{visual.names.value(c.key(), c.key())}, c.value(), QString(), false});
    }
    const QDir root(folder);
    for (const QString &annPath : std::as_const(annFiles)) {
        const QString txtPath = annPath.chopped(4) + u".txt"_s;
        if (!QFileInfo::exists(txtPath)) {
            *error = at(annPath, 0, tr("has no .txt file beside it."));
            return false;
        }
        QString raw;
        QString content;
        if (!ImportDetail::readUtf8File(txtPath, &raw, error) || !ImportDetail::readUtf8File(annPath, &content, error)) {
            return false;
        }
        const SourceText source(raw);
        BratDocument doc;
        doc.document.name = root.relativeFilePath(annPath).chopped(4);
        doc.document.text = source.canonical();
        doc.document.sourceFile = QFileInfo(txtPath).absoluteFilePath();
        doc.document.origin = txtPath;
        AnnReader reader(annPath, source, &doc, error, visual.names);
        if (!reader.read(content)) {
            return false;
        }
        set->documents.append(doc.document);
    }
    return true;
}

} // namespace Scholion::Models
