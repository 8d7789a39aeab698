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
    };
    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    int userVersion = 0;
    bool writeAheadLog = false; // header bytes 18-19 are 2 (WAL mode)
    qint64 size = 0;

    // Reads path's header. Never writes; never throws.
    static SqliteFile probe(const QString &path);
};

} // namespace oversight
