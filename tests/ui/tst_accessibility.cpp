// Accessibility of the GUI, offscreen: every control a screen reader lands on has a name, in the
// main window and in the windows and dialogs it opens; the common commands have shortcuts; and
// the main panels are reachable with the Tab key alone.
#include "Fixtures.h"
#include "MainWindowFixture.h"
#include "MainWindow.h"
#include "Settings.h"
#include "annotations/AnnotateDialog.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationStore.h"
#include "annotations/ChecklistsPanel.h"
#include "annotations/ProgressDialog.h"
#include "charts/ChartsWindow.h"
#include "compare/CompareDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "export/SummaryDialog.h"
#include "import/ImportController.h"
#include "panels/DocumentPane.h"
#include "store/DocumentStore.h"
#include "store/Library.h"
#include "views/PdfView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QMainWindow>
#include <QTabBar>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

// The roles a user operates: each must say what it is for.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Item views: their rows and cells are named by their data, not by the program.
bool isItemView(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree;
}

QString roleName(QAccessible::Role role)
{
    static const QMap<QAccessible::Role, QString> names{
        {QAccessible::PushButton, QStringLiteral("PushButton")},
        {QAccessible::CheckBox, QStringLiteral("CheckBox")},
        {QAccessible::RadioButton, QStringLiteral("RadioButton")},
        {QAccessible::ComboBox, QStringLiteral("ComboBox")},
        {QAccessible::EditableText, QStringLiteral("EditableText")},
        {QAccessible::SpinBox, QStringLiteral("SpinBox")},
        {QAccessible::Slider, QStringLiteral("Slider")},
        {QAccessible::List, QStringLiteral("List")},
        {QAccessible::Table, QStringLiteral("Table")},
        {QAccessible::Tree, QStringLiteral("Tree")},
        {QAccessible::PageTabList, QStringLiteral("PageTabList")},
        {QAccessible::ButtonMenu, QStringLiteral("ButtonMenu")},
        {QAccessible::ButtonDropDown, QStringLiteral("ButtonDropDown")},
    };
    return names.value(role, QStringLiteral("role 0x%1").arg(int(role), 0, 16));
}

// Where a widget sits, for the failure message: its class and object name up to the window.
QString widgetPath(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        parts.prepend(part);
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return parts.join(QStringLiteral(" > "));
}

// Whether an interface is named for what it does. A combo box on Linux reports its current
// item as its name, which says what is chosen, not what is being chosen: it needs a name of
// its own or a label that is its buddy.
bool isNamed(QAccessibleInterface *iface)
{
    if (iface->text(QAccessible::Name).trimmed().isEmpty())
        return false;
    if (iface->role() != QAccessible::ComboBox)
        return true;
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (widget && !widget->accessibleName().trimmed().isEmpty())
        return true;
    return !iface->relations(QAccessible::Label).isEmpty();
}

// Widgets Qt makes for itself (a line edit's clear button, a toolbar's overflow button, the
// tab bars of tabbed docks, a combo box's popup): the program cannot name them, so they are
// reported apart and not held against it.
bool isQtInternal(const QObject *object)
{
    static const QSet<QString> classes{
        QStringLiteral("QLineEditIconButton"),      QStringLiteral("QToolBarExtension"),
        QStringLiteral("QComboBoxListView"),        QStringLiteral("QComboBoxPrivateContainer"),
        QStringLiteral("QDockWidgetTitleButton"),   QStringLiteral("QCalendarView"),
    };
    if (classes.contains(QString::fromLatin1(object->metaObject()->className())))
        return true;
    if (object->objectName().startsWith(QLatin1String("qt_")))
        return true;
    // QMainWindow's own tab bars for tabified docks are its direct children.
    return qobject_cast<const QTabBar *>(object) && qobject_cast<const QMainWindow *>(object->parent());
}

void collectUnnamed(QAccessibleInterface *iface, QStringList *offenders, QSet<QObject *> *seen,
                    int depth = 0)
{
    if (!iface || depth > 60)
        return;
    QObject *object = iface->object();
    const QAccessible::Role role = iface->role();
    // Qt's own widgets are excused, not what they hold (a tab widget's pages, a scroll area's).
    if (object && isInteractive(role) && !isQtInternal(object) && !seen->contains(object)) {
        seen->insert(object);
        if (!isNamed(iface)) {
            QString entry = roleName(role) + QStringLiteral(": ") + widgetPath(object);
            if (iface->state().invisible)
                entry += QStringLiteral(" (hidden)");
            offenders->append(entry);
        }
    }
    if (isItemView(role) || role == QAccessible::ComboBox)
        return; // cells and headers are named by their data; a combo box's popup is Qt's
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), offenders, seen, depth + 1);
}

