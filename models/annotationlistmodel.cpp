// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "annotationcommands.h"
#include "annotationstore.h"
#include "attributeproposals.h"
#include "project.h"
#include "projectdatabase.h"
#include "roles.h"

#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loadTimer(new QTimer(this))
{
    // A zero timer, not a queued call: it runs after the events already posted, so the text
    // of the document is painted before a second thread competes for the processor.
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &AnnotationListModel::startLoad);
}

AnnotationListModel::~AnnotationListModel()
{
    if (m_loader) {
        m_loader->wait(); // its queued result dies with this object
        delete m_loader;
    }
}

void AnnotationListModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
        if (m_project->annotations()) {
            disconnect(m_project->annotations(), nullptr, this, nullptr);
        }
    }
    m_project = project;
    m_labelAttributes.clear(); // label ids are the project's own
    if (project) {
        auto connectStore = [this] {
            AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
            if (!store) {
                return;
            }
            connect(store, &AnnotationStore::annotationAdded, this, &AnnotationListModel::onAdded, Qt::UniqueConnection);
            connect(store, &AnnotationStore::annotationRemoved, this, &AnnotationListModel::onRemoved, Qt::UniqueConnection);
            connect(store, &AnnotationStore::annotationChanged, this, &AnnotationListModel::onChanged, Qt::UniqueConnection);
            connect(store, &AnnotationStore::annotationsReset, this, [this](const QList<qint64> &documentIds) {
                if (m_documentId != 0 && documentIds.contains(m_documentId)) {
                    setDocument(m_documentId); // read again: cheaper than thousands of single-row inserts
                }
            });
            connect(store, &AnnotationStore::labelsChanged, this, [this] {
                m_labelAttributes.clear();
                forgetDerived();
                if (!m_rows.isEmpty()) {
                    Q_EMIT dataChanged(index(0, LabelColumn), index(int(m_rows.size()) - 1, LabelColumn));
                }
            });
            connect(store, &AnnotationStore::relationsChanged, this, [this](qint64 documentId) {
                forgetDerived();
                if (documentId == m_documentId && !m_rows.isEmpty()) {
                    Q_EMIT dataChanged(index(0, LinksColumn), index(int(m_rows.size()) - 1, LinksColumn));
                }
            });
            connect(store, &AnnotationStore::entitiesChanged, this, [this] {
                if (!m_rows.isEmpty()) {
                    Q_EMIT dataChanged(index(0, EntityColumn), index(int(m_rows.size()) - 1, EntityColumn));
                }
            });
        };
        connectStore();
        connect(project, &Project::opened, this, connectStore);
        connect(project, &Project::closed, this, [this] {
            m_labelAttributes.clear();
            setDocument(0);
        });
    }
    setDocument(0);
}

void AnnotationListModel::setDocument(qint64 documentId)
{
    beginResetModel();
    m_documentId = documentId;
    m_rows.clear();
    forgetDerived();
    ++m_generation;
    bool background = false;
    if (documentId != 0 && m_project && m_project->annotations()) {
        const std::optional<DocumentRow> row = m_project->documentRow(documentId);
        background = row && row->annotationCount > SynchronousLimit && !m_project->path().isEmpty();
        if (!background) {
            m_rows = m_project->annotations()->annotations(documentId);
        }
    }
    endResetModel();
    setLoading(background);
    if (background) {
        m_loadTimer->start();
    } else {
        m_loadTimer->stop();
    }
}

void AnnotationListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void AnnotationListModel::startLoad()
{
    if (m_loader || !m_project || !m_loading) {
        return; // finishLoad() sees the newer generation and starts again
    }
    const QString path = m_project->path();
    const qint64 documentId = m_documentId;
    const quint64 generation = m_generation;
    m_loader = QThread::create([this, path, documentId, generation] {
        // A connection of its own: WAL lets it read what the window's connection committed.
        QList<Annotation> rows;
        ProjectDatabase db;
        if (db.open(path, ProjectDatabase::Access::ReadOnly)) {
            rows = AnnotationStore(&db).annotations(documentId);
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, rows = std::move(rows)]() mutable {
                finishLoad(generation, std::move(rows));
            },
            Qt::QueuedConnection);
    });
    m_loader->setObjectName(u"scholion-annotation-list"_s);
    m_loader->start();
}

void AnnotationListModel::finishLoad(quint64 generation, QList<Annotation> rows)
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
        m_loader = nullptr;
    }
    if (generation != m_generation) {
        if (m_loading) {
            startLoad(); // another document, or this one changed while it was read
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    forgetDerived();
    endResetModel();
    setLoading(false);
}

bool AnnotationListModel::reloadIfLoading(qint64 documentId)
{
    if (!m_loading || documentId != m_documentId) {
        return false;
    }
    ++m_generation;
    startLoad();
    return true;
}

int AnnotationListModel::insertionRow(const Annotation &annotation) const
{
    return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), annotation, inTextOrder<Annotation>) - m_rows.cbegin());
}

