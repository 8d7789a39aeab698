#pragma once

#include <QString>
#include <QStringList>

namespace oversight::Repair {

struct CheckResult
{
    bool ok = false;       // SQLite's PRAGMA integrity_check said "ok"
    QStringList problems;  // what it found instead (at most 100 lines), or why it could not run
};

// Runs PRAGMA integrity_check over every page of the database at path, through a read-only
// connection of its own (it changes nothing). Blocks: about a second per few hundred MB, so
// call it from a worker thread in the GUI.
CheckResult check(const QString &path);

struct SalvageResult
{
    bool ok = false;        // the new database was made (even if some documents were lost)
    QString error;          // why not, when !ok
    int documents = 0;      // documents copied whole (bytes, pages, facts, annotations)
    int documentsLost = 0;  // documents that could not be read whole, left out
    int rowsLost = 0;       // other rows (checklists, items, ...) that could not be read
};

// Copies everything that can still be read from the (damaged) database at source into a new
// database at target, which must not exist: each document whole or not at all (its bytes,
// pages, facts and annotations), authorities, checklists and their items, links between
// annotations and items whose both ends were copied. The full-text indexes are built afresh.
// source is only read. Blocks; call it from a worker thread in the GUI.
SalvageResult salvage(const QString &source, const QString &target);

} // namespace oversight::Repair