// The tree as a screen reader sees it, for OVERSIGHT_A11Y_DUMP=1.
void dumpTree(QAccessibleInterface *iface, int depth = 0)
{
    if (!iface || depth > 60)
        return;
    QObject *object = iface->object();
    qInfo().noquote() << QString(depth * 2, QLatin1Char(' ')) + roleName(iface->role())
                      << (object ? QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#')
                                       + object->objectName()
                                 : QString())
                      << iface->text(QAccessible::Name).left(60) << iface->childCount();
    if (isItemView(iface->role()) || iface->role() == QAccessible::ComboBox)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        dumpTree(iface->child(i), depth + 1);
}

// Every unnamed control under a window, one line each.
QStringList unnamedControls(QWidget *window)
{
    QStringList offenders;
    QSet<QObject *> seen;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), &offenders, &seen);
    return offenders;
}

QString report(const QString &where, const QStringList &offenders)
{
    return QStringLiteral("%1: %2 control(s) without an accessible name:\n  %3")
        .arg(where)
        .arg(offenders.size())
        .arg(offenders.join(QStringLiteral("\n  ")));
}

// Counts the controls checked, so that a walk that finds nothing cannot pass silently.
int interactiveCount(QAccessibleInterface *iface, int depth = 0)
{
    if (!iface || depth > 60)
        return 0;
    const bool internal = iface->object() && isQtInternal(iface->object());
    int count = isInteractive(iface->role()) && !internal ? 1 : 0;
    if (isItemView(iface->role()) || iface->role() == QAccessible::ComboBox)
        return count;
    for (int i = 0; i < iface->childCount(); ++i)
        count += interactiveCount(iface->child(i), depth + 1);
    return count;
}

QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void walkerFindsUnnamedControls();

    void mainWindowControlsAreNamed();
    void preferencesControlsAreNamed();
    void chartsWindowControlsAreNamed();
    void compareDialogControlsAreNamed();
    void progressDialogControlsAreNamed();
    void annotateDialogControlsAreNamed();
    void otherDialogsControlsAreNamed();
    void commonActionsHaveShortcuts();
    void mainPanelsAreReachableByTab();

private:
    void importAndWait(const QStringList &paths);
    // Imports the 2016 and 2018 Wandsworth reports and opens the first; gives their ids.
    void importAndOpen(qint64 *first = nullptr, qint64 *second = nullptr);
    void checkWindow(QWidget *window, const QString &where);

    MainWindowFixture m_gui;
};

void TestAccessibility::initTestCase()
{
    // Offscreen there is no assistive technology to switch the bridge on; the interfaces are
    // made on request all the same.
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    m_gui.setUp({QSize(1400, 900), QStringLiteral("a11y.sqlite"), true, true});
}

void TestAccessibility::cleanup()
{
    m_gui.tearDown();
}

void TestAccessibility::importAndWait(const QStringList &paths)
{
    m_gui.importAndWait(paths, 120000);
}

void TestAccessibility::importAndOpen(qint64 *first, qint64 *second)
{
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018)});
    qint64 a = 0, b = 0;
    for (const StoredDocument &d : m_gui.library()->store()->documents()) {
        if (d.fileName == Data::Wandsworth2016)
            a = d.id;
        else if (d.fileName == Data::Wandsworth2018)
            b = d.id;
    }
    QVERIFY(a > 0 && b > 0);
    if (first)
        *first = a;
    if (second)
        *second = b;
    m_gui.window()->showDocument(a);
    QTRY_COMPARE(m_gui.window()->documentPane()->documentId(), a);
    QTRY_VERIFY(m_gui.window()->documentPane()->pdfView()->pageCount() > 10);
}

void TestAccessibility::checkWindow(QWidget *window, const QString &where)
{
    QVERIFY(window);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(window);
    QVERIFY2(iface, qPrintable(where));
    if (qEnvironmentVariableIntValue("OVERSIGHT_A11Y_DUMP"))
        dumpTree(iface);
    const int controls = interactiveCount(iface);
    QVERIFY2(controls > 0, qPrintable(where + QStringLiteral(": no controls found")));
    qInfo("%s: %d controls checked", qPrintable(where), controls);
    const QStringList offenders = unnamedControls(window);
    QVERIFY2(offenders.isEmpty(), qPrintable(report(where, offenders)));
}

