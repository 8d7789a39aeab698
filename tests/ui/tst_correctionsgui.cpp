// Correcting facts in the window, by keyboard: the facts panel's editors, the mark and its
// tooltip, undo and redo, the timeline that charts read, a re-read of everything, reopening
// the database; and the Review view walking the documents that need review.
#include "Fixtures.h"
#include "MainWindow.h"
#include "Settings.h"
#include "analysis/AnalysisQueries.h"
#include "analysis/GradeTimeline.h"
#include "import/ImportController.h"
#include "import/RereadController.h"
#include "itemmodels/FactsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReviewModel.h"
#include "panels/DocumentPane.h"
#include "store/Library.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace oversight;
using namespace oversight::test;

class TestCorrectionsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void correctingAGradeByKeyboardChangesTheTimelineAndOutlivesAReRead();
    void reviewViewWalksTheDocumentsThatNeedReview();
    void oneRecommendationIsCorrectedAndRevertedAlone();
    void areaSendOutcomeIsCorrectedInThePanel();

private:
    void openWindow();
    void importAndWait(const QStringList &paths);
    void screenshot(QWidget *widget, const QString &name);
    qint64 onlyDocument() const;
    QString careLeaversOnTimeline(qint64 documentId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestCorrectionsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openWindow();
}

void TestCorrectionsGui::openWindow()
{
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_library = std::make_unique<Library>();
    m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
    m_window->importController()->setShowReport(false);
    m_window->resize(1600, 1000);
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("gui.sqlite"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCorrectionsGui::cleanup()
{
    m_window.reset();
    m_library.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestCorrectionsGui::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestCorrectionsGui::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QVERIFY(m_window->importPaths(paths));
    QVERIFY(finished.wait(60000));
}

qint64 TestCorrectionsGui::onlyDocument() const
{
    const QList<StoredDocument> docs = m_library->store()->documents();
    return docs.size() == 1 ? docs.first().id : 0;
}

// The care leavers' grade of the document as the authority's timeline (the charts) has it.
QString TestCorrectionsGui::careLeaversOnTimeline(qint64 documentId) const
{
    const StoredDocument doc = *m_library->store()->summary(documentId);
    const GradeTimeline timeline = authorityTimeline(
        doc.authorityName, AnalysisQueries(*m_library->database()).authorityDocuments(doc.authorityId));
    for (const GradeSeries &series : timeline.series)
        if (series.key == Area::CareLeavers)
            for (const GradePoint &point : series.points)
                if (point.documentId == documentId)
                    return point.grade;
    return {};
}

void TestCorrectionsGui::correctingAGradeByKeyboardChangesTheTimelineAndOutlivesAReRead()
{
    importAndWait({dataPath(Data::Wandsworth2016)});
    const qint64 id = onlyDocument();
    QVERIFY(id > 0);
    m_window->showDocument(id);
    auto *facts = m_window->findChild<QTreeView *>(QStringLiteral("factsView"));
    QVERIFY(facts);
    auto *model = qobject_cast<FactsModel *>(facts->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->documentId(), id);
    const QString field = FactField::judgement(Area::CareLeavers);
    QModelIndex value = model->indexOfField(field);
    QVERIFY(value.isValid());
    QCOMPARE(value.data().toString(), Grade::label(Grade::Inadequate));
    QCOMPARE(careLeaversOnTimeline(id), Grade::Inadequate);

    // Keyboard only: go to the facts, to the care leavers' row, F2, choose, Enter.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(facts->hasFocus());
    facts->setCurrentIndex(value.siblingAtColumn(FactsModel::LabelColumn));
    QTest::keyClick(facts, Qt::Key_F2);
    QComboBox *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QComboBox *>(QApplication::focusWidget())));
    QCOMPARE(editor->currentText(), Grade::label(Grade::Inadequate));
    QTest::keyClick(editor, Qt::Key_Up); // Inadequate -> Requires improvement
    QCOMPARE(editor->currentText(), Grade::label(Grade::RequiresImprovement));
    QTest::keyClick(editor, Qt::Key_Return);

    value = model->indexOfField(field);
    QTRY_COMPARE(model->indexOfField(field).data().toString(), Grade::label(Grade::RequiresImprovement));
    value = model->indexOfField(field);
    QVERIFY(value.data(CorrectedRole).toBool());
    QVERIFY(!value.siblingAtColumn(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = value.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("The reader read: Inadequate")), qPrintable(tip));
    QCOMPARE(careLeaversOnTimeline(id), Grade::RequiresImprovement);
    // The user's place is kept: still on the fact just corrected.
    QCOMPARE(facts->currentIndex().data(FactFieldRole).toString(), field);
    // Paragraphs wrap at the column's width rather than show their first line as if whole.
    const QModelIndex recommendation = model->indexOfField(FactField::Recommendations, 0);
    QVERIFY(recommendation.isValid());
    facts->expand(recommendation.parent());
    const int lines = facts->visualRect(recommendation).height() / facts->fontMetrics().height();
    const int needed = facts->fontMetrics().horizontalAdvance(recommendation.data().toString())
                       / qMax(1, facts->columnWidth(FactsModel::ValueColumn));
    QVERIFY2(lines >= needed, qPrintable(QStringLiteral("%1 lines shown, %2 needed").arg(lines).arg(needed)));
    QVERIFY(needed >= 2);
    screenshot(m_window.get(), QStringLiteral("corrections-facts-panel"));

    // One undoable step: Ctrl+Z puts the reading back, Ctrl+Shift+Z the correction.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(careLeaversOnTimeline(id), Grade::Inadequate);
    QVERIFY(!model->indexOfField(field).data(CorrectedRole).toBool());
    m_window->undoStack()->redo();
    QCOMPARE(careLeaversOnTimeline(id), Grade::RequiresImprovement);

    // Re-read everything: the correction stays on top of what the reader reads.
    QSignalSpy reread(m_window->rereadController(), &RereadController::finished);
    m_window->rereadController()->start();
    QVERIFY(reread.wait(120000));
    QCOMPARE(careLeaversOnTimeline(id), Grade::RequiresImprovement);

    // Close and reopen: the correction and its mark are there.
    m_window.reset();
    m_library.reset();
    openWindow();
    m_window->showDocument(id);
    facts = m_window->findChild<QTreeView *>(QStringLiteral("factsView"));
    model = qobject_cast<FactsModel *>(facts->model());
    QTRY_COMPARE(model->documentId(), id);
    value = model->indexOfField(field);
    QCOMPARE(value.data().toString(), Grade::label(Grade::RequiresImprovement));
    QVERIFY(value.data(CorrectedRole).toBool());
    QCOMPARE(careLeaversOnTimeline(id), Grade::RequiresImprovement);
}

