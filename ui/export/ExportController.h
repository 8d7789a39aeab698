#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace oversight {

class Library;

// The export actions of the GUI: PDF summaries (File > Export summary, and the library's
// context menus) and data exports (File > Export data). Asks for options and a file name, runs
// the export on the GUI thread (an authority summary takes well under a second), and reports
// the outcome in a message for the status bar or, on failure, a warning.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Library *library, QWidget *window);

public slots:
    // File > Export summary: of documentId, or of its authority, as the user chooses.
    void exportSummary(qint64 documentId);
    // Context menus: the scope is fixed.
    void exportDocumentSummary(qint64 documentId);
    void exportAuthoritySummary(qint64 authorityId);
    // File > Export data: documents or annotations as CSV, or everything as JSON.
    void exportData();

signals:
    void message(const QString &text);

private:
    void runSummary(qint64 documentId, qint64 authorityId, bool canChooseScope);
    QString chooseFile(const QString &title, const QString &suggestedName, const QString &filter,
                       QString *selectedFilter = nullptr);
    bool save(const QString &path, const QByteArray &bytes);

    QPointer<Library> m_library;
    QWidget *m_window;
};

} // namespace oversight
