// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Label-schema JSON (AnnotationStore::installSchema, what the label manager's "Import schema"
// and a new project's default schema go through), on an in-memory project. An accepted schema
// is exported and installed again, which must create nothing, then uninstalled (the undo of
// an import), which must leave the project as empty as it was; a refused one must leave it
// untouched.

#include "fuzzutil.h"

#include <models/annotationstore.h>
#include <models/projectdatabase.h>

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

namespace
{

struct Fixture {
    ProjectDatabase db;
    AnnotationStore *store = nullptr;
};

Fixture &fixture()
{
    // Built once and never destroyed: opening a project per input would cost more than the input.
    static Fixture *fixture = [] {
        ScholionFuzz::ensureApplication();
        auto *f = new Fixture;
        if (!f->db.open(QString())) {
            ScholionFuzz::fail("an in-memory project", f->db.errorString());
        }
        f->store = new AnnotationStore(&f->db);
        return f;
    }();
    return *fixture;
}

int rows(const ProjectDatabase &db, const QString &table)
{
    QSqlQuery query(db.database());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        ScholionFuzz::fail("counting rows", table);
    }
    return query.value(0).toInt();
}

void checkEmpty(const ProjectDatabase &db, const QString &when)
{
    for (const QString &table : {u"labels"_s, u"label_attributes"_s, u"relation_types"_s}) {
        SCHOLION_FUZZ_CHECK(rows(db, table) == 0, u"%1 rows in %2 %3"_s.arg(rows(db, table)).arg(table, when));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    AnnotationStore::SchemaInstall installed;
    if (!f.store->installSchema(json, &installed)) {
        SCHOLION_FUZZ_CHECK(!f.store->errorString().isEmpty(), u"a refusal without a reason"_s);
        checkEmpty(f.db, u"after a refused schema"_s);
        ScholionFuzz::record(false, f.store->errorString());
        return 0;
    }
    SCHOLION_FUZZ_CHECK(f.store->labels().size() == installed.labels.size(), u"labels() and what was installed differ"_s);

    const QByteArray exported = f.store->exportSchema();
    AnnotationStore::SchemaInstall again;
    SCHOLION_FUZZ_CHECK(f.store->installSchema(exported, &again), u"the exported schema is refused: "_s + f.store->errorString());
    SCHOLION_FUZZ_CHECK(again.labels.isEmpty() && again.attributes.isEmpty() && again.relationTypes.isEmpty(),
        u"installing the exported schema created %1 labels, %2 attributes, %3 relation types"_s.arg(again.labels.size())
            .arg(again.attributes.size())
            .arg(again.relationTypes.size()));

    SCHOLION_FUZZ_CHECK(f.store->performUninstallSchema(installed), u"the undo failed: "_s + f.store->errorString());
    SCHOLION_FUZZ_CHECK(f.store->labels().isEmpty() && f.store->relationTypes().isEmpty(), u"labels are left after the undo"_s);
    checkEmpty(f.db, u"after the undo"_s);
    ScholionFuzz::record(true);
    return 0;
}
