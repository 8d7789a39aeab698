#include "CorrectFactCommand.h"

#include "store/Library.h"

#include <QCoreApplication>

namespace oversight {

CorrectFactCommand::CorrectFactCommand(Library *library, qint64 documentId, const QString &field,
                                       std::optional<QJsonValue> after, const QString &text,
                                       std::optional<FieldState> seen)
    : m_library(library), m_documentId(documentId), m_field(field), m_after(std::move(after)),
      m_expected(std::move(seen))
{
    setText(text);
}

void CorrectFactCommand::redo()
{
    DocumentStore *store = m_library->store();
    if (!store) {
        finish(false);
        return;
    }
    if (!m_beforeKnown) {
        for (const FactCorrection &c : store->corrections(m_documentId))
            if (c.field == m_field)
                m_before = c;
        m_beforeKnown = true;
    }
    finish(m_after ? store->correct(m_documentId, m_field, *m_after, m_expected)
                   : store->revert(m_documentId, m_field, m_expected));
}

void CorrectFactCommand::undo()
{
    DocumentStore *store = m_library->store();
    if (!store) {
        finish(false);
        return;
    }
    finish(m_before ? store->setCorrection(m_documentId, *m_before, m_expected)
                    : store->revert(m_documentId, m_field, m_expected));
}

void CorrectFactCommand::finish(bool ok)
{
    DocumentStore *written = m_library->store();
    if (ok && m_expected && written)
        m_expected = written->fieldState(m_documentId, m_field);
    if (!ok) {
        setObsolete(true);
        DocumentStore *store = m_library->store();
        m_library->reportError(
            QCoreApplication::translate("CorrectFactCommand", "The correction could not be saved: %1")
                .arg(store ? store->lastError()
                           : QCoreApplication::translate("CorrectFactCommand", "no database is open")));
    }
    m_library->notifyChanged();
    // Checklists made from the document move with it when its authority is corrected.
    if (m_field == FactField::Authority)
        m_library->notifyAnnotationsChanged();
}

} // namespace oversight
