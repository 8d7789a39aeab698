#pragma once

#include "Database.h"
#include "RowInserter.h"
#include "domain/DocumentFacts.h"
#include "domain/FactCorrection.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace oversight {

class FactRowWriter;

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

// Whether a document needs a person to look at its facts.
enum class ReviewState {
    AsRead,   // as the reader's warnings say: needs review when the reader missed facts
    Flagged,  // the user marked it as needing review
    Reviewed, // the user looked at it; the reader's warnings no longer flag it
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
    DocumentFacts facts;     // with the user's corrections applied
    QStringList correctedFields; // FactField names the user corrected
    QList<FactCorrection> corrections; // filled by DocumentStore::document() only
    ReviewState review = ReviewState::AsRead;

    // Listed in the Review view and marked in the library: flagged by the user, or with facts
    // the reader could not read and not yet reviewed.
    bool needsReview() const;
    // A line for lists: "ILACS short inspection, 18 May 2026".
    QString displayTitle() const;
};

struct SearchHit
{
    qint64 documentId = 0;
    int page = 0;       // 1-based
    QString snippet;    // hits wrapped in \x02 ... \x03; one line, private-use bullets as •
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

    // Replaces a document's facts as read (after a better reader), in one transaction. The
    // user's corrections stay on top; each remembers the new reader's value (see
    // FactCorrection::readerAgrees()).
    bool updateFacts(qint64 documentId, const DocumentFacts &facts, int readerVersion);
    // Records that reader `readerVersion` read the document exactly as stored (re-read, when
    // updateFacts would write the same values back): only the version changes. False with
    // lastError() when the document does not exist or the write fails.
    bool setReaderVersion(qint64 documentId, int readerVersion);
    // Deletes a document. Its corrections go with it unless kept: kept corrections wait for the
    // same file (by SHA-256) to be imported again and apply to it then.
    enum class Corrections { Drop, Keep };
    bool remove(qint64 documentId, Corrections corrections = Corrections::Drop);

    // Corrections (DocumentCorrections.cpp). Each call is one transaction that leaves the
    // document's facts, its filing and its full-text index as corrected; false with
    // lastError() (and nothing changed) when the document does not exist, the field is not
    // correctable, the value does not fit it (FactField::setValue) or an "authority" is not
    // a DfE LA code of the reference list, or the write fails.
    // With `seen` (the field as the user saw it, see FieldState) the write is made only if
    // the field is still so, checked under the document's lock; otherwise nothing is written,
    // conflict() is true and lastError() says who changed the field, when, and to what.
    // Corrects one field (see FactField for the value's shape), by the current user, now.
    bool correct(qint64 documentId, const QString &field, const QJsonValue &value,
                 const std::optional<FieldState> &seen = std::nullopt);
    // Writes the correction as given (who, when and the read value included): undo uses it
    // to put back a correction exactly as it was.
    bool setCorrection(qint64 documentId, const FactCorrection &correction,
                       const std::optional<FieldState> &seen = std::nullopt);
    // Drops the correction of one field: the field goes back to what the reader read. True
    // when there was none.
    bool revert(qint64 documentId, const QString &field,
                const std::optional<FieldState> &seen = std::nullopt);
    // The field as it is stored now (the state a correction made from it expects); nullopt
    // with lastError() when the document does not exist or the read fails.
    std::optional<FieldState> fieldState(qint64 documentId, const QString &field) const;
    // Whether the last correct(), setCorrection() or revert() was refused because the field
    // had changed since the caller saw it.
    bool conflict() const { return m_conflict; }
    // The document's corrections, in FactField::all() order; empty when none or no document.
    QList<FactCorrection> corrections(qint64 documentId) const;
    bool setReviewState(qint64 documentId, ReviewState state);
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
    // Every document's summary as documents() gives it but without the reader's warnings
    // (facts.warnings empty, so needsReview() does not tell) and in the order of their ids:
    // for going through every document with document(summary), which reads the warnings with
    // the other facts, without parsing every document's facts up front (re-read). Empty with
    // lastError() when the query fails.
    QList<StoredDocument> summariesWithoutWarnings() const;
    std::optional<StoredDocument> document(qint64 id) const; // with every fact
    std::optional<StoredDocument> summary(qint64 id) const;  // filing facts only (cheap)
    // The same as document(summary.id), from a summary documents() or summary() gave: for many
    // documents, without reading each one's summary again. nullopt when it no longer exists.
    std::optional<StoredDocument> document(StoredDocument summary) const;
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
    // Writes the fact rows and indexes the findings. Replace writes only the rows that differ
    // from the facts and keeps the suggestions dismissed against replaced findings
    // (FactRowWriter); New is for a document added in the same transaction, whose documents
    // row already holds the lead inspector and the facts' JSON (see add()).
    enum class FactsWrite { New, Replace };
    // Stores a new document's PDF bytes (document_files), inside add()'s transaction.
    bool storeFile(qint64 documentId, const QByteArray &pdf);
    bool writeFacts(qint64 documentId, const DocumentFacts &facts, FactsWrite write);
    // Writes facts (already corrected) over a stored document's: its columns, fact rows,
    // findings index and filing; the reader version too when given. Inside a transaction.
    bool rewriteFacts(qint64 documentId, const DocumentFacts &facts, const QString &assignedCode,
                      std::optional<int> readerVersion);
    // The corrections kept for a file, in FactField::all() order.
    QList<FactCorrection> correctionsForFile(const QString &sha256) const;
    // Remembers the reader's values for the corrections of a file (after a new reading).
    bool rememberReadValues(const QString &sha256, const DocumentFacts &read);
    QString hashOf(qint64 documentId) const; // empty (and lastError()) when no such document
    // One transaction: writes or deletes a correction's row (a prepared query), the
    // document's assigned authority and its facts as corrected.
    bool writeCorrection(qint64 documentId, QSqlQuery &correctionRow, const DocumentFacts &facts,
                         const QString &assignedCode);
    // Whether the field of doc is still as seen (true without seen); otherwise sets
    // m_conflict and m_error to who changed it, when and to what.
    bool stillAsSeen(const StoredDocument &doc, const QString &field,
                     const std::optional<FieldState> &seen);
    // Adds a document's pages or findings to the full-text index, once all its rows are in.
    enum class IndexPart { Pages, Findings };
    bool index(qint64 documentId, IndexPart part);

    // m_error in words a user can act on (StoreError), naming m_subject if set.
    void setError(const QSqlError &error) const;
    // The statements run for every document added, prepared once for the store's life and kept
    // by their SQL (by table for rows): on PostgreSQL each prepare is a round trip to the
    // server and so is the DEALLOCATE at its end, and a statement run for document after
    // document gets the server's generic plan instead of a plan made anew around each one's
    // values (its PDF and pages copied into the plan). A statement that fails to prepare is
    // not kept (exec() then reports why).
    QSqlQuery &prepared(const QString &sql);
    RowInserter &inserter(const QString &table, const QList<SqlDialect::Column> &columns);

    Database &m_database;
    // Replace's row writer, its statements prepared once for this store's connection.
    std::shared_ptr<FactRowWriter> m_factRows;
    mutable QString m_error;
    bool m_conflict = false;
    QString m_subject; // the file being stored, for messages
    std::map<QString, QSqlQuery> m_prepared;
    QSqlQuery m_unprepared; // the last statement that failed to prepare
    std::map<QString, RowInserter> m_inserters;
};

} // namespace oversight
