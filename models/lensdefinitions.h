// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace KSyntaxHighlighting
{
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

namespace Scholion::Models
{

class AnnotationStore;

/*!
 * A lens: one KSyntaxHighlighting definition whose matches are shown in the reader and turned
 * into suggestions. The five built-in lenses ship in resources/highlighting/syntax/; user lenses
 * are definition files in userFolder().
 */
struct Lens {
    QString id; ///< "quotes", "money", "dates", "handles", "actors", or "user:" + the definition's name
    QString title; ///< translated, for menus
    QString definitionName; ///< the KSyntaxHighlighting definition's name
    QString filePath; ///< user lenses only
    QColor color;
    bool builtIn = true;
    friend bool operator==(const Lens &, const Lens &) = default;
};

/*!
 * The lenses of the process: Scholion's built-in definitions, the user's own definitions and
 * the known-actor keyword list.
 *
 * User definitions are checked before KSyntaxHighlighting sees them (well-formed XML, a
 * language name of their own, valid regular expressions); a file that fails is listed in
 * problems() with its path and line and left out, so it can never replace or break a built-in
 * lens. Only the files that pass are handed to the process's Repository, through a private
 * folder that reload() refreshes.
 */
class LensDefinitions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LensDefinitions)

public:
    explicit LensDefinitions(QObject *parent = nullptr);
    ~LensDefinitions() override;

    /*! Where users put their own definition files (*.xml): <app data>/lenses. */
    static QString userFolder();
    /*! The name of the keyword list the known-actors lens matches. */
    static QString actorListName();

    /*! The built-in lenses, then the user lenses that loaded, by title. */
    QList<Lens> lenses() const { return m_lenses; }
    std::optional<Lens> lens(const QString &id) const;
    /*! The definition of a lens (invalid when unknown). */
    KSyntaxHighlighting::Definition definition(const QString &lensId) const;
    /*! One sentence per user file that could not be used: "PATH:LINE: why". */
    QStringList problems() const { return m_problems; }

    /*!
     * Sets the known-actor keyword list: every name and alias given, trimmed, without
     * duplicates. Emits changed() when the list differs.
     */
    void setKnownActors(const QStringList &namesAndAliases);
    QStringList knownActors() const { return m_actors; }
    /*! Puts \a actors into the known-actor keyword list of \a repository (e.g. a worker thread's). */
    static void applyActorList(KSyntaxHighlighting::Repository &repository, const QStringList &actors);
    /*!
     * Follows the entities of \a store: the keyword list is filled from their names and aliases
     * now and again whenever AnnotationStore::entitiesChanged() fires. nullptr stops following.
     */
    void followEntities(AnnotationStore *store);

    /*!
     * Reads the user folder again and reloads the definitions. Built-in lenses and the actor
     * keyword list survive whatever the user files contain. Emits changed().
     */
    void reload();

    /*! \a color made readable as a thin line on \a background (contrast ratio at least 3). */
    static QColor readableOn(const QColor &color, const QColor &background);

Q_SIGNALS:
    /*! The lenses, their definitions or the actor list changed: re-fetch definitions and re-highlight. */
    void changed();

private:
    void stageUserDefinitions();
    void rebuildLenses();
    void applyActorList();
    void refreshFromStore();

    QList<Lens> m_lenses;
    QStringList m_problems;
    QHash<QString, QString> m_userFiles; ///< definition name → the user's file
    QStringList m_actors;
    QPointer<AnnotationStore> m_store;
    QMetaObject::Connection m_storeConnection;
};

} // namespace Scholion::Models
