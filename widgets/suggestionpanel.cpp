// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionpanel.h"

#include <models/annotationstore.h>
#include <models/lensdefinitions.h>
#include <models/project.h>
#include <models/suggestionstore.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace Scholion::Widgets
{

SuggestionPanel::SuggestionPanel(Project *project, LensDefinitions *lenses, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_lenses(lenses)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_list->setObjectName(u"suggestionList"_s);
    m_list->setHeaderLabels({tr("Label"), tr("Text"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);

    const auto makeAction = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(name);
        addAction(action);
        return action;
    };
    QAction *previous = makeAction(tr("&Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F8), u"previousSuggestion"_s);
    QAction *next = makeAction(tr("&Next"), QKeySequence(Qt::Key_F8), u"nextSuggestion"_s);
    m_acceptAction = makeAction(tr("&Accept"), QKeySequence(Qt::Key_Return), u"acceptSuggestion"_s);
    m_rejectAction = makeAction(tr("&Reject"), QKeySequence(Qt::Key_Delete), u"rejectSuggestion"_s);
    m_acceptAllAction = makeAction(tr("Accept A&ll in This Document"), QKeySequence(), u"acceptAllSuggestions"_s);
    QAction *inCorpus = makeAction(tr("In &Corpus…"), QKeySequence(), u"suggestionsInCorpus"_s);
    inCorpus->setToolTip(tr("Find these suggestions in every document, check them and accept them in one step (Ctrl+Alt+G)"));
    connect(inCorpus, &QAction::triggered, this, &SuggestionPanel::corpusRequested);
    m_acceptAction->setToolTip(tr("Annotate the suggested span with the proposed label (Enter)"));
    m_rejectAction->setToolTip(tr("Do not suggest this span again in this project (Delete)"));
    connect(previous, &QAction::triggered, this, [this] {
        step(false);
    });
    connect(next, &QAction::triggered, this, [this] {
        step(true);
    });
    connect(m_acceptAction, &QAction::triggered, this, &SuggestionPanel::acceptCurrent);
    connect(m_rejectAction, &QAction::triggered, this, &SuggestionPanel::rejectCurrent);
    connect(m_acceptAllAction, &QAction::triggered, this, &SuggestionPanel::acceptAll);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {previous, next, m_acceptAction, m_rejectAction, m_acceptAllAction, inCorpus}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int index = currentIndex();
        if (index >= 0) {
            const Suggestion &s = m_suggestions.at(index);
            Q_EMIT suggestionActivated(s.documentId, s.start, s.end);
        }
    });
    connect(m_project, &Project::opened, this, &SuggestionPanel::projectChanged);
    connect(m_project, &Project::closed, this, &SuggestionPanel::projectChanged);
    connect(m_lenses, &LensDefinitions::changed, this, &SuggestionPanel::refresh);
    projectChanged();
}

SuggestionPanel::~SuggestionPanel() = default;

void SuggestionPanel::projectChanged()
{
    m_rejections.reset();
    m_documentId = 0;
    if (m_project->isOpen()) {
        m_rejections = std::make_unique<SuggestionStore>(m_project->path());
        AnnotationStore *store = m_project->annotations();
        const auto follow = [this](qint64 documentId) {
            if (documentId == m_documentId) {
                refresh();
            }
        };
        connect(store, &AnnotationStore::annotationAdded, this, follow);
        connect(store, &AnnotationStore::annotationRemoved, this, follow);
        connect(store, &AnnotationStore::annotationChanged, this, follow);
        connect(store, &AnnotationStore::annotationsReset, this, [this](const QList<qint64> &documentIds) {
            if (documentIds.contains(m_documentId)) {
                refresh();
            }
        });
    }
    refresh();
}

void SuggestionPanel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    refresh();
}

void SuggestionPanel::setLensIds(const QStringList &ids)
{
    m_lensIds = ids;
    refresh();
}

void SuggestionPanel::refresh()
{
    const int previousIndex = currentIndex();
    m_suggestions.clear();
    AnnotationStore *store = m_project->isOpen() ? m_project->annotations() : nullptr;
    if (store && m_documentId != 0) {
        SuggestionEngine engine(*m_lenses, *store);
        engine.setLensIds(m_lensIds);
        m_suggestions = engine.suggest(m_documentId, m_project->documentText(m_documentId), store->annotations(m_documentId));
        if (m_rejections && m_rejections->isOpen()) {
            m_suggestions = m_rejections->withoutRejected(m_suggestions);
        }
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        QString details;
        if (!s.amount.isEmpty()) {
            details = QLocale().toString(s.amount.toDouble(), 'f', 0) + (s.currency.isEmpty() ? QString() : u' ' + s.currency);
        } else if (s.entityId != 0) {
            details = store->entity(s.entityId).value_or(Entity{}).name;
        }
        QString shown = s.text;
        shown.replace(u'\n', u' ');
        auto *item = new QTreeWidgetItem(m_list, {store->labelPath(s.labelId), shown, details});
        item->setToolTip(1, s.text);
    }
    if (!m_suggestions.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(previousIndex, 0, int(m_suggestions.size()) - 1)));
    }
    updateStatus();
}

void SuggestionPanel::updateStatus()
{
    const bool any = !m_suggestions.isEmpty();
    m_acceptAction->setEnabled(any);
    m_rejectAction->setEnabled(any);
    m_acceptAllAction->setEnabled(any);
    m_status->setText(m_documentId == 0 ? tr("No document open.") : tr("%n suggestion(s) in this document", nullptr, int(m_suggestions.size())));
}

int SuggestionPanel::currentIndex() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void SuggestionPanel::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_suggestions.size()) {
        m_list->setCurrentItem(m_list->topLevelItem(index));
    }
}

void SuggestionPanel::step(bool forward)
{
    if (m_suggestions.isEmpty()) {
        return;
    }
    const int count = int(m_suggestions.size());
    const int index = currentIndex();
    const int target = index < 0 ? (forward ? 0 : count - 1) : (index + (forward ? 1 : count - 1)) % count;
    if (target == index) {
        const Suggestion &s = m_suggestions.at(target);
        Q_EMIT suggestionActivated(s.documentId, s.start, s.end); // the only one: show it again
        return;
    }
    setCurrentIndex(target); // activates it
}

bool SuggestionPanel::acceptCurrent()
{
    const int index = currentIndex();
    if (index < 0) {
        return false;
    }
    const Suggestion s = m_suggestions.at(index);
    m_error.clear();
    const int made = SuggestionStore::accept(m_project->annotations(),
        m_project->undoStack(),
        {s},
        tr("Accept “%1” as %2").arg(s.text.left(40), m_project->annotations()->labelPath(s.labelId)),
        &m_error);
    refresh();
    return made == 1;
}

bool SuggestionPanel::rejectCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !m_rejections) {
        return false;
    }
    if (!m_rejections->reject(m_suggestions.at(index), m_project->annotations()->author())) {
        m_error = m_rejections->errorString();
        m_status->setText(m_error);
        return false;
    }
    refresh();
    return true;
}

int SuggestionPanel::acceptAll()
{
    if (m_suggestions.isEmpty()) {
        return 0;
    }
    m_error.clear();
    const QList<Suggestion> all = m_suggestions;
    const int made =
        SuggestionStore::accept(m_project->annotations(), m_project->undoStack(), all, tr("Accept %n suggestion(s)", nullptr, int(all.size())), &m_error);
    refresh();
    return made;
}

} // namespace Scholion::Widgets