void TestCorrectionsGui::oneRecommendationIsCorrectedAndRevertedAlone()
{
    importAndWait({dataPath(Data::Wandsworth2016)});
    const qint64 id = onlyDocument();
    m_window->showDocument(id);
    auto *facts = m_window->findChild<QTreeView *>(QStringLiteral("factsView"));
    auto *model = qobject_cast<FactsModel *>(facts->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->documentId(), id);
    const QString list = FactField::Recommendations;
    const QString first = model->indexOfField(list, 0).data(PassageRole).toString();
    const QString second = model->indexOfField(list, 1).data(PassageRole).toString();
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // Keyboard only: the second recommendation, F2, a paragraph editor, new words, Enter.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(facts->hasFocus());
    facts->expand(model->indexOfField(list, 1).parent());
    facts->setCurrentIndex(model->indexOfField(list, 1).siblingAtColumn(FactsModel::LabelColumn));
    QTest::keyClick(facts, Qt::Key_F2);
    QPlainTextEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget())));
    QCOMPARE(editor->toPlainText(), second);
    const QString rewritten = QStringLiteral("Make sure that plans for children are specific.");
    QTest::keyClicks(editor, rewritten); // replaces the text, which the editor selects
    screenshot(m_window.get(), QStringLiteral("corrections-recommendation-editor"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->indexOfField(list, 1).data(PassageRole).toString(), rewritten);

    // Only that item carries the mark; its tooltip names what was read.
    QVERIFY(model->indexOfField(list, 1).data(CorrectedRole).toBool());
    QVERIFY(!model->indexOfField(list, 0).data(CorrectedRole).toBool());
    QVERIFY(!model->indexOfField(list, 2).data(CorrectedRole).toBool());
    const QString tip = model->indexOfField(list, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(second.left(40)), qPrintable(tip));
    screenshot(m_window.get(), QStringLiteral("corrections-recommendation-marked"));

    // Correct the first as well, then Ctrl+R on the second: it alone goes back as read.
    QVERIFY(model->setData(model->indexOfField(list, 0), QStringLiteral("A first, rewritten.")));
    QTRY_VERIFY(model->indexOfField(list, 0).data(CorrectedRole).toBool());
    facts->setFocus();
    facts->setCurrentIndex(model->indexOfField(list, 1).siblingAtColumn(FactsModel::LabelColumn));
    QTest::keyClick(facts, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(model->indexOfField(list, 1).data(PassageRole).toString(), second);
    QVERIFY(!model->indexOfField(list, 1).data(CorrectedRole).toBool());
    QCOMPARE(model->indexOfField(list, 0).data(PassageRole).toString(), QStringLiteral("A first, rewritten."));
    QVERIFY(model->indexOfField(list, 0).data(CorrectedRole).toBool());

    // Ctrl+Z brings the second's correction back, Ctrl+Shift+Z reverts it again.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->indexOfField(list, 1).data(PassageRole).toString(), rewritten);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(model->indexOfField(list, 1).data(PassageRole).toString(), second);
    QCOMPARE(model->indexOfField(list, 0).data(PassageRole).toString(), QStringLiteral("A first, rewritten."));
}

void TestCorrectionsGui::areaSendOutcomeIsCorrectedInThePanel()
{
    importAndWait({dataPath(QStringLiteral("bury area send inspection - 07 may 2024.pdf"))});
    const qint64 id = onlyDocument();
    QVERIFY(id > 0);
    const AnalysisQueries queries(*m_library->database());
    const QString read = queries.sendOutcomes().value(id);
    QCOMPARE(read, SendOutcome::SystemicFailings); // as Ofsted published it
    m_window->showDocument(id);
    auto *facts = m_window->findChild<QTreeView *>(QStringLiteral("factsView"));
    auto *model = qobject_cast<FactsModel *>(facts->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->documentId(), id);

    // Keyboard only: the outcome's row, F2, one up (to inconsistent), Enter.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(facts->hasFocus());
    const QModelIndex outcome = model->indexOfField(FactField::Outcome);
    QVERIFY(outcome.isValid());
    QCOMPARE(outcome.data().toString(), SendOutcome::label(SendOutcome::SystemicFailings));
    facts->setCurrentIndex(outcome.siblingAtColumn(FactsModel::LabelColumn));
    QTest::keyClick(facts, Qt::Key_F2);
    QComboBox *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QComboBox *>(QApplication::focusWidget())));
    QTest::keyClick(editor, Qt::Key_Up);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->indexOfField(FactField::Outcome).data().toString(),
                 SendOutcome::label(SendOutcome::Inconsistent));
    QVERIFY(model->indexOfField(FactField::Outcome).data(CorrectedRole).toBool());
    // What the map, the timeline and the national picture read.
    QCOMPARE(queries.sendOutcomes().value(id), SendOutcome::Inconsistent);
    screenshot(m_window.get(), QStringLiteral("corrections-area-send-outcome"));
    m_window->undoStack()->undo();
    QCOMPARE(queries.sendOutcomes().value(id), SendOutcome::SystemicFailings);
}

