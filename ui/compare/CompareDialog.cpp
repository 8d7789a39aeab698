#include "CompareDialog.h"

#include "analysis/ComparisonModel.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

namespace {

QTableView *comparisonView(ComparisonModel *model, const QString &objectName,
                           const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ComparisonModel::AColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ComparisonModel::BColumn, QHeaderView::Stretch);
    header->resizeSection(ComparisonModel::ItemColumn, 110);
    return view;
}

} // namespace

CompareDialog::CompareDialog(Library *library, QWidget *parent)
    : QDialog(parent), m_library(library)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare documents"));
    setAccessibleName(tr("Compare documents"));
    resize(1280, 860);

    m_chooseA = new QComboBox(this);
    m_chooseA->setObjectName(QStringLiteral("compareDocumentA"));
    m_chooseA->setAccessibleName(tr("Earlier document"));
    m_chooseB = new QComboBox(this);
    m_chooseB->setObjectName(QStringLiteral("compareDocumentB"));
    m_chooseB->setAccessibleName(tr("Later document"));
    for (QComboBox *box : {m_chooseA, m_chooseB}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
        // Typing filters the list: any part of the authority's name or the title will do.
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        box->lineEdit()->setAccessibleName(box->accessibleName());
        box->lineEdit()->setPlaceholderText(tr("Type part of a name or title"));
        connect(box, &QComboBox::currentIndexChanged, this, &CompareDialog::compareChosen);
    }
    auto *labelA = new QLabel(tr("&A:"), this);
    labelA->setBuddy(m_chooseA);
    auto *labelB = new QLabel(tr("&B:"), this);
    labelB->setBuddy(m_chooseB);
    auto *choices = new QHBoxLayout;
    choices->addWidget(labelA);
    choices->addWidget(m_chooseA, 1);
    choices->addWidget(labelB);
    choices->addWidget(m_chooseB, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("compareWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; "
                                            "border: 1px solid #e0b400; padding: 4px; }"));
    m_warning->hide();
    // Why judgements are left out (an area SEND report beside another kind).
    m_basis = new QLabel(this);
    m_basis->setObjectName(QStringLiteral("compareBasis"));
    m_basis->setWordWrap(true);
    m_basis->setTextFormat(Qt::PlainText);
    m_basis->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setAccessibleName(tr("Comparison"));
    const struct
    {
        ComparisonModel::Part part;
        const char *objectName;
        QString title;
    } parts[] = {
        {ComparisonModel::Part::Judgements, "compareJudgements", tr("&Judgements")},
        {ComparisonModel::Part::Recommendations, "compareRecommendations", tr("&Recommendations")},
        {ComparisonModel::Part::Findings, "compareFindings", tr("&Findings")},
    };
    for (const auto &p : parts) {
        auto *model = new ComparisonModel(p.part, this);
        QString title = p.title;
        QTableView *view = comparisonView(model, QString::fromLatin1(p.objectName),
                                          title.remove(QLatin1Char('&')), m_tabs);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { showRow(current); });
        m_models.append(model);
        m_views.append(view);
        m_tabs->addTab(view, p.title);
    }

    m_pdfA = new PdfView(this);
    m_pdfA->setObjectName(QStringLiteral("comparePdfA"));
    m_pdfA->setAccessibleName(tr("Earlier document"));
    m_pdfA->setPlaceholderText(tr("Choose the earlier document (A) above to see it here."));
    m_pdfB = new PdfView(this);
    m_pdfB->setObjectName(QStringLiteral("comparePdfB"));
    m_pdfB->setAccessibleName(tr("Later document"));
    m_pdfB->setPlaceholderText(tr("Choose the later document (B) above to compare it with A."));
    auto *pdfs = new QSplitter(Qt::Horizontal);
    pdfs->addWidget(m_pdfA);
    pdfs->addWidget(m_pdfB);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->addWidget(m_tabs);
    split->addWidget(pdfs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("compareExportCsv"));
    csv->setAccessibleName(tr("Export the comparison as CSV"));
    connect(csv, &QPushButton::clicked, this, &CompareDialog::askAndExportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_warning);
    layout->addWidget(m_basis);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    fillChoices();
    compareChosen(); // says what to choose
}

QTableView *CompareDialog::view(int part) const
{
    return m_views.value(part);
}

void CompareDialog::fillChoices()
{
    if (!m_library->store())
        return;
    const QList<StoredDocument> documents = m_library->store()->documents();
    for (QComboBox *box : {m_chooseA, m_chooseB}) {
        const QSignalBlocker blocker(box);
        box->clear();
        for (const StoredDocument &d : documents) {
            box->addItem(tr("%1 — %2").arg(d.authorityName.isEmpty() ? d.fileName : d.authorityName,
                                           d.displayTitle()),
                         d.id);
        }
        // Nothing chosen until the user or startOn() chooses: the first document of the list
        // in the box would read as chosen while its pane stays empty.
        box->setCurrentIndex(-1);
    }
}

void CompareDialog::setDocuments(qint64 a, qint64 b)
{
    {
        const QSignalBlocker blockA(m_chooseA);
        const QSignalBlocker blockB(m_chooseB);
        m_chooseA->setCurrentIndex(m_chooseA->findData(a));
        m_chooseB->setCurrentIndex(m_chooseB->findData(b));
    }
    compareChosen();
}

