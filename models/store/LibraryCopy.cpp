#include "LibraryCopy.h"

#include "Database.h"
#include "DatabaseLocation.h"
#include "PostgresDialect.h"
#include "SqlDialect.h"
#include "SqliteDialect.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <climits>

namespace oversight::LibraryCopy {

namespace {

// Every sentence is said by Copier's members: lupdate files them under its name.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("oversight::LibraryCopy::Copier", text, disambiguation, n);
}

// Rows read from the source at a time: enough to keep the round trips few, few enough that a
// chunk of a table holding PDFs stays a few of them.
constexpr int kRowsPerChunk = 500;
constexpr int kBinaryRowsPerChunk = 4;

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString quotedList(const QStringList &identifiers)
{
    QStringList list;
    for (const QString &identifier : identifiers)
        list.append(quoted(identifier));
    return list.join(QStringLiteral(", "));
}

QString nameOf(const Database &database)
{
    const DatabaseLocation location = DatabaseLocation::parse(database.path());
    return location.kind == DatabaseLocation::Kind::SqliteFile ? QDir::toNativeSeparators(database.path())
                                                               : location.displayName();
}

// ---- the catalog: what each database says its tables and columns are

struct Column
{
    QString name;
    bool generated = false; // computed by the database (PostgreSQL's text_search): never written
    bool identity = false;  // PostgreSQL identity column, with a sequence behind it
    bool binary = false;    // BLOB or bytea
};

struct TableInfo
{
    QList<Column> columns; // empty: no such table
    QStringList primaryKey;
};

// Runs sql, prepared with values when there are any (PostgreSQL prepares no LOCK TABLE).
bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Oversight's own tables in db: every ordinary table less SQLite's, the FTS5 indexes and their
// shadow tables, and PostgreSQL's schema version table.
bool libraryTables(const QSqlDatabase &db, QStringList *tables, QString *error)
{
    if (SqlDialect::of(db).isPostgres()) {
        QSqlError sqlError;
        const QStringList names = PostgresDialect::tableNames(db, &sqlError);
        if (sqlError.isValid()) {
            *error = sqlError.text();
            return false;
        }
        for (const QString &name : names)
            if (name != QLatin1String("oversight_schema"))
                tables->append(name);
        return true;
    }
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_schema "
                                    "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
                  {}, error))
        return false;
    QStringList ordinary;
    QStringList virtualTables;
    while (q.next())
        (q.value(1).toBool() ? virtualTables : ordinary).append(q.value(0).toString());
    for (const QString &name : std::as_const(ordinary)) {
        bool shadow = false; // pages_fts_data, pages_fts_idx... belong to pages_fts
        for (const QString &v : std::as_const(virtualTables))
            shadow = shadow || name.startsWith(v + QLatin1Char('_'));
        if (!shadow)
            tables->append(name);
    }
    return true;
}

bool tableInfo(const QSqlDatabase &db, const QString &table, TableInfo *info, QString *error)
{
    QSqlQuery q(db);
    if (SqlDialect::of(db).isPostgres()) {
        if (!runQuery(q, QStringLiteral("SELECT column_name, is_generated = 'ALWAYS', is_identity = 'YES', "
                                        "data_type = 'bytea' FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND table_name = ? "
                                        "ORDER BY ordinal_position"),
                      {table}, error))
            return false;
        while (q.next())
            info->columns.append({q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool(),
                                  q.value(3).toBool()});
        if (!runQuery(q, QStringLiteral("SELECT k.column_name FROM information_schema.table_constraints c "
                                        "JOIN information_schema.key_column_usage k "
                                        "ON k.constraint_name = c.constraint_name "
                                        "AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
                                        "WHERE c.table_schema = current_schema() AND c.table_name = ? "
                                        "AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position"),
                      {table}, error))
            return false;
        while (q.next())
            info->primaryKey.append(q.value(0).toString());
        return true;
    }
    // table_xinfo's hidden: 2 and 3 are generated columns (virtual, stored).
    if (!runQuery(q, QStringLiteral("SELECT name, hidden IN (2, 3), upper(type) = 'BLOB', pk "
                                    "FROM pragma_table_xinfo(?) ORDER BY cid"),
                  {table}, error))
        return false;
    QMap<int, QString> key;
    while (q.next()) {
        info->columns.append({q.value(0).toString(), q.value(1).toBool(), false, q.value(2).toBool()});
        if (q.value(3).toInt() > 0)
            key.insert(q.value(3).toInt(), q.value(0).toString());
    }
    info->primaryKey = key.values();
    return true;
}

