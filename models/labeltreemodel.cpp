// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeltreemodel.h"

#include "annotationcommands.h"
#include "annotationstore.h"
#include "colorcontrast.h"
#include "project.h"

#include <QKeySequence>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

namespace
{
// The span tint as the document view paints it (AnnotationHighlighter::tint()): the label colour
// at alpha 70 on light pages, 110 on dark ones, composited source-over onto the page.
QColor tintOver(const QColor &labelColor, const QColor &page)
{
    const bool dark = page.lightness() < 128;
    const double alpha = (dark ? 110 : 70) / 255.0;
    const QColor label = labelColor.toRgb();
    const QColor background = page.toRgb();
    const auto mix = [alpha](float over, float under) {
        return float(alpha * over + (1.0 - alpha) * under);
    };
    return QColor::fromRgbF(mix(label.redF(), background.redF()), mix(label.greenF(), background.greenF()), mix(label.blueF(), background.blueF()));
}
} // namespace

LabelTreeModel::LabelTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

LabelTreeModel::~LabelTreeModel() = default;

void LabelTreeModel::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
        m_store = nullptr;
    }
    m_project = project;
    if (project) {
        // Another file may number its labels the same way: always start afresh.
        connect(project, &Project::opened, this, [this] {
            connectStore();
            rebuild(true);
        });
        // The store is gone by now: show nothing.
        connect(project, &Project::closed, this, [this] {
            rebuild(true);
        });
        // An import may re-anchor or drop annotations.
        connect(project, &Project::documentsChanged, this, &LabelTreeModel::refreshCounts);
        connectStore();
    }
    rebuild(true);
}

Project *LabelTreeModel::project() const
{
    return m_project;
}

AnnotationStore *LabelTreeModel::store() const
{
    return m_project ? m_project->annotations() : nullptr;
}

void LabelTreeModel::connectStore()
{
    AnnotationStore *current = store();
    if (current == m_store) {
        return;
    }
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = current;
    if (current) {
        connect(current, &AnnotationStore::labelsChanged, this, &LabelTreeModel::reload);
        connect(current, &AnnotationStore::annotationAdded, this, &LabelTreeModel::refreshCounts);
        connect(current, &AnnotationStore::annotationRemoved, this, &LabelTreeModel::refreshCounts);
        connect(current, &AnnotationStore::annotationsReset, this, &LabelTreeModel::refreshCounts);
        connect(current, &AnnotationStore::annotationChanged, this, &LabelTreeModel::refreshCounts);
    }
}

void LabelTreeModel::reload()
{
    rebuild(false);
}

