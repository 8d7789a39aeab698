#pragma once

#include "domain/FactCorrection.h"

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace oversight {

class Library;

// One correction of one fact of one document as an undoable step: redo() corrects the field
// to the new value (or, with none, reverts it to what the reader read); undo() puts back the
// correction the field had before exactly (who, when, what was read), or reverts it when it
// had none. Each step writes through the library's DocumentStore in its own transaction and
// tells the library, so that every view reloads the corrected facts. A write that fails marks
// the command obsolete and reports the store's message through the library. It lives on the
// same QUndoStack as annotations.
// Made with the field as the user saw it, each step writes only if the field is still as the
// step left it (DocumentStore's FieldState check): when another member of a team database or
// another window changed it meanwhile, nothing is written, the other's change is reported and
// the views reload to show it.
class CorrectFactCommand : public QUndoCommand
{
public:
    // after: the value to correct the field to (FactField's shape); std::nullopt: revert.
    // text: the undo stack's words for it ("Correct Care leavers", "Split recommendation 3").
    // seen: the field as the user saw it (nullopt: no check, the field as it is now).
    CorrectFactCommand(Library *library, qint64 documentId, const QString &field,
                       std::optional<QJsonValue> after, const QString &text,
                       std::optional<FieldState> seen = std::nullopt);
    void redo() override;
    void undo() override;

private:
    void finish(bool ok);

    Library *m_library;
    qint64 m_documentId;
    QString m_field;
    std::optional<QJsonValue> m_after;
    std::optional<FactCorrection> m_before; // the field's correction before the first redo()
    bool m_beforeKnown = false;
    // What the next step expects the field to be: what the user saw, then what the last step
    // left (nullopt: no check).
    std::optional<FieldState> m_expected;
};

} // namespace oversight
