#include "GettingStartedView.h"

#include <QHBoxLayout>
#include <QLabel>
#include "database/EditingControls.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace oversight {

GettingStartedView::GettingStartedView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setFixedWidth(520);

    auto *folder = new QPushButton(tr("Import a &folder of reports…"), m_buttons);
    folder->setObjectName(QStringLiteral("gettingStartedImportFolder"));
    folder->setDefault(true);
    connect(folder, &QPushButton::clicked, this, &GettingStartedView::importFolderRequested);
    auto *files = new QPushButton(tr("Import PDF &files…"), m_buttons);
    files->setObjectName(QStringLiteral("gettingStartedImportFiles"));
    connect(files, &QPushButton::clicked, this, &GettingStartedView::importFilesRequested);
    // Importing writes: off while the database is read-only (DatabaseActions).
    EditingControls::mark(folder);
    EditingControls::mark(files);
    auto *row = new QHBoxLayout(m_buttons);
    row->addStretch();
    row->addWidget(folder);
    row->addWidget(files);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    // Centred by stretches, not an alignment flag: with one, a wrapped label loses the height
    // its lines need.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(18);
    layout->addWidget(m_buttons);
    layout->addStretch(3);
    setDocumentCount(0);
}

void GettingStartedView::setDocumentCount(int count)
{
    if (count == 0) {
        m_title->setText(tr("Getting started"));
        m_text->setText(tr("This database has no documents yet. Import the Ofsted letters and "
                           "reports you work with: a whole folder at once, or single PDF files. "
                           "You can also drop them on this window."));
    } else {
        m_title->setText(tr("%n document(s) in this database", nullptr, count));
        m_text->setText(tr("Choose a document in the library on the left, or search the text "
                           "of every document with Ctrl+F."));
    }
    m_buttons->setVisible(count == 0);
}

} // namespace oversight
