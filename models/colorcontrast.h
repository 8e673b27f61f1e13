// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QColor;

namespace Scholion::Models
{

/*! WCAG 2.x relative luminance of an sRGB colour, 0 (black) to 1 (white); alpha is ignored. */
double relativeLuminance(const QColor &color);

/*! The WCAG 2.x contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). */
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Scholion::Models
