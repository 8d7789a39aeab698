#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QUndoStack;
class QWidget;

namespace oversight {

class AnnotateDialog;
class DocumentPane;
class Library;
struct Annotation;

// Turns what the user does on a document (select words, pick a recommendation or finding,
// right-click a highlight) into undoable annotation commands, and keeps the document's
// annotations drawn on its pages.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(Library *library, QUndoStack *undoStack, DocumentPane *pane,
                         QWidget *dialogParent);

    // Tests answer the dialog themselves instead of a person: the runner fills it in and
    // returns whether it was accepted.
    using DialogRunner = std::function<bool(AnnotateDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runner = std::move(runner); }

public slots:
    void annotateSelection();
    // A passage of the open document (a recommendation or finding), page 1-based.
    void annotatePassage(int page, const QString &text, qint64 itemId = 0);
    void editAnnotation(qint64 id);
    void deleteAnnotation(qint64 id);
    void refreshMarks();

signals:
    void message(const QString &text);

private:
    bool runDialog(Annotation &annotation);
    void showMarkMenu(qint64 id, const QPoint &globalPos);

    Library *m_library;
    QUndoStack *m_undoStack;
    DocumentPane *m_pane;
    QPointer<QWidget> m_dialogParent;
    DialogRunner m_runner;
};

} // namespace oversight
