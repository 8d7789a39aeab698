#pragma once

#include <QString>

class QTemporaryDir;

// Which database a suite registered with BOTH_BACKENDS (tests/CMakeLists.txt) runs on: an SQLite
// file, or, when the environment variable OVERSIGHT_TEST_BACKEND is "postgresql" (the suite's
// <name>_postgresql registration), a new database on the process's own PostgresServer.
namespace oversight::test {

// True when OVERSIGHT_TEST_BACKEND is "postgresql".
bool onPostgres();

// A new, empty library location for one test: dir's NAME.sqlite (not created), or on
// PostgreSQL a new database named after name, as postgresql://oversight@127.0.0.1:PORT/NAME_N.
// When the server cannot start or the database cannot be made, the current test function
// fails with the server's own explanation (initdb's or pg_ctl's output and the server log)
// and '' is returned.
QString newDatabaseLocation(const QTemporaryDir &dir, const QString &name);

} // namespace oversight::test
