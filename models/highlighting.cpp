// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>

using namespace Qt::StringLiterals;

namespace Scholion::Models
{

KSyntaxHighlighting::Repository &highlightingRepository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool initialised = [] {
        repository.addCustomSearchPath(u":/scholion/highlighting"_s);
        return true;
    }();
    Q_UNUSED(initialised)
    return repository;
}

} // namespace Scholion::Models
