#include "DocumentStore.h"

#include "FactRowWriter.h"
#include "PostgresStatement.h"
#include "RowInserter.h"
#include "SqlDialect.h"
#include "StoreError.h"
#include "domain/DocumentDate.h"
#include "understanding/TextCleaner.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL want ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// documents.facts_json: the facts as DocumentFacts::toJson() gives them, compact.
QString factsJson(const DocumentFacts &facts)
{
    return QString::fromUtf8(QJsonDocument(facts.toJson()).toJson(QJsonDocument::Compact));
}

// Whether documentColumns() reads the reader's warnings out of every document's facts_json.
enum class Warnings { Read, Skip };

// The columns documentFromQuery() reads, in the connection's dialect.
QString documentColumns(const SqlDialect &dialect, Warnings warnings = Warnings::Read)
{
    return QStringLiteral(
    "SELECT d.id, coalesce(d.authority_id, 0), coalesce(a.name, ''), d.file_name, d.sha256, "
    "d.page_count, d.byte_size, d.imported_at, d.reader_version, d.kind, d.title, "
    "d.authority_as_named, d.inspection_start, d.inspection_end, d.published, d.lead_inspector, "
    "coalesce(a.code, ''), coalesce(d.authority_assigned, ''), "
    // The facts the reader could not read, for the library's "needs review" marks, without
    // reading every document's whole facts.
    "%1, "
    // The fields the user corrected (the primary key's index finds them by file).
    "(SELECT %2 FROM corrections c WHERE c.sha256 = d.sha256), "
    "coalesce(d.review, '') "
    "FROM documents d LEFT JOIN authorities a ON a.id = d.authority_id ")
        .arg(warnings == Warnings::Read
                 ? dialect.factsJsonFieldSql(QStringLiteral("d"), QStringLiteral("warnings"))
                 : QStringLiteral("'[]'"),
             dialect.jsonArrayAggregateSql(QStringLiteral("c.field")));
}

ReviewState reviewFromColumn(const QString &value)
{
    if (value == QLatin1String("flagged"))
        return ReviewState::Flagged;
    if (value == QLatin1String("reviewed"))
        return ReviewState::Reviewed;
    return ReviewState::AsRead;
}

StoredDocument documentFromQuery(const QSqlQuery &q)
{
    StoredDocument d;
    d.id = q.value(0).toLongLong();
    d.authorityId = q.value(1).toLongLong();
    d.authorityName = q.value(2).toString();
    d.fileName = q.value(3).toString();
    d.sha256 = q.value(4).toString();
    d.pageCount = q.value(5).toInt();
    d.byteSize = q.value(6).toLongLong();
    d.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    d.readerVersion = q.value(8).toInt();
    // The columns are the truth for what is filed (facts_json is empty for schema 1 data);
    // the rest of the facts is read only for one document at a time, see document().
    d.facts.kind = q.value(9).toString();
    d.facts.title = q.value(10).toString();
    d.facts.authority = q.value(11).toString();
    d.facts.inspectionStart = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    d.facts.inspectionEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    d.facts.published = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    d.facts.leadInspector = q.value(15).toString();
    d.authorityCode = q.value(16).toString();
    d.assignedAuthorityCode = q.value(17).toString();
    const QJsonArray warnings = QJsonDocument::fromJson(q.value(18).toByteArray()).array();
    for (const QJsonValue &w : warnings)
        d.facts.warnings.append(w.toString());
    for (const QJsonValue &f : QJsonDocument::fromJson(q.value(19).toByteArray()).array())
        d.correctedFields.append(f.toString());
    d.review = reviewFromColumn(q.value(20).toString());
    return d;
}

} // namespace

bool StoredDocument::needsReview() const
{
    return review == ReviewState::Flagged
           || (review == ReviewState::AsRead && !facts.warnings.isEmpty());
}

QString StoredDocument::displayTitle() const
{
    const QDate date = DocumentDate::of(facts); // one rule for every list (DocumentDate.h)
    const QString kind = Kind::label(facts.kind);
    if (!date.isValid())
        return kind;
    return QStringLiteral("%1, %2").arg(kind, DocumentDate::longText(date));
}

DocumentStore::DocumentStore(Database &database) : m_database(database) {}

QSqlQuery &DocumentStore::prepared(const QString &sql)
{
    const auto found = m_prepared.find(sql);
    if (found != m_prepared.end())
        return found->second;
    QSqlQuery q(m_database.connection());
    if (!q.prepare(sql)) {
        m_unprepared = std::move(q);
        return m_unprepared;
    }
    return m_prepared.emplace(sql, std::move(q)).first->second;
}