void LabelTreeModel::rebuild(bool forceReset)
{
    AnnotationStore *current = store();
    const QList<Label> labels = current ? current->labels() : QList<Label>();
    QHash<qint64, Label> byId;
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, int> rows;
    byId.reserve(labels.size());
    for (const Label &label : labels) { // parents first, siblings in order
        byId.insert(label.id, label);
        QList<qint64> &siblings = children[label.parentId];
        rows.insert(label.id, int(siblings.size()));
        siblings.append(label.id);
    }

    if (!forceReset && children == m_children) {
        // Same tree: only names, colours, shortcuts or descriptions changed.
        QList<qint64> changed;
        for (const Label &label : labels) {
            if (m_labels.value(label.id) != label) {
                changed << label.id;
            }
        }
        m_labels = byId;
        for (const qint64 id : std::as_const(changed)) {
            Q_EMIT dataChanged(indexOfLabel(id, NameColumn), indexOfLabel(id, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_labels = byId;
    m_children = children;
    m_rows = rows;
    m_counts.clear();
    endResetModel();
}

void LabelTreeModel::refreshCounts()
{
    m_counts.clear();
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (it->isEmpty()) {
            continue;
        }
        const QModelIndex parent = it.key() == 0 ? QModelIndex() : indexOfLabel(it.key());
        Q_EMIT dataChanged(index(0, AnnotationsColumn, parent), index(int(it->size()) - 1, AnnotationsColumn, parent), {Qt::DisplayRole, Qt::EditRole});
    }
}

int LabelTreeModel::annotationCount(qint64 id) const
{
    const auto it = m_counts.constFind(id);
    if (it != m_counts.cend()) {
        return *it;
    }
    AnnotationStore *current = store();
    const int count = current ? current->annotationCountForLabel(id) : 0;
    m_counts.insert(id, count);
    return count;
}

QString LabelTreeModel::mimeType()
{
    return u"application/x-scholion-label"_s;
}

QModelIndex LabelTreeModel::indexOfLabel(qint64 id, int column) const
{
    const auto it = m_labels.constFind(id);
    if (it == m_labels.cend() || column < 0 || column >= ColumnCount) {
        return {};
    }
    return createIndex(m_rows.value(id), column, quintptr(id));
}

std::optional<Label> LabelTreeModel::labelAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return std::nullopt;
    }
    return m_labels.value(idOf(index));
}

QString LabelTreeModel::pathOf(qint64 id) const
{
    QStringList parts;
    for (auto it = m_labels.constFind(id); it != m_labels.cend(); it = m_labels.constFind(it->parentId)) {
        parts.prepend(it->name);
    }
    return parts.join(u" › "_s);
}

bool LabelTreeModel::isSameOrBelow(qint64 id, qint64 ancestorId) const
{
    for (qint64 current = id; current != 0; current = m_labels.value(current).parentId) {
        if (current == ancestorId) {
            return true;
        }
        if (!m_labels.contains(current)) {
            break;
        }
    }
    return false;
}

std::optional<QString> LabelTreeModel::normalizedShortcut(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QString();
    }
    QKeySequence sequence = QKeySequence::fromString(trimmed, QKeySequence::PortableText);
    if (sequence.isEmpty()) {
        sequence = QKeySequence::fromString(trimmed, QKeySequence::NativeText);
    }
    if (sequence.isEmpty()) {
        return std::nullopt;
    }
    for (int i = 0; i < sequence.count(); ++i) {
        const Qt::Key key = sequence[uint(i)].key();
        if (key == Qt::Key_unknown || key == 0 || key == Qt::Key_Control || key == Qt::Key_Shift || key == Qt::Key_Alt || key == Qt::Key_Meta) {
            return std::nullopt;
        }
    }
    return sequence.toString(QKeySequence::PortableText);
}

bool LabelTreeModel::hasEnoughContrast(const QColor &labelColor, const QColor &pageBackground, const QColor &text)
{
    return contrastRatio(text, tintOver(labelColor, pageBackground)) >= 4.5 && contrastRatio(labelColor, pageBackground) >= 1.5;
}

QModelIndex LabelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const QList<qint64> siblings = m_children.value(idOf(parent));
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex LabelTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const qint64 parentId = m_labels.value(idOf(child)).parentId;
    return parentId == 0 ? QModelIndex() : indexOfLabel(parentId, NameColumn);
}

int LabelTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(m_children.value(idOf(parent)).size());
}

int LabelTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant LabelTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto it = m_labels.constFind(idOf(index));
    if (it == m_labels.cend()) {
        return {};
    }
    const Label &label = *it;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return label.name;
        case ShortcutColumn:
            return role == Qt::EditRole ? label.shortcut
                                        : QKeySequence::fromString(label.shortcut, QKeySequence::PortableText).toString(QKeySequence::NativeText);
        case AnnotationsColumn:
            return annotationCount(label.id);
        case DescriptionColumn:
            return label.description;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            return label.color;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ShortcutColumn:
            return tr("Key that applies “%1” to the selected text").arg(pathOf(label.id));
        case AnnotationsColumn:
            return tr("%n annotation(s) with this label or one below it", nullptr, annotationCount(label.id));
        default:
            return label.description.isEmpty() ? pathOf(label.id) : pathOf(label.id) + u'\n' + label.description;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case LabelIdRole:
        return label.id;
    case LabelColorRole:
        return label.color;
    }
    return {};
}

bool LabelTreeModel::reject(const QString &message)
{
    Q_EMIT editRejected(message);
    return false;
}

