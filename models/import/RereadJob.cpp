#include "RereadJob.h"

#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/DocumentReader.h"

namespace oversight {

RereadJob::Result RereadJob::run()
{
    Result result;
    Database::Options options;
    options.create = Database::Create::Never; // re-reading a file that is not there is an error
    Database database(m_databasePath, options);
    if (!database.isOpen() || database.isReadOnly()) {
        result.error = database.isOpen() ? database.readOnlyReason() : database.errorString();
        return result;
    }
    DocumentStore store(database);
    const DocumentReader &reader = defaultDocumentReader();
    QList<StoredDocument> documents = store.documents();
    if (m_onlyOutdated)
        documents.removeIf([](const StoredDocument &d) { return d.readerVersion >= kReaderVersion; });
    result.documents = int(documents.size());
    for (int i = 0; i < documents.size(); ++i) {
        if (m_cancelled) {
            result.cancelled = true;
            break;
        }
        const qint64 id = documents.at(i).id;
        const std::optional<StoredDocument> before = store.document(id);
        const DocumentFacts facts = reader.read(store.pageTexts(id));
        if (!store.updateFacts(id, facts, kReaderVersion)) {
            ++result.failed;
            result.error = store.lastError();
        } else if (!before || !(before->facts == facts)) {
            ++result.changed;
        }
        if (m_progress)
            m_progress(i + 1, int(documents.size()));
    }
    return result;
}

} // namespace oversight