RowInserter &DocumentStore::inserter(const QString &table, const QList<SqlDialect::Column> &columns)
{
    const auto found = m_inserters.find(table);
    if (found != m_inserters.end())
        return found->second;
    return m_inserters.try_emplace(table, m_database.connection(), table, columns).first->second;
}

void DocumentStore::setError(const QSqlError &error) const
{
    m_error = StoreError::describe(error, m_database.path(), m_subject);
}

DocumentStore::AddResult DocumentStore::add(const NewDocument &doc, qint64 *id)
{
    QSqlDatabase db = m_database.connection();
    m_error.clear();
    // A document is written twice (to the WAL, then into the file at the checkpoint), its text
    // twice more (pages and index). Refused up front when the disk cannot take that: a WAL that
    // fills the disk half-way through cannot be checkpointed, and stays beside the file.
    qint64 textBytes = 0;
    for (const QString &page : doc.pageTexts)
        textBytes += page.size();
    if (!StoreError::hasRoomFor(m_database.path(), 2 * (doc.pdf.size() + 2 * textBytes) + (1 << 20))) {
        m_error = StoreError::full(m_database.path(), doc.fileName);
        return AddResult::Failed;
    }
    m_subject = doc.fileName;
    qint64 documentId = 0;
    qint64 duplicateOf = 0;
    QSqlError transactionError;
    // The same bytes may be stored by another process at the same moment: whether they are
    // present is asked under the write lock, so the second one is a duplicate, not a failure.
    const bool ok = inTransaction(db, [&] {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = :sha"));
        exists.bindValue(QStringLiteral(":sha"), doc.sha256);
        if (!exists.exec()) {
            setError(exists.lastError());
            return false;
        }
        if (exists.next()) {
            duplicateOf = exists.value(0).toLongLong();
            return false;
        }
        // Corrections the user kept when deleting this file before come back with it.
        QList<FactCorrection> kept = correctionsForFile(doc.sha256);
        if (!kept.isEmpty() && !rememberReadValues(doc.sha256, doc.facts))
            return false;
        const DocumentFacts facts = applyCorrections(doc.facts, kept);
        QString assigned;
        for (const FactCorrection &c : kept)
            if (c.field == FactField::Authority)
                assigned = c.value.toString();
        const qint64 authorityId = authorityFor(facts, assigned);
        if (authorityId < 0)
            return false;
        QSqlQuery &q = prepared(QStringLiteral(
            "INSERT INTO documents(authority_id, sha256, file_name, kind, title, "
            "authority_as_named, inspection_start, inspection_end, published, sort_date, "
            "page_count, byte_size, imported_at, reader_version, authority_assigned, "
            "lead_inspector, facts_json) VALUES "
            "(:authority, :sha, :file, :kind, :title, :named, :start, :end, :published, :sort, "
            ":pages, :bytes, :imported, :reader, :assigned, :lead, :facts) "
            // On a team database another member may store the same bytes meanwhile: the row
            // is theirs (the unique key waits for their commit), and this one a duplicate.
            "ON CONFLICT(sha256) DO NOTHING RETURNING id"));
        q.bindValue(QStringLiteral(":authority"),
                    authorityId ? QVariant(authorityId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(QStringLiteral(":sha"), doc.sha256);
        q.bindValue(QStringLiteral(":file"), notNull(doc.fileName));
        q.bindValue(QStringLiteral(":kind"), facts.kind);
        q.bindValue(QStringLiteral(":title"), notNull(facts.title));
        q.bindValue(QStringLiteral(":named"), notNull(facts.authority));
        q.bindValue(QStringLiteral(":start"), dateOrNull(facts.inspectionStart));
        q.bindValue(QStringLiteral(":end"), dateOrNull(facts.inspectionEnd));
        q.bindValue(QStringLiteral(":published"), dateOrNull(facts.published));
        q.bindValue(QStringLiteral(":sort"), dateOrNull(facts.sortDate()));
        q.bindValue(QStringLiteral(":pages"), int(doc.pageTexts.size()));
        q.bindValue(QStringLiteral(":bytes"), qint64(doc.pdf.size()));
        q.bindValue(QStringLiteral(":imported"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":reader"), doc.readerVersion);
        q.bindValue(QStringLiteral(":assigned"), assigned.isEmpty()
                                                     ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(assigned));
        q.bindValue(QStringLiteral(":lead"), notNull(facts.leadInspector));
        q.bindValue(QStringLiteral(":facts"), factsJson(facts));
        if (!q.exec()) {
            setError(q.lastError());
            return false;
        }
        if (!q.next()) {
            q.finish();
            if (exists.exec() && exists.next())
                duplicateOf = exists.value(0).toLongLong();
            return false;
        }
        documentId = q.value(0).toLongLong();
        q.finish();

        if (!storeFile(documentId, doc.pdf))
            return false;
        RowInserter &page = inserter(QStringLiteral("pages"),
                                     {{QStringLiteral("document_id"), QMetaType::LongLong},
                                      {QStringLiteral("number"), QMetaType::Int},
                                      {QStringLiteral("text"), QMetaType::QString}});
        for (int i = 0; i < doc.pageTexts.size(); ++i)
            page.addRow({documentId, i + 1, notNull(doc.pageTexts.at(i))});
        if (!page.exec()) {
            setError(page.lastError());
            return false;
        }
        return writeFacts(documentId, facts, FactsWrite::New) && index(documentId, IndexPart::Pages);
    }, &transactionError);
    m_subject.clear();
    if (duplicateOf) {
        if (id)
            *id = duplicateOf;
        return AddResult::Duplicate;
    }
    if (!ok) {
        if (transactionError.type() != QSqlError::NoError)
            m_error = StoreError::describe(transactionError, m_database.path(), doc.fileName);
        else if (m_error.isEmpty())
            m_error = StoreError::describe(db.lastError(), m_database.path(), doc.fileName);
        return AddResult::Failed;
    }
    if (id)
        *id = documentId;
    return AddResult::Added;
}

bool DocumentStore::storeFile(qint64 documentId, const QByteArray &pdf)
{
    QSqlDatabase db = m_database.connection();
    if (PostgresStatement::available(db)) {
        // The bytes as they are, a binary parameter (see PostgresStatement).
        PostgresStatement file(db, "INSERT INTO document_files(document_id, pdf) VALUES ($1, $2)");
        file.addInteger(documentId);
        file.addBytes(pdf);
        if (file.exec())
            return true;
        setError(file.lastError());
        return false;
    }
    const SqlDialect &dialect = SqlDialect::of(db);
    QSqlQuery &file = prepared(QStringLiteral("INSERT INTO document_files(document_id, pdf) "
                                              "VALUES (?, %1)")
                                   .arg(dialect.bytesParameterSql()));
    file.bindValue(0, documentId);
    file.bindValue(1, dialect.bytesParameter(pdf));
    if (!file.exec()) {
        setError(file.lastError());
        return false;
    }
    return true;
}

bool DocumentStore::writeFacts(qint64 documentId, const DocumentFacts &facts, FactsWrite write)
{
    QSqlDatabase db = m_database.connection();
    if (write == FactsWrite::Replace) {
        QSqlQuery &doc = prepared(QStringLiteral("UPDATE documents SET lead_inspector = ?, facts_json = ? WHERE id = ?"));
        doc.bindValue(0, notNull(facts.leadInspector));
        doc.bindValue(1, factsJson(facts));
        doc.bindValue(2, documentId);
        if (!doc.exec()) {
            setError(doc.lastError());
            return false;
        }
        // Only the rows that differ are written (FactRowWriter); created on first use, its
        // statements prepared once for every document this store rewrites.
        if (!m_factRows)
            m_factRows = std::make_shared<FactRowWriter>(db);
        if (m_factRows->write(documentId, facts))
            return true;
        setError(m_factRows->error());
        return false;
    }
    // Each table's rows in one go (one statement on a team database, see RowInserter).
    const auto column = [](const char *name, QMetaType::Type type) {
        return SqlDialect::Column{QLatin1String(name), type};
    };
    const auto insert = [this](RowInserter &rows) {
        if (rows.exec())
            return true;
        setError(rows.lastError());
        return false;
    };
    {
        RowInserter &judgement = inserter(QStringLiteral("judgements"),
                              {column("document_id", QMetaType::LongLong),
                               column("area", QMetaType::QString), column("grade", QMetaType::QString)});
        for (auto it = facts.judgements.cbegin(); it != facts.judgements.cend(); ++it)
            judgement.addRow({documentId, it.key(), it.value()});
        if (!insert(judgement))
            return false;
    }
    {
        RowInserter &rec = inserter(QStringLiteral("recommendations"),
                        {column("document_id", QMetaType::LongLong), column("list", QMetaType::QString),
                         column("position", QMetaType::Int), column("number", QMetaType::Int),
                         column("text", QMetaType::QString), column("page", QMetaType::Int)});
        const auto addList = [&](const QList<Recommendation> &items, const QString &list) {
            for (int i = 0; i < items.size(); ++i)
                rec.addRow({documentId, list, i, items.at(i).number, notNull(items.at(i).text),
                            items.at(i).page});
        };
        addList(facts.recommendations, QStringLiteral("authority"));
        addList(facts.lscbRecommendations, QStringLiteral("lscb"));
        if (!insert(rec))
            return false;
    }
    RowInserter &finding = inserter(QStringLiteral("findings"),
                        {column("document_id", QMetaType::LongLong), column("position", QMetaType::Int),
                         column("number", QMetaType::Int), column("section", QMetaType::QString),
                         column("text", QMetaType::QString), column("page", QMetaType::Int)});
    for (int i = 0; i < facts.findings.size(); ++i) {
        const Finding &f = facts.findings.at(i);
        finding.addRow({documentId, i, f.number, notNull(f.section), notNull(f.text), f.page});
    }
    if (!insert(finding))
        return false;
    // The new rows into the full-text index, in one statement (see index()).
    return index(documentId, IndexPart::Findings);
}

bool DocumentStore::index(qint64 documentId, IndexPart part)
{
    QSqlQuery q(m_database.connection());
    const SqlDialect &dialect = SqlDialect::of(m_database.connection());
    const QString sql = part == IndexPart::Pages ? dialect.indexDocumentPagesSql()
                                                 : dialect.indexDocumentFindingsSql();
    if (sql.isEmpty())
        return true; // the database indexes rows as they are written
    q.prepare(sql);
    q.addBindValue(documentId);
    if (!q.exec()) {
        setError(q.lastError());
        return false;
    }
    return true;
}

bool DocumentStore::updateFacts(qint64 documentId, const DocumentFacts &facts, int readerVersion)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        const QString sha256 = hashOf(documentId);
        if (sha256.isEmpty())
            return false;
        // The user's corrections stay on top of the new reading, and learn what it read.
        const QList<FactCorrection> corrections = correctionsForFile(sha256);
        if (!corrections.isEmpty() && !rememberReadValues(sha256, facts))
            return false;
        // The authority the user assigned stands whatever the reader reads now.
        QSqlQuery assigned(db);
        assigned.prepare(QStringLiteral("SELECT coalesce(authority_assigned, '') FROM documents WHERE id = ?"));
        assigned.addBindValue(documentId);
        if (!assigned.exec() || !assigned.next()) {
            m_error = assigned.lastError().text();
            return false;
        }
        return rewriteFacts(documentId, applyCorrections(facts, corrections),
                            assigned.value(0).toString(), readerVersion);
    });
}