bool LabelTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    AnnotationStore *current = store();
    if (!current || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const std::optional<Label> old = current->label(idOf(index));
    if (!old) {
        return false;
    }
    Label updated = *old;
    if (role == LabelColorRole) {
        const QColor color = value.canConvert<QColor>() ? value.value<QColor>() : QColor::fromString(value.toString());
        if (!color.isValid()) {
            return reject(tr("“%1” is not a colour.").arg(value.toString()));
        }
        updated.color = QColor::fromString(color.name()); // stored as #rrggbb, opaque
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            updated.name = value.toString().trimmed();
            if (updated.name.isEmpty()) {
                return reject(tr("A label needs a name."));
            }
            for (const qint64 sibling : m_children.value(old->parentId)) {
                if (sibling != old->id && m_labels.value(sibling).name == updated.name) {
                    return reject(tr("There is already a label “%1” here.").arg(updated.name));
                }
            }
            break;
        case ShortcutColumn: {
            const std::optional<QString> shortcut = normalizedShortcut(value.toString());
            if (!shortcut) {
                return reject(tr("“%1” is not a key or key combination.").arg(value.toString().trimmed()));
            }
            if (!shortcut->isEmpty()) {
                for (const Label &other : std::as_const(m_labels)) {
                    if (other.id != old->id && other.shortcut.compare(*shortcut, Qt::CaseInsensitive) == 0) {
                        return reject(tr("The key %1 already applies “%2”.").arg(*shortcut, pathOf(other.id)));
                    }
                }
            }
            updated.shortcut = *shortcut;
            break;
        }
        case DescriptionColumn:
            updated.description = value.toString().trimmed();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (updated == *old) {
        return true; // nothing to change
    }
    m_project->undoStack()->push(new UpdateLabelCommand(current, *old, updated));
    // The command is dropped when the store refuses; the store reports why.
    return current->label(updated.id) == updated;
}

Qt::ItemFlags LabelTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return store() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // drops onto the top level
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() != AnnotationsColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant LabelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case ShortcutColumn:
            return tr("Shortcut");
        case AnnotationsColumn:
            return tr("Annotations", "column header: number of annotations with the label or one below it");
        case DescriptionColumn:
            return tr("Description");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The label and its colour; drag a label to move it under another one");
        case ShortcutColumn:
            return tr("The key that applies the label to the selected text");
        case AnnotationsColumn:
            return tr("Annotations with the label or one below it");
        case DescriptionColumn:
            return tr("What the label is for");
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> LabelTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(LabelIdRole, "labelId");
    names.insert(LabelColorRole, "labelColor");
    return names;
}

Qt::DropActions LabelTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LabelTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LabelTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *LabelTreeModel::mimeData(const QModelIndexList &indexes) const
{
    qint64 id = 0;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
            continue;
        }
        if (id != 0 && idOf(index) != id) {
            return nullptr; // one label at a time
        }
        id = idOf(index);
    }
    if (id == 0) {
        return nullptr;
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(id));
    return data;
}

qint64 LabelTreeModel::draggedLabel(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType())) {
        return 0;
    }
    bool ok = false;
    const qint64 id = data->data(mimeType()).toLongLong(&ok);
    return ok && m_labels.contains(id) ? id : 0;
}

bool LabelTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !store() || (parent.isValid() && !checkIndex(parent, CheckIndexOption::IndexIsValid))) {
        return false;
    }
    const qint64 id = draggedLabel(data);
    if (id == 0) {
        return false;
    }
    const qint64 newParent = idOf(parent);
    if (isSameOrBelow(newParent, id)) {
        return false; // onto itself or a label below it
    }
    const QString name = m_labels.value(id).name;
    for (const qint64 sibling : m_children.value(newParent)) {
        if (sibling != id && m_labels.value(sibling).name == name) {
            return false; // the new parent has a label of that name already
        }
    }
    return true;
}

bool LabelTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction) {
        return true;
    }
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const qint64 id = draggedLabel(data);
    const qint64 newParent = idOf(parent);
    Label moving = m_labels.value(id);
    const int currentRow = m_rows.value(id);
    const int siblings = int(m_children.value(newParent).size());
    int position = row < 0 || row > siblings ? siblings : row;
    if (moving.parentId == newParent) {
        if (currentRow < position) {
            --position; // the rows after the label move up once it is taken out
        }
        if (position == currentRow) {
            return false; // dropped where it is
        }
    }
    // MoveLabelCommand undoes to the position it was given: the label's row among its siblings,
    // which is what AnnotationStore::performMoveLabel() expects (stored positions may have gaps).
    moving.position = currentRow;
    AnnotationStore *current = store();
    m_project->undoStack()->push(new MoveLabelCommand(current, moving, newParent, position));
    const std::optional<Label> moved = current->label(id);
    return moved && moved->parentId == newParent && m_rows.value(id) == position;
}

} // namespace Scholion::Models
