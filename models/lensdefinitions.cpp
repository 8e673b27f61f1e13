// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lensdefinitions.h"

#include "annotationstore.h"
#include "colorcontrast.h"
#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{

struct BuiltIn {
    const char *id;
    const char *title;
    const char *definition;
    QRgb color;
};

// QT_TRANSLATE_NOOP keeps the titles in the LensDefinitions context for translators.
constexpr BuiltIn builtIns[] = {
    {"quotes", QT_TRANSLATE_NOOP("Scholion::Models::LensDefinitions", "Quotes"), "Scholion Quotes", 0x8e44ad},
    {"money", QT_TRANSLATE_NOOP("Scholion::Models::LensDefinitions", "Money"), "Scholion Money", 0x1e8449},
    {"dates", QT_TRANSLATE_NOOP("Scholion::Models::LensDefinitions", "Dates"), "Scholion Dates", 0x2471a3},
    {"handles", QT_TRANSLATE_NOOP("Scholion::Models::LensDefinitions", "Handles and Links"), "Scholion Handles and Links", 0x148f77},
    {"actors", QT_TRANSLATE_NOOP("Scholion::Models::LensDefinitions", "Known Actors"), "Scholion Known Actors", 0xca6f1e},
};

constexpr QRgb userColors[] = {0xc0392b, 0x6c3483, 0x9a7d0a, 0x1a5276, 0x7b241c};

bool isBuiltInName(const QString &name)
{
    return std::any_of(std::begin(builtIns), std::end(builtIns), [&name](const BuiltIn &b) {
        return name.compare(QLatin1StringView(b.definition), Qt::CaseInsensitive) == 0;
    });
}

/*! The definition's language name, or a problem "PATH:LINE: why". */
QString checkDefinitionFile(const QString &path, QString *name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return LensDefinitions::tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    QXmlStreamReader xml(&file);
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto where = [&] {
            return u"%1:%2"_s.arg(QDir::toNativeSeparators(path)).arg(xml.lineNumber());
        };
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != "language"_L1) {
                return LensDefinitions::tr("%1: this is not a syntax definition (the first element is <%2>, not <language>).")
                    .arg(where(), xml.name().toString());
            }
            *name = xml.attributes().value("name"_L1).toString().trimmed();
            if (name->isEmpty()) {
                return LensDefinitions::tr("%1: the <language> element has no name.").arg(where());
            }
            if (isBuiltInName(*name)) {
                return LensDefinitions::tr("%1: the name “%2” belongs to a built-in lens; choose another name.").arg(where(), *name);
            }
        } else if (xml.name() == "RegExpr"_L1) {
            const QString pattern = xml.attributes().value("String"_L1).toString();
            const QRegularExpression regex(pattern);
            if (!regex.isValid()) {
                return LensDefinitions::tr("%1: the regular expression “%2” is invalid: %3 (at character %4).")
                    .arg(where(), pattern, regex.errorString())
                    .arg(regex.patternErrorOffset() + 1);
            }
        }
    }
    if (xml.hasError()) {
        return LensDefinitions::tr("%1:%2: %3").arg(QDir::toNativeSeparators(path)).arg(xml.lineNumber()).arg(xml.errorString());
    }
    if (!sawRoot) {
        return LensDefinitions::tr("%1: the file is empty.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace

LensDefinitions::LensDefinitions(QObject *parent)
    : QObject(parent)
{
    stageUserDefinitions();
    rebuildLenses();
}

LensDefinitions::~LensDefinitions() = default;

QString LensDefinitions::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"lenses"_s);
}

QString LensDefinitions::actorListName()
{
    return u"actors"_s;
}

std::optional<Lens> LensDefinitions::lens(const QString &id) const
{
    for (const Lens &lens : m_lenses) {
        if (lens.id == id) {
            return lens;
        }
    }
    return std::nullopt;
}

KSyntaxHighlighting::Definition LensDefinitions::definition(const QString &lensId) const
{
    const auto found = lens(lensId);
    return found ? highlightingRepository().definitionForName(found->definitionName) : KSyntaxHighlighting::Definition();
}

