#pragma once

#include <QString>

namespace oversight {

// What a database file is, read from its first 100 bytes (the SQLite header) without opening
// it with SQLite, so that looking cannot change it: no lock, no journal, no -wal or -shm.
// The header layout: https://www.sqlite.org/fileformat.html#the_database_header
struct SqliteFile
{
    enum class Kind {
        Missing,    // no such file
        Empty,      // a file of 0 bytes (SQLite makes one on open; nobody wrote to it)
        NotSqlite,  // does not start with "SQLite format 3\0", or cannot be read
        Truncated,  // shorter than the page count its header vouches for
        Oversight,  // application_id is Oversight's
        Unmarked,   // application_id 0: an older Oversight file or another program's
        OtherApp,   // application_id of another program
        InUse,      // open through SQLite in this process (InUse below): not read, see there
    };
    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    int userVersion = 0;
    bool writeAheadLog = false; // header bytes 18-19 are 2 (WAL mode)
    qint64 size = 0;

    // Reads path's header. Never writes; never throws. A file this process has open through
    // SQLite (an InUse alive for it) is not opened: kind InUse, nothing else read.
    static SqliteFile probe(const QString &path);

    // While one is alive, path is open through SQLite in this process, and probe() leaves it
    // alone. Why: SQLite's locks on a database file are POSIX advisory locks, which belong to
    // the process and all go when it closes any descriptor of that file, however opened
    // (https://www.sqlite.org/howtocorrupt.html, 2.2). Reading the header with a QFile
    // would drop them, and the next program to open and close the library would take itself
    // for its last user: it would checkpoint and delete the WAL this process still writes to,
    // so that nobody else saw this process's writes again, and a crash lost them.
    // Make one after the connection is opened (SQLite takes no lock before its first read),
    // before its first statement. Thread-safe; any number may be alive for one file.
    class InUse
    {
    public:
        explicit InUse(const QString &path);
        ~InUse();
        InUse(const InUse &) = delete;
        InUse &operator=(const InUse &) = delete;

    private:
        QString m_key; // the canonical path; empty if the file did not exist
    };
    // Whether an InUse is alive for path (the same file by any name: canonical paths).
    static bool inUse(const QString &path);
};

} // namespace oversight
