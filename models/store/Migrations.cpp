#include "Migrations.h"

#include "AuthorityMerge.h"
#include "Database.h"
#include "SqlDialect.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>


namespace oversight::Migrations {

namespace {

// The schema's versions: 1 the foundation (authorities, documents with their bytes, pages and
// their full-text index); 2 the understood facts; 3 checklists and annotations; 4 pages and
// findings indexed a document at a time; 5 one authority per DfE code; 6 the user's
// corrections; 7 who made and changed annotations and checklists, row versions (and on
// PostgreSQL the change notifications); 8 how PostgreSQL keeps large values; 9 PostgreSQL's
// page search keeps stop words (8 and 9: nothing on SQLite). Each dialect writes them in its
// own SQL (SqlDialect::migrationStatements).
constexpr int kLatest = 9;

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
    return kLatest;
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
    const SqlDialect &dialect = SqlDialect::of(db);
    const int before = dialect.schemaVersion(db);
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
            // PostgreSQL has no file lock: an advisory lock makes two processes take turns.
            if (const QString lock = dialect.migrationLockSql(); !lock.isEmpty()) {
                QSqlQuery q(db);
                if (!q.exec(lock)) {
                    *error = q.lastError().text();
                    return false;
                }
            }
            const int current = dialect.schemaVersion(db);
            if (current > latest()) {
                newer(current);
                return false;
            }
            if (current < 0 || current >= target) {
                done = current >= 0;
                return done;
            }
            const int version = current + 1;
            for (const QString &sql : dialect.migrationStatements(version)) {
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
                   && dialect.setSchemaVersion(db, version, error);
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
