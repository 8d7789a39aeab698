#pragma once

#include <QString>

namespace oversight {

// Where a library is: an SQLite file (a path) or a team database on a PostgreSQL server,
// written as a libpq connection URI without its password:
//   postgresql://user@host:port/dbname?sslmode=require
// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING; "postgres://" is
// accepted as libpq accepts it). Everything that takes a database path (Library::open,
// Database, ImportJob, RereadJob, oversight-cli's --db) takes either.
//
// The password is never part of the location kept in settings or shown: libpq finds it in
// PGPASSWORD or ~/.pgpass as every PostgreSQL client does, or the GUI hands the one it keeps in
// the system's keychain to setPassword() for this process.
struct DatabaseLocation
{
    enum class Kind { SqliteFile, PostgreSql };

    Kind kind = Kind::SqliteFile;
    QString path;      // SqliteFile: the file's path as given
    QString host;      // PostgreSql: host name or address ('' : libpq's default, a local socket)
    int port = 5432;   // PostgreSql: TCP port
    QString database;  // PostgreSql: database name
    QString user;      // PostgreSql: role name ('' : libpq's default, the login name)
    QString sslMode;   // PostgreSql: libpq's sslmode ('' : libpq's default, "prefer")
    QString password;  // PostgreSql: only when the URI carried one (never written back)

    // Parses a path or a postgresql:// URI. A URI that does not parse (no database name, a bad
    // port) gives Kind::PostgreSql with database empty: isValid() is then false and error()
    // says why.
    static DatabaseLocation parse(const QString &location);
    static bool isTeamDatabase(const QString &location);

    bool isValid() const;
    QString error() const; // a sentence for the user when !isValid(), else ''
    // The location as a string, without any password: the URI for PostgreSql, the path for a
    // file. parse(toString()) gives the same location (less the password).
    QString toString() const;
    // What the title bar and status bar show: the file's name, or "dbname on host".
    QString displayName() const;

    // The password for a team database in this process (the GUI's keychain hands it here);
    // looked up by toString(). Empty when none was given: libpq's own lookup applies.
    static void setPassword(const QString &location, const QString &password);
    static QString passwordFor(const QString &location);
};

} // namespace oversight
