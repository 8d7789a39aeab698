#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace oversight {

class Database;

// File > Copy library to team database (and back, issue 15): every row of one library copied
// into another, empty one, whichever database each lives in (an SQLite file or a team database
// on PostgreSQL, in either direction, or file to file). Ids are kept, so every link between
// rows (a document's pages and facts, an annotation's checklist items, a dismissed suggestion's
// finding) holds in the copy, and the PDFs' bytes are copied unchanged.
//
// The copy is one write transaction on the target: it commits whole, or the target is left
// exactly as it was (empty). The source is read inside one read transaction, so a team
// database others keep writing to is copied as it stood when the copy began. Rows are read a
// chunk at a time by primary key (never every PDF in memory at once) and written with prepared
// INSERTs. Each table's columns are those the target and the source both have, less generated
// ones (PostgreSQL's text_search), so that a later schema version's new columns are carried
// without a change here. After the rows: on PostgreSQL each identity sequence is set past the
// greatest id copied (new rows get fresh ids); on SQLite the full-text indexes (FTS5,
// external content) are rebuilt from the copied pages and findings. Last, every table's rows
// are counted in the source and the target, inside both transactions; a difference rolls the
// copy back with a message naming the table.
//
// Blocks for as long as the copy takes (measured with oversight-cli on a library of 152 PDFs,
// 630 MB: 2 min 9 s into PostgreSQL, whose Qt driver sends bytea as text, and 48 s back into a
// file, at most 115 MB resident); run it off the GUI thread. Uses the connections of the
// Databases given, so call it from the thread that opened them.
namespace LibraryCopy {

// One table's rows in the source and in the target once copied (equal when the copy
// succeeded; the first unequal one is named in Result::error otherwise).
struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

// Where the copy is: table is the table being copied, its rows done so far of its total, and
// the rows of every table done of all of them. Totals are the source's counts at the start.
struct Progress
{
    QString table;
    qint64 tableRowsDone = 0;
    qint64 tableRowsTotal = 0;
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
};

struct Options
{
    // Called (on the copying thread) when each table starts and after each chunk of rows.
    std::function<void(const Progress &)> progress;
    // Asked between chunks; true rolls the copy back and ends it (Status::Cancelled).
    std::function<bool()> isCancelled;
};

struct Result
{
    enum class Status {
        Copied,    // committed; counts are the tables' rows, equal in source and target
        Refused,   // nothing was tried: the target is not empty, is read-only, is the source...
        Failed,    // a row could not be read or written, or the counts differ: rolled back
        Cancelled, // isCancelled() said so: rolled back
    };
    Status status = Status::Failed;
    QString error; // a sentence for the user when not Copied
    QList<TableCount> counts; // every table of tables(), in that order, when Copied (and when
                              // the counts differ, to show which)
    bool ok() const { return status == Status::Copied; }
};

// Every table of a library, parents before children (the order rows are copied in, so that
// each foreign key finds its row). A library holding any other table of its own (not SQLite's
// or PostgreSQL's bookkeeping, the FTS5 indexes or oversight_schema) is refused, so that a
// table added by a later schema version is never silently left behind: add it here.
const QStringList &tables();

// Copies source into target, both open; target must be writable, at the same schema version
// as source, and empty (no row in any table of tables()): else Refused, nothing written.
// Neither Database is closed.
Result copy(Database &source, Database &target, const Options &options = {});

// The same from locations (an SQLite file's path, or a postgresql:// location, see
// DatabaseLocation): source must exist (it is migrated to the latest schema when it can be
// written, as any opening does); a target file that does not exist is created, and removed
// again when the copy does not succeed; a team database must exist, and is made an empty
// library when it holds no table yet.
Result copy(const QString &sourceLocation, const QString &targetLocation,
            const Options &options = {});

} // namespace LibraryCopy

} // namespace oversight
