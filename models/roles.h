// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Scholion::Models
{

// Unscoped on purpose: the values feed Qt's int-based data()/setData() role API.
enum DocumentRole {
    DocumentIdRole = Qt::UserRole + 1,
    SourcePathRole,
    TitleRole,
    DateRole,
    SizeRole,
    StatusRole,
    AnnotationCountRole,
    MissingRole,
    SortRole, ///< the column's value in its natural type, for sorting
};

// Roles of the annotation list: a range of their own, so a proxy over either model can tell them apart.
enum AnnotationRole {
    AnnotationIdRole = Qt::UserRole + 100,
    AnnotationStartRole,
    AnnotationEndRole,
    AnnotationLabelIdRole,
    AnnotationColorRole,
    AnnotationSortRole,
};

/*! A document's reading status (PRODUCT.md §3). Stored as its integer value. */
enum class DocumentStatus {
    New = 0,
    InProgress = 1,
    Done = 2,
    NeedsReview = 3,
};

} // namespace Scholion::Models
