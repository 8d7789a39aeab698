#include "AssignAuthorityCommand.h"

#include "store/Library.h"
#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>

namespace oversight {

AssignAuthorityCommand::AssignAuthorityCommand(Library *library, qint64 documentId,
                                               const QString &before, const QString &after)
    : m_library(library), m_documentId(documentId), m_before(before), m_after(after)
{
    const QString name = AuthorityDirectory::instance().canonicalName(after);
    setText(after.isEmpty()
                ? QCoreApplication::translate("AssignAuthorityCommand", "File as read")
                : QCoreApplication::translate("AssignAuthorityCommand", "Assign to %1").arg(name));
}

void AssignAuthorityCommand::redo()
{
    assign(m_after);
}

void AssignAuthorityCommand::undo()
{
    assign(m_before);
}

void AssignAuthorityCommand::assign(const QString &code)
{
    DocumentStore *store = m_library->store();
    if (!store || !store->assignAuthority(m_documentId, code)) {
        setObsolete(true);
        m_library->reportError(
            QCoreApplication::translate("AssignAuthorityCommand", "The change could not be saved: %1")
                .arg(store ? store->lastError()
                           : QCoreApplication::translate("AssignAuthorityCommand",
                                                         "no database is open")));
    }
    m_library->notifyChanged();
    m_library->notifyAnnotationsChanged(); // checklists made from the document moved with it
}

} // namespace oversight
