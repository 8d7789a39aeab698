// Recommendation corrections tied to the items read by text (RecommendationCorrection.h):
// each kind of user step finds its sources, a re-read that moves, adds or rewords items keeps
// every correction on its item, and one item reverts alone.
#include "domain/RecommendationCorrection.h"

#include <QJsonObject>
#include <QTest>

using namespace oversight;
namespace RC = oversight::RecommendationCorrection;

namespace {

QJsonObject item(int number, const QString &text, int page = 4)
{
    return {{QStringLiteral("number"), number}, {QStringLiteral("text"), text},
            {QStringLiteral("page"), page}};
}

QJsonArray list(const QStringList &texts)
{
    QJsonArray items;
    for (int i = 0; i < texts.size(); ++i)
        items.append(item(i + 1, texts.at(i)));
    return items;
}

QStringList texts(const QJsonArray &items)
{
    QStringList found;
    for (const QJsonValue &v : items)
        found << v.toObject().value(QStringLiteral("text")).toString();
    return found;
}

const QString A = QStringLiteral("Improve the quality of return home interviews for children who go missing.");
const QString B = QStringLiteral("Ensure that plans for children in need are specific and timely.");
const QString C = QStringLiteral("Strengthen management oversight of assessments.");
const QString D = QStringLiteral("Make sure care leavers know their entitlements.");

} // namespace

class tst_RecommendationCorrection : public QObject
{
    Q_OBJECT
private slots:
    void keyIgnoresCaseSpacingAndPunctuation();
    void eachUserStepFindsItsSources();
    void reReadInAnotherOrderKeepsCorrectionsOnTheirItems();
    void reReadThatRewordsASourceSlightlyKeepsTheCorrection();
    void reReadThatNowReadsWhatTheUserWroteAgrees();
    void oneItemRevertsAlone();
    void revertingHalfASplitRevertsTheSplit();
};

void tst_RecommendationCorrection::keyIgnoresCaseSpacingAndPunctuation()
{
    QCOMPARE(RC::key(QStringLiteral("Improve  return-home\ninterviews.")),
             RC::key(QStringLiteral("improve return home interviews")));
    QVERIFY(RC::key(QStringLiteral("Improve return interviews")) != RC::key(A));
}

void tst_RecommendationCorrection::eachUserStepFindsItsSources()
{
    const QJsonArray read = RC::asRead(list({A, B, C}));
    // Edit B, merge nothing: B's text is new, paired with B by elimination.
    const QJsonArray edited = RC::withSources(read, list({A, QStringLiteral("Plans are specific."), C}));
    QCOMPARE(RC::sourcesOf(edited, 1), QStringList{B});
    QVERIFY(!RC::isItemCorrected(edited, 0));
    QVERIFY(RC::isItemCorrected(edited, 1));
    // Move C first: every item keeps its source and none is corrected.
    const QJsonArray moved = RC::withSources(read, list({C, A, B}));
    QCOMPARE(RC::sourcesOf(moved, 0), QStringList{C});
    for (int i = 0; i < 3; ++i)
        QVERIFY(!RC::isItemCorrected(moved, i));
    // Merge A and B: one item from both.
    const QJsonArray merged = RC::withSources(read, list({A + QLatin1Char(' ') + B, C}));
    QCOMPARE(RC::sourcesOf(merged, 0), (QStringList{A, B}));
    QVERIFY(RC::isItemCorrected(merged, 0));
    // Split A in two: both halves come from A and are corrected.
    const QJsonArray split = RC::withSources(
        read, list({QStringLiteral("Improve the quality of return home interviews"),
                    QStringLiteral("for children who go missing."), B, C}));
    QCOMPARE(RC::sourcesOf(split, 0), QStringList{A});
    QCOMPARE(RC::sourcesOf(split, 1), QStringList{A});
    QVERIFY(RC::isItemCorrected(split, 0) && RC::isItemCorrected(split, 1));
    // Add D: it comes from nothing. Then delete C: C is no item's source.
    const QJsonArray added = RC::withSources(read, list({A, D, B, C}));
    QVERIFY(RC::sourcesOf(added, 1).isEmpty());
    QVERIFY(RC::isItemCorrected(added, 1));
    const QJsonArray deleted = RC::withSources(added, list({A, D, B}));
    QCOMPARE(RC::sourcesOf(deleted, 0), QStringList{A});
    QVERIFY(RC::sourcesOf(deleted, 1).isEmpty());
    QCOMPARE(RC::sourcesOf(deleted, 2), QStringList{B});
    // A second step starts from the first one's sources: editing the edited B again.
    const QJsonArray again = RC::withSources(edited, list({A, QStringLiteral("Plans are specific and timely."), C}));
    QCOMPARE(RC::sourcesOf(again, 1), QStringList{B});
}