qint64 countRows(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)), {}, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// ---- the copy

// How one table is copied: the columns both sides have (less generated ones), its key, and
// what the source holds.
struct TablePlan
{
    QString table;
    QStringList columns;
    QStringList key;
    QList<int> keyColumns;      // indexes of key in columns
    QStringList identities;     // the target's identity columns (PostgreSQL)
    bool binary = false;
    qint64 rows = 0;
};

class Copier
{
public:
    Copier(Database &source, Database &target, const Options &options)
        : m_source(source), m_target(target), m_options(options),
          m_src(source.connection()), m_dst(target.connection())
    {
    }

    Result run();

private:
    // Checks made before anything is written; false with m_result set.
    bool refuseEarly();
    bool plan();
    bool beginSourceSnapshot();
    void endSourceSnapshot();
    // Inside the target's transaction.
    bool copyAll();
    bool lockedTargetIsEmpty();
    bool targetHasNoRows();
    bool copyTable(const TablePlan &plan);
    bool finishTarget();
    bool countsAgree();
    void report(const TablePlan &plan, qint64 done);
    bool fail(Result::Status status, const QString &error);

    Database &m_source;
    Database &m_target;
    const Options &m_options;
    QSqlDatabase m_src;
    QSqlDatabase m_dst;
    QList<TablePlan> m_plans;
    qint64 m_rowsTotal = 0;
    qint64 m_rowsDone = 0;
    Result m_result;
};

bool Copier::fail(Result::Status status, const QString &error)
{
    m_result.status = status;
    m_result.error = error;
    return false;
}

bool Copier::refuseEarly()
{
    if (!m_source.isOpen())
        return fail(Result::Status::Refused, m_source.errorString());
    if (!m_target.isOpen())
        return fail(Result::Status::Refused, m_target.errorString());
    const DatabaseLocation from = DatabaseLocation::parse(m_source.path());
    const DatabaseLocation to = DatabaseLocation::parse(m_target.path());
    const bool same = from.kind == to.kind
                      && (from.kind == DatabaseLocation::Kind::SqliteFile
                              ? QFileInfo(from.path).canonicalFilePath() == QFileInfo(to.path).canonicalFilePath()
                              : from.host == to.host && from.port == to.port && from.database == to.database);
    if (same)
        return fail(Result::Status::Refused,
                    tr("%1 is the library being copied: choose another file or team database.")
                        .arg(nameOf(m_target)));
    if (m_target.isReadOnly())
        return fail(Result::Status::Refused,
                    tr("Cannot copy into %1: %2.").arg(nameOf(m_target), m_target.readOnlyReason()));
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return fail(Result::Status::Refused,
                    tr("%1 is at schema version %2 and %3 at version %4: a library is copied "
                       "only between libraries of the same version (open both with this "
                       "Oversight first).")
                        .arg(nameOf(m_source))
                        .arg(m_source.schemaVersion())
                        .arg(nameOf(m_target))
                        .arg(m_target.schemaVersion()));
    return true;
}

