// CorrectFactCommand on a QUndoStack, as the facts panel pushes it: every kind of correction
// is one step that undo takes back to what was there before (the reading, or an earlier
// correction exactly) and redo puts back.
#include "AnnotationFixtures.h"
#include "TestBackend.h"

#include "annotations/CorrectFactCommand.h"
#include "store/Library.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oversight;
using namespace oversight::test;

class tst_CorrectionCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyKindOfCorrectionUndoesAndRedoes_data();
    void everyKindOfCorrectionUndoesAndRedoes();
    void undoingARevertPutsTheCorrectionBackExactly();
    void aFailedCorrectionIsReportedAndLeavesTheStack();
    void aStepOverSomeoneElsesChangeIsRefusedAndShowsTheirs();

private:
    QJsonValue stored(const QString &field) const
    {
        return FactField::value(m_library.store()->document(m_id)->facts, field);
    }

    QTemporaryDir m_dir;
    Library m_library;
    QUndoStack m_stack;
    qint64 m_id = 0;
    int m_run = 0;
};

void tst_CorrectionCommands::init()
{
    // A database of its own for each run.
    QVERIFY(m_library.open(newDatabaseLocation(m_dir, QStringLiteral("commands-%1").arg(++m_run))));
    m_id = addHandmadeDocument(*m_library.store(), QStringLiteral("Wandsworth"), Kind::IlacsStandard,
                               QDate(2023, 3, 1), {QStringLiteral("Improve plans."), QStringLiteral("Audit more.")},
                               {}, QStringLiteral("212"));
    QVERIFY(m_id > 0);
}

void tst_CorrectionCommands::cleanup()
{
    m_stack.clear();
}

void tst_CorrectionCommands::everyKindOfCorrectionUndoesAndRedoes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("kind") << FactField::Kind << QJsonValue(Kind::IlacsShort);
    QTest::newRow("authority") << FactField::Authority << QJsonValue(QStringLiteral("213"));
    QTest::newRow("inspection start") << FactField::InspectionStart << QJsonValue(QStringLiteral("2023-01-09"));
    QTest::newRow("inspection end") << FactField::InspectionEnd << QJsonValue(QStringLiteral("2023-01-20"));
    QTest::newRow("published") << FactField::Published << QJsonValue(QJsonValue::Null);
    QTest::newRow("lead inspector") << FactField::LeadInspector << QJsonValue(QStringLiteral("Jane Doe"));
    QTest::newRow("inspectors") << FactField::Inspectors
                                << QJsonValue(QJsonArray{QStringLiteral("Jane Doe"), QStringLiteral("John Roe")});
    QTest::newRow("a grade") << FactField::judgement(Area::CareLeavers) << QJsonValue(Grade::Outstanding);
    QTest::newRow("recommendations reordered")
        << FactField::Recommendations
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("text"), QStringLiteral("Audit more.")}, {QStringLiteral("page"), 3}},
                                 QJsonObject{{QStringLiteral("number"), 2}, {QStringLiteral("text"), QStringLiteral("Improve plans.")}, {QStringLiteral("page"), 2}}});
}

void tst_CorrectionCommands::everyKindOfCorrectionUndoesAndRedoes()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QJsonValue read = stored(field);
    QVERIFY(read != value);
    QSignalSpy changed(&m_library, &Library::changed);
    m_stack.push(new CorrectFactCommand(&m_library, m_id, field, value, QStringLiteral("Correct")));
    QCOMPARE(stored(field), value);
    QVERIFY(changed.count() >= 1); // views reload
    m_stack.undo();
    QCOMPARE(stored(field), read);
    QVERIFY(m_library.store()->corrections(m_id).isEmpty());
    m_stack.redo();
    QCOMPARE(stored(field), value);
    QCOMPARE(m_library.store()->corrections(m_id).size(), 1);
}

void tst_CorrectionCommands::undoingARevertPutsTheCorrectionBackExactly()
{
    const QString field = FactField::judgement(Area::Leaders);
    const FactCorrection earlier{field, Grade::Inadequate, QJsonValue(QJsonValue::Null),
                                 QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC),
                                 QStringLiteral("qa.lead")};
    QVERIFY(m_library.store()->setCorrection(m_id, earlier));
    m_stack.push(new CorrectFactCommand(&m_library, m_id, field, Grade::Good, QStringLiteral("Correct")));
    m_stack.push(new CorrectFactCommand(&m_library, m_id, field, std::nullopt, QStringLiteral("Revert")));
    QCOMPARE(stored(field), QJsonValue(QJsonValue::Null));
    m_stack.undo(); // the revert
    QCOMPARE(stored(field), QJsonValue(Grade::Good));
    m_stack.undo(); // the second correction: the first one is back, who and when included
    const QList<FactCorrection> corrections = m_library.store()->corrections(m_id);
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections.first().value, earlier.value);
    QCOMPARE(corrections.first().correctedBy, earlier.correctedBy);
    QCOMPARE(corrections.first().correctedAt, earlier.correctedAt);
}

void tst_CorrectionCommands::aFailedCorrectionIsReportedAndLeavesTheStack()
{
    QSignalSpy errors(&m_library, &Library::errorOccurred);
    m_stack.push(new CorrectFactCommand(&m_library, m_id, FactField::Authority,
                                        QStringLiteral("999"), QStringLiteral("Correct")));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("999")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_stack.count(), 0); // obsolete: nothing to undo
    QCOMPARE(m_library.store()->summary(m_id)->authorityCode, QStringLiteral("212"));
}

// The facts panel pushes a step made from the field as shown. When someone else (another
// window, another member of the team database) changed the field since, the step writes
// nothing, says whose change stands and what it is, and the views reload to show it; the
// same holds for undo and redo of a step the other changed afterwards.
void tst_CorrectionCommands::aStepOverSomeoneElsesChangeIsRefusedAndShowsTheirs()
{
    const QString field = FactField::LeadInspector;
    DocumentStore *store = m_library.store();
    const FieldState shown = *store->fieldState(m_id, field);
    QVERIFY(store->correct(m_id, field, QStringLiteral("Someone Else HMI"))); // not through the stack

    QSignalSpy errors(&m_library, &Library::errorOccurred);
    QSignalSpy changed(&m_library, &Library::changed);
    m_stack.push(new CorrectFactCommand(&m_library, m_id, field, QStringLiteral("Mine HMI"),
                                        QStringLiteral("Correct"), shown));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("Someone Else HMI")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_stack.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(stored(field), QJsonValue(QStringLiteral("Someone Else HMI")));

    // A step from the field as it is goes in; someone changes it after; undo is then refused
    // and leaves their change.
    m_stack.push(new CorrectFactCommand(&m_library, m_id, field, QStringLiteral("Mine HMI"),
                                        QStringLiteral("Correct"), *store->fieldState(m_id, field)));
    QCOMPARE(stored(field), QJsonValue(QStringLiteral("Mine HMI")));
    QCOMPARE(errors.count(), 1);
    m_stack.undo();
    m_stack.redo(); // undo and redo of one's own step check against what the step left
    QCOMPARE(stored(field), QJsonValue(QStringLiteral("Mine HMI")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(store->correct(m_id, field, QStringLiteral("Third Person HMI")));
    m_stack.undo();
    QCOMPARE(errors.count(), 2);
    QVERIFY2(errors.last().first().toString().contains(QLatin1String("Third Person HMI")),
             qPrintable(errors.last().first().toString()));
    QCOMPARE(stored(field), QJsonValue(QStringLiteral("Third Person HMI")));
}

QTEST_GUILESS_MAIN(tst_CorrectionCommands)
#include "tst_correctioncommands.moc"