bool DocumentStore::setReaderVersion(qint64 documentId, int readerVersion)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE documents SET reader_version = ? WHERE id = ?"));
    q.addBindValue(readerVersion);
    q.addBindValue(documentId);
    if (!q.exec()) {
        setError(q.lastError());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("DocumentStore", "there is no document with id %1")
                      .arg(documentId);
        return false;
    }
    return true;
}

bool DocumentStore::rewriteFacts(qint64 documentId, const DocumentFacts &facts,
                                 const QString &assignedCode, std::optional<int> readerVersion)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE documents SET kind = :kind, title = :title, "
        "authority_as_named = :named, inspection_start = :start, inspection_end = :end, "
        "published = :published, sort_date = :sort, "
        "reader_version = coalesce(:reader, reader_version) WHERE id = :id"));
    q.bindValue(QStringLiteral(":kind"), facts.kind);
    q.bindValue(QStringLiteral(":title"), notNull(facts.title));
    q.bindValue(QStringLiteral(":named"), notNull(facts.authority));
    q.bindValue(QStringLiteral(":start"), dateOrNull(facts.inspectionStart));
    q.bindValue(QStringLiteral(":end"), dateOrNull(facts.inspectionEnd));
    q.bindValue(QStringLiteral(":published"), dateOrNull(facts.published));
    q.bindValue(QStringLiteral(":sort"), dateOrNull(facts.sortDate()));
    q.bindValue(QStringLiteral(":reader"), readerVersion ? QVariant(*readerVersion)
                                                         : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":id"), documentId);
    if (!q.exec()) {
        setError(q.lastError());
        return false;
    }
    return writeFacts(documentId, facts, FactsWrite::Replace) && refile(documentId, facts, assignedCode);
}

