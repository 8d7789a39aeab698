#pragma once

#include "analysis/DocumentComparison.h"

#include <QDialog>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QModelIndex)
QT_FORWARD_DECLARE_CLASS(QTabWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)

namespace oversight {

class ComparisonModel;
class Library;
class PdfView;

// Two documents side by side: judgements with the change marked, recommendations matched by
// meaning (carried forward, new, no longer present, with the match strength), findings by
// section, and both PDFs; choosing a row scrolls both PDFs to its text. Reads through the
// library's store on the GUI thread (a comparison is two documents: quick).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(Library *library, QWidget *parent = nullptr);

    // Shows the comparison of a (earlier) with b (later); ids as the store gives them.
    void setDocuments(qint64 a, qint64 b);
    // Starts on a document (the one open in the window) and the one before it of the same
    // authority (or, for its first, the one after it); with no document, on the latest
    // document that has a predecessor. Nothing is chosen when no authority has two.
    void startOn(qint64 documentId);
    const DocumentComparison &comparison() const { return m_comparison; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *view(int part) const; // ComparisonModel::Part as int
    PdfView *pdfA() const { return m_pdfA; }
    PdfView *pdfB() const { return m_pdfB; }

    // Writes the comparison (comparisonTable) to a CSV file; false when it cannot.
    bool exportCsv(const QString &path);

private:
    void fillChoices();
    void compareChosen();
    // Shows document id (0: none) in view, unless it shows it already (its place is kept).
    void showPdf(PdfView *view, qint64 *shown, qint64 id);
    void showRow(const QModelIndex &index);
    void askAndExportCsv();

    Library *m_library = nullptr;
    DocumentComparison m_comparison;
    QComboBox *m_chooseA = nullptr;
    QComboBox *m_chooseB = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_basis = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ComparisonModel *> m_models;
    QList<QTableView *> m_views;
    PdfView *m_pdfA = nullptr;
    PdfView *m_pdfB = nullptr;
    qint64 m_shownA = 0; // the documents the two PDF panes hold
    qint64 m_shownB = 0;
};

} // namespace oversight
