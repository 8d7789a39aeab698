#include "Migrations.h"

#include "AuthorityMerge.h"
#include "Database.h"
#include "SqliteDialect.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace oversight::Migrations {

namespace {

// Version 1: the foundation. Authorities, documents with their original bytes, page text and
// its full-text index.
QStringList version1()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE authorities ("
                       " id INTEGER PRIMARY KEY,"
                       " key TEXT NOT NULL UNIQUE," // 'code:<DfE code>' or 'name:<folded name>'
                       " code TEXT,"
                       " name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE documents ("
                       " id INTEGER PRIMARY KEY,"
                       " authority_id INTEGER REFERENCES authorities(id),"
                       " sha256 TEXT NOT NULL UNIQUE,"
                       " file_name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " authority_as_named TEXT NOT NULL DEFAULT '',"
                       " inspection_start TEXT,"
                       " inspection_end TEXT,"
                       " published TEXT,"
                       " sort_date TEXT,"
                       " page_count INTEGER NOT NULL,"
                       " byte_size INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX documents_authority ON documents(authority_id, sort_date)"),
        QStringLiteral("CREATE TABLE document_files ("
                       " document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                       " pdf BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE pages ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " UNIQUE(document_id, number))"),
    };
    sql += SqliteDialect::createPageIndexStatements();
    return sql;
}

// Version 2: the understood facts, kept both whole (facts_json, what the reader produced) and
// in tables that later features query (judgements for charts, recommendations for checklists).
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE documents ADD COLUMN lead_inspector TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN facts_json TEXT NOT NULL DEFAULT '{}'"),
        // Which reader produced the facts; 0 = not yet read (documents from version 1).
        QStringLiteral("ALTER TABLE documents ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE judgements ("
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " area TEXT NOT NULL,"
                       " grade TEXT NOT NULL,"
                       " PRIMARY KEY(document_id, area))"),
        QStringLiteral("CREATE TABLE recommendations ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " list TEXT NOT NULL," // 'authority' or 'lscb'
                       " position INTEGER NOT NULL,"
                       " number INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " page INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX recommendations_document ON recommendations(document_id)"),
        QStringLiteral("CREATE TABLE findings ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " number INTEGER NOT NULL,"
                       " section TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " page INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX findings_document ON findings(document_id)"),
    };
}

// Version 3: checklists, their items, and annotations that link passages of documents to items
// with a status and a note. An annotation keeps its quoted words and their boxes on the page,
// so it stays on the same words whatever reader re-reads the document.
QStringList version3()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE checklists ("
                       " id INTEGER PRIMARY KEY,"
                       " authority_id INTEGER REFERENCES authorities(id) ON DELETE SET NULL,"
                       " name TEXT NOT NULL,"
                       " source TEXT NOT NULL," // 'document', 'builtin' or 'user'
                       " source_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE checklist_items ("
                       " id INTEGER PRIMARY KEY,"
                       " checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " guidance TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX checklist_items_checklist ON checklist_items(checklist_id, position)"),
        QStringLiteral("CREATE TABLE annotations ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " page INTEGER NOT NULL,"
                       " quote TEXT NOT NULL,"
                       " boxes TEXT NOT NULL DEFAULT '[]'," // JSON [[x,y,w,h],...] in page points
                       " status TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX annotations_document ON annotations(document_id, page)"),
        QStringLiteral("CREATE TABLE annotation_items ("
                       " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                       " item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(annotation_id, item_id))"),
        QStringLiteral("CREATE INDEX annotation_items_item ON annotation_items(item_id)"),
        QStringLiteral("CREATE TABLE dismissed_suggestions ("
                       " item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,"
                       " finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(item_id, finding_id))"),
    };
    sql += SqliteDialect::createFindingIndexStatements();
    sql += SqliteDialect::rebuildFindingIndexStatements();
    return sql;
}

// Version 4: pages and findings are indexed a document at a time by the store instead of by a
// trigger per row (see SqliteDialect::dropRowIndexingStatements); the index itself is unchanged.
QStringList version4()
{
    return SqliteDialect::dropRowIndexingStatements();
}