void LensDefinitions::stageUserDefinitions()
{
    m_problems.clear();
    m_userFiles.clear();
    const QString staged = stagedLensFolder();
    KSyntaxHighlighting::Repository &repository = highlightingRepository(); // creates the staging folder
    if (staged.isEmpty()) {
        return;
    }
    QDir stagedDir(staged);
    QByteArray before;
    for (const QString &entry : stagedDir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name)) {
        QFile file(stagedDir.filePath(entry));
        if (file.open(QIODevice::ReadOnly)) {
            before += entry.toUtf8() + '\0' + QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        }
        stagedDir.remove(entry);
    }

    QByteArray after;
    QStringList names;
    const QDir user(userFolder());
    const QStringList files = user.entryList({u"*.xml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (int i = 0; i < files.size(); ++i) {
        const QString path = user.filePath(files.at(i));
        QString name;
        const QString problem = checkDefinitionFile(path, &name);
        if (!problem.isEmpty()) {
            m_problems.append(problem);
            continue;
        }
        if (names.contains(name, Qt::CaseInsensitive)) {
            m_problems.append(tr("%1: another file already defines a lens named “%2”.").arg(QDir::toNativeSeparators(path), name));
            continue;
        }
        names.append(name);
        m_userFiles.insert(name, path);
        const QString target = stagedDir.filePath(u"user-%1.xml"_s.arg(i));
        if (!QFile::copy(path, target)) {
            m_problems.append(tr("%1: cannot be copied for loading.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QFile copied(target);
        if (copied.open(QIODevice::ReadOnly)) {
            after += QFileInfo(target).fileName().toUtf8() + '\0' + QCryptographicHash::hash(copied.readAll(), QCryptographicHash::Sha256);
        }
    }
    if (before != after) {
        repository.reload();
    }
}

void LensDefinitions::rebuildLenses()
{
    KSyntaxHighlighting::Repository &repository = highlightingRepository();
    m_lenses.clear();
    for (const BuiltIn &b : builtIns) {
        m_lenses.append(Lens{QString::fromLatin1(b.id), tr(b.title), QString::fromLatin1(b.definition), {}, QColor::fromRgb(b.color), true});
    }
    const QString staged = QDir(stagedLensFolder()).canonicalPath();
    QList<Lens> user;
    for (const KSyntaxHighlighting::Definition &definition : repository.definitions()) {
        const QString path = QFileInfo(definition.filePath()).canonicalPath();
        if (staged.isEmpty() || path != staged) {
            continue;
        }
        if (!definition.isValid() || definition.formats().isEmpty()) {
            const QString file = m_userFiles.value(definition.name(), definition.name());
            m_problems.append(tr("%1: KSyntaxHighlighting could not load this definition.").arg(QDir::toNativeSeparators(file)));
            continue;
        }
        user.append(Lens{u"user:"_s + definition.name(), definition.translatedName(), definition.name(), {}, {}, false});
    }
    std::sort(user.begin(), user.end(), [](const Lens &a, const Lens &b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });
    for (qsizetype i = 0; i < user.size(); ++i) {
        user[i].color = QColor::fromRgb(userColors[i % std::size(userColors)]);
        user[i].filePath = m_userFiles.value(user.at(i).definitionName);
    }
    m_lenses.append(user);
    applyActorList();
}

void LensDefinitions::applyActorList()
{
    applyActorList(highlightingRepository(), m_actors);
}

void LensDefinitions::applyActorList(KSyntaxHighlighting::Repository &repository, const QStringList &actorNames)
{
    KSyntaxHighlighting::Definition actors = repository.definitionForName(u"Scholion Known Actors"_s);
    if (actors.isValid()) {
        // KSyntaxHighlighting drops a keyword rule whose list is empty when it loads the
        // definition, and a later setKeywordList() cannot bring it back. The sentinel keeps the
        // list non-empty; it has a delimiter inside, so no word of a text can ever equal it.
        actors.setKeywordList(actorListName(), QStringList(actorNames) << u"scholion.no.actor"_s);
    }
}

void LensDefinitions::reload()
{
    stageUserDefinitions();
    rebuildLenses();
    Q_EMIT changed();
}

void LensDefinitions::setKnownActors(const QStringList &namesAndAliases)
{
    QStringList actors;
    for (const QString &name : namesAndAliases) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty()) {
            actors.append(trimmed);
        }
    }
    actors.sort();
    actors.removeDuplicates();
    if (actors == m_actors) {
        return;
    }
    m_actors = actors;
    applyActorList();
    Q_EMIT changed();
}

void LensDefinitions::followEntities(AnnotationStore *store)
{
    disconnect(m_storeConnection);
    m_store = store;
    if (!store) {
        setKnownActors({});
        return;
    }
    m_storeConnection = connect(store, &AnnotationStore::entitiesChanged, this, &LensDefinitions::refreshFromStore);
    refreshFromStore();
}

void LensDefinitions::refreshFromStore()
{
    if (!m_store) {
        return;
    }
    QStringList names;
    for (const EntityRow &row : m_store->entityRows()) {
        names.append(row.name);
        names.append(row.aliases);
    }
    setKnownActors(names);
}

QColor LensDefinitions::readableOn(const QColor &color, const QColor &background)
{
    if (contrastRatio(color, background) >= 3.0) {
        return color;
    }
    QColor result = color.toHsl();
    const bool darkBackground = relativeLuminance(background) < 0.18;
    for (int step = 0; step < 40 && contrastRatio(result, background) < 3.0; ++step) {
        const int lightness = std::clamp(result.lightness() + (darkBackground ? 8 : -8), 0, 255);
        result.setHsl(result.hslHue(), result.hslSaturation(), lightness, result.alpha());
    }
    return result.toRgb();
}

} // namespace Scholion::Models