void tst_RecommendationCorrection::reReadInAnotherOrderKeepsCorrectionsOnTheirItems()
{
    const QJsonArray oldRead = list({A, B, C});
    const QString edited = QStringLiteral("Ensure plans are specific.");
    // The user added D after A, edited B and deleted C, one step at a time.
    QJsonArray corrected = RC::withSources(RC::asRead(oldRead), list({A, D, B, C}));
    corrected = RC::withSources(corrected, list({A, D, edited, C}));
    corrected = RC::withSources(corrected, list({A, D, edited}));
    QVERIFY(RC::sourcesOf(corrected, 1).isEmpty());
    QCOMPARE(RC::sourcesOf(corrected, 2), QStringList{B});
    // A newer reader reads C, B and A in that order (say, from a table it now reads by
    // columns) and finds a recommendation E it missed before, after B.
    const QString E = QStringLiteral("Review the arrangements for private fostering.");
    const QJsonArray newRead = list({C, B, E, A});
    const QJsonArray rebased = RC::rebase(corrected, oldRead, newRead);
    // The edit stays on B, D stays where the user put it, C stays deleted, E comes in after
    // the item it follows in the new reading.
    QCOMPARE(texts(rebased), (QStringList{A, D, edited, E}));
    QCOMPARE(RC::sourcesOf(rebased, 2), QStringList{B});
    QVERIFY(!RC::isItemCorrected(rebased, 3));
    QVERIFY(RC::isItemCorrected(rebased, 2));
    // Laid over the same reading again, nothing moves.
    QCOMPARE(texts(RC::rebase(rebased, newRead, newRead)), texts(rebased));
}

void tst_RecommendationCorrection::reReadThatRewordsASourceSlightlyKeepsTheCorrection()
{
    const QJsonArray oldRead = list({A, B});
    const QJsonArray corrected = RC::withSources(RC::asRead(oldRead), list({A, QStringLiteral("Plans are specific.")}));
    // The new reader keeps a word it dropped before (a line it joined differently).
    const QString reworded = QStringLiteral("Ensure that the plans for children in need are specific and timely.");
    const QJsonArray rebased = RC::rebase(corrected, oldRead, list({A, reworded}));
    QCOMPARE(texts(rebased), (QStringList{A, QStringLiteral("Plans are specific.")}));
    QCOMPARE(RC::sourcesOf(rebased, 1), QStringList{reworded});
}

void tst_RecommendationCorrection::reReadThatNowReadsWhatTheUserWroteAgrees()
{
    const QJsonArray oldRead = list({A + QLatin1Char(' ') + B});
    const QJsonArray corrected = RC::withSources(RC::asRead(oldRead), list({A, B}));
    const QJsonArray newRead = list({A, B});
    const QJsonArray rebased = RC::rebase(corrected, oldRead, newRead);
    QCOMPARE(texts(rebased), (QStringList{A, B}));
    QVERIFY(RC::sameItems(rebased, newRead));
}

void tst_RecommendationCorrection::oneItemRevertsAlone()
{
    const QJsonArray read = list({A, B, C});
    QJsonArray corrected = RC::withSources(RC::asRead(read), list({QStringLiteral("First, edited."), B, C}));
    corrected = RC::withSources(
        corrected, list({QStringLiteral("First, edited."), B, QStringLiteral("Third, edited.")}));
    const QJsonArray reverted = RC::revertItem(corrected, 0, read);
    QCOMPARE(texts(reverted), (QStringList{A, B, QStringLiteral("Third, edited.")}));
    QVERIFY(!RC::isItemCorrected(reverted, 0));
    QVERIFY(RC::isItemCorrected(reverted, 2));
    QVERIFY(RC::sameItems(RC::revertItem(reverted, 2, read), read));
    // An added item reverts to nothing.
    const QJsonArray added = RC::withSources(RC::asRead(read), list({A, D, B, C}));
    QCOMPARE(texts(RC::revertItem(added, 1, read)), (QStringList{A, B, C}));
}

void tst_RecommendationCorrection::revertingHalfASplitRevertsTheSplit()
{
    const QJsonArray read = list({A, B});
    const QJsonArray split = RC::withSources(
        RC::asRead(read), list({QStringLiteral("Improve the quality of return home interviews"),
                                QStringLiteral("for children who go missing."), B}));
    QCOMPARE(texts(RC::revertItem(split, 1, read)), (QStringList{A, B}));
}

QTEST_APPLESS_MAIN(tst_RecommendationCorrection)
#include "tst_recommendationcorrection.moc"
