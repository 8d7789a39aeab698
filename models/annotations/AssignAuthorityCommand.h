#pragma once

#include <QString>
#include <QUndoCommand>

namespace oversight {

class Library;

// Files one document under the authority the user chose (a DfE LA code), or with an empty code
// back under the authority its text names; undo puts back the assignment it had before. Each
// redo() and undo() writes through the library's DocumentStore in its own transaction, then
// tells the library so that views reload. A write that fails marks the command obsolete and
// reports the error through the library. It lives on the same QUndoStack as annotations.
class AssignAuthorityCommand : public QUndoCommand
{
public:
    // before: the document's assigned code now (empty when filed as read); after: the new one.
    AssignAuthorityCommand(Library *library, qint64 documentId, const QString &before,
                           const QString &after);
    void redo() override;
    void undo() override;

private:
    void assign(const QString &code);

    Library *m_library;
    qint64 m_documentId;
    QString m_before;
    QString m_after;
};

} // namespace oversight