void TestCorrectionsGui::reviewViewWalksTheDocumentsThatNeedReview()
{
    importAndWait({dataPath(Data::Wandsworth2016), dataPath(Data::FocusedLetter),
                   dataPath(Data::MonitoringLetter)});
    // Two need review: one the user marks, one whose reader missed a fact.
    const QList<StoredDocument> docs = m_library->store()->documents();
    QCOMPARE(docs.size(), 3);
    QVERIFY(m_library->store()->setReviewState(docs.at(0).id, ReviewState::Flagged));
    QSqlDatabase db = m_library->database()->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE documents SET facts_json = json_set(facts_json, '$.warnings', "
                             "json_array('inspection_end')) WHERE id = ?"));
    q.addBindValue(docs.at(2).id);
    QVERIFY(q.exec());
    m_library->notifyChanged();

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("reviewView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::AltModifier);
    QTRY_VERIFY(view->hasFocus());
    // Walking the list opens each document.
    QTest::keyClick(view, Qt::Key_Down);
    const qint64 first = view->currentIndex().data(DocumentIdRole).toLongLong();
    QTRY_COMPARE(m_window->documentPane()->documentId(), first);
    screenshot(m_window.get(), QStringLiteral("corrections-review-view"));
    // Mark reviewed: off the list, on to the next one.
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const qint64 next = view->currentIndex().data(DocumentIdRole).toLongLong();
    QVERIFY(next > 0 && next != first);
    QTRY_COMPARE(m_window->documentPane()->documentId(), next);
    QVERIFY(!m_library->store()->summary(first)->needsReview());
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("markReviewed"))->isEnabled());
}

QTEST_MAIN(TestCorrectionsGui)
#include "tst_correctionsgui.moc"
