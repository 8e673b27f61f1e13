// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
struct KindInfo {
    ImportIssue::Kind kind;
    const char16_t *name;
    const char *label;
};

const KindInfo kKinds[] = {
    {ImportIssue::Kind::Empty, u"empty", QT_TRANSLATE_NOOP("ImportReport", "Empty file")},
    {ImportIssue::Kind::Binary, u"binary", QT_TRANSLATE_NOOP("ImportReport", "Binary file")},
    {ImportIssue::Kind::InvalidEncoding, u"invalid-encoding", QT_TRANSLATE_NOOP("ImportReport", "Broken encoding")},
    {ImportIssue::Kind::TooLarge, u"too-large", QT_TRANSLATE_NOOP("ImportReport", "Too large")},
    {ImportIssue::Kind::Unreadable, u"unreadable", QT_TRANSLATE_NOOP("ImportReport", "Unreadable")},
    {ImportIssue::Kind::Missing, u"missing", QT_TRANSLATE_NOOP("ImportReport", "Missing")},
    {ImportIssue::Kind::EncodingGuessed, u"encoding-guessed", QT_TRANSLATE_NOOP("ImportReport", "Encoding guessed")},
    {ImportIssue::Kind::NeedsReview, u"needs-review", QT_TRANSLATE_NOOP("ImportReport", "Annotations to review")},
};
} // namespace

QString ImportIssue::kindName(Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind) {
            return QString::fromUtf16(info.name);
        }
    }
    return {};
}

QString ImportIssue::kindLabel(Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind) {
            return QCoreApplication::translate("ImportReport", info.label);
        }
    }
    return {};
}

ImportIssue::Kind ImportIssue::kindFromName(QStringView name)
{
    for (const KindInfo &info : kKinds) {
        if (name == QStringView(info.name)) {
            return info.kind;
        }
    }
    return Kind::Unreadable;
}

QString ImportReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return u"running"_s;
    case Outcome::Completed:
        return u"completed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Failed:
        return u"failed"_s;
    }
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray issueArray;
    for (const ImportIssue &issue : issues) {
        issueArray.append(QJsonObject{{u"kind"_s, ImportIssue::kindName(issue.kind)}, {u"path"_s, issue.path}, {u"detail"_s, issue.detail}});
    }
    return QJsonObject{
        {u"corpusRoot"_s, corpusRoot},
        {u"projectPath"_s, projectPath},
        {u"started"_s, started.toString(Qt::ISODateWithMs)},
        {u"finished"_s, finished.toString(Qt::ISODateWithMs)},
        {u"outcome"_s, outcomeName(outcome)},
        {u"error"_s, error},
        {u"filesFound"_s, filesFound},
        {u"added"_s, added},
        {u"updated"_s, updated},
        {u"unchanged"_s, unchanged},
        {u"skipped"_s, skipped},
        {u"missing"_s, missing},
        {u"otherFilesIgnored"_s, otherFilesIgnored},
        {u"bytesRead"_s, bytesRead},
        {u"annotationsMoved"_s, annotationsMoved},
        {u"annotationsNeedingReview"_s, annotationsNeedingReview},
        {u"issues"_s, issueArray},
    };
}

ImportReport ImportReport::fromJson(const QJsonObject &json)
{
    ImportReport report;
    report.corpusRoot = json.value(u"corpusRoot"_s).toString();
    report.projectPath = json.value(u"projectPath"_s).toString();
    report.started = QDateTime::fromString(json.value(u"started"_s).toString(), Qt::ISODateWithMs);
    report.finished = QDateTime::fromString(json.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    const QString outcome = json.value(u"outcome"_s).toString();
    for (Outcome o : {Outcome::Running, Outcome::Completed, Outcome::Cancelled, Outcome::Failed}) {
        if (outcomeName(o) == outcome) {
            report.outcome = o;
        }
    }
    report.error = json.value(u"error"_s).toString();
    report.filesFound = json.value(u"filesFound"_s).toInt();
    report.added = json.value(u"added"_s).toInt();
    report.updated = json.value(u"updated"_s).toInt();
    report.unchanged = json.value(u"unchanged"_s).toInt();
    report.skipped = json.value(u"skipped"_s).toInt();
    report.missing = json.value(u"missing"_s).toInt();
    report.otherFilesIgnored = json.value(u"otherFilesIgnored"_s).toInt();
    report.bytesRead = json.value(u"bytesRead"_s).toInteger();
    report.annotationsMoved = json.value(u"annotationsMoved"_s).toInt();
    report.annotationsNeedingReview = json.value(u"annotationsNeedingReview"_s).toInt();
    const QJsonArray issueArray = json.value(u"issues"_s).toArray();
    for (const QJsonValue &value : issueArray) {
        const QJsonObject object = value.toObject();
        report.issues.append(ImportIssue{ImportIssue::kindFromName(object.value(u"kind"_s).toString()),
            object.value(u"path"_s).toString(),
            object.value(u"detail"_s).toString()});
    }
    return report;
}

QString ImportReport::summary() const
{
    QStringList parts;
    parts << tr("%n added", nullptr, added) << tr("%n updated", nullptr, updated) << tr("%n unchanged", nullptr, unchanged)
          << tr("%n skipped", nullptr, skipped) << tr("%n missing", nullptr, missing);
    return parts.join(u", "_s);
}

QString ImportReport::toText() const
{
    const QLocale locale;
    QString text;
    switch (outcome) {
    case Outcome::Running:
        text += tr("Import of %1 is running.").arg(corpusRoot);
        break;
    case Outcome::Completed:
        text += tr("Import of %1 completed.").arg(corpusRoot);
        break;
    case Outcome::Cancelled:
        text += tr("Import of %1 was cancelled; what was imported until then is kept.").arg(corpusRoot);
        break;
    case Outcome::Failed:
        text += tr("Import of %1 failed: %2").arg(corpusRoot, error);
        break;
    }
    text += u'\n';
    if (!projectPath.isEmpty()) {
        text += tr("Project: %1").arg(projectPath) + u'\n';
    }
    if (started.isValid()) {
        const qint64 ms = finished.isValid() ? started.msecsTo(finished) : 0;
        text += tr("Started %1, took %2 s.").arg(locale.toString(started.toLocalTime(), QLocale::ShortFormat), locale.toString(ms / 1000.0, 'f', 1)) + u'\n';
    }
    text += tr("%n supported file(s) found: ", nullptr, filesFound) + summary() + u'.' + u'\n';
    if (otherFilesIgnored > 0) {
        text += tr("%n file(s) of other types ignored.", nullptr, otherFilesIgnored) + u'\n';
    }
    if (annotationsMoved > 0 || annotationsNeedingReview > 0) {
        text += tr("Annotations re-anchored after changes: %1; to review: %2.").arg(annotationsMoved).arg(annotationsNeedingReview) + u'\n';
    }
    if (!issues.isEmpty()) {
        text += u'\n';
        for (const ImportIssue &issue : issues) {
            text += u"%1\t%2\t%3\n"_s.arg(ImportIssue::kindLabel(issue.kind), issue.path, issue.detail);
        }
    }
    return text;
}

} // namespace Scholion::Models
