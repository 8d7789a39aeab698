#include "SqliteDialect.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

bool execAll(QSqlDatabase &db, std::initializer_list<const char *> statements, QString *error)
{
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

bool SqliteDialect::applyPragmas(QSqlDatabase &db, QString *error)
{
    // Foreign keys keep cascades honest; busy_timeout lets connections of this and other
    // processes wait for each other's write lock instead of failing; with WAL, synchronous
    // NORMAL loses no committed transaction when the process is killed (only on power loss).
    return execAll(db, {"PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON",
                        "PRAGMA synchronous=NORMAL"},
                   error);
}

bool SqliteDialect::applyReadOnlyPragmas(QSqlDatabase &db, QString *error)
{
    return execAll(db, {"PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON", "PRAGMA query_only=ON"},
                   error);
}

bool SqliteDialect::setNewFilePageSize(QSqlDatabase &db, QString *error)
{
    // 16 KiB pages for a new file (an existing one keeps its own: WAL fixes the page size):
    // most of the bytes are stored PDFs, written once to the WAL and once more when it is
    // checkpointed, and bigger pages write them in a quarter of the system calls (storing the
    // corpus costs 15% less than with 4 KiB pages).
    return execAll(db, {"PRAGMA page_size=16384"}, error);
}

bool SqliteDialect::setWriteAheadLog(QSqlDatabase &db, QSqlError *error)
{
    // WAL lets the GUI read while an import writes. Changing the journal mode needs every
    // other connection out of the file for a moment; the busy timeout covers most waits, the
    // loop the rest (SQLite skips the busy handler where waiting could deadlock).
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next())
            return true;
        if (sqliteFailureOf(q.lastError()) != Failure::Busy || clock.elapsed() > 60000) {
            if (error)
                *error = q.lastError();
            return false;
        }
        QThread::msleep(20 + QRandomGenerator::global()->bounded(80));
    }
}

int SqliteDialect::userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteDialect::setUserVersion(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery q(db);
    // PRAGMA takes no bound parameters; version is an int we produced.
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 SqliteDialect::applicationId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        return q.value(0).toLongLong() & 0xffffffff;
    return -1;
}

bool SqliteDialect::setApplicationId(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    // application_id is a signed 32-bit number to SQLite.
    if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(qint32(kApplicationId)))) {
        if (error)
            *error = q.lastError();
        return false;
    }
    return true;
}

QString SqliteDialect::beginWriteSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

SqlDialect::Failure SqliteDialect::sqliteFailureOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Failure::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return Failure::Other;
    // Result codes: https://www.sqlite.org/rescode.html; the low byte is the primary code.
    switch (code & 0xff) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return Failure::Busy;
    case 8:  // SQLITE_READONLY
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Failure::ReadOnly;
    case 13: // SQLITE_FULL
        return Failure::Full;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
    case 24: // SQLITE_FORMAT
        return Failure::Damaged;
    case 14: // SQLITE_CANTOPEN
        return Failure::CannotOpen;
    case 10: // SQLITE_IOERR
        return Failure::InputOutput;
    default:
        return Failure::Other;
    }
}

QStringList SqliteDialect::createPageIndexStatements()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE pages_fts USING fts5(text, content='pages', "
                       "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN "
                       "INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN "
                       "INSERT INTO pages_fts(pages_fts, rowid, text) "
                       "VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER pages_au AFTER UPDATE ON pages BEGIN "
                       "INSERT INTO pages_fts(pages_fts, rowid, text) "
                       "VALUES ('delete', old.id, old.text); "
                       "INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text); END"),
    };
}

QStringList SqliteDialect::createFindingIndexStatements()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE findings_fts USING fts5(text, content='findings', "
                       "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER findings_ai AFTER INSERT ON findings BEGIN "
                       "INSERT INTO findings_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER findings_ad AFTER DELETE ON findings BEGIN "
                       "INSERT INTO findings_fts(findings_fts, rowid, text) "
                       "VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER findings_au AFTER UPDATE ON findings BEGIN "
                       "INSERT INTO findings_fts(findings_fts, rowid, text) "
                       "VALUES ('delete', old.id, old.text); "
                       "INSERT INTO findings_fts(rowid, text) VALUES (new.id, new.text); END"),
    };
}

QStringList SqliteDialect::rebuildFindingIndexStatements()
{
    return {QStringLiteral("INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')")};
}

QStringList SqliteDialect::rebuildIndexStatements()
{
    return {QStringLiteral("INSERT INTO pages_fts(pages_fts) VALUES ('rebuild')"),
            QStringLiteral("INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')")};
}

