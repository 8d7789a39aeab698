#pragma once

#include <QSqlDatabase>
#include <QString>

namespace oversight {

class AuthorityDirectory;

// Files every authority row under one DfE code: rows whose code, or whose name matched against
// the directory, give the same code become one row, keyed "code:<code>" and named as the
// reference list names it. Documents and checklists of the merged rows move to the row kept
// (the one already keyed by the code, else the oldest); annotations follow their documents.
// Rows whose name matches no authority are left as they are. Runs inside the caller's
// transaction (schema migration 5); returns false with *error set when a statement fails,
// and the caller rolls back.
bool mergeDuplicateAuthorities(QSqlDatabase &db, const AuthorityDirectory &directory,
                               QString *error);

} // namespace oversight
