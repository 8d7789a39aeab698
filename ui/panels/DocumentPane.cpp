#include "DocumentPane.h"

#include "views/PdfView.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace oversight {

DocumentPane::DocumentPane(QWidget *parent)
    : QWidget(parent),
      m_view(new PdfView(this)),
      m_page(new QSpinBox(this)),
      m_pageCount(new QLabel(this)),
      m_zoom(new QLabel(this))
{
    auto *bar = new QToolBar(tr("Page"), this);
    bar->setObjectName(QStringLiteral("documentToolBar"));
    m_previous = bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Previous page"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previous, &QAction::triggered, this,
            [this] { m_view->goToPage(m_view->currentPage() - 1); });
    m_page->setObjectName(QStringLiteral("pageSpin"));
    m_page->setAccessibleName(tr("Page number"));
    m_page->setKeyboardTracking(false);
    bar->addWidget(m_page);
    m_goToPage = new QAction(tr("&Go to page…"), this);
    m_goToPage->setObjectName(QStringLiteral("goToPageAction"));
    m_goToPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_goToPage, &QAction::triggered, this, &DocumentPane::focusPageNumber);
    connect(m_page, &QSpinBox::editingFinished, this, [this] {
        // Enter in the box (it still has the focus): back to reading, where the page is.
        if (m_page->hasFocus())
            m_view->setFocus(Qt::OtherFocusReason);
    });
    bar->addWidget(m_pageCount);
    m_next = bar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Next page"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_next, &QAction::triggered, this,
            [this] { m_view->goToPage(m_view->currentPage() + 1); });
    bar->addSeparator();
    m_zoomOut = bar->addAction(tr("Zoom out"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, m_view, &PdfView::zoomOut);
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setMinimumWidth(48);
    m_zoom->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoom);
    m_zoomIn = bar->addAction(tr("Zoom in"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, m_view, &PdfView::zoomIn);
    m_fitWidth = bar->addAction(tr("Fit width"));
    m_fitWidth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitWidth, &QAction::triggered, m_view, &PdfView::fitWidth);

    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != m_view->currentPage())
            m_view->goToPage(page - 1);
    });
    connect(m_view, &PdfView::currentPageChanged, this, &DocumentPane::updateControls);
    connect(m_view, &PdfView::zoomChanged, this, &DocumentPane::updateControls);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    updateControls();
}

void DocumentPane::showDocument(qint64 documentId, const QByteArray &pdf)
{
    if (documentId == m_documentId && documentId != 0)
        return;
    m_documentId = documentId;
    m_view->setDocument(pdf);
    updateControls();
    emit documentShown(documentId);
}

QList<QAction *> DocumentPane::navigationActions() const
{
    return {m_goToPage, m_previous, m_next, m_zoomIn, m_zoomOut, m_fitWidth};
}

void DocumentPane::focusPageNumber()
{
    if (!m_page->isEnabled())
        return;
    m_page->setFocus(Qt::ShortcutFocusReason);
    m_page->selectAll();
}

void DocumentPane::updateControls()
{
    const int count = m_view->pageCount();
    const QSignalBlocker blocker(m_page);
    m_page->setRange(count > 0 ? 1 : 0, count);
    m_page->setValue(count > 0 ? m_view->currentPage() + 1 : 0);
    m_page->setEnabled(count > 0);
    m_pageCount->setText(tr(" of %1 ").arg(count));
    m_previous->setEnabled(count > 0 && m_view->currentPage() > 0);
    m_next->setEnabled(count > 0 && m_view->currentPage() + 1 < count);
    for (QAction *a : {m_goToPage, m_zoomIn, m_zoomOut, m_fitWidth})
        a->setEnabled(count > 0);
    m_zoom->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
}

} // namespace oversight
