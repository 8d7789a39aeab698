#include "SqliteDialect.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight::SqliteDialect {

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

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    // Foreign keys keep cascades honest; busy_timeout lets connections of this and other
    // processes wait for each other's write lock instead of failing; with WAL, synchronous
    // NORMAL loses no committed transaction when the process is killed (only on power loss).
    return execAll(db, {"PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON",
                        "PRAGMA synchronous=NORMAL"},
                   error);
}

bool applyReadOnlyPragmas(QSqlDatabase &db, QString *error)
{
    return execAll(db, {"PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON", "PRAGMA query_only=ON"},
                   error);
}

bool setNewFilePageSize(QSqlDatabase &db, QString *error)
{
    // 16 KiB pages for a new file (an existing one keeps its own: WAL fixes the page size):
    // most of the bytes are stored PDFs, written once to the WAL and once more when it is
    // checkpointed, and bigger pages write them in a quarter of the system calls (storing the
    // corpus costs 15% less than with 4 KiB pages).
    return execAll(db, {"PRAGMA page_size=16384"}, error);
}

bool setWriteAheadLog(QSqlDatabase &db, QSqlError *error)
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
        if (failureOf(q.lastError()) != Failure::Busy || clock.elapsed() > 60000) {
            if (error)
                *error = q.lastError();
            return false;
        }
        QThread::msleep(20 + QRandomGenerator::global()->bounded(80));
    }
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool setUserVersion(QSqlDatabase &db, int version, QString *error)
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

qint64 applicationId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        return q.value(0).toLongLong() & 0xffffffff;
    return -1;
}

bool setApplicationId(QSqlDatabase &db, QSqlError *error)
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

QString beginWriteSql()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Failure failureOf(const QSqlError &error)
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

QStringList createPageIndexStatements()
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

QStringList createFindingIndexStatements()
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

QStringList rebuildFindingIndexStatements()
{
    return {QStringLiteral("INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')")};
}

QStringList rebuildIndexStatements()
{
    return {QStringLiteral("INSERT INTO pages_fts(pages_fts) VALUES ('rebuild')"),
            QStringLiteral("INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')")};
}

QStringList dropRowIndexingStatements()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS pages_ai"),
            QStringLiteral("DROP TRIGGER IF EXISTS findings_ai")};
}

QString indexDocumentPagesSql()
{
    return QStringLiteral(
        "INSERT INTO pages_fts(rowid, text) SELECT id, text FROM pages WHERE document_id = ?");
}

QString indexDocumentFindingsSql()
{
    return QStringLiteral(
        "INSERT INTO findings_fts(rowid, text) SELECT id, text FROM findings WHERE document_id = ?");
}

QString anyWordExpression(const QStringList &words)
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

QString findingSuggestionSql()
{
    return QStringLiteral(
        "SELECT f.id, f.document_id, f.page, f.section, f.text, bm25(findings_fts) AS score "
        "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
        "JOIN documents d ON d.id = f.document_id "
        "WHERE findings_fts MATCH :query AND d.authority_id = :authority AND d.id <> :source "
        "AND (:after = '' OR coalesce(d.sort_date, '') > :after) "
        "AND f.id NOT IN (SELECT finding_id FROM dismissed_suggestions WHERE item_id = :item) "
        "ORDER BY score LIMIT :limit");
}

QString dismissedSuggestionSql()
{
    return QStringLiteral(
        "SELECT f.id, f.document_id, f.page, f.section, f.text "
        "FROM dismissed_suggestions s JOIN findings f ON f.id = s.finding_id "
        "JOIN documents d ON d.id = f.document_id "
        "WHERE s.item_id = ? ORDER BY coalesce(d.sort_date, ''), f.page, f.id");
}

namespace {
// Must match the tokenizer of findings_fts (createFindingIndexStatements) to give its stems.
const char *const findingTokenizer = "porter unicode61 remove_diacritics 2";
} // namespace

QStringList createSuggestionTermStatements()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.suggestion_terms USING "
                       "fts5(text, tokenize='%1')")
            .arg(QLatin1String(findingTokenizer)),
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.suggestion_terms_instance USING "
                       "fts5vocab(temp, suggestion_terms, instance)"),
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.findings_vocab USING "
                       "fts5vocab(main, findings_fts, row)"),
    };
}

QString suggestionTermInsertSql()
{
    return QStringLiteral("INSERT INTO temp.suggestion_terms(rowid, text) VALUES (?, ?)");
}

QString suggestionTermStatsSql()
{
    return QStringLiteral("SELECT i.doc, i.term, coalesce(v.doc, 0) "
                          "FROM temp.suggestion_terms_instance i "
                          "LEFT JOIN temp.findings_vocab v ON v.term = i.term "
                          "ORDER BY i.doc, i.offset");
}

QString suggestionTermClearSql()
{
    return QStringLiteral("DELETE FROM temp.suggestion_terms");
}

QString straightQuotes(const QString &text)
{
    QString out = text;
    for (const QChar quote : {QChar(0x201C), QChar(0x201D), QChar(0x201E), QChar(0x201F)})
        out.replace(quote, QLatin1Char('"'));
    return out;
}

QString toMatchExpression(const QString &userQuery)
{
    // Quoted phrases stay phrases; every other word becomes a quoted token so that FTS5
    // syntax characters (-, :, ^, parentheses, AND/OR/NOT) typed by a user are plain text.
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    QStringList terms;
    auto it = token.globalMatch(straightQuotes(userQuery));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString term = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        const bool prefix = m.captured(1).isNull() && term.endsWith(QLatin1Char('*'));
        if (prefix)
            term.chop(1);
        term.replace(QLatin1Char('"'), QString());
        if (term.trimmed().isEmpty())
            continue;
        terms.append(QLatin1Char('"') + term + QLatin1Char('"')
                     + (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QLatin1Char(' '));
}

QString pageSearchSql()
{
    return QStringLiteral(
        "SELECT p.id, p.document_id, p.number, "
        "snippet(pages_fts, 0, char(2), char(3), '…', 24), bm25(pages_fts) AS score "
        "FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid "
        "WHERE pages_fts MATCH :query ORDER BY score LIMIT :limit");
}

namespace {
// Pages of one document, or of one authority's documents; 0 leaves that side open.
const char kSearchScope[] =
    " AND (:document = 0 OR p.document_id = :document)"
    " AND (:authority = 0 OR p.document_id IN"
    " (SELECT d.id FROM documents d WHERE d.authority_id = :authority))";
} // namespace

QString scopedPageSearchSql()
{
    return QStringLiteral(
               "SELECT p.id, p.document_id, p.number, "
               "snippet(pages_fts, 0, char(2), char(3), '…', 24), bm25(pages_fts) AS score "
               "FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid "
               "WHERE pages_fts MATCH :query")
           + QLatin1String(kSearchScope)
           + QStringLiteral(" ORDER BY score, p.id LIMIT :limit OFFSET :offset");
}

QString pageSearchCountSql()
{
    return QStringLiteral("SELECT count(*) FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid "
                          "WHERE pages_fts MATCH :query")
           + QLatin1String(kSearchScope);
}

QString factsFieldSql(const QString &alias, const QString &key)
{
    return QStringLiteral("CASE WHEN json_valid(%1.facts_json) "
                          "THEN json_extract(%1.facts_json, '$.%2') END")
        .arg(alias, key);
}

} // namespace oversight::SqliteDialect