bool DocumentStore::remove(qint64 documentId, Corrections corrections)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(db, [&] {
        if (corrections == Corrections::Drop) {
            QSqlQuery drop(db);
            drop.prepare(QStringLiteral("DELETE FROM corrections WHERE sha256 = "
                                        "(SELECT sha256 FROM documents WHERE id = ?)"));
            drop.addBindValue(documentId);
            if (!drop.exec()) {
                setError(drop.lastError());
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
        q.addBindValue(documentId);
        if (!q.exec()) {
            setError(q.lastError());
            return false;
        }
        QSqlQuery prune(db);
        return prune.exec(QStringLiteral("DELETE FROM authorities WHERE id NOT IN "
                                         "(SELECT authority_id FROM documents WHERE authority_id IS NOT NULL)"));
    });
}

QSet<QString> DocumentStore::allHashes() const
{
    QSet<QString> hashes;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT sha256 FROM documents")))
        while (q.next())
            hashes.insert(q.value(0).toString());
    return hashes;
}

qint64 DocumentStore::idForHash(const QString &sha256) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<AuthorityRow> DocumentStore::authorities() const
{
    QList<AuthorityRow> rows;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT a.id, a.name, coalesce(a.code, ''), count(d.id) FROM "
                               "authorities a LEFT JOIN documents d ON d.authority_id = a.id "
                               "GROUP BY a.id ORDER BY %1, a.id")
                    .arg(SqlDialect::of(m_database.connection())
                             .caseInsensitiveSql(QStringLiteral("a.name"))))) {
        setError(q.lastError());
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt()});
    return rows;
}

