// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The concrete exporters behind Exporter::create(); one .cpp file each.

#include "exporter.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QTemporaryFile>

#include <memory>

class KZip;

namespace Scholion::Models
{

/*!
 * Type names for formats whose types are single words (brat, CoNLL): the label's name with
 * every character other than letters, digits, '_' and '-' made '_' ("Aid figure" → "Aid_figure");
 * where two labels would share a name, the whole path joined by '-' ("Event-Call").
 */
QString wordName(const QString &name);
QHash<qint64, QString> wordTypeNames(const ExportContext &context);
/*! The label names formats with free-text labels use: the name, or the path where names repeat. */
QHash<qint64, QString> displayTypeNames(const ExportContext &context);

class JsonlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlExporter)

public:
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    const ExportContext *m_context = nullptr;
    QIODevice *m_device = nullptr;
};

class DoccanoExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DoccanoExporter)

public:
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    QIODevice *m_device = nullptr;
    QHash<qint64, QString> m_names;
};

class BratExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(BratExporter)

public:
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    bool writeFile(const QString &relativePath, const QByteArray &bytes);

    const ExportContext *m_context = nullptr;
    QString m_folder;
    QHash<qint64, QString> m_types;
    QHash<qint64, QString> m_attributeNames; ///< choice attributes written as A lines
};

class CsvExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

    /*! One CSV record: fields quoted where needed, cells starting with = + - @ (or tab, CR) neutralised by a leading '. */
    static QByteArray record(const QStringList &fields);

private:
    bool open(QFile &file, const QString &name, const QStringList &header);

    const ExportContext *m_context = nullptr;
    QString m_folder;
    QFile m_annotations;
    QFile m_relations;
    QFile m_aidFigures;
    QList<qint64> m_aidLabels;
};

class ConllExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ConllExporter)

public:
    enum class Scheme {
        Iob2,
        Bioes,
    };
    explicit ConllExporter(Scheme scheme)
        : m_scheme(scheme)
    {
    }
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    Scheme m_scheme;
    QIODevice *m_device = nullptr;
    QHash<qint64, QString> m_types;
};

class WebAnnotationExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationExporter)

public:
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    QString pageId(int index) const;

    const ExportContext *m_context = nullptr;
    QIODevice *m_device = nullptr;
    int m_page = 0;
};

class QdpxExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExporter)

public:
    QdpxExporter();
    ~QdpxExporter() override;
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    QString userGuid(const QString &author);

    const ExportContext *m_context = nullptr;
    QIODevice *m_device = nullptr;
    QTemporaryFile m_archive;
    std::unique_ptr<KZip> m_zip;
    QTemporaryFile m_sources; ///< the <Sources> element, written as documents come
    QHash<QString, QString> m_users; ///< author → GUID
    QStringList m_userOrder;
};

class HtmlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    bool begin(const ExportContext &context, QIODevice *device, const QString &folder) override;
    bool writeDocument(const ExportDocument &document) override;
    bool finish(const ExportTotals &totals) override;

private:
    const ExportContext *m_context = nullptr;
    QIODevice *m_device = nullptr;
    int m_index = 0;
    QHash<qint64, QList<int>> m_entityDocuments; ///< entity → indexes of documents naming it
    QStringList m_titles;
};

} // namespace Scholion::Models
