#include "AnnotationController.h"

#include "AnnotateDialog.h"
#include "annotations/AnnotationCommands.h"
#include "panels/DocumentPane.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QMenu>
#include <QUndoStack>

namespace oversight {

AnnotationController::AnnotationController(Library *library, QUndoStack *undoStack,
                                           DocumentPane *pane, QWidget *dialogParent)
    : QObject(dialogParent),
      m_library(library),
      m_undoStack(undoStack),
      m_pane(pane),
      m_dialogParent(dialogParent)
{
    PdfView *view = pane->pdfView();
    connect(view, &PdfView::annotateSelectionRequested, this, &AnnotationController::annotateSelection);
    connect(view, &PdfView::markActivated, view, &PdfView::showMark);
    connect(view, &PdfView::markMenuRequested, this, &AnnotationController::showMarkMenu);
    connect(library, &Library::annotationsChanged, this, &AnnotationController::refreshMarks);
    const auto access = [library, view] { view->setAnnotationAllowed(!library->isReadOnly()); };
    connect(library, &Library::opened, view, access);
    access();
    connect(pane, &DocumentPane::documentShown, this, &AnnotationController::refreshMarks);
}

bool AnnotationController::runDialog(Annotation &annotation)
{
    QList<Checklist> offered;
    const std::optional<StoredDocument> doc = m_library->store()->summary(annotation.documentId);
    for (const Checklist &c : m_library->annotations()->checklists())
        if (c.authorityId == 0 || (doc && c.authorityId == doc->authorityId))
            offered.append(c);
    AnnotateDialog dialog(annotation, offered, m_dialogParent);
    const bool accepted = m_runner ? m_runner(dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted)
        annotation = dialog.annotation();
    return accepted && !annotation.itemIds.isEmpty();
}

void AnnotationController::annotateSelection()
{
    const PdfSelection selection = m_pane->pdfView()->selection();
    if (selection.page < 0 || !m_library->annotations()) {
        emit message(tr("Select the words to annotate first."));
        return;
    }
    Annotation a;
    a.documentId = m_pane->documentId();
    a.page = selection.page + 1;
    a.quote = selection.text;
    a.boxes = selection.boxes;
    if (runDialog(a))
        m_undoStack->push(new CreateAnnotationCommand(m_library, a));
}

void AnnotationController::annotatePassage(int page, const QString &text, qint64 itemId)
{
    if (!m_library->annotations() || m_pane->documentId() == 0)
        return;
    PdfView *view = m_pane->pdfView();
    // Look on its page first, then on the next, as a finding may start at a page's foot.
    PdfSelection found = view->findPassage(page - 1, text);
    if (found.page < 0)
        found = view->findPassage(page, text);
    Annotation a;
    a.documentId = m_pane->documentId();
    a.page = found.page >= 0 ? found.page + 1 : page;
    a.quote = text;
    a.boxes = found.boxes;
    if (itemId)
        a.itemIds = {itemId};
    if (runDialog(a))
        m_undoStack->push(new CreateAnnotationCommand(m_library, a));
}

void AnnotationController::editAnnotation(qint64 id)
{
    const std::optional<Annotation> before = m_library->annotations()->annotation(id);
    if (!before)
        return;
    Annotation after = *before;
    if (runDialog(after))
        m_undoStack->push(new EditAnnotationCommand(m_library, *before, after));
}

void AnnotationController::deleteAnnotation(qint64 id)
{
    if (const std::optional<Annotation> a = m_library->annotations()->annotation(id)) {
        m_undoStack->push(new DeleteAnnotationCommand(m_library, *a));
        emit message(tr("Annotation deleted (Ctrl+Z brings it back)."));
    }
}

void AnnotationController::showMarkMenu(qint64 id, const QPoint &globalPos)
{
    QMenu menu(m_dialogParent);
    const bool writable = !m_library->isReadOnly();
    menu.addAction(tr("&Edit annotation…"), this, [this, id] { editAnnotation(id); })->setEnabled(writable);
    menu.addAction(tr("&Delete annotation"), this, [this, id] { deleteAnnotation(id); })->setEnabled(writable);
    menu.exec(globalPos);
}

void AnnotationController::refreshMarks()
{
    QList<PdfMark> marks;
    const qint64 documentId = m_pane->documentId();
    if (documentId && m_library->annotations())
        for (const Annotation &a : m_library->annotations()->annotations(documentId))
            marks.append({a.id, a.page - 1, a.boxes, Status::color(a.status),
                          QStringLiteral("%1: %2").arg(Status::label(a.status), a.note)});
    m_pane->pdfView()->setMarks(marks);
}

} // namespace oversight
