#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace oversight {

// Re-reads every stored document with the current reader, from the page text kept in the
// store (and, for the few pages whose layout the reader needs, the word boxes of the stored
// PDF, as import takes them), without re-importing: facts, kind, dates and filing are
// replaced; the document's id, bytes, pages (and so anything annotated against them) stay. A
// document the current reader reads exactly as stored is left untouched (an older reader's
// version number is replaced, and nothing else when no correction or filing depends on the
// new reading); of the others only the fact rows that differ are written. Writes go in batches
// (up to 64 documents or a quarter of a second per transaction, each document in a savepoint of
// its own): a crash or a failed document leaves every document whole. Documents are read (text
// and stored facts, each thread with a read-only connection of its own) and understood on one
// thread per core, a few documents ahead of the calling thread, which only writes.
// run() blocks: call it off the GUI thread.
class RereadJob
{
public:
    struct Result
    {
        int documents = 0; // considered
        int changed = 0;   // whose facts differ from before
        int failed = 0;
        bool cancelled = false;
        QString error; // the database could not be opened, or the last failure
    };
    using ProgressFn = std::function<void(int done, int total)>;

    explicit RereadJob(QString databasePath) : m_databasePath(std::move(databasePath)) {}
    void onProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void cancel() { m_cancelled = true; }
    // Only documents read by an older reader than the current one (the default re-reads all).
    void setOnlyOutdated(bool only) { m_onlyOutdated = only; }

    Result run();

private:
    QString m_databasePath;
    ProgressFn m_progress;
    std::atomic_bool m_cancelled{false};
    bool m_onlyOutdated = false;
};

} // namespace oversight