QStringList SqliteDialect::dropRowIndexingStatements()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS pages_ai"),
            QStringLiteral("DROP TRIGGER IF EXISTS findings_ai")};
}

namespace {

// The schema's versions in SQLite's SQL. What each version means is the same in both
// dialects (see PostgresDialect::migrationStatements); each comment says why it was made.

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

// Version 7: who made each checklist and annotation, who changed an annotation last, and a
// row version on annotations and corrections, which a write checks and raises so that two
// people editing one annotation (a team database, or two windows on one file) never silently
// overwrite each other: the second writer is told and shown the other's change.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE annotations ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE annotations ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE annotations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE checklists ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE corrections ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    };
}

} // namespace

QStringList SqliteDialect::migrationStatements(int version) const
{
    switch (version) {
    case 1: return version1();
    case 2: return version2();
    case 3: return version3();
    case 4: return version4();
    case 5: return version5();
    case 6: return version6();
    case 7: return version7();
    case 8: return {}; // how PostgreSQL keeps large values: nothing for SQLite
    case 9: return {}; // PostgreSQL's page search keeps stop words, as FTS5 always has
    default: return {};
    }
}

QString SqliteDialect::indexDocumentPagesSql() const
{
    return QStringLiteral(
        "INSERT INTO pages_fts(rowid, text) SELECT id, text FROM pages WHERE document_id = ?");
}

QString SqliteDialect::indexDocumentFindingsSql() const
{
    return QStringLiteral(
        "INSERT INTO findings_fts(rowid, text) SELECT id, text FROM findings WHERE document_id = ?");
}

QString SqliteDialect::indexNewFindingsSql() const
{
    // A new row's rowid is one more than the largest in the table (INTEGER PRIMARY KEY without
    // AUTOINCREMENT), so the rows inserted since are exactly those from the first new one on.
    return QStringLiteral("INSERT INTO findings_fts(rowid, text) SELECT id, text FROM findings "
                          "WHERE document_id = ? AND id >= ?");
}

QString SqliteDialect::anyWordExpression(const QStringList &words) const
{
    QStringList quoted;
    for (QString w : words) {
        w.remove(QLatin1Char('"'));
        w = w.simplified();
        if (!w.isEmpty())
            quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
    }
    return quoted.join(QStringLiteral(" OR "));
}

QString SqliteDialect::findingSuggestionSql() const
{
    return QStringLiteral(
        "SELECT f.id, f.document_id, f.page, f.section, f.text, -bm25(findings_fts) AS relevance "
        "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
        "JOIN documents d ON d.id = f.document_id "
        "WHERE findings_fts MATCH :query AND d.authority_id = :authority AND d.id <> :source "
        "AND (:after = '' OR coalesce(d.sort_date, '') > :after) "
        "AND f.id NOT IN (SELECT finding_id FROM dismissed_suggestions WHERE item_id = :item) "
        "ORDER BY relevance DESC LIMIT :limit");
}

namespace {
// Must match the tokenizer of findings_fts (createFindingIndexStatements) to give its stems.
const char *const findingTokenizer = "porter unicode61 remove_diacritics 2";
} // namespace

bool SqliteDialect::stemsOf(QSqlDatabase &db, const QStringList &words, QList<WordStem> *stems,
                            QString *error) const
{
    // Temporary tables private to the connection, created if missing: an FTS5 table with the
    // findings' tokenizer that holds one row per word (rowid = word number), its fts5vocab
    // instance table (the stem of each word) and the findings index's row vocabulary (in how
    // many findings each stem occurs).
    const QStringList setup{
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.suggestion_terms USING "
                       "fts5(text, tokenize='%1')")
            .arg(QLatin1String(findingTokenizer)),
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.suggestion_terms_instance USING "
                       "fts5vocab(temp, suggestion_terms, instance)"),
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.findings_vocab USING "
                       "fts5vocab(main, findings_fts, row)"),
        QStringLiteral("DELETE FROM temp.suggestion_terms"),
    };
    for (const QString &sql : setup) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO temp.suggestion_terms(rowid, text) VALUES (?, ?)"));
    for (int i = 0; i < words.size(); ++i) {
        insert.bindValue(0, i + 1);
        insert.bindValue(1, words.at(i));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    stems->clear();
    stems->resize(words.size());
    QSqlQuery stats(db);
    if (!stats.exec(QStringLiteral("SELECT i.doc, i.term, coalesce(v.doc, 0) "
                                   "FROM temp.suggestion_terms_instance i "
                                   "LEFT JOIN temp.findings_vocab v ON v.term = i.term "
                                   "ORDER BY i.doc, i.offset"))) {
        *error = stats.lastError().text();
        return false;
    }
    while (stats.next()) {
        const int i = stats.value(0).toInt() - 1;
        // A word the tokenizer splits in two ("well-being") keeps its first part's stem.
        if (i >= 0 && i < words.size() && (*stems)[i].stem.isEmpty())
            (*stems)[i] = {stats.value(1).toString(), stats.value(2).toLongLong()};
    }
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM temp.suggestion_terms"));
    return true;
}