int AnnotationListModel::rowOfAnnotation(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void AnnotationListModel::onAdded(qint64 documentId, qint64 id)
{
    forgetDerived(); // a span added back by undo brings its relations with it
    if (documentId != m_documentId || !m_project || reloadIfLoading(documentId)) {
        return;
    }
    const std::optional<Annotation> annotation = m_project->annotations()->annotation(id);
    if (!annotation || rowOfAnnotation(id) >= 0) {
        return;
    }
    const int row = insertionRow(*annotation);
    beginInsertRows({}, row, row);
    m_rows.insert(row, *annotation);
    endInsertRows();
}

void AnnotationListModel::onRemoved(qint64 documentId, qint64 id)
{
    forgetDerived();
    if (documentId != m_documentId || reloadIfLoading(documentId)) {
        return;
    }
    const int row = rowOfAnnotation(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationListModel::onChanged(qint64 documentId, qint64 id)
{
    forgetDerived(); // its attributes, or the quote a linked row shows
    if (documentId != m_documentId || !m_project || reloadIfLoading(documentId)) {
        return;
    }
    const int row = rowOfAnnotation(id);
    const std::optional<Annotation> annotation = m_project->annotations()->annotation(id);
    if (row < 0 || !annotation) {
        return;
    }
    const int target = [&] {
        QList<Annotation> without = m_rows;
        without.removeAt(row);
        return int(std::upper_bound(without.cbegin(), without.cend(), *annotation, inTextOrder<Annotation>) - without.cbegin());
    }();
    if (target != row) {
        // A moved span changes its place in the text order.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = *annotation;
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

QString AnnotationListModel::describeLinks(qint64 id) const
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    return store ? linksText(id, store->relationsOf(id)) : QString();
}

QString AnnotationListModel::linksText(qint64 id, const QList<Relation> &relations, const QHash<qint64, qsizetype> *rowsById) const
{
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store) {
        return {};
    }
    QStringList parts;
    for (const Relation &r : relations) {
        const QString type = store->relationType(r.typeId).value_or(RelationType{}).name;
        const bool outgoing = r.sourceId == id;
        const qint64 otherId = outgoing ? r.targetId : r.sourceId;
        const qsizetype otherRow = rowsById ? rowsById->value(otherId, -1) : rowOfAnnotation(otherId);
        QString other = (otherRow >= 0 ? m_rows.at(otherRow).quote : store->annotation(otherId).value_or(Annotation{}).quote).simplified();
        if (other.size() > 30) {
            other = other.left(29) + u'…';
        }
        parts << (outgoing ? u"%1 → %2"_s : u"← %1 %2"_s).arg(type, other);
    }
    return parts.join(u"; "_s);
}

void AnnotationListModel::forgetDerived()
{
    m_derived.reset();
}

void AnnotationListModel::derive() const
{
    m_derived.emplace();
    AnnotationStore *store = m_project ? m_project->annotations() : nullptr;
    if (!store || m_rows.isEmpty()) {
        return;
    }
    QHash<qint64, QList<Relation>> relationsById;
    for (const Relation &r : store->relationsInDocument(m_documentId)) {
        relationsById[r.sourceId].append(r);
        if (r.targetId != r.sourceId) {
            relationsById[r.targetId].append(r);
        }
    }
    QHash<qint64, qsizetype> rowsById; // for the links' row numbers
    if (!relationsById.isEmpty()) {
        rowsById.reserve(m_rows.size());
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            rowsById.insert(m_rows.at(row).id, row);
        }
    }
    bool anyAttributes = false;
    for (const Annotation &a : m_rows) {
        auto it = m_labelAttributes.constFind(a.labelId);
        if (it == m_labelAttributes.cend()) {
            it = m_labelAttributes.insert(a.labelId, store->attributesFor(a.labelId));
        }
        anyAttributes = anyAttributes || !it->isEmpty();
    }
    QHash<qint64, QList<AttributeValue>> valuesById;
    if (anyAttributes) {
        for (const AttributeValue &v : store->attributeValuesInDocument(m_documentId)) {
            valuesById[v.annotationId].append(v);
        }
    }
    // Only rows with links or declared attributes get an entry: a document's 50k plain spans
    // cost no hashing and no strings when the list first paints (T11).
    for (const Annotation &a : m_rows) {
        const auto relations = relationsById.constFind(a.id);
        const QList<LabelAttribute> &attributes = *m_labelAttributes.constFind(a.labelId);
        if (relations == relationsById.cend() && attributes.isEmpty()) {
            continue;
        }
        m_derived->insert(a.id,
            Derived{relations == relationsById.cend() ? QString() : linksText(a.id, *relations, &rowsById),
                AttributeProposals::summary(attributes, valuesById.value(a.id))});
    }
}

const AnnotationListModel::Derived &AnnotationListModel::derived(const Annotation &annotation) const
{
    if (!m_derived) {
        derive();
    }
    const auto it = m_derived->constFind(annotation.id);
    if (it != m_derived->cend()) {
        return *it;
    }
    static const Derived none;
    return none;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_project) {
        return {};
    }
    const Annotation &a = m_rows.at(index.row());
    AnnotationStore *store = m_project->annotations();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case LabelColumn:
            return store ? store->labelPath(a.labelId) : QString();
        case TextColumn:
            return role == Qt::DisplayRole ? a.quote.simplified() : a.quote;
        case EntityColumn:
            return a.entityId && store ? store->entity(a.entityId).value_or(Entity{}).name : QString();
        case LinksColumn:
            return derived(a).links;
        case AttributesColumn:
            return derived(a).attributes;
        case NoteColumn:
            return a.note;
        case AuthorColumn:
            return a.author;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && store) {
            if (const std::optional<Label> label = store->label(a.labelId)) {
                return label->color;
            }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == NoteColumn) {
            return a.note.isEmpty() ? a.quote : u"%1\n\n%2"_s.arg(a.quote, a.note);
        }
        break;
    case AnnotationIdRole:
        return a.id;
    case AnnotationStartRole:
        return a.start;
    case AnnotationEndRole:
        return a.end;
    case AnnotationLabelIdRole:
        return a.labelId;
    case AnnotationColorRole:
        if (store) {
            if (const std::optional<Label> label = store->label(a.labelId)) {
                return label->color;
            }
        }
        break;
    case AnnotationSortRole:
        switch (index.column()) {
        case TextColumn:
            return a.start; // text order
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

bool AnnotationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_project || !m_project->annotations()) {
        return false;
    }
    const Annotation &a = m_rows.at(index.row());
    AnnotationStore *store = m_project->annotations();
    if (index.column() == NoteColumn && role == Qt::EditRole) {
        const QString note = value.toString();
        if (note == a.note) {
            return false;
        }
        m_project->undoStack()->push(new SetAnnotationNoteCommand(store, a, note));
        return true;
    }
    if (index.column() == LabelColumn && role == Qt::EditRole) {
        // A label id, or a label path as the editor shows it.
        qint64 labelId = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ? value.toLongLong() : 0;
        if (labelId == 0) {
            labelId = store->labelByPath(value.toString()).value_or(Label{}).id;
        }
        return setData(index, labelId, AnnotationLabelIdRole);
    }
    if (index.column() == EntityColumn && role == Qt::EditRole) {
        // An existing entity's name links to it; a new name creates the entity; empty unlinks.
        const QString name = value.toString().trimmed();
        qint64 entityId = 0;
        if (!name.isEmpty()) {
            for (const EntityRow &row : store->entityRows()) {
                if (row.name == name) {
                    entityId = row.id;
                }
            }
            if (entityId == 0) {
                Entity entity;
                entity.name = name;
                entity.type = store->label(a.labelId).value_or(Label{}).name;
                entity.aliases = {a.quote.simplified()};
                m_project->undoStack()->push(new CreateEntityCommand(store, entity, a.id));
                return true;
            }
        }
        if (entityId == a.entityId) {
            return false;
        }
        m_project->undoStack()->push(new LinkEntityCommand(store, a, entityId));
        return true;
    }
    if (role == AnnotationLabelIdRole) {
        const qint64 labelId = value.toLongLong();
        if (labelId == a.labelId || !store->label(labelId)) {
            return false;
        }
        m_project->undoStack()->push(new SetAnnotationLabelCommand(store, a, labelId));
        return true;
    }
    return false;
}

Qt::ItemFlags AnnotationListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool editable = index.column() == NoteColumn || index.column() == LabelColumn || index.column() == EntityColumn;
    if (index.isValid() && editable && m_project && m_project->annotations()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case LinksColumn:
        return tr("Links");
    case AttributesColumn:
        return tr("Attributes");
    case TextColumn:
        return tr("Text");
    case EntityColumn:
        return tr("Entity");
    case NoteColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    }
    return {};
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(AnnotationStartRole, "start");
    names.insert(AnnotationEndRole, "end");
    names.insert(AnnotationLabelIdRole, "labelId");
    names.insert(AnnotationColorRole, "color");
    names.insert(AnnotationSortRole, "sortValue");
    return names;
}

} // namespace Scholion::Models
