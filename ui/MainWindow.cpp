#include "MainWindow.h"

#include "DefaultLayout.h"

#include "Settings.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationsPanel.h"
#include "annotations/ChecklistsPanel.h"
#include "annotations/ProgressDialog.h"
#include "charts/ChartsWindow.h"
#include "compare/CompareDialog.h"
#include "database/DatabaseActions.h"
#include "database/LibraryCopyController.h"
#include "database/LibraryIdentity.h"
#include "database/TeamConnection.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "export/ExportController.h"
#include "import/ImportController.h"
#include "import/RereadController.h"
#include "panels/DockShortcuts.h"
#include "panels/DocumentPane.h"
#include "panels/FactsPanel.h"
#include "panels/ReviewPanel.h"
#include "panels/GettingStartedView.h"
#include "itemmodels/ItemRoles.h"
#include "panels/LibraryPanel.h"
#include "panels/SearchPanel.h"
#include "store/DatabaseLocation.h"
#include "store/Library.h"
#include "understanding/DocumentReader.h"
#include "pdf/PdfDocument.h"
#include "views/PdfView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace oversight {

MainWindow::MainWindow(Library *library, Settings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_library(library),
      m_settings(settings),
      m_undoStack(new QUndoStack(this)),
      m_documentPane(new DocumentPane(this)),
      m_gettingStarted(new GettingStartedView(this)),
      m_centre(new QStackedWidget(this)),
      m_libraryPanel(new LibraryPanel(library, this)),
      m_factsPanel(new FactsPanel(library, m_undoStack, this)),
      m_reviewPanel(new ReviewPanel(library, this)),
      m_searchPanel(new SearchPanel(library, this)),
      m_searchBox(new QLineEdit(this)),
      m_import(new ImportController(library, statusBar(), this)),
      m_reread(new RereadController(library, this)),
      m_checklistsPanel(new ChecklistsPanel(library, m_undoStack, this)),
      m_annotationsPanel(new AnnotationsPanel(library, this)),
      m_annotations(new AnnotationController(library, m_undoStack, m_documentPane, this)),
      m_export(new ExportController(library, this)),
      m_databaseActions(new DatabaseActions(library, this, [this] {
          return m_import->isRunning() || m_reread->isRunning();
      })),
      m_team(new TeamConnection(this, [this](const QString &location, bool create, QString *error) {
          return openDatabase(location, create, error);
      })),
      m_libraryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_centre->addWidget(m_gettingStarted);
    m_centre->addWidget(m_documentPane);
    setCentralWidget(m_centre);
    connect(m_gettingStarted, &GettingStartedView::importFolderRequested, this,
            &MainWindow::chooseFolderToImport);
    connect(m_gettingStarted, &GettingStartedView::importFilesRequested, this,
            &MainWindow::chooseFilesToImport);
    connect(m_documentPane, &DocumentPane::documentShown, this, &MainWindow::updateCentre);
    connect(m_library, &Library::changed, this, &MainWindow::updateCentre);
    connect(m_library, &Library::documentsAdded, this, &MainWindow::updateCentre);
    createDocks();
    createActions();
    m_libraryPanel->setUndoStack(m_undoStack);
    connect(m_databaseActions, &DatabaseActions::openRequested, this,
            [this](const QString &path) { openDatabase(path, false); });
    connect(m_team, &TeamConnection::message, this, &MainWindow::showStatusMessage);
    m_libraryLabel->setObjectName(QStringLiteral("libraryLabel"));
    statusBar()->addPermanentWidget(m_libraryLabel);

    connect(m_libraryPanel, &LibraryPanel::documentSelected, this,
            [this](qint64 id) { showDocument(id); });
    connect(m_searchPanel, &SearchPanel::hitChosen, this,
            [this](qint64 id, int page, const QStringList &terms) { showDocument(id, page, terms); });
    connect(m_reviewPanel, &ReviewPanel::documentChosen, this,
            [this](qint64 id) { showDocument(id); });
    connect(m_factsPanel, &FactsPanel::passageChosen, this, [this](int page, const QString &text) {
        showDocument(m_documentPane->documentId(), page, {}, text);
    });
    connect(m_factsPanel, &FactsPanel::annotateRequested, m_annotations,
            [this](int page, const QString &text) { m_annotations->annotatePassage(page, text); });
    connect(m_libraryPanel, &LibraryPanel::deleteRequested, this,
            [this](qint64 id) { deleteDocument(id); });
    connect(m_checklistsPanel, &ChecklistsPanel::progressRequested, this, &MainWindow::openProgress);
    connect(m_libraryPanel, &LibraryPanel::compareRequested, this, &MainWindow::openComparison);
    connect(m_export, &ExportController::message, this, &MainWindow::showStatusMessage);
    connect(m_libraryPanel, &LibraryPanel::summaryRequested, m_export,
            &ExportController::exportDocumentSummary);
    connect(m_libraryPanel, &LibraryPanel::authoritySummaryRequested, m_export,
            &ExportController::exportAuthoritySummary);
    connect(m_libraryPanel, &LibraryPanel::chartsRequested, this, &MainWindow::openCharts);
    for (QObject *source : {static_cast<QObject *>(m_checklistsPanel),
                            static_cast<QObject *>(m_annotations)})
        connect(source, SIGNAL(message(QString)), this, SLOT(showStatusMessage(QString)));
    connect(m_annotationsPanel, &AnnotationsPanel::annotationChosen, this,
            [this](qint64 documentId, qint64 annotationId) {
                showDocument(documentId);
                m_documentPane->pdfView()->showMark(annotationId);
            });
    connect(m_annotationsPanel, &AnnotationsPanel::editRequested, m_annotations,
            &AnnotationController::editAnnotation);
    connect(m_annotationsPanel, &AnnotationsPanel::deleteRequested, m_annotations,
            &AnnotationController::deleteAnnotation);
    connect(m_documentPane, &DocumentPane::documentShown, m_checklistsPanel,
            &ChecklistsPanel::setCurrentDocument);
    connect(m_documentPane, &DocumentPane::documentShown, m_annotationsPanel,
            &AnnotationsPanel::setCurrentDocument);
    connect(m_documentPane, &DocumentPane::documentShown, m_searchPanel, [this](qint64 id) {
        const std::optional<StoredDocument> doc =
            id > 0 && m_library->store() ? m_library->store()->summary(id) : std::nullopt;
        m_searchPanel->setCurrentDocument(id, doc ? doc->authorityId : 0);
    });
    connect(m_library, &Library::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Not saved"), message);
    });
    connect(m_library, &Library::opened, this, [this] {
        m_undoStack->clear(); // its commands speak of the database that was open
        m_documentPane->showDocument(0, {});
        m_factsPanel->setDocument(std::nullopt);
        updateTitle();
    });
    connect(m_library, &Library::changed, this, [this] {
        // A re-read or a delete may have changed what the open document is.
        const qint64 id = m_documentPane->documentId();
        if (id && m_library->store() && !m_library->store()->summary(id)) {
            m_documentPane->showDocument(0, {});
            m_factsPanel->setDocument(std::nullopt);
        } else if (id && m_library->store()) {
            m_factsPanel->setDocument(m_library->store()->document(id)); // refiled, re-read
        }
    });
    if (!restoreGeometry(m_settings->windowGeometry()) && screen())
        resize(DefaultLayout::windowSize(screen()->availableSize()));
    if (!restoreState(m_settings->windowState()))
        DefaultLayout::applyOnFirstShow(this);
    updateTitle();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *panel, const QString &title, const QString &name,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(panel);
        addDockWidget(area, d);
        return d;
    };
    dock(m_libraryPanel, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    dock(m_factsPanel, tr("Facts"), QStringLiteral("factsDock"), Qt::RightDockWidgetArea);
    QDockWidget *search = dock(m_searchPanel, tr("Search results"), QStringLiteral("searchDock"),
                               Qt::BottomDockWidgetArea);
    QDockWidget *annotations = dock(m_annotationsPanel, tr("Annotations"),
                                    QStringLiteral("annotationsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(search, annotations);
    QDockWidget *review = dock(m_reviewPanel, tr("Review"), QStringLiteral("reviewDock"),
                               Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotations, review);
    search->raise();
    QDockWidget *checklists = dock(m_checklistsPanel, tr("Checklists"),
                                   QStringLiteral("checklistsDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("factsDock")), checklists);
    findChild<QDockWidget *>(QStringLiteral("factsDock"))->raise();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    openDb->setShortcut(QKeySequence::Open);
    QAction *connectTeam = file->addAction(tr("Connect to a &team database…"), this,
                                           [this] { m_team->showDialog(); });
    connectTeam->setObjectName(QStringLiteral("connectTeamAction"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_settings, &Settings::recentDatabasesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *importFiles = file->addAction(style()->standardIcon(QStyle::SP_FileIcon),
                                           tr("&Import PDF files…"), this,
                                           &MainWindow::chooseFilesToImport);
    importFiles->setObjectName(QStringLiteral("importFilesAction"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importFolder = file->addAction(style()->standardIcon(QStyle::SP_DirIcon),
                                            tr("Import a &folder…"), this,
                                            &MainWindow::chooseFolderToImport);
    importFolder->setObjectName(QStringLiteral("importFolderAction"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction *exportSummary = file->addAction(tr("Export &summary…"), this,
                                             [this] { m_export->exportSummary(m_documentPane->documentId()); });
    exportSummary->setObjectName(QStringLiteral("exportSummaryAction"));
    exportSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *exportData = file->addAction(tr("Export &data…"), m_export, &ExportController::exportData);
    exportData->setObjectName(QStringLiteral("exportDataAction"));
    file->addSeparator();
    m_databaseActions->addToFileMenu(file);
    auto *libraryCopy = new LibraryCopyController(m_library, this, [this] {
        return m_import->isRunning() || m_reread->isRunning();
    });
    libraryCopy->addToFileMenu(file);
    connect(libraryCopy, &LibraryCopyController::openRequested, this,
            [this](const QString &location) { openDatabase(location, false); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is empty on Windows and on platforms without a key theme.
    quit->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                 : QKeySequence(QKeySequence::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_documentPane->pdfView(), &PdfView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *annotate = edit->addAction(tr("&Annotate selection…"), m_annotations,
                                        &AnnotationController::annotateSelection);
    annotate->setObjectName(QStringLiteral("annotateAction"));
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *find = edit->addAction(tr("&Search the text…"), this, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_documentPane->navigationActions());
    view->addSeparator();
    QAction *charts = view->addAction(tr("&Charts…"), this, [this] {
        openCharts(m_libraryPanel->view()->currentIndex().data(AuthorityIdRole).toLongLong());
    });
    charts->setObjectName(QStringLiteral("chartsAction"));
    charts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction *compare = view->addAction(tr("Co&mpare documents…"), this, [this] { openComparison(0, 0); });
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_databaseActions->addToViewMenu(view);
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    // Alt+number into each part of the window, as in IDEs; Alt+letters stay the menus'.
    auto *goTo = new DockShortcuts(this);
    auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    goTo->add(m_documentPane->pdfView(), tr("Go to the p&age view"), QKeySequence(Qt::ALT | Qt::Key_0));
    goTo->add(dock("libraryDock"), m_libraryPanel->view(), tr("Go to the &library"),
              QKeySequence(Qt::ALT | Qt::Key_1));
    goTo->add(dock("factsDock"), m_factsPanel->findChild<QTreeView *>(QStringLiteral("factsView")),
              tr("Go to the &facts"), QKeySequence(Qt::ALT | Qt::Key_2));
    goTo->add(dock("checklistsDock"), m_checklistsPanel->view(), tr("Go to the c&hecklists"),
              QKeySequence(Qt::ALT | Qt::Key_3));
    goTo->add(dock("searchDock"), m_searchPanel->view(), tr("Go to the search &results"),
              QKeySequence(Qt::ALT | Qt::Key_4));
    goTo->add(dock("annotationsDock"), m_annotationsPanel->view(), tr("Go to the a&nnotations"),
              QKeySequence(Qt::ALT | Qt::Key_5));
    goTo->add(dock("reviewDock"), m_reviewPanel->view(), tr("Go to the re&view list"),
              QKeySequence(Qt::ALT | Qt::Key_6));
    view->addActions(goTo->actions());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *reread = tools->addAction(tr("&Re-read all documents"), this, [this] {
        if (!m_import->isRunning())
            m_reread->start();
    });
    reread->setObjectName(QStringLiteral("rereadAction"));
    m_databaseActions->setEditingActions({importFiles, importFolder, annotate, reread, undo, redo});
    reread->setToolTip(tr("Understand every stored document again with this version of "
                          "Oversight, without importing it again; annotations are kept."));

    QAction *checklist = tools->addAction(tr("Make a &checklist of this document's recommendations"),
                                          this, [this] {
                                              m_checklistsPanel->createFromCurrentDocument();
                                              if (auto *d = findChild<QDockWidget *>(
                                                      QStringLiteral("checklistsDock"))) {
                                                  d->show();
                                                  d->raise();
                                              }
                                          });
    checklist->setObjectName(QStringLiteral("checklistFromDocumentAction"));
    m_databaseActions->setEditingActions({checklist});
    tools->addSeparator();
    QAction *preferences = tools->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog(m_settings, this).exec();
    });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog(menuBar(), this).exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Oversight"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(importFiles);
    bar->addAction(importFolder);
    bar->addSeparator();
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(SearchPanel::syntaxHint());
    m_searchBox->setToolTip(tr("%1 (Ctrl+F)").arg(SearchPanel::syntaxHint()));
    m_searchBox->setAccessibleName(tr("Search the text of every document"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(520);
    m_searchBox->setMinimumWidth(360);
    bar->addWidget(m_searchBox);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        m_searchPanel->search(m_searchBox->text());
        if (auto *d = findChild<QDockWidget *>(QStringLiteral("searchDock"))) {
            d->show();
            d->raise();
        }
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentDatabases();
    m_recentMenu->setToolTipsVisible(true);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // Files by their path; team databases by name and server, the URI in the tool tip.
        const bool team = DatabaseLocation::isTeamDatabase(path);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(team ? DatabaseLocation::parse(path).displayName()
                                                         : path));
        a->setToolTip(LibraryIdentity::toolTip(path));
        connect(a, &QAction::triggered, this, [this, path, team] {
            if (team)
                m_team->reopen(path); // the keychain's password first
            else
                openDatabase(path, false);
        });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), m_settings, &Settings::clearRecentDatabases);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openDatabase(const QString &path, bool mayCreate, QString *error)
{
    if (m_import->isRunning()) {
        const QString busy = tr("Wait for the import to finish, or cancel it, before "
                                "opening another database.");
        if (error)
            *error = busy;
        else
            QMessageBox::information(this, tr("Import running"), busy);
        return false;
    }
    QString problem;
    if (!m_library->open(path, &problem,
                         mayCreate ? Database::Create::WithFolders : Database::Create::Never)) {
        if (error)
            *error = problem;
        else
            QMessageBox::warning(this, tr("Cannot open the database"),
                                 tr("%1 could not be opened:\n%2")
                                     .arg(LibraryIdentity::toolTip(path), problem));
        return false;
    }
    m_settings->setLastDatabase(path);
    m_settings->addRecentDatabase(path);
    // Documents understood by an older Oversight are read again with this one's reader.
    for (const StoredDocument &d : m_library->isReadOnly() ? QList<StoredDocument>()
                                                            : m_library->store()->documents()) {
        if (d.readerVersion < kReaderVersion) {
            statusBar()->showMessage(tr("Reading documents again with this version's reader…"));
            m_reread->start(true);
            break;
        }
    }
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), m_settings->databaseFolder(),
        tr("Oversight databases (*.sqlite *.db)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QFileInfo(m_library->path()).absolutePath(),
        tr("Oversight databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

bool MainWindow::importPaths(const QStringList &paths)
{
    return m_import->start(paths);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import PDF files"), m_settings->lastImportFolder(), tr("PDF files (*.pdf *.PDF)"));
    if (files.isEmpty())
        return;
    m_settings->setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import every PDF in a folder"),
                                                             m_settings->lastImportFolder());
    if (folder.isEmpty())
        return;
    m_settings->setLastImportFolder(folder);
    importPaths({folder});
}

void MainWindow::showDocument(qint64 documentId, int page, const QStringList &terms,
                              const QString &passage)
{
    DocumentStore *store = m_library->store();
    if (!store || documentId <= 0)
        return;
    if (documentId != m_documentPane->documentId()) {
        const std::optional<StoredDocument> doc = store->document(documentId);
        if (!doc) {
            statusBar()->showMessage(tr("That document is no longer in the database."), 5000);
            return;
        }
        m_documentPane->showDocument(documentId, store->pdf(documentId));
        m_factsPanel->setDocument(doc);
    }
    // The library shows where the document is filed, also when it was open already (a search
    // hit in it) and the user had chosen another authority meanwhile.
    if (m_libraryPanel->currentDocumentId() != documentId) {
        const QSignalBlocker blocker(m_libraryPanel);
        m_libraryPanel->selectDocument(documentId);
    }
    PdfView *view = m_documentPane->pdfView();
    if (page <= 0)
        return;
    if (!passage.isEmpty()) {
        view->highlightText(page - 1, passage);
        return;
    }
    // Words are highlighted wherever they occur, a phrase only where its words stand together.
    view->showPage(page - 1, terms);
}

bool MainWindow::deleteDocument(qint64 documentId, bool ask)
{
    DocumentStore *store = m_library->store();
    const std::optional<StoredDocument> doc = store ? store->summary(documentId) : std::nullopt;
    if (!doc)
        return false;
    const int annotations = m_library->annotations()->annotationCountForDocument(documentId);
    DocumentStore::Corrections corrections = DocumentStore::Corrections::Drop;
    if (ask) {
        const QString question =
            annotations
                ? tr("Delete “%1” (%2) and its %n annotation(s)? This cannot be undone.", nullptr,
                     annotations)
                      .arg(doc->displayTitle(), doc->authorityName)
                : tr("Delete “%1” (%2)? This cannot be undone.")
                      .arg(doc->displayTitle(), doc->authorityName);
        QMessageBox box(QMessageBox::Question, tr("Delete document"), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        // Corrections belong to the file: kept, they come back when it is imported again.
        QCheckBox *keep = nullptr;
        if (!doc->correctedFields.isEmpty()) {
            keep = new QCheckBox(tr("&Keep my corrections, for when this file is imported again"));
            keep->setChecked(true);
            box.setCheckBox(keep);
        }
        if (box.exec() != QMessageBox::Yes)
            return false;
        corrections = keep && keep->isChecked() ? DocumentStore::Corrections::Keep
                                                : DocumentStore::Corrections::Drop;
    }
    if (!store->remove(documentId, corrections)) {
        QMessageBox::warning(this, tr("Delete document"),
                             tr("The document could not be deleted: %1").arg(store->lastError()));
        return false;
    }
    // Undoing older commands could refer to the annotations that went with it.
    m_undoStack->clear();
    m_library->notifyChanged();
    m_library->notifyAnnotationsChanged();
    statusBar()->showMessage(tr("Document deleted."), 5000);
    return true;
}

void MainWindow::openProgress(qint64 checklistId)
{
    auto *dialog = new ProgressDialog(m_library, m_undoStack, checklistId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProgressDialog::evidenceChosen, this,
            [this](qint64 documentId, qint64 annotationId) {
                showDocument(documentId);
                m_documentPane->pdfView()->showMark(annotationId);
            });
    connect(dialog, &ProgressDialog::passageChosen, this,
            [this](qint64 documentId, int page, const QString &text) {
                showDocument(documentId, page, {}, text);
            });
    connect(dialog, &ProgressDialog::suggestionAccepted, this,
            [this](qint64 documentId, int page, const QString &text, qint64 itemId) {
                showDocument(documentId, page, {}, text);
                m_annotations->annotatePassage(page, text, itemId);
            });
    dialog->show();
}

void MainWindow::openCharts(qint64 authorityId)
{
    auto *charts = new ChartsWindow(m_library, this);
    charts->setAttribute(Qt::WA_DeleteOnClose);
    connect(charts, &ChartsWindow::documentActivated, this, [this](qint64 id) { showDocument(id); });
    if (authorityId > 0)
        charts->setAuthority(authorityId);
    charts->show();
}

void MainWindow::openComparison(qint64 a, qint64 b)
{
    auto *dialog = new CompareDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (a > 0 && b > 0)
        dialog->setDocuments(a, b);
    else
        dialog->startOn(m_documentPane->documentId());
    dialog->show();
}

void MainWindow::updateCentre()
{
    const bool open = m_documentPane->documentId() != 0;
    if (!open)
        m_gettingStarted->setDocumentCount(m_library->store() ? m_library->store()->documentCount() : 0);
    m_centre->setCurrentWidget(open ? static_cast<QWidget *>(m_documentPane) : m_gettingStarted);
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Oversight"),
        tr("<h3>Oversight %1</h3><p>Reads Ofsted inspections of children's services, tracks "
           "their recommendations and compares them over time.</p>"
           "<p>Oversight is free software under the GNU General Public License, version 3 or "
           "later.</p>"
           "<p>It uses Qt %2, under the GNU Lesser General Public License version 3, and "
           "Poppler %3, under the GNU General Public License version 2 or later, with SQLite, "
           "which is in the public domain.</p>"
           "<p>Ofsted reports are Crown copyright, published under the Open Government "
           "Licence v3.0.</p>")
            .arg(QStringLiteral(OVERSIGHT_VERSION), QString::fromLatin1(qVersion()),
                 PdfDocument::popplerVersion()));
}

void MainWindow::updateTitle()
{
    const QString location = m_library->isOpen() ? m_library->path() : QString();
    const QString user = m_library->database() ? m_library->database()->userName() : QString();
    setWindowTitle(LibraryIdentity::windowTitle(location, user));
    m_libraryLabel->setText(LibraryIdentity::statusText(location, user));
    m_libraryLabel->setToolTip(LibraryIdentity::toolTip(location));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
            tr("An import is running. Stop it and quit? Documents already imported are kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (!paths.isEmpty()) {
        importPaths(paths);
        event->acceptProposedAction();
    }
}

} // namespace oversight
