// Assigning a document's authority in the main window, offscreen, as a user would: the
// "Authority not recognised" group, the library's context-menu command and its dialog (typing
// to search, Enter to choose), Edit > Undo through the same stack as annotations, and the
// "Needs review" filter. Set OVERSIGHT_SCREENSHOT_DIR to keep screenshots of each step.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "itemmodels/ItemRoles.h"
#include "panels/AssignAuthorityDialog.h"
#include "panels/LibraryPanel.h"
#include "store/Library.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace oversight;

class tst_AssignAuthorityGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignFromTheLibraryAndUndo();
    void needsReviewFilterInThePanel();

private:
    qint64 add(const QString &named, const QString &code, const QStringList &warnings = {});
    QModelIndex groupNamed(const QString &name) const;
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
    int m_added = 0;
};

void tst_AssignAuthorityGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_library = std::make_unique<Library>();
    m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("gui.sqlite"))));
    m_window->show(); // at its default size
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_added = 0;
}

void tst_AssignAuthorityGui::cleanup()
{
    m_window.reset();
    m_library.reset();
    m_settings.reset();
    m_dir.reset();
}

qint64 tst_AssignAuthorityGui::add(const QString &named, const QString &code, const QStringList &warnings)
{
    NewDocument doc;
    ++m_added;
    doc.fileName = QStringLiteral("report %1.pdf").arg(m_added);
    doc.sha256 = QStringLiteral("hash %1").arg(m_added);
    // A real report's bytes, so that the window shows a page as a user would see it.
    doc.pdf = test::readBytes(test::dataPath(test::Data::Wandsworth2016));
    doc.pageTexts = {QStringLiteral("page")};
    doc.facts.kind = Kind::IlacsStandard;
    doc.facts.title = QStringLiteral("Inspection of %1 children's services").arg(named);
    doc.facts.authority = named;
    doc.facts.authorityCode = code;
    doc.facts.inspectionStart = QDate(2019, 3, m_added);
    doc.facts.inspectionEnd = QDate(2019, 3, m_added + 10);
    doc.facts.warnings = warnings;
    qint64 id = 0;
    if (m_library->store()->add(doc, &id) != DocumentStore::AddResult::Added)
        qWarning("add failed: %s", qPrintable(m_library->store()->lastError()));
    m_library->notifyChanged();
    return id;
}

QModelIndex tst_AssignAuthorityGui::groupNamed(const QString &name) const
{
    const QAbstractItemModel *model = m_window->libraryPanel()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name)
            return model->index(row, 0);
    return {};
}

void tst_AssignAuthorityGui::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void tst_AssignAuthorityGui::assignFromTheLibraryAndUndo()
{
    const qint64 flagged = add(QStringLiteral("Slough"), QStringLiteral("871"),
                               {QStringLiteral("judgements.overall"), QStringLiteral("inspectors")});
    add(QStringLiteral("Wandsworth"), QStringLiteral("212"));
    const qint64 id = add(QStringLiteral("Borsetshire Children's Partnership"), QString());

    // The facts panel opens on what was not found.
    m_window->showDocument(flagged);
    auto *facts = m_window->findChild<QTreeView *>(QStringLiteral("factsView"));
    QVERIFY(facts);
    const QModelIndex review = facts->model()->index(0, 0);
    QCOMPARE(review.data().toString(), QStringLiteral("Needs review (2)"));
    QVERIFY(facts->isExpanded(review));
    QCOMPARE(facts->model()->index(1, 0, review).data().toString(), QStringLiteral("Inspectors"));
    screenshot(m_window.get(), QStringLiteral("facts-needs-review"));

    QModelIndex unrecognised = groupNamed(QStringLiteral("Authority not recognised"));
    QVERIFY(unrecognised.isValid());
    QCOMPARE(unrecognised.row(), m_window->libraryPanel()->view()->model()->rowCount() - 1);
    m_window->showDocument(id);
    screenshot(m_window.get(), QStringLiteral("library-unrecognised-and-needs-review"));

    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AssignAuthorityDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QTest::keyClicks(dialog->searchField(), QStringLiteral("slou"));
        QCOMPARE(dialog->list()->model()->rowCount(), 1);
        QCOMPARE(dialog->chosenCode(), QStringLiteral("871"));
        screenshot(dialog, QStringLiteral("assign-authority-dialog"));
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    });
    m_window->libraryPanel()->assignAuthority(id);
    QVERIFY(dialogSeen);
    QCOMPARE(m_library->store()->summary(id)->authorityCode, QStringLiteral("871"));
    QVERIFY(!groupNamed(QStringLiteral("Authority not recognised")).isValid());
    const QModelIndex slough = groupNamed(QStringLiteral("Slough"));
    QCOMPARE(m_window->libraryPanel()->view()->model()->rowCount(slough), 2);

    // Edit > Undo takes it back, through the stack annotations use.
    QUndoStack *stack = m_window->undoStack();
    QVERIFY(stack->canUndo());
    stack->undo();
    QCOMPARE(m_library->store()->summary(id)->authorityCode, QString());
    QVERIFY(groupNamed(QStringLiteral("Authority not recognised")).isValid());
    stack->redo();
    QCOMPARE(m_library->store()->summary(id)->authorityCode, QStringLiteral("871"));
    screenshot(m_window.get(), QStringLiteral("library-after-assigning"));

    // Cancel changes nothing and pushes nothing.
    const int commands = stack->count();
    QTimer::singleShot(0, this, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_window->libraryPanel()->assignAuthority(id);
    QCOMPARE(stack->count(), commands);
    QCOMPARE(m_library->store()->summary(id)->authorityCode, QStringLiteral("871"));
}

void tst_AssignAuthorityGui::needsReviewFilterInThePanel()
{
    const qint64 flagged = add(QStringLiteral("Slough"), QStringLiteral("871"), {QStringLiteral("recommendations")});
    add(QStringLiteral("Slough"), QStringLiteral("871"));
    add(QStringLiteral("Wandsworth"), QStringLiteral("212"));
    QTreeView *tree = m_window->libraryPanel()->view();
    QCOMPARE(tree->model()->rowCount(), 2);
    QToolButton *toggle = m_window->libraryPanel()->needsReviewFilter();
    QVERIFY(toggle->isVisible());
    QVERIFY2(toggle->text().contains(QStringLiteral("(1)")), qPrintable(toggle->text()));
    toggle->click();
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex group = tree->model()->index(0, 0);
    QCOMPARE(tree->model()->rowCount(group), 1);
    QCOMPARE(tree->model()->index(0, 0, group).data(DocumentIdRole).toLongLong(), flagged);
    screenshot(m_window.get(), QStringLiteral("library-needs-review-filter"));
    toggle->click();
    QCOMPARE(tree->model()->rowCount(), 2);
}

QTEST_MAIN(tst_AssignAuthorityGui)
#include "tst_assignauthoritygui.moc"