void CompareDialog::startOn(qint64 documentId)
{
    if (!m_library->store())
        return;
    // documents() is by authority, then date: a document's predecessor is the row before it.
    const QList<StoredDocument> documents = m_library->store()->documents();
    int at = -1;
    for (int i = 0; i < documents.size(); ++i)
        if (documents.at(i).id == documentId)
            at = i;
    const auto sameAuthority = [&](int i, int j) {
        return i >= 0 && j >= 0 && i < documents.size() && j < documents.size()
               && documents.at(i).authorityId == documents.at(j).authorityId
               && documents.at(i).authorityId > 0;
    };
    if (at < 0) { // nothing open: the latest document that has a predecessor
        for (int i = int(documents.size()) - 1; i > 0 && at < 0; --i) {
            if (sameAuthority(i - 1, i))
                at = i;
        }
        if (at < 0)
            return;
    }
    if (sameAuthority(at - 1, at))
        setDocuments(documents.at(at - 1).id, documents.at(at).id);
    else if (sameAuthority(at, at + 1))
        setDocuments(documents.at(at).id, documents.at(at + 1).id);
    else
        setDocuments(documents.at(at).id, 0); // its authority has no other document
}

void CompareDialog::compareChosen()
{
    DocumentStore *store = m_library->store();
    const qint64 a = m_chooseA->currentData().toLongLong();
    const qint64 b = m_chooseB->currentData().toLongLong();
    auto docA = store ? store->document(a) : std::nullopt;
    auto docB = store ? store->document(b) : std::nullopt;
    // Each pane shows its document as soon as it is chosen, before the other is.
    showPdf(m_pdfA, &m_shownA, docA ? a : 0);
    showPdf(m_pdfB, &m_shownB, docB ? b : 0);
    m_warning->hide();
    if (!docA || !docB) {
        m_comparison = {};
        for (ComparisonModel *model : std::as_const(m_models))
            model->setComparison(m_comparison);
        m_basis->hide();
        m_summary->setText(tr("Choose two documents to compare."));
        return;
    }
    if (a == b) {
        m_warning->setText(tr("A and B are the same document: choose another for one of them."));
        m_warning->show();
    } else if (docA->authorityId != docB->authorityId) {
        m_warning->setText(
            tr("A is of %1 and B of %2: two authorities. Their recommendations are matched by "
               "wording only, which says nothing of one authority following up the other's.")
                .arg(docA->authorityName.isEmpty() ? tr("no named authority") : docA->authorityName,
                     docB->authorityName.isEmpty() ? tr("no named authority")
                                                   : docB->authorityName));
        m_warning->show();
    }
    m_comparison = compareDocuments(*docA, *docB);
    for (ComparisonModel *model : std::as_const(m_models))
        model->setComparison(m_comparison);
    const QString reason = judgementsNotComparedReason(m_comparison);
    m_basis->setText(reason);
    m_basis->setVisible(!reason.isEmpty());
    const int judgementsTab = m_tabs->indexOf(m_views.value(0));
    m_tabs->setTabEnabled(judgementsTab, reason.isEmpty());
    m_tabs->setTabText(judgementsTab, m_comparison.basis == DocumentComparison::Basis::SendOutcomes
                                          ? tr("&Outcome")
                                          : tr("&Judgements"));
    if (!reason.isEmpty() && m_tabs->currentIndex() == judgementsTab)
        m_tabs->setCurrentWidget(m_views.value(1));
    const int possible = m_comparison.possibleMatchCount();
    m_summary->setText(tr("%1 recommendations in A, %2 in B: %3 carried forward, %4 possible "
                          "matches to check (similarity under %5). A recommendation B does not "
                          "repeat is not thereby met.")
                           .arg(docA->facts.recommendations.size())
                           .arg(docB->facts.recommendations.size())
                           .arg(m_comparison.carriedForwardCount() - possible)
                           .arg(possible)
                           .arg(QString::number(kCertainMatchThreshold, 'f', 2)));
}

void CompareDialog::showPdf(PdfView *view, qint64 *shown, qint64 id)
{
    if (*shown == id)
        return;
    *shown = id;
    DocumentStore *store = m_library->store();
    view->setDocument(id > 0 && store ? store->pdf(id) : QByteArray());
}

void CompareDialog::showRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int pageA = index.data(ComparisonModel::PageARole).toInt();
    const int pageB = index.data(ComparisonModel::PageBRole).toInt();
    if (pageA > 0)
        m_pdfA->highlightText(pageA - 1, index.data(ComparisonModel::PassageARole).toString());
    if (pageB > 0)
        m_pdfB->highlightText(pageB - 1, index.data(ComparisonModel::PassageBRole).toString());
}

bool CompareDialog::exportCsv(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(toCsv(comparisonTable(m_comparison)).toUtf8()) >= 0;
}

void CompareDialog::askAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"), QString(),
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    m_summary->setText(exportCsv(path) ? tr("Saved %1.").arg(path)
                                       : tr("Cannot write %1.").arg(path));
}

} // namespace oversight