QString SqliteDialect::toMatchExpression(const QString &userQuery) const
{
    // Quoted phrases stay phrases; every other word becomes a quoted token so that FTS5
    // syntax characters (-, :, ^, parentheses, AND/OR/NOT) typed by a user are plain text.
    // A star ending a word or a phrase ("child prot*", "child prot"*) makes its last word a
    // prefix (FTS5: a '*' after a string marks its final token as a prefix).
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"(\\*?)|(\\S+)"));
    QStringList terms;
    auto it = token.globalMatch(straightQuotes(userQuery));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool quoted = !m.captured(1).isNull();
        QString term = quoted ? m.captured(1) : m.captured(3);
        const bool prefix = term.endsWith(QLatin1Char('*')) || (quoted && !m.captured(2).isEmpty());
        while (term.endsWith(QLatin1Char('*')))
            term.chop(1);
        term.replace(QLatin1Char('"'), QString());
        if (term.trimmed().isEmpty())
            continue;
        terms.append(QLatin1Char('"') + term + QLatin1Char('"')
                     + (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QLatin1Char(' '));
}

namespace {
// Pages of one document, or of one authority's documents; 0 leaves that side open.
const char kSearchScope[] =
    " AND (:document = 0 OR p.document_id = :document)"
    " AND (:authority = 0 OR p.document_id IN"
    " (SELECT d.id FROM documents d WHERE d.authority_id = :authority))";

// The full-text index's rows matching :query within the scope. Without a scope the index
// alone answers; with one, the scope's pages are looked up once.
QString scopedMatch()
{
    return QStringLiteral("pages_fts MATCH :query AND ((:document = 0 AND :authority = 0) "
                          "OR pages_fts.rowid IN (SELECT p.id FROM pages p WHERE 1 = 1")
           + QLatin1String(kSearchScope) + QStringLiteral("))");
}
} // namespace

QString SqliteDialect::scopedPageSearchSql() const
{
    // The matches are ranked on the index alone; only the page of results is joined to its
    // pages and given a snippet(), which SQLite would otherwise make for every match before
    // sorting them. The snippet needs the match's cursor: the outer query looks each result up
    // again by rowid within the same MATCH (CROSS JOIN keeps the results as the outer loop).
    return QStringLiteral("WITH hits AS (SELECT pages_fts.rowid AS id, bm25(pages_fts) AS score "
                          "FROM pages_fts WHERE ")
           + scopedMatch()
           + QStringLiteral(
               " ORDER BY score, id LIMIT :limit OFFSET :offset) "
               "SELECT h.id, p.document_id, p.number, "
               "snippet(pages_fts, 0, char(2), char(3), '…', 24), h.score "
               "FROM hits h CROSS JOIN pages_fts CROSS JOIN pages p "
               "WHERE pages_fts.rowid = h.id AND pages_fts MATCH :query AND p.id = h.id "
               "ORDER BY h.score, h.id");
}

QString SqliteDialect::pageSearchCountSql() const
{
    return QStringLiteral("SELECT count(*) FROM pages_fts WHERE ") + scopedMatch();
}

QString SqliteDialect::factsFieldSql(const QString &alias, const QString &key) const
{
    return QStringLiteral("CASE WHEN json_valid(%1.facts_json) "
                          "THEN json_extract(%1.facts_json, '$.%2') END")
        .arg(alias, key);
}

QString SqliteDialect::factsJsonFieldSql(const QString &alias, const QString &key) const
{
    // json_extract gives an array or object as its JSON text.
    return factsFieldSql(alias, key);
}

QString SqliteDialect::jsonArrayAggregateSql(const QString &expression) const
{
    return QStringLiteral("json_group_array(%1)").arg(expression);
}

QString SqliteDialect::caseInsensitiveSql(const QString &expression) const
{
    return expression + QStringLiteral(" COLLATE NOCASE");
}

} // namespace oversight