bool Copier::plan()
{
    QString error;
    QStringList sourceTables;
    if (!libraryTables(m_src, &sourceTables, &error))
        return fail(Result::Status::Failed, tr("Cannot read the tables of %1: %2").arg(nameOf(m_source), error));
    for (const QString &table : std::as_const(sourceTables))
        if (!tables().contains(table))
            return fail(Result::Status::Refused,
                        tr("%1 holds a table, %2, that this version of Oversight does not know how "
                           "to copy: nothing was copied. Copy it with the Oversight that made it.")
                            .arg(nameOf(m_source), table));
    for (const QString &table : tables()) {
        TableInfo from;
        TableInfo to;
        if (!tableInfo(m_src, table, &from, &error) || !tableInfo(m_dst, table, &to, &error))
            return fail(Result::Status::Failed, tr("Cannot read the columns of %1: %2").arg(table, error));
        if (from.columns.isEmpty() || to.columns.isEmpty())
            return fail(Result::Status::Refused, tr("%1 has no table %2: it is not a whole library.")
                                                     .arg(nameOf(from.columns.isEmpty() ? m_source : m_target), table));
        TablePlan plan;
        plan.table = table;
        for (const Column &column : std::as_const(to.columns)) {
            if (column.identity)
                plan.identities.append(column.name);
            if (column.generated)
                continue;
            for (const Column &theirs : std::as_const(from.columns)) {
                if (theirs.name == column.name && !theirs.generated) {
                    plan.columns.append(column.name);
                    plan.binary = plan.binary || column.binary || theirs.binary;
                }
            }
        }
        plan.key = from.primaryKey;
        for (const QString &k : std::as_const(plan.key))
            plan.keyColumns.append(int(plan.columns.indexOf(k)));
        if (plan.key.isEmpty() || plan.keyColumns.contains(-1))
            return fail(Result::Status::Failed,
                        tr("Cannot copy %1: its primary key is not a column of both libraries.").arg(table));
        plan.rows = countRows(m_src, table, &error);
        if (plan.rows < 0)
            return fail(Result::Status::Failed, tr("Cannot count the rows of %1: %2").arg(table, error));
        m_rowsTotal += plan.rows;
        m_plans.append(plan);
    }
    return true;
}

// One read transaction on the source, so that every table is read as it stood at the start
// (SQLite's WAL snapshot; PostgreSQL's repeatable read) while others go on writing.
bool Copier::beginSourceSnapshot()
{
    QSqlQuery q(m_src);
    const QString sql = SqlDialect::of(m_src).isPostgres()
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN");
    if (!q.exec(sql))
        return fail(Result::Status::Failed,
                    StoreError::describe(q.lastError(), m_source.path()));
    return true;
}

void Copier::endSourceSnapshot()
{
    QSqlQuery q(m_src);
    q.exec(QStringLiteral("ROLLBACK")); // nothing was written: ending it is all
}

bool Copier::lockedTargetIsEmpty()
{
    QString error;
    if (SqlDialect::of(m_dst).isPostgres()) {
        // Nobody else writes the target until the copy commits (reading goes on).
        QSqlQuery lock(m_dst);
        if (!runQuery(lock, QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(quotedList(tables())), {}, &error))
            return fail(Result::Status::Failed, StoreError::describe(lock.lastError(), m_target.path()));
    }
    return targetHasNoRows();
}

bool Copier::targetHasNoRows()
{
    QString error;
    // Documents first: what a user knows a library by.
    QStringList order = tables();
    order.move(order.indexOf(QStringLiteral("documents")), 0);
    for (const QString &table : std::as_const(order)) {
        const qint64 rows = countRows(m_dst, table, &error);
        if (rows < 0)
            return fail(Result::Status::Failed, tr("Cannot count the rows of %1: %2").arg(table, error));
        if (rows > 0)
            return fail(Result::Status::Refused,
                        tr("%1 is not empty (%2 holds %n row(s)): a library is copied only into an "
                           "empty one, so that nothing in it is overwritten. Choose a new file or "
                           "an empty team database.",
                           nullptr, int(qMin<qint64>(rows, INT_MAX)))
                            .arg(nameOf(m_target), table));
    }
    return true;
}