QList<StoredDocument> DocumentStore::documents() const
{
    QList<StoredDocument> docs;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(documentColumns(SqlDialect::of(m_database.connection()))
                + QStringLiteral("ORDER BY %1, d.sort_date, d.id")
                      .arg(SqlDialect::of(m_database.connection())
                               .caseInsensitiveSql(QStringLiteral("a.name"))))) {
        setError(q.lastError());
        return docs;
    }
    while (q.next())
        docs.append(documentFromQuery(q));
    return docs;
}

QList<StoredDocument> DocumentStore::summariesWithoutWarnings() const
{
    QList<StoredDocument> docs;
    const SqlDialect &dialect = SqlDialect::of(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(documentColumns(dialect, Warnings::Skip) + QStringLiteral("ORDER BY d.id"))) {
        setError(q.lastError());
        return docs;
    }
    while (q.next())
        docs.append(documentFromQuery(q));
    return docs;
}

std::optional<StoredDocument> DocumentStore::summary(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(documentColumns(SqlDialect::of(m_database.connection())) + QStringLiteral("WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return documentFromQuery(q);
}

std::optional<StoredDocument> DocumentStore::document(qint64 id) const
{
    std::optional<StoredDocument> found = summary(id);
    if (!found)
        return std::nullopt;
    return document(std::move(*found));
}

std::optional<StoredDocument> DocumentStore::document(StoredDocument doc) const
{
    QSqlQuery facts(m_database.connection());
    facts.prepare(QStringLiteral("SELECT facts_json FROM documents WHERE id = ?"));
    facts.addBindValue(doc.id);
    if (!facts.exec() || !facts.next())
        return std::nullopt;
    {
        const DocumentFacts all =
            DocumentFacts::fromJson(QJsonDocument::fromJson(facts.value(0).toByteArray()).object());
        doc.facts.inspectors = all.inspectors;
        doc.facts.authorityCode = all.authorityCode;
        doc.facts.judgements = all.judgements;
        doc.facts.otherJudgements = all.otherJudgements;
        doc.facts.recommendations = all.recommendations;
        doc.facts.lscbRecommendations = all.lscbRecommendations;
        doc.facts.findings = all.findings;
        doc.facts.warnings = all.warnings;
        doc.facts.outcome = all.outcome;
        doc.facts.previousInspection = all.previousInspection;
    }
    doc.corrections = correctionsForFile(doc.sha256);
    return doc;
}

QByteArray DocumentStore::pdf(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT pdf FROM document_files WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

QString DocumentStore::pageText(qint64 documentId, int page) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT text FROM pages WHERE document_id = ? AND number = ?"));
    q.addBindValue(documentId);
    q.addBindValue(page);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QStringList DocumentStore::pageTexts(qint64 documentId) const
{
    QStringList texts;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT text FROM pages WHERE document_id = ? ORDER BY number"));
    q.addBindValue(documentId);
    if (q.exec())
        while (q.next())
            texts.append(q.value(0).toString());
    return texts;
}

int DocumentStore::documentCount() const
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<SearchHit> DocumentStore::search(const QString &query, int limit) const
{
    return search(query, SearchScope(), limit, 0);
}

namespace {

// The documents of a page of search hits, with what a hit shows of them (authority name, and
// the kind and dates displayTitle() words), read in one query: a query per hit costs a round
// trip each on a team database, and the whole summary() parses each document's facts_json.
// ids are the store's own; false when the query fails (*error says why).
bool readHitDocuments(const QSqlDatabase &db, const QList<qint64> &ids,
                      QHash<qint64, StoredDocument> *documents, QSqlError *error)
{
    if (ids.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT d.id, coalesce(a.name, ''), d.kind, d.inspection_start, "
                             "d.inspection_end, d.published FROM documents d "
                             "LEFT JOIN authorities a ON a.id = d.authority_id WHERE d.id IN (%1)")
                  .arg(marks.join(QStringLiteral(", "))));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    while (q.next()) {
        StoredDocument d;
        d.id = q.value(0).toLongLong();
        d.authorityName = q.value(1).toString();
        d.facts.kind = q.value(2).toString();
        d.facts.inspectionStart = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.facts.inspectionEnd = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        d.facts.published = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        documents->insert(d.id, d);
    }
    return true;
}

// A snippet as lists print it: on one line, and with the bullets that reports draw in a
// Symbol or Wingdings font as a bullet. Poppler gives such a glyph as its private-use code
// point (U+F06E, U+F0B7...), which no UI font draws: the results showed an empty box. The
// stored page text keeps them, as Poppler extracted it.
QString readableSnippet(const QString &snippet)
{
    QString text = snippet.simplified();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_PrivateUse && TextCleaner::isBulletGlyph(c))
            c = QChar(0x2022);
    }
    return text;
}

} // namespace

