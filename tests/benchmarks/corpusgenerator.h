// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A deterministic, seeded generator of news-like corpus folders for the benchmarks
// (issue #7): the same seed gives the same bytes on every machine and every run.

#include "benchutil.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Scholion::Bench
{

/*! What a generated corpus folder looks like. */
struct CorpusSpec {
    int files = 10'000;
    quint64 seed = 1;
    int filesPerFolder = 1'000; ///< files go into folders d0000, d0001, … of this many
    double medianBytes = 3'300; ///< lognormal sizes: median and sigma give a mean of about 4 KB
    double sigma = 0.6;
    // Shares of the files, in per mille, that are written in an unusual way.
    int crlfPerMille = 20;
    int bomPerMille = 10;
    int windows1252PerMille = 10;
    int emptyPerMille = 3;
    int binaryPerMille = 2;
};

/*! What was written. */
struct CorpusStats {
    int files = 0;
    int folders = 0;
    qint64 bytes = 0;
    int crlf = 0;
    int bom = 0;
    int windows1252 = 0;
    int empty = 0;
    int binary = 0;
    /*! Files the importer should take: not empty, not binary. */
    int importable() const { return files - empty - binary; }
};

/*!
 * Writes corpus folders of generated news-like articles: a title, a dateline, paragraphs with
 * quotes, money amounts, dates, @handles, #hashtags and names; about 3 % of the words are
 * non-ASCII (Cyrillic, accented names, emoji). Some files use CRLF, a UTF-8 BOM or
 * Windows-1252; some are empty and some binary, as real folders have.
 */
class CorpusGenerator
{
public:
    /*!
     * Writes \a spec's files under \a root (created when missing). Returns what was written,
     * or nullopt and a message naming the file in \a error.
     */
    static std::optional<CorpusStats> write(const QString &root, const CorpusSpec &spec, QString *error);

    /*! The UTF-8 text of article \a index of a corpus with \a seed, about \a approxBytes long, LF line ends. */
    static QByteArray article(quint64 seed, int index, qsizetype approxBytes);
    /*! The relative path of file \a index. */
    static QString relativePath(const CorpusSpec &spec, int index);
};

} // namespace Scholion::Bench
