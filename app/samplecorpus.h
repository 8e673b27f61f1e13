// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scholion::App
{

/*!
 * The sample corpus ships inside the executable (resources/sample-corpus). Opening it copies
 * the articles, byte for byte, into the application data folder, so its project lives beside
 * them and the installed files are never written.
 */
class SampleCorpus final
{
public:
    /*! Where the sample corpus is unpacked. */
    static QString defaultLocation();
    /*! Unpacks the sample articles into \a folder (files already there are left alone). Returns the folder, or empty on failure. */
    static QString install(const QString &folder = defaultLocation(), QString *error = nullptr);
};

} // namespace Scholion::App
