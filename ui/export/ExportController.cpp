#include "ExportController.h"

#include "SummaryDialog.h"
#include "export/DataExport.h"
#include "export/SummaryExport.h"
#include "store/Library.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>

namespace oversight {

namespace {

const QString kLastFolderKey = QStringLiteral("export/lastFolder");

// A file name from a title: letters, digits and dashes only, so every system accepts it.
QString fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    return name.left(80);
}

} // namespace

ExportController::ExportController(Library *library, QWidget *window)
    : QObject(window), m_library(library), m_window(window)
{
}

void ExportController::exportSummary(qint64 documentId)
{
    if (documentId <= 0) {
        QMessageBox::information(m_window, tr("Export summary"),
                                 tr("Open a document first: the summary is of that document or "
                                    "of its authority."));
        return;
    }
    runSummary(documentId, 0, true);
}

void ExportController::exportDocumentSummary(qint64 documentId)
{
    runSummary(documentId, 0, false);
}

void ExportController::exportAuthoritySummary(qint64 authorityId)
{
    runSummary(0, authorityId, false);
}

void ExportController::runSummary(qint64 documentId, qint64 authorityId, bool canChooseScope)
{
    if (!m_library || !m_library->isOpen())
        return;
    std::optional<StoredDocument> document;
    if (documentId > 0) {
        document = m_library->store()->summary(documentId);
        if (!document)
            return;
        if (authorityId <= 0)
            authorityId = document->authorityId;
    }
    SummaryDialog dialog(documentId > 0 ? SummaryDialog::Scope::Document
                                        : SummaryDialog::Scope::Authority,
                         canChooseScope && authorityId > 0, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool ofAuthority = dialog.scope() == SummaryDialog::Scope::Authority;
    QString name;
    for (const AuthorityRow &a : m_library->store()->authorities()) {
        if (a.id == authorityId)
            name = a.name;
    }
    const QString title = ofAuthority ? tr("%1 summary").arg(name)
                                      : QStringLiteral("%1 %2").arg(name, document->displayTitle());
    const QString path = chooseFile(tr("Export summary"), fileNameFor(title) + QStringLiteral(".pdf"),
                                    tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SummaryExport exporter(*m_library->database());
    QString error;
    const QByteArray pdf = ofAuthority
                               ? exporter.authoritySummary(authorityId, dialog.options(), &error)
                               : exporter.documentSummary(documentId, dialog.options(), &error);
    QApplication::restoreOverrideCursor();
    if (pdf.isEmpty()) {
        QMessageBox::warning(m_window, tr("Summary not exported"), error);
        return;
    }
    if (save(path, pdf))
        emit message(tr("Summary exported to %1 (%2 pages).")
                         .arg(QDir::toNativeSeparators(path), QString::number(exporter.pageCount())));
}

void ExportController::exportData()
{
    if (!m_library || !m_library->isOpen())
        return;
    const QString documentsCsv = tr("Documents, one row each (*.csv)");
    const QString annotationsCsv = tr("Annotations, one row each (*.csv)");
    const QString everythingJson = tr("Everything, for other programs (*.json)");
    QString filter = documentsCsv;
    const QString path = chooseFile(tr("Export data"), QStringLiteral("oversight-documents.csv"),
                                    QStringList{documentsCsv, annotationsCsv, everythingJson}
                                        .join(QStringLiteral(";;")),
                                    &filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DataExport data(*m_library->database());
    QByteArray bytes;
    if (filter == everythingJson || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        bytes = QJsonDocument(data.everything()).toJson(QJsonDocument::Indented);
    else if (filter == annotationsCsv)
        bytes = data.annotationsCsv();
    else
        bytes = data.documentsCsv();
    QApplication::restoreOverrideCursor();
    if (save(path, bytes))
        emit message(tr("Data exported to %1.").arg(QDir::toNativeSeparators(path)));
}

QString ExportController::chooseFile(const QString &title, const QString &suggestedName,
                                     const QString &filter, QString *selectedFilter)
{
    QSettings settings;
    const QString folder = settings.value(kLastFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        m_window, title, QDir(folder).filePath(suggestedName), filter, selectedFilter);
    if (!path.isEmpty())
        settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

bool ExportController::save(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (SummaryExport::writeFile(path, bytes, &error))
        return true;
    QMessageBox::warning(m_window, tr("Not exported"), error);
    return false;
}

} // namespace oversight