QList<SearchHit> DocumentStore::search(const QString &query, const SearchScope &scope, int limit,
                                       int offset) const
{
    QList<SearchHit> hits;
    const SqlDialect &dialect = SqlDialect::of(m_database.connection());
    const QString match = dialect.toMatchExpression(query);
    if (match.isEmpty())
        return hits;
    QSqlQuery q(m_database.connection());
    q.prepare(dialect.scopedPageSearchSql());
    q.bindValue(QStringLiteral(":query"), match);
    q.bindValue(QStringLiteral(":document"), scope.documentId);
    q.bindValue(QStringLiteral(":authority"), scope.documentId ? 0 : scope.authorityId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec()) {
        setError(q.lastError());
        return hits;
    }
    QList<qint64> documentIds; // each hit's document, read once
    while (q.next()) {
        SearchHit hit;
        hit.documentId = q.value(1).toLongLong();
        hit.page = q.value(2).toInt();
        hit.snippet = readableSnippet(q.value(3).toString());
        hit.score = q.value(4).toDouble();
        if (!documentIds.contains(hit.documentId))
            documentIds.append(hit.documentId);
        hits.append(hit);
    }
    QHash<qint64, StoredDocument> documents;
    QSqlError error;
    if (!readHitDocuments(m_database.connection(), documentIds, &documents, &error))
        setError(error); // the hits stand; only their documents' names are missing
    for (SearchHit &hit : hits) {
        const auto it = documents.constFind(hit.documentId);
        if (it != documents.cend()) {
            hit.authorityName = it->authorityName;
            hit.documentTitle = it->displayTitle();
        }
    }
    return hits;
}

int DocumentStore::searchCount(const QString &query, const SearchScope &scope) const
{
    const SqlDialect &dialect = SqlDialect::of(m_database.connection());
    const QString match = dialect.toMatchExpression(query);
    if (match.isEmpty())
        return 0;
    QSqlQuery q(m_database.connection());
    q.prepare(dialect.pageSearchCountSql());
    q.bindValue(QStringLiteral(":query"), match);
    q.bindValue(QStringLiteral(":document"), scope.documentId);
    q.bindValue(QStringLiteral(":authority"), scope.documentId ? 0 : scope.authorityId);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace oversight