void TestAccessibility::walkerFindsUnnamedControls()
{
    // The check itself: unnamed controls are found, named and labelled ones are not.
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *labelled = new QLineEdit;
    labelled->setObjectName(QStringLiteral("labelled"));
    layout->addRow(QStringLiteral("Name:"), labelled); // the label becomes its buddy
    auto *bare = new QLineEdit;
    bare->setObjectName(QStringLiteral("bareEdit"));
    layout->addWidget(bare);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("bareCombo"));
    combo->addItems({QStringLiteral("One"), QStringLiteral("Two")}); // its item is no name
    layout->addWidget(combo);
    auto *namedCombo = new QComboBox;
    namedCombo->addItem(QStringLiteral("One"));
    namedCombo->setAccessibleName(QStringLiteral("Number"));
    layout->addWidget(namedCombo);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("bareTable"));
    layout->addWidget(table);
    auto *check = new QCheckBox;
    check->setObjectName(QStringLiteral("bareCheck"));
    layout->addWidget(check);
    layout->addWidget(new QPushButton(QStringLiteral("&Go")));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(interactiveCount(QAccessible::queryAccessibleInterface(&form)), 7);
    const QStringList offenders = unnamedControls(&form);
    QCOMPARE(offenders.size(), 4);
    for (const char *name : {"bareEdit", "bareCombo", "bareTable", "bareCheck"}) {
        const QString tag = QLatin1Char('#') + QLatin1String(name);
        QVERIFY2(std::any_of(offenders.cbegin(), offenders.cend(),
                             [&](const QString &o) { return o.endsWith(tag); }),
                 qPrintable(offenders.join(QLatin1Char('\n'))));
    }
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    // Empty, with the getting-started page showing.
    checkWindow(m_gui.window(), QStringLiteral("main window, empty"));
    // With documents, one of them open, search results listed and every dock shown.
    importAndOpen();
    QVERIFY(!QTest::currentTestFailed());
    auto *box = m_gui.window()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    box->setText(QStringLiteral("care leavers"));
    emit box->returnPressed();
    QTest::qWait(200);
    checkWindow(m_gui.window(), QStringLiteral("main window, document open"));
    // The library, search, facts, checklist and annotation panels and the document's toolbar.
    QVERIFY(interactiveCount(QAccessible::queryAccessibleInterface(m_gui.window())) >= 15);
}

void TestAccessibility::preferencesControlsAreNamed()
{
    PreferencesDialog dialog(m_gui.settings(), m_gui.window());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkWindow(&dialog, QStringLiteral("PreferencesDialog"));
    dialog.reject();
}

void TestAccessibility::chartsWindowControlsAreNamed()
{
    importAndOpen();
    QVERIFY(!QTest::currentTestFailed());
    auto *charts = new ChartsWindow(m_gui.library(), m_gui.window());
    charts->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 authority = m_gui.library()->store()->documents().value(0).authorityId;
    QVERIFY(authority > 0);
    charts->setAuthority(authority);
    charts->show();
    QVERIFY(QTest::qWaitForWindowExposed(charts));
    checkWindow(charts, QStringLiteral("ChartsWindow"));
    charts->close();
}

