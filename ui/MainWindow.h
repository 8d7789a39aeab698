#pragma once

#include <QMainWindow>

class QLineEdit;
class QMenu;

namespace oversight {

class DocumentPane;
class FactsPanel;
class ImportController;
class Library;
class LibraryPanel;
class RereadController;
class SearchPanel;
class Settings;

// The composition root of the GUI: builds the docks, menus and actions and wires the panels
// together. Features live in the panels and controllers, not here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Library *library, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file, remembering it; shows an error and keeps the current one on failure.
    bool openDatabase(const QString &path);
    // Imports files and folders into the open database (the same as the menu and drag-and-drop).
    bool importPaths(const QStringList &paths);
    // Shows a document, optionally at a page with words or a passage highlighted.
    void showDocument(qint64 documentId, int page = 0, const QStringList &terms = {},
                      const QString &passage = {});

    ImportController *importController() const { return m_import; }
    RereadController *rereadController() const { return m_reread; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    DocumentPane *documentPane() const { return m_documentPane; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void rebuildRecentMenu();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void newDatabase();
    void openDatabaseDialog();
    void showAbout();
    void updateTitle();

    Library *m_library;
    Settings *m_settings;
    DocumentPane *m_documentPane;
    LibraryPanel *m_libraryPanel;
    FactsPanel *m_factsPanel;
    SearchPanel *m_searchPanel;
    QLineEdit *m_searchBox;
    QMenu *m_recentMenu = nullptr;
    ImportController *m_import;
    RereadController *m_reread;
};

} // namespace oversight