// Version 5: one authority per DfE code. A document's authority as the user assigned it is
// kept apart from what the reader read (NULL: as read), so that a re-read keeps it; and the
// authority rows that earlier readers made for other forms of one name ("Dudley" and "Dudley
// MBC") are merged under the reference list's name (see migrateCode()).
QStringList version5()
{
    return {QStringLiteral("ALTER TABLE documents ADD COLUMN authority_assigned TEXT")};
}

// Version 6: the user's corrections of facts, kept apart from what the reader read, so that
// a re-read refreshes the reader's facts and the corrections stay on top (the facts tables
// hold the facts with the corrections applied, so everything that reads facts reads them
// corrected). A correction belongs to the file (its SHA-256), not to the row: when the user
// deletes a document but keeps its corrections, they come back with the same file. Values
// are JSON, each wrapped in a one-element array so that a null or a string round-trips.
// An authority assigned by hand (version 5) is a correction of the authority: copied over.
// documents.review: NULL, as the reader's warnings say; 'flagged', marked by the user as
// needing review; 'reviewed', looked at by the user (the reader's warnings no longer flag it).
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE corrections ("
                       " sha256 TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " read_value TEXT NOT NULL,"
                       " corrected_at TEXT NOT NULL,"
                       " corrected_by TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(sha256, field))"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN review TEXT"),
        QStringLiteral("INSERT INTO corrections(sha256, field, value, read_value, corrected_at) "
                       "SELECT sha256, 'authority', json_array(authority_assigned), "
                       "json_array(CASE WHEN json_valid(facts_json) THEN "
                       "coalesce(json_extract(facts_json, '$.authority_code'), '') ELSE '' END), "
                       "imported_at FROM documents WHERE authority_assigned IS NOT NULL"),
    };
}

const QList<std::function<QStringList()>> &steps()
{
    static const QList<std::function<QStringList()>> all{version1, version2, version3, version4,
                                                         version5, version6};
    return all;
}

// The part of a step that is code rather than SQL, run after its statements in the same
// transaction.
bool migrateCode(int version, QSqlDatabase &db, QString *error)
{
    if (version == 5)
        return mergeDuplicateAuthorities(db, AuthorityDirectory::instance(), error);
    return true;
}

} // namespace

int latest()
{
    return int(steps().size());
}

bool migrate(QSqlDatabase &db, int target, QString *error)
{
    const auto newer = [&](int current) {
        *error = QCoreApplication::translate(
                     "Database", "the database was made by a newer Oversight (schema %1; this "
                                 "version understands up to %2)")
                     .arg(current)
                     .arg(latest());
    };
    const int before = SqliteDialect::userVersion(db);
    if (before < 0) {
        *error = QCoreApplication::translate("Database", "cannot read the schema version");
        return false;
    }
    if (before > latest()) {
        newer(before);
        return false;
    }
    // Each step takes the write lock first and reads the version again inside it: another
    // process opening the same file at the same moment may have made the step already.
    for (;;) {
        bool done = false;
        QSqlError sqlError;
        const bool ok = inTransaction(db, [&] {
            const int current = SqliteDialect::userVersion(db);
            if (current > latest()) {
                newer(current);
                return false;
            }
            if (current < 0 || current >= target) {
                done = current >= 0;
                return done;
            }
            const int version = current + 1;
            for (const QString &sql : steps().at(version - 1)()) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    *error = QCoreApplication::translate("Database", "migration to schema %1 "
                                                                     "failed: %2")
                                 .arg(version)
                                 .arg(q.lastError().text());
                    return false;
                }
            }
            return migrateCode(version, db, error)
                   && SqliteDialect::setUserVersion(db, version, error);
        }, &sqlError);
        if (!ok) {
            if (error->isEmpty())
                *error = sqlError.text();
            return false;
        }
        if (done)
            return true;
    }
}

} // namespace oversight::Migrations