void Copier::report(const TablePlan &plan, qint64 done)
{
    if (m_options.progress)
        m_options.progress({plan.table, done, plan.rows, m_rowsDone, m_rowsTotal});
}

bool Copier::copyTable(const TablePlan &plan)
{
    const int chunk = plan.binary ? kBinaryRowsPerChunk : kRowsPerChunk;
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(quotedList(plan.columns), quoted(plan.table));
    const QString order = QStringLiteral(" ORDER BY %1 LIMIT %2").arg(quotedList(plan.key)).arg(chunk);
    QStringList marks;
    for (int i = 0; i < plan.key.size(); ++i)
        marks.append(QStringLiteral("?"));
    // Keyset paging: each chunk starts after the last key of the one before.
    const QString after = QStringLiteral(" WHERE (%1) > (%2)").arg(quotedList(plan.key), marks.join(QLatin1Char(',')));

    QSqlQuery first(m_src);
    QSqlQuery next(m_src);
    QSqlQuery insert(m_dst);
    for (QSqlQuery *q : {&first, &next})
        q->setForwardOnly(true);
    QStringList values;
    for (int i = 0; i < plan.columns.size(); ++i)
        values.append(QStringLiteral("?"));
    if (!first.prepare(select + order) || !next.prepare(select + after + order))
        return fail(Result::Status::Failed, StoreError::describe(first.lastError().isValid() ? first.lastError()
                                                                                             : next.lastError(),
                                                                 m_source.path()));
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(plan.table), quotedList(plan.columns), values.join(QLatin1Char(',')))))
        return fail(Result::Status::Failed, StoreError::describe(insert.lastError(), m_target.path()));

    if (plan.rows > 0)
        report(plan, 0); // an empty table is reported once, after its one (empty) chunk
    qint64 done = 0;
    QVariantList lastKey;
    for (;;) {
        if (m_options.isCancelled && m_options.isCancelled())
            return fail(Result::Status::Cancelled, tr("The copy was cancelled: nothing was copied."));
        QSqlQuery &read = lastKey.isEmpty() ? first : next;
        for (int i = 0; i < lastKey.size(); ++i)
            read.bindValue(i, lastKey.at(i));
        if (!read.exec())
            return fail(Result::Status::Failed,
                        tr("Cannot read %1 from %2: %3")
                            .arg(plan.table, nameOf(m_source), StoreError::describe(read.lastError(), m_source.path())));
        int rows = 0;
        while (read.next()) {
            for (int i = 0; i < plan.columns.size(); ++i)
                insert.bindValue(i, read.value(i));
            if (!insert.exec()) {
                QStringList key;
                for (int k : std::as_const(plan.keyColumns))
                    key.append(read.value(k).toString());
                return fail(Result::Status::Failed,
                            tr("Cannot write row %1 of %2 into %3: %4")
                                .arg(key.join(QLatin1Char('/')), plan.table, nameOf(m_target),
                                     StoreError::describe(insert.lastError(), m_target.path())));
            }
            lastKey.clear();
            for (int k : std::as_const(plan.keyColumns))
                lastKey.append(read.value(k));
            ++rows;
        }
        read.finish();
        done += rows;
        m_rowsDone += rows;
        report(plan, done);
        if (rows < chunk)
            return true;
    }
}

// What the target's database needs once the rows are in: PostgreSQL's identity sequences past
// the ids copied (setval: the next id is max + 1), SQLite's FTS5 indexes filled from the rows.
bool Copier::finishTarget()
{
    QSqlQuery q(m_dst);
    QString error;
    if (SqlDialect::of(m_dst).isPostgres()) {
        for (const TablePlan &plan : std::as_const(m_plans)) {
            for (const QString &column : plan.identities) {
                // Only when the table has rows: setval refuses 0 (below the sequence's minimum).
                if (!runQuery(q, QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), max(%1)) "
                                                "FROM %2 HAVING count(*) > 0")
                                     .arg(quoted(column), quoted(plan.table)),
                              {quoted(plan.table), column}, &error))
                    return fail(Result::Status::Failed,
                                tr("Cannot set the next id of %1: %2").arg(plan.table, error));
            }
        }
        return true;
    }
    for (const QString &sql : SqliteDialect::rebuildIndexStatements())
        if (!runQuery(q, sql, {}, &error))
            return fail(Result::Status::Failed, tr("Cannot build the full-text index: %1").arg(error));
    return true;
}

