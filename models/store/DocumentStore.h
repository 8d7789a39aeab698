#pragma once

#include "Database.h"
#include "domain/DocumentFacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace oversight {

// What import hands to the store for one new document.
struct NewDocument
{
    QString fileName;
    QString sha256; // hex
    QByteArray pdf;
    QStringList pageTexts;
    DocumentFacts facts;
    int readerVersion = 0;
};

struct AuthorityRow
{
    qint64 id = 0;
    QString name;
    QString code; // DfE LA code, empty when the name matched none
    int documentCount = 0;
};

struct StoredDocument
{
    qint64 id = 0;
    qint64 authorityId = 0; // 0 when the document names no authority we could file it under
    QString authorityName;
    QString authorityCode;         // DfE LA code it is filed under; empty: not recognised
    QString assignedAuthorityCode; // the code the user assigned, empty when filed as read
    QString fileName;
    QString sha256;
    int pageCount = 0;
    qint64 byteSize = 0;
    QDateTime importedAt;
    int readerVersion = 0;
    DocumentFacts facts;

    // A line for lists: "ILACS short inspection, 18 May 2026".
    QString displayTitle() const;
};

struct SearchHit
{
    qint64 documentId = 0;
    int page = 0;       // 1-based
    QString snippet;    // hits wrapped in \x02 ... \x03
    double score = 0;   // lower is better (bm25)
    QString authorityName;
    QString documentTitle;
};

// Where a search looks: every page (both 0), the pages of one authority's documents, or of one
// document (documentId wins when both are set).
struct SearchScope
{
    qint64 authorityId = 0;
    qint64 documentId = 0;
};

// The repository for documents, their pages and facts. All SQL with bound parameters; the
// SQLite-only parts come from SqliteDialect. Use from the thread that owns the Database.
class DocumentStore
{
public:
    explicit DocumentStore(Database &database);

    enum class AddResult { Added, Duplicate, Failed };
    // Adds the document, its bytes, pages and facts in one transaction: all or nothing.
    AddResult add(const NewDocument &doc, qint64 *id = nullptr);

    // Replaces a document's facts (after a better reader), in one transaction.
    bool updateFacts(qint64 documentId, const DocumentFacts &facts, int readerVersion);
    bool remove(qint64 documentId);
    // Files a document under the authority with DfE code `code` whatever its text names, or,
    // with an empty code, under the authority the reader read again. The choice is kept apart
    // from the facts, so a re-read (updateFacts) keeps it. Checklists made from the document
    // move with it. One transaction; false with lastError() when the document does not exist,
    // the code is not in the reference list, or the write fails, and then nothing changed.
    bool assignAuthority(qint64 documentId, const QString &code);

    QSet<QString> allHashes() const;
    qint64 idForHash(const QString &sha256) const; // 0 when absent
    QList<AuthorityRow> authorities() const;
    QList<StoredDocument> documents() const; // every document's summary, by authority then date
    std::optional<StoredDocument> document(qint64 id) const; // with every fact
    std::optional<StoredDocument> summary(qint64 id) const;  // filing facts only (cheap)
    QByteArray pdf(qint64 documentId) const;
    QString pageText(qint64 documentId, int page) const; // page is 1-based
    QStringList pageTexts(qint64 documentId) const;       // every page, in order
    int documentCount() const;

    // Full-text search over every page; at most limit hits, best first.
    QList<SearchHit> search(const QString &query, int limit = 200) const;
    // The same within a scope, the hits from the offset-th (0-based) on, at most limit of
    // them; best first, the order stable from one call to the next so that pages join up.
    QList<SearchHit> search(const QString &query, const SearchScope &scope, int limit,
                            int offset = 0) const;
    // How many pages match the query within the scope, all of them (search() returns the
    // first limit only); 0 for an empty query, -1 when the query failed (see lastError()).
    int searchCount(const QString &query, const SearchScope &scope = {}) const;

    QString lastError() const { return m_error; }

private:
    // The authority row a document is filed under (creating it), 0 for none, -1 on error:
    // the assigned code, else the code the reader matched, else the name matched now.
    qint64 authorityFor(const DocumentFacts &facts, const QString &assignedCode = {});
    // Files the document anew (after its facts or its assignment changed), moving its
    // checklists with it and dropping authorities left without documents.
    bool refile(qint64 documentId, const DocumentFacts &facts, const QString &assignedCode);
    // Replace first clears the document's old facts and keeps the suggestions dismissed
    // against its findings; New is for a document added in the same transaction.
    enum class FactsWrite { New, Replace };
    bool writeFacts(qint64 documentId, const DocumentFacts &facts, FactsWrite write);
    // Adds a document's pages or findings to the full-text index, once all its rows are in.
    enum class IndexPart { Pages, Findings };
    bool index(qint64 documentId, IndexPart part);

    // m_error in words a user can act on (StoreError), naming m_subject if set.
    void setError(const QSqlError &error) const;

    Database &m_database;
    mutable QString m_error;
    QString m_subject; // the file being stored, for messages
};

} // namespace oversight
