#include "AnnotationsPanel.h"

#include "database/EditingControls.h"
#include "itemmodels/AnnotationsModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Library.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

AnnotationsPanel::AnnotationsPanel(Library *library, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_model(new AnnotationsModel(library, this)),
      m_filter(new AnnotationFilterModel(this)),
      m_checklist(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_person(new QComboBox(this)),
      m_thisDocument(new QCheckBox(tr("Open document only"), this)),
      m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_checklist->setObjectName(QStringLiteral("annotationChecklistFilter"));
    m_checklist->setAccessibleName(tr("Filter by checklist"));
    connect(m_checklist, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setChecklist(m_checklist->currentData().toLongLong()); });
    connect(library, &Library::annotationsChanged, this, &AnnotationsPanel::refillChecklists);
    refillChecklists();

    m_status->setObjectName(QStringLiteral("annotationStatusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : Status::all())
        m_status->addItem(Status::label(s), s);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    // Who made or last changed an annotation: on a team database, each member's own work.
    m_person->setObjectName(QStringLiteral("annotationPersonFilter"));
    m_person->setAccessibleName(tr("Filter by person"));
    connect(m_person, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPerson(m_person->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::refillPeople);
    refillPeople();
    m_thisDocument->setObjectName(QStringLiteral("annotationDocumentFilter"));
    connect(m_thisDocument, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setDocument(on ? m_documentId : 0); });

    m_view->setObjectName(QStringLiteral("annotationsTable"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationsModel::QuoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationsModel::PageColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(AnnotationsModel::DocumentColumn, 220);
    m_view->setColumnWidth(AnnotationsModel::ItemsColumn, 220);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit annotationChosen(index.data(DocumentIdRole).toLongLong(),
                              index.data(AnnotationIdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const qint64 id = currentAnnotationId();
        if (!id)
            return;
        QMenu menu(this);
        menu.addAction(tr("&Show on its page"), this, [this] {
            const QModelIndex i = m_view->currentIndex();
            emit annotationChosen(i.data(DocumentIdRole).toLongLong(), i.data(AnnotationIdRole).toLongLong());
        });
        const bool writable = !m_library->isReadOnly();
        menu.addAction(tr("&Edit…"), this, [this, id] { emit editRequested(id); })->setEnabled(writable);
        menu.addAction(tr("&Delete"), this, [this, id] { emit deleteRequested(id); })->setEnabled(writable);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    auto *remove = new QAction(tr("Delete annotation"), this);
    remove->setObjectName(QStringLiteral("deleteAnnotation"));
    EditingControls::mark(remove);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = currentAnnotationId())
            emit deleteRequested(id);
    });
    addAction(remove);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_checklist, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_person, 1);
    filters->addWidget(m_thisDocument);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);
}

qint64 AnnotationsPanel::currentAnnotationId() const
{
    return m_view->currentIndex().data(AnnotationIdRole).toLongLong();
}

void AnnotationsPanel::setCurrentDocument(qint64 documentId)
{
    m_documentId = documentId;
    if (m_thisDocument->isChecked())
        m_filter->setDocument(documentId);
}

void AnnotationsPanel::refillPeople()
{
    const QString selected = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Anyone"), QString());
    for (const QString &name : m_model->people())
        m_person->addItem(name, name);
    const int index = m_person->findData(selected);
    m_person->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setPerson(m_person->currentData().toString());
}

void AnnotationsPanel::refillChecklists()
{
    const qint64 selected = m_checklist->currentData().toLongLong();
    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    m_checklist->addItem(tr("Every checklist"), qint64(0));
    if (m_library->annotations())
        for (const Checklist &c : m_library->annotations()->checklists())
            m_checklist->addItem(c.name, c.id);
    const int index = m_checklist->findData(selected);
    m_checklist->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setChecklist(m_checklist->currentData().toLongLong());
}

} // namespace oversight
