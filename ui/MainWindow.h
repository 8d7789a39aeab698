#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QMenu;
class QUndoStack;

namespace oversight {

class AnnotationController;
class AnnotationsPanel;
class ChecklistsPanel;
class DatabaseActions;
class DocumentPane;
class ExportController;
class FactsPanel;
class ReviewPanel;
class GettingStartedView;
class ImportController;
class Library;
class LibraryPanel;
class RereadController;
class SearchPanel;
class Settings;
class TeamConnection;

// The composition root of the GUI: builds the docks, menus and actions and wires the panels
// together. Features live in the panels and controllers, not here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Library *library, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file or a team database (a postgresql:// location, see
    // DatabaseLocation), remembering it; keeps the current one on failure and shows why, or
    // puts why in *error when error is given. A missing file is created only when mayCreate
    // (File > New database).
    bool openDatabase(const QString &path, bool mayCreate = true, QString *error = nullptr);
    // Imports files and folders into the open database (the same as the menu and drag-and-drop).
    bool importPaths(const QStringList &paths);
    // Shows a document, optionally at a page with words or a passage highlighted.
    void showDocument(qint64 documentId, int page = 0, const QStringList &terms = {},
                      const QString &passage = {});

    ImportController *importController() const { return m_import; }
    RereadController *rereadController() const { return m_reread; }
    AnnotationController *annotationController() const { return m_annotations; }
    ChecklistsPanel *checklistsPanel() const { return m_checklistsPanel; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Deletes a document after asking (it takes its annotations with it); not undoable.
    bool deleteDocument(qint64 documentId, bool ask = true);
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    DocumentPane *documentPane() const { return m_documentPane; }
    TeamConnection *teamConnection() const { return m_team; }

public slots:
    void showStatusMessage(const QString &text);

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
    void openProgress(qint64 checklistId);
    void updateCentre();
    void openCharts(qint64 authorityId);
    void openComparison(qint64 a, qint64 b);

    Library *m_library;
    Settings *m_settings;
    QUndoStack *m_undoStack;
    DocumentPane *m_documentPane;
    GettingStartedView *m_gettingStarted;
    QStackedWidget *m_centre;
    LibraryPanel *m_libraryPanel;
    FactsPanel *m_factsPanel;
    ReviewPanel *m_reviewPanel;
    SearchPanel *m_searchPanel;
    QLineEdit *m_searchBox;
    QMenu *m_recentMenu = nullptr;
    ImportController *m_import;
    RereadController *m_reread;
    ChecklistsPanel *m_checklistsPanel;
    AnnotationsPanel *m_annotationsPanel;
    AnnotationController *m_annotations;
    ExportController *m_export;
    DatabaseActions *m_databaseActions;
    TeamConnection *m_team;
    QLabel *m_libraryLabel;
};

} // namespace oversight
