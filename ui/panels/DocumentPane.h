#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;

namespace oversight {

class PdfView;

// The centre of the window: the PDF with its page and zoom controls. Its actions are also put
// in the View menu by the main window.
class DocumentPane : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPane(QWidget *parent = nullptr);

    // Shows a document's PDF (empty bytes: nothing). Keeps the view if it is the same document.
    void showDocument(qint64 documentId, const QByteArray &pdf);
    qint64 documentId() const { return m_documentId; }
    PdfView *pdfView() const { return m_view; }
    QList<QAction *> navigationActions() const;
    // Puts the focus in the page number box, its number selected: type a page and Enter, and
    // the focus returns to the page view with the caret on that page's first word.
    void focusPageNumber();

signals:
    void documentShown(qint64 documentId);

private:
    void updateControls();

    qint64 m_documentId = 0;
    PdfView *m_view;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QLabel *m_zoom;
    QAction *m_goToPage;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fitWidth;
};

} // namespace oversight