void TestAccessibility::compareDialogControlsAreNamed()
{
    qint64 a = 0, b = 0;
    importAndOpen(&a, &b);
    QVERIFY(!QTest::currentTestFailed());
    auto *dialog = new CompareDialog(m_gui.library(), m_gui.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDocuments(a, b);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    checkWindow(dialog, QStringLiteral("CompareDialog"));
    dialog->close();
}

void TestAccessibility::progressDialogControlsAreNamed()
{
    importAndOpen();
    QVERIFY(!QTest::currentTestFailed());
    m_gui.window()->checklistsPanel()->createFromCurrentDocument();
    const QList<Checklist> checklists = m_gui.library()->annotations()->checklists();
    QCOMPARE(checklists.size(), 1);
    QVERIFY(!checklists.first().items.isEmpty());
    auto *dialog = new ProgressDialog(m_gui.library(), m_gui.window()->undoStack(), checklists.first().id,
                                      m_gui.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    checkWindow(dialog, QStringLiteral("ProgressDialog"));
    dialog->close();
}

void TestAccessibility::annotateDialogControlsAreNamed()
{
    importAndOpen();
    QVERIFY(!QTest::currentTestFailed());
    m_gui.window()->checklistsPanel()->createFromCurrentDocument();
    bool shown = false;
    QStringList offenders;
    int controls = 0;
    m_gui.window()->annotationController()->setDialogRunner([&](AnnotateDialog &dialog) {
        shown = true;
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        controls = interactiveCount(QAccessible::queryAccessibleInterface(&dialog));
        offenders = unnamedControls(&dialog);
        return false; // rejected: nothing is saved
    });
    m_gui.window()->annotationController()->annotatePassage(1, QStringLiteral("Wandsworth"));
    QVERIFY(shown);
    QVERIFY(controls > 0);
    QVERIFY2(offenders.isEmpty(), qPrintable(report(QStringLiteral("AnnotateDialog"), offenders)));
    QVERIFY(m_gui.library()->annotations()->annotations().isEmpty());
}

void TestAccessibility::otherDialogsControlsAreNamed()
{
    {
        SummaryDialog dialog(SummaryDialog::Scope::Document, true, m_gui.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkWindow(&dialog, QStringLiteral("SummaryDialog"));
        dialog.hide(); // not accepted: nothing is remembered
    }
    {
        ShortcutsDialog dialog(m_gui.window()->menuBar(), m_gui.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkWindow(&dialog, QStringLiteral("ShortcutsDialog"));
        dialog.hide();
    }
    {
        ImportReportDialog dialog({}, {}, m_gui.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList offenders = unnamedControls(&dialog);
        QVERIFY2(offenders.isEmpty(), qPrintable(report(QStringLiteral("ImportReportDialog"), offenders)));
        dialog.hide();
    }
}

void TestAccessibility::commonActionsHaveShortcuts()
{
    // Menu text (without & and the ellipsis) -> its action, for every menu and submenu.
    QMap<QString, QAction *> actions;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator())
                actions.insert(plainText(action->text()), action);
        }
    };
    for (QAction *top : m_gui.window()->menuBar()->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    // The undo and redo texts carry the command's name ("Undo Add checklist"): match the start.
    const auto find = [&](const QString &text) -> QAction * {
        if (QAction *exact = actions.value(text))
            return exact;
        for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
            if (it.key().startsWith(text + QLatin1Char(' ')))
                return it.value();
        }
        return nullptr;
    };
    const QStringList common{
        QStringLiteral("Import PDF files"), QStringLiteral("Import a folder"),
        QStringLiteral("Search the text"),  QStringLiteral("Undo"),
        QStringLiteral("Redo"),             QStringLiteral("Copy"),
        QStringLiteral("Quit"),             QStringLiteral("Preferences"),
        QStringLiteral("Charts"),           QStringLiteral("Compare documents"),
        QStringLiteral("Export summary"),
    };
    QStringList missing;
    QMap<QString, QString> taken; // shortcut -> action, to find clashes
    for (const QString &text : common) {
        QAction *action = find(text);
        if (!action) {
            missing.append(text + QStringLiteral(" (no such menu item; menus hold: ")
                           + QStringList(actions.keys()).join(QStringLiteral(", ")) + QLatin1Char(')'));
            continue;
        }
        if (action->shortcut().isEmpty())
            missing.append(text + QStringLiteral(" (no shortcut)"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

    // No two menu items share a shortcut: the second would never fire.
    QStringList clashes;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        for (const QKeySequence &key : it.value()->shortcuts()) {
            const QString k = key.toString();
            if (k.isEmpty())
                continue;
            if (taken.contains(k) && taken.value(k) != it.key())
                clashes.append(k + QStringLiteral(": ") + taken.value(k) + QStringLiteral(" and ") + it.key());
            taken.insert(k, it.key());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccessibility::mainPanelsAreReachableByTab()
{
    importAndOpen();
    QVERIFY(!QTest::currentTestFailed());
    auto *tree = m_gui.window()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
    auto *box = m_gui.window()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *pdf = m_gui.window()->findChild<PdfView *>(QStringLiteral("pdfView"));
    auto *facts = m_gui.window()->findChild<QWidget *>(QStringLiteral("factsView"));
    QVERIFY(tree && box && pdf && facts);
    const QList<QWidget *> panels{tree, box, pdf, facts};

    // Start in the search box and press Tab as a keyboard user would, until focus comes back.
    box->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(box));
    QList<QWidget *> visited{box};
    for (int i = 0; i < 300; ++i) {
        QWidget *current = QApplication::focusWidget();
        QVERIFY(current);
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == box || (next == current && i > 0 && visited.contains(next)))
            break;
        if (!visited.contains(next))
            visited.append(next);
    }
    QStringList unreached;
    for (QWidget *panel : panels) {
        // A view's focus may land on it or inside it (its viewport).
        const bool reached = std::any_of(visited.cbegin(), visited.cend(), [panel](QWidget *w) {
            return w == panel || panel->isAncestorOf(w);
        });
        if (!reached)
            unreached.append(widgetPath(panel));
    }
    QStringList order;
    for (QWidget *w : visited)
        order.append(widgetPath(w));
    QVERIFY2(unreached.isEmpty(),
             qPrintable(QStringLiteral("not reached by Tab:\n  %1\nTab visits:\n  %2")
                            .arg(unreached.join(QStringLiteral("\n  ")),
                                 order.join(QStringLiteral("\n  ")))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