bool Copier::countsAgree()
{
    QString error;
    m_result.counts.clear();
    for (const TablePlan &plan : std::as_const(m_plans)) {
        const qint64 source = countRows(m_src, plan.table, &error);
        const qint64 target = source < 0 ? -1 : countRows(m_dst, plan.table, &error);
        if (source < 0 || target < 0)
            return fail(Result::Status::Failed, tr("Cannot count the rows of %1: %2").arg(plan.table, error));
        m_result.counts.append({plan.table, source, target});
    }
    for (const TableCount &count : std::as_const(m_result.counts))
        if (count.source != count.target)
            return fail(Result::Status::Failed,
                        tr("The copy was undone: %1 has %2 rows in %3 but %4 in the copy.")
                            .arg(count.table)
                            .arg(count.source)
                            .arg(nameOf(m_source))
                            .arg(count.target));
    return true;
}

bool Copier::copyAll()
{
    if (!lockedTargetIsEmpty())
        return false;
    for (const TablePlan &plan : std::as_const(m_plans))
        if (!copyTable(plan))
            return false;
    return finishTarget() && countsAgree();
}

Result Copier::run()
{
    if (!refuseEarly() || !beginSourceSnapshot())
        return m_result;
    // Refused before the write transaction too, which would make the daily backup of a
    // library that holds documents.
    if (plan() && targetHasNoRows()) {
        QSqlError error;
        const bool committed = runWriteTransaction(m_dst, [this] { return copyAll(); }, &error);
        if (committed)
            m_result.status = Result::Status::Copied;
        else if (error.isValid()) // BEGIN or COMMIT failed
            fail(Result::Status::Failed, StoreError::describe(error, m_target.path()));
    }
    endSourceSnapshot();
    return m_result;
}

} // namespace

const QStringList &tables()
{
    static const QStringList list{
        QStringLiteral("authorities"),
        QStringLiteral("documents"),
        QStringLiteral("document_files"),
        QStringLiteral("pages"),
        QStringLiteral("judgements"),
        QStringLiteral("recommendations"),
        QStringLiteral("findings"),
        QStringLiteral("corrections"),
        QStringLiteral("checklists"),
        QStringLiteral("checklist_items"),
        QStringLiteral("annotations"),
        QStringLiteral("annotation_items"),
        QStringLiteral("dismissed_suggestions"),
    };
    return list;
}

Result copy(Database &source, Database &target, const Options &options)
{
    return Copier(source, target, options).run();
}

Result copy(const QString &sourceLocation, const QString &targetLocation, const Options &options)
{
    Result result;
    const DatabaseLocation to = DatabaseLocation::parse(targetLocation);
    if (!to.isValid()) {
        result.status = Result::Status::Refused;
        result.error = to.error();
        return result;
    }
    const bool isFile = to.kind == DatabaseLocation::Kind::SqliteFile;
    const bool existed = isFile && QFileInfo::exists(to.path);
    {
        Database::Options readExisting;
        readExisting.create = Database::Create::Never;
        Database source(sourceLocation, readExisting);
        if (!source.isOpen()) {
            result.status = Result::Status::Refused;
            result.error = source.errorString();
            return result;
        }
        Database target(targetLocation);
        result = copy(source, target, options);
    }
    // A file made for the copy goes again when the copy did not happen.
    if (!result.ok() && isFile && !existed) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(to.path + QLatin1String(suffix));
    }
    return result;
}

} // namespace oversight::LibraryCopy
